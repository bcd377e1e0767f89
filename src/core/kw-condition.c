/* kw-condition.c: the knee problems runners commonly have, as content
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Facts and figures from the clinical specification (clinical.md, sections
 * 1, 3 and 5), written in our own plain words. Every claim keeps its source
 * and evidence level so that the app can say how well supported it is.
 * Self-management education, not a diagnosis.
 */

#define G_LOG_DOMAIN "kw-condition"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kw-condition.h"

#define MAX_SOURCES 4

struct _KwCondition
{
  const char *id;
  const char *title;
  const char *explainer;
  const char *course;
  const char *helps;
  const char *avoid;
  const char *see_someone;
  int         min_age;    /* the pattern is only suggested from this age on */
  KwSource    sources[MAX_SOURCES];
};

static const struct {
  const char *tag;
  const char *label;
} evidence_levels[KW_EVIDENCE_N_LEVELS] = {
  [KW_EVIDENCE_GUIDELINE] = { "G", N_("Well supported: clinical guideline") },
  [KW_EVIDENCE_SYSTEMATIC_REVIEW] = { "SR", N_("Well supported: review of many studies") },
  [KW_EVIDENCE_RCT] = { "RCT", N_("Supported by a controlled trial") },
  [KW_EVIDENCE_COHORT] = { "C", N_("Seen in studies of runners") },
  [KW_EVIDENCE_BIOMECHANICS] = { "B", N_("Lab measurements") },
  [KW_EVIDENCE_EXPERT] = { "E", N_("Expert opinion") },
  [KW_EVIDENCE_DESIGN] = { "D", N_("Kneewise’s own cautious default") },
};

/* Table order is also the tie-break order of the engine: patellofemoral
 * pain, the generic runner's knee, comes first (clinical.md section 1). */
