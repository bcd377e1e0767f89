/* kw-reminder-store.c: reminder rules, what fired, and their preferences
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The app writes rules and preferences; kneewise-reminders reads them and
 * writes what it fired. Two processes share the file, so the fired log has
 * a unique key per occurrence: whichever process records it first shows it,
 * and nothing is shown twice.
 */

#define G_LOG_DOMAIN "kw-reminder-store"

#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "kw-reminder-store.h"
#include "kw-store-private.h"

#define CHANGED "reminders"

static gboolean
parse_date (const char *text,
            guint      *year,
            guint      *month,
            guint      *day)
{
  g_autoptr(GDate) date = NULL;

  if (text == NULL || strlen (text) != 10 ||
      sscanf (text, "%4u-%2u-%2u", year, month, day) != 3)
    return FALSE;

  return *year >= 1 && *year <= 9999 && g_date_valid_dmy (*day, *month, *year);
}

static char *
format_local_day (GTimeZone *tz,
                  gint64     time)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (time);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, tz);

  return g_date_time_format (local, "%Y-%m-%d");
}

static gboolean
fail (KwStore *store)
{
  _kw_store_rollback (store);
  return FALSE;
}

static void
set_not_found (GError **error)
{
  g_set_error_literal (error, KW_STORE_ERROR, KW_STORE_ERROR_NOT_FOUND,
                       _("This reminder no longer exists: the plan may have changed "
                         "since it was shown."));
}

/**
 * kw_reminder_store_list_rules:
 * @store: a #KwStore
 * @error: return location for a #KwStoreError
 *
 * Every rule, with the preferences for its kind applied: a kind that is
 * turned off disables its rules, and a kind's time and days replace the
 * rule's own.
 *
 * Returns: (transfer container) (element-type KwReminderRule): the rules,
 *   oldest first, or %NULL with @error set
 */
GPtrArray *
kw_reminder_store_list_rules (KwStore  *store,
                              GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) rules = NULL;
  int rc;

  g_return_val_if_fail (KW_IS_STORE (store), NULL);

  stmt = _kw_store_prepare (store,
                            "SELECT r.id, r.kind, r.target, r.label,"
                            "  COALESCE (k.local_time, r.local_time),"
                            "  CASE WHEN r.on_date IS NULL AND COALESCE (k.weekdays, 0) != 0"
                            "       THEN k.weekdays ELSE r.weekdays END,"
                            "  r.on_date, r.enabled AND COALESCE (k.enabled, 1),"
                            "  r.active_since_utc, COALESCE (r.snoozed_until_utc, 0),"
                            "  COALESCE (r.last_fired_utc, 0)"
                            " FROM reminder_rule r LEFT JOIN reminder_kind k ON k.kind = r.kind"
                            " ORDER BY r.id",
                            error);
  if (stmt == NULL)
    return NULL;

  rules = g_ptr_array_new_with_free_func ((GDestroyNotify) kw_reminder_rule_free);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(KwReminderRule) rule = g_new0 (KwReminderRule, 1);
      const char *kind = (const char *) sqlite3_column_text (stmt, 1);
      const char *time = (const char *) sqlite3_column_text (stmt, 4);
      const char *date = (const char *) sqlite3_column_text (stmt, 6);
      guint hour, minute, year = 0, month = 0, day = 0;

      if (!kw_reminder_kind_from_id (kind, &rule->kind) ||
          !kw_reminder_parse_time (time, &hour, &minute, NULL) ||
          (date != NULL && !parse_date (date, &year, &month, &day)))
        {
          g_warning ("Skipping reminder %" G_GINT64_FORMAT " that this version cannot read",
                     (gint64) sqlite3_column_int64 (stmt, 0));
          continue;
        }

      rule->id = sqlite3_column_int64 (stmt, 0);
      rule->target = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      rule->label = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      rule->hour = hour;
      rule->minute = minute;
      rule->weekdays = date != NULL ? 0 : sqlite3_column_int (stmt, 5);
      rule->year = year;
      rule->month = month;
      rule->day = day;
      rule->enabled = sqlite3_column_int (stmt, 7) != 0;
      rule->active_since = sqlite3_column_int64 (stmt, 8);
      rule->snoozed_until = sqlite3_column_int64 (stmt, 9);
      rule->last_fired = sqlite3_column_int64 (stmt, 10);
      g_ptr_array_add (rules, g_steal_pointer (&rule));
    }

  if (rc != SQLITE_DONE)
    {
      _kw_store_set_error (store, rc, error);
      return NULL;
    }

  return g_steal_pointer (&rules);
}

