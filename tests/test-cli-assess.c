/* test-cli-assess.c: the real kneewise-cli binary on the golden vignettes
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs $KNEEWISE_CLI as a user would and compares stdout, stderr and the
 * exit code with tests/assessment/: the engine test reads the same files, so
 * the CLI and the engine are held to one result.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gio/gio.h>

#include "kw-assessment.h"
#include "kw-test-cli.h"

static char *
vignette_dir (void)
{
  return g_test_build_filename (G_TEST_DIST, "assessment", NULL);
}

static void
test_vignette (gconstpointer data)
{
  const char *ini = data;
  g_autofree char *base = g_strndup (ini, strlen (ini) - strlen (".ini"));
  g_autofree char *expected_path = g_strconcat (base, ".expected", NULL);
  g_autofree char *expected = NULL;
  g_autoptr(KwTestCliResult) run = NULL;

  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
  run = kw_test_cli_runv (NULL, NULL, (const char *[]) { "assess", ini, NULL });
  g_assert_cmpstr (run->err, ==, "");
  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->out, ==, expected);
}

static void
test_bad_input (gconstpointer data)
{
  const char *expected_path = data;
  g_autofree char *base = g_strndup (expected_path,
                                     strlen (expected_path) - strlen (".expected"));
  g_autofree char *ini = g_strconcat (base, ".ini", NULL);
  g_autoptr(GKeyFile) expected = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *pattern = NULL;
  g_autofree char *with_newline = NULL;
  g_autoptr(KwTestCliResult) run = NULL;

  g_key_file_load_from_file (expected, expected_path, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  pattern = g_key_file_get_string (expected, "expect", "stderr", &error);
  g_assert_no_error (error);

  run = kw_test_cli_runv (NULL, NULL, (const char *[]) { "assess", ini, NULL });
  g_assert_cmpint (run->status, ==, g_key_file_get_integer (expected, "expect", "exit", NULL));
  g_assert_cmpstr (run->out, ==, "");
  /* Exactly one line. */
  g_assert_true (g_str_has_suffix (run->err, "\n"));
  g_assert_true (strchr (run->err, '\n') == run->err + strlen (run->err) - 1);
  with_newline = g_strconcat (pattern, "\n", NULL);
  if (!g_pattern_match_simple (with_newline, run->err))
    g_error ("stderr “%s” does not match “%s”", run->err, pattern);
  g_assert_true (g_str_has_prefix (run->err, ini));
}

static void
test_usage (void)
{
  {
    g_autoptr(KwTestCliResult) run = NULL;
    run = kw_test_cli_runv (NULL, NULL, (const char *[]) { "assess", "--help", NULL });
    g_assert_cmpint (run->status, ==, 0);
    g_assert_nonnull (strstr (run->out, "kneewise-cli assess [OPTION…] FILE"));
    g_assert_nonnull (strstr (run->out, "--save"));
    g_assert_nonnull (strstr (run->out, "not a diagnosis"));
    /* The file format, from the schema. */
    g_assert_nonnull (strstr (run->out, "  locations           front;below-kneecap;"));
    g_assert_nonnull (strstr (run->out, "  onset               gradual|sudden|injury\n"));
    g_assert_nonnull (strstr (run->out, "  can-walk-4-steps    true|false (default true)\n"));
    g_assert_nonnull (strstr (run->out, "  pain-now            0 to 10\n"));
    g_assert_nonnull (strstr (run->out, "Exit status: 0 done"));
  }
  {
    g_autoptr(KwTestCliResult) run = NULL;
    run = kw_test_cli_runv (NULL, NULL, (const char *[]) { "--help", NULL });
    g_assert_cmpint (run->status, ==, 0);
    g_assert_nonnull (strstr (run->out, "assess"));
    g_assert_nonnull (strstr (run->out, "Assess a sore knee"));
  }
  {
    g_autoptr(KwTestCliResult) run = NULL;
    run = kw_test_cli_runv (NULL, NULL, (const char *[]) { "assess", NULL });
    g_assert_cmpint (run->status, ==, 2);
    g_assert_cmpstr (run->out, ==, "");
    g_assert_nonnull (strstr (run->err, "give exactly one answers file"));
  }
  {
    g_autoptr(KwTestCliResult) run = NULL;
    run = kw_test_cli_runv (NULL, NULL, (const char *[]) { "assess", "a.ini", "b.ini", NULL });
    g_assert_cmpint (run->status, ==, 2);
    g_assert_cmpstr (run->out, ==, "");
    g_assert_nonnull (strstr (run->err, "give exactly one answers file"));
  }
  {
    g_autoptr(KwTestCliResult) run = NULL;
    run = kw_test_cli_runv (NULL, NULL, (const char *[]) { "assess", "--sav", "a.ini", NULL });
    g_assert_cmpint (run->status, ==, 2);
    g_assert_cmpstr (run->out, ==, "");
    g_assert_nonnull (strstr (run->err, "--sav"));
  }
}

static char *
vignette (const char *name)
{
  g_autofree char *dir = vignette_dir ();
  return g_build_filename (dir, name, NULL);
}

