/* test-cli-hostile.c: kneewise-cli on a full disk, in a read-only folder,
 * against a locked database and a database from a newer Kneewise
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each case makes the trouble for real (kw-test-hostile.c), runs the real
 * kneewise-cli as a user would, and checks that it names the problem and
 * the file, fails with status 1, and that everything saved before is still
 * there, row for row.
 */

#include "config.h"

#include <string.h>
#include <unistd.h>

#include "kw-store.h"
#include "kw-test-cli.h"
#include "kw-test-hostile.h"

/* Fails with status 1 and says @problem about the file at @path. */
static void
assert_refused (KwTestCliResult *result,
                const char      *problem,
                const char      *path)
{
  g_test_message ("kneewise-cli said: %s", result->err);
  g_assert_cmpint (result->status, ==, 1);
  g_assert_nonnull (strstr (result->err, problem));
  g_assert_nonnull (strstr (result->err, path));
  g_assert_cmpstr (result->out, ==, "");
}

/* With the trouble gone, the session the user was refused logs quietly. */
static void
assert_log_works (void)
{
  g_autoptr(KwTestCliResult) result = kw_test_cli_run ("log", "--date", "2026-11-04",
                                                       "--pain", "3", NULL);

  g_assert_cmpstr (result->err, ==, "");
  g_assert_cmpint (result->status, ==, 0);
}

static void
test_disk_full (void)
{
  g_autofree char *dir = kw_test_dup_data_dir ();
  g_autofree char *db = kw_store_dup_default_path ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *why_not = NULL;
  g_autoptr(KwTestMount) disk = kw_test_mount_tmpfs (dir, 1024, &why_not);

  if (disk == NULL)
    {
      g_test_skip (why_not);
      return;
    }

  kw_test_make_saved_data (db);
  before = kw_test_dump_database (db);
  kw_test_mount_fill (disk);

  /* Logging a session needs room on the disk: refused, nothing half-saved. */
  {
    g_autoptr(KwTestCliResult) result = kw_test_cli_run ("log", "--date", "2026-11-04",
                                                         "--pain", "3", NULL);
    assert_refused (result, "is full", db);
    g_assert_nonnull (strstr (result->err, "free some space"));
  }

  /* Even reading needs a little room, for SQLite's -shm file: refused too,
   * saying so (not "this change was not saved"). */
  {
    g_autoptr(KwTestCliResult) result = kw_test_cli_run ("plan", "--week", "2026-11-02",
                                                         NULL);
    assert_refused (result, "is full", db);
    g_assert_nonnull (strstr (result->err, "to open your records"));
  }

  kw_test_mount_free_space (disk);
  after = kw_test_dump_database (db);
  g_assert_cmpstr (after, ==, before);

  /* With room again, the same command works. */
  assert_log_works ();
}

static void
test_read_only_folder (void)
{
  g_autofree char *dir = kw_test_dup_data_dir ();
  g_autofree char *db = kw_store_dup_default_path ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *why_not = NULL;
  g_autoptr(KwTestMount) disk = NULL;

  /* Root writes through file modes: a read-only mount stops it too. */
  if (geteuid () == 0)
    {
      disk = kw_test_mount_tmpfs (dir, 4096, &why_not);
      if (disk == NULL)
        {
          g_test_skip (why_not);
          return;
        }
    }

  kw_test_make_saved_data (db);
  before = kw_test_dump_database (db);
  if (disk != NULL)
    kw_test_mount_set_read_only (disk, TRUE);
  else
    kw_test_make_folder_read_only (dir, TRUE);

  {
    g_autoptr(KwTestCliResult) result = kw_test_cli_run ("log", "--date", "2026-11-04",
                                                         "--pain", "3", NULL);
    assert_refused (result, "read-only", db);
  }
  {
    g_autoptr(KwTestCliResult) result = kw_test_cli_run ("status", NULL);
    assert_refused (result, "read-only", db);
    g_assert_nonnull (strstr (result->err, "make it writable"));
  }

  if (disk != NULL)
    kw_test_mount_set_read_only (disk, FALSE);
  else
    kw_test_make_folder_read_only (dir, FALSE);
  after = kw_test_dump_database (db);
  g_assert_cmpstr (after, ==, before);

  /* Writable again, the same command works. */
  assert_log_works ();
}

static void
test_locked (void)
{
  g_autofree char *db = kw_store_dup_default_path ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GPid locker;
  int release;

  kw_test_make_saved_data (db);
  before = kw_test_dump_database (db);
  locker = kw_test_lock_database (db, &release);

  {
    g_autoptr(KwTestCliResult) result = kw_test_cli_run ("log", "--date", "2026-11-04",
                                                         "--pain", "3", NULL);
    assert_refused (result, "Another program is using", db);
  }

  kw_test_unlock_database (locker, release);
  after = kw_test_dump_database (db);
  g_assert_cmpstr (after, ==, before);

  /* Once the other program lets go, the same command works. */
  assert_log_works ();
}

static void
test_newer_version (void)
{
  g_autofree char *db = kw_store_dup_default_path ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  const char * const commands[][6] = {
    { "plan", "--week", "2026-11-02", NULL },
    { "log", "--date", "2026-11-04", "--pain", "3", NULL },
    { "status", NULL },
  };
  gsize len, len_after;

  kw_test_make_saved_data (db);
  kw_test_set_user_version (db, kw_store_get_latest_version () + 1);
  g_assert_true (g_file_get_contents (db, &before, &len, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autoptr(KwTestCliResult) result = kw_test_cli_runv (NULL, NULL, commands[i]);

      assert_refused (result, "newer version of Kneewise", db);
      g_assert_nonnull (strstr (result->err, "update Kneewise"));
    }

  /* Left exactly as the newer version wrote it. */
  g_assert_true (g_file_get_contents (db, &after, &len_after, NULL));
  g_assert_cmpmem (before, len, after, len_after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  kw_test_hostile_init ();
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli-hostile/disk-full", test_disk_full);
  g_test_add_func ("/cli-hostile/read-only-folder", test_read_only_folder);
  g_test_add_func ("/cli-hostile/locked", test_locked);
  g_test_add_func ("/cli-hostile/newer-version", test_newer_version);

  return g_test_run ();
}
