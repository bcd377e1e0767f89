/* test-crash.c: a writer killed at random never loses a saved session
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * kw-crash-writer logs KW_CRASH_SESSIONS sessions (pain logs and the plan
 * changes they cause) into a real SQLite file, and reports each one on a
 * pipe after its write returned. This test kills it with SIGKILL at a
 * random point, many rounds over the same file, and after every kill opens
 * the file afresh and checks that:
 *   - PRAGMA integrity_check says "ok";
 *   - every session the writer reported is there, with every column as it
 *     was asked to be saved (no half-written session);
 *   - the only session it may hold beyond those is the one being written
 *     when the writer died (its commit can land before the report);
 *   - the app's own loader still reads the plan with all of them.
 * The seed is printed; KW_CRASH_SEED=N repeats a run, KW_CRASH_ROUNDS=N
 * changes the number of kills.
 */

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include <sqlite3.h>

#include "kw-crash-writer.h"
#include "kw-plan.h"
#include "kw-store-private.h"

#define DEFAULT_ROUNDS 30

typedef struct
{
  char     *path;
  GRand    *rand;
  gboolean  reported[KW_CRASH_SESSIONS];
  guint     n_reported;
  guint     n_kills;
  guint     n_rows;      /* sessions in the file after the last check */
} Crash;

static char *
expected_row (guint i)
{
  g_autoptr(KwPainLog) log = kw_crash_session_new (i);
  char date[16];

#define OPT(v) ((v) == KW_PAIN_UNKNOWN ? g_strdup ("NULL") : g_strdup_printf ("%d", (v)))
  g_autofree char *during = OPT (log->pain_during);
  g_autofree char *evening = OPT (log->pain_evening);
  g_autofree char *morning = OPT (log->morning);
  g_autofree char *settled = OPT (log->settled_by_midday);
#undef OPT

  g_date_strftime (date, sizeof date, "%Y-%m-%d", &log->date);
  return g_strdup_printf ("%s|%s|%s|%s|%d|%s|%s|%s|%d|%d|%s", date,
                          kw_session_status_to_id (log->status), during, evening,
                          log->baseline, morning, settled, kw_swelling_to_id (log->swelling),
                          log->limp ? 1 : 0, log->running ? 1 : 0,
                          kw_pain_zone_to_id (kw_pain_log_get_zone (log)));
}

static guint
session_index (const char *iso_date)
{
  GDate date, start;
  int y, m, d;

  g_assert_cmpint (sscanf (iso_date, "%d-%d-%d", &y, &m, &d), ==, 3);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  kw_crash_plan_start (&start);
  g_assert_cmpint (g_date_compare (&date, &start), >=, 0);
  return (guint) g_date_days_between (&start, &date);
}

/* Reads the file as a fresh process would after the crash: SQLite replays
 * (or discards) what the writer left in the WAL. */
