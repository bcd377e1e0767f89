/* kw-cli.c: kneewise-cli, the headless tool on the same core as the app
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kneewise-cli"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <glib/gi18n.h>

#include "kw-cli.h"

/* Subcommands are added here as the features land, one file each. */
static const KwCliCommand commands[] = {
  { "assess", N_("Assess a sore knee from an answers file"), kw_cli_assess },
  { "log", N_("Log a session of your plan and see what changes"), kw_cli_log },
  { "export-pdf", N_("Write weeks of the plan to a PDF, to print"), kw_cli_export_pdf },
  { "export-data", N_("Write all your data to one file, to keep or move"), kw_cli_export_data },
  { "import-data", N_("Replace all your data with a file from export-data"),
    kw_cli_import_data },
  { "plan", N_("Show a week of your exercise plan"), kw_cli_plan },
  { "status", N_("Where you stand on the way back to running"), kw_cli_status },
  { NULL, NULL, NULL },
};

static void
print_help (FILE *out)
{
  fprintf (out, "%s\n", _("Usage: kneewise-cli [--help] [--version] COMMAND [ARGUMENTS…]"));
  fprintf (out, "\n%s\n",
           _("Kneewise helps runners look after a sore knee: self-care education, "
             "not a diagnosis.\nThis tool works on the same data as the app, "
             "without a display."));

  fprintf (out, "\n%s\n", _("Commands:"));
  for (guint i = 0; commands[i].name != NULL; i++)
    fprintf (out, "  %-14s %s\n", commands[i].name, _(commands[i].summary));
  if (commands[0].name == NULL)
    fprintf (out, "  %s\n", _("(none yet)"));

  fprintf (out, "\n%s\n", _("Options:"));
  fprintf (out, "  %-14s %s\n", "-h, --help", _("Show this help and exit"));
  fprintf (out, "  %-14s %s\n", "--version", _("Show the version and exit"));
  fprintf (out, "\n%s\n",
           _("Run “kneewise-cli COMMAND --help” for the options of a command."));
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir;

  setlocale (LC_ALL, "");
  /* Lets the test suite and `meson devenv` use the catalogs in the build tree. */
  localedir = g_getenv ("KNEEWISE_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_prgname ("kneewise-cli");

  if (argc < 2)
    {
      print_help (stderr);
      return KW_CLI_EXIT_USAGE;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ||
      g_str_equal (argv[1], "help"))
    {
      print_help (stdout);
      return KW_CLI_EXIT_OK;
    }

  if (g_str_equal (argv[1], "--version"))
    {
      printf ("kneewise-cli %s\n", PACKAGE_VERSION);
      return KW_CLI_EXIT_OK;
    }

  for (guint i = 0; commands[i].name != NULL; i++)
    {
      if (g_str_equal (argv[1], commands[i].name))
        return commands[i].run (argc - 1, argv + 1);
    }

  /* Translators: %s is what the user typed as the command */
  fprintf (stderr, _("kneewise-cli: unknown command “%s”. "
                     "Run “kneewise-cli --help” for the list.\n"), argv[1]);
  return KW_CLI_EXIT_USAGE;
}