static void
test_save (void)
{
  g_autofree char *first = vignette ("04-itbs-classic.ini");
  g_autofree char *second = vignette ("41-deformity-fall.ini");
  g_autoptr(GError) error = NULL;
  g_autoptr(KwStore) store = NULL;
  g_autoptr(KwAssessment) latest = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(KwAnswers) answers = NULL;
  g_autofree char *db = NULL;

  {
    g_autoptr(KwTestCliResult) run = NULL;
    g_autofree char *expected = NULL;
    g_autofree char *expected_path = vignette ("04-itbs-classic.expected");

    g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
    run = kw_test_cli_runv (NULL, NULL, (const char *[]) { "assess", "--save", "--start", "2026-01-05", first, NULL });
    g_assert_cmpstr (run->err, ==, "");
    g_assert_cmpint (run->status, ==, 0);
    /* The result, then the plan the save made (kw-cli-plan.c). */
    g_assert_true (g_str_has_prefix (run->out, expected));
    g_assert_true (g_str_has_prefix (run->out + strlen (expected),
                                     "\n[plan]\ncondition=iliotibial-band-syndrome\n"
                                     "start=2026-01-05\nphase=1\n"));
  }
  {
    g_autoptr(KwTestCliResult) run = NULL;
    run = kw_test_cli_runv (NULL, NULL, (const char *[]) { "assess", second, "--save", NULL });
    g_assert_cmpint (run->status, ==, 0);
  }
  {
    /* Without --save nothing is added. */
    g_autoptr(KwTestCliResult) run = NULL;
    run = kw_test_cli_runv (NULL, NULL, (const char *[]) { "assess", first, NULL });
    g_assert_cmpint (run->status, ==, 0);
  }

  db = kw_store_dup_default_path ();
  g_assert_true (g_str_has_prefix (db, g_get_user_data_dir ()));
  store = kw_store_open_default (&error);
  g_assert_no_error (error);

  latest = kw_assessment_load_latest (store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (latest);
  g_assert_cmpint (kw_assessment_get_triage (latest), ==, KW_TRIAGE_EMERGENCY);
  g_assert_cmpstrv (kw_assessment_get_red_flag_ids (latest),
                    ((const char * const[]) { "deformity", "severe-pain", NULL }));
  answers = kw_answers_new_from_file (second, &error);
  g_assert_no_error (error);
  g_assert_true (kw_answers_equal (kw_assessment_get_answers (latest), answers));

  list = kw_assessment_list (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  {
    g_autoptr(KwAssessment) older = g_list_model_get_item (list, 1);
    g_assert_cmpstr (kw_assessment_get_condition_ids (older)[0], ==, "iliotibial-band-syndrome");
  }
}

static void
test_save_fails (void)
{
  g_autofree char *file = vignette ("40-fever-hot-knee.ini");
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "kneewise", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *expected_path = vignette ("40-fever-hot-knee.expected");
  g_autoptr(KwTestCliResult) run = NULL;

  /* A file where the data folder should be: the store cannot be created
   * (this works as root too, unlike file modes). */
  g_assert_no_errno (g_mkdir_with_parents (g_get_user_data_dir (), 0700));
  g_assert_true (g_file_set_contents (folder, "not a folder", -1, NULL));

  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
  run = kw_test_cli_runv (NULL, NULL, (const char *[]) { "assess", "--save", file, NULL });
  g_assert_cmpint (run->status, ==, 1);
  /* The emergency advice still reaches the runner. */
  g_assert_cmpstr (run->out, ==, expected);
  g_assert_true (g_str_has_prefix (run->err, "kneewise-cli assess: the result was not saved: "));
  g_assert_nonnull (strstr (run->err, "kneewise"));
}

/* Test data lives until the end of main(): a test run in a subprocess
 * never frees the data of the tests it skips. */
static GPtrArray *kept;

static char *
keep (char *path)
{
  g_ptr_array_add (kept, path);
  return path;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autoptr(GDir) d = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  int ret;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  kept = g_ptr_array_new_with_free_func (g_free);

  g_test_add_func ("/cli/assess/usage", test_usage);
  g_test_add_func ("/cli/assess/save", test_save);
  g_test_add_func ("/cli/assess/save-fails", test_save_fails);

  dir = vignette_dir ();
  d = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *path = NULL;

      if (g_str_has_prefix (file, "bad-") && g_str_has_suffix (file, ".expected"))
        {
          path = g_strconcat ("/cli/assess/bad-input/", file, NULL);
          g_test_add_data_func (path, keep (g_build_filename (dir, file, NULL)),
                                test_bad_input);
        }
      else if (!g_str_has_prefix (file, "bad-") && g_str_has_suffix (file, ".ini"))
        {
          path = g_strconcat ("/cli/assess/vignette/", file, NULL);
          g_test_add_data_func (path, keep (g_build_filename (dir, file, NULL)),
                                test_vignette);
        }
    }

  ret = g_test_run ();
  g_ptr_array_unref (kept);
  return ret;
}
