/* kw-assessment.c: the engine (answers in; triage, red flags and likely
 * patterns out) and the assessment history in the store
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules come from clinical.md: the triage levels and the rules at its top,
 * section 1 (patterns by location, character and timing; the weights are our
 * design default [D]) and section 2 (red flags, Ottawa knee rules). Under-
 * triage is the worst error, so every rule can only make the result more
 * careful (kw_triage_most_careful()), and a missing answer never counts as
 * the reassuring one.
 */

#define G_LOG_DOMAIN "kw-assessment"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kw-assessment.h"
#include "kw-condition.h"
#include "kw-red-flag.h"
#include "kw-store-private.h"

/* A pattern needs at least this score to be shown, and at most this many are
 * shown (clinical.md §1: "show top 1–2") [D]. */
#define MIN_SCORE 3
#define MAX_SHOWN 2

/* Reduce-and-continue only below this pain while running (clinical.md header). */
#define MILD_PAIN_MAX 3

/* ------------------------------------------------------------------------ */
/* Signals: one fact from the answers, with how it reads in a reason.       */

typedef enum
{
  PHRASE_PLACE,  /* "front of the knee" */
  PHRASE_FEEL,   /* "a dull ache" */
  PHRASE_WORSE,  /* joined after "worse " */
  PHRASE_OTHER,  /* "age 45 or over" */
} PhraseKind;

typedef enum
{
  SIG_FRONT, SIG_BELOW_KNEECAP, SIG_OUTSIDE, SIG_INSIDE, SIG_INSIDE_BELOW, SIG_BACK, SIG_WHOLE,
  SIG_ACHE, SIG_SHARP, SIG_BURNING, SIG_STIFFNESS, SIG_GRINDING, SIG_CATCHING, SIG_FULLNESS,
  SIG_STAIRS_DOWN, SIG_STAIRS_UP, SIG_SITTING, SIG_SQUATTING, SIG_KNEELING, SIG_DOWNHILL,
  SIG_UPHILL, SIG_LONG_RUNS, SIG_JUMPING, SIG_SPEED, SIG_TWISTING, SIG_STRAIGHTENING,
  SIG_MORNING, SIG_NIGHT,
  SIG_GRADUAL, SIG_SUDDEN, SIG_INJURY,
  SIG_SWELLING_MILD,
  SIG_AGE_35_TO_60,
  SIG_AGE_45_PLUS,
  SIG_OA_PROFILE,
  N_SIGNALS
} Signal;

typedef struct
{
  const char *key;     /* answers key, or NULL for a derived signal */
  const char *value;
  PhraseKind  kind;
  const char *phrase;  /* N_() */
} SignalInfo;

