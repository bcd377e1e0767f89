/* kw-pain-model.c: the pain-monitoring model and progression engine
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * clinical.md section 6 (Silbernagel 2007; Thomeé 1997; app defaults [D]):
 * green progresses one variable (reps to the top of the range, then sets
 * 2→3→4, then load or a harder step; holds +5 s up to their maximum, then
 * load), amber repeats, red steps back for 48 hours. Progress at most once
 * a week per exercise, and never on a skipped or partial session.
 */

#define G_LOG_DOMAIN "kw-pain-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kw-pain-model.h"

#define MAX_PROGRESS_SETS 4
#define REPS_STEP 2
#define HOLD_STEP_S 5
#define DEFAULT_MAX_HOLD_S 45
#define MIN_HOLD_S 10

static char *
describe_level (const KwExercise *exercise,
                guint             level)
{
  if (level == 0)
    return g_strdup (_("the basic exercise"));
  return g_strdup (kw_exercise_get_progression (exercise, level - 1));
}

/**
 * kw_pain_model_progress_dose:
 * @exercise: the exercise
 * @dose: its current dose
 * @next: (out caller-allocates): the dose one step up
 * @what: (out) (optional) (transfer full): what changed, for the reason line
 *   ("3 sets", "35 s holds")
 *
 * One variable at a time: reps to the top of the range, then sets, then the
 * next harder step (load, range or speed); holds lengthen by 5 s up to the
 * exercise's maximum, then the harder step.
 *
 * Returns: %FALSE if the exercise is at its top step (@next is @dose)
 */
gboolean
kw_pain_model_progress_dose (const KwExercise *exercise,
                             const KwDose     *dose,
                             KwDose           *next,
                             char            **what)
{
  guint n_levels;
  guint reps_min, reps_max;
  char *text = NULL;

  g_return_val_if_fail (exercise != NULL, FALSE);
  g_return_val_if_fail (dose != NULL, FALSE);
  g_return_val_if_fail (next != NULL, FALSE);

  *next = *dose;
  n_levels = kw_exercise_get_n_progressions (exercise);
  kw_exercise_get_rep_range (exercise, &reps_min, &reps_max);

  if (kw_exercise_get_level_reps (exercise, 0) > 0 && dose->reps > 0)
    {
      /* Heavy slow resistance: heavier each step, fewer repetitions. */
      if (dose->level < n_levels && kw_exercise_get_level_reps (exercise, dose->level + 1) > 0)
        {
          next->level = dose->level + 1;
          next->reps = kw_exercise_get_level_reps (exercise, next->level);
          text = describe_level (exercise, next->level);
        }
    }
  else if (dose->hold_s > 0)
    {
      guint max_hold = kw_exercise_get_max_hold (exercise);

      if (max_hold == 0)
        max_hold = DEFAULT_MAX_HOLD_S;
      if (dose->hold_s < max_hold)
        {
          next->hold_s = MIN (dose->hold_s + HOLD_STEP_S, max_hold);
          /* Translators: the new length of each hold */
          text = g_strdup_printf (_("%u s holds"), next->hold_s);
        }
      else if (dose->level < n_levels)
        {
          next->level = dose->level + 1;
          text = describe_level (exercise, next->level);
        }
    }
  else if (dose->distance_m > 0)
    {
      if (dose->level < n_levels)
        {
          next->level = dose->level + 1;
          text = describe_level (exercise, next->level);
        }
    }
  else
    {
      if (reps_max == 0)
        reps_min = reps_max = dose->reps;

      if (dose->reps < reps_max)
        {
          next->reps = MIN (dose->reps + REPS_STEP, reps_max);
          /* Translators: the new number of repetitions in each set */
          text = g_strdup_printf (_("%u repetitions"), next->reps);
        }
      else if (dose->sets < MAX_PROGRESS_SETS)
        {
          next->sets = dose->sets + 1;
          /* Translators: the new number of sets */
          text = g_strdup_printf (_("%u sets"), next->sets);
        }
      else if (dose->level < n_levels)
        {
          g_autofree char *step = NULL;

          /* A harder step starts again at the bottom of the range. */
          next->level = dose->level + 1;
          next->reps = reps_min;
          step = describe_level (exercise, next->level);
          /* Translators: a harder version of the exercise, then the repetitions */
          text = g_strdup_printf (_("%s, %u repetitions"), step, next->reps);
        }
    }

  if (text == NULL)
    return FALSE;

  if (what != NULL)
    *what = text;
  else
    g_free (text);
  return TRUE;
}