static guint
check_database (Crash *crash)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  guint n_rows = 0;
  guint last_reported = 0;
  gboolean any_reported = FALSE;
  int rc;

  for (guint i = 0; i < KW_CRASH_SESSIONS; i++)
    if (crash->reported[i])
      {
        last_reported = i;
        any_reported = TRUE;
      }

  if (!g_file_test (crash->path, G_FILE_TEST_EXISTS))
    {
      /* Killed before the store created the file: nothing was promised. */
      g_assert_false (any_reported);
      g_assert_cmpuint (crash->n_rows, ==, 0);
      return 0;
    }

  g_assert_cmpint (sqlite3_open_v2 (crash->path, &db, SQLITE_OPEN_READWRITE, NULL), ==,
                   SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  /* Killed before the first migration committed: an empty database. */
  rc = sqlite3_prepare_v2 (db,
                           "SELECT date, status, pain_during, pain_evening, baseline, morning, "
                           "settled, swelling, limp, running, zone FROM plan_session "
                           "ORDER BY date", -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      g_assert_false (any_reported);
      g_assert_cmpuint (crash->n_rows, ==, 0);
      sqlite3_close (db);
      return 0;
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(GString) row = g_string_new (NULL);
      g_autofree char *expected = NULL;
      guint i;

      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, c);
          g_string_append_printf (row, "%s%s", c > 0 ? "|" : "", text ? text : "NULL");
        }

      /* The sessions are written in order: the rows are sessions 0, 1, 2… */
      i = session_index ((const char *) sqlite3_column_text (stmt, 0));
      g_assert_cmpuint (i, ==, n_rows);
      expected = expected_row (i);
      g_assert_cmpstr (row->str, ==, expected);
      n_rows++;
    }
  g_assert_cmpint (rc, ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  /* Every promise kept, nothing saved before lost, and at most the one
   * session that was being written past what was known to be saved. */
  for (guint i = 0; i < KW_CRASH_SESSIONS; i++)
    if (crash->reported[i])
      g_assert_cmpuint (i, <, n_rows);
  g_assert_cmpuint (n_rows, >=, crash->n_rows);
  g_assert_cmpuint (n_rows, <=, MAX (any_reported ? last_reported + 1 : 0, crash->n_rows) + 1);
  crash->n_rows = n_rows;

  /* The app reads it back whole, through the store. */
  if (n_rows > 0)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KwStore) store = kw_store_open (crash->path, &error);
      g_autoptr(KwPlan) plan = NULL;
      GPtrArray *logs;

      g_assert_no_error (error);
      g_assert_null (kw_store_get_moved_aside_path (store));
      plan = kw_plan_load_active (store, &error);
      g_assert_no_error (error);
      logs = kw_plan_get_logs (plan);
      g_assert_cmpuint (logs->len, ==, n_rows);
    }

  return n_rows;
}

/* Runs the writer once; kills it after @kill_after reports (plus a random
 * pause, so that most kills land inside a write), or lets it finish if
 * @kill_after is negative. Returns TRUE if the writer finished on its own. */
static gboolean
run_writer (Crash *crash,
            int    kill_after)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *writer = g_test_build_filename (G_TEST_BUILT, "kw-crash-writer", NULL);
  const char *argv[] = { writer, crash->path, NULL };
  GPid pid;
  int out_fd, status = 0;
  FILE *out;
  char line[32];
  int n_this_round = 0;
  gboolean killed = FALSE;

  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL,
                                           G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                           &pid, NULL, &out_fd, NULL, &error));
  g_assert_no_error (error);
  out = fdopen (out_fd, "r");
  g_assert_nonnull (out);

  if (kill_after == 0)
    {
      /* During start-up: opening, migrating, making the plan. */
      g_usleep (g_rand_int_range (crash->rand, 0, 200000));
      kill (pid, SIGKILL);
      killed = TRUE;
    }

  while (fgets (line, sizeof line, out) != NULL)
    {
      guint64 i;

      g_assert_true (g_ascii_string_to_unsigned (g_strchomp (line), 10, 0,
                                                 KW_CRASH_SESSIONS - 1, &i, NULL));
      g_assert_false (crash->reported[i]);
      crash->reported[i] = TRUE;
      crash->n_reported++;
      n_this_round++;

      if (!killed && n_this_round == kill_after)
        {
          g_usleep (g_rand_int_range (crash->rand, 0, 5000));
          kill (pid, SIGKILL);
          killed = TRUE;
          /* Reports already in the pipe were made before the kill: they
           * are promises too, so keep reading to the end. */
        }
    }
  fclose (out);

  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);

  if (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL)
    {
      g_assert_true (killed);
      crash->n_kills++;
      return FALSE;
    }

  /* The writer itself must never fail, and may finish before the kill. */
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  return TRUE;
}

