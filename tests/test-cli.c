/* test-cli.c: kneewise-cli as a user runs it
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

typedef struct
{
  int   status;
  char *out;
  char *err;
} CliResult;

static void
cli_result_free (CliResult *result)
{
  g_free (result->out);
  g_free (result->err);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CliResult, cli_result_free)

/* Runs the real binary; @language NULL keeps the test's English. */
static CliResult *
run_cli (const char *language,
         ...)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  CliResult *result = g_new0 (CliResult, 1);
  const char *arg;
  va_list ap;

  g_ptr_array_add (args, (char *) g_getenv ("KNEEWISE_CLI"));
  va_start (ap, language);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (char *) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  if (language != NULL)
    g_subprocess_launcher_setenv (launcher, "LANGUAGE", language, TRUE);

  proc = g_subprocess_launcher_spawnv (launcher, (const char * const *) args->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &result->out, &result->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (proc));
  result->status = g_subprocess_get_exit_status (proc);

  return result;
}

static void
test_cli_help (void)
{
  g_autoptr(CliResult) r = run_cli (NULL, "--help", NULL);

  g_assert_cmpint (r->status, ==, 0);
  g_assert_true (g_str_has_prefix (r->out, "Usage: kneewise-cli"));
  g_assert_nonnull (strstr (r->out, "not a diagnosis"));
  g_assert_nonnull (strstr (r->out, "--version"));
  g_assert_cmpstr (r->err, ==, "");
}

static void
test_cli_version (void)
{
  g_autoptr(CliResult) r = run_cli (NULL, "--version", NULL);

  g_assert_cmpint (r->status, ==, 0);
  g_assert_cmpstr (r->out, ==, "kneewise-cli " PACKAGE_VERSION "\n");
}

static void
test_cli_bad_usage (void)
{
  g_autoptr(CliResult) none = run_cli (NULL, NULL);
  g_autoptr(CliResult) unknown = run_cli (NULL, "frobnicate", NULL);

  g_assert_cmpint (none->status, ==, 2);
  g_assert_cmpstr (none->out, ==, "");
  g_assert_true (g_str_has_prefix (none->err, "Usage: kneewise-cli"));

  g_assert_cmpint (unknown->status, ==, 2);
  g_assert_cmpstr (unknown->out, ==, "");
  g_assert_nonnull (strstr (unknown->err, "unknown command “frobnicate”"));
}

/* The whole gettext pipeline: po/de.po → build/po/de/…/kneewise.mo → the CLI. */
static void
test_cli_speaks_german (void)
{
  g_autoptr(CliResult) r = run_cli ("de", "--help", NULL);

  g_assert_cmpint (r->status, ==, 0);
  g_assert_true (g_str_has_prefix (r->out, "Aufruf: kneewise-cli"));
  g_assert_nonnull (strstr (r->out, "keine Diagnose"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli/help", test_cli_help);
  g_test_add_func ("/cli/version", test_cli_version);
  g_test_add_func ("/cli/bad-usage", test_cli_bad_usage);
  g_test_add_func ("/cli/german", test_cli_speaks_german);

  return g_test_run ();
}
