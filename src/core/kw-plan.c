/* kw-plan.c: the runner's dated exercise plan
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The generator turns a program (kw-program.c), the runner's preferences
 * and the current doses into dated weeks, deterministically. Its rules
 * (clinical.md sections 4-5): at most 6 items a session, strength work on
 * non-consecutive days, every week works quads, glutes, hips and calves,
 * nothing on the condition's avoid list, holds and stretches may be daily.
 */

#define G_LOG_DOMAIN "kw-plan"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "kw-pain-model.h"
#include "kw-plan-private.h"

#define MAX_ITEMS_PER_SESSION 6
/* A stretch of 3 × 30 s each side, with the changes in between. */
#define STRETCH_SECONDS 240
#define MAX_STRENGTH_DAYS 3
#define MAX_STRETCHES_PER_SESSION 2

struct _KwPlan
{
  GObject          parent_instance;

  gint64           id;
  const KwProgram *program;
  KwTriage         triage;
  GDate            start;
  KwPlanPrefs      prefs;
  GArray          *phases;  /* KwPhaseSpan, by date */
  GHashTable      *doses;   /* exercise id → KwDoseState */
  GPtrArray       *logs;    /* KwPainLog, by date */
};

G_DEFINE_FINAL_TYPE (KwPlan, kw_plan, G_TYPE_OBJECT)

G_DEFINE_QUARK (kw-plan-error-quark, kw_plan_error)

/* Which weekdays are training days, for 1 to 7 days a week: spread out,
 * Monday first, Sunday last to be used. */
static const GDateWeekday training_days[8][7] = {
  [1] = { G_DATE_WEDNESDAY },
  [2] = { G_DATE_MONDAY, G_DATE_THURSDAY },
  [3] = { G_DATE_MONDAY, G_DATE_WEDNESDAY, G_DATE_FRIDAY },
  [4] = { G_DATE_MONDAY, G_DATE_TUESDAY, G_DATE_THURSDAY, G_DATE_SATURDAY },
  [5] = { G_DATE_MONDAY, G_DATE_TUESDAY, G_DATE_WEDNESDAY, G_DATE_FRIDAY, G_DATE_SATURDAY },
  [6] = { G_DATE_MONDAY, G_DATE_TUESDAY, G_DATE_WEDNESDAY, G_DATE_THURSDAY, G_DATE_FRIDAY,
          G_DATE_SATURDAY },
  [7] = { G_DATE_MONDAY, G_DATE_TUESDAY, G_DATE_WEDNESDAY, G_DATE_THURSDAY, G_DATE_FRIDAY,
          G_DATE_SATURDAY, G_DATE_SUNDAY },
};

static void
kw_plan_finalize (GObject *object)
{
  KwPlan *self = (KwPlan *) object;

  g_clear_pointer (&self->phases, g_array_unref);
  g_clear_pointer (&self->doses, g_hash_table_unref);
  g_clear_pointer (&self->logs, g_ptr_array_unref);

  G_OBJECT_CLASS (kw_plan_parent_class)->finalize (object);
}

static void
kw_plan_class_init (KwPlanClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kw_plan_finalize;
}

static void
kw_plan_init (KwPlan *self)
{
  self->phases = g_array_new (FALSE, TRUE, sizeof (KwPhaseSpan));
  self->doses = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->logs = g_ptr_array_new_with_free_func ((GDestroyNotify) kw_pain_log_free);
  g_date_clear (&self->start, 1);
}

char *
_kw_date_to_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