/* Inserts @rule, or updates the one with the same source, kind and target
 * while keeping what it already fired. Returns its id, 0 on error. */
static gint64
upsert_rule (KwStore         *store,
             const char      *source,
             KwReminderRule  *rule,
             gint64           now,
             GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *time = NULL;
  g_autofree char *date = NULL;
  int rc;

  if (!kw_reminder_rule_validate (rule, error))
    return 0;

  stmt = _kw_store_prepare (store,
                            "INSERT INTO reminder_rule (source, kind, target, label, local_time,"
                            "  weekdays, on_date, enabled, active_since_utc)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
                            " ON CONFLICT (source, kind, target) DO UPDATE SET"
                            "  label = excluded.label, local_time = excluded.local_time,"
                            "  weekdays = excluded.weekdays, on_date = excluded.on_date,"
                            "  enabled = excluded.enabled"
                            " RETURNING id",
                            error);
  if (stmt == NULL)
    return 0;

  time = kw_reminder_format_time (rule->hour, rule->minute);
  if (kw_reminder_rule_is_once (rule))
    date = g_strdup_printf ("%04u-%02u-%02u", rule->year, rule->month, rule->day);

  sqlite3_bind_text (stmt, 1, source, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, kw_reminder_kind_to_id (rule->kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, rule->target, -1, SQLITE_TRANSIENT);
  if (rule->label != NULL)
    sqlite3_bind_text (stmt, 4, rule->label, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, time, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 6, date != NULL ? 0 : rule->weekdays);
  if (date != NULL)
    sqlite3_bind_text (stmt, 7, date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 8, rule->enabled ? 1 : 0);
  sqlite3_bind_int64 (stmt, 9, now);

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      _kw_store_set_error (store, rc, error);
      return 0;
    }

  return sqlite3_column_int64 (stmt, 0);
}

/**
 * kw_reminder_store_add_rule:
 * @store: a #KwStore
 * @source: who made the rule (%KW_REMINDER_SOURCE_USER…)
 * @rule: the rule; its id is set on success
 * @now: UTC unix time; occurrences before it never fire
 * @error: return location for a #KwStoreError
 *
 * Saves @rule, or updates the rule from @source with the same kind and
 * target, keeping what it already fired.
 *
 * Returns: %TRUE if saved
 */
gboolean
kw_reminder_store_add_rule (KwStore         *store,
                            const char      *source,
                            KwReminderRule  *rule,
                            gint64           now,
                            GError         **error)
{
  gint64 id;

  g_return_val_if_fail (KW_IS_STORE (store), FALSE);
  g_return_val_if_fail (source != NULL && *source != '\0', FALSE);
  g_return_val_if_fail (rule != NULL, FALSE);

  if (!_kw_store_begin (store, error))
    return FALSE;

  if ((id = upsert_rule (store, source, rule, now, error)) == 0)
    return fail (store);

  if (!_kw_store_commit (store, error))
    return FALSE;

  rule->id = id;
  _kw_store_emit_changed (store, CHANGED);
  return TRUE;
}

