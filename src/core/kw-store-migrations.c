/* kw-store-migrations.c: the schema, one forward-only step per feature
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Never edit a step that has shipped: add a new one at the end. Each step
 * runs inside one transaction together with the PRAGMA user_version bump, so
 * a database is always at exactly one version.
 */

#include "config.h"

#include "kw-store-private.h"

const KwMigration _kw_store_migrations[] = {
  {
    1, "foundation",
    "CREATE TABLE kw_value ("
    "  key   TEXT PRIMARY KEY NOT NULL,"
    "  value TEXT NOT NULL"
    ") STRICT;"
  },
  {
    2, "assessments",
    /* What the runner was told, as it was: the answers (an [answers] key
     * file), the triage id, and the ranked pattern and red-flag ids
     * (';'-separated). created is Unix time in seconds. */
    "CREATE TABLE assessment ("
    "  id         INTEGER PRIMARY KEY,"
    "  created    INTEGER NOT NULL,"
    "  answers    TEXT NOT NULL,"
    "  triage     TEXT NOT NULL,"
    "  conditions TEXT NOT NULL,"
    "  red_flags  TEXT NOT NULL"
    ") STRICT;"
    "CREATE INDEX assessment_by_created ON assessment (created);"
  },
  {
    5, "reminders",
    /* Rules in wall-clock form; the next firing is derived, never stored.
     * (source, kind, target) lets the plan re-derive its rules in place,
     * keeping what already fired. */
    "CREATE TABLE reminder_rule ("
    "  id                INTEGER PRIMARY KEY,"
    "  source            TEXT NOT NULL,"
    "  kind              TEXT NOT NULL,"
    "  target            TEXT NOT NULL,"
    "  label             TEXT,"
    "  local_time        TEXT NOT NULL CHECK (local_time GLOB '[0-2][0-9]:[0-5][0-9]'),"
    "  weekdays          INTEGER NOT NULL DEFAULT 0 CHECK (weekdays BETWEEN 0 AND 127),"
    "  on_date           TEXT CHECK (on_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),"
    "  enabled           INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),"
    "  active_since_utc  INTEGER NOT NULL,"
    "  snoozed_until_utc INTEGER,"
    "  last_fired_utc    INTEGER,"
    "  UNIQUE (source, kind, target),"
    "  CHECK ((weekdays = 0) = (on_date IS NOT NULL))"
    ") STRICT;"
    /* One row per notification shown, so nothing fires twice, even from two
     * processes: a snooze coming back has its own snoozed_until_utc. */
    "CREATE TABLE reminder_fired ("
    "  id                INTEGER PRIMARY KEY,"
    "  rule_id           INTEGER NOT NULL REFERENCES reminder_rule (id) ON DELETE CASCADE,"
    "  occurrence_utc    INTEGER NOT NULL,"
    "  snoozed_until_utc INTEGER NOT NULL DEFAULT 0,"
    "  fired_utc         INTEGER NOT NULL,"
    "  missed            INTEGER NOT NULL DEFAULT 0 CHECK (missed IN (0, 1)),"
    "  action            TEXT CHECK (action IN ('done', 'snoozed', 'opened')),"
    "  action_utc        INTEGER,"
    "  UNIQUE (rule_id, occurrence_utc, snoozed_until_utc)"
    ") STRICT;"
    /* What the runner ticked off from a reminder: the item and its day. */
    "CREATE TABLE reminder_done ("
    "  target   TEXT NOT NULL,"
    "  day      TEXT NOT NULL,"
    "  kind     TEXT NOT NULL,"
    "  done_utc INTEGER NOT NULL,"
    "  PRIMARY KEY (target, day)"
    ") STRICT;"
    /* Preferences. A kind without a row uses its defaults. */
    "CREATE TABLE reminder_kind ("
    "  kind       TEXT PRIMARY KEY NOT NULL,"
    "  enabled    INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),"
    "  local_time TEXT CHECK (local_time GLOB '[0-2][0-9]:[0-5][0-9]'),"
    "  weekdays   INTEGER NOT NULL DEFAULT 0 CHECK (weekdays BETWEEN 0 AND 127)"
    ") STRICT;"
    "CREATE TABLE reminder_settings ("
    "  id          INTEGER PRIMARY KEY CHECK (id = 1),"
    "  enabled     INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),"
    "  quiet_start TEXT NOT NULL DEFAULT '22:00' CHECK (quiet_start GLOB '[0-2][0-9]:[0-5][0-9]'),"
    "  quiet_end   TEXT NOT NULL DEFAULT '07:00' CHECK (quiet_end GLOB '[0-2][0-9]:[0-5][0-9]')"
    ") STRICT;"
    "INSERT INTO reminder_settings (id) VALUES (1);"
  },
};

const guint _kw_store_n_migrations = G_N_ELEMENTS (_kw_store_migrations);
