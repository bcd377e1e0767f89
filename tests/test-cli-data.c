/* test-cli-data.c: kneewise-cli export-data and import-data, run as a user runs them
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "kw-data-archive.h"
#include "kw-plan.h"
#include "kw-test-cli.h"

#define FULL_COUNTS \
  "  Settings: 1\n" \
  "  Assessments: 1\n" \
  "  Exercise plans: 1\n" \
  "  Plan phases: 1\n" \
  "  Exercise doses: 10\n" \
  "  Logged sessions: 2\n" \
  "  Plan changes: 6\n" \
  "  Rest periods: 1\n" \
  "  Readiness checks: 1\n" \
  "  Readiness test results: 1\n" \
  "  Walk-run sessions: 1\n" \
  "  Reminders: 2\n" \
  "  Reminders shown: 1\n" \
  "  Reminders ticked off: 1\n" \
  "  Reminder preferences: 1\n" \
  "  Reminder settings: 1\n"

static KwStore *
open_store (void)
{
  g_autoptr(GError) error = NULL;
  KwStore *store = kw_store_open_default (&error);

  g_assert_no_error (error);
  return store;
}

static char *
sample (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data-export", name, NULL);
}

static guint
count_backups (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "kneewise", NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, "kneewise-before-import-"))
      n++;
  return n;
}

static gboolean
has_active_plan (void)
{
  g_autoptr(KwStore) store = open_store ();
  g_autoptr(KwPlan) plan = kw_plan_load_active (store, NULL);

  return plan != NULL;
}

static void
test_export (void)
{
  g_autoptr(KwStore) store = open_store ();
  g_autoptr(KwPlanPrefs) prefs = kw_plan_prefs_new_default ();
  g_autoptr(KwPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "my data.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KwDataArchive) archive = NULL;
  g_autoptr(KwTestCliResult) r = NULL;
  g_autofree char *expected = NULL;
  GDate monday;

  g_date_clear (&monday, 1);
  g_date_set_dmy (&monday, 2, G_DATE_NOVEMBER, 2026);
  plan = kw_plan_new ("iliotibial-band-syndrome", KW_TRIAGE_REDUCE_AND_CONTINUE, &monday, prefs,
                      &error);
  g_assert_true (kw_plan_save (plan, store, &error));
  g_assert_no_error (error);

  r = kw_test_cli_run ("export-data", path, NULL);
  expected = g_strdup_printf ("All your data is in “%s”.\n", path);
  g_assert_cmpint (r->status, ==, 0);
  g_assert_cmpstr (r->err, ==, "");
  g_assert_cmpstr (r->out, ==, expected);

  archive = kw_data_archive_load (file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kw_data_archive_get_count (archive, "plans"), ==, 1);
  g_assert_cmpuint (kw_data_archive_get_count (archive, "sessions"), ==, 0);
}

static void
test_check (void)
{
  g_autofree char *path = sample ("valid-full.json");
  g_autoptr(KwTestCliResult) r = kw_test_cli_run ("import-data", "--check", path, NULL);
  g_autofree char *expected = g_strdup_printf ("“%s” can be imported: Kneewise 0.1.0 exported "
                                               "it on 2026-11-09T20:00:00Z.\n"
                                               "Importing it would replace all your data "
                                               "with:\n" FULL_COUNTS, path);

  g_assert_cmpint (r->status, ==, 0);
  g_assert_cmpstr (r->err, ==, "");
  g_assert_cmpstr (r->out, ==, expected);

  /* Only checked: nothing imported, no copy made. */
  g_assert_false (has_active_plan ());
  g_assert_cmpuint (count_backups (), ==, 0);
}

static void
test_import (void)
{
  g_autofree char *path = sample ("valid-full.json");
  g_autoptr(KwTestCliResult) r = NULL;
  g_autofree char *head = NULL;

  g_assert_false (has_active_plan ());
  r = kw_test_cli_run ("import-data", path, NULL);
  g_assert_cmpint (r->status, ==, 0);
  g_assert_cmpstr (r->err, ==, "");
  head = g_strdup_printf ("Imported “%s”. Your data is now:\n" FULL_COUNTS
                          "Your data as it was before is kept in “%s/kneewise/"
                          "kneewise-before-import-", path, g_get_user_data_dir ());
  g_assert_true (g_str_has_prefix (r->out, head));
  g_assert_true (g_str_has_suffix (r->out, ".db”.\n"));

  g_assert_true (has_active_plan ());
  g_assert_cmpuint (count_backups (), ==, 1);
}