static const SignalInfo signals[N_SIGNALS] = {
  [SIG_FRONT] = { "locations", "front", PHRASE_PLACE, N_("front of the knee") },
  [SIG_BELOW_KNEECAP] = { "locations", "below-kneecap", PHRASE_PLACE,
                          N_("just below the kneecap") },
  [SIG_OUTSIDE] = { "locations", "outside", PHRASE_PLACE, N_("outside of the knee") },
  [SIG_INSIDE] = { "locations", "inside", PHRASE_PLACE, N_("inside of the knee") },
  [SIG_INSIDE_BELOW] = { "locations", "inside-below", PHRASE_PLACE,
                         N_("inside of the shin below the knee") },
  [SIG_BACK] = { "locations", "back", PHRASE_PLACE, N_("back of the knee") },
  [SIG_WHOLE] = { "locations", "whole", PHRASE_PLACE, N_("the whole knee") },
  [SIG_ACHE] = { "feel", "ache", PHRASE_FEEL, N_("an ache") },
  [SIG_SHARP] = { "feel", "sharp", PHRASE_FEEL, N_("sharp pain") },
  [SIG_BURNING] = { "feel", "burning", PHRASE_FEEL, N_("a burning feeling") },
  [SIG_STIFFNESS] = { "feel", "stiffness", PHRASE_FEEL, N_("stiffness") },
  [SIG_GRINDING] = { "feel", "grinding", PHRASE_FEEL, N_("grinding") },
  [SIG_CATCHING] = { "feel", "catching", PHRASE_FEEL, N_("catching") },
  [SIG_FULLNESS] = { "feel", "fullness", PHRASE_FEEL, N_("a feeling of fullness") },
  [SIG_STAIRS_DOWN] = { "worse-with", "stairs-down", PHRASE_WORSE, N_("going down stairs") },
  [SIG_STAIRS_UP] = { "worse-with", "stairs-up", PHRASE_WORSE, N_("going up stairs") },
  [SIG_SITTING] = { "worse-with", "sitting", PHRASE_WORSE, N_("after sitting") },
  [SIG_SQUATTING] = { "worse-with", "squatting", PHRASE_WORSE, N_("when squatting") },
  [SIG_KNEELING] = { "worse-with", "kneeling", PHRASE_WORSE, N_("when kneeling") },
  [SIG_DOWNHILL] = { "worse-with", "downhill", PHRASE_WORSE, N_("running downhill") },
  [SIG_UPHILL] = { "worse-with", "uphill", PHRASE_WORSE, N_("running uphill") },
  [SIG_LONG_RUNS] = { "worse-with", "long-runs", PHRASE_WORSE, N_("on long runs") },
  [SIG_JUMPING] = { "worse-with", "jumping", PHRASE_WORSE, N_("when jumping") },
  [SIG_SPEED] = { "worse-with", "speed", PHRASE_WORSE, N_("running fast") },
  [SIG_TWISTING] = { "worse-with", "twisting", PHRASE_WORSE, N_("when twisting") },
  [SIG_STRAIGHTENING] = { "worse-with", "straightening", PHRASE_WORSE,
                          N_("when straightening the leg") },
  [SIG_MORNING] = { "worse-with", "morning", PHRASE_WORSE, N_("in the morning") },
  [SIG_NIGHT] = { "worse-with", "night", PHRASE_WORSE, N_("at night") },
  [SIG_GRADUAL] = { "onset", "gradual", PHRASE_OTHER, N_("came on gradually") },
  [SIG_SUDDEN] = { "onset", "sudden", PHRASE_OTHER, N_("came on suddenly") },
  [SIG_INJURY] = { "onset", "injury", PHRASE_OTHER, N_("started with an injury") },
  [SIG_SWELLING_MILD] = { "swelling", "mild", PHRASE_OTHER, N_("some swelling") },
  [SIG_AGE_35_TO_60] = { NULL, NULL, PHRASE_OTHER, N_("age 35 to 60") },
  [SIG_AGE_45_PLUS] = { NULL, NULL, PHRASE_OTHER, N_("age 45 or over") },
  [SIG_OA_PROFILE] = { NULL, NULL, PHRASE_OTHER, N_("a typical pattern for wear-related pain") },
};

typedef enum
{
  PFP, ITBS, PT, PES, MEN, POST, OA, N_PATTERNS
} Pattern;

/* The order of kw-condition.c's table. */
static const char * const pattern_ids[N_PATTERNS] = {
  "patellofemoral-pain", "iliotibial-band-syndrome", "patellar-tendinopathy", "pes-anserine",
  "meniscal-irritation", "posterior-knee", "knee-osteoarthritis",
};

typedef struct
{
  Signal  signal;
  Pattern pattern;
  int     weight;
} Weight;

/* clinical.md section 1, as weights [D]. Location counts most; then the
 * character, what makes it worse, and the clues named in its table. */
