/* kw-return-status.c: where the runner stands on the way back to running
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One place that reads the stored facts and runs them through the rules,
 * so the app and kneewise-cli always say the same thing.
 */

#define G_LOG_DOMAIN "kw-return-status"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kw-date.h"
#include "kw-return-status.h"

const char *
kw_return_step_get_title (KwReturnStep step)
{
  switch (step)
    {
    case KW_RETURN_STEP_NONE:
      return _("Nothing to rest from");
    case KW_RETURN_STEP_RESTING:
      return _("Resting from running");
    case KW_RETURN_STEP_REASSESS:
      return _("Time to check again");
    case KW_RETURN_STEP_SEE_SOMEONE:
      return _("Time to see someone");
    case KW_RETURN_STEP_CHECKLIST:
      return _("Readiness tests");
    case KW_RETURN_STEP_RETEST:
      return _("Waiting to retest");
    case KW_RETURN_STEP_WALK_RUN:
      return _("Walk-run program");
    case KW_RETURN_STEP_STOPPED:
      return _("Walk-run stopped");
    case KW_RETURN_STEP_RUNNING:
      return _("Running again");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * kw_return_evidence_get_label:
 * @tag: an evidence tag from clinical.md ("SR", "C", "E", "D"…)
 *
 * Returns: how strong the evidence behind a claim is, in plain words
 */
const char *
kw_return_evidence_get_label (const char *tag)
{
  if (g_strcmp0 (tag, "G") == 0)
    return _("clinical guideline");
  if (g_strcmp0 (tag, "SR") == 0)
    return _("well supported: review of studies");
  if (g_strcmp0 (tag, "RCT") == 0)
    return _("well supported: controlled trial");
  if (g_strcmp0 (tag, "C") == 0)
    return _("observed in studies of runners");
  if (g_strcmp0 (tag, "B") == 0)
    return _("lab study");
  if (g_strcmp0 (tag, "D") == 0)
    return _("Kneewise default");

  return _("expert opinion");
}

/* The newest attempt that passed unlocks the program from the day its last
 * answer was recorded. */
static GDate
unlocked_on (GPtrArray *attempts)
{
  GDate date;

  g_date_clear (&date, 1);
  for (guint i = 0; i < attempts->len; i++)
    {
      KwReadinessAttempt *attempt = g_ptr_array_index (attempts, i);
      KwReadinessResult result;
      gboolean passed;

      kw_readiness_attempt_evaluate (attempt, &result);
      passed = result.verdict == KW_READINESS_PASSED;
      kw_readiness_result_clear (&result);
      if (passed)
        return attempt->last_recorded;
    }

  return date;
}

/**
 * kw_return_status_load:
 * @today: the local date now
 * @status: (out caller-allocates): free with kw_return_status_clear()
 */
gboolean
kw_return_status_load (KwStore         *store,
                       const GDate     *today,
                       KwReturnStatus  *status,
                       GError         **error)
{
  g_autoptr(GPtrArray) attempts = NULL;
  gboolean attempt_after_unlock = FALSE;

  g_return_val_if_fail (KW_IS_STORE (store), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);
  g_return_val_if_fail (status != NULL, FALSE);

  memset (status, 0, sizeof *status);
  g_date_clear (&status->unlocked, 1);

  if (!kw_return_load_rest (store, &status->rest, &status->rest_open, error))
    return FALSE;
  if (!(attempts = kw_return_load_attempts (store, error)))
    return FALSE;
  if (!(status->runs = kw_return_load_runs (store, error)))
    return FALSE;

  if (g_date_valid (&status->rest.start))
    status->rest_stage = kw_rest_plan_get_stage (&status->rest, today, &status->rest_reason);

  status->unlocked = unlocked_on (attempts);
  if (attempts->len > 0)
    {
      status->attempt = g_ptr_array_steal_index (attempts, 0);
      kw_readiness_attempt_evaluate (status->attempt, &status->readiness);
    }

  /* A rest period still open after the checklist passed is a new one: a
   * new rest-and-rehab result. Running waits for the checklist again. */
  if (status->rest_open)
    g_date_clear (&status->unlocked, 1);

  kw_walk_run_compute (g_date_valid (&status->unlocked) ? &status->unlocked : NULL,
                       (const KwRunLog *) status->runs->data, status->runs->len, today,
                       &status->walk_run);
  kw_load_guard_weekly ((const KwRunLog *) status->runs->data, status->runs->len, today,
                        &status->weekly);

  /* The next-morning question comes from the day after the run on. */
  for (guint i = 0; i < status->runs->len; i++)
    {
      const KwRunLog *run = &g_array_index (status->runs, KwRunLog, i);

      if (run->next_morning == KW_NEXT_MORNING_UNKNOWN && !run->swelling &&
          g_date_compare (&run->date, today) < 0)
        status->pending_run_id = run->id;
    }

  /* A newer attempt than the passed one is a re-screen after a stop. */
  if (status->attempt != NULL && status->readiness.verdict != KW_READINESS_PASSED &&
      g_date_valid (&status->unlocked))
    attempt_after_unlock = TRUE;

  if (g_date_valid (&status->unlocked) && !attempt_after_unlock)
    {
      switch (status->walk_run.stage)
        {
        case KW_WALK_RUN_STOPPED:
          status->step = KW_RETURN_STEP_STOPPED;
          status->rescreen_red_flags = TRUE;
          break;
        case KW_WALK_RUN_COMPLETE:
          status->step = KW_RETURN_STEP_RUNNING;
          break;
        case KW_WALK_RUN_ACTIVE:
        case KW_WALK_RUN_LOCKED:
        default:
          status->step = KW_RETURN_STEP_WALK_RUN;
          break;
        }
      status->headline = status->walk_run.reason;
      return TRUE;
    }

  if (status->attempt != NULL && status->readiness.verdict != KW_READINESS_PASSED)
    {
      if (status->readiness.verdict == KW_READINESS_FAILED &&
          g_date_compare (today, &status->readiness.retest) < 0)
        status->step = KW_RETURN_STEP_RETEST;
      else
        status->step = KW_RETURN_STEP_CHECKLIST;
      status->headline = status->readiness.reason;
      status->rescreen_red_flags = attempt_after_unlock;
    }
  else if (status->rest_open)
    {
      status->step = status->rest_stage == KW_REST_STAGE_RESTING ? KW_RETURN_STEP_RESTING :
                     status->rest_stage == KW_REST_STAGE_REASSESS ? KW_RETURN_STEP_REASSESS :
                     KW_RETURN_STEP_SEE_SOMEONE;
      status->headline = status->rest_reason;
    }
  else
    {
      status->step = KW_RETURN_STEP_NONE;
      status->headline = status->walk_run.reason;
    }

  /* Two weeks without a passed checklist: seeing someone comes first. */
  if (status->rest_open && status->rest_stage == KW_REST_STAGE_SEE_SOMEONE)
    {
      status->step = KW_RETURN_STEP_SEE_SOMEONE;
      status->headline = status->rest_reason;
    }
  if (status->rest_open && kw_rest_stage_rescreens_red_flags (status->rest_stage))
    status->rescreen_red_flags = TRUE;

  return TRUE;
}

void
kw_return_status_clear (KwReturnStatus *status)
{
  g_return_if_fail (status != NULL);

  g_clear_pointer (&status->rest_reason, g_free);
  g_clear_pointer (&status->attempt, kw_readiness_attempt_free);
  kw_readiness_result_clear (&status->readiness);
  g_clear_pointer (&status->runs, g_array_unref);
  kw_walk_run_state_clear (&status->walk_run);
  kw_weekly_load_clear (&status->weekly);
  status->headline = NULL;
}
