/* test-triage.c: triage level ids and ordering
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kw-triage.h"

static void
test_triage_ids_round_trip (void)
{
  const char *ids[] = { "emergency", "same-day", "see-clinician", "rest-and-rehab",
                        "reduce-and-continue" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      KwTriage t;

      g_assert_true (kw_triage_from_id (ids[i], &t));
      g_assert_cmpint (t, ==, i);
      g_assert_cmpstr (kw_triage_to_id (t), ==, ids[i]);
      g_assert_nonnull (kw_triage_get_title (t));
    }
}

static void
test_triage_unknown_id (void)
{
  KwTriage t = KW_TRIAGE_EMERGENCY;

  g_assert_false (kw_triage_from_id ("fine", &t));
  g_assert_false (kw_triage_from_id (NULL, &t));
  g_assert_false (kw_triage_from_id ("Emergency", &t));
}

static void
test_triage_most_careful (void)
{
  g_assert_cmpint (kw_triage_most_careful (KW_TRIAGE_REDUCE_AND_CONTINUE, KW_TRIAGE_SAME_DAY), ==,
                   KW_TRIAGE_SAME_DAY);
  g_assert_cmpint (kw_triage_most_careful (KW_TRIAGE_EMERGENCY, KW_TRIAGE_SEE_CLINICIAN), ==,
                   KW_TRIAGE_EMERGENCY);
  g_assert_true (kw_triage_allows_plan (KW_TRIAGE_SEE_CLINICIAN));
  g_assert_true (kw_triage_allows_plan (KW_TRIAGE_REDUCE_AND_CONTINUE));
  g_assert_false (kw_triage_allows_plan (KW_TRIAGE_SAME_DAY));
  g_assert_false (kw_triage_allows_plan (KW_TRIAGE_EMERGENCY));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/triage/ids", test_triage_ids_round_trip);
  g_test_add_func ("/triage/unknown-id", test_triage_unknown_id);
  g_test_add_func ("/triage/most-careful", test_triage_most_careful);

  return g_test_run ();
}