static const Weight weights[] = {
  /* Patellofemoral pain (and dynamic valgus, treated the same way) */
  { SIG_FRONT, PFP, 3 },
  { SIG_INSIDE, PFP, 2 },
  { SIG_WHOLE, PFP, 1 },
  { SIG_ACHE, PFP, 1 },
  { SIG_GRINDING, PFP, 2 },
  { SIG_SQUATTING, PFP, 2 },
  { SIG_STAIRS_DOWN, PFP, 2 },
  { SIG_STAIRS_UP, PFP, 1 },
  { SIG_SITTING, PFP, 2 },
  { SIG_KNEELING, PFP, 1 },
  { SIG_DOWNHILL, PFP, 1 },
  { SIG_GRADUAL, PFP, 1 },
  /* Iliotibial band syndrome */
  { SIG_OUTSIDE, ITBS, 4 },
  { SIG_SHARP, ITBS, 1 },
  { SIG_BURNING, ITBS, 2 },
  { SIG_DOWNHILL, ITBS, 2 },
  { SIG_LONG_RUNS, ITBS, 2 },
  { SIG_STAIRS_DOWN, ITBS, 1 },
  /* Patellar tendinopathy */
  { SIG_BELOW_KNEECAP, PT, 4 },
  { SIG_FRONT, PT, 1 },
  { SIG_STIFFNESS, PT, 1 },
  { SIG_JUMPING, PT, 3 },
  { SIG_SPEED, PT, 1 },
  { SIG_UPHILL, PT, 1 },
  { SIG_SQUATTING, PT, 1 },
  { SIG_MORNING, PT, 1 },
  { SIG_SITTING, PT, 1 },
  /* Pes anserine */
  { SIG_INSIDE_BELOW, PES, 4 },
  { SIG_INSIDE, PES, 1 },
  { SIG_ACHE, PES, 1 },
  { SIG_STAIRS_UP, PES, 1 },
  { SIG_STAIRS_DOWN, PES, 1 },
  { SIG_UPHILL, PES, 1 },
  { SIG_NIGHT, PES, 1 },
  /* Meniscal irritation */
  { SIG_INSIDE, MEN, 2 },
  { SIG_OUTSIDE, MEN, 1 },
  { SIG_CATCHING, MEN, 2 },
  { SIG_SHARP, MEN, 1 },
  { SIG_TWISTING, MEN, 3 },
  { SIG_SQUATTING, MEN, 1 },
  { SIG_KNEELING, MEN, 1 },
  { SIG_SWELLING_MILD, MEN, 1 },
  { SIG_INJURY, MEN, 1 },
  { SIG_SUDDEN, MEN, 1 },
  { SIG_AGE_35_TO_60, MEN, 1 },
  /* Back of the knee */
  { SIG_BACK, POST, 4 },
  { SIG_FULLNESS, POST, 2 },
  { SIG_STRAIGHTENING, POST, 2 },
  { SIG_UPHILL, POST, 1 },
  { SIG_SPEED, POST, 1 },
  { SIG_DOWNHILL, POST, 1 },
  /* Osteoarthritis-type (only from 45, see kw-condition.c) */
  { SIG_WHOLE, OA, 2 },
  { SIG_INSIDE, OA, 1 },
  { SIG_STIFFNESS, OA, 2 },
  { SIG_GRINDING, OA, 1 },
  { SIG_ACHE, OA, 1 },
  { SIG_MORNING, OA, 2 },
  { SIG_AGE_45_PLUS, OA, 2 },
  { SIG_OA_PROFILE, OA, 2 },
};

static const char *triage_advice[KW_TRIAGE_N_LEVELS] = {
  [KW_TRIAGE_EMERGENCY] =
    N_("Stop. Get emergency care now: go to an emergency department or call your local "
       "emergency number. Don’t run, and don’t start exercises for this knee."),
  [KW_TRIAGE_SAME_DAY] =
    N_("Don’t run. Get your knee checked today at an urgent care centre or by your "
       "doctor. Don’t start exercises until it has been checked."),
  [KW_TRIAGE_SEE_CLINICIAN] =
    N_("Book a physio or GP within one to two weeks; many physio services take "
       "self-referrals. Until then keep walking and do only the gentle first exercises, "
       "and don’t run."),
  [KW_TRIAGE_REST_AND_REHAB] =
    N_("Rest from running for 3 to 7 days. Keep walking and daily life with pain at most "
       "3 out of 10, cross-train if it is pain-free (swimming, pool running), and start "
       "the first exercises now. Check again after 5 to 7 days; if it is not clearly "
       "better after two weeks, see a physio or GP. Six to twelve weeks to recover is "
       "normal."),
  [KW_TRIAGE_REDUCE_AND_CONTINUE] =
    N_("You can keep running, but less: shorter, slower and with more rest days, while "
       "you do the exercises. Stop a run if the pain goes above 3 out of 10, makes you "
       "limp, or rises as you go, or if the knee is worse the next morning."),
};

struct _KwAssessment
{
  GObject    parent_instance;

  KwAnswers *answers;
  KwTriage   triage;
  GStrv      condition_ids;
  GStrv      red_flag_ids;
  GStrv      reasons;
  GDateTime *created;
  gint64     id;
};

