/* test-store.c: the SQLite store against real files
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <pwd.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "kw-assessment.h"
#include "kw-store-private.h"

static char *
default_path (void)
{
  return kw_store_dup_default_path ();
}

static guint
file_mode (const char *path)
{
  struct stat st;

  g_assert_no_errno (g_stat (path, &st));
  return st.st_mode & 0777;
}

static char *
query_text (KwStore    *store,
            const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = _kw_store_prepare (store, sql, NULL);

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

/* A database as an older Kneewise left it: the first @version steps only. */
static void
make_database_at_version (const char *path,
                          int         version)
{
  sqlite3 *db = NULL;
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_no_errno (g_mkdir_with_parents (dir, 0700));
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  for (guint i = 0; i < _kw_store_n_migrations; i++)
    {
      g_autofree char *bump = NULL;

      if (_kw_store_migrations[i].version > version)
        break;
      g_assert_cmpint (sqlite3_exec (db, _kw_store_migrations[i].sql, NULL, NULL, NULL), ==,
                       SQLITE_OK);
      bump = g_strdup_printf ("PRAGMA user_version = %d", _kw_store_migrations[i].version);
      g_assert_cmpint (sqlite3_exec (db, bump, NULL, NULL, NULL), ==, SQLITE_OK);
    }
  if (version >= 1)
    g_assert_cmpint (sqlite3_exec (db, "INSERT INTO kw_value VALUES ('runner-name', 'Ada')",
                                   NULL, NULL, NULL), ==, SQLITE_OK);
  if (version >= 2)
    g_assert_cmpint (sqlite3_exec (db, "INSERT INTO assessment (created, answers, triage, "
                                   "conditions, red_flags) VALUES (1767225600, "
                                   "'[answers]\nlocations=outside\n', 'rest-and-rehab', "
                                   "'iliotibial-band-syndrome', '')",
                                   NULL, NULL, NULL), ==, SQLITE_OK);
  if (version >= 3)
    g_assert_cmpint (sqlite3_exec (db,
                                   "INSERT INTO plan (id, condition, triage, start_date, "
                                   "days_per_week, minutes, equipment, phase, active) VALUES "
                                   "(1, 'patellofemoral-pain', 'rest-and-rehab', '2026-01-05', "
                                   "3, 30, 24, 1, 1);"
                                   "INSERT INTO plan_session (plan_id, date, status, pain_during, "
                                   "baseline, swelling, limp, running, zone) VALUES "
                                   "(1, '2026-01-05', 'done', 2, 0, 'none', 0, 0, 'unknown')",
                                   NULL, NULL, NULL), ==, SQLITE_OK);
  if (version >= 4)
    g_assert_cmpint (sqlite3_exec (db, "INSERT INTO rtr_run (date, level, duration_s, "
                                   "distance_m, pain_during, next_morning, swelling, limp) "
                                   "VALUES ('2026-03-29', 2, 2100, 3500, 1, 1, 0, 0)",
                                   NULL, NULL, NULL), ==, SQLITE_OK);
  if (version >= 5)
    g_assert_cmpint (sqlite3_exec (db, "INSERT INTO reminder_rule (source, kind, target, local_time,"
                                   " weekdays, active_since_utc) VALUES ('user',"
                                   " 'exercise-session', 'session:old', '18:30', 21, 0)",
                                   NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_store_create (void)
{
  g_autofree char *path = default_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *journal = NULL;
  g_autofree char *fk = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KwStore) store = NULL;

  g_assert_true (g_str_has_suffix (path, "/kneewise/kneewise.db"));
  g_assert_true (g_str_has_prefix (path, g_get_user_data_dir ()));
  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));

  store = kw_store_open_default (&error);
  g_assert_no_error (error);
  g_assert_nonnull (store);

  g_assert_cmpstr (kw_store_get_path (store), ==, path);
  g_assert_cmpint (kw_store_get_version (store), ==, kw_store_get_latest_version ());
  g_assert_null (kw_store_get_moved_aside_path (store));

  g_assert_cmpuint (file_mode (dir), ==, 0700);
  g_assert_cmpuint (file_mode (path), ==, 0600);

  journal = query_text (store, "PRAGMA journal_mode");
  g_assert_cmpstr (journal, ==, "wal");
  fk = query_text (store, "PRAGMA foreign_keys");
  g_assert_cmpstr (fk, ==, "1");

  /* SQLite gives its side files the main file's mode: still private. */
  g_assert_true (kw_store_set_value (store, "runner-name", "Ada", &error));
  g_assert_no_error (error);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_assert_cmpuint (file_mode (wal), ==, 0600);
  }
}

static void
count_change (KwStore    *store,
              const char *what,
              gpointer    user_data)
{
  guint *count = user_data;

  g_assert_cmpstr (what, ==, "values");
  (*count)++;
}

