/* kw-walk-run.c: the 10-level walk-run program and its pain rules
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Levels and rules from clinical.md section 7, pain zones for running from
 * section 6. The state is never stored: it is replayed from the logged runs
 * every time, so a corrected log entry corrects the plan too.
 */

#define G_LOG_DOMAIN "kw-walk-run"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kw-date.h"
#include "kw-store.h"
#include "kw-walk-run.h"

static const KwWalkRunLevel levels[KW_WALK_RUN_N_LEVELS] = {
  { 1, 6, 1, 4, 30 },
  { 2, 6, 2, 3, 30 },
  { 3, 6, 3, 2, 30 },
  { 4, 5, 4, 1, 25 },
  { 5, 4, 6, 1, 28 },
  { 6, 3, 8, 1, 27 },
  { 7, 2, 12, 1, 26 },
  { 8, 1, 20, 0, 20 },
  { 9, 1, 25, 0, 25 },
  { 10, 1, 30, 0, 30 },
};

/* Running is held to a stricter green than exercise (section 6). */
#define GREEN_MAX_PAIN 2
#define AMBER_MAX_PAIN 5

/**
 * kw_walk_run_get_level:
 * @level: 1 to %KW_WALK_RUN_N_LEVELS
 *
 * Returns: (nullable) (transfer none): the level, or %NULL if out of range
 */
const KwWalkRunLevel *
kw_walk_run_get_level (guint level)
{
  if (level < 1 || level > KW_WALK_RUN_N_LEVELS)
    return NULL;

  return &levels[level - 1];
}

/**
 * kw_walk_run_level_describe:
 *
 * Returns: (transfer full): the session in words, e.g.
 *   "6 × (run 1 min, walk 4 min), 30 min"
 */
char *
kw_walk_run_level_describe (guint level)
{
  const KwWalkRunLevel *l = kw_walk_run_get_level (level);

  g_return_val_if_fail (l != NULL, NULL);

  if (l->walk_min == 0)
    /* Translators: %u is minutes */
    return g_strdup_printf (_("Run %u min without stopping"), l->run_min);

  /* Translators: repeats × (run minutes, walk minutes), total minutes */
  return g_strdup_printf (_("%u × (run %u min, walk %u min), %u min"),
                          l->repeats, l->run_min, l->walk_min, l->total_min);
}

/**
 * kw_walk_run_get_intervals:
 *
 * The 5-minute brisk-walk warm-up, then the level's run and walk intervals,
 * ready for a timer.
 *
 * Returns: (transfer full) (element-type KwInterval): the intervals
 */
GArray *
kw_walk_run_get_intervals (guint level)
{
  const KwWalkRunLevel *l = kw_walk_run_get_level (level);
  GArray *intervals;
  KwInterval warm_up = { KW_INTERVAL_WARM_UP, KW_WALK_RUN_WARM_UP_MIN * 60 };

  g_return_val_if_fail (l != NULL, NULL);

  intervals = g_array_new (FALSE, FALSE, sizeof (KwInterval));
  g_array_append_val (intervals, warm_up);
  for (guint i = 0; i < l->repeats; i++)
    {
      KwInterval run = { KW_INTERVAL_RUN, l->run_min * 60 };
      KwInterval walk = { KW_INTERVAL_WALK, l->walk_min * 60 };

      g_array_append_val (intervals, run);
      if (l->walk_min > 0)
        g_array_append_val (intervals, walk);
    }

  return intervals;
}

guint
kw_intervals_total_seconds (const KwInterval *intervals,
                            guint             n_intervals)
{
  guint total = 0;

  g_return_val_if_fail (intervals != NULL || n_intervals == 0, 0);

  for (guint i = 0; i < n_intervals; i++)
    total += intervals[i].seconds;

  return total;
}

/**
 * kw_intervals_locate:
 * @elapsed_s: seconds since the session started (pauses excluded)
 * @index: (out): the interval running at @elapsed_s
 * @left_s: (out): seconds left in it
 *
 * Returns: %FALSE once the whole session is over
 */
