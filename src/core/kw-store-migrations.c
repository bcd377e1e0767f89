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
    3, "plans",
    /* One active plan at a time; older plans stay for the history. */
    "CREATE TABLE plan ("
    "  id            INTEGER PRIMARY KEY,"
    "  condition     TEXT NOT NULL,"
    "  triage        TEXT NOT NULL,"
    "  start_date    TEXT NOT NULL,"
    "  days_per_week INTEGER NOT NULL CHECK (days_per_week BETWEEN 1 AND 7),"
    "  minutes       INTEGER NOT NULL CHECK (minutes BETWEEN 10 AND 90),"
    "  equipment     INTEGER NOT NULL CHECK (equipment BETWEEN 0 AND 63),"
    "  phase         INTEGER NOT NULL CHECK (phase BETWEEN 1 AND 4),"
    "  active        INTEGER NOT NULL CHECK (active IN (0, 1)),"
    "  created       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"
    ") STRICT;"
    "CREATE UNIQUE INDEX plan_one_active ON plan (active) WHERE active = 1;"
    "CREATE TABLE plan_phase ("
    "  plan_id    INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,"
    "  start_date TEXT NOT NULL,"
    "  phase      INTEGER NOT NULL CHECK (phase BETWEEN 1 AND 4),"
    "  PRIMARY KEY (plan_id, start_date)"
    ") STRICT;"
    "CREATE TABLE plan_dose ("
    "  plan_id       INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,"
    "  exercise      TEXT NOT NULL,"
    "  sets          INTEGER NOT NULL,"
    "  reps          INTEGER NOT NULL,"
    "  hold_s        INTEGER NOT NULL,"
    "  distance_m    INTEGER NOT NULL,"
    "  rest_s        INTEGER NOT NULL,"
    "  per_week      INTEGER NOT NULL,"
    "  level         INTEGER NOT NULL,"
    "  each_side     INTEGER NOT NULL CHECK (each_side IN (0, 1)),"
    "  last_progress TEXT,"
    "  restore       TEXT,"
    "  restore_from  TEXT,"
    "  PRIMARY KEY (plan_id, exercise)"
    ") STRICT;"
    /* One row per session: what was done and the pain around it. */
    "CREATE TABLE plan_session ("
    "  id           INTEGER PRIMARY KEY,"
    "  plan_id      INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,"
    "  date         TEXT NOT NULL,"
    "  status       TEXT NOT NULL CHECK (status IN ('done', 'partial', 'skipped')),"
    "  pain_during  INTEGER CHECK (pain_during BETWEEN 0 AND 10),"
    "  pain_evening INTEGER CHECK (pain_evening BETWEEN 0 AND 10),"
    "  baseline     INTEGER NOT NULL CHECK (baseline BETWEEN 0 AND 10),"
    "  morning      INTEGER CHECK (morning BETWEEN 0 AND 10),"
    "  settled      INTEGER CHECK (settled IN (0, 1)),"
    "  swelling     TEXT NOT NULL CHECK (swelling IN ('none', 'same', 'more')),"
    "  limp         INTEGER NOT NULL CHECK (limp IN (0, 1)),"
    "  running      INTEGER NOT NULL CHECK (running IN (0, 1)),"
    "  zone         TEXT NOT NULL,"
    "  UNIQUE (plan_id, date)"
    ") STRICT;"
    /* The Progress chart reads pain by date over years of logs. */
    "CREATE INDEX plan_session_by_date ON plan_session (date);"
    "CREATE TABLE plan_change ("
    "  id          INTEGER PRIMARY KEY,"
    "  plan_id     INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,"
    "  date        TEXT NOT NULL,"
    "  kind        TEXT NOT NULL,"
    "  exercise    TEXT,"
    "  dose_before TEXT,"
    "  dose_after  TEXT,"
    "  reason      TEXT NOT NULL"
    ") STRICT;"
    "CREATE INDEX plan_change_by_plan ON plan_change (plan_id, id);"
  },
  {
    4, "return-to-run",
    /* A rest period after a rest-and-rehab triage; ended when the
     * readiness checklist passes. Dates are local calendar days. */
    "CREATE TABLE rtr_rest ("
    "  id          INTEGER PRIMARY KEY,"
    "  started     TEXT NOT NULL CHECK (date(started) IS started),"
    "  reassess    TEXT NOT NULL CHECK (date(reassess) IS reassess),"
    "  see_someone TEXT NOT NULL CHECK (date(see_someone) IS see_someone),"
    "  ended       TEXT CHECK (ended IS NULL OR date(ended) IS ended)"
    ") STRICT;"
    "CREATE TABLE rtr_readiness_attempt ("
    "  id           INTEGER PRIMARY KEY,"
    "  started      TEXT NOT NULL CHECK (date(started) IS started),"
    "  tendinopathy INTEGER NOT NULL CHECK (tendinopathy IN (0, 1))"
    ") STRICT;"
    "CREATE TABLE rtr_readiness_result ("
    "  attempt_id   INTEGER NOT NULL REFERENCES rtr_readiness_attempt (id) ON DELETE CASCADE,"
    "  test_id      TEXT NOT NULL,"
    "  done         INTEGER NOT NULL CHECK (done IN (0, 1)),"
    "  pain         INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),"
    "  next_morning INTEGER NOT NULL CHECK (next_morning BETWEEN 0 AND 3),"
    "  swelling     INTEGER NOT NULL CHECK (swelling IN (0, 1)),"
    "  recorded     TEXT NOT NULL CHECK (date(recorded) IS recorded),"
    "  PRIMARY KEY (attempt_id, test_id)"
    ") STRICT;"
    "CREATE TABLE rtr_run ("
    "  id           INTEGER PRIMARY KEY,"
    "  date         TEXT NOT NULL CHECK (date(date) IS date),"
    "  level        INTEGER NOT NULL CHECK (level BETWEEN 0 AND 10),"
    "  duration_s   INTEGER NOT NULL CHECK (duration_s BETWEEN 1 AND 86400),"
    "  distance_m   INTEGER NOT NULL CHECK (distance_m BETWEEN 0 AND 500000),"
    "  pain_during  INTEGER NOT NULL CHECK (pain_during BETWEEN 0 AND 10),"
    "  next_morning INTEGER NOT NULL CHECK (next_morning BETWEEN 0 AND 3),"
    "  swelling     INTEGER NOT NULL CHECK (swelling IN (0, 1)),"
    "  limp         INTEGER NOT NULL CHECK (limp IN (0, 1))"
    ") STRICT;"
    "CREATE INDEX rtr_run_by_date ON rtr_run (date);"
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