/**
 * kw_reminder_store_replace_rules:
 * @store: a #KwStore
 * @source: who derives the rules (%KW_REMINDER_SOURCE_PLAN…)
 * @rules: (element-type KwReminderRule): all of @source's rules now
 * @now: UTC unix time; occurrences of new rules before it never fire
 * @error: return location for a #KwStoreError
 *
 * Makes @source's rules exactly @rules, as one change: rules that stay
 * (same kind and target) keep what they fired, the others are removed. If
 * any rule is invalid, nothing changes.
 *
 * Returns: %TRUE if saved
 */
gboolean
kw_reminder_store_replace_rules (KwStore     *store,
                                 const char  *source,
                                 GPtrArray   *rules,
                                 gint64       now,
                                 GError     **error)
{
  g_autoptr(GHashTable) keep = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GArray) old_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(sqlite3_stmt) select = NULL;
  g_autoptr(sqlite3_stmt) delete = NULL;
  int rc;

  g_return_val_if_fail (KW_IS_STORE (store), FALSE);
  g_return_val_if_fail (source != NULL && *source != '\0', FALSE);
  g_return_val_if_fail (rules != NULL, FALSE);

  if (!_kw_store_begin (store, error))
    return FALSE;

  for (guint i = 0; i < rules->len; i++)
    {
      KwReminderRule *rule = g_ptr_array_index (rules, i);
      gint64 id = upsert_rule (store, source, rule, now, error);

      if (id == 0)
        return fail (store);
      rule->id = id;
      g_hash_table_add (keep, g_memdup2 (&id, sizeof id));
    }

  if (!(select = _kw_store_prepare (store, "SELECT id FROM reminder_rule WHERE source = ?1",
                                    error)))
    return fail (store);
  sqlite3_bind_text (select, 1, source, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (select)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (select, 0);

      if (!g_hash_table_contains (keep, &id))
        g_array_append_val (old_ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      _kw_store_set_error (store, rc, error);
      return fail (store);
    }

  if (!(delete = _kw_store_prepare (store, "DELETE FROM reminder_rule WHERE id = ?1", error)))
    return fail (store);
  for (guint i = 0; i < old_ids->len; i++)
    {
      sqlite3_reset (delete);
      sqlite3_bind_int64 (delete, 1, g_array_index (old_ids, gint64, i));
      if (!_kw_store_step_done (store, delete, error))
        return fail (store);
    }

  g_clear_pointer (&select, sqlite3_finalize);
  g_clear_pointer (&delete, sqlite3_finalize);
  if (!_kw_store_commit (store, error))
    return FALSE;

  _kw_store_emit_changed (store, CHANGED);
  return TRUE;
}

static gboolean
is_done (KwStore     *store,
         const char  *target,
         const char  *day,
         gboolean    *done,
         GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = _kw_store_prepare (store, "SELECT 1 FROM reminder_done WHERE target = ?1 AND day = ?2",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, target, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, day, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _kw_store_set_error (store, rc, error);
      return FALSE;
    }

  *done = rc == SQLITE_ROW;
  return TRUE;
}

/**
 * kw_reminder_store_record_fired:
 * @store: a #KwStore
 * @due: an entry from kw_schedule_collect_due()
 * @tz: the time zone whose date "done" items are logged under
 * @now: UTC unix time
 * @fired_id: (out): the fired-log id to pass to kw_reminder_store_mark_done()
 *   and friends, or 0 if the reminder must not be shown: it was shown
 *   already (by this or another process), its item is already done for
 *   that day, or its rule is gone
 * @error: return location for a #KwStoreError
 *
 * Records @due as fired before it is shown, so it is shown once: the
 * rule's last_fired moves to @due's occurrence, and a snooze that came due
 * is cleared.
 *
 * Returns: %TRUE on success (even if there is nothing to show)
 */
