/* kw-return-store.c: rest periods, readiness results and runs in the store
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only facts are stored (dates, answers, runs). Levels, zones, retest and
 * next-session dates are worked out from them each time by the rules in
 * kw-readiness.c and kw-walk-run.c, so a corrected entry corrects the plan.
 */

#define G_LOG_DOMAIN "kw-return-store"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kw-date.h"
#include "kw-plan.h"
#include "kw-return-store.h"
#include "kw-store-private.h"

#define CHANGED "return-to-run"

static void
bind_date (sqlite3_stmt *stmt,
           int           index,
           const GDate  *date)
{
  g_autofree char *iso = kw_date_to_iso (date);

  sqlite3_bind_text (stmt, index, iso, -1, SQLITE_TRANSIENT);
}

static gboolean
column_date (sqlite3_stmt *stmt,
             int           column,
             GDate        *date)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  if (kw_date_set_iso (date, text))
    return TRUE;

  g_warning ("Ignoring a return-to-run row with a bad date: %s", text ? text : "(null)");
  return FALSE;
}

static gboolean
invalid_date (const GDate  *date,
              GError      **error)
{
  if (date != NULL && g_date_valid (date))
    return FALSE;

  g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID, _("The date is not valid."));
  return TRUE;
}

/* Reads the newest rest period; @dates->start stays invalid if there is none. */
static gboolean
read_rest (KwStore      *store,
           KwRestDates  *dates,
           gboolean     *open,
           GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  memset (dates, 0, sizeof *dates);
  g_date_clear (&dates->start, 1);
  g_date_clear (&dates->reassess, 1);
  g_date_clear (&dates->see_someone, 1);
  *open = FALSE;

  if (!(stmt = _kw_store_prepare (store,
                                  "SELECT started, reassess, see_someone, ended IS NULL "
                                  "FROM rtr_rest ORDER BY started DESC, id DESC LIMIT 1",
                                  error)))
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    {
      _kw_store_set_error (store, rc, error);
      return FALSE;
    }

  if (column_date (stmt, 0, &dates->start) &&
      column_date (stmt, 1, &dates->reassess) &&
      column_date (stmt, 2, &dates->see_someone))
    *open = sqlite3_column_int (stmt, 3) != 0;
  else
    g_date_clear (&dates->start, 1);

  return TRUE;
}

/**
 * kw_return_start_rest:
 * @triage: the triage that starts it; only rest-and-rehab does
 * @start: the first day of rest
 * @dates: (out) (optional): the rest period's dates
 *
 * Starts a rest period, or keeps the one already running: a second
 * rest-and-rehab result during rest must not push the two-week date back.
 *
 * Returns: %FALSE with @error set if nothing could be started
 */
gboolean
kw_return_start_rest (KwStore      *store,
                      KwTriage      triage,
                      const GDate  *start,
                      KwRestDates  *dates,
                      GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  KwRestDates current, fresh;
  gboolean open = FALSE;

  g_return_val_if_fail (KW_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (triage >= KW_TRIAGE_N_LEVELS || !kw_rest_plan_applies_to (triage))
    {
      g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID,
                   /* Translators: %s is a triage result, e.g. “Keep running, but less” */
                   _("A rest period starts only after the result “%s”; "
                     "this result was “%s”."),
                   kw_triage_get_title (KW_TRIAGE_REST_AND_REHAB),
                   triage < KW_TRIAGE_N_LEVELS ? kw_triage_get_title (triage) : "?");
      return FALSE;
    }
  if (invalid_date (start, error))
    return FALSE;

  if (!_kw_store_begin (store, error))
    return FALSE;

  if (!read_rest (store, &current, &open, error))
    goto fail;

  if (open && g_date_valid (&current.start))
    {
      if (!_kw_store_commit (store, error))
        return FALSE;
      if (dates != NULL)
        *dates = current;
      return TRUE;
    }

  kw_rest_dates_init (&fresh, start);
  if (!(stmt = _kw_store_prepare (store,
                                  "INSERT INTO rtr_rest (started, reassess, see_someone) "
                                  "VALUES (?1, ?2, ?3)", error)))
    goto fail;
  bind_date (stmt, 1, &fresh.start);
  bind_date (stmt, 2, &fresh.reassess);
  bind_date (stmt, 3, &fresh.see_someone);
  if (!_kw_store_step_done (store, stmt, error))
    goto fail;
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (!_kw_store_commit (store, error))
    return FALSE;

  _kw_store_emit_changed (store, CHANGED);
  if (dates != NULL)
    *dates = fresh;
  return TRUE;

fail:
  _kw_store_rollback (store);
  return FALSE;
}