gboolean
kw_intervals_locate (const KwInterval *intervals,
                     guint             n_intervals,
                     guint             elapsed_s,
                     guint            *index,
                     guint            *left_s)
{
  guint start = 0;

  g_return_val_if_fail (intervals != NULL || n_intervals == 0, FALSE);
  g_return_val_if_fail (index != NULL && left_s != NULL, FALSE);

  for (guint i = 0; i < n_intervals; i++)
    {
      if (elapsed_s < start + intervals[i].seconds)
        {
          *index = i;
          *left_s = start + intervals[i].seconds - elapsed_s;
          return TRUE;
        }
      start += intervals[i].seconds;
    }

  *index = n_intervals;
  *left_s = 0;
  return FALSE;
}

/**
 * kw_interval_kind_get_cue:
 *
 * Returns: the one-word cue shown large on the timer
 */
const char *
kw_interval_kind_get_cue (KwIntervalKind kind)
{
  switch (kind)
    {
    case KW_INTERVAL_WARM_UP:
      return _("Warm up");
    case KW_INTERVAL_RUN:
      return _("Run");
    case KW_INTERVAL_WALK:
      return _("Walk");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * kw_run_log_validate:
 *
 * Returns: %FALSE with a message naming the problem if @run cannot be saved
 */
gboolean
kw_run_log_validate (const KwRunLog  *run,
                     GError         **error)
{
  g_return_val_if_fail (run != NULL, FALSE);

  if (!g_date_valid (&run->date))
    {
      g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID,
                   _("The run has no valid date."));
      return FALSE;
    }
  if (run->level > KW_WALK_RUN_N_LEVELS)
    {
      g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID,
                   _("Level %u does not exist: the program has levels 1 to %d."),
                   run->level, KW_WALK_RUN_N_LEVELS);
      return FALSE;
    }
  if (run->pain_during < 0 || run->pain_during > 10)
    {
      g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID,
                   _("Pain is scored from 0 to 10; %d is outside that range."),
                   run->pain_during);
      return FALSE;
    }
  if ((guint) run->next_morning >= KW_NEXT_MORNING_N_VALUES)
    {
      g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID,
                   _("The next-morning answer is not one of the choices."));
      return FALSE;
    }
  /* A day has 86400 seconds; 500 km is further than anyone runs in one go. */
  if (run->duration_s == 0 || run->duration_s > 24 * 3600)
    {
      g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID,
                   _("A run lasts more than 0 minutes and less than a day."));
      return FALSE;
    }
  if (run->distance_m > 500 * 1000)
    {
      g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID,
                   _("%.1f km is too long for one run; check the distance."),
                   run->distance_m / 1000.0);
      return FALSE;
    }

  return TRUE;
}

/**
 * kw_run_zone:
 * @reason: (out) (optional) (transfer full): one line saying why
 *
 * Red wins over everything: pain above 5/10, worse the next morning (by 2
 * or more, or not settled by midday), new swelling, or a limp.
 *
 * Returns: the zone of @run
 */
