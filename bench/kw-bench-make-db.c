/* kw-bench-make-db.c: a user database holding ten years of daily use
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The start-up and query benchmarks need the data of someone who has used
 * Kneewise every day for years. It is written through the core API, the way
 * the app writes it, so it holds what the app would: one session log a day
 * with the next-morning answers, the plan changes the pain model made from
 * them, the reminder rules and a reminder fired (and mostly done) each day.
 * A fixed seed makes every run write the same pain figures.
 *
 *   kw-bench-make-db PATH [YEARS]
 *
 * PATH must not exist yet. The last day logged is today.
 */

#define G_LOG_DOMAIN "kw-bench-make-db"

#include "config.h"

#include <stdio.h>
#include <glib/gstdio.h>

#include "kw-plan.h"
#include "kw-reminder-store.h"
#include "kw-schedule.h"

static int
pain_for_day (GRand *rand,
              guint  i)
{
  int r = g_rand_int_range (rand, 0, 100);

  /* Mostly quiet days, some sore ones and a bad day now and then, with a
   * slow wave (a flare-up every few months) so the chart is not flat. */
  if (r < 3)
    return 6 + g_rand_int_range (rand, 0, 3);
  if (r < 15 || (i % 120) < 10)
    return 3 + g_rand_int_range (rand, 0, 3);
  return g_rand_int_range (rand, 0, 3);
}

static void
add_reminders (KwStore *store,
               gint64   now)
{
  g_autoptr(KwReminderRule) session = NULL;
  g_autoptr(KwReminderRule) morning = NULL;
  g_autoptr(GError) error = NULL;

  session = kw_reminder_rule_new_weekly (KW_REMINDER_KIND_EXERCISE_SESSION, 18, 30,
                                         KW_WEEKDAYS_ALL, "today:session");
  morning = kw_reminder_rule_new_weekly (KW_REMINDER_KIND_MORNING_CHECK_IN, 8, 0,
                                         KW_WEEKDAYS_ALL, "today:check-in");
  if (!kw_reminder_store_add_rule (store, KW_REMINDER_SOURCE_USER, session, now, &error) ||
      !kw_reminder_store_add_rule (store, KW_REMINDER_SOURCE_USER, morning, now, &error))
    g_error ("adding reminder rules: %s", error->message);
}

/* One fired reminder a day for each rule, as if the service had run all
 * along; four days in five the runner marked it done. */
static guint
fire_reminders (KwStore     *store,
                GTimeZone   *tz,
                const GDate *first,
                guint        n_days)
{
  g_autoptr(GPtrArray) rules = NULL;
  g_autoptr(GError) error = NULL;
  guint n_fired = 0;

  if (!(rules = kw_reminder_store_list_rules (store, &error)))
    g_error ("listing reminder rules: %s", error->message);

  for (guint r = 0; r < rules->len; r++)
    {
      const KwReminderRule *rule = g_ptr_array_index (rules, r);
      GDate day = *first;

      for (guint i = 0; i < n_days; i++, g_date_add_days (&day, 1))
        {
          KwScheduleDue due = { 0 };
          gint64 at = kw_schedule_local_instant (tz, g_date_get_year (&day),
                                                 g_date_get_month (&day),
                                                 g_date_get_day (&day),
                                                 rule->hour, rule->minute);
          gint64 fired_id = 0;

          due.rule = kw_reminder_rule_copy (rule);
          due.occurrence = at;
          due.fire_time = at;
          due.n_occurrences = 1;
          if (!kw_reminder_store_record_fired (store, &due, tz, at, &fired_id, &error))
            g_error ("recording a fired reminder: %s", error->message);
          kw_reminder_rule_free (due.rule);
          if (fired_id != 0)
            n_fired++;
          if (fired_id != 0 && i % 5 != 0 &&
              !kw_reminder_store_mark_done (store, fired_id, tz, at + 600, &error))
            g_error ("marking a reminder done: %s", error->message);
        }
    }

  return n_fired;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KwStore) store = NULL;
  g_autoptr(KwPlanPrefs) prefs = NULL;
  g_autoptr(KwPlan) plan = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261203);
  g_autoptr(GTimeZone) tz = kw_schedule_dup_local_timezone ();
  guint years, n_days, n_logs = 0, n_fired;
  GDate today, start, day;
  gint64 t0 = g_get_monotonic_time ();

  if (argc < 2 || argc > 3)
    {
      fprintf (stderr, "Usage: %s PATH [YEARS]\n", argv[0]);
      return 2;
    }
  if (g_file_test (argv[1], G_FILE_TEST_EXISTS))
    {
      fprintf (stderr, "%s: %s exists already\n", argv[0], argv[1]);
      return 2;
    }
  years = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : 10;
  years = CLAMP (years, 1, 50);
  n_days = 365 * years + years / 4;

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  start = today;
  g_date_subtract_days (&start, n_days - 1);

  prefs = kw_plan_prefs_new (7, 30, KW_EQUIPMENT_HOME);
  if (!(store = kw_store_open (argv[1], &error)) ||
      !kw_store_set_value (store, "runner-name", "Ada", &error) ||
      !(plan = kw_plan_new ("patellofemoral-pain", KW_TRIAGE_REST_AND_REHAB, &start, prefs,
                            &error)) ||
      !kw_plan_save (plan, store, &error))
    g_error ("setting up: %s", error->message);

  add_reminders (store, g_get_real_time () / G_USEC_PER_SEC);

  day = start;
  for (guint i = 0; i < n_days; i++, g_date_add_days (&day, 1))
    {
      g_autoptr(KwPainLog) log = NULL;
      int pain = pain_for_day (rand, i);

      log = kw_pain_log_new (&day, i % 11 == 10 ? KW_SESSION_SKIPPED
                                   : i % 7 == 3 ? KW_SESSION_PARTIAL : KW_SESSION_DONE,
                             pain);
      log->pain_evening = MAX (0, pain - 1);
      log->baseline = MIN (pain, 2);
      log->morning = MAX (0, pain - 2);
      log->settled_by_midday = pain < 6;
      log->swelling = pain >= 7 ? KW_SWELLING_SAME : KW_SWELLING_NONE;

      /* Logged the day itself: the model runs as it did at the time. */
      if (!kw_plan_log_session (plan, store, log, &day, NULL, &error))
        {
          /* A day the plan has no session for is not an error here. */
          g_debug ("%u: %s", i, error->message);
          g_clear_error (&error);
          continue;
        }
      n_logs++;
    }

  n_fired = fire_reminders (store, tz, &start, n_days);

  if (!(changes = kw_plan_list_changes (store, kw_plan_get_id (plan), &error)))
    g_error ("listing changes: %s", error->message);

  printf ("%s: %u days, %u session logs, %u plan changes, %u reminders fired, %.1f s\n",
          argv[1], n_days, n_logs, changes->len, n_fired,
          (g_get_monotonic_time () - t0) / (double) G_USEC_PER_SEC);

  return n_logs > 0 ? 0 : 1;
}