static void
test_store_reopen (void)
{
  g_autofree char *path = default_path ();
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;

  {
    g_autoptr(KwStore) store = kw_store_open (path, &error);
    guint changes = 0;

    g_assert_no_error (error);
    g_signal_connect (store, "changed::values", G_CALLBACK (count_change), &changes);
    g_assert_true (kw_store_set_value (store, "runner-name", "Grete", &error));
    g_assert_cmpuint (changes, ==, 1);
    g_assert_no_error (error);
    g_assert_true (kw_store_set_value (store, "runner-name", "Grete W.", &error));
    g_assert_true (kw_store_set_value (store, "unused", "x", &error));
    g_assert_true (kw_store_set_value (store, "unused", NULL, &error));
  }

  {
    g_autoptr(KwStore) store = kw_store_open (path, &error);
    g_autofree char *unused = NULL;

    g_assert_no_error (error);
    value = kw_store_dup_value (store, "runner-name");
    unused = kw_store_dup_value (store, "unused");
    g_assert_cmpstr (value, ==, "Grete W.");
    g_assert_null (unused);
  }
}

/* Every older schema must open and come up to date with its data kept. */
static void
test_store_migrate_from_every_version (void)
{
  int latest = kw_store_get_latest_version ();

  for (int version = 0; version < latest; version++)
    {
      g_autofree char *name = g_strdup_printf ("from-%d.db", version);
      g_autofree char *path = g_build_filename (g_get_user_data_dir (), "old", name, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(KwStore) store = NULL;
      g_autofree char *value = NULL;

      make_database_at_version (path, version);
      store = kw_store_open (path, &error);
      g_assert_no_error (error);
      g_assert_cmpint (kw_store_get_version (store), ==, latest);

      value = kw_store_dup_value (store, "runner-name");
      if (version >= 1)
        g_assert_cmpstr (value, ==, "Ada");
      else
        g_assert_null (value);

      {
        g_autoptr(KwAssessment) kept = kw_assessment_load_latest (store, &error);

        g_assert_no_error (error);
        if (version >= 2)
          {
            g_assert_nonnull (kept);
            g_assert_cmpstr (kw_assessment_get_condition_ids (kept)[0], ==,
                             "iliotibial-band-syndrome");
            g_assert_cmpint (g_date_time_to_unix (kw_assessment_get_created (kept)), ==,
                             1767225600);
          }
        else
          g_assert_null (kept);
      }

      if (version >= 3)
        {
          g_autofree char *pain = query_text (store, "SELECT pain_during FROM plan_session "
                                                     "WHERE date = '2026-01-05'");
          g_assert_cmpstr (pain, ==, "2");
        }
      if (version >= 4)
        {
          g_autofree char *run = query_text (store, "SELECT date || ' ' || distance_m "
                                                    "FROM rtr_run");
          g_assert_cmpstr (run, ==, "2026-03-29 3500");
        }
      if (version >= 5)
        {
          g_autofree char *rule = query_text (store, "SELECT target || ' ' || local_time || ' '"
                                              " || weekdays FROM reminder_rule");
          g_assert_cmpstr (rule, ==, "session:old 18:30 21");
        }
    }
}

static void
test_store_newer_version_refused (void)
{
  g_autofree char *path = default_path ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *bump = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KwStore) store = NULL;
  gsize len_before, len_after;
  sqlite3 *db = NULL;

  make_database_at_version (path, kw_store_get_latest_version ());
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  bump = g_strdup_printf ("PRAGMA user_version = %d", kw_store_get_latest_version () + 1);
  g_assert_cmpint (sqlite3_exec (db, bump, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  g_assert_true (g_file_get_contents (path, &before, &len_before, NULL));

  store = kw_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, KW_STORE_ERROR, KW_STORE_ERROR_NEWER_VERSION);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, "newer version of Kneewise"));
  g_assert_nonnull (strstr (error->message, "untouched"));

  /* Byte for byte the same, and no journal was started beside it. */
  g_assert_true (g_file_get_contents (path, &after, &len_after, NULL));
  g_assert_cmpmem (before, len_before, after, len_after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
assert_moved_aside (const char *path,
                    KwStore    *store,
                    const char *expected_contents,
                    gsize       expected_len)
{
  const char *aside = kw_store_get_moved_aside_path (store);
  g_autofree char *kept = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *aside_dir = NULL;
  gsize kept_len;

  g_assert_nonnull (aside);
  aside_dir = g_path_get_dirname (aside);
  g_assert_cmpstr (aside_dir, ==, dir);
  g_assert_true (g_str_has_prefix (aside, path));
  g_assert_nonnull (strstr (aside, ".corrupt-"));

  g_assert_true (g_file_get_contents (aside, &kept, &kept_len, NULL));
  g_assert_cmpmem (kept, kept_len, expected_contents, expected_len);

  /* The fresh database works. */
  g_assert_cmpint (kw_store_get_version (store), ==, kw_store_get_latest_version ());
  g_assert_true (kw_store_set_value (store, "k", "v", NULL));
}

static void
test_store_corrupt_header_moved_aside (void)
{
  g_autofree char *path = default_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  const char garbage[] = "This is not a database, it is a shopping list: eggs, milk.\n"
                         "........................................................";
  g_autoptr(GError) error = NULL;
  g_autoptr(KwStore) store = NULL;

  g_assert_no_errno (g_mkdir_with_parents (dir, 0700));
  g_assert_true (g_file_set_contents (path, garbage, sizeof garbage, NULL));

  store = kw_store_open (path, &error);
  g_assert_no_error (error);
  assert_moved_aside (path, store, garbage, sizeof garbage);
}

static void
test_store_corrupt_pages_moved_aside (void)
{
  g_autofree char *path = default_path ();
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KwStore) store = NULL;
  gsize len;

  {
    g_autoptr(KwStore) first = kw_store_open (path, &error);
    g_assert_no_error (error);
    for (int i = 0; i < 200; i++)
      {
        g_autofree char *key = g_strdup_printf ("key-%d", i);
        g_assert_true (kw_store_set_value (first, key, "a value long enough to fill pages",
                                           NULL));
      }
    g_assert_true (_kw_store_exec (first, "PRAGMA wal_checkpoint(TRUNCATE)", NULL));
  }

  /* Keep the header, smash the b-tree pages behind it. */
  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 8192);
  memset (contents + 4096, 0xA5, len - 4096);
  g_assert_true (g_file_set_contents (path, contents, len, NULL));

  store = kw_store_open (path, &error);
  g_assert_no_error (error);
  assert_moved_aside (path, store, contents, len);
  g_assert_null (kw_store_dup_value (store, "key-1"));
}