KwRunZone
kw_run_zone (const KwRunLog  *run,
             char           **reason)
{
  KwRunZone zone;
  char *why;

  g_return_val_if_fail (run != NULL, KW_RUN_ZONE_PENDING);

  if (run->swelling)
    {
      zone = KW_RUN_ZONE_RED;
      why = g_strdup (_("Red: the knee swelled."));
    }
  else if (run->limp)
    {
      zone = KW_RUN_ZONE_RED;
      why = g_strdup (_("Red: you limped."));
    }
  else if (run->pain_during > AMBER_MAX_PAIN)
    {
      zone = KW_RUN_ZONE_RED;
      why = g_strdup_printf (_("Red: pain %d/10 while running is above 5/10."), run->pain_during);
    }
  else if (run->next_morning == KW_NEXT_MORNING_WORSE)
    {
      zone = KW_RUN_ZONE_RED;
      why = g_strdup (_("Red: the knee was worse the next morning."));
    }
  else if (run->pain_during > GREEN_MAX_PAIN)
    {
      zone = KW_RUN_ZONE_AMBER;
      why = g_strdup_printf (_("Amber: pain %d/10 while running is above 2/10."), run->pain_during);
    }
  else if (run->next_morning == KW_NEXT_MORNING_WORSE_SETTLED)
    {
      zone = KW_RUN_ZONE_AMBER;
      why = g_strdup (_("Amber: a little worse the next morning, settled by midday."));
    }
  else if (run->next_morning == KW_NEXT_MORNING_UNKNOWN)
    {
      zone = KW_RUN_ZONE_PENDING;
      why = g_strdup (_("Waiting for how the knee feels the next morning."));
    }
  else
    {
      zone = KW_RUN_ZONE_GREEN;
      why = g_strdup_printf (_("Green: pain %d/10 and no worse the next morning."),
                             run->pain_during);
    }

  /* Amber with the next morning still unknown may yet turn red. */
  if (zone == KW_RUN_ZONE_AMBER && run->next_morning == KW_NEXT_MORNING_UNKNOWN)
    {
      zone = KW_RUN_ZONE_PENDING;
      g_free (why);
      why = g_strdup_printf (_("Pain %d/10 while running: amber so far; waiting for the "
                               "next morning."), run->pain_during);
    }

  if (reason != NULL)
    *reason = why;
  else
    g_free (why);

  return zone;
}

const char *
kw_run_zone_get_label (KwRunZone zone)
{
  switch (zone)
    {
    case KW_RUN_ZONE_PENDING:
      return _("Waiting for next morning");
    case KW_RUN_ZONE_GREEN:
      return _("Green");
    case KW_RUN_ZONE_AMBER:
      return _("Amber");
    case KW_RUN_ZONE_RED:
      return _("Red");
    default:
      g_return_val_if_reached (NULL);
    }
}

static int
compare_runs (gconstpointer a,
              gconstpointer b)
{
  const KwRunLog *ra = *(const KwRunLog * const *) a;
  const KwRunLog *rb = *(const KwRunLog * const *) b;
  int c = g_date_compare (&ra->date, &rb->date);

  if (c != 0)
    return c;
  return ra->id < rb->id ? -1 : ra->id > rb->id;
}

/* Level-ups on the days from @day - 6 to @day. */
static guint
count_in_week (GArray      *days,
               const GDate *day)
{
  guint n = 0;

  for (guint i = 0; i < days->len; i++)
    {
      int d = g_date_days_between (&g_array_index (days, GDate, i), day);

      if (d >= 0 && d < 7)
        n++;
    }

  return n;
}

/* The first day an up-move is allowed: when the oldest of the last two
 * level-ups leaves the 7-day window. */
static GDate
level_up_allowed_from (GArray      *ups,
                       const GDate *day)
{
  GDate from = *day;

  while (count_in_week (ups, &from) >= KW_WALK_RUN_MAX_LEVEL_UPS_PER_7_DAYS)
    g_date_add_days (&from, 1);

  return from;
}

/**
 * kw_walk_run_compute:
 * @unlocked_on: (nullable): the day the readiness checklist passed, or
 *   %NULL while it has not
 * @runs: (array length=n_runs): every logged run, in any order
 * @today: the local date now
 * @state: (out caller-allocates): where the runner stands; free with
 *   kw_walk_run_state_clear()
 *
 * Replays the runs since @unlocked_on through the rules: a level done twice
 * green moves up, at most two levels in any 7 days; amber (or a run whose
 * next morning was never told) repeats; red drops a level and keeps the
 * runner off running for 48 hours; swelling, or a second red since the
 * program was unlocked, stops the program for a re-screen.
 */