/**
 * kw_pain_model_step_back_dose:
 * @exercise: the exercise
 * @dose: its current dose
 * @next: (out caller-allocates): the dose one step back
 * @what: (out) (optional) (transfer full): what changed, for the reason line
 *
 * Back one harder step if there is one; otherwise a quarter to half less
 * volume: shorter holds, or a set fewer, or fewer repetitions.
 *
 * Returns: %FALSE if there is nothing left to take away
 */
gboolean
kw_pain_model_step_back_dose (const KwExercise *exercise,
                              const KwDose     *dose,
                              KwDose           *next,
                              char            **what)
{
  char *text = NULL;

  g_return_val_if_fail (exercise != NULL, FALSE);
  g_return_val_if_fail (dose != NULL, FALSE);
  g_return_val_if_fail (next != NULL, FALSE);

  *next = *dose;

  if (dose->level > 0)
    {
      next->level = dose->level - 1;
      if (kw_exercise_get_level_reps (exercise, next->level) > 0 && dose->reps > 0)
        next->reps = kw_exercise_get_level_reps (exercise, next->level);
      text = describe_level (exercise, next->level);
    }
  else if (dose->hold_s > MIN_HOLD_S)
    {
      /* About 30% shorter, in whole 5 s. */
      next->hold_s = MAX (MIN_HOLD_S, (dose->hold_s * 7 / 10) / 5 * 5);
      text = g_strdup_printf (_("%u s holds"), next->hold_s);
    }
  else if (dose->sets > 1)
    {
      next->sets = dose->sets - 1;
      text = g_strdup_printf (_("%u sets"), next->sets);
    }
  else if (dose->reps > 1)
    {
      next->reps = MAX (1, dose->reps * 2 / 3);
      text = g_strdup_printf (_("%u repetitions"), next->reps);
    }

  if (text == NULL)
    return FALSE;

  if (what != NULL)
    *what = text;
  else
    g_free (text);
  return TRUE;
}

static char *
red_cause (const KwPainLog *log)
{
  if (log->limp)
    return g_strdup (_("You limped"));
  if (log->swelling == KW_SWELLING_MORE)
    return g_strdup (_("More swelling"));
  if (log->pain_during > 5)
    /* Translators: worst pain during the session, out of 10 */
    return g_strdup_printf (_("Pain %d/10 during the session"), log->pain_during);
  if (kw_pain_log_has_morning (log) && log->morning - log->baseline >= 2)
    /* Translators: next-morning pain out of 10, then how much above the usual */
    return g_strdup_printf (_("Pain %d/10 the next morning, %d above your usual"),
                            log->morning, log->morning - log->baseline);
  return g_strdup (_("Next-morning pain did not settle by midday"));
}

static char *
amber_cause (const KwPainLog *log)
{
  if (kw_pain_log_has_morning (log) && log->morning - log->baseline == 1 &&
      log->pain_during <= (log->running ? 2 : 3))
    return g_strdup (_("A little more pain than usual the next morning"));
  return g_strdup_printf (_("Pain %d/10 during the session"), log->pain_during);
}

/**
 * kw_pain_model_decide:
 * @exercise: the exercise
 * @current: its dose in the logged session
 * @log: the session's log; its zone must be known
 * @last_progress: (nullable): when the exercise last stepped up
 * @next: (out caller-allocates): the dose for next time
 *
 * Progress, hold or step back for one exercise after one session, with
 * the one-line reason. A partial or skipped session never progresses.
 *
 * Returns: (transfer full): the decision
 */