/* Root ignores file modes, and CI runs as root: the check itself runs in a
 * child that drops to an unprivileged user first. */
static void
become_unprivileged (void)
{
  struct passwd *pw;

  if (geteuid () != 0)
    return;

  pw = getpwnam ("nobody");
  g_assert_nonnull (pw);
  g_assert_no_errno (setgid (pw->pw_gid));
  g_assert_no_errno (setuid (pw->pw_uid));
}

/* Root without CAP_SETUID (a build sandbox) can neither drop to another
 * user nor be stopped by file modes: then there is nothing to test. */
static gboolean
can_become_unprivileged (void)
{
  struct passwd *pw;
  pid_t pid;
  int status = 0;

  if (geteuid () != 0)
    return TRUE;

  if ((pw = getpwnam ("nobody")) == NULL)
    return FALSE;

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    _exit (setgid (pw->pw_gid) == 0 && setuid (pw->pw_uid) == 0 ? 0 : 1);

  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

static char *
make_shared_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("kneewise-ro-XXXXXX", &error);

  g_assert_no_error (error);
  g_assert_no_errno (g_chmod (dir, 0755));
  return dir;
}

static void
test_store_read_only_folder (void)
{
  if (g_test_subprocess ())
    {
      const char *dir = g_getenv ("KW_TEST_DIR");
      g_autofree char *fresh = g_build_filename (dir, "ro", "kneewise.db", NULL);
      g_autofree char *existing = g_build_filename (dir, "ro-existing", "kneewise.db", NULL);
      g_autofree char *value = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(KwStore) store = NULL;

      become_unprivileged ();

      store = kw_store_open (fresh, &error);
      g_assert_null (store);
      g_assert_error (error, KW_STORE_ERROR, KW_STORE_ERROR_READ_ONLY);
      g_assert_nonnull (strstr (error->message, "read-only"));
      g_printerr ("%s\n", error->message);
      g_clear_error (&error);

      /* An existing database in a read-only folder: WAL needs a side file. */
      store = kw_store_open (existing, &error);
      if (store != NULL)
        {
          g_assert_false (kw_store_set_value (store, "k", "v", &error));
          g_assert_error (error, KW_STORE_ERROR, KW_STORE_ERROR_READ_ONLY);
        }
      else
        g_assert_error (error, KW_STORE_ERROR, KW_STORE_ERROR_READ_ONLY);
      g_printerr ("%s\n", error->message);
      return;
    }
  /* Asked before anything is allocated: the child it forks only _exit()s,
   * and under valgrind anything live then would read as a leak. */
  else if (!can_become_unprivileged ())
    {
      g_test_skip ("Running as root without CAP_SETUID: file modes cannot be tested");
    }
  else
    {
      g_autofree char *dir = make_shared_dir ();
      g_autofree char *ro = g_build_filename (dir, "ro", NULL);
      g_autofree char *ro_existing = g_build_filename (dir, "ro-existing", NULL);
      g_autofree char *existing = g_build_filename (ro_existing, "kneewise.db", NULL);
      g_autofree char *contents = NULL;
      g_autofree char *after = NULL;
      struct passwd *pw = getpwnam ("nobody");
      gsize len, len_after;

      make_database_at_version (existing, kw_store_get_latest_version ());
      g_assert_true (g_file_get_contents (existing, &contents, &len, NULL));
      g_assert_no_errno (g_mkdir (ro, 0555));
      g_assert_no_errno (g_chmod (ro_existing, 0555));
      if (geteuid () == 0 && pw != NULL)
        g_assert_no_errno (chown (existing, pw->pw_uid, pw->pw_gid));

      g_setenv ("KW_TEST_DIR", dir, TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT);
      g_test_trap_assert_passed ();
      g_test_trap_assert_stderr ("*read-only*");

      /* Nothing saved was lost. */
      g_assert_true (g_file_get_contents (existing, &after, &len_after, NULL));
      g_assert_cmpmem (contents, len, after, len_after);

      g_chmod (ro_existing, 0755);
      g_chmod (ro, 0755);
    }
}