gboolean
kw_reminder_store_record_fired (KwStore              *store,
                                const KwScheduleDue  *due,
                                GTimeZone            *tz,
                                gint64                now,
                                gint64               *fired_id,
                                GError              **error)
{
  g_autoptr(sqlite3_stmt) update = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autofree char *day = NULL;
  gint64 snooze_key;
  gboolean done = FALSE;
  int rc;

  g_return_val_if_fail (KW_IS_STORE (store), FALSE);
  g_return_val_if_fail (due != NULL && due->rule != NULL, FALSE);
  g_return_val_if_fail (tz != NULL, FALSE);
  g_return_val_if_fail (fired_id != NULL, FALSE);

  *fired_id = 0;
  /* A snooze alone is keyed by its own time, so each snooze shows once. */
  snooze_key = due->n_occurrences == 0 ? due->rule->snoozed_until : 0;

  if (!_kw_store_begin (store, error))
    return FALSE;

  update = _kw_store_prepare (store,
                              "UPDATE reminder_rule SET"
                              "  last_fired_utc = MAX (COALESCE (last_fired_utc, 0), ?2),"
                              "  snoozed_until_utc = CASE WHEN ?3 AND snoozed_until_utc = ?4"
                              "    THEN NULL ELSE snoozed_until_utc END"
                              " WHERE id = ?1",
                              error);
  if (update == NULL)
    return fail (store);
  sqlite3_bind_int64 (update, 1, due->rule->id);
  sqlite3_bind_int64 (update, 2, due->n_occurrences > 0 ? due->occurrence : 0);
  sqlite3_bind_int (update, 3, due->snoozed ? 1 : 0);
  sqlite3_bind_int64 (update, 4, due->rule->snoozed_until);
  if (!_kw_store_step_done (store, update, error))
    return fail (store);

  if (sqlite3_changes (_kw_store_get_db (store)) == 0)
    goto commit;

  /* Done already, in the app or from an earlier reminder: don't nag. */
  day = format_local_day (tz, due->occurrence != 0 ? due->occurrence : now);
  if (!is_done (store, due->rule->target, day, &done, error))
    return fail (store);
  if (done)
    goto commit;

  insert = _kw_store_prepare (store,
                              "INSERT INTO reminder_fired (rule_id, occurrence_utc,"
                              "  snoozed_until_utc, fired_utc, missed)"
                              " VALUES (?1, ?2, ?3, ?4, ?5)"
                              " ON CONFLICT DO NOTHING RETURNING id",
                              error);
  if (insert == NULL)
    return fail (store);
  sqlite3_bind_int64 (insert, 1, due->rule->id);
  sqlite3_bind_int64 (insert, 2, due->occurrence);
  sqlite3_bind_int64 (insert, 3, snooze_key);
  sqlite3_bind_int64 (insert, 4, now);
  sqlite3_bind_int (insert, 5, due->missed ? 1 : 0);
  rc = sqlite3_step (insert);
  if (rc == SQLITE_ROW)
    *fired_id = sqlite3_column_int64 (insert, 0);
  else if (rc != SQLITE_DONE)
    {
      _kw_store_set_error (store, rc, error);
      return fail (store);
    }

commit:
  g_clear_pointer (&update, sqlite3_finalize);
  g_clear_pointer (&insert, sqlite3_finalize);
  if (!_kw_store_commit (store, error))
    {
      *fired_id = 0;
      return FALSE;
    }

  _kw_store_emit_changed (store, CHANGED);
  return TRUE;
}

static gboolean
set_action (KwStore     *store,
            gint64       fired_id,
            const char  *action,
            gint64       now,
            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = _kw_store_prepare (store,
                            "UPDATE reminder_fired SET action = ?2, action_utc = ?3 WHERE id = ?1",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, fired_id);
  sqlite3_bind_text (stmt, 2, action, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, now);
  if (!_kw_store_step_done (store, stmt, error))
    return FALSE;

  if (sqlite3_changes (_kw_store_get_db (store)) == 0)
    {
      set_not_found (error);
      return FALSE;
    }

  return TRUE;
}

/**
 * kw_reminder_store_mark_done:
 * @store: a #KwStore
 * @fired_id: from kw_reminder_store_record_fired()
 * @tz: the time zone whose date the item is logged under
 * @now: UTC unix time
 * @error: return location for a #KwStoreError
 *
 * The runner pressed "Done": logs the reminder's item as done for the day
 * it was planned, and drops any snooze.
 *
 * Returns: %TRUE if logged
 */