KwPlanChange *
kw_pain_model_decide (const KwExercise *exercise,
                      const KwDose     *current,
                      const KwPainLog  *log,
                      const GDate      *last_progress,
                      KwDose           *next)
{
  KwPainZone zone;
  g_autofree char *what = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *cause = NULL;
  const char *id;
  KwPlanChangeKind kind;

  g_return_val_if_fail (exercise != NULL, NULL);
  g_return_val_if_fail (current != NULL, NULL);
  g_return_val_if_fail (log != NULL, NULL);
  g_return_val_if_fail (next != NULL, NULL);

  id = kw_exercise_get_id (exercise);
  zone = kw_pain_log_get_zone (log);
  *next = *current;

  if (zone == KW_PAIN_ZONE_RED)
    {
      cause = red_cause (log);
      if (kw_pain_model_step_back_dose (exercise, current, next, &what))
        {
          kind = KW_PLAN_CHANGE_STEP_BACK;
          if (next->level != current->level)
            /* Translators: a cause such as "Pain 7/10 during the session", then an easier
             * version of the exercise, as a phrase of its own */
            reason = g_strdup_printf (_("%s. For the next 48 hours: %s."), cause, what);
          else
            /* Translators: a cause such as "Pain 7/10 during the session", then the easier dose */
            reason = g_strdup_printf (_("%s: %s for the next 48 hours."), cause, what);
        }
      else
        {
          kind = KW_PLAN_CHANGE_HOLD;
          reason = g_strdup_printf (_("%s: keep this as easy as it is, and rest it for 48 hours "
                                      "if it hurts."), cause);
        }
    }
  else if (log->status != KW_SESSION_DONE)
    {
      kind = KW_PLAN_CHANGE_HOLD;
      reason = g_strdup (log->status == KW_SESSION_SKIPPED
                           ? _("Session skipped: same dose next time.")
                           : _("Session partly done: same dose next time."));
    }
  else if (zone == KW_PAIN_ZONE_AMBER)
    {
      cause = amber_cause (log);
      kind = KW_PLAN_CHANGE_HOLD;
      reason = g_strdup_printf (_("%s: same dose next time."), cause);
    }
  else if (zone == KW_PAIN_ZONE_GREEN)
    {
      int days = KW_PAIN_MODEL_DAYS_BETWEEN_PROGRESS;

      if (last_progress != NULL && g_date_valid (last_progress))
        days = g_date_days_between (last_progress, &log->date);

      if (days < KW_PAIN_MODEL_DAYS_BETWEEN_PROGRESS)
        {
          kind = KW_PLAN_CHANGE_HOLD;
          reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "Pain %d/10 and settled by morning, but it stepped "
                                                 "up %d day ago: one step a week, same dose.",
                                                 "Pain %d/10 and settled by morning, but it stepped "
                                                 "up %d days ago: one step a week, same dose.",
                                                 days),
                                    log->pain_during, days);
        }
      else if (kw_pain_model_progress_dose (exercise, current, next, &what))
        {
          kind = KW_PLAN_CHANGE_PROGRESS;
          if (next->level != current->level)
            /* Translators: pain out of 10, then a harder version of the exercise, as a
             * phrase of its own ("1 kg ankle weight") */
            reason = g_strdup_printf (_("Pain %d/10 and settled by morning. Next time: %s."),
                                      log->pain_during, what);
          else
            /* Translators: pain out of 10, then the new dose ("3 sets") */
            reason = g_strdup_printf (_("Pain %d/10 and settled by morning: %s next time."),
                                      log->pain_during, what);
        }
      else
        {
          kind = KW_PLAN_CHANGE_HOLD;
          reason = g_strdup_printf (_("Pain %d/10 and settled by morning: this is the hardest "
                                      "step of this exercise, so keep it there."),
                                    log->pain_during);
        }
    }
  else
    {
      kind = KW_PLAN_CHANGE_HOLD;
      reason = g_strdup (_("No next-morning check-in: same dose next time."));
    }

  return kw_plan_change_new (&log->date, kind, id, current, next, reason);
}

