/* kw-readiness.c: the readiness checklist before running again
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Content from clinical.md section 7. Every test passes only with pain at
 * most 2/10 while doing it (3/10 for the decline squat, as the source
 * says), no worse the next morning and no new swelling. Until the next
 * morning is known, a test has not passed yet.
 */

#define G_LOG_DOMAIN "kw-readiness"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kw-date.h"
#include "kw-readiness.h"
#include "kw-store.h"

static const KwReadinessTest tests[] = {
  { "daily-life",
    N_("Everyday life"),
    N_("Think back over the last 7 days of everyday life: walking about, sitting, "
       "getting up. Can you straighten the knee fully and bend it almost fully? "
       "Is it free of swelling?"),
    N_("Pain 2/10 or less every day for 7 days, full straightening, near-full bending, "
       "no swelling."),
    2, FALSE, "Rambaud 2018", "SR" },
  { "brisk-walk",
    N_("Brisk walk"),
    N_("Walk briskly for 30 minutes, at a pace where talking gets a bit harder."),
    N_("30 minutes with pain 2/10 or less."),
    2, FALSE, "Cannon return-to-run progression", "E" },
  { "stairs",
    N_("Stairs"),
    N_("Go up and down two flights of stairs, one foot per step, without holding on "
       "more than you need to."),
    N_("Two flights up and down, one foot per step, pain 2/10 or less."),
    2, FALSE, "Clinical convention", "E" },
  { "single-leg-squat",
    N_("Single-leg squat"),
    N_("Stand on one leg and bend the knee to about 60 degrees, as if sitting on a high "
       "stool, 10 times on each side. Keep the knee over the second toe and the hips level."),
    N_("10 on each side, knee over the second toe, hips level, pain 2/10 or less."),
    2, FALSE, "Clinical convention", "E" },
  { "bridge-plank",
    N_("Bridge and side plank"),
    N_("Lie on your back and lift your hips on one leg 15 times; then hold a side plank "
       "for 30 seconds on each side."),
    N_("15 single-leg bridges and a 30-second side plank each side, pain 2/10 or less."),
    2, FALSE, "Clinical convention", "E" },
  { "calf-raise",
    N_("Calf raises"),
    N_("Stand on one leg and rise up onto your toes 20 times, on each side."),
    N_("20 single-leg calf raises each side, pain 2/10 or less."),
    2, FALSE, "Pure Physio", "E" },
  { "hops",
    N_("Hops"),
    N_("Hop on both feet for 30 seconds, three times. Then hop on one leg 10 to 20 "
       "times on each side."),
    /* xgettext:no-c-format */
    N_("3 × 30 seconds on both feet, then single-leg hops with both sides within 10% "
       "of each other, pain 2/10 or less."),
    2, FALSE, "20-second hop test", "E" },
  { "decline-squat",
    N_("Decline squat"),
    N_("Stand on one leg on a slope or wedge, heel higher than toes, and slowly bend "
       "the knee. This one is only for a sore tendon below the kneecap."),
    N_("Pain 3/10 or less."),
    3, TRUE, "Clinical convention", "E" },
};

static const char *next_morning_labels[KW_NEXT_MORNING_N_VALUES] = {
  [KW_NEXT_MORNING_UNKNOWN] = N_("Not known yet"),
  [KW_NEXT_MORNING_NOT_WORSE] = N_("No worse than usual"),
  [KW_NEXT_MORNING_WORSE_SETTLED] = N_("A little worse, settled by midday"),
  [KW_NEXT_MORNING_WORSE] = N_("Worse, or not settled by midday"),
};

/**
 * kw_readiness_get_tests:
 * @n_tests: (out): the number of tests
 *
 * Returns: (array length=n_tests) (transfer none): every test, in order
 */
const KwReadinessTest *
kw_readiness_get_tests (guint *n_tests)
{
  g_return_val_if_fail (n_tests != NULL, NULL);

  *n_tests = G_N_ELEMENTS (tests);
  return tests;
}

/**
 * kw_readiness_find_test:
 *
 * Returns: (nullable) (transfer none): the test with this id
 */
const KwReadinessTest *
kw_readiness_find_test (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    if (g_strcmp0 (tests[i].id, id) == 0)
      return &tests[i];

  return NULL;
}

/**
 * kw_readiness_test_applies:
 * @tendinopathy: whether the assessment pointed to patellar tendinopathy
 */
gboolean
kw_readiness_test_applies (const KwReadinessTest *test,
                           gboolean               tendinopathy)
{
  g_return_val_if_fail (test != NULL, FALSE);

  return !test->tendinopathy_only || tendinopathy;
}

const char *
kw_next_morning_get_label (KwNextMorning next_morning)
{
  g_return_val_if_fail (next_morning < KW_NEXT_MORNING_N_VALUES, NULL);

  return g_dgettext (GETTEXT_PACKAGE, next_morning_labels[next_morning]);
}

/**
 * kw_readiness_entry_validate:
 *
 * Returns: %FALSE with a message naming the problem if @entry cannot be saved
 */
gboolean
kw_readiness_entry_validate (const KwReadinessEntry  *entry,
                             GError                 **error)
{
  g_return_val_if_fail (entry != NULL, FALSE);

  if (kw_readiness_find_test (entry->test_id) == NULL)
    {
      g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID,
                   /* Translators: %s is what was given as a test name */
                   _("“%s” is not one of the readiness tests."),
                   entry->test_id != NULL ? entry->test_id : "");
      return FALSE;
    }
  if (entry->pain < 0 || entry->pain > 10)
    {
      g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID,
                   _("Pain is scored from 0 to 10; %d is outside that range."), entry->pain);
      return FALSE;
    }
  if ((guint) entry->next_morning >= KW_NEXT_MORNING_N_VALUES)
    {
      g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID,
                   _("The next-morning answer is not one of the choices."));
      return FALSE;
    }

  return TRUE;
}