gboolean
kw_reminder_store_mark_done (KwStore    *store,
                             gint64      fired_id,
                             GTimeZone  *tz,
                             gint64      now,
                             GError    **error)
{
  g_autoptr(sqlite3_stmt) select = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(sqlite3_stmt) unsnooze = NULL;
  g_autofree char *day = NULL;
  gint64 rule_id, occurrence;
  int rc;

  g_return_val_if_fail (KW_IS_STORE (store), FALSE);
  g_return_val_if_fail (tz != NULL, FALSE);

  if (!_kw_store_begin (store, error))
    return FALSE;

  select = _kw_store_prepare (store,
                              "SELECT r.id, f.occurrence_utc, r.target, r.kind"
                              " FROM reminder_fired f JOIN reminder_rule r ON r.id = f.rule_id"
                              " WHERE f.id = ?1",
                              error);
  if (select == NULL)
    return fail (store);
  sqlite3_bind_int64 (select, 1, fired_id);
  rc = sqlite3_step (select);
  if (rc == SQLITE_DONE)
    {
      set_not_found (error);
      return fail (store);
    }
  if (rc != SQLITE_ROW)
    {
      _kw_store_set_error (store, rc, error);
      return fail (store);
    }

  rule_id = sqlite3_column_int64 (select, 0);
  occurrence = sqlite3_column_int64 (select, 1);
  day = format_local_day (tz, occurrence != 0 ? occurrence : now);

  insert = _kw_store_prepare (store,
                              "INSERT INTO reminder_done (target, day, kind, done_utc)"
                              " VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING",
                              error);
  unsnooze = _kw_store_prepare (store,
                                "UPDATE reminder_rule SET snoozed_until_utc = NULL WHERE id = ?1",
                                error);
  if (insert == NULL || unsnooze == NULL)
    return fail (store);

  sqlite3_bind_text (insert, 1, (const char *) sqlite3_column_text (select, 2), -1,
                     SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 2, day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 3, (const char *) sqlite3_column_text (select, 3), -1,
                     SQLITE_TRANSIENT);
  sqlite3_bind_int64 (insert, 4, now);
  sqlite3_bind_int64 (unsnooze, 1, rule_id);

  if (!_kw_store_step_done (store, insert, error) ||
      !_kw_store_step_done (store, unsnooze, error) ||
      !set_action (store, fired_id, "done", now, error))
    return fail (store);

  g_clear_pointer (&select, sqlite3_finalize);
  g_clear_pointer (&insert, sqlite3_finalize);
  g_clear_pointer (&unsnooze, sqlite3_finalize);
  if (!_kw_store_commit (store, error))
    return FALSE;

  _kw_store_emit_changed (store, CHANGED);
  return TRUE;
}

/**
 * kw_reminder_store_snooze:
 * @store: a #KwStore
 * @fired_id: from kw_reminder_store_record_fired()
 * @now: UTC unix time
 * @error: return location for a #KwStoreError
 *
 * The runner pressed "Snooze": the reminder comes back once,
 * %KW_SCHEDULE_SNOOZE_SECONDS after @now.
 *
 * Returns: %TRUE if saved
 */
gboolean
kw_reminder_store_snooze (KwStore  *store,
                          gint64    fired_id,
                          gint64    now,
                          GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (KW_IS_STORE (store), FALSE);

  if (!_kw_store_begin (store, error))
    return FALSE;

  stmt = _kw_store_prepare (store,
                            "UPDATE reminder_rule SET snoozed_until_utc = ?2"
                            " WHERE id = (SELECT rule_id FROM reminder_fired WHERE id = ?1)",
                            error);
  if (stmt == NULL)
    return fail (store);
  sqlite3_bind_int64 (stmt, 1, fired_id);
  sqlite3_bind_int64 (stmt, 2, now + KW_SCHEDULE_SNOOZE_SECONDS);
  if (!_kw_store_step_done (store, stmt, error) ||
      !set_action (store, fired_id, "snoozed", now, error))
    return fail (store);

  g_clear_pointer (&stmt, sqlite3_finalize);
  if (!_kw_store_commit (store, error))
    return FALSE;

  _kw_store_emit_changed (store, CHANGED);
  return TRUE;
}

