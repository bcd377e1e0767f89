/* kw-plan-store.c: plans, sessions, pain logs and changes in the store
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Schema: migration 3 ("plans") in kw-store-migrations.c. Every write runs
 * in one transaction; if it fails, the plan in memory is put back as it
 * was, so memory and disk never disagree.
 */

#define G_LOG_DOMAIN "kw-plan-store"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "kw-plan-private.h"
#include "kw-store-private.h"

/* ---- Helpers ---------------------------------------------------------- */

static char *
dose_to_data (const KwDose *dose)
{
  if (dose == NULL)
    return NULL;
  return g_strdup_printf ("%u,%u,%u,%u,%u,%u,%u,%u", dose->sets, dose->reps, dose->hold_s,
                          dose->distance_m, dose->rest_s, dose->per_week, dose->level,
                          dose->each_side ? 1 : 0);
}

static gboolean
dose_from_data (const char *data,
                KwDose     *dose)
{
  guint side = 0;

  if (data == NULL ||
      sscanf (data, "%u,%u,%u,%u,%u,%u,%u,%u", &dose->sets, &dose->reps, &dose->hold_s,
              &dose->distance_m, &dose->rest_s, &dose->per_week, &dose->level, &side) != 8)
    return FALSE;
  dose->each_side = side != 0;
  return kw_dose_is_valid (dose);
}

static void
bind_date (sqlite3_stmt *stmt,
           int           column,
           const GDate  *date)
{
  if (date != NULL && g_date_valid (date))
    {
      g_autofree char *iso = _kw_date_to_iso (date);
      sqlite3_bind_text (stmt, column, iso, -1, SQLITE_TRANSIENT);
    }
  else
    sqlite3_bind_null (stmt, column);
}

static void
bind_optional_int (sqlite3_stmt *stmt,
                   int           column,
                   int           value)
{
  if (value == KW_PAIN_UNKNOWN)
    sqlite3_bind_null (stmt, column);
  else
    sqlite3_bind_int (stmt, column, value);
}

static int
column_optional_int (sqlite3_stmt *stmt,
                     int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return KW_PAIN_UNKNOWN;
  return sqlite3_column_int (stmt, column);
}

static void
column_date (sqlite3_stmt *stmt,
             int           column,
             GDate        *date)
{
  if (!_kw_date_from_iso ((const char *) sqlite3_column_text (stmt, column), date))
    g_date_clear (date, 1);
}

static gboolean
set_corrupt_row (GError     **error,
                 const char  *what)
{
  g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_CORRUPT,
               /* Translators: %s names the damaged record */
               _("A saved plan record is damaged (%s); it was left as it is."), what);
  return FALSE;
}

/* A copy of what the engine may change, to put back if saving fails. */
typedef struct
{
  GArray     *phases;
  GHashTable *doses;
  GPtrArray  *logs;
} Snapshot;

static void
snapshot_take (KwPlan   *plan,
               Snapshot *snap)
{
  GHashTableIter iter;
  gpointer key, value;
  GPtrArray *logs = kw_plan_get_logs (plan);

  snap->phases = g_array_copy (_kw_plan_get_phases (plan));
  snap->doses = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_hash_table_iter_init (&iter, _kw_plan_get_dose_states (plan));
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (snap->doses, g_strdup (key), g_memdup2 (value, sizeof (KwDoseState)));
  snap->logs = g_ptr_array_new_with_free_func ((GDestroyNotify) kw_pain_log_free);
  for (guint i = 0; i < logs->len; i++)
    g_ptr_array_add (snap->logs, kw_pain_log_copy (g_ptr_array_index (logs, i)));
}

static void
snapshot_restore (KwPlan   *plan,
                  Snapshot *snap)
{
  GArray *phases = _kw_plan_get_phases (plan);
  GHashTable *doses = _kw_plan_get_dose_states (plan);
  GPtrArray *logs = kw_plan_get_logs (plan);
  GHashTableIter iter;
  gpointer key, value;

  g_array_set_size (phases, 0);
  g_array_append_vals (phases, snap->phases->data, snap->phases->len);
  g_hash_table_remove_all (doses);
  g_hash_table_iter_init (&iter, snap->doses);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (doses, g_strdup (key), g_memdup2 (value, sizeof (KwDoseState)));
  g_ptr_array_set_size (logs, 0);
  for (guint i = 0; i < snap->logs->len; i++)
    g_ptr_array_add (logs, kw_pain_log_copy (g_ptr_array_index (snap->logs, i)));
}

