/* kw-red-flag.c: the signs that mean "get checked", as content
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * From clinical.md section 2 (urgency tiers, Ottawa knee rules) and the rules
 * its header takes from the source articles (pain for more than 14 days or
 * worse even with rest, swelling, instability, locking or catching, night
 * pain: see a clinician or more urgent). Ordered most urgent first; the
 * engine reports fired flags in this order.
 */

#define G_LOG_DOMAIN "kw-red-flag"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kw-red-flag.h"

typedef gboolean (*FiresFunc) (KwAnswers *answers);

struct _KwRedFlag
{
  const char *id;
  KwTriage    tier;
  const char *key;        /* the answers key the question sets */
  const char *question;
  const char *summary;    /* what the runner told us, as a statement */
  const char *advice;     /* what to do */
  KwSource    source;
  FiresFunc   fires;
};

static gboolean
is_injury (KwAnswers *a)
{
  return g_strcmp0 (kw_answers_get_choice (a, "onset"), "injury") == 0;
}

static gboolean
swelling_is (KwAnswers  *a,
             const char *level)
{
  return g_strcmp0 (kw_answers_get_choice (a, "swelling"), level) == 0;
}

static gboolean
fires_cannot_bear_weight (KwAnswers *a)
{
  return is_injury (a) && !kw_answers_get_flag (a, "can-walk-4-steps");
}

static gboolean
fires_deformity (KwAnswers *a)
{
  return kw_answers_get_flag (a, "deformity");
}

static gboolean
fires_fever (KwAnswers *a)
{
  return kw_answers_get_flag (a, "fever");
}

static gboolean
fires_calf_swelling (KwAnswers *a)
{
  return kw_answers_get_flag (a, "calf-swelling");
}

static gboolean
fires_locked (KwAnswers *a)
{
  return kw_answers_get_flag (a, "locked");
}

static gboolean
fires_giving_way (KwAnswers *a)
{
  return kw_answers_get_flag (a, "giving-way");
}

static gboolean
fires_rapid_swelling (KwAnswers *a)
{
  return swelling_is (a, "rapid");
}

static gboolean
fires_marked_swelling (KwAnswers *a)
{
  return swelling_is (a, "marked");
}

/* An unknown age after an injury counts as 55 or over: under-triage is the
 * worse error, and the runner can always give their age. */
static gboolean
fires_ottawa_age (KwAnswers *a)
{
  int age = kw_answers_get_number (a, "age");

  return is_injury (a) && (age >= 55 || age < 0);
}

static gboolean
fires_ottawa_bony_tenderness (KwAnswers *a)
{
  return is_injury (a) && kw_answers_get_flag (a, "bony-tenderness");
}

static gboolean
fires_cannot_walk (KwAnswers *a)
{
  return !is_injury (a) && !kw_answers_get_flag (a, "can-walk-4-steps");
}

static gboolean
fires_severe_pain (KwAnswers *a)
{
  return kw_answers_get_number (a, "pain-now") >= 8;
}

static gboolean
fires_swelling (KwAnswers *a)
{
  return swelling_is (a, "mild");
}

static gboolean
fires_catching (KwAnswers *a)
{
  return kw_answers_has_item (a, "feel", "catching");
}

static gboolean
fires_night_or_rest_pain (KwAnswers *a)
{
  return kw_answers_has_item (a, "worse-with", "night") ||
         kw_answers_has_item (a, "worse-with", "rest");
}

static gboolean
fires_bone_stress (KwAnswers *a)
{
  return !is_injury (a) && kw_answers_get_flag (a, "bony-tenderness");
}

static gboolean
fires_long_lasting (KwAnswers *a)
{
  return kw_answers_get_number (a, "days") > 14;
}

static gboolean
fires_getting_worse (KwAnswers *a)
{
  return kw_answers_get_flag (a, "getting-worse");
}

static gboolean
fires_young_limp (KwAnswers *a)
{
  int age = kw_answers_get_number (a, "age");

  return age >= 0 && age < 16 &&
         (kw_answers_get_flag (a, "limping") || kw_answers_get_flag (a, "hip-or-thigh-pain"));
}

static gboolean
fires_inflammatory (KwAnswers *a)
{
  return kw_answers_get_flag (a, "long-morning-stiffness");
}

static gboolean
fires_weight_loss_or_cancer (KwAnswers *a)
{
  return kw_answers_get_flag (a, "weight-loss-or-cancer");
}

static gboolean
fires_low_energy (KwAnswers *a)
{
  return kw_answers_get_flag (a, "periods-or-bone-injuries");
}

#define NHS_KNEE "NHS: knee pain; NHS trust guidance"
#define SEEDS "McAleese 2025 (MSK Doctors); Jones 2026 (Run For Health Life)"