static gboolean
log_in_window (const KwPainLog *log,
               const GDate     *today,
               guint            days)
{
  int ago = g_date_days_between (&log->date, today);

  return ago >= 0 && ago < (int) days;
}

/**
 * kw_pain_model_count_reds:
 * @logs: (element-type KwPainLog): session logs
 * @today: the last day of the window
 * @days: the window, today included (7 or 14)
 *
 * Returns: how many red sessions fall in the window
 */
guint
kw_pain_model_count_reds (GPtrArray   *logs,
                          const GDate *today,
                          guint        days)
{
  guint n = 0;

  g_return_val_if_fail (logs != NULL, 0);
  g_return_val_if_fail (today != NULL, 0);

  for (guint i = 0; i < logs->len; i++)
    {
      const KwPainLog *log = g_ptr_array_index (logs, i);

      if (log_in_window (log, today, days) && kw_pain_log_get_zone (log) == KW_PAIN_ZONE_RED)
        n++;
    }

  return n;
}

/* Mean worst pain of the sessions done (fully or partly) in a Monday week. */
static gboolean
week_mean_pain (GPtrArray   *logs,
                const GDate *monday,
                double      *mean)
{
  int sum = 0;
  guint n = 0;

  for (guint i = 0; i < logs->len; i++)
    {
      const KwPainLog *log = g_ptr_array_index (logs, i);
      int offset = g_date_days_between (monday, &log->date);

      if (offset >= 0 && offset < 7 && log->status != KW_SESSION_SKIPPED &&
          log->pain_during >= 0)
        {
          sum += log->pain_during;
          n++;
        }
    }

  if (n == 0)
    return FALSE;
  *mean = (double) sum / n;
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
 * kw_pain_model_pain_rising:
 * @logs: (element-type KwPainLog): session logs
 * @today: today
 *
 * Pain rising week on week: the mean pain of this week is above last
 * week's, which was above the week before's.
 *
 * Returns: whether pain has risen two weeks running
 */
gboolean
kw_pain_model_pain_rising (GPtrArray   *logs,
                           const GDate *today)
{
  GDate monday;
  double mean[3];

  g_return_val_if_fail (logs != NULL, FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  monday_of (today, &monday);
  g_date_subtract_days (&monday, 14);
  for (guint w = 0; w < 3; w++)
    {
      if (!week_mean_pain (logs, &monday, &mean[w]))
        return FALSE;
      g_date_add_days (&monday, 7);
    }

  return mean[1] > mean[0] && mean[2] > mean[1];
}

/**
 * kw_pain_model_week_is_green:
 * @logs: (element-type KwPainLog): session logs
 * @monday: the week
 * @min_sessions: how many green sessions the week needs
 *
 * A green week has at least @min_sessions fully done green sessions and no
 * amber, red or partial one. Skipped sessions don't count either way.
 *
 * Returns: whether the week is green
 */
gboolean
kw_pain_model_week_is_green (GPtrArray   *logs,
                             const GDate *monday,
                             guint        min_sessions)
{
  guint green = 0;

  g_return_val_if_fail (logs != NULL, FALSE);
  g_return_val_if_fail (monday != NULL, FALSE);

  for (guint i = 0; i < logs->len; i++)
    {
      const KwPainLog *log = g_ptr_array_index (logs, i);
      int offset = g_date_days_between (monday, &log->date);
      KwPainZone zone;

      if (offset < 0 || offset >= 7 || log->status == KW_SESSION_SKIPPED)
        continue;
      if (log->status == KW_SESSION_PARTIAL)
        return FALSE;

      zone = kw_pain_log_get_zone (log);
      if (zone == KW_PAIN_ZONE_AMBER || zone == KW_PAIN_ZONE_RED)
        return FALSE;
      if (zone == KW_PAIN_ZONE_GREEN)
        green++;
    }

  return green >= MAX (min_sessions, 1);
}