static void
snapshot_clear (Snapshot *snap)
{
  g_clear_pointer (&snap->phases, g_array_unref);
  g_clear_pointer (&snap->doses, g_hash_table_unref);
  g_clear_pointer (&snap->logs, g_ptr_array_unref);
}

/* ---- Writing ---------------------------------------------------------- */

static gboolean
write_plan_row (KwPlan   *plan,
                KwStore  *store,
                gboolean  is_new,
                GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const KwPlanPrefs *prefs = kw_plan_get_prefs (plan);

  if (is_new)
    {
      g_autoptr(sqlite3_stmt) off = NULL;

      if (!(off = _kw_store_prepare (store, "UPDATE plan SET active = 0 WHERE active = 1", error)) ||
          !_kw_store_step_done (store, off, error))
        return FALSE;

      stmt = _kw_store_prepare (store,
                                "INSERT INTO plan (condition, triage, start_date, days_per_week, "
                                "minutes, equipment, phase, active) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1)",
                                error);
    }
  else
    stmt = _kw_store_prepare (store,
                              "UPDATE plan SET condition = ?1, triage = ?2, start_date = ?3, "
                              "days_per_week = ?4, minutes = ?5, equipment = ?6, phase = ?7 "
                              "WHERE id = ?8",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, kw_plan_get_condition_id (plan), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, kw_triage_to_id (kw_plan_get_triage (plan)), -1, SQLITE_TRANSIENT);
  bind_date (stmt, 3, kw_plan_get_start_date (plan));
  sqlite3_bind_int (stmt, 4, prefs->days_per_week);
  sqlite3_bind_int (stmt, 5, prefs->minutes_per_session);
  sqlite3_bind_int (stmt, 6, prefs->equipment);
  sqlite3_bind_int (stmt, 7, kw_plan_get_phase (plan));
  if (!is_new)
    sqlite3_bind_int64 (stmt, 8, kw_plan_get_id (plan));

  if (!_kw_store_step_done (store, stmt, error))
    return FALSE;

  if (is_new)
    _kw_plan_set_id (plan, sqlite3_last_insert_rowid (_kw_store_get_db (store)));
  return TRUE;
}