/**
 * kw_readiness_entry_passes:
 * @reason: (out) (optional) (transfer full): why not, or why it passed
 *
 * Returns: whether this single test has passed (next morning included)
 */
gboolean
kw_readiness_entry_passes (const KwReadinessEntry  *entry,
                           char                   **reason)
{
  const KwReadinessTest *test;
  const char *title;
  gboolean passed = FALSE;
  char *why;

  g_return_val_if_fail (entry != NULL, FALSE);

  test = kw_readiness_find_test (entry->test_id);
  g_return_val_if_fail (test != NULL, FALSE);
  title = g_dgettext (GETTEXT_PACKAGE, test->title);

  /* Translators: in all of these, %s is the name of a readiness test */
  if (!entry->done)
    why = g_strdup_printf (_("%s: not managed yet, so not ready to run."), title);
  else if (entry->pain > test->max_pain)
    why = g_strdup_printf (_("%s: pain %d/10 is above %d/10, so not ready to run."),
                           title, entry->pain, test->max_pain);
  else if (entry->new_swelling)
    why = g_strdup_printf (_("%s: the knee swelled afterwards, so not ready to run."), title);
  else if (entry->next_morning == KW_NEXT_MORNING_WORSE ||
           entry->next_morning == KW_NEXT_MORNING_WORSE_SETTLED)
    why = g_strdup_printf (_("%s: the knee was worse the next morning, so not ready to run."),
                           title);
  else if (entry->next_morning == KW_NEXT_MORNING_UNKNOWN)
    why = g_strdup_printf (_("%s: done; tell the app how the knee feels tomorrow morning."),
                           title);
  else
    {
      why = g_strdup_printf (_("%s: passed."), title);
      passed = TRUE;
    }

  if (reason != NULL)
    *reason = why;
  else
    g_free (why);

  return passed;
}

static gboolean
entry_failed (const KwReadinessEntry *entry)
{
  const KwReadinessTest *test = kw_readiness_find_test (entry->test_id);

  return !entry->done || entry->pain > test->max_pain || entry->new_swelling ||
         entry->next_morning == KW_NEXT_MORNING_WORSE ||
         entry->next_morning == KW_NEXT_MORNING_WORSE_SETTLED;
}

/**
 * kw_readiness_evaluate:
 * @entries: (array length=n_entries): what the runner recorded in this attempt
 * @tendinopathy: whether the tendon-only test applies
 * @tested_on: the day of the attempt; a failure is retested a week later
 * @result: (out caller-allocates): the verdict; free with kw_readiness_result_clear()
 *
 * One failed test fails the attempt at once: there is no point doing hops on
 * a knee that hurt on the stairs.
 */
void
kw_readiness_evaluate (const KwReadinessEntry *entries,
                       guint                   n_entries,
                       gboolean                tendinopathy,
                       const GDate            *tested_on,
                       KwReadinessResult      *result)
{
  gboolean waiting = FALSE;

  g_return_if_fail (entries != NULL || n_entries == 0);
  g_return_if_fail (tested_on != NULL && g_date_valid (tested_on));
  g_return_if_fail (result != NULL);

  memset (result, 0, sizeof *result);
  g_date_clear (&result->retest, 1);

  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    {
      const KwReadinessEntry *entry = NULL;

      if (!kw_readiness_test_applies (&tests[i], tendinopathy))
        continue;
      result->n_tests++;

      for (guint j = 0; j < n_entries; j++)
        if (g_strcmp0 (entries[j].test_id, tests[i].id) == 0)
          entry = &entries[j];
      if (entry == NULL)
        continue;

      result->n_done++;
      if (result->failed_test == NULL && entry_failed (entry))
        {
          g_autofree char *why = NULL;
          g_autofree char *when = NULL;

          result->failed_test = tests[i].id;
          result->retest = kw_date_plus_days (tested_on, KW_READINESS_RETEST_DAYS);
          kw_readiness_entry_passes (entry, &why);
          when = kw_date_format (&result->retest);
          /* Translators: the first %s says which test failed and why,
           * the second is a date */
          result->reason = g_strdup_printf (_("%s Keep up your exercises and try the "
                                              "tests again on %s."), why, when);
        }
      else if (entry->next_morning == KW_NEXT_MORNING_UNKNOWN)
        waiting = TRUE;
    }

  if (result->failed_test != NULL)
    result->verdict = KW_READINESS_FAILED;
  else if (result->n_done == 0)
    {
      result->verdict = KW_READINESS_NOT_STARTED;
      result->reason = g_strdup (_("Do the readiness tests before running again."));
    }
  else if (result->n_done < result->n_tests)
    {
      result->verdict = KW_READINESS_INCOMPLETE;
      /* Translators: %u of %u tests */
      result->reason = g_strdup_printf (_("%u of %u readiness tests done; all must pass "
                                          "before running again."),
                                        result->n_done, result->n_tests);
    }
  else if (waiting)
    {
      result->verdict = KW_READINESS_WAITING;
      result->reason = g_strdup (_("All tests done: if the knee is no worse tomorrow "
                                   "morning, you are ready for the walk-run program."));
    }
  else
    {
      result->verdict = KW_READINESS_PASSED;
      result->reason = g_strdup (_("All readiness tests passed: the walk-run program "
                                   "is open."));
    }
}

void
kw_readiness_result_clear (KwReadinessResult *result)
{
  g_return_if_fail (result != NULL);

  g_clear_pointer (&result->reason, g_free);
}