G_DEFINE_FINAL_TYPE (KwAssessment, kw_assessment, G_TYPE_OBJECT)

static gboolean
signal_present (KwAnswers *answers,
                Signal     sig)
{
  const SignalInfo *info = &signals[sig];
  int age = kw_answers_get_number (answers, "age");

  switch (sig)
    {
    case SIG_AGE_35_TO_60:
      return age >= 35 && age <= 60;
    case SIG_AGE_45_PLUS:
      return age >= 45;
    case SIG_OA_PROFILE:
      /* NICE NG226: 45 or over, whole or inner knee, activity-related with
       * morning stiffness. */
      return age >= 45 &&
             (kw_answers_has_item (answers, "locations", "whole") ||
              kw_answers_has_item (answers, "locations", "inside")) &&
             (kw_answers_has_item (answers, "worse-with", "morning") ||
              kw_answers_has_item (answers, "feel", "stiffness"));
    default:
      break;
    }

  g_assert (info->key != NULL);
  if (g_str_equal (info->key, "onset") || g_str_equal (info->key, "swelling"))
    return g_strcmp0 (kw_answers_get_choice (answers, info->key), info->value) == 0;
  return kw_answers_has_item (answers, info->key, info->value);
}

static void
score_patterns (KwAnswers *answers,
                int        scores[N_PATTERNS],
                gboolean   contributes[N_PATTERNS][N_SIGNALS])
{
  gboolean present[N_SIGNALS];

  for (guint s = 0; s < N_SIGNALS; s++)
    present[s] = signal_present (answers, (Signal) s);

  memset (scores, 0, sizeof (int) * N_PATTERNS);
  memset (contributes, 0, sizeof (gboolean) * N_PATTERNS * N_SIGNALS);

  for (guint i = 0; i < G_N_ELEMENTS (weights); i++)
    {
      if (!present[weights[i].signal])
        continue;
      scores[weights[i].pattern] += weights[i].weight;
      contributes[weights[i].pattern][weights[i].signal] = TRUE;
    }

  /* A pattern outside its age range is not suggested at all. */
  for (guint p = 0; p < N_PATTERNS; p++)
    {
      const KwCondition *condition = kw_condition_lookup (pattern_ids[p]);
      int age = kw_answers_get_number (answers, "age");

      /* Same order as the content table: it is also the tie-break order. */
      g_assert (condition != NULL && condition == kw_condition_get_nth (p));
      if (kw_condition_get_min_age (condition) > 0 && age < kw_condition_get_min_age (condition))
        scores[p] = 0;
    }
}

/* "a, b and c" */
static char *
join_phrases (GPtrArray *phrases)
{
  g_autoptr(GString) head = g_string_new (NULL);

  if (phrases->len == 0)
    return NULL;
  if (phrases->len == 1)
    return g_strdup (g_ptr_array_index (phrases, 0));

  for (guint i = 0; i + 1 < phrases->len; i++)
    {
      if (i > 0)
        g_string_append (head, ", ");
      g_string_append (head, g_ptr_array_index (phrases, i));
    }
  /* Translators: the end of a list: "a, b and c" */
  return g_strdup_printf (_("%s and %s"), head->str,
                          (const char *) g_ptr_array_index (phrases, phrases->len - 1));
}

static char *
build_reason (const gboolean contributes[N_SIGNALS])
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  static const PhraseKind order[] = { PHRASE_PLACE, PHRASE_FEEL, PHRASE_WORSE, PHRASE_OTHER };

  for (guint o = 0; o < G_N_ELEMENTS (order); o++)
    {
      g_autoptr(GPtrArray) phrases = g_ptr_array_new ();
      g_autofree char *joined = NULL;

      for (guint s = 0; s < N_SIGNALS; s++)
        if (contributes[s] && signals[s].kind == order[o])
          g_ptr_array_add (phrases, (gpointer) g_dgettext (GETTEXT_PACKAGE, signals[s].phrase));

      /* Age and onset read best as separate clauses. */
      if (order[o] == PHRASE_OTHER)
        {
          for (guint i = 0; i < phrases->len; i++)
            g_ptr_array_add (parts, g_strdup (g_ptr_array_index (phrases, i)));
          continue;
        }

      if (!(joined = join_phrases (phrases)))
        continue;

      if (order[o] == PHRASE_WORSE)
        /* Translators: %s is a list such as "going down stairs and after sitting" */
        g_ptr_array_add (parts, g_strdup_printf (_("worse %s"), joined));
      else
        g_ptr_array_add (parts, g_steal_pointer (&joined));
    }

  if (parts->len == 0)
    return g_strdup (_("no single pattern stands out, so the general runner’s knee pattern "
                       "comes first"));

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (", ", (char **) parts->pdata);
}

