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
};

const guint _kw_store_n_migrations = G_N_ELEMENTS (_kw_store_migrations);
