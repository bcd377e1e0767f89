/* test-cli-status.c: kneewise-cli status, run as a user runs it
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sqlite3.h>
#include <glib/gstdio.h>

#include "kw-date.h"
#include "kw-plan.h"
#include "kw-return-store.h"
#include "kw-test-cli.h"
#include "kw-test-date.h"

static KwStore *
open_store (void)
{
  g_autoptr(GError) error = NULL;
  KwStore *store = kw_store_open_default (&error);

  g_assert_no_error (error);
  return store;
}

static void
test_status_empty (void)
{
  g_autoptr(KwTestCliResult) r = kw_test_cli_run ("status", "--today", "2026-11-22", NULL);

  g_assert_cmpint (r->status, ==, 0);
  g_assert_cmpstr (r->err, ==, "");
  g_assert_cmpstr (r->out, ==,
                   "Where you stand on Sun 22 Nov 2026\n"
                   "\n"
                   "Now:              Nothing to rest from\n"
                   "                  Locked until every readiness test has passed.\n"
                   "Readiness tests:  not started\n"
                   "Walk-run:         locked until the readiness tests pass\n");
}

static void
test_status_rest (void)
{
  g_autoptr(KwStore) store = open_store ();
  g_autoptr(GError) error = NULL;
  GDate start = kw_test_day (2026, 3, 23);

  g_assert_true (kw_return_start_rest (store, KW_TRIAGE_REST_AND_REHAB, &start, NULL, &error));

  {
    g_autoptr(KwTestCliResult) r = kw_test_cli_run ("status", "--today", "2026-03-25", NULL);

    g_assert_cmpint (r->status, ==, 0);
    g_assert_cmpstr (r->out, ==,
                     "Where you stand on Wed 25 Mar 2026\n"
                     "\n"
                     "Now:              Resting from running\n"
                     "                  Rest from running until the check on Sat 28 Mar 2026: "
                     "most knees settle in 3 to 7 days.\n"
                     "Rest:             since Mon 23 Mar 2026; check again on Sat 28 Mar 2026; "
                     "see a physio or doctor if not clearly better by Mon 6 Apr 2026\n"
                     "Readiness tests:  not started\n"
                     "Walk-run:         locked until the readiness tests pass\n"
                     "Next date:        Sat 28 Mar 2026: warning-sign questions and readiness "
                     "tests\n");
  }
  {
    g_autoptr(KwTestCliResult) r = kw_test_cli_run ("status", "--today", "2026-03-28", NULL);

    g_assert_cmpint (r->status, ==, 0);
    g_assert_nonnull (strstr (r->out, "Now:              Time to check again\n"));
    g_assert_nonnull (strstr (r->out, "First:            answer the warning-sign questions "
                                      "again"));
  }
  {
    g_autoptr(KwTestCliResult) r = kw_test_cli_run ("status", "--today", "2026-04-06", NULL);

    g_assert_nonnull (strstr (r->out, "Now:              Time to see someone\n"));
    g_assert_nonnull (strstr (r->out, "please book a physio or your doctor"));
  }
}

static void
test_status_walk_run (void)
{
  g_autoptr(KwStore) store = open_store ();
  g_autoptr(GError) error = NULL;
  const char *ids[] = { "daily-life", "brisk-walk", "stairs", "single-leg-squat",
                        "bridge-plank", "calf-raise", "hops" };
  GDate on = kw_test_day (2026, 12, 27);
  gint64 attempt = kw_return_begin_readiness (store, &on, FALSE, &error);

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      KwReadinessEntry e = { ids[i], TRUE, 1, KW_NEXT_MORNING_NOT_WORSE, FALSE };

      g_assert_true (kw_return_record_readiness (store, attempt, &e, &on, &error));
    }
  for (guint i = 0; i < 2; i++)
    {
      KwRunLog run = { 0, };

      run.date = kw_test_day (2026, 12, 27 + 2 * i);
      run.level = 1;
      run.duration_s = 35 * 60;
      run.distance_m = 3200;
      run.pain_during = 1;
      run.next_morning = KW_NEXT_MORNING_NOT_WORSE;
      g_assert_cmpint (kw_return_log_run (store, &run, &error), >, 0);
    }

  {
    g_autoptr(KwTestCliResult) r = kw_test_cli_run ("status", "--today", "2026-12-30", NULL);

    g_assert_cmpint (r->status, ==, 0);
    g_assert_cmpstr (r->out, ==,
                     "Where you stand on Wed 30 Dec 2026\n"
                     "\n"
                     "Now:              Walk-run program\n"
                     "                  Two green sessions: move up to level 2 on "
                     "Thu 31 Dec 2026.\n"
                     "Readiness tests:  passed on Sun 27 Dec 2026\n"
                     "Walk-run:         level 2 of 10: 6 × (run 2 min, walk 3 min), 30 min\n"
                     "Next session:     Thu 31 Dec 2026, level 2, after a 5-minute brisk walk\n"
                     "This week:        3.2 km this week against 3.2 km last week: "
                     "+0.0%, not more than 10% up.\n");
  }
}

/* A result saved by `kneewise-cli assess --save` starts the rest period. */
static void
test_status_after_assess (void)
{
  g_autoptr(KwStore) store = open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KwAnswers) answers =
    kw_answers_new_from_data ("[answers]\nlocations=below-kneecap\nfeel=ache;stiffness\n"
                              "worse-with=jumping;speed;morning\nonset=gradual\n"
                              "settles-within-48h=true\npain-running=4\ndays=13\nage=24\n",
                              -1, "test", &error);
  g_autoptr(GDateTime) created = g_date_time_new_utc (2026, 3, 28, 9, 0, 0);
  g_autoptr(KwAssessment) assessment = kw_assessment_new_at (answers, created);

  g_autoptr(KwPlanPrefs) prefs = kw_plan_prefs_new (3, 30, KW_EQUIPMENT_HOME);
  g_autoptr(KwPlan) plan = NULL;
  GDate start = kw_test_day (2026, 3, 28);

  g_assert_true (kw_assessment_save (assessment, store, &error));
  /* …and the plan made from it. */
  plan = kw_plan_new ("patellar-tendinopathy", KW_TRIAGE_REST_AND_REHAB, &start, prefs, &error);
  g_assert_no_error (error);
  g_assert_true (kw_plan_save (plan, store, &error));
  g_clear_object (&store);

  {
    g_autoptr(KwTestCliResult) r = kw_test_cli_run ("status", "--today", "2026-03-30", NULL);

    g_assert_cmpint (r->status, ==, 0);
    g_assert_cmpstr (r->err, ==, "");
    g_assert_true (g_str_has_prefix (r->out,
                                     "Where you stand on Mon 30 Mar 2026\n"
                                     "\n"
                                     "Triage:           Rest from running and rebuild "
                                     "(Sat 28 Mar 2026)\n"
                                     "Phase:            1 of 4, Settle\n"
                                     "Now:              Resting from running\n"));
    g_assert_nonnull (strstr (r->out, "Rest:             since Sat 28 Mar 2026; check again on "
                                      "Thu 2 Apr 2026; see a physio or doctor if not clearly "
                                      "better by Sat 11 Apr 2026\n"));
  }
}