static int
find_pattern (const char *id)
{
  for (guint p = 0; p < N_PATTERNS; p++)
    if (g_strcmp0 (pattern_ids[p], id) == 0)
      return (int) p;
  return -1;
}

static GStrv
reasons_for (KwAnswers          *answers,
             const char * const *condition_ids)
{
  int scores[N_PATTERNS];
  gboolean contributes[N_PATTERNS][N_SIGNALS];
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  score_patterns (answers, scores, contributes);
  for (guint i = 0; condition_ids[i] != NULL; i++)
    {
      int p = find_pattern (condition_ids[i]);
      gboolean none[N_SIGNALS] = { FALSE, };
      g_autofree char *reason = build_reason (p >= 0 ? contributes[p] : none);

      g_strv_builder_add (builder, reason);
    }
  return g_strv_builder_end (builder);
}

static gboolean
has_place (const gboolean contributes[N_SIGNALS])
{
  for (guint s = 0; s < N_SIGNALS; s++)
    if (contributes[s] && signals[s].kind == PHRASE_PLACE)
      return TRUE;
  return FALSE;
}

static void
rank_patterns (KwAnswers     *answers,
               GStrvBuilder  *builder)
{
  int scores[N_PATTERNS];
  gboolean contributes[N_PATTERNS][N_SIGNALS];
  int ranked[N_PATTERNS];
  guint n_shown = 0;

  score_patterns (answers, scores, contributes);

  /* Stable selection sort: equal scores keep table order, so
   * patellofemoral pain wins every tie it is part of. */
  for (guint p = 0; p < N_PATTERNS; p++)
    ranked[p] = p;
  for (guint i = 0; i < N_PATTERNS; i++)
    for (guint j = i + 1; j < N_PATTERNS; j++)
      if (scores[ranked[j]] > scores[ranked[i]] ||
          (scores[ranked[j]] == scores[ranked[i]] && ranked[j] < ranked[i]))
        {
          int tmp = ranked[i];
          ranked[i] = ranked[j];
          ranked[j] = tmp;
        }

  /* A tie at the top between two other patterns: no single pattern stands
   * out, so the generic runner's knee pattern leads (clinical.md §1). */
  if (scores[ranked[0]] >= MIN_SCORE && scores[ranked[0]] == scores[ranked[1]] &&
      ranked[0] != PFP && ranked[1] != PFP)
    g_strv_builder_add (builder, pattern_ids[PFP]);

  for (guint i = 0; i < N_PATTERNS && n_shown < MAX_SHOWN; i++)
    {
      if (scores[ranked[i]] < MIN_SCORE)
        break;
      /* A runner-up far behind the best is noise, not a second likely
       * pattern; and a pattern that does not hurt where this knee hurts is
       * not likely at all. */
      if (n_shown > 0 && scores[ranked[i]] * 2 < scores[ranked[0]])
        break;
      if (!has_place (contributes[ranked[i]]))
        continue;
      g_strv_builder_add (builder, pattern_ids[ranked[i]]);
      n_shown++;
    }
}

/* The mild criteria of clinical.md's header, all of them, answered. */
static gboolean
is_mild (KwAnswers *answers)
{
  int pain_running = kw_answers_get_number (answers, "pain-running");
  int pain_now = kw_answers_get_number (answers, "pain-now");

  return pain_running >= 0 && pain_running <= MILD_PAIN_MAX &&
         pain_now <= MILD_PAIN_MAX &&
         kw_answers_get_flag (answers, "settles-within-48h") &&
         !kw_answers_has_item (answers, "feel", "sharp") &&
         !kw_answers_get_flag (answers, "limping") &&
         !kw_answers_get_flag (answers, "getting-worse") &&
         /* An injury is not overuse: no running through it. */
         g_strcmp0 (kw_answers_get_choice (answers, "onset"), "injury") != 0;
}

