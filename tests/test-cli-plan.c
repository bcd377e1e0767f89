/* test-cli-plan.c: kneewise-cli plan, run as a user runs it
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <gio/gio.h>

#include "kw-plan-private.h"
#include "kw-test-cli.h"

static void
save_plan (const char *condition,
           KwTriage    triage)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KwStore) store = kw_store_open_default (&error);
  g_autoptr(KwPlanPrefs) prefs = kw_plan_prefs_new (3, 30, KW_EQUIPMENT_HOME);
  g_autoptr(KwPlan) plan = NULL;
  GDate start;

  g_assert_no_error (error);
  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 5, 1, 2026);
  plan = kw_plan_new (condition, triage, &start, prefs, &error);
  g_assert_no_error (error);
  g_assert_true (kw_plan_save (plan, store, &error));
  g_assert_no_error (error);
}

static void
test_cli_plan_none (void)
{
  g_autoptr(KwTestCliResult) r = kw_test_cli_run ("plan", NULL);

  g_assert_cmpint (r->status, ==, 2);
  g_assert_cmpstr (r->out, ==, "");
  g_assert_nonnull (strstr (r->err, "no active exercise plan"));
}

static void
test_cli_plan_week (void)
{
  g_autoptr(KwTestCliResult) r = NULL;

  save_plan ("patellofemoral-pain", KW_TRIAGE_REST_AND_REHAB);

  /* Any day of the week shows the whole week, Monday first. */
  r = kw_test_cli_run ("plan", "--week", "2026-01-08", NULL);
  g_assert_cmpint (r->status, ==, 0);
  g_assert_cmpstr (r->err, ==, "");
  g_assert_true (g_str_has_prefix (r->out, "Exercise plan: Pain around the kneecap\n"
                                           "Phase 1 of 4, Settle:"));
  g_assert_nonnull (strstr (r->out, "Week of Monday 5 January 2026 · Phase 1: Settle"));
  g_assert_nonnull (strstr (r->out, "Monday 5 January · Strength day"));
  g_assert_nonnull (strstr (r->out, "Tuesday 6 January · Rest day"));
  g_assert_nonnull (strstr (r->out, "Sunday 11 January · Rest day"));
  g_assert_nonnull (strstr (r->out, "  - Wall sit: 5 × 30 s hold, rest 60 s"));
  g_assert_nonnull (strstr (r->out, "No running for 3 to 7 days"));
  g_assert_nonnull (strstr (r->out, "Avoid for now:\n"));
  g_assert_nonnull (strstr (r->out, "Kneeling, including the kneeling hip-flexor stretch"));

  /* Before the plan started: the days say so. */
  g_clear_pointer (&r, kw_test_cli_result_free);
  r = kw_test_cli_run ("plan", "--week", "2025-12-31", NULL);
  g_assert_cmpint (r->status, ==, 0);
  g_assert_nonnull (strstr (r->out, "Wednesday 31 December · Before your plan starts"));
}

static void
test_cli_plan_see_clinician (void)
{
  g_autoptr(KwTestCliResult) r = NULL;

  save_plan ("meniscal-irritation", KW_TRIAGE_SEE_CLINICIAN);
  r = kw_test_cli_run ("plan", "--week", "2026-01-05", NULL);
  g_assert_cmpint (r->status, ==, 0);
  g_assert_nonnull (strstr (r->out, "Book a physio or GP within one to two weeks"));
}

static void
test_cli_plan_bad_input (void)
{
  const char *bad[] = { "2026-13-01", "2026-02-30", "yesterday", "2026-1-5", "" };

  save_plan ("patellofemoral-pain", KW_TRIAGE_REST_AND_REHAB);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(KwTestCliResult) r = kw_test_cli_run ("plan", "--week", bad[i], NULL);
      g_autofree char *quoted = g_strdup_printf ("“%s” is not a date", bad[i]);

      g_assert_cmpint (r->status, ==, 2);
      g_assert_cmpstr (r->out, ==, "");
      g_assert_nonnull (strstr (r->err, quoted));
      g_assert_nonnull (strstr (r->err, "YYYY-MM-DD"));
    }

  {
    g_autoptr(KwTestCliResult) r = kw_test_cli_run ("plan", "--weak", "2026-01-05", NULL);
    g_assert_cmpint (r->status, ==, 2);
    g_assert_nonnull (strstr (r->err, "--weak"));
  }
  {
    g_autoptr(KwTestCliResult) r = kw_test_cli_run ("plan", "extra", NULL);
    g_assert_cmpint (r->status, ==, 2);
    g_assert_nonnull (strstr (r->err, "unexpected argument “extra”"));
  }
}

static void
test_cli_plan_in_help (void)
{
  g_autoptr(KwTestCliResult) r = kw_test_cli_run ("--help", NULL);

  g_assert_cmpint (r->status, ==, 0);
  g_assert_nonnull (strstr (r->out, "plan "));
  g_assert_nonnull (strstr (r->out, "Show a week of your exercise plan"));
}