static void
test_crash_kill_writer (void)
{
  g_autofree Crash *crash = g_new0 (Crash, 1);
  const char *seed_env = g_getenv ("KW_CRASH_SEED");
  const char *rounds_env = g_getenv ("KW_CRASH_ROUNDS");
  guint32 seed = seed_env != NULL ? (guint32) g_ascii_strtoull (seed_env, NULL, 10)
                                  : g_random_int ();
  guint rounds = rounds_env != NULL ? (guint) g_ascii_strtoull (rounds_env, NULL, 10)
                                    : DEFAULT_ROUNDS;
  guint n_rows = 0;
  gboolean finished = FALSE;

  /* Printed first, so a failure can be replayed with KW_CRASH_SEED. */
  g_test_message ("seed %u (KW_CRASH_SEED=%u KW_CRASH_ROUNDS=%u to repeat)", seed, seed, rounds);
  crash->rand = g_rand_new_with_seed (seed);
  crash->path = kw_store_dup_default_path ();

  for (guint round = 0; round < rounds && !finished; round++)
    {
      /* Spread the kills over the whole run: on average the sessions left
       * divided by the rounds left, a few of them during start-up. */
      guint left = KW_CRASH_SESSIONS - n_rows;
      guint mean = MAX (left / (rounds - round), 1);
      int kill_after = g_rand_int_range (crash->rand, 0, 8) == 0
                         ? 0 : g_rand_int_range (crash->rand, 1, (int) (2 * mean) + 1);

      finished = run_writer (crash, kill_after);
      n_rows = check_database (crash);
      g_test_message ("round %u: killed after %d reports; %u sessions saved, %u promised",
                      round, kill_after, n_rows, crash->n_reported);
    }

  /* The last run finishes the job: all of them, each exactly as logged. */
  if (!finished)
    g_assert_true (run_writer (crash, -1));
  n_rows = check_database (crash);
  g_assert_cmpuint (n_rows, ==, KW_CRASH_SESSIONS);
  /* A writer that always got to the end before its kill would prove nothing
   * about crashes. */
  if (rounds > 0)
    g_assert_cmpuint (crash->n_kills, >, 0);

  g_test_message ("%u kills, %u sessions, seed %u", crash->n_kills, n_rows, seed);
  g_rand_free (crash->rand);
  g_free (crash->path);
}

static char *
query_text (KwStore    *store,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text;

  g_assert_cmpint (sqlite3_prepare_v2 (_kw_store_get_db (store), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

/* A kill leaves what write() handed the kernel, so the test above passes
 * whatever `synchronous` says; a power cut or kernel crash does not. FULL
 * syncs the WAL on every commit, so a session the app said was saved is on
 * the disk. Pin it here, since no kill can tell it apart. */
static void
test_crash_durable_settings (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KwStore) store = kw_store_open_default (&error);
  g_autofree char *journal = NULL;
  g_autofree char *synchronous = NULL;

  g_assert_no_error (error);
  journal = query_text (store, "PRAGMA journal_mode");
  synchronous = query_text (store, "PRAGMA synchronous");
  g_assert_cmpstr (journal, ==, "wal");
  g_assert_cmpstr (synchronous, ==, "2");
}

/* A damaged file with the journal a crash left beside it: both are kept,
 * side by side, and the fresh database starts without it. */
static void
test_crash_damaged_keeps_journal (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KwStore) store = NULL;
  g_autofree char *path = kw_store_dup_default_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autofree char *kept_journal = NULL;
  g_autofree char *contents = NULL;
  const char garbage[] = "Not a database: half of a page that a crash left behind.";
  const char journal_bytes[] = "The journal that could have put it right.";

  g_assert_no_errno (g_mkdir_with_parents (dir, 0700));
  g_assert_true (g_file_set_contents (path, garbage, sizeof garbage, NULL));
  g_assert_true (g_file_set_contents (journal, journal_bytes, sizeof journal_bytes, NULL));

  store = kw_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (kw_store_get_moved_aside_path (store));

  kept_journal = g_strconcat (kw_store_get_moved_aside_path (store), "-journal", NULL);
  g_assert_true (g_file_get_contents (kept_journal, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, journal_bytes);
  g_assert_true (kw_store_set_value (store, "k", "v", &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/crash/durable-settings", test_crash_durable_settings);
  g_test_add_func ("/crash/damaged-keeps-journal", test_crash_damaged_keeps_journal);
  g_test_add_func ("/crash/kill-writer", test_crash_kill_writer);

  return g_test_run ();
}