static void
run_engine (KwAssessment *self)
{
  g_autoptr(GStrvBuilder) flags = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) conditions = g_strv_builder_new ();

  self->triage = is_mild (self->answers) ? KW_TRIAGE_REDUCE_AND_CONTINUE
                                         : KW_TRIAGE_REST_AND_REHAB;

  /* Red flags always win over the self-care levels. */
  for (guint i = 0; i < kw_red_flag_get_n (); i++)
    {
      const KwRedFlag *flag = kw_red_flag_get_nth (i);

      if (!kw_red_flag_fires (flag, self->answers))
        continue;
      g_strv_builder_add (flags, kw_red_flag_get_id (flag));
      self->triage = kw_triage_most_careful (self->triage, kw_red_flag_get_tier (flag));
    }

  rank_patterns (self->answers, conditions);

  self->red_flag_ids = g_strv_builder_end (flags);
  self->condition_ids = g_strv_builder_end (conditions);
  self->reasons = reasons_for (self->answers, (const char * const *) self->condition_ids);
}

static void
kw_assessment_finalize (GObject *object)
{
  KwAssessment *self = (KwAssessment *) object;

  g_clear_object (&self->answers);
  g_clear_pointer (&self->condition_ids, g_strfreev);
  g_clear_pointer (&self->red_flag_ids, g_strfreev);
  g_clear_pointer (&self->reasons, g_strfreev);
  g_clear_pointer (&self->created, g_date_time_unref);

  G_OBJECT_CLASS (kw_assessment_parent_class)->finalize (object);
}

static void
kw_assessment_class_init (KwAssessmentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kw_assessment_finalize;
}

static void
kw_assessment_init (KwAssessment *self)
{
}

/**
 * kw_assessment_new_at:
 * @answers: the runner's answers (copied)
 * @created: when the assessment was made
 *
 * Runs the engine.
 *
 * Returns: (transfer full): the result
 */
KwAssessment *
kw_assessment_new_at (KwAnswers *answers,
                      GDateTime *created)
{
  KwAssessment *self;

  g_return_val_if_fail (KW_IS_ANSWERS (answers), NULL);
  g_return_val_if_fail (created != NULL, NULL);

  self = g_object_new (KW_TYPE_ASSESSMENT, NULL);
  /* A copy: the wizard keeps editing its answers after asking for a result. */
  self->answers = kw_answers_copy (answers);
  self->created = g_date_time_to_local (created);
  run_engine (self);
  return self;
}

/**
 * kw_assessment_new:
 * @answers: the runner's answers (copied)
 *
 * Runs the engine; the assessment is dated now.
 *
 * Returns: (transfer full): the result
 */
KwAssessment *
kw_assessment_new (KwAnswers *answers)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return kw_assessment_new_at (answers, now);
}

KwTriage
kw_assessment_get_triage (KwAssessment *self)
{
  g_return_val_if_fail (KW_IS_ASSESSMENT (self), KW_TRIAGE_EMERGENCY);
  return self->triage;
}

/**
 * kw_assessment_get_condition_ids:
 *
 * Returns: (transfer none): the likely patterns, best first; may be empty
 */
const char * const *
kw_assessment_get_condition_ids (KwAssessment *self)
{
  g_return_val_if_fail (KW_IS_ASSESSMENT (self), NULL);
  return (const char * const *) self->condition_ids;
}

/**
 * kw_assessment_get_red_flag_ids:
 *
 * Returns: (transfer none): the red flags that fired, most urgent first
 */
const char * const *
kw_assessment_get_red_flag_ids (KwAssessment *self)
{
  g_return_val_if_fail (KW_IS_ASSESSMENT (self), NULL);
  return (const char * const *) self->red_flag_ids;
}

/**
 * kw_assessment_get_reasons:
 *
 * Returns: (transfer none): one translated line per condition id, same order
 */
const char * const *
kw_assessment_get_reasons (KwAssessment *self)
{
  g_return_val_if_fail (KW_IS_ASSESSMENT (self), NULL);
  return (const char * const *) self->reasons;
}

