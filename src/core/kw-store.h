/* kw-store.h: the user's health records, in one SQLite file
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define KW_STORE_ERROR (kw_store_error_quark ())

/**
 * KwStoreError:
 * @KW_STORE_ERROR_NEWER_VERSION: the database was written by a newer Kneewise;
 *   it was left untouched
 * @KW_STORE_ERROR_READ_ONLY: the file or its folder cannot be written
 * @KW_STORE_ERROR_DISK_FULL: the disk is full; the change was not saved
 * @KW_STORE_ERROR_LOCKED: another program holds the database
 * @KW_STORE_ERROR_CORRUPT: the database is damaged and could not be moved aside
 * @KW_STORE_ERROR_INVALID: a value handed to the store is out of range
 * @KW_STORE_ERROR_NOT_FOUND: the record asked for does not exist
 * @KW_STORE_ERROR_FAILED: any other failure
 *
 * Every message is written for the person using the app: it names the file
 * and says what happened to their data.
 */
typedef enum
{
  KW_STORE_ERROR_NEWER_VERSION,
  KW_STORE_ERROR_READ_ONLY,
  KW_STORE_ERROR_DISK_FULL,
  KW_STORE_ERROR_LOCKED,
  KW_STORE_ERROR_CORRUPT,
  KW_STORE_ERROR_INVALID,
  KW_STORE_ERROR_NOT_FOUND,
  KW_STORE_ERROR_FAILED,
} KwStoreError;

#define KW_TYPE_STORE (kw_store_get_type ())

G_DECLARE_FINAL_TYPE (KwStore, kw_store, KW, STORE, GObject)

GQuark      kw_store_error_quark            (void);
char       *kw_store_dup_default_path       (void);
int         kw_store_get_latest_version     (void);

KwStore    *kw_store_open                   (const char   *path,
                                             GError      **error);
KwStore    *kw_store_open_default           (GError      **error);
const char *kw_store_get_path               (KwStore      *self);
int         kw_store_get_version            (KwStore      *self);
const char *kw_store_get_moved_aside_path   (KwStore      *self);

char       *kw_store_dup_value              (KwStore      *self,
                                             const char   *key);
gboolean    kw_store_set_value              (KwStore      *self,
                                             const char   *key,
                                             const char   *value,
                                             GError      **error);

G_END_DECLS