static gboolean
write_phases (KwPlan   *plan,
              KwStore  *store,
              GError  **error)
{
  g_autoptr(sqlite3_stmt) del = NULL;
  g_autoptr(sqlite3_stmt) ins = NULL;
  GArray *phases = _kw_plan_get_phases (plan);

  if (!(del = _kw_store_prepare (store, "DELETE FROM plan_phase WHERE plan_id = ?1", error)))
    return FALSE;
  sqlite3_bind_int64 (del, 1, kw_plan_get_id (plan));
  if (!_kw_store_step_done (store, del, error))
    return FALSE;

  if (!(ins = _kw_store_prepare (store,
                                 "INSERT INTO plan_phase (plan_id, start_date, phase) "
                                 "VALUES (?1, ?2, ?3)", error)))
    return FALSE;

  for (guint i = 0; i < phases->len; i++)
    {
      const KwPhaseSpan *span = &g_array_index (phases, KwPhaseSpan, i);

      sqlite3_reset (ins);
      sqlite3_bind_int64 (ins, 1, kw_plan_get_id (plan));
      bind_date (ins, 2, &span->from);
      sqlite3_bind_int (ins, 3, span->phase);
      if (!_kw_store_step_done (store, ins, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_doses (KwPlan   *plan,
             KwStore  *store,
             GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GList) keys = NULL;
  GHashTable *states = _kw_plan_get_dose_states (plan);

  stmt = _kw_store_prepare (store,
                            "INSERT INTO plan_dose (plan_id, exercise, sets, reps, hold_s, "
                            "distance_m, rest_s, per_week, level, each_side, last_progress, "
                            "restore, restore_from) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) "
                            "ON CONFLICT (plan_id, exercise) DO UPDATE SET "
                            "sets = excluded.sets, reps = excluded.reps, hold_s = excluded.hold_s, "
                            "distance_m = excluded.distance_m, rest_s = excluded.rest_s, "
                            "per_week = excluded.per_week, level = excluded.level, "
                            "each_side = excluded.each_side, "
                            "last_progress = excluded.last_progress, "
                            "restore = excluded.restore, restore_from = excluded.restore_from",
                            error);
  if (stmt == NULL)
    return FALSE;

  /* Sorted, so the file does not depend on hash order. */
  keys = g_list_sort (g_hash_table_get_keys (states), (GCompareFunc) g_strcmp0);
  for (GList *l = keys; l != NULL; l = l->next)
    {
      const KwDoseState *state = g_hash_table_lookup (states, l->data);
      g_autofree char *restore = state->has_restore ? dose_to_data (&state->restore) : NULL;

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, kw_plan_get_id (plan));
      sqlite3_bind_text (stmt, 2, l->data, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 3, state->dose.sets);
      sqlite3_bind_int (stmt, 4, state->dose.reps);
      sqlite3_bind_int (stmt, 5, state->dose.hold_s);
      sqlite3_bind_int (stmt, 6, state->dose.distance_m);
      sqlite3_bind_int (stmt, 7, state->dose.rest_s);
      sqlite3_bind_int (stmt, 8, state->dose.per_week);
      sqlite3_bind_int (stmt, 9, state->dose.level);
      sqlite3_bind_int (stmt, 10, state->dose.each_side ? 1 : 0);
      bind_date (stmt, 11, &state->last_progress);
      if (restore != NULL)
        sqlite3_bind_text (stmt, 12, restore, -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_null (stmt, 12);
      bind_date (stmt, 13, state->has_restore ? &state->restore_from : NULL);
      if (!_kw_store_step_done (store, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_changes (KwPlan     *plan,
               KwStore    *store,
               GPtrArray  *changes,
               GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (changes == NULL || changes->len == 0)
    return TRUE;

  stmt = _kw_store_prepare (store,
                            "INSERT INTO plan_change (plan_id, date, kind, exercise, dose_before, "
                            "dose_after, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                            error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < changes->len; i++)
    {
      KwPlanChange *change = g_ptr_array_index (changes, i);
      g_autofree char *before = dose_to_data (kw_plan_change_get_before (change));
      g_autofree char *after = dose_to_data (kw_plan_change_get_after (change));

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, kw_plan_get_id (plan));
      bind_date (stmt, 2, kw_plan_change_get_date (change));
      sqlite3_bind_text (stmt, 3, kw_plan_change_kind_to_id (kw_plan_change_get_kind (change)),
                         -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, kw_plan_change_get_exercise_id (change), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 5, before, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 6, after, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 7, kw_plan_change_get_reason (change), -1, SQLITE_TRANSIENT);
      if (!_kw_store_step_done (store, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_session (KwPlan           *plan,
               KwStore          *store,
               const KwPainLog  *log,
               GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = _kw_store_prepare (store,
                            "INSERT INTO plan_session (plan_id, date, status, pain_during, "
                            "pain_evening, baseline, morning, settled, swelling, limp, running, "
                            "zone) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
                            "ON CONFLICT (plan_id, date) DO UPDATE SET "
                            "status = excluded.status, pain_during = excluded.pain_during, "
                            "pain_evening = excluded.pain_evening, baseline = excluded.baseline, "
                            "morning = excluded.morning, settled = excluded.settled, "
                            "swelling = excluded.swelling, limp = excluded.limp, "
                            "running = excluded.running, zone = excluded.zone",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, kw_plan_get_id (plan));
  bind_date (stmt, 2, &log->date);
  sqlite3_bind_text (stmt, 3, kw_session_status_to_id (log->status), -1, SQLITE_STATIC);
  bind_optional_int (stmt, 4, log->pain_during);
  bind_optional_int (stmt, 5, log->pain_evening);
  sqlite3_bind_int (stmt, 6, log->baseline);
  bind_optional_int (stmt, 7, log->morning);
  bind_optional_int (stmt, 8, log->settled_by_midday);
  sqlite3_bind_text (stmt, 9, kw_swelling_to_id (log->swelling), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 10, log->limp ? 1 : 0);
  sqlite3_bind_int (stmt, 11, log->running ? 1 : 0);
  sqlite3_bind_text (stmt, 12, kw_pain_zone_to_id (kw_pain_log_get_zone (log)), -1, SQLITE_STATIC);

  return _kw_store_step_done (store, stmt, error);
}

static gboolean
write_all (KwPlan     *plan,
           KwStore    *store,
           gboolean    is_new,
           GPtrArray  *changes,
           GError    **error)
{
  return write_plan_row (plan, store, is_new, error) &&
         write_phases (plan, store, error) &&
         write_doses (plan, store, error) &&
         write_changes (plan, store, changes, error);
}

/**
 * kw_plan_save:
 * @self: a #KwPlan
 * @store: the store
 * @error: return location for a #KwStoreError
 *
 * Saves the plan. A new plan becomes the active one (the previous active
 * plan is kept, inactive, for the history) and its start is recorded as
 * the first change.
 *
 * Returns: %TRUE if saved
 */
gboolean
kw_plan_save (KwPlan   *self,
              KwStore  *store,
              GError  **error)
{
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean is_new;

  g_return_val_if_fail (KW_IS_PLAN (self), FALSE);
  g_return_val_if_fail (KW_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  is_new = kw_plan_get_id (self) == 0;
  if (is_new)
    {
      char buf[64];
      g_autofree char *reason = NULL;
      KwPhase phase = kw_plan_get_phase (self);

      g_date_strftime (buf, sizeof buf, _("%A %-d %B"), kw_plan_get_start_date (self));
      /* Translators: the program title, phase number and name, then the start day */
      reason = g_strdup_printf (_("Plan made for %s: phase %d, %s, from %s."),
                                kw_program_get_title (kw_plan_get_program (self)), (int) phase,
                                kw_phase_get_title (phase), buf);
      g_ptr_array_add (changes, kw_plan_change_new (kw_plan_get_start_date (self),
                                                    KW_PLAN_CHANGE_STARTED, NULL, NULL, NULL,
                                                    reason));
    }

  if (!_kw_store_begin (store, error))
    return FALSE;

  if (!write_all (self, store, is_new, changes, error))
    {
      _kw_store_rollback (store);
      if (is_new)
        _kw_plan_set_id (self, 0);
      return FALSE;
    }

  if (!_kw_store_commit (store, error))
    {
      if (is_new)
        _kw_plan_set_id (self, 0);
      return FALSE;
    }

  _kw_store_emit_changed (store, "plan");
  return TRUE;
}

/* ---- Reading ---------------------------------------------------------- */

static KwPainLog *
read_log (sqlite3_stmt *stmt,
          int           first)
{
  KwPainLog *log = kw_pain_log_new (NULL, KW_SESSION_DONE, 0);

  column_date (stmt, first, &log->date);
  if (!kw_session_status_from_id ((const char *) sqlite3_column_text (stmt, first + 1),
                                  &log->status))
    log->status = KW_SESSION_SKIPPED;
  log->pain_during = column_optional_int (stmt, first + 2);
  log->pain_evening = column_optional_int (stmt, first + 3);
  log->baseline = sqlite3_column_int (stmt, first + 4);
  log->morning = column_optional_int (stmt, first + 5);
  log->settled_by_midday = column_optional_int (stmt, first + 6);
  if (!kw_swelling_from_id ((const char *) sqlite3_column_text (stmt, first + 7), &log->swelling))
    log->swelling = KW_SWELLING_NONE;
  log->limp = sqlite3_column_int (stmt, first + 8) != 0;
  log->running = sqlite3_column_int (stmt, first + 9) != 0;
  return log;
}

#define LOG_COLUMNS "date, status, pain_during, pain_evening, baseline, morning, settled, " \
                    "swelling, limp, running"

static gboolean
read_details (KwPlan   *plan,
              KwStore  *store,
              GError  **error)
{
  g_autoptr(sqlite3_stmt) phases = NULL;
  g_autoptr(sqlite3_stmt) doses = NULL;
  g_autoptr(sqlite3_stmt) sessions = NULL;
  GArray *spans = _kw_plan_get_phases (plan);
  GHashTable *states = _kw_plan_get_dose_states (plan);
  gint64 id = kw_plan_get_id (plan);
  int rc;

  if (!(phases = _kw_store_prepare (store, "SELECT start_date, phase FROM plan_phase "
                                    "WHERE plan_id = ?1 ORDER BY start_date", error)))
    return FALSE;
  sqlite3_bind_int64 (phases, 1, id);
  g_array_set_size (spans, 0);
  while ((rc = sqlite3_step (phases)) == SQLITE_ROW)
    {
      KwPhaseSpan span;

      column_date (phases, 0, &span.from);
      span.phase = sqlite3_column_int (phases, 1);
      if (!g_date_valid (&span.from) || !KW_PHASE_IS_VALID (span.phase))
        return set_corrupt_row (error, "plan_phase");
      g_array_append_val (spans, span);
    }
  if (rc != SQLITE_DONE)
    {
      _kw_store_set_error (store, rc, error);
      return FALSE;
    }
  if (spans->len == 0)
    {
      KwPhaseSpan span = { *kw_plan_get_start_date (plan), KW_PHASE_SETTLE };
      g_array_append_val (spans, span);
    }

  if (!(doses = _kw_store_prepare (store,
                                   "SELECT exercise, sets, reps, hold_s, distance_m, rest_s, "
                                   "per_week, level, each_side, last_progress, restore, "
                                   "restore_from FROM plan_dose WHERE plan_id = ?1", error)))
    return FALSE;
  sqlite3_bind_int64 (doses, 1, id);
  while ((rc = sqlite3_step (doses)) == SQLITE_ROW)
    {
      KwDoseState *state = g_new0 (KwDoseState, 1);
      const char *exercise = (const char *) sqlite3_column_text (doses, 0);

      state->dose.sets = sqlite3_column_int (doses, 1);
      state->dose.reps = sqlite3_column_int (doses, 2);
      state->dose.hold_s = sqlite3_column_int (doses, 3);
      state->dose.distance_m = sqlite3_column_int (doses, 4);
      state->dose.rest_s = sqlite3_column_int (doses, 5);
      state->dose.per_week = sqlite3_column_int (doses, 6);
      state->dose.level = sqlite3_column_int (doses, 7);
      state->dose.each_side = sqlite3_column_int (doses, 8) != 0;
      column_date (doses, 9, &state->last_progress);
      state->has_restore = dose_from_data ((const char *) sqlite3_column_text (doses, 10),
                                           &state->restore);
      column_date (doses, 11, &state->restore_from);
      if (state->has_restore && !g_date_valid (&state->restore_from))
        state->has_restore = FALSE;

      if (kw_exercise_lookup (exercise) == NULL || !kw_dose_is_valid (&state->dose))
        {
          g_free (state);
          return set_corrupt_row (error, "plan_dose");
        }
      g_hash_table_insert (states, g_strdup (exercise), state);
    }
  if (rc != SQLITE_DONE)
    {
      _kw_store_set_error (store, rc, error);
      return FALSE;
    }

  if (!(sessions = _kw_store_prepare (store, "SELECT " LOG_COLUMNS " FROM plan_session "
                                      "WHERE plan_id = ?1 ORDER BY date", error)))
    return FALSE;
  sqlite3_bind_int64 (sessions, 1, id);
  while ((rc = sqlite3_step (sessions)) == SQLITE_ROW)
    {
      KwPainLog *log = read_log (sessions, 0);

      if (!kw_pain_log_validate (log, NULL))
        {
          kw_pain_log_free (log);
          return set_corrupt_row (error, "plan_session");
        }
      /* Already in date order, one per day: no need to search and sort. */
      g_ptr_array_add (kw_plan_get_logs (plan), log);
    }
  if (rc != SQLITE_DONE)
    {
      _kw_store_set_error (store, rc, error);
      return FALSE;
    }

  return TRUE;
}

/**
 * kw_plan_load_active:
 * @store: the store
 * @error: return location for a #KwStoreError, or %KW_PLAN_ERROR_NO_ACTIVE_PLAN
 *
 * Returns: (transfer full) (nullable): the active plan with its doses and
 *   session logs, or %NULL with @error set
 */
KwPlan *
kw_plan_load_active (KwStore  *store,
                     GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(KwPlan) plan = NULL;
  g_autoptr(KwPlanPrefs) prefs = NULL;
  g_autoptr(GError) local_error = NULL;
  KwTriage triage;
  GDate start;
  int rc;

  g_return_val_if_fail (KW_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _kw_store_prepare (store,
                            "SELECT id, condition, triage, start_date, days_per_week, minutes, "
                            "equipment FROM plan WHERE active = 1",
                            error);
  if (stmt == NULL)
    return NULL;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, KW_PLAN_ERROR, KW_PLAN_ERROR_NO_ACTIVE_PLAN,
                           _("There is no active exercise plan yet. Do the assessment first; "
                             "saving it makes a plan."));
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      _kw_store_set_error (store, rc, error);
      return NULL;
    }

  column_date (stmt, 3, &start);
  prefs = kw_plan_prefs_new (sqlite3_column_int (stmt, 4), sqlite3_column_int (stmt, 5),
                             sqlite3_column_int (stmt, 6));
  if (!kw_triage_from_id ((const char *) sqlite3_column_text (stmt, 2), &triage))
    {
      set_corrupt_row (error, "plan");
      return NULL;
    }

  plan = kw_plan_new ((const char *) sqlite3_column_text (stmt, 1), triage, &start, prefs,
                      &local_error);
  if (plan == NULL)
    {
      g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_CORRUPT,
                   _("The saved plan cannot be used: %s"), local_error->message);
      return NULL;
    }
  _kw_plan_set_id (plan, sqlite3_column_int64 (stmt, 0));

  if (!read_details (plan, store, error))
    return NULL;

  return g_steal_pointer (&plan);
}

/**
 * kw_plan_stop:
 * @self: a saved #KwPlan
 * @store: the store
 * @error: return location for a #KwStoreError
 *
 * Ends the plan: it stays in the history but is no longer active.
 *
 * Returns: %TRUE if saved
 */
gboolean
kw_plan_stop (KwPlan   *self,
              KwStore  *store,
              GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (KW_IS_PLAN (self), FALSE);
  g_return_val_if_fail (KW_IS_STORE (store), FALSE);

  if (!_kw_store_begin (store, error))
    return FALSE;
  if (!(stmt = _kw_store_prepare (store, "UPDATE plan SET active = 0 WHERE id = ?1", error)))
    goto fail;
  sqlite3_bind_int64 (stmt, 1, kw_plan_get_id (self));
  if (!_kw_store_step_done (store, stmt, error))
    goto fail;
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (!_kw_store_commit (store, error))
    return FALSE;

  _kw_store_emit_changed (store, "plan");
  return TRUE;

fail:
  g_clear_pointer (&stmt, sqlite3_finalize);
  _kw_store_rollback (store);
  return FALSE;
}

static gboolean
check_saved (KwPlan  *self,
             GError **error)
{
  if (kw_plan_get_id (self) == 0)
    {
      g_set_error_literal (error, KW_PLAN_ERROR, KW_PLAN_ERROR_NO_ACTIVE_PLAN,
                           _("The plan has not been saved yet."));
      return FALSE;
    }
  return TRUE;
}

/* Runs @changes through the store with the rest of the plan; on failure
 * puts the plan in memory back as it was. */
static gboolean
commit_changes (KwPlan           *self,
                KwStore          *store,
                const KwPainLog  *log,
                GPtrArray        *changes,
                Snapshot         *snap,
                GError          **error)
{
  if (!_kw_store_begin (store, error))
    goto restore;

  if ((log != NULL && !write_session (self, store, log, error)) ||
      !write_all (self, store, FALSE, changes, error))
    {
      _kw_store_rollback (store);
      goto restore;
    }

  if (!_kw_store_commit (store, error))
    goto restore;

  _kw_store_emit_changed (store, "plan");
  return TRUE;

restore:
  snapshot_restore (self, snap);
  return FALSE;
}

/**
 * kw_plan_log_session:
 * @self: the active, saved #KwPlan
 * @store: the store
 * @log: the session: after it (pain during, done or not), and again with
 *   the next-morning answers; a second log of the same day replaces the first
 * @today: today, for the checks that a log is not in the future
 * @changes: (out) (optional) (transfer container) (element-type KwPlanChange):
 *   what changed in the plan, each with its reason
 * @error: return location for a #KwPlanError or #KwStoreError
 *
 * Saves the log and runs the pain-monitoring model: each exercise of that
 * day progresses, holds or steps back, and repeated red sessions hold the
 * phase or advise seeing a clinician.
 *
 * Returns: %TRUE if saved; on error nothing changed, on disk or in @self
 */
gboolean
kw_plan_log_session (KwPlan           *self,
                     KwStore          *store,
                     const KwPainLog  *log,
                     const GDate      *today,
                     GPtrArray       **changes,
                     GError          **error)
{
  g_autoptr(KwPainLog) previous = NULL;
  g_autoptr(GPtrArray) made = NULL;
  Snapshot snap = { 0 };
  const KwPainLog *old;
  gboolean ok;

  g_return_val_if_fail (KW_IS_PLAN (self), FALSE);
  g_return_val_if_fail (KW_IS_STORE (store), FALSE);
  g_return_val_if_fail (log != NULL, FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_saved (self, error) || !kw_pain_log_validate (log, error))
    return FALSE;

  if (g_date_compare (&log->date, kw_plan_get_start_date (self)) < 0)
    {
      g_set_error_literal (error, KW_PLAN_ERROR, KW_PLAN_ERROR_INVALID_DATE,
                           _("That day is before the plan started."));
      return FALSE;
    }
  if (g_date_compare (&log->date, today) > 0)
    {
      g_set_error_literal (error, KW_PLAN_ERROR, KW_PLAN_ERROR_INVALID_DATE,
                           _("A session can’t be logged for a day that hasn’t come yet."));
      return FALSE;
    }

  old = kw_plan_get_log (self, &log->date);
  if (old != NULL)
    previous = kw_pain_log_copy (old);

  snapshot_take (self, &snap);
  _kw_plan_take_log (self, kw_pain_log_copy (log));
  made = _kw_plan_apply_log (self, log, previous, today);

  ok = commit_changes (self, store, log, made, &snap, error);
  snapshot_clear (&snap);
  if (!ok)
    return FALSE;

  if (changes != NULL)
    *changes = g_steal_pointer (&made);
  return TRUE;
}

/**
 * kw_plan_pass_phase_test:
 * @self: the active, saved #KwPlan
 * @store: the store
 * @today: the day the test was passed
 * @changes: (out) (optional) (transfer container) (element-type KwPlanChange):
 *   the phase change with its reason
 * @error: return location for %KW_PLAN_ERROR_PHASE_LOCKED (saying why) or
 *   a #KwStoreError
 *
 * Records that the runner passed the phase test. The next phase starts on
 * @today if it is a Monday, else the next Monday.
 *
 * Returns: %TRUE if the plan moved on
 */
gboolean
kw_plan_pass_phase_test (KwPlan       *self,
                         KwStore      *store,
                         const GDate  *today,
                         GPtrArray   **changes,
                         GError      **error)
{
  g_autoptr(GPtrArray) made = NULL;
  g_autofree char *why_not = NULL;
  Snapshot snap = { 0 };
  gboolean ok;

  g_return_val_if_fail (KW_IS_PLAN (self), FALSE);
  g_return_val_if_fail (KW_IS_STORE (store), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  if (!check_saved (self, error))
    return FALSE;

  if (!kw_plan_phase_test_ready (self, today, &why_not))
    {
      g_set_error_literal (error, KW_PLAN_ERROR, KW_PLAN_ERROR_PHASE_LOCKED, why_not);
      return FALSE;
    }

  snapshot_take (self, &snap);
  made = _kw_plan_advance_phase (self, today);
  ok = commit_changes (self, store, NULL, made, &snap, error);
  snapshot_clear (&snap);
  if (!ok)
    return FALSE;

  if (changes != NULL)
    *changes = g_steal_pointer (&made);
  return TRUE;
}

/**
 * kw_plan_list_changes:
 * @store: the store
 * @plan_id: a plan's id (kw_plan_get_id())
 * @error: return location for a #KwStoreError
 *
 * Returns: (transfer container) (element-type KwPlanChange) (nullable):
 *   the plan's changes, newest first, or %NULL with @error set
 */
GPtrArray *
kw_plan_list_changes (KwStore  *store,
                      gint64    plan_id,
                      GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  g_return_val_if_fail (KW_IS_STORE (store), NULL);

  stmt = _kw_store_prepare (store,
                            "SELECT date, kind, exercise, dose_before, dose_after, reason "
                            "FROM plan_change WHERE plan_id = ?1 ORDER BY id DESC",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, plan_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GDate date;
      KwPlanChangeKind kind;
      KwDose before, after;
      gboolean has_before, has_after;

      column_date (stmt, 0, &date);
      if (!g_date_valid (&date) ||
          !kw_plan_change_kind_from_id ((const char *) sqlite3_column_text (stmt, 1), &kind) ||
          sqlite3_column_type (stmt, 5) == SQLITE_NULL)
        {
          set_corrupt_row (error, "plan_change");
          return NULL;
        }
      has_before = dose_from_data ((const char *) sqlite3_column_text (stmt, 3), &before);
      has_after = dose_from_data ((const char *) sqlite3_column_text (stmt, 4), &after);
      g_ptr_array_add (changes,
                       kw_plan_change_new (&date, kind,
                                           (const char *) sqlite3_column_text (stmt, 2),
                                           has_before ? &before : NULL,
                                           has_after ? &after : NULL,
                                           (const char *) sqlite3_column_text (stmt, 5)));
    }
  if (rc != SQLITE_DONE)
    {
      _kw_store_set_error (store, rc, error);
      return NULL;
    }

  return g_steal_pointer (&changes);
}

/**
 * kw_plan_list_pain_logs:
 * @store: the store
 * @from: the first day
 * @to: the last day
 * @error: return location for a #KwStoreError or %KW_PLAN_ERROR_INVALID_DATE
 *
 * Every session log between @from and @to, of any plan, for the Progress
 * chart. Indexed by date, so years of daily logs stay quick.
 *
 * Returns: (transfer container) (element-type KwPainLog) (nullable): the
 *   logs, oldest first, or %NULL with @error set
 */
GPtrArray *
kw_plan_list_pain_logs (KwStore      *store,
                        const GDate  *from,
                        const GDate  *to,
                        GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) logs = g_ptr_array_new_with_free_func ((GDestroyNotify) kw_pain_log_free);
  int rc;

  g_return_val_if_fail (KW_IS_STORE (store), NULL);

  if (from == NULL || to == NULL || !g_date_valid (from) || !g_date_valid (to) ||
      g_date_compare (from, to) > 0)
    {
      g_set_error_literal (error, KW_PLAN_ERROR, KW_PLAN_ERROR_INVALID_DATE,
                           _("The date range is not valid: the first day must come before "
                             "the last."));
      return NULL;
    }

  stmt = _kw_store_prepare (store,
                            "SELECT " LOG_COLUMNS " FROM plan_session "
                            "WHERE date BETWEEN ?1 AND ?2 ORDER BY date",
                            error);
  if (stmt == NULL)
    return NULL;
  bind_date (stmt, 1, from);
  bind_date (stmt, 2, to);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (logs, read_log (stmt, 0));
  if (rc != SQLITE_DONE)
    {
      _kw_store_set_error (store, rc, error);
      return NULL;
    }

  return g_steal_pointer (&logs);
}