const char *
kw_assessment_get_triage_advice (KwTriage triage)
{
  g_return_val_if_fail (triage < KW_TRIAGE_N_LEVELS, NULL);
  return g_dgettext (GETTEXT_PACKAGE, triage_advice[triage]);
}

/**
 * kw_assessment_get_advice:
 *
 * Returns: what to do at this triage level, translated
 */
const char *
kw_assessment_get_advice (KwAssessment *self)
{
  g_return_val_if_fail (KW_IS_ASSESSMENT (self), NULL);
  return kw_assessment_get_triage_advice (self->triage);
}

/**
 * kw_assessment_get_answers:
 *
 * Returns: (transfer none): the answers it was made from
 */
KwAnswers *
kw_assessment_get_answers (KwAssessment *self)
{
  g_return_val_if_fail (KW_IS_ASSESSMENT (self), NULL);
  return self->answers;
}

/**
 * kw_assessment_get_created:
 *
 * Returns: (transfer none): when it was made, in local time
 */
GDateTime *
kw_assessment_get_created (KwAssessment *self)
{
  g_return_val_if_fail (KW_IS_ASSESSMENT (self), NULL);
  return self->created;
}

/**
 * kw_assessment_get_id:
 *
 * Returns: the row id in the store, or 0 if not saved
 */
gint64
kw_assessment_get_id (KwAssessment *self)
{
  g_return_val_if_fail (KW_IS_ASSESSMENT (self), 0);
  return self->id;
}

/**
 * kw_assessment_format_result:
 *
 * The result as `kneewise-cli assess` prints it: a key file group [result]
 * with triage=, conditions=, red-flags= and reasons= (lists `;`-separated).
 *
 * Returns: (transfer full): the text
 */
char *
kw_assessment_format_result (KwAssessment *self)
{
  g_autofree char *conditions = NULL;
  g_autofree char *flags = NULL;
  g_autofree char *reasons = NULL;

  g_return_val_if_fail (KW_IS_ASSESSMENT (self), NULL);

  conditions = g_strjoinv (";", self->condition_ids);
  flags = g_strjoinv (";", self->red_flag_ids);
  reasons = g_strjoinv (";", self->reasons);

  return g_strdup_printf ("[result]\n"
                          "triage=%s\n"
                          "conditions=%s\n"
                          "red-flags=%s\n"
                          "reasons=%s\n",
                          kw_triage_to_id (self->triage), conditions, flags, reasons);
}

/* ------------------------------------------------------------------------ */
/* The store. What the runner was told is kept as it was (triage, patterns,  */
/* red flags), so a later change to the rules does not rewrite the history;  */
/* the reason lines are rebuilt from the answers in the current language.    */

/**
 * kw_assessment_save:
 * @self: an assessment not saved yet
 * @store: the store
 * @error: return location for a #KwStoreError
 *
 * Returns: %TRUE if it was saved; kw_assessment_get_id() is then set
 */
gboolean
kw_assessment_save (KwAssessment  *self,
                    KwStore       *store,
                    GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *answers = NULL;
  g_autofree char *conditions = NULL;
  g_autofree char *flags = NULL;

  g_return_val_if_fail (KW_IS_ASSESSMENT (self), FALSE);
  g_return_val_if_fail (KW_IS_STORE (store), FALSE);
  g_return_val_if_fail (self->id == 0, FALSE);

  answers = kw_answers_to_data (self->answers);
  conditions = g_strjoinv (";", self->condition_ids);
  flags = g_strjoinv (";", self->red_flag_ids);

  if (!_kw_store_begin (store, error))
    return FALSE;

  stmt = _kw_store_prepare (store,
                            "INSERT INTO assessment (created, answers, triage, conditions, "
                            "red_flags) VALUES (?1, ?2, ?3, ?4, ?5)",
                            error);
  if (stmt == NULL)
    goto fail;

  sqlite3_bind_int64 (stmt, 1, g_date_time_to_unix (self->created));
  sqlite3_bind_text (stmt, 2, answers, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, kw_triage_to_id (self->triage), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, conditions, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, flags, -1, SQLITE_TRANSIENT);

  if (!_kw_store_step_done (store, stmt, error))
    goto fail;

  g_clear_pointer (&stmt, sqlite3_finalize);
  if (!_kw_store_commit (store, error))
    return FALSE;

  self->id = sqlite3_last_insert_rowid (_kw_store_get_db (store));
  _kw_store_emit_changed (store, "assessments");
  return TRUE;

fail:
  _kw_store_rollback (store);
  return FALSE;
}

