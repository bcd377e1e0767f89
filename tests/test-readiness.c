/* test-readiness.c: the readiness checklist gates running
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kw-date.h"
#include "kw-readiness.h"
#include "kw-store.h"
#include "kw-test-date.h"

static const char *general_ids[] = {
  "daily-life", "brisk-walk", "stairs", "single-leg-squat", "bridge-plank", "calf-raise", "hops",
};

/* Every general test done with @pain, no worse next morning. */
static GArray *
all_passing (int pain)
{
  GArray *entries = g_array_new (FALSE, FALSE, sizeof (KwReadinessEntry));

  for (guint i = 0; i < G_N_ELEMENTS (general_ids); i++)
    {
      KwReadinessEntry e = { general_ids[i], TRUE, pain, KW_NEXT_MORNING_NOT_WORSE, FALSE };

      g_array_append_val (entries, e);
    }

  return entries;
}

static KwReadinessEntry *
find (GArray     *entries,
      const char *id)
{
  for (guint i = 0; i < entries->len; i++)
    if (g_str_equal (g_array_index (entries, KwReadinessEntry, i).test_id, id))
      return &g_array_index (entries, KwReadinessEntry, i);

  g_assert_not_reached ();
}

static void
test_readiness_content (void)
{
  guint n = 0;
  const KwReadinessTest *tests = kw_readiness_get_tests (&n);
  guint general = 0;

  g_assert_cmpuint (n, ==, 8);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpuint (strlen (tests[i].title), >, 0);
      g_assert_cmpuint (strlen (tests[i].how), >, 30);
      g_assert_nonnull (strstr (tests[i].pass_mark, "/10 or less"));
      g_assert_cmpuint (strlen (tests[i].source), >, 0);
      g_assert_true (kw_readiness_find_test (tests[i].id) == &tests[i]);
      if (kw_readiness_test_applies (&tests[i], FALSE))
        {
          g_assert_cmpstr (tests[i].id, ==, general_ids[general]);
          g_assert_cmpint (tests[i].max_pain, ==, 2);
          general++;
        }
    }
  g_assert_cmpuint (general, ==, 7);

  /* The last one is for a sore patellar tendon only, and allows 3/10. */
  g_assert_cmpstr (tests[7].id, ==, "decline-squat");
  g_assert_true (tests[7].tendinopathy_only);
  g_assert_false (kw_readiness_test_applies (&tests[7], FALSE));
  g_assert_true (kw_readiness_test_applies (&tests[7], TRUE));
  g_assert_cmpint (tests[7].max_pain, ==, 3);

  g_assert_nonnull (strstr (kw_readiness_find_test ("single-leg-squat")->pass_mark,
                            "10 on each side"));
  g_assert_nonnull (strstr (kw_readiness_find_test ("brisk-walk")->pass_mark, "30 minutes"));
  g_assert_null (kw_readiness_find_test ("jog"));
}

static void
test_readiness_pass (void)
{
  g_autoptr(GArray) entries = all_passing (2);
  GDate on = kw_test_day (2026, 5, 4);
  KwReadinessResult result;

  kw_readiness_evaluate ((KwReadinessEntry *) entries->data, entries->len, FALSE, &on, &result);
  g_assert_cmpint (result.verdict, ==, KW_READINESS_PASSED);
  g_assert_cmpuint (result.n_tests, ==, 7);
  g_assert_cmpuint (result.n_done, ==, 7);
  g_assert_null (result.failed_test);
  g_assert_false (g_date_valid (&result.retest));
  g_assert_nonnull (strstr (result.reason, "walk-run program is open"));
  kw_readiness_result_clear (&result);

  /* With a sore tendon the decline squat must be done too. */
  kw_readiness_evaluate ((KwReadinessEntry *) entries->data, entries->len, TRUE, &on, &result);
  g_assert_cmpint (result.verdict, ==, KW_READINESS_INCOMPLETE);
  g_assert_cmpuint (result.n_tests, ==, 8);
  g_assert_nonnull (strstr (result.reason, "7 of 8"));
  kw_readiness_result_clear (&result);

  {
    KwReadinessEntry decline = { "decline-squat", TRUE, 3, KW_NEXT_MORNING_NOT_WORSE, FALSE };

    g_array_append_val (entries, decline);
  }
  kw_readiness_evaluate ((KwReadinessEntry *) entries->data, entries->len, TRUE, &on, &result);
  g_assert_cmpint (result.verdict, ==, KW_READINESS_PASSED);
  kw_readiness_result_clear (&result);

  find (entries, "decline-squat")->pain = 4;
  kw_readiness_evaluate ((KwReadinessEntry *) entries->data, entries->len, TRUE, &on, &result);
  g_assert_cmpint (result.verdict, ==, KW_READINESS_FAILED);
  g_assert_cmpstr (result.failed_test, ==, "decline-squat");
  kw_readiness_result_clear (&result);

  /* Without a sore tendon, a decline squat entry does not count either way. */
  kw_readiness_evaluate ((KwReadinessEntry *) entries->data, entries->len, FALSE, &on, &result);
  g_assert_cmpint (result.verdict, ==, KW_READINESS_PASSED);
  kw_readiness_result_clear (&result);
}

typedef struct {
  const char *name;
  const char *test_id;
  gboolean done;
  int pain;
  KwNextMorning next_morning;
  gboolean swelling;
  KwReadinessVerdict verdict;
  const char *says;
} Case;

