/* test-rest-plan.c: the rest checklist and its dates
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kw-date.h"
#include "kw-rest-plan.h"
#include "kw-test-date.h"

static void
assert_date (const GDate *date,
             const char  *iso)
{
  g_autofree char *s = kw_date_to_iso (date);

  g_assert_cmpstr (s, ==, iso);
}

static void
test_rest_items (void)
{
  guint n = 0;
  const KwRestItem *items = kw_rest_plan_get_items (&n);
  gboolean seen[KW_REST_ITEM_N_KINDS] = { FALSE, };
  gboolean ice_bare_skin = FALSE, saddle = FALSE, stairs = FALSE;

  g_assert_cmpuint (n, >=, 8);
  for (guint i = 0; i < n; i++)
    {
      g_assert_nonnull (items[i].id);
      g_assert_cmpuint (strlen (items[i].text), >, 20);
      g_assert_cmpuint (strlen (items[i].source), >, 0);
      g_assert_nonnull (strchr ("G SR RCT C B E D", items[i].evidence[0]));
      seen[items[i].kind] = TRUE;
      for (guint j = 0; j < i; j++)
        g_assert_cmpstr (items[i].id, !=, items[j].id);

      if (items[i].kind == KW_REST_ITEM_ICE)
        ice_bare_skin = strstr (items[i].text, "bare skin") != NULL &&
                        strstr (items[i].text, "10 to 15 minutes") != NULL;
      if (strstr (items[i].text, "saddle") != NULL)
        saddle = items[i].kind == KW_REST_ITEM_CROSS_TRAIN &&
                 strstr (items[i].text, "too low") && strstr (items[i].text, "too high");
      if (strstr (items[i].text, "walk, squat and go up and down stairs without pain"))
        stairs = items[i].kind == KW_REST_ITEM_STOP;
    }

  for (guint k = 0; k < KW_REST_ITEM_N_KINDS; k++)
    {
      g_assert_true (seen[k]);
      g_assert_nonnull (kw_rest_item_kind_get_title (k));
    }
  g_assert_true (ice_bare_skin);
  g_assert_true (saddle);
  g_assert_true (stairs);
}

static void
test_rest_applies (void)
{
  g_assert_true (kw_rest_plan_applies_to (KW_TRIAGE_REST_AND_REHAB));
  g_assert_false (kw_rest_plan_applies_to (KW_TRIAGE_REDUCE_AND_CONTINUE));
  g_assert_false (kw_rest_plan_applies_to (KW_TRIAGE_SEE_CLINICIAN));
  g_assert_false (kw_rest_plan_applies_to (KW_TRIAGE_SAME_DAY));
  g_assert_false (kw_rest_plan_applies_to (KW_TRIAGE_EMERGENCY));
}

static void
test_rest_dates_calendar (void)
{
  struct {
    GDate start;
    const char *reassess;
    const char *see_someone;
  } cases[] = {
    { kw_test_day (2026, 1, 30), "2026-02-04", "2026-02-13" },   /* month end */
    { kw_test_day (2026, 2, 27), "2026-03-04", "2026-03-13" },   /* short February */
    { kw_test_day (2028, 2, 26), "2028-03-02", "2028-03-11" },   /* leap day */
    { kw_test_day (2026, 12, 28), "2027-01-02", "2027-01-11" },  /* year end */
    { kw_test_day (2026, 3, 27), "2026-04-01", "2026-04-10" },   /* DST starts 29 March */
    { kw_test_day (2026, 10, 22), "2026-10-27", "2026-11-05" },  /* DST ends 25 October */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      KwRestDates dates;

      kw_rest_dates_init (&dates, &cases[i].start);
      assert_date (&dates.reassess, cases[i].reassess);
      assert_date (&dates.see_someone, cases[i].see_someone);
    }
}

static KwRestStage
stage_at_utc (const KwRestDates *dates,
              const char        *utc)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (utc, NULL);
  GDate today;

  g_assert_nonnull (now);
  kw_date_set_local (&today, now);
  return kw_rest_plan_get_stage (dates, &today, NULL);
}