static void
test_store_disk_full (void)
{
  g_autofree char *path = default_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KwStore) store = kw_store_open (path, &error);
  g_autofree char *big = g_strnfill (3000, 'x');
  g_autofree char *page_count = NULL;
  gboolean failed = FALSE;

  g_assert_no_error (error);
  g_assert_true (kw_store_set_value (store, "runner-name", "Ada", &error));

  page_count = query_text (store, "PRAGMA page_count");
  _kw_store_set_max_pages (store, g_ascii_strtoll (page_count, NULL, 10));

  for (int i = 0; i < 50 && !failed; i++)
    {
      g_autofree char *key = g_strdup_printf ("filler-%d", i);
      failed = !kw_store_set_value (store, key, big, &error);
    }

  g_assert_true (failed);
  g_assert_error (error, KW_STORE_ERROR, KW_STORE_ERROR_DISK_FULL);
  g_assert_nonnull (strstr (error->message, "full"));
  g_assert_nonnull (strstr (error->message, "not saved"));
  g_clear_error (&error);
  g_clear_object (&store);

  store = kw_store_open (path, &error);
  g_assert_no_error (error);
  {
    g_autofree char *name = kw_store_dup_value (store, "runner-name");
    g_autofree char *ok = query_text (store, "PRAGMA integrity_check");
    g_assert_cmpstr (name, ==, "Ada");
    g_assert_cmpstr (ok, ==, "ok");
  }
}

static void
test_store_locked (void)
{
  g_autofree char *path = default_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KwStore) store = kw_store_open (path, &error);
  sqlite3 *other = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_false (kw_store_set_value (store, "k", "v", &error));
  g_assert_error (error, KW_STORE_ERROR, KW_STORE_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, "Another program"));

  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (other);
  g_clear_error (&error);
  g_assert_true (kw_store_set_value (store, "k", "v", &error));
  g_assert_no_error (error);
}

static void
test_store_nested_transactions (void)
{
  g_autofree char *path = default_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KwStore) store = kw_store_open (path, &error);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  g_assert_no_error (error);
  g_assert_true (_kw_store_begin (store, &error));
  g_assert_true (kw_store_set_value (store, "a", "1", &error));
  g_assert_true (_kw_store_begin (store, &error));
  g_assert_true (kw_store_set_value (store, "b", "2", &error));
  _kw_store_rollback (store);
  g_assert_true (_kw_store_commit (store, &error));
  g_assert_no_error (error);

  a = kw_store_dup_value (store, "a");
  b = kw_store_dup_value (store, "b");
  g_assert_cmpstr (a, ==, "1");
  g_assert_null (b);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/store/create", test_store_create);
  g_test_add_func ("/store/reopen", test_store_reopen);
  g_test_add_func ("/store/migrate/from-every-version", test_store_migrate_from_every_version);
  g_test_add_func ("/store/newer-version-refused", test_store_newer_version_refused);
  g_test_add_func ("/store/corrupt/header", test_store_corrupt_header_moved_aside);
  g_test_add_func ("/store/corrupt/pages", test_store_corrupt_pages_moved_aside);
  g_test_add_func ("/store/read-only-folder", test_store_read_only_folder);
  g_test_add_func ("/store/disk-full", test_store_disk_full);
  g_test_add_func ("/store/locked", test_store_locked);
  g_test_add_func ("/store/nested-transactions", test_store_nested_transactions);

  return g_test_run ();
}
