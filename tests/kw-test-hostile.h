/* kw-test-hostile.h: a full disk, a read-only folder, a locked or newer
 * database, made for real, for the CLI and UI tests
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _KwTestMount KwTestMount;

void         kw_test_hostile_init        (void);
char        *kw_test_dup_data_dir        (void);

KwTestMount *kw_test_mount_tmpfs         (const char   *dir,
                                          guint         size_kb,
                                          char        **why_not);
void         kw_test_mount_set_read_only (KwTestMount  *mount,
                                          gboolean      read_only);
void         kw_test_mount_fill          (KwTestMount  *mount);
void         kw_test_mount_free_space    (KwTestMount  *mount);
void         kw_test_mount_free          (KwTestMount  *mount);

void         kw_test_make_folder_read_only (const char *dir,
                                            gboolean    read_only);

GPid         kw_test_lock_database       (const char   *path,
                                          int          *release_fd);
void         kw_test_unlock_database     (GPid          pid,
                                          int           release_fd);

void         kw_test_set_user_version    (const char   *path,
                                          int           version);
char        *kw_test_dump_database       (const char   *path);
void         kw_test_make_saved_data     (const char   *path);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwTestMount, kw_test_mount_free)

G_END_DECLS
