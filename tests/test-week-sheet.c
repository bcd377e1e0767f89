/* test-week-sheet.c: what goes on a printed week, as text
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kw-week-sheet.h"
#include "kw-walk-run.h"
#include "sheet-fixtures.h"

static void
set_date (GDate *date,
          int    year,
          int    month,
          int    day)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
}

/* Compares @text with the golden file tests/print/@name; with
 * KW_UPDATE_GOLDEN=1 in the environment, rewrites the file instead. */
static void
assert_golden (const char *text,
               const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "print", name, NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (g_getenv ("KW_UPDATE_GOLDEN"), "1") == 0)
    {
      g_assert_true (g_file_set_contents (path, text, -1, &error));
      g_assert_no_error (error);
    }

  g_assert_true (g_file_get_contents (path, &expected, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_sheet_golden (void)
{
  g_autoptr(KwWeekSheet) sheet = NULL;
  g_autofree char *text = NULL;
  GDate monday;

  set_date (&monday, 2026, 11, 23);
  sheet = fixture_sheet_new (&monday, "Ada");
  text = kw_week_sheet_to_text (sheet);
  assert_golden (text, "fixture-week.txt");
}

static void
test_sheet_days (void)
{
  g_autoptr(KwWeekSheet) sheet = NULL;
  GDate first, date;

  /* A week that runs over the end of the year. */
  set_date (&first, 2026, 12, 28);
  sheet = kw_week_sheet_new (&first);
  kw_week_sheet_get_day_date (sheet, 0, &date);
  g_assert_cmpint (g_date_compare (&date, &first), ==, 0);
  kw_week_sheet_get_day_date (sheet, 6, &date);
  g_assert_cmpint (g_date_get_year (&date), ==, 2027);
  g_assert_cmpint (g_date_get_month (&date), ==, 1);
  g_assert_cmpint (g_date_get_day (&date), ==, 3);

  for (guint day = 0; day < KW_WEEK_SHEET_N_DAYS; day++)
    {
      g_assert_false (kw_week_sheet_has_session (sheet, day));
      g_assert_false (kw_week_sheet_is_rest_day (sheet, day));
    }
  g_assert_false (kw_week_sheet_has_walk_run (sheet));
}

static void
test_sheet_rest_day (void)
{
  g_autoptr(KwWeekSheet) sheet = NULL;
  GDate first;

  set_date (&first, 2026, 11, 23);
  sheet = kw_week_sheet_new (&first);

  kw_week_sheet_add_exercise (sheet, 2, "bridge", "Glute bridge", "3 × 12", 3);
  kw_week_sheet_set_walk_run (sheet, 2, "Level 1", "6 × (run 1 min, walk 4 min)", 6);
  g_assert_true (kw_week_sheet_has_session (sheet, 2));
  g_assert_true (kw_week_sheet_has_walk_run (sheet));

  /* A rest day has nothing on it… */
  kw_week_sheet_set_rest_day (sheet, 2, TRUE);
  g_assert_true (kw_week_sheet_is_rest_day (sheet, 2));
  g_assert_false (kw_week_sheet_has_session (sheet, 2));
  g_assert_cmpuint (kw_week_sheet_get_n_exercises (sheet, 2), ==, 0);
  g_assert_null (kw_week_sheet_get_walk_run (sheet, 2));
  g_assert_false (kw_week_sheet_has_walk_run (sheet));

  /* …and adding something makes it a training day again. */
  kw_week_sheet_add_exercise (sheet, 2, "bridge", "Glute bridge", "3 × 12", 0);
  g_assert_false (kw_week_sheet_is_rest_day (sheet, 2));
  /* Every exercise gets at least one tick box. */
  g_assert_cmpuint (kw_week_sheet_get_exercise (sheet, 2, 0)->sets, ==, 1);
}

static void
test_sheet_runner_name (void)
{
  g_autoptr(KwWeekSheet) sheet = NULL;
  g_autofree char *text = NULL;
  GDate first;

  set_date (&first, 2026, 11, 23);
  sheet = kw_week_sheet_new (&first);

  kw_week_sheet_set_runner_name (sheet, "  Ada Lovelace \n");
  g_assert_cmpstr (kw_week_sheet_get_runner_name (sheet), ==, "Ada Lovelace");

  /* A blank name is no name: the page then has no "For …" line. */
  kw_week_sheet_set_runner_name (sheet, "   ");
  g_assert_null (kw_week_sheet_get_runner_name (sheet));
  kw_week_sheet_set_runner_name (sheet, NULL);
  g_assert_null (kw_week_sheet_get_runner_name (sheet));

  text = kw_week_sheet_to_text (sheet);
  g_assert_null (strstr (text, "runner:"));
}

static void
test_sheet_bad_day (void)
{
  g_autoptr(KwWeekSheet) sheet = NULL;
  GDate first;

  set_date (&first, 2026, 11, 23);
  sheet = kw_week_sheet_new (&first);

  g_test_expect_message ("kw-week-sheet", G_LOG_LEVEL_CRITICAL, "*day < KW_WEEK_SHEET_N_DAYS*");
  kw_week_sheet_add_exercise (sheet, 7, "bridge", "Glute bridge", "3 × 12", 3);
  g_test_assert_expected_messages ();

  for (guint day = 0; day < KW_WEEK_SHEET_N_DAYS; day++)
    g_assert_cmpuint (kw_week_sheet_get_n_exercises (sheet, day), ==, 0);
}

static KwPlan *
save_plan (KwStore     *store,
           const char  *condition,
           const GDate *start)
{
  g_autoptr(KwPlanPrefs) prefs = kw_plan_prefs_new_default ();
  g_autoptr(GError) error = NULL;
  KwPlan *plan = kw_plan_new (condition, KW_TRIAGE_REST_AND_REHAB, start, prefs, &error);

  g_assert_no_error (error);
  g_assert_true (kw_plan_save (plan, store, &error));
  g_assert_no_error (error);

  return plan;
}

static KwStore *
open_store (void)
{
  g_autoptr(GError) error = NULL;
  KwStore *store = kw_store_open_default (&error);

  g_assert_no_error (error);
  return store;
}

/* Every exercise of every day of the plan's week is on the sheet's same
 * day, with the plan's dose and one tick box per set. */
static void
assert_sheet_matches_plan (KwWeekSheet *sheet,
                           KwPlan      *plan)
{
  g_autoptr(KwPlanWeek) week = kw_plan_get_week (plan, kw_week_sheet_get_first_day (sheet));
  guint total = 0;

  g_assert_cmpint (g_date_compare (kw_plan_week_get_monday (week),
                                   kw_week_sheet_get_first_day (sheet)), ==, 0);
  for (guint day = 0; day < KW_WEEK_SHEET_N_DAYS; day++)
    {
      KwPlanDay *plan_day = kw_plan_week_get_day (week, day);

      g_assert_cmpuint (kw_week_sheet_get_n_exercises (sheet, day), ==,
                        kw_plan_day_get_n_items (plan_day));
      g_assert_cmpint (kw_week_sheet_is_rest_day (sheet, day), ==,
                       kw_plan_day_get_kind (plan_day) == KW_PLAN_DAY_REST);
      for (guint i = 0; i < kw_plan_day_get_n_items (plan_day); i++)
        {
          KwPlanItem *item = kw_plan_day_get_item (plan_day, i);
          const KwSheetExercise *e = kw_week_sheet_get_exercise (sheet, day, i);
          g_autofree char *dose = kw_plan_item_dup_dose_string (item);

          g_assert_cmpstr (e->id, ==, kw_plan_item_get_exercise_id (item));
          g_assert_true (g_str_has_prefix (e->name, kw_plan_item_get_name (item)));
          g_assert_cmpstr (e->dose, ==, dose);
          g_assert_cmpuint (e->sets, ==, kw_plan_item_get_dose (item)->sets);
          total++;
        }
    }
  g_assert_cmpuint (total, >, 0);
}

static void
test_sheet_from_plan (void)
{
  g_autoptr(KwStore) store = open_store ();
  g_autoptr(KwPlan) plan = NULL;
  g_autoptr(GPtrArray) sheets = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GDate start, day, today;

  /* A Wednesday start: Monday and Tuesday of the first week are before it. */
  set_date (&start, 2026, 11, 18);
  plan = save_plan (store, "patellofemoral-pain", &start);
  g_assert_true (kw_store_set_value (store, "runner-name", "Ada", &error));
  g_assert_no_error (error);

  set_date (&today, 2026, 11, 18);
  set_date (&day, 2026, 11, 20);
  sheets = kw_week_sheet_load (store, &day, 3, &today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sheets->len, ==, 3);

  for (guint i = 0; i < sheets->len; i++)
    {
      KwWeekSheet *sheet = g_ptr_array_index (sheets, i);
      const GDate *first = kw_week_sheet_get_first_day (sheet);

      g_assert_cmpint (g_date_get_weekday (first), ==, G_DATE_MONDAY);
      g_assert_cmpint (g_date_get_julian (first), ==, g_date_get_julian (&day) - 4 + 7 * i);
      g_assert_cmpstr (kw_week_sheet_get_runner_name (sheet), ==, "Ada");
      g_assert_cmpstr (kw_week_sheet_get_title (sheet), ==,
                       kw_program_get_title (kw_plan_get_program (plan)));
      /* Every week keeps the signs to stop, and this program's avoid list. */
      g_assert_cmpuint (kw_week_sheet_get_stop_signs (sheet)->len, ==, 5);
      g_assert_cmpuint (kw_week_sheet_get_avoid (sheet)->len, >, 0);
      assert_sheet_matches_plan (sheet, plan);
    }

  /* Before the plan starts there is nothing to do, and it is not a rest day. */
  for (guint d = 0; d < 2; d++)
    {
      KwWeekSheet *first = g_ptr_array_index (sheets, 0);

      g_assert_false (kw_week_sheet_has_session (first, d));
      g_assert_false (kw_week_sheet_is_rest_day (first, d));
    }

  text = kw_week_sheet_to_text (g_ptr_array_index (sheets, 0));
  assert_golden (text, "patellofemoral-week-1.txt");
}

static void
test_sheet_no_plan (void)
{
  g_autoptr(KwStore) store = open_store ();
  g_autoptr(GPtrArray) sheets = NULL;
  g_autoptr(GError) error = NULL;
  GDate day;

  set_date (&day, 2026, 11, 20);
  sheets = kw_week_sheet_load (store, &day, 1, &day, &error);
  g_assert_null (sheets);
  g_assert_error (error, KW_PLAN_ERROR, KW_PLAN_ERROR_NO_ACTIVE_PLAN);
}

static void
test_sheet_walk_run (void)
{
  g_autoptr(KwStore) store = open_store ();
  g_autoptr(KwPlan) plan = NULL;
  g_autoptr(KwWeekSheet) sheet = NULL;
  g_autoptr(GArray) runs = g_array_new (FALSE, TRUE, sizeof (KwRunLog));
  KwReturnStatus status = { 0 };
  KwRunLog run = { 0 };
  const KwSheetWalkRun *w;
  GDate start, day;

  set_date (&start, 2026, 10, 5);
  plan = save_plan (store, "iliotibial-band-syndrome", &start);

  /* A level-2 run logged on Monday; the next session allowed on Thursday,
   * at level 3; then every other day. */
  set_date (&run.date, 2026, 11, 23);
  run.level = 2;
  g_array_append_val (runs, run);
  status.runs = runs;
  status.walk_run.stage = KW_WALK_RUN_ACTIVE;
  status.walk_run.level = 3;
  set_date (&status.walk_run.next_date, 2026, 11, 26);

  set_date (&day, 2026, 11, 25);
  sheet = kw_week_sheet_new_for_plan (plan, &day, &status, NULL);

  g_assert_null (kw_week_sheet_get_runner_name (sheet));
  g_assert_true (kw_week_sheet_has_walk_run (sheet));
  w = kw_week_sheet_get_walk_run (sheet, 0);
  g_assert_nonnull (w);
  g_assert_cmpstr (w->title, ==, "Level 2");
  g_assert_cmpuint (w->repeats, ==, kw_walk_run_get_level (2)->repeats);
  g_assert_null (kw_week_sheet_get_walk_run (sheet, 1));
  g_assert_null (kw_week_sheet_get_walk_run (sheet, 2));
  for (guint d = 3; d < KW_WEEK_SHEET_N_DAYS; d += 2)
    {
      g_autofree char *session = kw_walk_run_level_describe (3);

      w = kw_week_sheet_get_walk_run (sheet, d);
      g_assert_nonnull (w);
      g_assert_cmpstr (w->title, ==, "Level 3");
      g_assert_nonnull (strstr (w->detail, session));
      g_assert_true (g_str_has_prefix (w->detail, "5 min brisk walk, then "));
      g_assert_cmpuint (w->repeats, ==, 6);
      g_assert_true (kw_week_sheet_has_session (sheet, d));
    }
  g_assert_null (kw_week_sheet_get_walk_run (sheet, 4));

  /* A stopped program prints no coming sessions, only the runs logged. */
  g_clear_object (&sheet);
  status.walk_run.stage = KW_WALK_RUN_STOPPED;
  sheet = kw_week_sheet_new_for_plan (plan, &day, &status, NULL);
  g_assert_nonnull (kw_week_sheet_get_walk_run (sheet, 0));
  for (guint d = 1; d < KW_WEEK_SHEET_N_DAYS; d++)
    g_assert_null (kw_week_sheet_get_walk_run (sheet, d));
}

static void
test_sheet_phase_weeks (void)
{
  g_autoptr(KwStore) store = open_store ();
  g_autoptr(KwPlan) plan = NULL;
  GDate start, today, first;
  guint n = 0;

  set_date (&start, 2026, 11, 18);
  plan = save_plan (store, "patellofemoral-pain", &start);

  /* Settle usually lasts two weeks, from the plan's first week. */
  set_date (&today, 2026, 11, 24);
  kw_week_sheet_get_phase_weeks (plan, &today, &first, &n);
  g_assert_cmpint (g_date_get_day (&first), ==, 16);
  g_assert_cmpint (g_date_get_month (&first), ==, 11);
  g_assert_cmpuint (n, ==, 2);

  /* A phase held longer than usual still prints up to this week. */
  set_date (&today, 2026, 12, 17);
  g_assert_cmpint (kw_plan_get_phase_on (plan, &today), ==, KW_PHASE_SETTLE);
  kw_week_sheet_get_phase_weeks (plan, &today, &first, &n);
  g_assert_cmpint (g_date_get_day (&first), ==, 16);
  g_assert_cmpuint (n, ==, 5);
}

static void
test_sheet_ranges (void)
{
  g_autoptr(KwStore) store = open_store ();
  g_autoptr(KwPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  KwSheetRange range = KW_SHEET_RANGE_PHASE;
  GDate start, today;
  struct {
    const char *name;
    guint n_weeks;
    int first_day;   /* of November 2026 */
  } cases[] = {
    { "this-week", 1, 23 },
    { "next-week", 1, 30 },
    { "phase", 2, 16 },
  };

  set_date (&start, 2026, 11, 18);
  plan = save_plan (store, "patellofemoral-pain", &start);
  set_date (&today, 2026, 11, 26);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) sheets = NULL;

      g_assert_true (kw_sheet_range_from_name (cases[i].name, &range));
      sheets = kw_week_sheet_load_range (store, range, &today, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (sheets->len, ==, cases[i].n_weeks);
      g_assert_cmpint (g_date_get_day (kw_week_sheet_get_first_day (sheets->pdata[0])), ==,
                       cases[i].first_day);
    }

  g_assert_false (kw_sheet_range_from_name ("last-week", &range));
  g_assert_false (kw_sheet_range_from_name (NULL, &range));
  g_assert_cmpint (range, ==, KW_SHEET_RANGE_PHASE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/week-sheet/golden", test_sheet_golden);
  g_test_add_func ("/week-sheet/days", test_sheet_days);
  g_test_add_func ("/week-sheet/rest-day", test_sheet_rest_day);
  g_test_add_func ("/week-sheet/runner-name", test_sheet_runner_name);
  g_test_add_func ("/week-sheet/bad-day", test_sheet_bad_day);
  g_test_add_func ("/week-sheet/from-plan", test_sheet_from_plan);
  g_test_add_func ("/week-sheet/no-plan", test_sheet_no_plan);
  g_test_add_func ("/week-sheet/walk-run", test_sheet_walk_run);
  g_test_add_func ("/week-sheet/phase-weeks", test_sheet_phase_weeks);
  g_test_add_func ("/week-sheet/ranges", test_sheet_ranges);

  return g_test_run ();
}