static void
test_readiness_fail_and_wait (void)
{
  const Case cases[] = {
    { "pain 3 on stairs", "stairs", TRUE, 3, KW_NEXT_MORNING_NOT_WORSE, FALSE,
      KW_READINESS_FAILED, "Stairs: pain 3/10 is above 2/10" },
    { "pain 2 on stairs", "stairs", TRUE, 2, KW_NEXT_MORNING_NOT_WORSE, FALSE,
      KW_READINESS_PASSED, "open" },
    { "could not hop", "hops", FALSE, 0, KW_NEXT_MORNING_NOT_WORSE, FALSE,
      KW_READINESS_FAILED, "Hops: not managed yet" },
    { "swelled", "calf-raise", TRUE, 0, KW_NEXT_MORNING_NOT_WORSE, TRUE,
      KW_READINESS_FAILED, "Calf raises: the knee swelled" },
    { "worse next morning", "brisk-walk", TRUE, 1, KW_NEXT_MORNING_WORSE, FALSE,
      KW_READINESS_FAILED, "Brisk walk: the knee was worse the next morning" },
    { "a little worse", "brisk-walk", TRUE, 1, KW_NEXT_MORNING_WORSE_SETTLED, FALSE,
      KW_READINESS_FAILED, "worse the next morning" },
    { "morning not told", "single-leg-squat", TRUE, 1, KW_NEXT_MORNING_UNKNOWN, FALSE,
      KW_READINESS_WAITING, "tomorrow morning" },
  };
  GDate on = kw_test_day (2026, 1, 28);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GArray) entries = all_passing (0);
      KwReadinessEntry *e = find (entries, cases[i].test_id);
      KwReadinessResult result;

      g_test_message ("%s", cases[i].name);
      e->done = cases[i].done;
      e->pain = cases[i].pain;
      e->next_morning = cases[i].next_morning;
      e->new_swelling = cases[i].swelling;

      kw_readiness_evaluate ((KwReadinessEntry *) entries->data, entries->len, FALSE, &on,
                             &result);
      g_assert_cmpint (result.verdict, ==, cases[i].verdict);
      g_assert_nonnull (strstr (result.reason, cases[i].says));
      if (cases[i].verdict == KW_READINESS_FAILED)
        {
          g_autofree char *retest = kw_date_to_iso (&result.retest);

          /* A week later, across the month end. */
          g_assert_cmpstr (result.failed_test, ==, cases[i].test_id);
          g_assert_cmpstr (retest, ==, "2026-02-04");
          g_assert_nonnull (strstr (result.reason, "Wed 4 Feb 2026"));
        }
      kw_readiness_result_clear (&result);
    }
}

static void
test_readiness_partial (void)
{
  g_autoptr(GArray) entries = all_passing (1);
  GDate on = kw_test_day (2026, 12, 29);
  KwReadinessResult result;
  g_autofree char *retest = NULL;

  kw_readiness_evaluate (NULL, 0, FALSE, &on, &result);
  g_assert_cmpint (result.verdict, ==, KW_READINESS_NOT_STARTED);
  kw_readiness_result_clear (&result);

  g_array_set_size (entries, 5);
  kw_readiness_evaluate ((KwReadinessEntry *) entries->data, entries->len, FALSE, &on, &result);
  g_assert_cmpint (result.verdict, ==, KW_READINESS_INCOMPLETE);
  g_assert_nonnull (strstr (result.reason, "5 of 7"));
  kw_readiness_result_clear (&result);

  /* One failure fails the attempt even before the rest is done. */
  find (entries, "daily-life")->pain = 5;
  kw_readiness_evaluate ((KwReadinessEntry *) entries->data, entries->len, FALSE, &on, &result);
  g_assert_cmpint (result.verdict, ==, KW_READINESS_FAILED);
  g_assert_cmpstr (result.failed_test, ==, "daily-life");
  retest = kw_date_to_iso (&result.retest);
  g_assert_cmpstr (retest, ==, "2027-01-05");
  kw_readiness_result_clear (&result);
}

static void
test_readiness_validate (void)
{
  KwReadinessEntry ok = { "stairs", TRUE, 0, KW_NEXT_MORNING_UNKNOWN, FALSE };
  KwReadinessEntry bad_id = { "sprint", TRUE, 0, KW_NEXT_MORNING_UNKNOWN, FALSE };
  KwReadinessEntry bad_pain = { "stairs", TRUE, 11, KW_NEXT_MORNING_UNKNOWN, FALSE };
  KwReadinessEntry neg_pain = { "stairs", TRUE, -1, KW_NEXT_MORNING_UNKNOWN, FALSE };
  KwReadinessEntry bad_morning = { "stairs", TRUE, 0, (KwNextMorning) 9, FALSE };
  g_autoptr(GError) error = NULL;

  g_assert_true (kw_readiness_entry_validate (&ok, &error));
  g_assert_no_error (error);

  g_assert_false (kw_readiness_entry_validate (&bad_id, &error));
  g_assert_error (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“sprint” is not one of the readiness tests"));
  g_clear_error (&error);

  g_assert_false (kw_readiness_entry_validate (&bad_pain, &error));
  g_assert_nonnull (strstr (error->message, "0 to 10; 11"));
  g_clear_error (&error);
  g_assert_false (kw_readiness_entry_validate (&neg_pain, &error));
  g_assert_nonnull (strstr (error->message, "-1"));
  g_clear_error (&error);
  g_assert_false (kw_readiness_entry_validate (&bad_morning, &error));
  g_assert_nonnull (strstr (error->message, "next-morning"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/readiness/content", test_readiness_content);
  g_test_add_func ("/readiness/pass", test_readiness_pass);
  g_test_add_func ("/readiness/fail-and-wait", test_readiness_fail_and_wait);
  g_test_add_func ("/readiness/partial", test_readiness_partial);
  g_test_add_func ("/readiness/validate", test_readiness_validate);

  return g_test_run ();
}
