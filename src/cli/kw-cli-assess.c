/* kw-cli-assess.c: kneewise-cli assess [--save [--start YYYY-MM-DD]] FILE
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads an [answers] key file, runs the same engine as the app and prints
 * the result as a [result] key file. Bad input: one message on stderr that
 * names the file, the key and the problem, nothing on stdout, exit 2.
 */

#define G_LOG_DOMAIN "kneewise-cli"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "kw-assessment.h"
#include "kw-cli.h"

/* The answers file format, from the schema itself, so the help never goes
 * out of date. */
static char *
describe_answers (void)
{
  g_autoptr(GString) s = g_string_new (NULL);
  const char * const *keys = kw_answers_get_keys ();

  g_string_append (s, _("FILE is a key file with one group, [answers]. Lists are separated "
                        "by “;”. Only “locations” is required.\n\n"));
  for (guint k = 0; keys[k] != NULL; k++)
    {
      KwAnswersKind kind;
      int min, max;

      kw_answers_key_get_kind (keys[k], &kind);
      g_string_append_printf (s, "  %-19s ", keys[k]);
      switch (kind)
        {
        case KW_ANSWERS_KIND_LIST:
        case KW_ANSWERS_KIND_CHOICE:
          {
            g_autofree char *values = g_strjoinv (kind == KW_ANSWERS_KIND_LIST ? ";" : "|",
                                                  (char **) kw_answers_key_get_values (keys[k]));
            g_string_append (s, values);
            break;
          }
        case KW_ANSWERS_KIND_FLAG:
          g_string_append (s, g_str_equal (keys[k], "can-walk-4-steps")
                              ? _("true|false (default true)") : _("true|false (default false)"));
          break;
        case KW_ANSWERS_KIND_NUMBER:
          kw_answers_key_get_range (keys[k], &min, &max);
          /* Translators: a range of whole numbers */
          g_string_append_printf (s, _("%d to %d"), min, max);
          break;
        default:
          g_assert_not_reached ();
        }
      g_string_append_c (s, '\n');
    }
  g_string_append (s, _("\nExit status: 0 done, 1 the result could not be saved, "
                        "2 bad input."));
  return g_string_free (g_steal_pointer (&s), FALSE);
}

int
kw_cli_assess (int    argc,
               char **argv)
{
  gboolean save = FALSE;
  g_autofree char *start_text = NULL;
  g_auto(GStrv) files = NULL;
  GDate start;
  const GOptionEntry entries[] = {
    { "save", 0, 0, G_OPTION_ARG_NONE, &save,
      N_("Also keep the assessment in your Kneewise history, and make your exercise plan"),
      NULL },
    { "start", 0, 0, G_OPTION_ARG_STRING, &start_text,
      N_("With --save: the first day of the plan (default: today)"), N_("YYYY-MM-DD") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KwAnswers) answers = NULL;
  g_autoptr(KwAssessment) assessment = NULL;
  g_autofree char *result = NULL;
  g_autofree char *description = NULL;

  context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Assess a sore knee from an answers file and print the "
                                  "result.\nSelf-care education, not a diagnosis."));
  description = describe_answers ();
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_set_prgname ("kneewise-cli assess");

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "kneewise-cli assess: %s\n", error->message);
      return KW_CLI_EXIT_USAGE;
    }

  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      fprintf (stderr, "%s\n",
               _("kneewise-cli assess: give exactly one answers file, "
                 "e.g. “kneewise-cli assess answers.ini”"));
      return KW_CLI_EXIT_USAGE;
    }

  /* A bad start date is refused before anything is read or saved. */
  if (start_text != NULL && !save)
    {
      fprintf (stderr, "%s\n", _("kneewise-cli assess: --start goes with --save, which makes "
                                 "the plan."));
      return KW_CLI_EXIT_USAGE;
    }
  if (!kw_cli_plan_parse_start (start_text, &start))
    return KW_CLI_EXIT_USAGE;

  if (!(answers = kw_answers_new_from_file (files[0], &error)))
    {
      fprintf (stderr, "%s\n", error->message);
      return KW_CLI_EXIT_USAGE;
    }

  assessment = kw_assessment_new (answers);
  result = kw_assessment_format_result (assessment);

  /* The result is printed even when saving fails: a red flag must reach
   * the runner whatever happens to the disk. */
  fputs (result, stdout);
  fflush (stdout);

  if (save)
    {
      g_autoptr(KwStore) store = kw_store_open_default (&error);

      if (store == NULL || !kw_assessment_save (assessment, store, &error))
        {
          /* Translators: %s says why, and names the database file */
          fprintf (stderr, _("kneewise-cli assess: the result was not saved: %s\n"),
                   error->message);
          return KW_CLI_EXIT_FAILED;
        }

      /* The plan, in the same store (kw-cli-plan.c). */
      return kw_cli_plan_start_after_assessment (store,
                                                 kw_assessment_get_condition_ids (assessment),
                                                 kw_assessment_get_triage (assessment),
                                                 &start);
    }

  return KW_CLI_EXIT_OK;
}