static const KwRedFlag flags[] = {
  /* Emergency */
  {
    "cannot-bear-weight", KW_TRIAGE_EMERGENCY, "can-walk-4-steps",
    N_("Can you take four steps on this leg, putting your weight on it?"),
    N_("You cannot put weight on the leg after an injury."),
    N_("Go to an emergency department or call your local emergency number now. Don’t "
       "try to walk it off."),
    { N_("After a fall or collision, not being able to take weight needs emergency care."),
      "NHS: knee pain; Stiell 1995", KW_EVIDENCE_GUIDELINE },
    fires_cannot_bear_weight,
  },
  {
    "deformity", KW_TRIAGE_EMERGENCY, "deformity",
    N_("Does the knee or leg look out of shape, or is there an open wound?"),
    N_("The knee or leg looks out of shape."),
    N_("Go to an emergency department or call your local emergency number now. Keep the "
       "leg still and don’t put weight on it."),
    { N_("A misshapen knee after a fall or collision can be a fracture or dislocation."),
      "Clinical convention: urgent care of the knee", KW_EVIDENCE_EXPERT },
    fires_deformity,
  },
  {
    "fever", KW_TRIAGE_EMERGENCY, "fever",
    N_("Do you have a fever or feel generally unwell, with a hot, red or swollen knee?"),
    N_("You have a fever or feel unwell, with a sore knee."),
    N_("Go to an emergency department now. A hot, swollen knee with fever can be a joint "
       "infection, which needs treatment within hours."),
    { N_("A hot, red, swollen knee with fever can be septic arthritis: an emergency."),
      "Clinical convention: urgent care of the knee", KW_EVIDENCE_EXPERT },
    fires_fever,
  },
  {
    "calf-swelling", KW_TRIAGE_EMERGENCY, "calf-swelling",
    N_("Is your calf swollen, warm or painful, or are you short of breath?"),
    N_("Your calf is swollen or painful."),
    N_("Get emergency care now: call your local emergency number if you are short of "
       "breath or have chest pain, otherwise go to an emergency department. This can be a "
       "blood clot."),
    { N_("Calf pain with swelling and warmth can be a deep vein thrombosis."),
      "Clinical convention: urgent care of the knee", KW_EVIDENCE_EXPERT },
    fires_calf_swelling,
  },
  /* Same day */
  {
    "locked", KW_TRIAGE_SAME_DAY, "locked",
    N_("Is the knee stuck so that you cannot fully straighten it?"),
    N_("The knee is locked: it cannot fully straighten."),
    N_("Don’t run. Get the knee checked today at an urgent care centre or by your "
       "doctor."),
    { N_("A knee that will not straighten can be a torn piece of cartilage caught in the "
         "joint."),
      NHS_KNEE, KW_EVIDENCE_GUIDELINE },
    fires_locked,
  },
  {
    "giving-way", KW_TRIAGE_SAME_DAY, "giving-way",
    N_("Has the knee given way under you, or did you feel a pop?"),
    N_("The knee gives way, or you felt a pop."),
    N_("Don’t run. Get the knee checked today at an urgent care centre or by your "
       "doctor."),
    { N_("A knee that gives way may have a ligament injury."),
      NHS_KNEE, KW_EVIDENCE_GUIDELINE },
    fires_giving_way,
  },
  {
    "rapid-swelling", KW_TRIAGE_SAME_DAY, "swelling",
    N_("How swollen is the knee?"),
    N_("The knee swelled up within two hours of an injury."),
    N_("Don’t run. Get the knee checked today: fast swelling after a twist can mean "
       "bleeding inside the joint."),
    { N_("Swelling within about two hours of a twist suggests bleeding in the joint "
         "(ligament tear, fracture or dislocated kneecap)."),
      "Clinical convention: urgent care of the knee", KW_EVIDENCE_EXPERT },
    fires_rapid_swelling,
  },
  {
    "marked-swelling", KW_TRIAGE_SAME_DAY, "swelling",
    N_("How swollen is the knee?"),
    N_("The knee is badly swollen."),
    N_("Don’t run. Get the knee checked today at an urgent care centre or by your "
       "doctor."),
    { N_("A badly swollen knee should be checked the same day."),
      NHS_KNEE, KW_EVIDENCE_GUIDELINE },
    fires_marked_swelling,
  },
  {
    "ottawa-age", KW_TRIAGE_SAME_DAY, "age",
    N_("How old are you?"),
    N_("You hurt the knee in an injury and are 55 or older, or did not give your age."),
    N_("Don’t run. Get the knee checked today; it may need an X-ray."),
    { N_("Ottawa knee rules: after an injury, age 55 or over means an X-ray is needed."),
      "Stiell 1995; Bachmann 2004", KW_EVIDENCE_SYSTEMATIC_REVIEW },
    fires_ottawa_age,
  },
  {
    "ottawa-bony-tenderness", KW_TRIAGE_SAME_DAY, "bony-tenderness",
    N_("Is one spot on the bone very tender when you press it (the kneecap, the bony "
       "bump on the outside below the knee, or the shin)?"),
    N_("A spot on the bone is tender after an injury."),
    N_("Don’t run. Get the knee checked today; it may need an X-ray."),
    { N_("Ottawa knee rules: bone tenderness after an injury means an X-ray is needed."),
      "Stiell 1995; Bachmann 2004", KW_EVIDENCE_SYSTEMATIC_REVIEW },
    fires_ottawa_bony_tenderness,
  },
  {
    "cannot-walk", KW_TRIAGE_SAME_DAY, "can-walk-4-steps",
    N_("Can you take four steps on this leg, putting your weight on it?"),
    N_("You cannot take four steps on the leg."),
    N_("Don’t run. Get the knee checked today at an urgent care centre or by your "
       "doctor."),
    { N_("A knee too painful to walk on should be checked the same day."),
      NHS_KNEE, KW_EVIDENCE_GUIDELINE },
    fires_cannot_walk,
  },
  {
    "severe-pain", KW_TRIAGE_SAME_DAY, "pain-now",
    N_("How much does the knee hurt right now, from 0 to 10?"),
    N_("The knee hurts 8 out of 10 or more right now."),
    N_("Don’t run. Get the knee checked today at an urgent care centre or by your "
       "doctor."),
    { N_("A very painful knee should be checked the same day; 8 out of 10 is our line."),
      NHS_KNEE, KW_EVIDENCE_DESIGN },
    fires_severe_pain,
  },
  /* See a clinician within one to two weeks */
  {
    "swelling", KW_TRIAGE_SEE_CLINICIAN, "swelling",
    N_("How swollen is the knee?"),
    N_("The knee is a little swollen."),
    N_("Book a physio or GP within one to two weeks. Until then walk and do the gentle "
       "first exercises; no running."),
    { N_("A swollen knee should be assessed by a specialist."),
      SEEDS, KW_EVIDENCE_EXPERT },
    fires_swelling,
  },
  {
    "catching", KW_TRIAGE_SEE_CLINICIAN, "feel",
    N_("How does it feel?"),
    N_("The knee catches or clicks."),
    N_("Book a physio or GP within one to two weeks. Until then walk and do the gentle "
       "first exercises; no running."),
    { N_("Catching or clicking can come from the meniscus and should be assessed."),
      SEEDS "; NHS: knee pain", KW_EVIDENCE_EXPERT },
    fires_catching,
  },
  {
    "night-or-rest-pain", KW_TRIAGE_SEE_CLINICIAN, "worse-with",
    N_("When does it hurt?"),
    N_("The knee hurts at night or at rest."),
    N_("Book a physio or GP within one to two weeks. Until then walk and do the gentle "
       "first exercises; no running."),
    { N_("Pain at rest or at night is not simple overload and should be assessed."),
      SEEDS "; NHS: knee pain", KW_EVIDENCE_EXPERT },
    fires_night_or_rest_pain,
  },
  {
    "bone-stress", KW_TRIAGE_SEE_CLINICIAN, "bony-tenderness",
    N_("Is one spot on the bone very tender when you press it (the kneecap, the bony "
       "bump on the outside below the knee, or the shin)?"),
    N_("One spot on the bone is tender to press."),
    N_("Stop running and book a physio or GP within one to two weeks: a tender spot on the "
       "bone can be a stress fracture."),
    { N_("A single tender spot on the bone can be a stress fracture."),
      "Clinical convention: urgent care of the knee", KW_EVIDENCE_EXPERT },
    fires_bone_stress,
  },
  {
    "long-lasting", KW_TRIAGE_SEE_CLINICIAN, "days",
    N_("How many days has it been going on?"),
    N_("It has lasted more than two weeks."),
    N_("Book a physio or GP within one to two weeks. Keep to walking and the gentle first "
       "exercises until then."),
    { N_("Pain that lasts beyond two weeks should be seen by a specialist."),
      SEEDS "; NHS: knee pain", KW_EVIDENCE_EXPERT },
    fires_long_lasting,
  },
  {
    "getting-worse", KW_TRIAGE_SEE_CLINICIAN, "getting-worse",
    N_("Is it getting worse, even when you rest from running?"),
    N_("It is getting worse."),
    N_("Book a physio or GP within one to two weeks. Keep to walking and the gentle first "
       "exercises until then."),
    { N_("Pain that worsens even with rest suggests more than training stress."),
      SEEDS, KW_EVIDENCE_EXPERT },
    fires_getting_worse,
  },
  {
    "young-limp", KW_TRIAGE_SEE_CLINICIAN, "limping",
    N_("Are you limping?"),
    N_("You are under 16 and limping, or the hip or thigh hurts too."),
    N_("See a GP within one to two weeks, sooner if it gets worse: in young people knee "
       "pain with a limp, or with hip or thigh pain, can come from the hip."),
    { N_("Children and teenagers with a limp or hip or thigh pain need the hip checked."),
      "Clinical convention: hip problems in children and teenagers", KW_EVIDENCE_EXPERT },
    fires_young_limp,
  },
  {
    "inflammatory", KW_TRIAGE_SEE_CLINICIAN, "long-morning-stiffness",
    N_("Are your joints stiff for more than half an hour in the morning, do several joints "
       "hurt or swell, or do you have psoriasis?"),
    N_("Long morning stiffness, several sore joints, or psoriasis."),
    N_("Book a GP within one to two weeks: this can be an inflammatory joint condition, "
       "which needs its own treatment. Keep to walking and the gentle first exercises."),
    { N_("Stiffness for over half an hour in the morning, several joints or psoriasis point "
         "to inflammation rather than overload; in wear-and-tear it lasts 30 minutes at most."),
      "Clinical convention: urgency tiers; NICE NG226 (2022)", KW_EVIDENCE_EXPERT },
    fires_inflammatory,
  },
  {
    "weight-loss-or-cancer", KW_TRIAGE_SEE_CLINICIAN, "weight-loss-or-cancer",
    N_("Have you lost weight without trying, or have you ever had cancer?"),
    N_("Weight loss without trying, or cancer in the past."),
    N_("See your GP within one to two weeks and tell them about it. Knee pain rarely has a "
       "serious cause, but this one should be ruled out."),
    { N_("Unexplained weight loss or a history of cancer means pain in a bone or joint "
         "should be checked by a doctor."),
      "Clinical convention: urgency tiers", KW_EVIDENCE_EXPERT },
    fires_weight_loss_or_cancer,
  },
  {
    "low-energy", KW_TRIAGE_SEE_CLINICIAN, "periods-or-bone-injuries",
    N_("Have your periods stopped or become irregular, or have you had more than one bone "
       "stress injury?"),
    N_("Missed periods, or more than one bone stress injury."),
    N_("See a GP or sports doctor within one to two weeks. This can mean the body has too "
       "little energy for the training (RED-S), which weakens bones."),
    { N_("Missed periods and repeated bone injuries are signs of relative energy deficiency "
         "in sport (RED-S)."),
      "Clinical convention: urgency tiers", KW_EVIDENCE_EXPERT },
    fires_low_energy,
  },
};

