/* kw-store-private.h: what the other core modules use to talk to SQLite
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only src/core includes this. Feature modules (assessments, plans, logs…)
 * keep their SQL next to their model and run it through these helpers, so
 * every statement is prepared (never built from user text) and every write
 * runs in a transaction with errors mapped to KwStoreError.
 */

#pragma once

#include <sqlite3.h>

#include "kw-store.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

typedef struct
{
  int         version;
  const char *name;
  const char *sql;
} KwMigration;

/* kw-store-migrations.c: forward-only, one per feature, in order. */
extern const KwMigration _kw_store_migrations[];
extern const guint _kw_store_n_migrations;

sqlite3      *_kw_store_get_db        (KwStore      *self);
sqlite3_stmt *_kw_store_prepare       (KwStore      *self,
                                       const char   *sql,
                                       GError      **error);
gboolean      _kw_store_exec          (KwStore      *self,
                                       const char   *sql,
                                       GError      **error);
gboolean      _kw_store_begin         (KwStore      *self,
                                       GError      **error);
gboolean      _kw_store_commit        (KwStore      *self,
                                       GError      **error);
void          _kw_store_rollback      (KwStore      *self);
gboolean      _kw_store_step_done     (KwStore      *self,
                                       sqlite3_stmt *stmt,
                                       GError      **error);
void          _kw_store_set_error     (KwStore      *self,
                                       int           rc,
                                       GError      **error);
void          _kw_store_emit_changed  (KwStore      *self,
                                       const char   *what);
void          _kw_store_set_max_pages (KwStore      *self,
                                       gint64        pages);

G_END_DECLS
