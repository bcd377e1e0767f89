/* kw-cli-import-data.c: kneewise-cli import-data, the data file back in
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
  fprintf (stderr, "kneewise-cli import-data: %s\n", message);
  fprintf (stderr, "%s\n", _("Run “kneewise-cli import-data --help” for the options."));
  return KW_CLI_EXIT_USAGE;
}

static void
print_counts (KwDataArchive *archive)
{
  g_autofree char *counts = kw_data_archive_describe (archive, FALSE);
  g_auto(GStrv) lines = g_strsplit (counts, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    printf ("  %s\n", lines[i]);
}

int
kw_cli_import_data (int    argc,
                    char **argv)
{
  gboolean check = FALSE;
  const GOptionEntry entries[] = {
    { "check", 0, 0, G_OPTION_ARG_NONE, &check,
      N_("Only check the file and show what it would import; change nothing"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KwStore) store = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(KwDataArchive) archive = NULL;
  g_autofree char *display = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *backup_display = NULL;

  g_set_prgname ("kneewise-cli import-data");
  /* Translators: the argument of kneewise-cli import-data */
  context = g_option_context_new (_("FILE"));
  g_option_context_set_summary (context,
                                _("Replaces all your data with the data in a file written by "
                                  "“kneewise-cli export-data” or the app’s Export Data. A copy "
                                  "of your data as it was is kept next to it first. A file that "
                                  "is damaged or not a Kneewise data file is refused, and "
                                  "nothing changes."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (error->message);
  if (argc < 2)
    return usage_error (_("Give the name of the file to import, for example kneewise.json."));
  if (argc > 2)
    {
      /* Translators: %s is what the user typed */
      g_autofree char *message = g_strdup_printf (_("unexpected “%s”: give one file name."),
                                                  argv[2]);
      return usage_error (message);
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  display = g_filename_display_name (argv[1]);

  /* The whole file is checked before the store is even opened. */
  if (!(archive = kw_data_archive_load (file, &error)))
    {
      /* Translators: %s is a file name, then what is wrong with it */
      fprintf (stderr, _("kneewise-cli import-data: cannot import “%s”: %s\n"), display,
               error->message);
      fprintf (stderr, "%s\n", _("Nothing was changed."));
      return KW_CLI_EXIT_USAGE;
    }

  if (check)
    {
      /* Translators: a file name, a version, then a date and time (UTC) */
      printf (_("“%s” can be imported: Kneewise %s exported it on %s.\n"), display,
              kw_data_archive_get_app_version (archive),
              kw_data_archive_get_exported_at (archive));
      printf ("%s\n", _("Importing it would replace all your data with:"));
      print_counts (archive);
      return KW_CLI_EXIT_OK;
    }

  if (!(store = kw_store_open_default (&error)) ||
      !kw_data_archive_import (archive, store, &backup, &error))
    {
      fprintf (stderr, "kneewise-cli import-data: %s\n", error->message);
      return KW_CLI_EXIT_FAILED;
    }

  backup_display = g_filename_display_name (backup);
  /* Translators: %s is a file name */
  printf (_("Imported “%s”. Your data is now:\n"), display);
  print_counts (archive);
  /* Translators: %s is a file name */
  printf (_("Your data as it was before is kept in “%s”.\n"), backup_display);
  return KW_CLI_EXIT_OK;
}