gboolean
_kw_date_from_iso (const char *text,
                   GDate      *date)
{
  guint y, m, d;
  char end;

  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  if (sscanf (text, "%4u-%2u-%2u%c", &y, &m, &d, &end) != 3)
    return FALSE;
  if (!g_date_valid_dmy (d, m, y))
    return FALSE;

  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

static void
monday_of (const GDate *day,
           GDate       *monday)
{
  *monday = *day;
  g_date_subtract_days (monday, g_date_get_weekday (day) - G_DATE_MONDAY);
}

/**
 * kw_plan_new:
 * @condition_id: the condition the plan is for ("patellofemoral-pain")
 * @triage: the triage of the assessment
 * @start: the first day of the plan
 * @prefs: training days, minutes and equipment
 * @error: return location for a #KwPlanError
 *
 * A new plan in phase 1. Emergency and same-day triage get no plan, with a
 * message to get care; see-clinician gets phase 1 only, with the advice to
 * be seen (kw_plan_get_advice()).
 *
 * Returns: (transfer full) (nullable): the plan, or %NULL with @error set
 */
KwPlan *
kw_plan_new (const char         *condition_id,
             KwTriage            triage,
             const GDate        *start,
             const KwPlanPrefs  *prefs,
             GError            **error)
{
  g_autoptr(KwPlan) self = NULL;
  const KwProgram *program;

  g_return_val_if_fail (prefs != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (triage == KW_TRIAGE_EMERGENCY)
    {
      g_set_error_literal (error, KW_PLAN_ERROR, KW_PLAN_ERROR_NO_PLAN_FOR_TRIAGE,
                           _("No exercise plan: your answers need emergency care now. "
                             "Call your local emergency number or go to an emergency "
                             "department."));
      return NULL;
    }
  if (triage == KW_TRIAGE_SAME_DAY)
    {
      g_set_error_literal (error, KW_PLAN_ERROR, KW_PLAN_ERROR_NO_PLAN_FOR_TRIAGE,
                           _("No exercise plan: don’t run, and get your knee checked today "
                             "(an urgent care centre or your doctor)."));
      return NULL;
    }
  if (!kw_triage_allows_plan (triage))
    {
      g_set_error_literal (error, KW_PLAN_ERROR, KW_PLAN_ERROR_NO_PLAN_FOR_TRIAGE,
                           _("No exercise plan for this triage level."));
      return NULL;
    }

  program = kw_program_lookup (condition_id);
  if (program == NULL)
    {
      g_set_error (error, KW_PLAN_ERROR, KW_PLAN_ERROR_UNKNOWN_CONDITION,
                   _("There is no exercise program for “%s”."),
                   condition_id != NULL ? condition_id : "");
      return NULL;
    }

  if (start == NULL || !g_date_valid (start))
    {
      g_set_error_literal (error, KW_PLAN_ERROR, KW_PLAN_ERROR_INVALID_DATE,
                           _("The plan needs a valid start date."));
      return NULL;
    }

  if (!kw_plan_prefs_validate (prefs, error))
    return NULL;

  self = g_object_new (KW_TYPE_PLAN, NULL);
  self->program = program;
  self->triage = triage;
  self->start = *start;
  self->prefs = *prefs;
  _kw_plan_set_phase (self, KW_PHASE_SETTLE, start);

  return g_steal_pointer (&self);
}

gint64
kw_plan_get_id (KwPlan *self)
{
  g_return_val_if_fail (KW_IS_PLAN (self), 0);
  return self->id;
}

void
_kw_plan_set_id (KwPlan *self,
                 gint64  id)
{
  self->id = id;
}

const char *
kw_plan_get_condition_id (KwPlan *self)
{
  g_return_val_if_fail (KW_IS_PLAN (self), NULL);
  return kw_program_get_condition_id (self->program);
}

const KwProgram *
kw_plan_get_program (KwPlan *self)
{
  g_return_val_if_fail (KW_IS_PLAN (self), NULL);
  return self->program;
}

KwTriage
kw_plan_get_triage (KwPlan *self)
{
  g_return_val_if_fail (KW_IS_PLAN (self), KW_TRIAGE_SEE_CLINICIAN);
  return self->triage;
}

const GDate *
kw_plan_get_start_date (KwPlan *self)
{
  g_return_val_if_fail (KW_IS_PLAN (self), NULL);
  return &self->start;
}

const KwPlanPrefs *
kw_plan_get_prefs (KwPlan *self)
{
  g_return_val_if_fail (KW_IS_PLAN (self), NULL);
  return &self->prefs;
}

/**
 * kw_plan_get_phase:
 * @self: a #KwPlan
 *
 * Returns: the latest phase the plan has reached
 */
KwPhase
kw_plan_get_phase (KwPlan *self)
{
  g_return_val_if_fail (KW_IS_PLAN (self), KW_PHASE_SETTLE);
  return g_array_index (self->phases, KwPhaseSpan, self->phases->len - 1).phase;
}

/**
 * kw_plan_get_phase_on:
 * @self: a #KwPlan
 * @date: a day
 *
 * Returns: the phase the plan was (or will be) in on @date
 */
KwPhase
kw_plan_get_phase_on (KwPlan      *self,
                      const GDate *date)
{
  KwPhase phase = KW_PHASE_SETTLE;

  g_return_val_if_fail (KW_IS_PLAN (self), KW_PHASE_SETTLE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), KW_PHASE_SETTLE);

  for (guint i = 0; i < self->phases->len; i++)
    {
      const KwPhaseSpan *span = &g_array_index (self->phases, KwPhaseSpan, i);

      if (g_date_compare (&span->from, date) <= 0)
        phase = span->phase;
    }

  return phase;
}

/**
 * kw_plan_get_advice:
 * @self: a #KwPlan
 *
 * Returns: (nullable): advice that goes with the whole plan for its
 *   triage (see a clinician; rest from running; run less), or %NULL
 */
const char *
kw_plan_get_advice (KwPlan *self)
{
  g_return_val_if_fail (KW_IS_PLAN (self), NULL);

  if (self->triage == KW_TRIAGE_SEE_CLINICIAN)
    return _("Book a physio or GP within one to two weeks. Until you are seen, keep to walking "
             "and these gentle first-phase exercises; the plan stays in phase 1.");
  if (self->triage == KW_TRIAGE_REST_AND_REHAB)
    return _("No running for 3 to 7 days; walking and daily life are fine with pain up to "
             "3 out of 10. Start these exercises now.");
  if (self->triage == KW_TRIAGE_REDUCE_AND_CONTINUE)
    return _("Keep running, but less of it: shorter, slower, with more rest days, and do "
             "these exercises alongside.");
  return NULL;
}

void
_kw_plan_set_phase (KwPlan      *self,
                    KwPhase      phase,
                    const GDate *from)
{
  KwPhaseSpan span;

  g_return_if_fail (KW_IS_PLAN (self));
  g_return_if_fail (KW_PHASE_IS_VALID (phase));
  g_return_if_fail (from != NULL && g_date_valid (from));

  /* A later span replaces any that start on or after it. */
  while (self->phases->len > 0 &&
         g_date_compare (&g_array_index (self->phases, KwPhaseSpan,
                                         self->phases->len - 1).from, from) >= 0)
    g_array_set_size (self->phases, self->phases->len - 1);

  span.from = *from;
  span.phase = phase;
  g_array_append_val (self->phases, span);

  /* Exercises new in this phase start at the program's dose. */
  for (guint i = 0; i < kw_program_get_n_items (self->program, phase); i++)
    {
      const KwProgramItem *item = kw_program_get_item (self->program, phase, i);
      const KwDose *dose = kw_program_item_get_dose (item);
      KwDoseState *state = g_hash_table_lookup (self->doses, kw_program_item_get_exercise_id (item));

      if (state == NULL)
        _kw_plan_ensure_state (self, kw_program_item_get_exercise_id (item), dose);
      else if (state->dose.level < dose->level)
        state->dose = *dose;
    }
}

GArray *
_kw_plan_get_phases (KwPlan *self)
{
  return self->phases;
}

GHashTable *
_kw_plan_get_dose_states (KwPlan *self)
{
  return self->doses;
}

KwDoseState *
_kw_plan_ensure_state (KwPlan       *self,
                       const char   *exercise_id,
                       const KwDose *dose)
{
  KwDoseState *state = g_hash_table_lookup (self->doses, exercise_id);

  if (state == NULL)
    {
      state = g_new0 (KwDoseState, 1);
      state->dose = *dose;
      g_date_clear (&state->last_progress, 1);
      g_date_clear (&state->restore_from, 1);
      g_hash_table_insert (self->doses, g_strdup (exercise_id), state);
    }

  return state;
}

/**
 * kw_plan_get_dose:
 * @self: a #KwPlan
 * @exercise_id: an exercise id
 *
 * Returns: (nullable): the exercise's current dose in this plan, or %NULL
 *   if the plan has not used it
 */
const KwDose *
kw_plan_get_dose (KwPlan     *self,
                  const char *exercise_id)
{
  KwDoseState *state;

  g_return_val_if_fail (KW_IS_PLAN (self), NULL);
  g_return_val_if_fail (exercise_id != NULL, NULL);

  state = g_hash_table_lookup (self->doses, exercise_id);
  return state != NULL ? &state->dose : NULL;
}

/* ---- The generator ---------------------------------------------------- */

typedef struct
{
  const KwExercise *exercise;
  KwDose            dose;
  /* Time of the phase's starting dose: the week is laid out with it, so
   * stepping a dose up or back never moves exercises between days. */
  guint             seconds;
  char             *note;
  guint             placed;
} Slot;

static void
slot_clear (gpointer data)
{
  Slot *slot = data;

  g_free (slot->note);
}

static char *
make_note (const KwProgramItem *item,
           const KwExercise    *instead_of,
           KwEquipment          missing)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  int lo, hi;

  if (instead_of != NULL)
    {
      g_autofree char *what = kw_equipment_to_string (missing);

      /* Translators: an exercise name, then the equipment the runner does not have */
      g_ptr_array_add (parts, g_strdup_printf (_("Instead of %s: no %s at hand"),
                                               kw_exercise_get_name (instead_of), what));
    }
  else
    {
      if (kw_program_item_get_knee_range (item, &lo, &hi))
        {
          if (lo == hi)
            /* Translators: the knee stays at this bend, in degrees (0° is straight) */
            g_ptr_array_add (parts, g_strdup_printf (_("Knee at %d°"), lo));
          else
            /* Translators: allowed knee bend in degrees (0° is straight) */
            g_ptr_array_add (parts, g_strdup_printf (_("Knee bend %d–%d°"), lo, hi));
        }
      if (kw_program_item_get_note (item) != NULL)
        g_ptr_array_add (parts, g_strdup (kw_program_item_get_note (item)));
    }

  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static const KwDose *
current_dose (KwPlan           *self,
              const KwExercise *exercise,
              const KwDose     *fallback)
{
  KwDoseState *state = g_hash_table_lookup (self->doses, kw_exercise_get_id (exercise));

  return state != NULL ? &state->dose : fallback;
}

static gboolean
slots_contain (GArray           *slots,
               const KwExercise *exercise)
{
  for (guint i = 0; i < slots->len; i++)
    {
      if (g_array_index (slots, Slot, i).exercise == exercise)
        return TRUE;
    }
  return FALSE;
}

/* The phase's exercises as they can be done: avoided ones dropped, ones
 * needing missing equipment swapped for their alternative. */
static void
resolve_items (KwPlan  *self,
               KwPhase  phase,
               GArray  *exercises,
               GArray  *stretches)
{
  guint n = kw_program_get_n_items (self->program, phase);

  for (guint i = 0; i < n; i++)
    {
      const KwProgramItem *item = kw_program_get_item (self->program, phase, i);
      const KwExercise *exercise = kw_program_item_get_exercise (item);
      const KwExercise *instead_of = NULL;
      KwEquipment missing;
      Slot slot = { 0 };

      if (exercise == NULL)
        continue;

      missing = kw_exercise_get_equipment (exercise) & ~self->prefs.equipment;
      if (missing != 0)
        {
          const KwExercise *alt = kw_exercise_lookup (kw_exercise_get_alternative_id (exercise));

          if (alt == NULL || (kw_exercise_get_equipment (alt) & ~self->prefs.equipment) != 0)
            continue;
          instead_of = exercise;
          exercise = alt;
        }

      if (kw_program_avoids_exercise (self->program, phase, kw_exercise_get_id (exercise), NULL))
        continue;
      if (slots_contain (exercises, exercise) || slots_contain (stretches, exercise))
        continue;

      slot.exercise = exercise;
      if (instead_of != NULL)
        {
          slot.dose = *current_dose (self, exercise, kw_exercise_get_start_dose (exercise));
          slot.seconds = kw_dose_estimate_seconds (kw_exercise_get_start_dose (exercise));
        }
      else
        {
          slot.dose = *current_dose (self, exercise, kw_program_item_get_dose (item));
          slot.seconds = kw_dose_estimate_seconds (kw_program_item_get_dose (item));
        }
      slot.note = make_note (item, instead_of, missing);

      if (kw_exercise_get_exercise_type (exercise) == KW_EXERCISE_STRETCH)
        g_array_append_val (stretches, slot);
      else
        g_array_append_val (exercises, slot);
    }
}

static guint
n_bits (guint x)
{
  guint n = 0;

  for (; x != 0; x &= x - 1)
    n++;
  return n;
}

/* Greedy cover: the exercises that add the most of quads, glutes, hips and
 * calves come first, so the first session of the week covers them all.
 * Returns how many exercises the cover needs. */
static guint
order_for_coverage (GArray *exercises)
{
  KwMuscle covered = 0;
  guint placed = 0;

  while (placed < exercises->len && (covered & KW_MUSCLE_WEEKLY) != KW_MUSCLE_WEEKLY)
    {
      guint best = placed;
      guint best_gain = 0;

      for (guint i = placed; i < exercises->len; i++)
        {
          KwMuscle m = kw_exercise_get_muscles (g_array_index (exercises, Slot, i).exercise);
          guint gain = n_bits (m & KW_MUSCLE_WEEKLY & ~covered);

          if (gain > best_gain)
            {
              best = i;
              best_gain = gain;
            }
        }

      if (best_gain == 0)
        break;

      if (best != placed)
        {
          Slot tmp = g_array_index (exercises, Slot, best);

          /* Keep the program's order for the rest: shift, don't swap. */
          memmove (&g_array_index (exercises, Slot, placed + 1),
                   &g_array_index (exercises, Slot, placed),
                   (best - placed) * sizeof (Slot));
          g_array_index (exercises, Slot, placed) = tmp;
        }
      covered |= kw_exercise_get_muscles (g_array_index (exercises, Slot, placed).exercise);
      placed++;
    }

  return placed;
}

/* How many exercises fit in the minutes the runner has, leaving time for
 * @stretch_seconds of stretching; never fewer than the cover needs, never
 * more than the session allows. */
static guint
exercise_slots_for (KwPlan *self,
                    GArray *exercises,
                    guint   cover,
                    guint   stretch_seconds)
{
  guint budget = self->prefs.minutes_per_session * 60;
  guint used = stretch_seconds;
  guint fit = 0;

  for (guint i = 0; i < exercises->len; i++)
    {
      used += g_array_index (exercises, Slot, i).seconds;
      if (used > budget)
        break;
      fit++;
    }

  return MIN (MAX (fit, cover), MAX_ITEMS_PER_SESSION - 1);
}

static gboolean
is_training_day (guint        days_per_week,
                 GDateWeekday weekday)
{
  for (guint i = 0; i < days_per_week; i++)
    {
      if (training_days[days_per_week][i] == weekday)
        return TRUE;
    }
  return FALSE;
}

/* Which training day of the week @weekday is: 0 for the first. */
static guint
training_rank (guint        days_per_week,
               GDateWeekday weekday)
{
  guint rank = 0;

  for (guint i = 0; i < days_per_week; i++)
    rank += training_days[days_per_week][i] < weekday;
  return rank;
}

/* Strength days: training days with a day off in between, at most three,
 * also across the week boundary (Sunday then Monday). */
static guint
strength_days (guint         days_per_week,
               GDateWeekday  out[MAX_STRENGTH_DAYS])
{
  guint n = 0;

  for (guint i = 0; i < days_per_week && n < MAX_STRENGTH_DAYS; i++)
    {
      GDateWeekday d = training_days[days_per_week][i];

      if (n > 0 && d == out[n - 1] + 1)
        continue;
      if (d == G_DATE_SUNDAY && n > 0 && out[0] == G_DATE_MONDAY)
        continue;
      out[n++] = d;
    }

  return n;
}

static void
add_slot (KwPlanDay *day,
          Slot      *slot)
{
  g_autoptr(KwPlanItem) item = kw_plan_item_new (slot->exercise, &slot->dose, slot->note);

  kw_plan_day_add_item (day, item);
  slot->placed++;
}

static gboolean
day_has (KwPlanDay        *day,
         const KwExercise *exercise)
{
  for (guint i = 0; i < kw_plan_day_get_n_items (day); i++)
    {
      if (kw_plan_item_get_exercise (kw_plan_day_get_item (day, i)) == exercise)
        return TRUE;
    }
  return FALSE;
}

static void
fill_day (KwPlanDay *day,
          GArray    *exercises,
          GArray    *stretches,
          gboolean   is_strong,
          guint      strong_index,
          guint      rank,
          guint      exercise_slots,
          guint      cap,
          guint      cover,
          guint      budget)
{
  guint placed = 0;
  guint n_stretches = 0;
  guint used = (cap - exercise_slots) * STRETCH_SECONDS;
  /* The week's first strength day carries the cover whatever the time. */
  guint must = is_strong && strong_index == 0 ? cover : 1;

  if (is_strong)
    {
      /* Rotate through the list so that, over the strength days, every
       * exercise gets its turn; the first day takes the cover. */
      guint offset = exercises->len > 0 ? (strong_index * exercise_slots) % exercises->len : 0;

      for (guint k = 0; k < exercises->len && placed < exercise_slots; k++)
        {
          Slot *slot = &g_array_index (exercises, Slot, (offset + k) % exercises->len);

          guint t = slot->seconds;

          if (slot->placed >= slot->dose.per_week || day_has (day, slot->exercise))
            continue;
          if (placed >= must && used + t > budget)
            continue;
          add_slot (day, slot);
          used += t;
          placed++;
        }
    }
  else
    {
      for (guint k = 0; k < exercises->len && placed < exercise_slots; k++)
        {
          Slot *slot = &g_array_index (exercises, Slot, k);

          guint t = slot->seconds;

          if (!kw_exercise_is_daily_allowed (slot->exercise) ||
              slot->placed >= slot->dose.per_week)
            continue;
          if (placed >= must && used + t > budget)
            continue;
          add_slot (day, slot);
          used += t;
          placed++;
        }
    }

  /* Stretches fill what is left of the session, a different pair each day. */
  for (guint k = 0; k < stretches->len && placed < cap &&
       n_stretches < MAX_STRETCHES_PER_SESSION; k++)
    {
      Slot *slot = &g_array_index (stretches, Slot, (rank * MAX_STRETCHES_PER_SESSION + k) % stretches->len);

      add_slot (day, slot);
      placed++;
      n_stretches++;
    }
}

static void
fill_week_phase (KwPlan     *self,
                 KwPlanWeek *week,
                 KwPhase     phase,
                 gboolean    only_phase_days)
{
  g_autoptr(GArray) exercises = g_array_new (FALSE, TRUE, sizeof (Slot));
  g_autoptr(GArray) stretches = g_array_new (FALSE, TRUE, sizeof (Slot));
  GDateWeekday strong[MAX_STRENGTH_DAYS];
  guint n_strong, cover, cap, stretch_slots, exercise_slots;
  guint days = self->prefs.days_per_week;
  guint strong_index = 0;

  g_array_set_clear_func (exercises, slot_clear);
  g_array_set_clear_func (stretches, slot_clear);

  resolve_items (self, phase, exercises, stretches);
  cover = order_for_coverage (exercises);
  /* One stretch always; a second if the time allows it. */
  stretch_slots = MIN (stretches->len, 1);
  exercise_slots = exercise_slots_for (self, exercises, cover,
                                       stretch_slots * STRETCH_SECONDS);
  if (stretches->len > 1 && exercise_slots + 2 <= MAX_ITEMS_PER_SESSION &&
      exercise_slots_for (self, exercises, cover, 2 * STRETCH_SECONDS) == exercise_slots)
    stretch_slots = 2;
  cap = exercise_slots + stretch_slots;
  n_strong = strength_days (days, strong);

  /* Strength days first, so the light days take only what they leave of
   * each exercise's sessions a week. */
  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < 7; i++)
        {
          KwPlanDay *old = kw_plan_week_get_day (week, i);
          const GDate *date = kw_plan_day_get_date (old);
          GDateWeekday weekday = g_date_get_weekday (date);
          g_autoptr(KwPlanDay) day = NULL;
          gboolean is_strong = FALSE;
          gboolean this_phase;

          for (guint s = 0; s < n_strong; s++)
            is_strong |= strong[s] == weekday;

          this_phase = !only_phase_days || kw_plan_get_phase_on (self, date) == phase;

          if (g_date_compare (date, &self->start) < 0)
            {
              if (pass == 0)
                {
                  day = kw_plan_day_new (date, KW_PLAN_DAY_NOT_STARTED, phase);
                  kw_plan_week_set_day (week, i, day);
                }
              continue;
            }

          if (!is_training_day (days, weekday))
            {
              if (pass == 0 && this_phase)
                {
                  day = kw_plan_day_new (date, KW_PLAN_DAY_REST, phase);
                  kw_plan_week_set_day (week, i, day);
                }
              continue;
            }

          if (is_strong != (pass == 0))
            continue;

          if (!this_phase)
            {
              /* Keep the rotation the same whichever phase the other days are in. */
              strong_index += is_strong;
              continue;
            }

          day = kw_plan_day_new (date, is_strong ? KW_PLAN_DAY_STRENGTH : KW_PLAN_DAY_LIGHT, phase);
          fill_day (day, exercises, stretches, is_strong, strong_index,
                    training_rank (days, weekday), exercise_slots, cap, cover,
                    self->prefs.minutes_per_session * 60);
          strong_index += is_strong;

          if (kw_plan_day_get_n_items (day) == 0)
            {
              g_clear_object (&day);
              day = kw_plan_day_new (date, KW_PLAN_DAY_REST, phase);
            }
          kw_plan_week_set_day (week, i, day);
        }
    }
}