/**
 * kw_red_flag_lookup:
 *
 * Returns: (nullable): the red flag with public id @id
 */
const KwRedFlag *
kw_red_flag_lookup (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    if (g_strcmp0 (flags[i].id, id) == 0)
      return &flags[i];
  return NULL;
}

guint
kw_red_flag_get_n (void)
{
  return G_N_ELEMENTS (flags);
}

/**
 * kw_red_flag_get_nth:
 *
 * Returns: (nullable): the @i-th red flag, most urgent first
 */
const KwRedFlag *
kw_red_flag_get_nth (guint i)
{
  if (i >= G_N_ELEMENTS (flags))
    return NULL;
  return &flags[i];
}

const char *
kw_red_flag_get_id (const KwRedFlag *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->id;
}

KwTriage
kw_red_flag_get_tier (const KwRedFlag *self)
{
  g_return_val_if_fail (self != NULL, KW_TRIAGE_EMERGENCY);
  return self->tier;
}

/**
 * kw_red_flag_get_key:
 *
 * Returns: the answers key whose question can raise this flag
 */
const char *
kw_red_flag_get_key (const KwRedFlag *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->key;
}

const char *
kw_red_flag_get_question (const KwRedFlag *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_dgettext (GETTEXT_PACKAGE, self->question);
}

const char *
kw_red_flag_get_summary (const KwRedFlag *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_dgettext (GETTEXT_PACKAGE, self->summary);
}

const char *
kw_red_flag_get_advice (const KwRedFlag *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_dgettext (GETTEXT_PACKAGE, self->advice);
}

const KwSource *
kw_red_flag_get_source (const KwRedFlag *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->source;
}

gboolean
kw_red_flag_fires (const KwRedFlag *self,
                   KwAnswers       *answers)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (KW_IS_ANSWERS (answers), FALSE);

  return self->fires (answers);
}
