/* kw-data-archive.h: all the user's data in one file, and back
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file format is documented in docs/data-format.md.
 */

#pragma once

#include <gio/gio.h>

#include "kw-store.h"

G_BEGIN_DECLS

#define KW_DATA_ARCHIVE_FORMAT "io.github.kneewise.Kneewise.data"
#define KW_DATA_ARCHIVE_FORMAT_VERSION 1

/* Ten years of daily logs are a few megabytes; anything far bigger is not
 * a Kneewise file, and is refused before it is read into memory. */
#define KW_DATA_ARCHIVE_MAX_SIZE (32 * 1024 * 1024)

#define KW_DATA_ARCHIVE_ERROR (kw_data_archive_error_quark ())

/**
 * KwDataArchiveError:
 * @KW_DATA_ARCHIVE_ERROR_NOT_JSON: the file is not JSON text
 * @KW_DATA_ARCHIVE_ERROR_FOREIGN: the file is JSON, but not a Kneewise data file
 * @KW_DATA_ARCHIVE_ERROR_NEWER_VERSION: a newer Kneewise wrote the file
 * @KW_DATA_ARCHIVE_ERROR_INVALID: a member is missing, of the wrong type or
 *   outside the app's rules; the message says which and where
 * @KW_DATA_ARCHIVE_ERROR_TOO_LARGE: the file is larger than any data file can be
 *
 * Every message names the problem and where it is
 * ("sessions[3].pain_during is 11; pain scores go from 0 to 10").
 */
typedef enum
{
  KW_DATA_ARCHIVE_ERROR_NOT_JSON,
  KW_DATA_ARCHIVE_ERROR_FOREIGN,
  KW_DATA_ARCHIVE_ERROR_NEWER_VERSION,
  KW_DATA_ARCHIVE_ERROR_INVALID,
  KW_DATA_ARCHIVE_ERROR_TOO_LARGE,
} KwDataArchiveError;

#define KW_TYPE_DATA_ARCHIVE (kw_data_archive_get_type ())

G_DECLARE_FINAL_TYPE (KwDataArchive, kw_data_archive, KW, DATA_ARCHIVE, GObject)

GQuark         kw_data_archive_error_quark         (void);

GBytes        *kw_data_archive_export_to_bytes     (KwStore        *store,
                                                    GError        **error);
gboolean       kw_data_archive_export_to_file      (KwStore        *store,
                                                    GFile          *file,
                                                    GError        **error);

KwDataArchive *kw_data_archive_parse               (GBytes         *bytes,
                                                    GError        **error);
KwDataArchive *kw_data_archive_load                (GFile          *file,
                                                    GError        **error);

const char    *kw_data_archive_get_app_version     (KwDataArchive  *self);
const char    *kw_data_archive_get_exported_at     (KwDataArchive  *self);
int            kw_data_archive_get_store_version   (KwDataArchive  *self);
guint          kw_data_archive_get_count           (KwDataArchive  *self,
                                                    const char     *member);
guint          kw_data_archive_get_total           (KwDataArchive  *self);
char          *kw_data_archive_describe            (KwDataArchive  *self,
                                                    gboolean        headline_only);

gboolean       kw_data_archive_import              (KwDataArchive  *self,
                                                    KwStore        *store,
                                                    char          **backup_path,
                                                    GError        **error);

G_END_DECLS