/**
 * kw_return_follow_assessment:
 * @assessment: (nullable): the latest saved assessment
 * @started: (out) (optional): whether a new rest period was started
 *
 * A rest-and-rehab result starts a rest period on the local day it was
 * given, unless one already started on or after that day (the same result
 * seen again, or a rest period that has run its course since).
 */
gboolean
kw_return_follow_assessment (KwStore       *store,
                             KwAssessment  *assessment,
                             gboolean      *started,
                             GError       **error)
{
  KwRestDates current;
  gboolean open = FALSE;
  GDate given;

  g_return_val_if_fail (KW_IS_STORE (store), FALSE);
  g_return_val_if_fail (assessment == NULL || KW_IS_ASSESSMENT (assessment), FALSE);

  if (started != NULL)
    *started = FALSE;
  if (assessment == NULL || !kw_rest_plan_applies_to (kw_assessment_get_triage (assessment)))
    return TRUE;

  kw_date_set_local (&given, kw_assessment_get_created (assessment));
  if (!read_rest (store, &current, &open, error))
    return FALSE;
  if (g_date_valid (&current.start) && g_date_compare (&current.start, &given) >= 0)
    return TRUE;
  /* Still resting from an earlier result: keep its dates. */
  if (open)
    return TRUE;

  if (!kw_return_start_rest (store, KW_TRIAGE_REST_AND_REHAB, &given, NULL, error))
    return FALSE;
  if (started != NULL)
    *started = TRUE;
  return TRUE;
}

/**
 * kw_return_points_to_tendinopathy:
 * @assessment: (nullable): an assessment
 *
 * Returns: whether patellar tendinopathy is among its likely patterns, so
 *   the readiness checklist includes the decline squat
 */
gboolean
kw_return_points_to_tendinopathy (KwAssessment *assessment)
{
  const char * const *ids;

  if (assessment == NULL)
    return FALSE;

  ids = kw_assessment_get_condition_ids (assessment);
  return ids != NULL && g_strv_contains (ids, "patellar-tendinopathy");
}

/**
 * kw_return_load_rest:
 * @dates: (out): the newest rest period; its start is invalid if there is none
 * @open: (out) (optional): whether it is still running
 */
gboolean
kw_return_load_rest (KwStore      *store,
                     KwRestDates  *dates,
                     gboolean     *open,
                     GError      **error)
{
  gboolean is_open = FALSE;

  g_return_val_if_fail (KW_IS_STORE (store), FALSE);
  g_return_val_if_fail (dates != NULL, FALSE);

  if (!read_rest (store, dates, &is_open, error))
    return FALSE;
  if (open != NULL)
    *open = is_open;
  return TRUE;
}

void
kw_readiness_attempt_free (KwReadinessAttempt *attempt)
{
  if (attempt == NULL)
    return;

  g_clear_pointer (&attempt->entries, g_array_unref);
  g_free (attempt);
}

