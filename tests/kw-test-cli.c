/* kw-test-cli.c: run the real kneewise-cli from a test
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every CLI test runs $KNEEWISE_CLI as a user would, in the test's own
 * isolated folders, and looks at what the user would see: stdout, stderr
 * and the exit status.
 */

#include "config.h"

#include "kw-test-cli.h"

void
kw_test_cli_result_free (KwTestCliResult *result)
{
  if (result == NULL)
    return;

  g_free (result->out);
  g_free (result->err);
  g_free (result);
}

/**
 * kw_test_cli_runv:
 * @env: (nullable): a %NULL-terminated list of `NAME=VALUE` pairs to add
 * @stdin_text: (nullable): what to write on the command's stdin
 * @args: the arguments after the program name, %NULL-terminated
 *
 * Runs kneewise-cli and waits for it. Fails the test if it cannot be
 * started or dies from a signal: a crash is never an acceptable answer.
 */
KwTestCliResult *
kw_test_cli_runv (const char * const *env,
                  const char         *stdin_text,
                  const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  KwTestCliResult *result = g_new0 (KwTestCliResult, 1);
  GSubprocessFlags flags = G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE;
  const char *cli = g_getenv ("KNEEWISE_CLI");

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (char *) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  if (stdin_text != NULL)
    flags |= G_SUBPROCESS_FLAGS_STDIN_PIPE;
  launcher = g_subprocess_launcher_new (flags);

  /* GLib points the XDG variables at /dev/null for isolated tests and keeps
   * the real temporary folders to itself: hand them on to the child. */
  g_subprocess_launcher_setenv (launcher, "HOME", g_get_home_dir (), TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", g_get_user_data_dir (), TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", g_get_user_config_dir (), TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CACHE_HOME", g_get_user_cache_dir (), TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_STATE_HOME", g_get_user_state_dir (), TRUE);

  /* Under the sanitizers, keep the leak report's summary out of stderr,
   * which the tests compare with what a user sees. */
  if (g_getenv ("LSAN_OPTIONS") != NULL)
    {
      g_autofree char *lsan = g_strconcat (g_getenv ("LSAN_OPTIONS"),
                                           ":print_suppressions=0", NULL);

      g_subprocess_launcher_setenv (launcher, "LSAN_OPTIONS", lsan, TRUE);
    }

  for (guint i = 0; env != NULL && env[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (env[i], "=", 2);

      g_assert_nonnull (pair[1]);
      g_subprocess_launcher_setenv (launcher, pair[0], pair[1], TRUE);
    }

  proc = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, stdin_text, NULL, &result->out, &result->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (proc));
  result->status = g_subprocess_get_exit_status (proc);
  g_test_message ("exit %d\nstdout:\n%s\nstderr:\n%s", result->status, result->out, result->err);

  return result;
}

static KwTestCliResult *
run_valist (const char * const *env,
            const char         *first,
            va_list             ap)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();

  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) arg);
  g_ptr_array_add (args, NULL);

  return kw_test_cli_runv (env, NULL, (const char * const *) args->pdata);
}

/* Runs `kneewise-cli FIRST...` with the test's environment. */
KwTestCliResult *
kw_test_cli_run (const char *first,
                 ...)
{
  KwTestCliResult *result;
  va_list ap;

  va_start (ap, first);
  result = run_valist (NULL, first, ap);
  va_end (ap);

  return result;
}

/* Same, with @env (`NAME=VALUE`, %NULL-terminated) added. */
KwTestCliResult *
kw_test_cli_run_env (const char * const *env,
                     const char         *first,
                     ...)
{
  KwTestCliResult *result;
  va_list ap;

  va_start (ap, first);
  result = run_valist (env, first, ap);
  va_end (ap);

  return result;
}