/**
 * kw_plan_get_week:
 * @self: a #KwPlan
 * @day: any day of the week wanted
 *
 * Builds the week (Monday to Sunday) that holds @day from the program of
 * the phase each day is in and the current doses. Days before the start
 * are %KW_PLAN_DAY_NOT_STARTED.
 *
 * Returns: (transfer full): the week
 */
KwPlanWeek *
kw_plan_get_week (KwPlan      *self,
                  const GDate *day)
{
  g_autoptr(KwPlanWeek) week = NULL;
  GDate monday, sunday;
  KwPhase first, last;

  g_return_val_if_fail (KW_IS_PLAN (self), NULL);
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);

  monday_of (day, &monday);
  sunday = monday;
  g_date_add_days (&sunday, 6);
  week = kw_plan_week_new (&monday);

  first = kw_plan_get_phase_on (self, &monday);
  last = kw_plan_get_phase_on (self, &sunday);
  for (KwPhase phase = first; phase <= last; phase++)
    fill_week_phase (self, week, phase, first != last);

  return g_steal_pointer (&week);
}

/**
 * kw_plan_get_day:
 * @self: a #KwPlan
 * @date: a day
 *
 * Returns: (transfer full): the day, as in its week
 */
KwPlanDay *
kw_plan_get_day (KwPlan      *self,
                 const GDate *date)
{
  g_autoptr(KwPlanWeek) week = NULL;

  g_return_val_if_fail (KW_IS_PLAN (self), NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  week = kw_plan_get_week (self, date);
  return g_object_ref (kw_plan_week_get_day (week, g_date_get_weekday (date) - G_DATE_MONDAY));
}

/* ---- Logs and the progression engine ---------------------------------- */

static int
compare_logs (gconstpointer a,
              gconstpointer b)
{
  const KwPainLog *la = *(const KwPainLog **) a;
  const KwPainLog *lb = *(const KwPainLog **) b;

  return g_date_compare (&la->date, &lb->date);
}

/* Takes @log, replacing any log of the same day. */
void
_kw_plan_take_log (KwPlan    *self,
                   KwPainLog *log)
{
  for (guint i = 0; i < self->logs->len; i++)
    {
      KwPainLog *old = g_ptr_array_index (self->logs, i);

      if (g_date_compare (&old->date, &log->date) == 0)
        {
          g_ptr_array_remove_index (self->logs, i);
          break;
        }
    }

  g_ptr_array_add (self->logs, log);
  g_ptr_array_sort (self->logs, compare_logs);
}

/**
 * kw_plan_get_log:
 * @self: a #KwPlan
 * @date: a day
 *
 * Returns: (nullable): the session log of @date, or %NULL
 */
const KwPainLog *
kw_plan_get_log (KwPlan      *self,
                 const GDate *date)
{
  g_return_val_if_fail (KW_IS_PLAN (self), NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  for (guint i = 0; i < self->logs->len; i++)
    {
      const KwPainLog *log = g_ptr_array_index (self->logs, i);

      if (g_date_compare (&log->date, date) == 0)
        return log;
    }
  return NULL;
}

/**
 * kw_plan_get_logs:
 * @self: a #KwPlan
 *
 * Returns: (transfer none) (element-type KwPainLog): the plan's session
 *   logs, oldest first
 */
GPtrArray *
kw_plan_get_logs (KwPlan *self)
{
  g_return_val_if_fail (KW_IS_PLAN (self), NULL);
  return self->logs;
}

static gboolean
first_log_of_week (KwPlan          *self,
                   const KwPainLog *log)
{
  GDate monday;

  monday_of (&log->date, &monday);
  for (guint i = 0; i < self->logs->len; i++)
    {
      const KwPainLog *other = g_ptr_array_index (self->logs, i);

      if (other != log && other->status != KW_SESSION_SKIPPED &&
          g_date_compare (&other->date, &monday) >= 0 &&
          g_date_compare (&other->date, &log->date) < 0)
        return FALSE;
    }
  return TRUE;
}

static void
decide_exercises (KwPlan          *self,
                  const KwPainLog *log,
                  KwPainZone       zone,
                  GPtrArray       *changes)
{
  g_autoptr(KwPlanDay) day = kw_plan_get_day (self, &log->date);
  guint n = kw_plan_day_get_n_items (day);

  for (guint i = 0; i < n; i++)
    {
      KwPlanItem *item = kw_plan_day_get_item (day, i);
      const KwExercise *exercise = kw_plan_item_get_exercise (item);
      const char *id = kw_exercise_get_id (exercise);
      KwDoseState *state;
      KwDose next;
      KwPlanChange *change;

      /* Stretches stay at 3 × 30 s: nothing to progress. */
      if (kw_plan_item_is_stretch (item))
        continue;

      state = _kw_plan_ensure_state (self, id, kw_plan_item_get_dose (item));

      if (state->has_restore && zone != KW_PAIN_ZONE_RED && log->status == KW_SESSION_DONE)
        {
          g_autofree char *dose = kw_dose_to_string (&state->restore);
          g_autofree char *reason = NULL;

          if (g_date_compare (&log->date, &state->restore_from) >= 0)
            {
              /* Translators: %s is the dose before the step back ("3 × 12") */
              reason = g_strdup_printf (_("48 hours since the step back and the pain has "
                                          "settled: back to %s."), dose);
              change = kw_plan_change_new (&log->date, KW_PLAN_CHANGE_RESTORE, id,
                                           &state->dose, &state->restore, reason);
              state->dose = state->restore;
              state->has_restore = FALSE;
            }
          else
            {
              reason = g_strdup (_("Still within 48 hours of a step back: same dose."));
              change = kw_plan_change_new (&log->date, KW_PLAN_CHANGE_HOLD, id,
                                           &state->dose, &state->dose, reason);
            }
          g_ptr_array_add (changes, change);
          continue;
        }

      change = kw_pain_model_decide (exercise, &state->dose, log, &state->last_progress, &next);
      switch (kw_plan_change_get_kind (change))
        {
        case KW_PLAN_CHANGE_PROGRESS:
          state->dose = next;
          state->last_progress = log->date;
          break;
        case KW_PLAN_CHANGE_STEP_BACK:
          if (!state->has_restore)
            {
              state->restore = state->dose;
              state->has_restore = TRUE;
            }
          state->restore_from = log->date;
          g_date_add_days (&state->restore_from, KW_PAIN_MODEL_STEP_BACK_DAYS);
          state->dose = next;
          break;
        case KW_PLAN_CHANGE_HOLD:
        case KW_PLAN_CHANGE_RESTORE:
        case KW_PLAN_CHANGE_SKIPPED:
        case KW_PLAN_CHANGE_PHASE_ADVANCE:
        case KW_PLAN_CHANGE_PHASE_HOLD:
        case KW_PLAN_CHANGE_SEE_CLINICIAN:
        case KW_PLAN_CHANGE_STARTED:
        default:
          break;
        }
      g_ptr_array_add (changes, change);
    }
}

/* Runs the engine on a log the plan already holds (_kw_plan_take_log()).
 * @previous is the same day's log as it was before, if any: each session
 * is decided once, when its zone becomes known, and again only if it turns
 * red later (a bad next morning after an amber session). */
GPtrArray *
_kw_plan_apply_log (KwPlan          *self,
                    const KwPainLog *log,
                    const KwPainLog *previous,
                    const GDate     *today)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func (g_object_unref);
  KwPainZone zone = kw_pain_log_get_zone (log);
  KwPainZone old_zone = previous != NULL ? kw_pain_log_get_zone (previous) : KW_PAIN_ZONE_UNKNOWN;
  gboolean turned_red = zone == KW_PAIN_ZONE_RED && old_zone != KW_PAIN_ZONE_RED;

  if (log->status == KW_SESSION_SKIPPED ||
      (log->status == KW_SESSION_PARTIAL && zone != KW_PAIN_ZONE_RED))
    {
      if (previous == NULL || previous->status != log->status)
        g_ptr_array_add (changes,
                         kw_plan_change_new (&log->date, KW_PLAN_CHANGE_SKIPPED, NULL, NULL, NULL,
                                             log->status == KW_SESSION_SKIPPED
                                               ? _("Session skipped: it doesn’t count towards "
                                                   "stepping up; same doses next time.")
                                               : _("Session partly done: it doesn’t count "
                                                   "towards stepping up; same doses next time.")));
      return changes;
    }

  if ((old_zone == KW_PAIN_ZONE_UNKNOWN && zone != KW_PAIN_ZONE_UNKNOWN) || turned_red)
    decide_exercises (self, log, zone, changes);

  if (turned_red)
    {
      guint reds_14 = kw_pain_model_count_reds (self->logs, &log->date, 14);
      guint reds_7 = kw_pain_model_count_reds (self->logs, &log->date, 7);

      if (reds_14 >= 3)
        g_ptr_array_add (changes,
                         kw_plan_change_new (&log->date, KW_PLAN_CHANGE_SEE_CLINICIAN, NULL,
                                             NULL, NULL,
                                             _("Three painful sessions in two weeks: please see "
                                               "a physio or GP before going on.")));
      else if (reds_7 >= 2)
        g_ptr_array_add (changes,
                         kw_plan_change_new (&log->date, KW_PLAN_CHANGE_PHASE_HOLD, NULL,
                                             NULL, NULL,
                                             _("Two painful sessions in a week: the phase is on "
                                               "hold. Please answer the safety questions again.")));
    }

  if (previous == NULL && first_log_of_week (self, log) &&
      kw_pain_model_pain_rising (self->logs, &log->date))
    g_ptr_array_add (changes,
                     kw_plan_change_new (&log->date, KW_PLAN_CHANGE_SEE_CLINICIAN, NULL, NULL, NULL,
                                         _("Your pain has gone up week after week: please see a "
                                           "physio or GP.")));

  return changes;
}

/**
 * kw_plan_get_alert:
 * @self: a #KwPlan
 * @today: today
 * @message: (out) (optional) (transfer none): what to tell the runner
 *
 * Two red sessions within 7 days hold the phase and ask the red-flag
 * questions again; three within 14 days, or pain rising week on week,
 * advise seeing a physio or GP.
 *
 * Returns: the alert
 */
KwPlanAlert
kw_plan_get_alert (KwPlan       *self,
                   const GDate  *today,
                   const char  **message)
{
  KwPlanAlert alert = KW_PLAN_ALERT_NONE;
  const char *text = NULL;

  g_return_val_if_fail (KW_IS_PLAN (self), KW_PLAN_ALERT_NONE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), KW_PLAN_ALERT_NONE);

  if (kw_pain_model_count_reds (self->logs, today, 14) >= 3)
    {
      alert = KW_PLAN_ALERT_SEE_CLINICIAN;
      text = _("Three painful sessions in two weeks. Please see a physio or GP before going on.");
    }
  else if (kw_pain_model_pain_rising (self->logs, today))
    {
      alert = KW_PLAN_ALERT_SEE_CLINICIAN;
      text = _("Your pain has gone up week after week. Please see a physio or GP.");
    }
  else if (kw_pain_model_count_reds (self->logs, today, 7) >= 2)
    {
      alert = KW_PLAN_ALERT_RECHECK_RED_FLAGS;
      text = _("Two painful sessions this week. The phase is on hold: please answer the "
               "safety questions again.");
    }

  if (message != NULL)
    *message = text;
  return alert;
}

