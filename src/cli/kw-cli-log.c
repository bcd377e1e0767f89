/* kw-cli-log.c: kneewise-cli log, a session and its next-morning check-in
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kneewise-cli"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <glib/gi18n.h>

#include "kw-cli.h"
#include "kw-plan-private.h"

static gboolean
parse_pain (const char  *option,
            const char  *text,
            int         *pain)
{
  guint64 value;

  if (text == NULL)
    return TRUE;

  if (!g_ascii_string_to_unsigned (text, 10, 0, 10, &value, NULL))
    {
      /* Translators: an option name, then what the user typed */
      fprintf (stderr, _("kneewise-cli log: %s must be a number from 0 to 10, not “%s”.\n"),
               option, text);
      return FALSE;
    }

  *pain = (int) value;
  return TRUE;
}

/**
 * kw_cli_log:
 *
 * `kneewise-cli log [--date D] [--status S] [--pain N] [--morning N] …`:
 * logs a session of the active plan, or completes one logged before (the
 * next-morning check-in), and prints what changed in the plan and why.
 */
int
kw_cli_log (int    argc,
            char **argv)
{
  g_autofree char *date_text = NULL;
  g_autofree char *status_text = NULL;
  g_autofree char *pain_text = NULL;
  g_autofree char *evening_text = NULL;
  g_autofree char *morning_text = NULL;
  g_autofree char *baseline_text = NULL;
  g_autofree char *settled_text = NULL;
  g_autofree char *swelling_text = NULL;
  gboolean limp = FALSE;
  gboolean running = FALSE;
  GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text,
      N_("The day of the session (default: today)"), N_("YYYY-MM-DD") },
    { "status", 0, 0, G_OPTION_ARG_STRING, &status_text,
      N_("done, partial or skipped (default: done)"), N_("STATUS") },
    { "pain", 0, 0, G_OPTION_ARG_STRING, &pain_text,
      N_("Worst pain during the session, 0 to 10"), N_("N") },
    { "evening", 0, 0, G_OPTION_ARG_STRING, &evening_text,
      N_("Pain that evening, 0 to 10"), N_("N") },
    { "morning", 0, 0, G_OPTION_ARG_STRING, &morning_text,
      N_("Pain the next morning, 0 to 10"), N_("N") },
    { "baseline", 0, 0, G_OPTION_ARG_STRING, &baseline_text,
      N_("Your usual morning pain, 0 to 10 (default: 0)"), N_("N") },
    { "settled", 0, 0, G_OPTION_ARG_STRING, &settled_text,
      N_("If the morning was worse: did it settle by midday? yes or no"), N_("ANSWER") },
    { "swelling", 0, 0, G_OPTION_ARG_STRING, &swelling_text,
      N_("none, same or more"), N_("SWELLING") },
    { "limp", 0, 0, G_OPTION_ARG_NONE, &limp, N_("You limped"), NULL },
    { "running", 0, 0, G_OPTION_ARG_NONE, &running, N_("The session was a run"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KwStore) store = NULL;
  g_autoptr(KwPlan) plan = NULL;
  g_autoptr(KwPainLog) log = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  const KwPainLog *existing;
  GDate today, date;

  context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Logs a session of your exercise plan, or adds the "
                                  "next-morning check-in to one logged before, and shows what "
                                  "changes in the plan and why."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "kneewise-cli log: %s\n", error->message);
      return KW_CLI_EXIT_USAGE;
    }
  if (argc > 1)
    {
      fprintf (stderr, _("kneewise-cli log: unexpected argument “%s”.\n"), argv[1]);
      return KW_CLI_EXIT_USAGE;
    }

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  date = today;
  if (date_text != NULL && !_kw_date_from_iso (date_text, &date))
    {
      fprintf (stderr, _("kneewise-cli log: “%s” is not a date; write it as YYYY-MM-DD, "
                         "for example 2026-03-02.\n"), date_text);
      return KW_CLI_EXIT_USAGE;
    }

  store = kw_store_open_default (&error);
  if (store == NULL)
    {
      fprintf (stderr, "kneewise-cli log: %s\n", error->message);
      return KW_CLI_EXIT_FAILED;
    }
  plan = kw_plan_load_active (store, &error);
  if (plan == NULL)
    {
      fprintf (stderr, "kneewise-cli log: %s\n", error->message);
      return g_error_matches (error, KW_PLAN_ERROR, KW_PLAN_ERROR_NO_ACTIVE_PLAN)
               ? KW_CLI_EXIT_USAGE : KW_CLI_EXIT_FAILED;
    }

  /* A second log of the same day completes the first. */
  existing = kw_plan_get_log (plan, &date);
  log = existing != NULL ? kw_pain_log_copy (existing)
                         : kw_pain_log_new (&date, KW_SESSION_DONE, KW_PAIN_UNKNOWN);

  if (status_text != NULL && !kw_session_status_from_id (status_text, &log->status))
    {
      fprintf (stderr, _("kneewise-cli log: the status must be done, partial or skipped, "
                         "not “%s”.\n"), status_text);
      return KW_CLI_EXIT_USAGE;
    }
  if (swelling_text != NULL && !kw_swelling_from_id (swelling_text, &log->swelling))
    {
      fprintf (stderr, _("kneewise-cli log: swelling must be none, same or more, not “%s”.\n"),
               swelling_text);
      return KW_CLI_EXIT_USAGE;
    }
  if (settled_text != NULL)
    {
      if (g_str_equal (settled_text, "yes"))
        log->settled_by_midday = TRUE;
      else if (g_str_equal (settled_text, "no"))
        log->settled_by_midday = FALSE;
      else
        {
          fprintf (stderr, _("kneewise-cli log: --settled is yes or no, not “%s”.\n"),
                   settled_text);
          return KW_CLI_EXIT_USAGE;
        }
    }
  if (!parse_pain ("--pain", pain_text, &log->pain_during) ||
      !parse_pain ("--evening", evening_text, &log->pain_evening) ||
      !parse_pain ("--morning", morning_text, &log->morning) ||
      !parse_pain ("--baseline", baseline_text, &log->baseline))
    return KW_CLI_EXIT_USAGE;
  if (limp)
    log->limp = TRUE;
  if (running)
    log->running = TRUE;

  if (log->status != KW_SESSION_SKIPPED && log->pain_during == KW_PAIN_UNKNOWN)
    {
      fprintf (stderr, "%s\n", _("kneewise-cli log: say how much it hurt during the session "
                                 "with --pain N (0 to 10), or use --status skipped."));
      return KW_CLI_EXIT_USAGE;
    }

  if (!kw_plan_log_session (plan, store, log, &today, &changes, &error))
    {
      fprintf (stderr, "kneewise-cli log: %s\n", error->message);
      return error->domain == KW_PLAN_ERROR ? KW_CLI_EXIT_USAGE : KW_CLI_EXIT_FAILED;
    }

  printf ("%s\n", kw_pain_zone_get_title (kw_pain_log_get_zone (log)));
  for (guint i = 0; i < changes->len; i++)
    {
      KwPlanChange *change = g_ptr_array_index (changes, i);
      const KwExercise *exercise = kw_exercise_lookup (kw_plan_change_get_exercise_id (change));

      if (exercise != NULL)
        printf ("  - %s: %s\n", kw_exercise_get_name (exercise), kw_plan_change_get_reason (change));
      else
        printf ("  - %s\n", kw_plan_change_get_reason (change));
    }

  {
    const char *message = NULL;

    if (kw_plan_get_alert (plan, &today, &message) != KW_PLAN_ALERT_NONE)
      printf ("\n%s\n", message);
  }

  return KW_CLI_EXIT_OK;
}