/* From a plan to a logged session, the next-morning check-in and the
 * next week changed for a stated reason, all through the real binary. */
static void
test_cli_log_then_plan (void)
{
  save_plan ("patellofemoral-pain", KW_TRIAGE_REST_AND_REHAB);

  {
    g_autoptr(KwTestCliResult) r = kw_test_cli_run ("log", "--date", "2026-01-05", "--pain", "2", NULL);
    g_assert_cmpint (r->status, ==, 0);
    g_assert_cmpstr (r->out, ==, "Waiting for the next-morning check-in\n");
  }
  {
    g_autoptr(KwTestCliResult) r = kw_test_cli_run ("log", "--date", "2026-01-05", "--morning", "0", NULL);
    g_assert_cmpint (r->status, ==, 0);
    g_assert_true (g_str_has_prefix (r->out, "Green: step up next time\n"));
    g_assert_nonnull (strstr (r->out, "  - Side-lying hip abduction: Pain 2/10 and settled by "
                                      "morning: 12 repetitions next time.\n"));
  }
  {
    g_autoptr(KwTestCliResult) r = kw_test_cli_run ("plan", "--week", "2026-01-12", NULL);
    g_assert_cmpint (r->status, ==, 0);
    g_assert_nonnull (strstr (r->out, "Side-lying hip abduction: 3 × 12 each side"));
  }
  {
    g_autoptr(KwTestCliResult) r = kw_test_cli_run ("log", "--date", "2026-01-07", "--status", "skipped", NULL);
    g_assert_cmpint (r->status, ==, 0);
    g_assert_nonnull (strstr (r->out, "doesn’t count towards stepping up"));
  }
  {
    g_autoptr(KwTestCliResult) r = kw_test_cli_run ("log", "--date", "2026-01-09", "--pain", "7", "--limp", NULL);
    g_assert_cmpint (r->status, ==, 0);
    g_assert_true (g_str_has_prefix (r->out, "Red: step back for 48 hours\n"));
    g_assert_nonnull (strstr (r->out, "You limped: "));
  }
}

static void
test_cli_log_bad_input (void)
{
  const struct { const char *args[5]; const char *needle; } bad[] = {
    { { "log", "--date", "2026-01-05", "--pain", "11" }, "--pain must be a number from 0 to 10" },
    { { "log", "--date", "2026-01-05", NULL }, "--pain N" },
    { { "log", "--date", "2026-01-05", "--status", "maybe" }, "done, partial or skipped" },
    { { "log", "--date", "2999-01-04", "--pain", "2" }, "hasn’t come yet" },
    { { "log", "--date", "2025-12-01", "--pain", "2" }, "before the plan started" },
    { { "log", "--date", "5 Jan", "--pain", "2" }, "“5 Jan” is not a date" },
  };

  {
    g_autoptr(KwTestCliResult) r = kw_test_cli_run ("log", "--pain", "2", NULL);
    g_assert_cmpint (r->status, ==, 2);
    g_assert_nonnull (strstr (r->err, "no active exercise plan"));
  }

  save_plan ("patellofemoral-pain", KW_TRIAGE_REST_AND_REHAB);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(KwTestCliResult) r = kw_test_cli_run (bad[i].args[0], bad[i].args[1], bad[i].args[2],
                                        bad[i].args[3], bad[i].args[4], NULL);

      g_assert_cmpint (r->status, ==, 2);
      g_assert_cmpstr (r->out, ==, "");
      g_assert_nonnull (strstr (r->err, bad[i].needle));
    }
}

static char *
vignette (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "assessment", name, NULL);
}

static KwPlan *
load_active (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KwStore) store = kw_store_open_default (&error);

  g_assert_no_error (error);
  return kw_plan_load_active (store, NULL);
}