/* A bad file: a clear message naming the problem, exit status 2, nothing changed. */
static void
test_import_refused (void)
{
  static const struct {
    const char *file;
    const char *message;
  } cases[] = {
    { "pain-score-11.json", "sessions[1].pain_during is 11; pain scores go from 0 to 10" },
    { "foreign-format.json", "This is not a Kneewise data file: its format is "
      "\"org.example.Steps.backup\", not “io.github.kneewise.Kneewise.data”." },
    { "newer-format-version.json", "This file was exported by a newer version of Kneewise "
      "(data format 2; this version reads format 1). Update Kneewise to import it." },
  };
  g_autoptr(KwStore) store = open_store ();
  g_autoptr(GError) error = NULL;

  g_assert_true (kw_store_set_value (store, "mine", "keep me", &error));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = sample (cases[i].file);
      g_autoptr(KwTestCliResult) r = kw_test_cli_run ("import-data", path, NULL);
      g_autoptr(KwTestCliResult) check = kw_test_cli_run ("import-data", "--check", path, NULL);
      g_autofree char *expected = g_strdup_printf ("kneewise-cli import-data: cannot import "
                                                   "“%s”: %s\nNothing was changed.\n",
                                                   path, cases[i].message);
      g_autofree char *value = NULL;

      g_assert_cmpint (r->status, ==, 2);
      g_assert_cmpstr (r->out, ==, "");
      g_assert_cmpstr (r->err, ==, expected);
      g_assert_cmpint (check->status, ==, 2);
      g_assert_cmpstr (check->err, ==, expected);

      value = kw_store_dup_value (store, "mine");
      g_assert_cmpstr (value, ==, "keep me");
    }
  g_assert_cmpuint (count_backups (), ==, 0);
}

static void
test_usage (void)
{
  g_autoptr(KwTestCliResult) none = kw_test_cli_run ("import-data", NULL);
  g_autoptr(KwTestCliResult) two = kw_test_cli_run ("export-data", "a.json", "b.json", NULL);
  g_autoptr(KwTestCliResult) missing = kw_test_cli_run ("import-data", "/nonexistent/data.json",
                                                        NULL);
  g_autoptr(KwTestCliResult) help = kw_test_cli_run ("import-data", "--help", NULL);
  g_autoptr(KwTestCliResult) list = kw_test_cli_run ("--help", NULL);

  g_assert_cmpint (none->status, ==, 2);
  g_assert_cmpstr (none->err, ==,
                   "kneewise-cli import-data: Give the name of the file to import, for example "
                   "kneewise.json.\nRun “kneewise-cli import-data --help” for the options.\n");
  g_assert_cmpint (two->status, ==, 2);
  g_assert_nonnull (strstr (two->err, "unexpected “b.json”: give one file name."));
  g_assert_cmpint (missing->status, ==, 2);
  g_assert_true (g_str_has_prefix (missing->err, "kneewise-cli import-data: cannot import "
                                                 "“/nonexistent/data.json”: "));
  g_assert_true (g_str_has_suffix (missing->err, "Nothing was changed.\n"));

  g_assert_cmpint (help->status, ==, 0);
  g_assert_nonnull (strstr (help->out, "kneewise-cli import-data [OPTION…] FILE"));
  g_assert_nonnull (strstr (help->out, "--check"));
  g_assert_nonnull (strstr (list->out, "export-data"));
  g_assert_nonnull (strstr (list->out, "import-data"));
}

/* Moving machines: export here, import on a fresh "machine", export
 * there: the same file but for the time it was written. */
static void
test_move_machines (void)
{
  g_autofree char *path = sample ("valid-full.json");
  g_autofree char *here = g_build_filename (g_get_user_data_dir (), "here.json", NULL);
  g_autofree char *there = g_build_filename (g_get_user_data_dir (), "there.json", NULL);
  g_autofree char *other = g_build_filename (g_get_user_data_dir (), "other-machine", NULL);
  g_autofree char *env_data = g_strconcat ("XDG_DATA_HOME=", other, NULL);
  const char *env[] = { env_data, NULL };
  g_autoptr(KwTestCliResult) r1 = kw_test_cli_run ("import-data", path, NULL);
  g_autoptr(KwTestCliResult) r2 = kw_test_cli_run ("export-data", here, NULL);
  g_autoptr(KwTestCliResult) r3 = kw_test_cli_run_env (env, "import-data", here, NULL);
  g_autoptr(KwTestCliResult) r4 = kw_test_cli_run_env (env, "export-data", there, NULL);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autoptr(GRegex) time = g_regex_new ("\"exported_at\": \"[^\"]*\"", 0, 0, NULL);
  g_autofree char *a_timeless = NULL;
  g_autofree char *b_timeless = NULL;

  g_assert_cmpint (r1->status, ==, 0);
  g_assert_cmpint (r2->status, ==, 0);
  g_assert_cmpint (r3->status, ==, 0);
  g_assert_cmpint (r4->status, ==, 0);
  g_assert_true (g_file_get_contents (here, &a, NULL, NULL));
  g_assert_true (g_file_get_contents (there, &b, NULL, NULL));
  a_timeless = g_regex_replace_literal (time, a, -1, 0, "", 0, NULL);
  b_timeless = g_regex_replace_literal (time, b, -1, 0, "", 0, NULL);
  g_assert_cmpstr (a_timeless, ==, b_timeless);
  g_assert_nonnull (strstr (a, "\"pain_during\": 3"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli-data/export", test_export);
  g_test_add_func ("/cli-data/check", test_check);
  g_test_add_func ("/cli-data/import", test_import);
  g_test_add_func ("/cli-data/import-refused", test_import_refused);
  g_test_add_func ("/cli-data/usage", test_usage);
  g_test_add_func ("/cli-data/move-machines", test_move_machines);

  return g_test_run ();
}