void
kw_walk_run_compute (const GDate    *unlocked_on,
                     const KwRunLog *runs,
                     guint           n_runs,
                     const GDate    *today,
                     KwWalkRunState *state)
{
  g_autoptr(GPtrArray) sorted = NULL;
  g_autoptr(GArray) ups = g_array_new (FALSE, FALSE, sizeof (GDate));
  g_autofree char *last_zone_reason = NULL;
  g_autofree char *when = NULL;
  const KwRunLog *last = NULL;
  const KwRunLog *stop_run = NULL;
  gboolean eligible_up = FALSE;
  gboolean complete = FALSE;
  KwRunZone last_zone = KW_RUN_ZONE_PENDING;
  GDate off_until;
  GDate next;

  g_return_if_fail (runs != NULL || n_runs == 0);
  g_return_if_fail (today != NULL && g_date_valid (today));
  g_return_if_fail (state != NULL);

  memset (state, 0, sizeof *state);
  g_date_clear (&state->next_date, 1);
  g_date_clear (&off_until, 1);
  state->level = 1;

  if (unlocked_on == NULL || !g_date_valid (unlocked_on))
    {
      state->stage = KW_WALK_RUN_LOCKED;
      state->reason = g_strdup (_("Locked until every readiness test has passed."));
      return;
    }

  sorted = g_ptr_array_new ();
  for (guint i = 0; i < n_runs; i++)
    if (g_date_compare (&runs[i].date, unlocked_on) >= 0)
      g_ptr_array_add (sorted, (gpointer) &runs[i]);
  g_ptr_array_sort (sorted, compare_runs);

  for (guint i = 0; i < sorted->len && stop_run == NULL; i++)
    {
      const KwRunLog *run = g_ptr_array_index (sorted, i);
      guint ran = run->level == 0 ? KW_WALK_RUN_N_LEVELS : run->level;

      /* The planned level for this day; running more than that does not
       * earn more than it. */
      if (eligible_up && !complete && ran > state->level &&
          count_in_week (ups, &run->date) < KW_WALK_RUN_MAX_LEVEL_UPS_PER_7_DAYS)
        {
          state->level++;
          state->greens = 0;
          eligible_up = FALSE;
          g_array_append_val (ups, run->date);
        }

      g_clear_pointer (&last_zone_reason, g_free);
      last_zone = kw_run_zone (run, &last_zone_reason);
      last = run;

      switch (last_zone)
        {
        case KW_RUN_ZONE_GREEN:
          if (ran >= state->level && !complete)
            {
              state->greens++;
              if (state->greens >= KW_WALK_RUN_GREENS_TO_MOVE_UP)
                {
                  if (state->level == KW_WALK_RUN_N_LEVELS)
                    complete = TRUE;
                  else
                    eligible_up = TRUE;
                }
            }
          break;

        case KW_RUN_ZONE_RED:
          state->n_reds++;
          if (run->swelling || state->n_reds >= 2)
            {
              stop_run = run;
              break;
            }
          /* After the program a red run puts the runner back on level 10. */
          if (!complete)
            state->level = MAX (1, state->level - 1);
          complete = FALSE;
          state->greens = 0;
          eligible_up = FALSE;
          off_until = kw_date_plus_days (&run->date, KW_WALK_RUN_DAYS_AFTER_RED);
          break;

        case KW_RUN_ZONE_AMBER:
        case KW_RUN_ZONE_PENDING:
        default:
          break;
        }
    }

  if (stop_run != NULL)
    {
      g_autofree char *day = kw_date_format (&stop_run->date);

      state->stage = KW_WALK_RUN_STOPPED;
      if (stop_run->swelling)
        /* Translators: %s is a date */
        state->reason = g_strdup_printf (_("Stopped: the knee swelled after the run on %s. "
                                           "Answer the warning-sign questions again and "
                                           "pass the readiness tests before running."), day);
      else
        state->reason = g_strdup_printf (_("Stopped: a second red run on %s. Answer the "
                                           "warning-sign questions again and pass the "
                                           "readiness tests before running."), day);
      return;
    }

  /* The next session: every other day, after any 48 hours off, and never a
   * fifth session in 7 days. */
  next = *today;
  if (g_date_compare (&next, unlocked_on) < 0)
    next = *unlocked_on;
  if (last != NULL)
    {
      GDate gap = kw_date_plus_days (&last->date, KW_WALK_RUN_MIN_GAP_DAYS);

      if (g_date_compare (&next, &gap) < 0)
        next = gap;
    }
  if (g_date_valid (&off_until) && g_date_compare (&next, &off_until) < 0)
    next = off_until;
  for (;;)
    {
      guint n = 0;

      for (guint i = 0; i < sorted->len; i++)
        {
          const KwRunLog *run = g_ptr_array_index (sorted, i);
          int d = g_date_days_between (&run->date, &next);

          if (d > 0 && d < 7)
            n++;
        }
      if (n < KW_WALK_RUN_MAX_PER_7_DAYS)
        break;
      g_date_add_days (&next, 1);
    }
  state->next_date = next;
  when = kw_date_format (&next);

  if (complete)
    {
      state->stage = KW_WALK_RUN_COMPLETE;
      state->level = KW_WALK_RUN_N_LEVELS;
      /* xgettext:no-c-format */
      state->reason = g_strdup (_("Walk-run program done. Keep each run within 10% of your "
                                  "longest run of the last 30 days; add hills, speed or "
                                  "trails only after 2 pain-free weeks, one at a time."));
      return;
    }

  state->stage = KW_WALK_RUN_ACTIVE;

  if (last != NULL && last_zone == KW_RUN_ZONE_PENDING)
    {
      g_autofree char *day = kw_date_format (&last->date);

      state->waiting_next_morning = TRUE;
      /* Translators: %s is a date */
      state->reason = g_strdup_printf (_("How did the knee feel the morning after the run "
                                         "on %s? Tell the app before the next session."),
                                       day);
    }
  else if (eligible_up)
    {
      /* With at most 4 sessions in 7 days this hold cannot bind today (two
       * level-ups take four sessions); it stays for when that cap is tuned. */
      GDate from = level_up_allowed_from (ups, &next);

      if (g_date_compare (&from, &next) == 0)
        {
          state->level++;
          state->greens = 0;
          /* Translators: %u is a level, %s a date */
          state->reason = g_strdup_printf (_("Two green sessions: move up to level %u on %s."),
                                           state->level, when);
        }
      else
        {
          g_autofree char *from_day = kw_date_format (&from);

          state->reason = g_strdup_printf (_("Two levels up in the last 7 days already: "
                                             "repeat level %u on %s; level %u from %s."),
                                           state->level, when, state->level + 1, from_day);
        }
    }
  else if (last == NULL)
    state->reason = g_strdup_printf (_("Start with level 1 on %s."), when);
  else if (last_zone == KW_RUN_ZONE_RED)
    state->reason = g_strdup_printf (_("%s Back to level %u: no running for 48 hours, "
                                       "next run on %s."),
                                     last_zone_reason, state->level, when);
  else if (last_zone == KW_RUN_ZONE_AMBER)
    state->reason = g_strdup_printf (_("%s Repeat level %u on %s."),
                                     last_zone_reason, state->level, when);
  else
    {
      guint more = KW_WALK_RUN_GREENS_TO_MOVE_UP - MIN (state->greens,
                                                        KW_WALK_RUN_GREENS_TO_MOVE_UP - 1);

      /* Translators: the first %s says how the last run went; %u green
       * sessions, %u a level, the last %s a date */
      state->reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "%s %u more green session at level %u "
                                                    "before moving up; next on %s.",
                                                    "%s %u more green sessions at level %u "
                                                    "before moving up; next on %s.",
                                                    more),
                                       last_zone_reason, more, state->level, when);
    }
}

void
kw_walk_run_state_clear (KwWalkRunState *state)
{
  g_return_if_fail (state != NULL);

  g_clear_pointer (&state->reason, g_free);
}