/* assess --save makes the plan for the most likely pattern, from --start. */
static void
test_cli_assess_makes_plan (void)
{
  g_autofree char *itbs = vignette ("04-itbs-classic.ini");
  g_autofree char *pes = vignette ("09-pes-night.ini");
  g_autofree char *unclear = vignette ("19-no-clear-pattern.ini");
  g_autoptr(KwPlan) plan = NULL;

  {
    g_autoptr(KwTestCliResult) r = kw_test_cli_run ("assess", "--save", "--start", "2026-01-07", itbs, NULL);
    g_assert_cmpint (r->status, ==, 0);
    g_assert_cmpstr (r->err, ==, "");
    g_assert_nonnull (strstr (r->out, "\n[plan]\ncondition=iliotibial-band-syndrome\n"
                                      "start=2026-01-07\nphase=1\n"));
    g_assert_nonnull (strstr (r->out, "Your exercise plan starts on Wednesday 7 January 2026: "
                                      "Pain on the outside of the knee, phase 1 (Settle)."));
  }
  {
    g_autoptr(KwTestCliResult) r = kw_test_cli_run ("plan", "--week", "2026-01-07", NULL);
    g_assert_cmpint (r->status, ==, 0);
    g_assert_true (g_str_has_prefix (r->out, "Exercise plan: Pain on the outside of the knee\n"));
    g_assert_nonnull (strstr (r->out, "Monday 5 January · Before your plan starts"));
  }

  /* See a clinician: still the gentle first phase, with the advice. */
  {
    g_autoptr(KwTestCliResult) r = kw_test_cli_run ("assess", "--save", "--start", "2026-02-02", pes, NULL);
    g_assert_cmpint (r->status, ==, 0);
    g_assert_nonnull (strstr (r->out, "condition=pes-anserine\n"));
    g_assert_nonnull (strstr (r->out, "advice=Book a physio or GP"));
  }
  plan = load_active ();
  g_assert_cmpstr (kw_plan_get_condition_id (plan), ==, "pes-anserine");
  g_assert_cmpint (kw_plan_get_triage (plan), ==, KW_TRIAGE_SEE_CLINICIAN);
  g_clear_object (&plan);

  /* No clear pattern: the generic kneecap program, starting today. */
  {
    g_autoptr(KwTestCliResult) r = kw_test_cli_run ("assess", "--save", unclear, NULL);
    GDate today;

    g_assert_cmpint (r->status, ==, 0);
    plan = load_active ();
    g_assert_cmpstr (kw_plan_get_condition_id (plan), ==, "patellofemoral-pain");
    g_date_clear (&today, 1);
    g_date_set_time_t (&today, time (NULL));
    g_assert_cmpint (g_date_days_between (kw_plan_get_start_date (plan), &today), <=, 1);
    g_assert_cmpint (g_date_days_between (kw_plan_get_start_date (plan), &today), >=, 0);
  }
}

/* Emergency or same-day on a new assessment stops the plan. */
static void
test_cli_assess_urgent_stops_plan (void)
{
  g_autofree char *itbs = vignette ("04-itbs-classic.ini");
  g_autofree char *urgent = vignette ("25-pain-now-8-same-day.ini");

  {
    g_autoptr(KwTestCliResult) r = kw_test_cli_run ("assess", "--save", "--start", "2026-01-05", itbs, NULL);
    g_assert_cmpint (r->status, ==, 0);
  }
  {
    g_autoptr(KwTestCliResult) r = kw_test_cli_run ("assess", "--save", urgent, NULL);
    g_assert_cmpint (r->status, ==, 0);
    g_assert_nonnull (strstr (r->out, "triage=same-day"));
    g_assert_nonnull (strstr (r->out, "\n[plan]\nstopped=true\n"));
    g_assert_null (strstr (r->out, "condition=iliotibial"));
  }
  {
    g_autoptr(KwTestCliResult) r = kw_test_cli_run ("plan", NULL);
    g_assert_cmpint (r->status, ==, 2);
    g_assert_nonnull (strstr (r->err, "no active exercise plan"));
  }
  /* Nothing to stop: the result alone. */
  {
    g_autoptr(KwTestCliResult) r = kw_test_cli_run ("assess", "--save", urgent, NULL);
    g_assert_cmpint (r->status, ==, 0);
    g_assert_null (strstr (r->out, "[plan]"));
  }
}

static void
test_cli_assess_bad_start (void)
{
  g_autofree char *itbs = vignette ("04-itbs-classic.ini");

  {
    g_autoptr(KwTestCliResult) r = kw_test_cli_run ("assess", "--save", "--start", "2026-02-30", itbs, NULL);
    g_assert_cmpint (r->status, ==, 2);
    g_assert_cmpstr (r->out, ==, "");
    g_assert_nonnull (strstr (r->err, "the start date “2026-02-30” is not a date"));
  }
  {
    g_autoptr(KwTestCliResult) r = kw_test_cli_run ("assess", "--start", "2026-01-05", itbs, NULL);
    g_assert_cmpint (r->status, ==, 2);
    g_assert_cmpstr (r->out, ==, "");
    g_assert_nonnull (strstr (r->err, "--start goes with --save"));
  }

  /* Nothing was saved. */
  {
    g_autoptr(KwTestCliResult) r = kw_test_cli_run ("plan", NULL);
    g_assert_cmpint (r->status, ==, 2);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli/plan/none", test_cli_plan_none);
  g_test_add_func ("/cli/plan/week", test_cli_plan_week);
  g_test_add_func ("/cli/plan/see-clinician", test_cli_plan_see_clinician);
  g_test_add_func ("/cli/plan/bad-input", test_cli_plan_bad_input);
  g_test_add_func ("/cli/plan/in-help", test_cli_plan_in_help);
  g_test_add_func ("/cli/log/then-plan", test_cli_log_then_plan);
  g_test_add_func ("/cli/log/bad-input", test_cli_log_bad_input);
  g_test_add_func ("/cli/assess/makes-plan", test_cli_assess_makes_plan);
  g_test_add_func ("/cli/assess/urgent-stops-plan", test_cli_assess_urgent_stops_plan);
  g_test_add_func ("/cli/assess/bad-start", test_cli_assess_bad_start);

  return g_test_run ();
}
