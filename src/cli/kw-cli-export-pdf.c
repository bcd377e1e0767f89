/* kw-cli-export-pdf.c: kneewise-cli export-pdf, the printed weeks as a PDF
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kneewise-cli"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "kw-cli.h"
#include "kw-date.h"
#include "kw-sheet-renderer.h"

static gboolean
parse_date (const char  *option,
            const char  *text,
            GDate       *date,
            GError     **error)
{
  if (text == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      kw_date_set_local (date, now);
      return TRUE;
    }
  if (kw_date_set_iso (date, text))
    return TRUE;

  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               /* Translators: %1$s is an option (--week), %2$s what the user typed */
               _("%1$s “%2$s” is not a date: use YYYY-MM-DD, for example 2026-03-28."),
               option, text);
  return FALSE;
}

static int
usage_error (const char *message)
{
  fprintf (stderr, "kneewise-cli export-pdf: %s\n", message);
  fprintf (stderr, "%s\n", _("Run “kneewise-cli export-pdf --help” for the options."));
  return KW_CLI_EXIT_USAGE;
}

int
kw_cli_export_pdf (int    argc,
                   char **argv)
{
  g_autofree char *week_text = NULL;
  g_autofree char *today_text = NULL;
  g_autofree char *paper_text = NULL;
  int n_weeks = 1;
  const GOptionEntry entries[] = {
    { "week", 0, 0, G_OPTION_ARG_STRING, &week_text,
      N_("Start with the week (Monday to Sunday) that holds this day; this week if not given"),
      N_("YYYY-MM-DD") },
    { "weeks", 0, 0, G_OPTION_ARG_INT, &n_weeks,
      N_("How many weeks to print, one a page (1 to 26; 1 if not given)"), N_("N") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper_text,
      N_("The paper size: a4 or letter (as usual where you live if not given)"),
      N_("a4|letter") },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text,
      N_("Print as on this day (for the walk-run sessions still to come)"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KwStore) store = NULL;
  KwSheetPaper paper;
  GDate today, week;

  /* So that --help reads "kneewise-cli export-pdf [OPTION…] OUT.pdf". */
  g_set_prgname ("kneewise-cli export-pdf");
  /* Translators: the argument of kneewise-cli export-pdf */
  context = g_option_context_new (_("OUT.pdf"));
  g_option_context_set_summary (context,
                                _("Writes weeks of your plan to a PDF, one week a page, to print "
                                  "and put on the fridge or take to your physio."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error) ||
      !parse_date ("--today", today_text, &today, &error))
    return usage_error (error->message);

  if (week_text == NULL)
    week = today;
  else if (!parse_date ("--week", week_text, &week, &error))
    return usage_error (error->message);

  if (n_weeks < 1 || n_weeks > KW_WEEK_SHEET_MAX_WEEKS)
    {
      /* Translators: %1$d is what the user gave, %2$d the most allowed */
      g_autofree char *message = g_strdup_printf (_("--weeks %1$d is out of range: print 1 "
                                                     "to %2$d weeks."),
                                                  n_weeks, KW_WEEK_SHEET_MAX_WEEKS);
      return usage_error (message);
    }

  if (paper_text == NULL)
    paper = kw_sheet_paper_for_locale ();
  else if (!kw_sheet_paper_from_name (paper_text, &paper))
    {
      /* Translators: %s is what the user typed; keep a4 and letter as they are */
      g_autofree char *message = g_strdup_printf (_("--paper “%s” is not a paper size: use a4 "
                                                    "or letter."), paper_text);
      return usage_error (message);
    }

  if (argc < 2)
    return usage_error (_("Give the name of the PDF to write, for example week.pdf."));
  if (argc > 2)
    {
      /* Translators: %s is what the user typed */
      g_autofree char *message = g_strdup_printf (_("unexpected “%s”: give one PDF file name."),
                                                  argv[2]);
      return usage_error (message);
    }

  store = kw_store_open_default (&error);
  if (store == NULL)
    {
      fprintf (stderr, "kneewise-cli export-pdf: %s\n", error->message);
      return KW_CLI_EXIT_FAILED;
    }

  if (!kw_sheet_export_pdf (store, &week, (guint) n_weeks, &today, paper, argv[1], &error))
    {
      fprintf (stderr, "kneewise-cli export-pdf: %s\n", error->message);
      /* Bad input (no plan to print, a file that cannot be written) is the
       * user's to fix; the store failing is not. */
      return error->domain == KW_STORE_ERROR ? KW_CLI_EXIT_FAILED : KW_CLI_EXIT_USAGE;
    }

  return KW_CLI_EXIT_OK;
}
