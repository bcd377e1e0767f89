/* test-cli.c: kneewise-cli as a user runs it
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include "kw-test-cli.h"

static void
test_cli_help (void)
{
  g_autoptr(KwTestCliResult) r = kw_test_cli_run ("--help", NULL);

  g_assert_cmpint (r->status, ==, 0);
  g_assert_true (g_str_has_prefix (r->out, "Usage: kneewise-cli"));
  g_assert_nonnull (strstr (r->out, "not a diagnosis"));
  g_assert_nonnull (strstr (r->out, "--version"));
  g_assert_cmpstr (r->err, ==, "");
}

static void
test_cli_version (void)
{
  g_autoptr(KwTestCliResult) r = kw_test_cli_run ("--version", NULL);

  g_assert_cmpint (r->status, ==, 0);
  g_assert_cmpstr (r->out, ==, "kneewise-cli " PACKAGE_VERSION "\n");
}

static void
test_cli_bad_usage (void)
{
  g_autoptr(KwTestCliResult) none = kw_test_cli_runv (NULL, NULL, (const char *[]) { NULL });
  g_autoptr(KwTestCliResult) unknown = kw_test_cli_run ("frobnicate", NULL);

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
  g_autoptr(KwTestCliResult) r = kw_test_cli_run_env ((const char *[]) { "LANGUAGE=de", NULL }, "--help", NULL);

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