static GStrv
split_ids (const char *text)
{
  if (text == NULL || *text == '\0')
    return g_new0 (char *, 1);
  return g_strsplit (text, ";", -1);
}

/* A row the current version cannot read (edited by hand, or written by a
 * future version) is reported, never guessed at. */
static KwAssessment *
assessment_from_row (KwStore       *store,
                     sqlite3_stmt  *stmt,
                     GError       **error)
{
  g_autoptr(KwAssessment) self = NULL;
  g_autoptr(KwAnswers) answers = NULL;
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *name = NULL;
  const char *triage_id = (const char *) sqlite3_column_text (stmt, 3);
  KwTriage triage;

  name = g_strdup_printf ("%s (assessment %" G_GINT64_FORMAT ")",
                          kw_store_get_path (store), (gint64) sqlite3_column_int64 (stmt, 0));

  answers = kw_answers_new_from_data ((const char *) sqlite3_column_text (stmt, 2), -1,
                                      name, &local);
  utc = g_date_time_new_from_unix_utc (sqlite3_column_int64 (stmt, 1));
  if (answers == NULL || utc == NULL || !kw_triage_from_id (triage_id, &triage))
    {
      if (local != NULL)
        g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_CORRUPT,
                     _("A saved assessment cannot be read: %s"), local->message);
      else
        g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_CORRUPT,
                     _("A saved assessment cannot be read: %s: unknown date or result"),
                     name);
      return NULL;
    }

  self = g_object_new (KW_TYPE_ASSESSMENT, NULL);
  self->id = sqlite3_column_int64 (stmt, 0);
  self->answers = g_steal_pointer (&answers);
  self->created = g_date_time_to_local (utc);
  self->triage = triage;
  self->condition_ids = split_ids ((const char *) sqlite3_column_text (stmt, 4));
  self->red_flag_ids = split_ids ((const char *) sqlite3_column_text (stmt, 5));
  self->reasons = reasons_for (self->answers, (const char * const *) self->condition_ids);
  return g_steal_pointer (&self);
}

#define SELECT_ASSESSMENTS \
  "SELECT id, created, answers, triage, conditions, red_flags FROM assessment " \
  "ORDER BY created DESC, id DESC"

/**
 * kw_assessment_load_latest:
 * @store: the store
 * @error: return location for a #KwStoreError
 *
 * Returns: (transfer full) (nullable): the newest saved assessment, or %NULL
 *   without an error if there is none
 */
KwAssessment *
kw_assessment_load_latest (KwStore  *store,
                           GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KW_IS_STORE (store), NULL);

  if (!(stmt = _kw_store_prepare (store, SELECT_ASSESSMENTS " LIMIT 1", error)))
    return NULL;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return NULL;
  if (rc != SQLITE_ROW)
    {
      _kw_store_set_error (store, rc, error);
      return NULL;
    }
  return assessment_from_row (store, stmt, error);
}

/**
 * kw_assessment_list:
 * @store: the store
 * @error: return location for a #KwStoreError
 *
 * Rows that cannot be read are skipped with a warning, so one damaged row
 * does not hide the rest of the history.
 *
 * Returns: (transfer full) (nullable): a #GListModel of #KwAssessment,
 *   newest first
 */
GListModel *
kw_assessment_list (KwStore  *store,
                    GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GListStore) list = NULL;
  int rc;

  g_return_val_if_fail (KW_IS_STORE (store), NULL);

  if (!(stmt = _kw_store_prepare (store, SELECT_ASSESSMENTS, error)))
    return NULL;

  list = g_list_store_new (KW_TYPE_ASSESSMENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(GError) local = NULL;
      g_autoptr(KwAssessment) item = assessment_from_row (store, stmt, &local);

      if (item == NULL)
        {
          g_warning ("%s", local->message);
          continue;
        }
      g_list_store_append (list, item);
    }
  if (rc != SQLITE_DONE)
    {
      _kw_store_set_error (store, rc, error);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&list));
}
