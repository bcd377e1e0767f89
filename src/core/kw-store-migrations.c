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
};

const guint _kw_store_n_migrations = G_N_ELEMENTS (_kw_store_migrations);