/**
 * kw_reminder_store_mark_opened:
 * @store: a #KwStore
 * @fired_id: from kw_reminder_store_record_fired()
 * @now: UTC unix time
 * @error: return location for a #KwStoreError
 *
 * Returns: %TRUE if saved
 */
gboolean
kw_reminder_store_mark_opened (KwStore  *store,
                               gint64    fired_id,
                               gint64    now,
                               GError  **error)
{
  g_return_val_if_fail (KW_IS_STORE (store), FALSE);

  if (!_kw_store_begin (store, error))
    return FALSE;
  if (!set_action (store, fired_id, "opened", now, error))
    return fail (store);
  if (!_kw_store_commit (store, error))
    return FALSE;

  _kw_store_emit_changed (store, CHANGED);
  return TRUE;
}

/**
 * kw_reminder_store_log_done:
 * @store: a #KwStore
 * @kind: the kind of reminder the item belongs to
 * @target: a rule's target
 * @day: a local date, "YYYY-MM-DD"
 * @now: UTC unix time
 * @error: return location for a #KwStoreError
 *
 * Logs @target done for @day without a notification (the runner logged
 * the session in the app): no reminder for it fires that day.
 *
 * Returns: %TRUE if saved (also if it was logged already)
 */
gboolean
kw_reminder_store_log_done (KwStore         *store,
                            KwReminderKind   kind,
                            const char      *target,
                            const char      *day,
                            gint64           now,
                            GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint y, m, d;

  g_return_val_if_fail (KW_IS_STORE (store), FALSE);
  g_return_val_if_fail (kind < KW_REMINDER_N_KINDS, FALSE);
  g_return_val_if_fail (target != NULL, FALSE);

  if (!parse_date (day, &y, &m, &d))
    {
      g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID,
                   _("“%s” is not a date. Write it as year-month-day, like 2026-06-01."),
                   day != NULL ? day : "");
      return FALSE;
    }

  if (!_kw_store_begin (store, error))
    return FALSE;

  stmt = _kw_store_prepare (store,
                            "INSERT INTO reminder_done (target, day, kind, done_utc)"
                            " VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING",
                            error);
  if (stmt == NULL)
    return fail (store);
  sqlite3_bind_text (stmt, 1, target, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, kw_reminder_kind_to_id (kind), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, now);
  if (!_kw_store_step_done (store, stmt, error))
    return fail (store);

  g_clear_pointer (&stmt, sqlite3_finalize);
  if (!_kw_store_commit (store, error))
    return FALSE;

  _kw_store_emit_changed (store, CHANGED);
  return TRUE;
}

/**
 * kw_reminder_store_is_done:
 * @store: a #KwStore
 * @target: a rule's target
 * @day: a local date, "YYYY-MM-DD"
 *
 * Returns: %TRUE if @target was logged done for @day
 */
gboolean
kw_reminder_store_is_done (KwStore    *store,
                           const char *target,
                           const char *day)
{
  gboolean done = FALSE;

  g_return_val_if_fail (KW_IS_STORE (store), FALSE);
  g_return_val_if_fail (target != NULL && day != NULL, FALSE);

  if (!is_done (store, target, day, &done, NULL))
    return FALSE;

  return done;
}

/**
 * kw_reminder_store_count_fired:
 * @store: a #KwStore
 *
 * Returns: how many notifications were recorded as shown
 */