static const KwCondition conditions[] = {
  {
    "patellofemoral-pain",
    N_("Runner’s knee (pain around the kneecap)"),
    N_("An ache around or behind the kneecap that is hard to point to with one finger. "
       "The joint under the kneecap has had more load than it is used to. It is the most "
       "common knee problem in runners and it is not damage or wear."),
    N_("Most runners recover in six to twelve weeks; half of recreational runners were back "
       "within about seven weeks. It can come back, so keep up the strength work after it "
       "settles."),
    /* xgettext:no-c-format */
    N_("Strengthening the hips and thighs together, a little every other day. Running a "
       "bit shorter and with slightly quicker, shorter steps (5–10 % more steps a minute) "
       "eases the load on the kneecap."),
    N_("For now: deep squats and lunges, kneeling, hill repeats and long downhills, many "
       "stairs down, sitting a long time with the knee bent (stand up every half hour), a "
       "low bike saddle, and sudden jumps in distance or pace."),
    N_("See a physio or doctor if it is not clearly better after two weeks of easing off, "
       "if the knee swells, gives way or locks, or if it hurts at night."),
    0,
    {
      { N_("Exercise therapy eases this pain in the short and the long term; hip and knee "
           "exercises together work better than knee exercises alone."),
        "Crossley 2016; Collins 2018 (consensus statements)", KW_EVIDENCE_GUIDELINE },
      { N_("Adding hip strengthening lowers pain more than knee exercises alone."),
        "Nascimento 2018", KW_EVIDENCE_SYSTEMATIC_REVIEW },
      { N_("Recreational runners took a median of 49 days to recover."),
        "Mulvad 2018 (RUN CLEVER)", KW_EVIDENCE_COHORT },
      { N_("About 10 % more steps a minute lowered the peak force behind the kneecap by 14 %."),
        "Lenhart 2014", KW_EVIDENCE_BIOMECHANICS },
    },
  },
  {
    "iliotibial-band-syndrome",
    N_("Outer knee pain (iliotibial band)"),
    N_("A sharp or burning pain on the outside of the knee, a little above the joint, that "
       "tends to start at the same point in every run and eases when you stop. The tissue "
       "running down the outside of the thigh is irritated where it passes the knee."),
    N_("It usually needs one to two weeks without running, then a gradual build-up. With "
       "hip strengthening most runners get back to running pain-free in about six weeks."),
    N_("Strengthening the muscles on the side of the hip, pain-free cycling or swimming "
       "while it settles, and a comeback on flat ground with shorter, slightly quicker runs."),
    N_("For now: downhill running, sloping road edges, running the track in one direction, "
       "long slow runs, big jumps in weekly distance, a high bike saddle and many stairs "
       "down."),
    N_("See a physio or doctor if it is not better after two weeks, or if the knee swells "
       "or gives way."),
    0,
    {
      { N_("A six-week hip-strength programme restored strength, and 22 of 24 runners "
           "returned to running pain-free."),
        "Fredericson 2000", KW_EVIDENCE_COHORT },
      { N_("High mileage, downhill and cambered running and sudden distance increases raise "
           "the risk."),
        "BMJ Best Practice: ITBS", KW_EVIDENCE_GUIDELINE },
      { N_("Stretching and foam rolling help comfort only; the band itself barely "
           "lengthens."),
        "Fredericson & Wolf 2005", KW_EVIDENCE_EXPERT },
    },
  },
  {
    "patellar-tendinopathy",
    N_("Pain just below the kneecap (patellar tendon)"),
    N_("Pain in a small spot just below the kneecap, where the tendon starts. It often "
       "warms up during exercise and is worse afterwards or the next morning. The tendon "
       "is overloaded, mostly by jumping, hills and speed."),
    N_("Tendons settle slowly: expect about three months of steady, gradually heavier "
       "exercise. Complete rest makes a tendon weaker, not better."),
    N_("Holding a wall sit or a knee-straightening push for 30–45 seconds can ease pain "
       "for a while. Then slow, heavy strength work, three times a week."),
    N_("For now: jumping and hill sprints, deep loaded knee bends that hurt more than "
       "3 out of 10, hard days back to back (leave 48 hours between), and complete rest."),
    N_("See a physio or doctor if it is not better after two weeks of lighter load, or if "
       "the pain is getting worse."),
    0,
    {
      { N_("Slow heavy strength training works as well as the older eccentric exercises, and "
           "people like it better."),
        "Kongsgaard 2009", KW_EVIDENCE_RCT },
      { N_("Progressive tendon loading did better than eccentric training at 24 weeks."),
        "Breda 2021", KW_EVIDENCE_RCT },
      { N_("Managing the load step by step is the core of treatment."),
        "Malliaras 2015", KW_EVIDENCE_EXPERT },
    },
  },
  {
    "pes-anserine",
    N_("Pain on the inside of the shin, below the knee (pes anserine)"),
    N_("An ache and a tender spot on the inside of the shin, a few centimetres below the "
       "knee joint, where three tendons attach. It can hurt on stairs, getting up from a "
       "chair, and sometimes at night."),
    N_("It usually settles over a few weeks with less load and some strengthening."),
    N_("Strengthening the thigh and hip muscles, gentle hamstring stretches, ice for 10–15 "
       "minutes (never on bare skin), and a pillow between the knees at night."),
    N_("For now: hills and many stairs, the breaststroke kick, crossing the legs, sudden "
       "increases in distance and heavy hamstring curls."),
    N_("See a physio or doctor if one spot on the bone is tender to press (a stress "
       "fracture can feel like this), or if it is not better after two weeks."),
    0,
    {
      { N_("Management is relative rest, adjusting the load and strengthening; check for "
           "bone tenderness because a stress fracture of the shin can mimic it."),
        "StatPearls: pes anserine bursitis", KW_EVIDENCE_EXPERT },
    },
  },
  {
    "meniscal-irritation",
    N_("Pain along the joint line (meniscus)"),
    N_("Pain along the gap between thigh bone and shin bone, mostly on the inside, with "
       "twisting or deep squats. The knee may catch or click and swell some hours later. "
       "The meniscus, the knee’s cushion, may be irritated or have a small tear."),
    N_("Many settle with exercise over about three months. In people aged 35 to 60, twelve "
       "weeks of exercise did as well as keyhole surgery."),
    N_("Thigh and hip strengthening within a pain-free range, and a stationary bike if it "
       "does not hurt."),
    N_("For now: deep squats and lunges, kneeling, twisting and pivoting, jump landings, and "
       "trails or uneven ground."),
    N_("See a physio or doctor if the knee catches, swells again and again, or has locked "
       "or given way; a locked knee needs to be seen the same day."),
    0,
    {
      { N_("In people aged 35 to 60 with a worn meniscus, 12 weeks of supervised exercise "
           "matched keyhole surgery at two years."),
        "Kise 2016", KW_EVIDENCE_RCT },
      /* xgettext:no-c-format */
      { N_("Meniscus problems were 9 % of injuries in new runners."),
        "Nielsen 2014 (DANO-RUN)", KW_EVIDENCE_COHORT },
    },
  },
  {
    "posterior-knee",
    N_("Pain at the back of the knee"),
    N_("An ache behind the knee from the hamstring, calf or popliteus tendons, or a feeling "
       "of fullness from a fluid-filled cyst (Baker’s cyst). It often feels tight when you "
       "straighten the leg fully."),
    N_("Tendon pain here usually settles over a few weeks with gradual strengthening."),
    N_("Bridges held for 30 seconds, calf raises, and gentle calf stretches, then gradually "
       "heavier hamstring and calf work."),
    N_("For now: downhill running, sprints and hill repeats, and hard stretching that "
       "squeezes the sore spot."),
    N_("A swollen, warm or painful calf needs checking straight away, because a blood clot "
       "can feel like this. Otherwise see a physio or doctor if it is not better after "
       "two weeks."),
    0,
    {
      { N_("Rule out a blood clot first; tendon pain here is treated with gradual loading."),
        "Clinical convention", KW_EVIDENCE_EXPERT },
    },
  },
  {
    "knee-osteoarthritis",
    N_("Wear-related knee pain (osteoarthritis)"),
    N_("An activity-related ache in the whole knee or its inner side, with stiffness in the "
       "morning that eases within half an hour, and good and bad spells. From 45 on this is "
       "common and it is not a reason to stop moving."),
    N_("It comes and goes in flares. Exercise and keeping a healthy weight are the main "
       "treatments, and running can continue if the knee settles within a day."),
    N_("Regular strengthening exercise, walking and cycling, and a slower build-up than "
       "usual."),
    N_("During a flare: lots of high-impact running and deep kneeling."),
    N_("See a doctor if morning stiffness lasts more than half an hour, other joints hurt "
       "too, or the knee swells often."),
    45,
    {
      { N_("From age 45, activity-related pain with little morning stiffness is diagnosed "
           "clinically; exercise and weight management are the core treatment."),
        "NICE NG226 (2022)", KW_EVIDENCE_GUIDELINE },
      { N_("Recreational running is not linked to more osteoarthritis."),
        "Alentorn-Geli 2017", KW_EVIDENCE_SYSTEMATIC_REVIEW },
    },
  },
};

