/* kw-load-guard.c: no load spikes after the walk-run program
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * clinical.md section 7. What predicted injury in 5,205 runners was a
 * single run longer than the longest of the last 30 days (more than 10%
 * longer: hazard ratio 1.64; more than 100%: 2.28), not week-to-week
 * ratios (Garmin-RUNSAFE, BJSM 2025 [C]). So the single-run check warns, and
 * weekly growth is shown against the 10% convention [E].
 *
 * All comparisons are in whole metres and whole percent, so exactly +10%
 * is allowed and one metre more is not.
 */

#define G_LOG_DOMAIN "kw-load-guard"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kw-date.h"
#include "kw-load-guard.h"

#define RUNSAFE_SOURCE "Garmin-RUNSAFE, BJSM 2025 [C]"

/**
 * kw_format_distance:
 *
 * Returns: (transfer full): "5.2 km" in the current locale
 */
char *
kw_format_distance (guint distance_m)
{
  /* Translators: a distance in kilometres */
  return g_strdup_printf (_("%.1f km"), distance_m / 1000.0);
}

/**
 * kw_load_guard_check_run:
 * @runs: (array length=n_runs): the logged runs
 * @date: the day of the run being checked
 * @distance_m: its distance
 * @exclude_id: the id of the run being checked if it is already logged, or 0
 * @check: (out caller-allocates): the result; free with kw_run_check_clear()
 *
 * Compares a planned or logged run with the longest run on the 30 days
 * before @date (and earlier the same day).
 */
void
kw_load_guard_check_run (const KwRunLog *runs,
                         guint           n_runs,
                         const GDate    *date,
                         guint           distance_m,
                         gint64          exclude_id,
                         KwRunCheck     *check)
{
  g_autofree char *distance = NULL;
  g_autofree char *longest = NULL;
  g_autofree char *limit = NULL;

  g_return_if_fail (runs != NULL || n_runs == 0);
  g_return_if_fail (date != NULL && g_date_valid (date));
  g_return_if_fail (check != NULL);

  memset (check, 0, sizeof *check);
  check->source = RUNSAFE_SOURCE;

  for (guint i = 0; i < n_runs; i++)
    {
      int d = g_date_days_between (&runs[i].date, date);

      if (exclude_id != 0 && runs[i].id == exclude_id)
        continue;
      if (d < 0 || d > KW_LOAD_GUARD_WINDOW_DAYS || runs[i].distance_m == 0)
        continue;
      check->has_basis = TRUE;
      check->longest_m = MAX (check->longest_m, runs[i].distance_m);
    }

  distance = kw_format_distance (distance_m);

  if (!check->has_basis)
    {
      /* Translators: %s is a distance */
      check->reason = g_strdup_printf (_("No run with a distance in the last 30 days to "
                                         "compare %s with: build up through the walk-run "
                                         "levels and log distances."), distance);
      return;
    }

  check->limit_m = (guint) (((guint64) check->longest_m * (100 + KW_LOAD_GUARD_MAX_SPIKE_PERCENT))
                            / 100);
  check->warn = (guint64) distance_m * 100 >
                (guint64) check->longest_m * (100 + KW_LOAD_GUARD_MAX_SPIKE_PERCENT);
  longest = kw_format_distance (check->longest_m);
  /* Shown rounded down to 100 m, so the advice itself is never over the limit. */
  limit = kw_format_distance (check->limit_m / 100 * 100);

  if (check->warn)
    /* Translators: distances; the last %s is the source of the rule */
    check->reason = g_strdup_printf (_("%s is more than 10%% longer than your longest run of "
                                       "the last 30 days (%s): runs like that raised injury "
                                       "risk. Keep it to %s or less (%s)."),
                                     distance, longest, limit, RUNSAFE_SOURCE);
  else
    check->reason = g_strdup_printf (_("%s is within 10%% of your longest run of the last "
                                       "30 days (%s): fine."),
                                     distance, longest);
}

void
kw_run_check_clear (KwRunCheck *check)
{
  g_return_if_fail (check != NULL);

  g_clear_pointer (&check->reason, g_free);
}

/**
 * kw_load_guard_weekly:
 * @today: the day asked about
 * @load: (out caller-allocates): this week (Monday to @today) against all
 *   of last week; free with kw_weekly_load_clear()
 */
void
kw_load_guard_weekly (const KwRunLog *runs,
                      guint           n_runs,
                      const GDate    *today,
                      KwWeeklyLoad   *load)
{
  g_autofree char *this_week = NULL;
  g_autofree char *last_week = NULL;

  g_return_if_fail (runs != NULL || n_runs == 0);
  g_return_if_fail (today != NULL && g_date_valid (today));
  g_return_if_fail (load != NULL);

  memset (load, 0, sizeof *load);
  load->week_start = *today;
  g_date_subtract_days (&load->week_start, g_date_get_weekday (today) - G_DATE_MONDAY);

  for (guint i = 0; i < n_runs; i++)
    {
      int d = g_date_days_between (&load->week_start, &runs[i].date);

      if (d >= 0 && g_date_compare (&runs[i].date, today) <= 0)
        load->this_week_m += runs[i].distance_m;
      else if (d >= -7 && d < 0)
        load->last_week_m += runs[i].distance_m;
    }

  this_week = kw_format_distance (load->this_week_m);
  last_week = kw_format_distance (load->last_week_m);
  load->has_basis = load->last_week_m > 0;

  if (!load->has_basis)
    {
      /* Translators: %s is a distance */
      load->reason = g_strdup_printf (_("%s this week; no distance last week to compare "
                                        "with."), this_week);
      return;
    }

  load->growth_percent = 100.0 * ((double) load->this_week_m - load->last_week_m) /
                         load->last_week_m;
  load->warn = (guint64) load->this_week_m * 100 >
               (guint64) load->last_week_m * (100 + KW_LOAD_GUARD_MAX_WEEKLY_PERCENT);

  if (load->warn)
    /* Translators: distances and a percentage; %% is a percent sign */
    load->reason = g_strdup_printf (_("%s this week against %s last week: %+.1f%%, more than "
                                      "the usual 10%% a week. Fast build-ups were linked to "
                                      "knee injuries (Nielsen 2014)."),
                                    this_week, last_week, load->growth_percent);
  else
    load->reason = g_strdup_printf (_("%s this week against %s last week: %+.1f%%, not more "
                                      "than 10%% up."),
                                    this_week, last_week, load->growth_percent);
}

void
kw_weekly_load_clear (KwWeeklyLoad *load)
{
  g_return_if_fail (load != NULL);

  g_clear_pointer (&load->reason, g_free);
}