guint
kw_reminder_store_count_fired (KwStore *store)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (KW_IS_STORE (store), 0);

  stmt = _kw_store_prepare (store, "SELECT count(*) FROM reminder_fired", NULL);
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return 0;

  return sqlite3_column_int (stmt, 0);
}

/**
 * kw_reminder_store_get_enabled:
 * @store: a #KwStore
 *
 * Returns: whether the runner turned reminders on
 */
gboolean
kw_reminder_store_get_enabled (KwStore *store)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (KW_IS_STORE (store), FALSE);

  stmt = _kw_store_prepare (store, "SELECT enabled FROM reminder_settings WHERE id = 1", NULL);
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return FALSE;

  return sqlite3_column_int (stmt, 0) != 0;
}

static gboolean
update_settings (KwStore     *store,
                 const char  *sql,
                 GError     **error,
                 ...)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  va_list args;

  if (!_kw_store_begin (store, error))
    return FALSE;

  if (!(stmt = _kw_store_prepare (store, sql, error)))
    return fail (store);

  va_start (args, error);
  for (int i = 1; i <= sqlite3_bind_parameter_count (stmt); i++)
    sqlite3_bind_text (stmt, i, va_arg (args, const char *), -1, SQLITE_TRANSIENT);
  va_end (args);

  if (!_kw_store_step_done (store, stmt, error))
    return fail (store);

  g_clear_pointer (&stmt, sqlite3_finalize);
  if (!_kw_store_commit (store, error))
    return FALSE;

  _kw_store_emit_changed (store, CHANGED);
  return TRUE;
}

/**
 * kw_reminder_store_set_enabled:
 * @store: a #KwStore
 * @enabled: whether reminders are on
 * @error: return location for a #KwStoreError
 *
 * Returns: %TRUE if saved
 */
gboolean
kw_reminder_store_set_enabled (KwStore   *store,
                               gboolean   enabled,
                               GError   **error)
{
  g_return_val_if_fail (KW_IS_STORE (store), FALSE);

  return update_settings (store, "UPDATE reminder_settings SET enabled = ?1 WHERE id = 1",
                          error, enabled ? "1" : "0");
}

/**
 * kw_reminder_store_get_quiet_hours:
 * @store: a #KwStore
 * @quiet: (out): the quiet hours
 */
void
kw_reminder_store_get_quiet_hours (KwStore      *store,
                                   KwQuietHours *quiet)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint sh = 22, sm = 0, eh = 7, em = 0;

  g_return_if_fail (KW_IS_STORE (store));
  g_return_if_fail (quiet != NULL);

  stmt = _kw_store_prepare (store,
                            "SELECT quiet_start, quiet_end FROM reminder_settings WHERE id = 1",
                            NULL);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      kw_reminder_parse_time ((const char *) sqlite3_column_text (stmt, 0), &sh, &sm, NULL);
      kw_reminder_parse_time ((const char *) sqlite3_column_text (stmt, 1), &eh, &em, NULL);
    }

  quiet->start_hour = sh;
  quiet->start_minute = sm;
  quiet->end_hour = eh;
  quiet->end_minute = em;
}

/**
 * kw_reminder_store_set_quiet_hours:
 * @store: a #KwStore
 * @quiet: the quiet hours; start equal to end means none
 * @error: return location for a #KwStoreError
 *
 * Returns: %TRUE if saved
 */
gboolean
kw_reminder_store_set_quiet_hours (KwStore             *store,
                                   const KwQuietHours  *quiet,
                                   GError             **error)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  g_return_val_if_fail (KW_IS_STORE (store), FALSE);
  g_return_val_if_fail (quiet != NULL, FALSE);

  if (quiet->start_hour > 23 || quiet->start_minute > 59 ||
      quiet->end_hour > 23 || quiet->end_minute > 59)
    {
      g_set_error_literal (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID,
                           _("Quiet hours must start and end at a time of day, "
                             "from 00:00 to 23:59."));
      return FALSE;
    }

  start = kw_reminder_format_time (quiet->start_hour, quiet->start_minute);
  end = kw_reminder_format_time (quiet->end_hour, quiet->end_minute);
  return update_settings (store,
                          "UPDATE reminder_settings SET quiet_start = ?1, quiet_end = ?2"
                          " WHERE id = 1",
                          error, start, end);
}