/**
 * kw_plan_phase_test_ready:
 * @self: a #KwPlan
 * @today: today
 * @why_not: (out) (optional) (transfer full): if not, why, for the runner
 *
 * The phase test may be taken after two consecutive green weeks in the
 * current phase, with no alert, for a plan that is allowed to advance.
 *
 * Returns: whether the runner may take the phase test now
 */
gboolean
kw_plan_phase_test_ready (KwPlan       *self,
                          const GDate  *today,
                          char        **why_not)
{
  KwPhase phase;
  GDate week1, week2;
  const char *reason = NULL;
  guint min_sessions;

  g_return_val_if_fail (KW_IS_PLAN (self), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  phase = kw_plan_get_phase_on (self, today);
  monday_of (today, &week1);
  g_date_subtract_days (&week1, 7);
  week2 = week1;
  g_date_subtract_days (&week2, 7);
  min_sessions = MIN (2, self->prefs.days_per_week);

  if (kw_plan_get_phase (self) != phase)
    reason = _("The next phase is already unlocked; it starts on Monday.");
  else if (phase == KW_PHASE_LAST)
    reason = _("This is the last phase. Keep one or two strength sessions a week for at "
               "least three months.");
  else if (self->triage == KW_TRIAGE_SEE_CLINICIAN)
    reason = _("The plan stays in phase 1 until a physio or GP has seen your knee.");
  else if (kw_plan_get_alert (self, today, NULL) != KW_PLAN_ALERT_NONE)
    reason = _("Recent sessions were painful, so the phase is on hold.");
  else if (kw_plan_get_phase_on (self, &week2) != phase || g_date_compare (&week2, &self->start) < 0)
    reason = _("Two full weeks in this phase come first.");
  else if (!kw_pain_model_week_is_green (self->logs, &week2, min_sessions) ||
           !kw_pain_model_week_is_green (self->logs, &week1, min_sessions))
    reason = _("Two green weeks in a row come first: sessions done in full, pain at most "
               "3 out of 10, and no worse the next morning.");

  if (reason != NULL)
    {
      if (why_not != NULL)
        *why_not = g_strdup (reason);
      return FALSE;
    }

  return TRUE;
}

/* Moves on to the next phase from @today if it is a Monday, else from the
 * next Monday, so a week is always one phase. */
GPtrArray *
_kw_plan_advance_phase (KwPlan      *self,
                        const GDate *today)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func (g_object_unref);
  KwPhase next = kw_plan_get_phase (self) + 1;
  g_autofree char *reason = NULL;
  GDate from = *today;
  char buf[64];

  if (g_date_get_weekday (&from) != G_DATE_MONDAY)
    g_date_add_days (&from, 8 - g_date_get_weekday (&from));

  _kw_plan_set_phase (self, next, &from);

  /* Translators: a strftime format for a date in a sentence, e.g. "Monday 10 November" */
  g_date_strftime (buf, sizeof buf, _("%A %-d %B"), &from);
  /* Translators: phase number, phase name, then the day it starts */
  reason = g_strdup_printf (_("Two green weeks and the phase test passed: phase %d, %s, "
                              "starts %s."), (int) next, kw_phase_get_title (next), buf);
  g_ptr_array_add (changes, kw_plan_change_new (&from, KW_PLAN_CHANGE_PHASE_ADVANCE, NULL,
                                                NULL, NULL, reason));
  return changes;
}

