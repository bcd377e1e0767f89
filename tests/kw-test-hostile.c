/* kw-test-hostile.c: a full disk, a read-only folder, a locked or newer
 * database, made for real, for the CLI and UI tests
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A full disk is a real, tiny tmpfs filled to the last byte; a read-only
 * folder is that tmpfs remounted read-only (root ignores file modes, and CI
 * runs as root), or a folder without write permission otherwise; a locked
 * database is held by another process (kw-db-locker) in an exclusive
 * transaction. Mounting needs root: without it those tests skip.
 */

#define _GNU_SOURCE  /* unshare() */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "kw-plan.h"
#include "kw-test-hostile.h"

struct _KwTestMount
{
  char  *dir;
  char  *filler;
  guint  size_kb;
};

/**
 * kw_test_hostile_init:
 *
 * Call first in main(), before any thread starts. As root, moves the test
 * into a mount namespace of its own: its tmpfs mounts are seen by the
 * programs it runs, and vanish with it even when an assertion aborts it.
 */
void
kw_test_hostile_init (void)
{
  if (geteuid () != 0)
    return;

  if (unshare (CLONE_NEWNS) != 0 ||
      mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0)
    g_printerr ("# No mount namespace of its own (%s): a failed test may leave "
                "a tmpfs mounted\n", g_strerror (errno));
}

/**
 * kw_test_dup_data_dir:
 *
 * Returns: (transfer full): the folder of the user's database
 *   (kw_store_dup_default_path()), where the trouble is made
 */
char *
kw_test_dup_data_dir (void)
{
  g_autofree char *path = kw_store_dup_default_path ();

  return g_path_get_dirname (path);
}

/**
 * kw_test_mount_tmpfs:
 * @dir: the folder to mount on (created if missing)
 * @size_kb: the size of the file system
 * @why_not: (out): why it could not be done, for g_test_skip()
 *
 * Returns: (nullable): the mount, or %NULL if this process cannot mount
 */
KwTestMount *
kw_test_mount_tmpfs (const char  *dir,
                     guint        size_kb,
                     char       **why_not)
{
  g_autofree char *options = g_strdup_printf ("size=%uk,mode=0700", size_kb);
  KwTestMount *mount_point;

  if (geteuid () != 0)
    {
      *why_not = g_strdup ("Mounting a small tmpfs (a real full disk) needs root");
      return NULL;
    }

  g_assert_no_errno (g_mkdir_with_parents (dir, 0700));
  if (mount ("tmpfs", dir, "tmpfs", MS_NOSUID | MS_NODEV, options) != 0)
    {
      *why_not = g_strdup_printf ("Cannot mount a tmpfs on %s: %s (no CAP_SYS_ADMIN?)",
                                  dir, g_strerror (errno));
      return NULL;
    }

  mount_point = g_new0 (KwTestMount, 1);
  mount_point->dir = g_strdup (dir);
  mount_point->size_kb = size_kb;
  return mount_point;
}

void
kw_test_mount_set_read_only (KwTestMount *mount_point,
                             gboolean     read_only)
{
  g_autofree char *options = g_strdup_printf ("size=%uk,mode=0700", mount_point->size_kb);

  g_assert_no_errno (mount (NULL, mount_point->dir, NULL,
                            MS_REMOUNT | MS_NOSUID | MS_NODEV | (read_only ? MS_RDONLY : 0),
                            options));
}