const char *
kw_evidence_get_tag (KwEvidence evidence)
{
  g_return_val_if_fail (evidence < KW_EVIDENCE_N_LEVELS, NULL);

  return evidence_levels[evidence].tag;
}

gboolean
kw_evidence_from_tag (const char *tag,
                      KwEvidence *evidence)
{
  for (guint i = 0; i < KW_EVIDENCE_N_LEVELS; i++)
    {
      if (g_strcmp0 (tag, evidence_levels[i].tag) == 0)
        {
          if (evidence != NULL)
            *evidence = (KwEvidence) i;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * kw_evidence_get_label:
 *
 * Returns: a translated badge text ("Well supported: …", "Expert opinion")
 */
const char *
kw_evidence_get_label (KwEvidence evidence)
{
  g_return_val_if_fail (evidence < KW_EVIDENCE_N_LEVELS, NULL);

  return g_dgettext (GETTEXT_PACKAGE, evidence_levels[evidence].label);
}

/**
 * kw_condition_get_all:
 * @n: (out): the number of conditions
 *
 * Returns: the first condition; iterate with kw_condition_get_nth()
 */
const KwCondition *
kw_condition_get_all (guint *n)
{
  if (n != NULL)
    *n = G_N_ELEMENTS (conditions);
  return conditions;
}

/**
 * kw_condition_get_nth:
 *
 * Returns: (nullable): the @i-th condition in tie-break order, or %NULL
 */
const KwCondition *
kw_condition_get_nth (guint i)
{
  if (i >= G_N_ELEMENTS (conditions))
    return NULL;
  return &conditions[i];
}

/**
 * kw_condition_lookup:
 * @id: a public id such as "patellofemoral-pain"
 *
 * Returns: (nullable): the condition, or %NULL if @id is unknown
 */
const KwCondition *
kw_condition_lookup (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (conditions); i++)
    if (g_strcmp0 (conditions[i].id, id) == 0)
      return &conditions[i];
  return NULL;
}

#define TR(s) g_dgettext (GETTEXT_PACKAGE, (s))

const char *
kw_condition_get_id (const KwCondition *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->id;
}

const char *
kw_condition_get_title (const KwCondition *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return TR (self->title);
}

const char *
kw_condition_get_explainer (const KwCondition *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return TR (self->explainer);
}

const char *
kw_condition_get_course (const KwCondition *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return TR (self->course);
}

const char *
kw_condition_get_helps (const KwCondition *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return TR (self->helps);
}

const char *
kw_condition_get_avoid (const KwCondition *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return TR (self->avoid);
}

const char *
kw_condition_get_see_someone (const KwCondition *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return TR (self->see_someone);
}

int
kw_condition_get_min_age (const KwCondition *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->min_age;
}

/**
 * kw_condition_get_sources:
 * @n: (out): how many
 *
 * Returns: the sources behind what the app says about the condition
 */
const KwSource *
kw_condition_get_sources (const KwCondition *self,
                          guint             *n)
{
  guint count = 0;

  g_return_val_if_fail (self != NULL, NULL);

  while (count < MAX_SOURCES && self->sources[count].citation != NULL)
    count++;
  if (n != NULL)
    *n = count;
  return self->sources;
}

const char *
kw_source_get_claim (const KwSource *source)
{
  g_return_val_if_fail (source != NULL, NULL);
  return TR (source->claim);
}