/**
 * kw_plan_get_adherence:
 * @self: a #KwPlan
 * @from: the first day
 * @to: the last day
 * @planned: (out) (optional): sessions the plan scheduled in the range
 * @done: (out) (optional): sessions logged as done
 * @partial: (out) (optional): sessions logged as partly done
 * @skipped: (out) (optional): sessions logged as skipped
 *
 * For the Progress page: how much of the plan was done, read honestly
 * (a session never logged counts as planned only).
 */
void
kw_plan_get_adherence (KwPlan      *self,
                       const GDate *from,
                       const GDate *to,
                       guint       *planned,
                       guint       *done,
                       guint       *partial,
                       guint       *skipped)
{
  guint counts[3] = { 0, 0, 0 };
  guint n_planned = 0;
  GDate day;

  g_return_if_fail (KW_IS_PLAN (self));
  g_return_if_fail (from != NULL && g_date_valid (from));
  g_return_if_fail (to != NULL && g_date_valid (to));

  day = *from;
  if (g_date_compare (&day, &self->start) < 0)
    day = self->start;

  while (g_date_compare (&day, to) <= 0)
    {
      g_autoptr(KwPlanWeek) week = kw_plan_get_week (self, &day);

      for (guint i = g_date_get_weekday (&day) - G_DATE_MONDAY; i < 7; i++)
        {
          KwPlanDay *pd = kw_plan_week_get_day (week, i);

          if (g_date_compare (kw_plan_day_get_date (pd), to) > 0)
            break;
          n_planned += !kw_plan_day_is_rest (pd);
        }

      /* On to the next Monday. */
      g_date_add_days (&day, 8 - g_date_get_weekday (&day));
    }

  for (guint i = 0; i < self->logs->len; i++)
    {
      const KwPainLog *log = g_ptr_array_index (self->logs, i);

      if (g_date_compare (&log->date, from) >= 0 && g_date_compare (&log->date, to) <= 0)
        counts[log->status]++;
    }

  if (planned != NULL)
    *planned = n_planned;
  if (done != NULL)
    *done = counts[KW_SESSION_DONE];
  if (partial != NULL)
    *partial = counts[KW_SESSION_PARTIAL];
  if (skipped != NULL)
    *skipped = counts[KW_SESSION_SKIPPED];
}

/**
 * kw_plan_get_pending_check_in:
 * @self: a #KwPlan
 * @today: today
 *
 * The session whose next-morning check-in is still missing: done or
 * partly done yesterday or the day before. The Today page and the
 * reminders ask for it.
 *
 * Returns: (nullable): the session's log, or %NULL if nothing is pending
 */
const KwPainLog *
kw_plan_get_pending_check_in (KwPlan      *self,
                              const GDate *today)
{
  g_return_val_if_fail (KW_IS_PLAN (self), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  for (guint i = self->logs->len; i > 0; i--)
    {
      const KwPainLog *log = g_ptr_array_index (self->logs, i - 1);
      int ago = g_date_days_between (&log->date, today);

      if (ago > 2)
        break;
      if (ago >= 1 && log->status != KW_SESSION_SKIPPED && !kw_pain_log_has_morning (log))
        return log;
    }

  return NULL;
}
