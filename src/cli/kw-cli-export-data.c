/* kw-cli-export-data.c: kneewise-cli export-data, all the data in one file
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kneewise-cli"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "kw-cli.h"
#include "kw-data-archive.h"

static int
usage_error (const char *message)
{
  fprintf (stderr, "kneewise-cli export-data: %s\n", message);
  fprintf (stderr, "%s\n", _("Run “kneewise-cli export-data --help” for the options."));
  return KW_CLI_EXIT_USAGE;
}

int
kw_cli_export_data (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KwStore) store = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *display = NULL;

  /* So that --help reads "kneewise-cli export-data [OPTION…] FILE". */
  g_set_prgname ("kneewise-cli export-data");
  /* Translators: the argument of kneewise-cli export-data */
  context = g_option_context_new (_("FILE"));
  g_option_context_set_summary (context,
                                _("Writes all your data (assessments, plans, logs, return to "
                                  "running and reminders) to one file, to keep or to move to "
                                  "another computer with “kneewise-cli import-data”. The file "
                                  "holds health records: keep it private."));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (error->message);
  if (argc < 2)
    return usage_error (_("Give the name of the file to write, for example kneewise.json."));
  if (argc > 2)
    {
      /* Translators: %s is what the user typed */
      g_autofree char *message = g_strdup_printf (_("unexpected “%s”: give one file name."),
                                                  argv[2]);
      return usage_error (message);
    }

  if (!(store = kw_store_open_default (&error)))
    {
      fprintf (stderr, "kneewise-cli export-data: %s\n", error->message);
      return KW_CLI_EXIT_FAILED;
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  display = g_filename_display_name (argv[1]);
  if (!kw_data_archive_export_to_file (store, file, &error))
    {
      /* Translators: %s is a file name, then why it could not be written */
      fprintf (stderr, _("kneewise-cli export-data: could not write “%s”: %s\n"), display,
               error->message);
      return error->domain == KW_STORE_ERROR ? KW_CLI_EXIT_FAILED : KW_CLI_EXIT_USAGE;
    }

  /* Translators: %s is a file name */
  printf (_("All your data is in “%s”.\n"), display);
  return KW_CLI_EXIT_OK;
}