/* Past level 10: the next run's ceiling from the load guard. */
static void
test_status_running_again (void)
{
  g_autoptr(KwStore) store = open_store ();
  g_autoptr(GError) error = NULL;
  const char *ids[] = { "daily-life", "brisk-walk", "stairs", "single-leg-squat",
                        "bridge-plank", "calf-raise", "hops" };
  GDate on = kw_test_day (2026, 6, 20);
  gint64 attempt = kw_return_begin_readiness (store, &on, FALSE, &error);

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      KwReadinessEntry e = { ids[i], TRUE, 0, KW_NEXT_MORNING_NOT_WORSE, FALSE };

      g_assert_true (kw_return_record_readiness (store, attempt, &e, &on, &error));
    }
  for (guint i = 0; i < 20; i++)
    {
      KwRunLog run = { 0, };

      run.date = kw_date_plus_days (&on, 2 * i);
      run.level = i / 2 + 1;
      run.duration_s = 35 * 60;
      run.distance_m = 4000 + 100 * i;
      run.next_morning = KW_NEXT_MORNING_NOT_WORSE;
      g_assert_cmpint (kw_return_log_run (store, &run, &error), >, 0);
    }

  {
    g_autoptr(KwTestCliResult) r = kw_test_cli_run ("status", "--today", "2026-08-01", NULL);

    g_assert_cmpint (r->status, ==, 0);
    g_assert_nonnull (strstr (r->out, "Now:              Running again\n"));
    g_assert_nonnull (strstr (r->out, "Walk-run:         all 10 levels done\n"));
    /* 5.9 km + 10% = 6.49 km, shown rounded down. */
    g_assert_nonnull (strstr (r->out, "Next run:         up to 6.4 km (your longest run of the "
                                      "last 30 days + 10%)\n"));
  }
}

static void
test_status_bad_input (void)
{
  g_autoptr(KwTestCliResult) bad_date = kw_test_cli_run ("status", "--today", "2026-02-30", NULL);
  g_autoptr(KwTestCliResult) extra = kw_test_cli_run ("status", "now", NULL);
  g_autoptr(KwTestCliResult) unknown = kw_test_cli_run ("status", "--tomorrow", NULL);

  g_assert_cmpint (bad_date->status, ==, 2);
  g_assert_cmpstr (bad_date->out, ==, "");
  g_assert_nonnull (strstr (bad_date->err, "“2026-02-30” is not a date: use YYYY-MM-DD"));
  g_assert_cmpint (extra->status, ==, 2);
  g_assert_nonnull (strstr (extra->err, "unexpected “now”"));
  g_assert_cmpint (unknown->status, ==, 2);
  g_assert_nonnull (strstr (unknown->err, "--tomorrow"));
}

/* A database from a newer Kneewise: a clear message, exit 1, file untouched. */
static void
test_status_store_error (void)
{
  g_autofree char *path = kw_store_dup_default_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  sqlite3 *db = NULL;

  g_assert_no_errno (g_mkdir_with_parents (dir, 0700));
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 999", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  sqlite3_close (db);

  {
    g_autoptr(KwTestCliResult) r = kw_test_cli_run ("status", NULL);

    g_assert_cmpint (r->status, ==, 1);
    g_assert_cmpstr (r->out, ==, "");
    g_assert_nonnull (strstr (r->err, "newer version of Kneewise"));
    g_assert_nonnull (strstr (r->err, path));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli/status/empty", test_status_empty);
  g_test_add_func ("/cli/status/rest", test_status_rest);
  g_test_add_func ("/cli/status/walk-run", test_status_walk_run);
  g_test_add_func ("/cli/status/after-assess", test_status_after_assess);
  g_test_add_func ("/cli/status/running-again", test_status_running_again);
  g_test_add_func ("/cli/status/bad-input", test_status_bad_input);
  g_test_add_func ("/cli/status/store-error", test_status_store_error);

  return g_test_run ();
}