static gboolean
read_entries (KwStore             *store,
              KwReadinessAttempt  *attempt,
              GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (!(stmt = _kw_store_prepare (store,
                                  "SELECT test_id, done, pain, next_morning, swelling, recorded "
                                  "FROM rtr_readiness_result WHERE attempt_id = ?1",
                                  error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, attempt->id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const KwReadinessTest *test =
        kw_readiness_find_test ((const char *) sqlite3_column_text (stmt, 0));
      KwReadinessEntry entry;
      GDate recorded;

      /* A test a later version added: not ours to judge. */
      if (test == NULL || !column_date (stmt, 5, &recorded))
        continue;

      entry.test_id = test->id;
      entry.done = sqlite3_column_int (stmt, 1) != 0;
      entry.pain = sqlite3_column_int (stmt, 2);
      entry.next_morning = (KwNextMorning) sqlite3_column_int (stmt, 3);
      entry.new_swelling = sqlite3_column_int (stmt, 4) != 0;
      g_array_append_val (attempt->entries, entry);

      if (!g_date_valid (&attempt->last_recorded) ||
          g_date_compare (&recorded, &attempt->last_recorded) > 0)
        attempt->last_recorded = recorded;
    }
  if (rc != SQLITE_DONE)
    {
      _kw_store_set_error (store, rc, error);
      return FALSE;
    }

  return TRUE;
}

/* Newest first; at most @limit attempts (0: all). */
static GPtrArray *
read_attempts (KwStore  *store,
               guint     limit,
               GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) attempts =
    g_ptr_array_new_with_free_func ((GDestroyNotify) kw_readiness_attempt_free);
  int rc;

  if (!(stmt = _kw_store_prepare (store,
                                  "SELECT id, started, tendinopathy FROM rtr_readiness_attempt "
                                  "ORDER BY id DESC LIMIT ?1", error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, limit == 0 ? -1 : (gint64) limit);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(KwReadinessAttempt) attempt = g_new0 (KwReadinessAttempt, 1);

      attempt->id = sqlite3_column_int64 (stmt, 0);
      attempt->tendinopathy = sqlite3_column_int (stmt, 2) != 0;
      attempt->entries = g_array_new (FALSE, FALSE, sizeof (KwReadinessEntry));
      g_date_clear (&attempt->last_recorded, 1);
      if (!column_date (stmt, 1, &attempt->started))
        continue;
      g_ptr_array_add (attempts, g_steal_pointer (&attempt));
    }
  if (rc != SQLITE_DONE)
    {
      _kw_store_set_error (store, rc, error);
      return NULL;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  for (guint i = 0; i < attempts->len; i++)
    if (!read_entries (store, g_ptr_array_index (attempts, i), error))
      return NULL;

  return g_steal_pointer (&attempts);
}

/**
 * kw_return_load_attempts:
 *
 * Returns: (transfer full) (element-type KwReadinessAttempt): every
 *   readiness attempt, newest first, or %NULL on error
 */
GPtrArray *
kw_return_load_attempts (KwStore  *store,
                         GError  **error)
{
  g_return_val_if_fail (KW_IS_STORE (store), NULL);

  return read_attempts (store, 0, error);
}

/**
 * kw_readiness_attempt_evaluate:
 * @result: (out caller-allocates): free with kw_readiness_result_clear()
 *
 * A failure is retested a week after the day it was recorded.
 */
void
kw_readiness_attempt_evaluate (const KwReadinessAttempt *attempt,
                               KwReadinessResult        *result)
{
  g_return_if_fail (attempt != NULL);

  kw_readiness_evaluate ((const KwReadinessEntry *) attempt->entries->data,
                         attempt->entries->len, attempt->tendinopathy,
                         g_date_valid (&attempt->last_recorded) ? &attempt->last_recorded
                                                                : &attempt->started,
                         result);
}

/**
 * kw_return_begin_readiness:
 * @today: the local date now
 * @tendinopathy: whether the tendon-only test applies
 *
 * Returns the attempt still under way, or starts a new one. During a rest
 * period the tests start on its check date; after a failed attempt a new
 * one starts only from its retest date.
 *
 * Returns: the attempt's id, or 0 with @error set
 */
gint64
kw_return_begin_readiness (KwStore      *store,
                           const GDate  *today,
                           gboolean      tendinopathy,
                           GError      **error)
{
  g_autoptr(GPtrArray) latest = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 id;

  g_return_val_if_fail (KW_IS_STORE (store), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (invalid_date (today, error))
    return 0;

  if (!_kw_store_begin (store, error))
    return 0;

  /* Resting: the tests wait for the check date. */
  {
    KwRestDates rest;
    gboolean open = FALSE;

    if (!read_rest (store, &rest, &open, error))
      goto fail;
    if (open && g_date_valid (&rest.reassess) && g_date_compare (today, &rest.reassess) < 0)
      {
        g_autofree char *when = kw_date_format (&rest.reassess);

        g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID,
                     /* Translators: %s is a date */
                     _("Rest first: the readiness tests start on %s, after the warning-sign "
                       "questions."), when);
        goto fail;
      }
  }

  if (!(latest = read_attempts (store, 1, error)))
    goto fail;

  if (latest->len > 0)
    {
      KwReadinessAttempt *attempt = g_ptr_array_index (latest, 0);
      KwReadinessResult result;
      gint64 reuse = 0;

      kw_readiness_attempt_evaluate (attempt, &result);
      if (result.verdict == KW_READINESS_FAILED &&
          g_date_compare (today, &result.retest) < 0)
        {
          g_autofree char *when = kw_date_format (&result.retest);

          g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID,
                       /* Translators: %s is a date */
                       _("The readiness tests can be tried again from %s: give the knee "
                         "a week with the exercises first."), when);
          kw_readiness_result_clear (&result);
          goto fail;
        }
      if (result.verdict != KW_READINESS_FAILED && result.verdict != KW_READINESS_PASSED)
        reuse = attempt->id;
      kw_readiness_result_clear (&result);

      if (reuse != 0)
        {
          if (!_kw_store_commit (store, error))
            return 0;
          return reuse;
        }
    }

  if (!(stmt = _kw_store_prepare (store,
                                  "INSERT INTO rtr_readiness_attempt (started, tendinopathy) "
                                  "VALUES (?1, ?2)", error)))
    goto fail;
  bind_date (stmt, 1, today);
  sqlite3_bind_int (stmt, 2, tendinopathy ? 1 : 0);
  if (!_kw_store_step_done (store, stmt, error))
    goto fail;
  id = sqlite3_last_insert_rowid (_kw_store_get_db (store));
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (!_kw_store_commit (store, error))
    return 0;

  _kw_store_emit_changed (store, CHANGED);
  return id;

fail:
  _kw_store_rollback (store);
  return 0;
}

/* Passing the checklist is also the active plan's phase 3 test: it opens
 * phase 4 when the plan's own rule (two green weeks, no alert) allows it
 * today. If not yet, the Plan page offers the step once it does. */
static gboolean
open_plan_phase_4 (KwStore      *store,
                   const GDate  *today,
                   GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(KwPlan) plan = kw_plan_load_active (store, &local_error);

  if (plan == NULL)
    {
      if (g_error_matches (local_error, KW_PLAN_ERROR, KW_PLAN_ERROR_NO_ACTIVE_PLAN))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (!kw_phase_test_is_readiness (kw_plan_get_phase (plan)) ||
      !kw_plan_phase_test_ready (plan, today, NULL))
    return TRUE;

  return kw_plan_pass_phase_test (plan, store, today, NULL, error);
}

/**
 * kw_return_record_readiness:
 * @attempt_id: from kw_return_begin_readiness()
 * @entry: the runner's answer for one test; replaces an earlier one
 * @today: the day it is recorded
 *
 * When this answer completes a passed checklist, the rest period ends, and
 * an active plan in phase 3 moves on to phase 4 if its weeks allow it.
 */
gboolean
kw_return_record_readiness (KwStore                 *store,
                            gint64                   attempt_id,
                            const KwReadinessEntry  *entry,
                            const GDate             *today,
                            GError                 **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) attempts = NULL;
  KwReadinessAttempt *attempt = NULL;
  KwReadinessResult result;
  gboolean passed;

  g_return_val_if_fail (KW_IS_STORE (store), FALSE);
  g_return_val_if_fail (entry != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!kw_readiness_entry_validate (entry, error) || invalid_date (today, error))
    return FALSE;

  if (!_kw_store_begin (store, error))
    return FALSE;

  if (!(attempts = read_attempts (store, 0, error)))
    goto fail;
  for (guint i = 0; i < attempts->len; i++)
    if (((KwReadinessAttempt *) g_ptr_array_index (attempts, i))->id == attempt_id)
      attempt = g_ptr_array_index (attempts, i);
  if (attempt == NULL)
    {
      g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_NOT_FOUND,
                   _("That round of readiness tests no longer exists; start a new one."));
      goto fail;
    }
  if (!kw_readiness_test_applies (kw_readiness_find_test (entry->test_id),
                                  attempt->tendinopathy))
    {
      g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID,
                   _("The decline squat is only for a sore tendon below the kneecap."));
      goto fail;
    }

  if (!(stmt = _kw_store_prepare (store,
                                  "INSERT INTO rtr_readiness_result "
                                  "(attempt_id, test_id, done, pain, next_morning, swelling, "
                                  " recorded) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                                  "ON CONFLICT (attempt_id, test_id) DO UPDATE SET "
                                  "done = excluded.done, pain = excluded.pain, "
                                  "next_morning = excluded.next_morning, "
                                  "swelling = excluded.swelling, recorded = excluded.recorded",
                                  error)))
    goto fail;
  sqlite3_bind_int64 (stmt, 1, attempt_id);
  sqlite3_bind_text (stmt, 2, entry->test_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, entry->done ? 1 : 0);
  sqlite3_bind_int (stmt, 4, entry->pain);
  sqlite3_bind_int (stmt, 5, (int) entry->next_morning);
  sqlite3_bind_int (stmt, 6, entry->new_swelling ? 1 : 0);
  bind_date (stmt, 7, today);
  if (!_kw_store_step_done (store, stmt, error))
    goto fail;
  g_clear_pointer (&stmt, sqlite3_finalize);

  /* Re-read this attempt as it now stands. */
  g_array_set_size (attempt->entries, 0);
  g_date_clear (&attempt->last_recorded, 1);
  if (!read_entries (store, attempt, error))
    goto fail;
  kw_readiness_attempt_evaluate (attempt, &result);
  passed = result.verdict == KW_READINESS_PASSED;
  kw_readiness_result_clear (&result);

  if (passed)
    {
      if (!(stmt = _kw_store_prepare (store,
                                      "UPDATE rtr_rest SET ended = ?1 WHERE ended IS NULL",
                                      error)))
        goto fail;
      bind_date (stmt, 1, today);
      if (!_kw_store_step_done (store, stmt, error))
        goto fail;
      g_clear_pointer (&stmt, sqlite3_finalize);

      if (!open_plan_phase_4 (store, today, error))
        goto fail;
    }

  if (!_kw_store_commit (store, error))
    return FALSE;

  _kw_store_emit_changed (store, CHANGED);
  return TRUE;

fail:
  _kw_store_rollback (store);
  return FALSE;
}

