/* test-load-guard.c: no load spikes after level 10
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kw-date.h"
#include "kw-load-guard.h"
#include "kw-test-date.h"

static void
add (GArray *runs,
     GDate   date,
     guint   distance_m)
{
  KwRunLog run = { 0, };

  run.id = runs->len + 1;
  run.date = date;
  run.level = 0;
  run.duration_s = 1800;
  run.distance_m = distance_m;
  run.next_morning = KW_NEXT_MORNING_NOT_WORSE;
  g_array_append_val (runs, run);
}

static KwRunCheck
check (GArray  *runs,
       GDate    date,
       guint    distance_m,
       gint64   exclude)
{
  KwRunCheck c;

  kw_load_guard_check_run ((KwRunLog *) runs->data, runs->len, &date, distance_m, exclude, &c);
  g_test_message ("%u m: %s", distance_m, c.reason);
  return c;
}

static void
test_single_run_boundaries (void)
{
  g_autoptr(GArray) runs = g_array_new (FALSE, TRUE, sizeof (KwRunLog));
  GDate on = kw_test_day (2026, 3, 2);
  KwRunCheck c;

  add (runs, kw_test_day (2026, 2, 20), 6000);
  add (runs, kw_test_day (2026, 2, 27), 10000);   /* the longest */
  add (runs, kw_test_day (2026, 3, 1), 8000);

  /* Exactly +10% is allowed. */
  c = check (runs, on, 11000, 0);
  g_assert_true (c.has_basis);
  g_assert_false (c.warn);
  g_assert_cmpuint (c.longest_m, ==, 10000);
  g_assert_cmpuint (c.limit_m, ==, 11000);
  g_assert_nonnull (strstr (c.reason, "11.0 km is within 10% of your longest run"));
  kw_run_check_clear (&c);

  /* One metre more is not. */
  c = check (runs, on, 11001, 0);
  g_assert_true (c.warn);
  g_assert_nonnull (strstr (c.reason, "more than 10% longer"));
  g_assert_nonnull (strstr (c.reason, "(10.0 km)"));
  g_assert_nonnull (strstr (c.reason, "Keep it to 11.0 km or less"));
  g_assert_nonnull (strstr (c.reason, "Garmin-RUNSAFE"));
  g_assert_nonnull (strstr (c.source, "Garmin-RUNSAFE"));
  kw_run_check_clear (&c);

  /* Rounding never lets a longer run through: 5005 m + 10% = 5505.5 m. */
  g_array_set_size (runs, 0);
  add (runs, kw_test_day (2026, 3, 1), 5005);
  c = check (runs, on, 5505, 0);
  g_assert_false (c.warn);
  kw_run_check_clear (&c);
  c = check (runs, on, 5506, 0);
  g_assert_true (c.warn);
  g_assert_nonnull (strstr (c.reason, "Keep it to 5.5 km or less"));
  kw_run_check_clear (&c);
}

static void
test_thirty_day_window (void)
{
  g_autoptr(GArray) runs = g_array_new (FALSE, TRUE, sizeof (KwRunLog));
  GDate on = kw_test_day (2027, 1, 15);
  KwRunCheck c;

  /* 30 days before 15 January is 16 December: counts. The 15th does not. */
  add (runs, kw_test_day (2026, 12, 15), 20000);
  add (runs, kw_test_day (2026, 12, 16), 8000);
  add (runs, kw_test_day (2027, 1, 10), 0);          /* no distance logged */

  c = check (runs, on, 8800, 0);
  g_assert_cmpuint (c.longest_m, ==, 8000);
  g_assert_false (c.warn);
  kw_run_check_clear (&c);
  c = check (runs, on, 8801, 0);
  g_assert_true (c.warn);
  kw_run_check_clear (&c);

  /* A logged run is not compared with itself. */
  add (runs, on, 9000);
  c = check (runs, on, 9000, 4);
  g_assert_true (c.warn);
  g_assert_cmpuint (c.longest_m, ==, 8000);
  kw_run_check_clear (&c);

  /* Nothing with a distance in the window: no basis, no warning, and it says so. */
  c = check (runs, kw_test_day (2027, 3, 1), 9000, 0);
  g_assert_false (c.has_basis);
  g_assert_false (c.warn);
  g_assert_nonnull (strstr (c.reason, "No run with a distance in the last 30 days"));
  kw_run_check_clear (&c);
}

static KwWeeklyLoad
weekly (GArray *runs,
        GDate   today)
{
  KwWeeklyLoad w;

  kw_load_guard_weekly ((KwRunLog *) runs->data, runs->len, &today, &w);
  g_test_message ("%s", w.reason);
  return w;
}

static void
test_weekly_growth (void)
{
  g_autoptr(GArray) runs = g_array_new (FALSE, TRUE, sizeof (KwRunLog));
  KwWeeklyLoad w;
  g_autofree char *monday = NULL;

  /* Last week: Mon 21 to Sun 27 December 2026; 20 km. */
  add (runs, kw_test_day (2026, 12, 20), 50000);   /* the week before: not counted */
  add (runs, kw_test_day (2026, 12, 21), 8000);
  add (runs, kw_test_day (2026, 12, 27), 12000);
  /* This week, across the year end: Mon 28 Dec to Fri 1 Jan. */
  add (runs, kw_test_day (2026, 12, 29), 10000);
  add (runs, kw_test_day (2027, 1, 1), 12000);
  add (runs, kw_test_day (2027, 1, 2), 9000);      /* after "today" */

  w = weekly (runs, kw_test_day (2027, 1, 1));
  monday = kw_date_to_iso (&w.week_start);
  g_assert_cmpstr (monday, ==, "2026-12-28");
  g_assert_cmpuint (w.last_week_m, ==, 20000);
  g_assert_cmpuint (w.this_week_m, ==, 22000);
  g_assert_true (w.has_basis);
  g_assert_false (w.warn);          /* exactly +10% */
  g_assert_cmpfloat_with_epsilon (w.growth_percent, 10.0, 1e-9);
  g_assert_nonnull (strstr (w.reason, "+10.0%, not more than 10% up"));
  kw_weekly_load_clear (&w);

  g_array_index (runs, KwRunLog, 4).distance_m = 12001;
  w = weekly (runs, kw_test_day (2027, 1, 1));
  g_assert_true (w.warn);
  g_assert_nonnull (strstr (w.reason, "more than the usual 10% a week"));
  kw_weekly_load_clear (&w);

  /* Sunday still belongs to the week that began on Monday. */
  w = weekly (runs, kw_test_day (2027, 1, 3));
  g_assert_cmpuint (w.this_week_m, ==, 22000 + 1 + 9000);
  kw_weekly_load_clear (&w);

  /* No distance the week before: nothing to compare. */
  w = weekly (runs, kw_test_day (2027, 1, 12));
  g_assert_false (w.has_basis);
  g_assert_false (w.warn);
  g_assert_nonnull (strstr (w.reason, "no distance last week"));
  kw_weekly_load_clear (&w);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/load-guard/single-run/boundaries", test_single_run_boundaries);
  g_test_add_func ("/load-guard/single-run/window", test_thirty_day_window);
  g_test_add_func ("/load-guard/weekly", test_weekly_growth);

  return g_test_run ();
}