/* Writes a file until the file system says ENOSPC: not one byte is left. */
void
kw_test_mount_fill (KwTestMount *mount_point)
{
  char block[4096];
  int fd;
  gssize n;

  g_assert_null (mount_point->filler);
  mount_point->filler = g_build_filename (mount_point->dir, "filler", NULL);
  fd = g_open (mount_point->filler, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  g_assert_cmpint (fd, >=, 0);

  memset (block, 'x', sizeof block);
  do
    n = write (fd, block, sizeof block);
  while (n > 0);
  /* The last partial block, byte by byte. */
  while (n != 0 && write (fd, block, 1) == 1)
    ;
  g_assert_cmpint (errno, ==, ENOSPC);
  g_assert_no_errno (close (fd));
}

void
kw_test_mount_free_space (KwTestMount *mount_point)
{
  g_assert_nonnull (mount_point->filler);
  g_assert_no_errno (g_unlink (mount_point->filler));
  g_clear_pointer (&mount_point->filler, g_free);
}

void
kw_test_mount_free (KwTestMount *mount_point)
{
  if (mount_point == NULL)
    return;
  if (umount2 (mount_point->dir, MNT_DETACH) != 0)
    g_test_message ("Could not unmount %s: %s", mount_point->dir, g_strerror (errno));
  g_free (mount_point->dir);
  g_free (mount_point->filler);
  g_free (mount_point);
}

/* Without root, file modes do make a folder read-only. */
void
kw_test_make_folder_read_only (const char *dir,
                               gboolean    read_only)
{
  g_assert_cmpint (geteuid (), !=, 0);
  g_assert_no_errno (g_chmod (dir, read_only ? 0500 : 0700));
}

/**
 * kw_test_lock_database:
 * @path: the database
 * @release_fd: (out): close it (kw_test_unlock_database()) to let go
 *
 * Returns: the process holding @path in an exclusive transaction
 */
GPid
kw_test_lock_database (const char *path,
                       int        *release_fd)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *locker = g_test_build_filename (G_TEST_BUILT, "kw-db-locker", NULL);
  const char *argv[] = { locker, path, NULL };
  char line[32] = "";
  GPid pid;
  int out_fd;
  gssize n;

  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL,
                                           G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                           &pid, release_fd, &out_fd, NULL, &error));
  g_assert_no_error (error);

  /* Wait until it holds the lock. */
  n = read (out_fd, line, sizeof line - 1);
  g_assert_cmpint (n, >, 0);
  g_assert_cmpstr (line, ==, "locked\n");
  close (out_fd);
  return pid;
}

void
kw_test_unlock_database (GPid pid,
                         int  release_fd)
{
  int status = 0;

  close (release_fd);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
}

static void
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

/* As a newer Kneewise would leave it: a schema version this one does not know. */
void
kw_test_set_user_version (const char *path,
                          int         version)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", version);

  exec_sql (path, sql);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

/**
 * kw_test_dump_database:
 * @path: a database
 *
 * Returns: every row of every table, the schema version and what
 *   integrity_check says, as text to compare before and after
 */
char *
kw_test_dump_database (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *tables = NULL;
  g_autoptr(GString) dump = g_string_new (NULL);

  /* Read-write although it only reads: a read-only connection that closes
   * last leaves the -wal and -shm files behind, and with them a folder made
   * read-only afterwards still lets SQLite write. */
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                       "ORDER BY name", -1, &tables, NULL), ==, SQLITE_OK);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (tables, 0);
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", table);
      g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          GString *row = g_string_new (NULL);

          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const char *text = (const char *) sqlite3_column_text (stmt, c);
              g_string_append_printf (row, "%s%s", c > 0 ? "|" : "", text ? text : "NULL");
            }
          g_ptr_array_add (rows, g_string_free (row, FALSE));
        }
      sqlite3_finalize (stmt);

      g_ptr_array_sort (rows, compare_strings);
      g_string_append_printf (dump, "[%s] %u rows\n", table, rows->len);
      for (guint i = 0; i < rows->len; i++)
        g_string_append_printf (dump, "%s\n", (const char *) g_ptr_array_index (rows, i));
    }
  sqlite3_finalize (tables);

  for (guint i = 0; i < 2; i++)
    {
      sqlite3_stmt *stmt = NULL;
      const char *pragma = i == 0 ? "PRAGMA user_version" : "PRAGMA integrity_check";

      g_assert_cmpint (sqlite3_prepare_v2 (db, pragma, -1, &stmt, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      g_string_append_printf (dump, "%s: %s\n", pragma, sqlite3_column_text (stmt, 0));
      sqlite3_finalize (stmt);
    }

  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  return g_string_free (g_steal_pointer (&dump), FALSE);
}

/* What a runner has saved: a plan started on Monday 2 November 2026, the
 * session of that day, their name. */
void
kw_test_make_saved_data (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KwStore) store = kw_store_open (path, &error);
  g_autoptr(KwPlanPrefs) prefs = kw_plan_prefs_new_default ();
  g_autoptr(KwPlan) plan = NULL;
  g_autoptr(KwPainLog) log = NULL;
  GDate monday;

  g_assert_no_error (error);
  g_date_clear (&monday, 1);
  g_date_set_dmy (&monday, 2, G_DATE_NOVEMBER, 2026);
  plan = kw_plan_new ("patellofemoral-pain", KW_TRIAGE_REST_AND_REHAB, &monday, prefs, &error);
  g_assert_no_error (error);
  g_assert_true (kw_plan_save (plan, store, &error));

  log = kw_pain_log_new (&monday, KW_SESSION_DONE, 2);
  g_assert_true (kw_plan_log_session (plan, store, log, &monday, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (kw_store_set_value (store, "runner-name", "Ada", &error));
}