/**
 * kw_return_log_run:
 * @run: the run; its id is ignored
 *
 * Returns: the new run's id, or 0 with @error set
 */
gint64
kw_return_log_run (KwStore         *store,
                   const KwRunLog  *run,
                   GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 id;

  g_return_val_if_fail (KW_IS_STORE (store), 0);
  g_return_val_if_fail (run != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!kw_run_log_validate (run, error))
    return 0;

  if (!_kw_store_begin (store, error))
    return 0;

  if (!(stmt = _kw_store_prepare (store,
                                  "INSERT INTO rtr_run (date, level, duration_s, distance_m, "
                                  "pain_during, next_morning, swelling, limp) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error)))
    goto fail;
  bind_date (stmt, 1, &run->date);
  sqlite3_bind_int (stmt, 2, (int) run->level);
  sqlite3_bind_int (stmt, 3, (int) run->duration_s);
  sqlite3_bind_int (stmt, 4, (int) run->distance_m);
  sqlite3_bind_int (stmt, 5, run->pain_during);
  sqlite3_bind_int (stmt, 6, (int) run->next_morning);
  sqlite3_bind_int (stmt, 7, run->swelling ? 1 : 0);
  sqlite3_bind_int (stmt, 8, run->limp ? 1 : 0);
  if (!_kw_store_step_done (store, stmt, error))
    goto fail;
  id = sqlite3_last_insert_rowid (_kw_store_get_db (store));
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (!_kw_store_commit (store, error))
    return 0;

  _kw_store_emit_changed (store, CHANGED);
  return id;

fail:
  _kw_store_rollback (store);
  return 0;
}

/**
 * kw_return_set_next_morning:
 * @run_id: a logged run
 * @swelling: whether the knee has swollen since
 *
 * The next-morning answer for a run logged the day before.
 */
gboolean
kw_return_set_next_morning (KwStore        *store,
                            gint64          run_id,
                            KwNextMorning   next_morning,
                            gboolean        swelling,
                            GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (KW_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((guint) next_morning >= KW_NEXT_MORNING_N_VALUES)
    {
      g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID,
                   _("The next-morning answer is not one of the choices."));
      return FALSE;
    }

  if (!_kw_store_begin (store, error))
    return FALSE;

  if (!(stmt = _kw_store_prepare (store,
                                  "UPDATE rtr_run SET next_morning = ?2, "
                                  "swelling = max (swelling, ?3) WHERE id = ?1", error)))
    goto fail;
  sqlite3_bind_int64 (stmt, 1, run_id);
  sqlite3_bind_int (stmt, 2, (int) next_morning);
  sqlite3_bind_int (stmt, 3, swelling ? 1 : 0);
  if (!_kw_store_step_done (store, stmt, error))
    goto fail;
  if (sqlite3_changes (_kw_store_get_db (store)) == 0)
    {
      g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_NOT_FOUND,
                   _("That run is not in your log any more."));
      goto fail;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (!_kw_store_commit (store, error))
    return FALSE;

  _kw_store_emit_changed (store, CHANGED);
  return TRUE;

fail:
  _kw_store_rollback (store);
  return FALSE;
}

/**
 * kw_return_load_runs:
 *
 * Returns: (transfer full) (element-type KwRunLog): every run, oldest
 *   first, or %NULL on error
 */
GArray *
kw_return_load_runs (KwStore  *store,
                     GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) runs = NULL;
  int rc;

  g_return_val_if_fail (KW_IS_STORE (store), NULL);

  if (!(stmt = _kw_store_prepare (store,
                                  "SELECT id, date, level, duration_s, distance_m, pain_during, "
                                  "next_morning, swelling, limp FROM rtr_run "
                                  "ORDER BY date, id", error)))
    return NULL;

  runs = g_array_new (FALSE, TRUE, sizeof (KwRunLog));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KwRunLog run = { 0, };

      if (!column_date (stmt, 1, &run.date))
        continue;
      run.id = sqlite3_column_int64 (stmt, 0);
      run.level = (guint) sqlite3_column_int (stmt, 2);
      run.duration_s = (guint) sqlite3_column_int (stmt, 3);
      run.distance_m = (guint) sqlite3_column_int (stmt, 4);
      run.pain_during = sqlite3_column_int (stmt, 5);
      run.next_morning = (KwNextMorning) sqlite3_column_int (stmt, 6);
      run.swelling = sqlite3_column_int (stmt, 7) != 0;
      run.limp = sqlite3_column_int (stmt, 8) != 0;
      g_array_append_val (runs, run);
    }
  if (rc != SQLITE_DONE)
    {
      _kw_store_set_error (store, rc, error);
      return NULL;
    }

  return g_steal_pointer (&runs);
}