/**
 * kw_reminder_store_get_kind_settings:
 * @store: a #KwStore
 * @kind: a #KwReminderKind
 * @settings: (out): the kind's preferences, or its defaults
 */
void
kw_reminder_store_get_kind_settings (KwStore                *store,
                                     KwReminderKind          kind,
                                     KwReminderKindSettings *settings)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint hour, minute;

  g_return_if_fail (KW_IS_STORE (store));
  g_return_if_fail (kind < KW_REMINDER_N_KINDS);
  g_return_if_fail (settings != NULL);

  kw_reminder_kind_get_default_time (kind, &hour, &minute);
  settings->enabled = TRUE;
  settings->weekdays = 0;

  stmt = _kw_store_prepare (store,
                            "SELECT enabled, local_time, weekdays FROM reminder_kind"
                            " WHERE kind = ?1",
                            NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, kw_reminder_kind_to_id (kind), -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          settings->enabled = sqlite3_column_int (stmt, 0) != 0;
          if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
            kw_reminder_parse_time ((const char *) sqlite3_column_text (stmt, 1),
                                    &hour, &minute, NULL);
          settings->weekdays = sqlite3_column_int (stmt, 2) & KW_WEEKDAYS_ALL;
        }
    }

  settings->hour = hour;
  settings->minute = minute;
}

/**
 * kw_reminder_store_set_kind_settings:
 * @store: a #KwStore
 * @kind: a #KwReminderKind
 * @settings: the preferences
 * @error: return location for a #KwStoreError
 *
 * Returns: %TRUE if saved
 */
gboolean
kw_reminder_store_set_kind_settings (KwStore                       *store,
                                     KwReminderKind                 kind,
                                     const KwReminderKindSettings  *settings,
                                     GError                       **error)
{
  g_autofree char *time = NULL;
  g_autofree char *weekdays = NULL;

  g_return_val_if_fail (KW_IS_STORE (store), FALSE);
  g_return_val_if_fail (kind < KW_REMINDER_N_KINDS, FALSE);
  g_return_val_if_fail (settings != NULL, FALSE);

  if (settings->hour > 23 || settings->minute > 59)
    {
      g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID,
                   _("%u:%02u is not a time of day. Use a time from 00:00 to 23:59."),
                   settings->hour, settings->minute);
      return FALSE;
    }
  if ((settings->weekdays & ~KW_WEEKDAYS_ALL) != 0)
    {
      g_set_error_literal (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID,
                           _("Those are not days of the week."));
      return FALSE;
    }

  time = kw_reminder_format_time (settings->hour, settings->minute);
  weekdays = g_strdup_printf ("%u", settings->weekdays);
  return update_settings (store,
                          "INSERT INTO reminder_kind (kind, enabled, local_time, weekdays)"
                          " VALUES (?1, ?2, ?3, ?4)"
                          " ON CONFLICT (kind) DO UPDATE SET enabled = excluded.enabled,"
                          "  local_time = excluded.local_time, weekdays = excluded.weekdays",
                          error, kw_reminder_kind_to_id (kind), settings->enabled ? "1" : "0",
                          time, weekdays);
}

/**
 * kw_reminder_store_get_data_version:
 * @store: a #KwStore
 *
 * A number that changes whenever another connection (the app, or the
 * service) commits to the file. Cheap: it reads no page.
 *
 * Returns: the data version, or -1 on error
 */
gint64
kw_reminder_store_get_data_version (KwStore *store)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (KW_IS_STORE (store), -1);

  stmt = _kw_store_prepare (store, "PRAGMA data_version", NULL);
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return -1;

  return sqlite3_column_int64 (stmt, 0);
}
