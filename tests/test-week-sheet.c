/* test-week-sheet.c: what goes on a printed week, as text
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kw-week-sheet.h"
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

  return g_test_run ();
}