/* The day turns at local midnight, in winter and in summer time. */
static void
test_rest_stage_dst (void)
{
  KwRestDates dates;
  GDate start = kw_test_day (2026, 10, 22);
  GDate spring = kw_test_day (2026, 3, 27);

  g_assert_cmpstr (g_getenv ("TZ"), ==, "Europe/Berlin");

  /* 27 October starts at 23:00 UTC (CET). 22 Oct 00:00 CEST plus 5 × 86400 s
   * would already say "due" an hour before. */
  kw_rest_dates_init (&dates, &start);
  g_assert_cmpint (stage_at_utc (&dates, "2026-10-26T22:30:00Z"), ==, KW_REST_STAGE_RESTING);
  g_assert_cmpint (stage_at_utc (&dates, "2026-10-26T23:00:00Z"), ==, KW_REST_STAGE_REASSESS);

  /* 1 April starts at 22:00 UTC the day before (CEST). */
  kw_rest_dates_init (&dates, &spring);
  g_assert_cmpint (stage_at_utc (&dates, "2026-03-31T21:59:59Z"), ==, KW_REST_STAGE_RESTING);
  g_assert_cmpint (stage_at_utc (&dates, "2026-03-31T22:00:00Z"), ==, KW_REST_STAGE_REASSESS);
  g_assert_cmpint (stage_at_utc (&dates, "2026-04-09T21:59:59Z"), ==, KW_REST_STAGE_REASSESS);
  g_assert_cmpint (stage_at_utc (&dates, "2026-04-09T22:00:00Z"), ==,
                   KW_REST_STAGE_SEE_SOMEONE);
}

static void
test_rest_stage_reasons (void)
{
  KwRestDates dates;
  GDate start = kw_test_day (2026, 12, 28);
  GDate today;
  g_autofree char *resting = NULL;
  g_autofree char *reassess = NULL;
  g_autofree char *see = NULL;

  kw_rest_dates_init (&dates, &start);

  today = kw_test_day (2027, 1, 1);
  g_assert_cmpint (kw_rest_plan_get_stage (&dates, &today, &resting), ==,
                   KW_REST_STAGE_RESTING);
  g_assert_false (kw_rest_stage_rescreens_red_flags (KW_REST_STAGE_RESTING));
  g_assert_nonnull (strstr (resting, "Sat 2 Jan 2027"));

  today = kw_test_day (2027, 1, 2);
  g_assert_cmpint (kw_rest_plan_get_stage (&dates, &today, &reassess), ==,
                   KW_REST_STAGE_REASSESS);
  g_assert_true (kw_rest_stage_rescreens_red_flags (KW_REST_STAGE_REASSESS));
  g_assert_nonnull (strstr (reassess, "warning-sign questions"));
  g_assert_nonnull (strstr (reassess, "readiness tests"));

  today = kw_test_day (2027, 1, 11);
  g_assert_cmpint (kw_rest_plan_get_stage (&dates, &today, &see), ==,
                   KW_REST_STAGE_SEE_SOMEONE);
  g_assert_true (kw_rest_stage_rescreens_red_flags (KW_REST_STAGE_SEE_SOMEONE));
  g_assert_nonnull (strstr (see, "physio"));
}

static void
test_date_iso (void)
{
  GDate date;
  g_autofree char *iso = NULL;
  const char *bad[] = { "", "2026-02-30", "2026-2-03", "2026-13-01", "20260101",
                        "2026-01-01x", "abcd-ef-gh", "2026-00-10", "2027-02-29" };

  g_assert_true (kw_date_set_iso (&date, "2028-02-29"));
  iso = kw_date_to_iso (&date);
  g_assert_cmpstr (iso, ==, "2028-02-29");

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_false (kw_date_set_iso (&date, bad[i]));
      g_assert_false (g_date_valid (&date));
    }
  g_assert_false (kw_date_set_iso (&date, NULL));
}

static void
test_date_local (void)
{
  g_autoptr(GDateTime) new_year = g_date_time_new_from_iso8601 ("2026-12-31T23:30:00Z", NULL);
  g_autoptr(GDateTime) dst = g_date_time_new_from_iso8601 ("2026-03-29T01:30:00Z", NULL);
  GDate date;
  GDate later;

  kw_date_set_local (&date, new_year);
  assert_date (&date, "2027-01-01");
  kw_date_set_local (&date, dst);
  assert_date (&date, "2026-03-29");

  later = kw_date_plus_days (&date, 1);
  assert_date (&later, "2026-03-30");
  g_assert_cmpint (kw_date_days_between (&date, &later), ==, 1);
  g_assert_cmpint (kw_date_days_between (&later, &date), ==, -1);
}

int
main (int   argc,
      char *argv[])
{
  /* Dates are local: test them where the clocks change. */
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/rest-plan/items", test_rest_items);
  g_test_add_func ("/rest-plan/applies", test_rest_applies);
  g_test_add_func ("/rest-plan/dates/calendar", test_rest_dates_calendar);
  g_test_add_func ("/rest-plan/stage/dst", test_rest_stage_dst);
  g_test_add_func ("/rest-plan/stage/reasons", test_rest_stage_reasons);
  g_test_add_func ("/date/iso", test_date_iso);
  g_test_add_func ("/date/local", test_date_local);

  return g_test_run ();
}
