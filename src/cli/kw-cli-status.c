/* kw-cli-status.c: kneewise-cli status, where the runner stands
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
#include "kw-return-status.h"

/* Labels are padded to the widest one, measured in characters, so the
 * columns line up in every language. */
static void
print_rows (const char * const *rows)
{
  guint width = 0;

  for (guint i = 0; rows[i] != NULL; i += 2)
    width = MAX (width, (guint) g_utf8_strlen (rows[i], -1));

  for (guint i = 0; rows[i] != NULL; i += 2)
    {
      g_autofree char *pad = g_strnfill (width - g_utf8_strlen (rows[i], -1) + 2, ' ');

      printf ("%s%s%s\n", rows[i], pad, rows[i + 1]);
    }
}

static char *
describe_rest (const KwReturnStatus *status)
{
  g_autofree char *start = kw_date_format (&status->rest.start);
  g_autofree char *check = kw_date_format (&status->rest.reassess);
  g_autofree char *see = kw_date_format (&status->rest.see_someone);

  if (!status->rest_open)
    /* Translators: %s is a date */
    return g_strdup_printf (_("started %s; over"), start);

  /* Translators: three dates */
  return g_strdup_printf (_("since %s; check again on %s; see a physio or doctor if not "
                            "clearly better by %s"), start, check, see);
}

static char *
describe_readiness (const KwReturnStatus *status)
{
  if (status->attempt == NULL)
    return g_strdup (_("not started"));

  switch (status->readiness.verdict)
    {
    case KW_READINESS_PASSED:
      {
        g_autofree char *on = kw_date_format (&status->attempt->last_recorded);

        /* Translators: %s is a date */
        return g_strdup_printf (_("passed on %s"), on);
      }
    case KW_READINESS_FAILED:
      {
        g_autofree char *on = kw_date_format (&status->readiness.retest);

        return g_strdup_printf (_("not passed; try again on %s"), on);
      }
    case KW_READINESS_WAITING:
      return g_strdup (_("all done; waiting for the next morning"));
    case KW_READINESS_NOT_STARTED:
    case KW_READINESS_INCOMPLETE:
    default:
      /* Translators: %u of %u tests */
      return g_strdup_printf (_("%u of %u tests done"), status->readiness.n_done,
                              status->readiness.n_tests);
    }
}

static char *
describe_walk_run (const KwReturnStatus *status)
{
  g_autofree char *session = kw_walk_run_level_describe (status->walk_run.level);

  switch (status->walk_run.stage)
    {
    case KW_WALK_RUN_LOCKED:
      return g_strdup (_("locked until the readiness tests pass"));
    case KW_WALK_RUN_STOPPED:
      return g_strdup (_("stopped"));
    case KW_WALK_RUN_COMPLETE:
      return g_strdup (_("all 10 levels done"));
    case KW_WALK_RUN_ACTIVE:
    default:
      /* Translators: level %u of 10, then the session */
      return g_strdup_printf (_("level %u of %d: %s"), status->walk_run.level,
                              KW_WALK_RUN_N_LEVELS, session);
    }
}

static gboolean
parse_today (const char  *text,
             GDate       *today,
             GError     **error)
{
  if (text == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      kw_date_set_local (today, now);
      return TRUE;
    }
  if (kw_date_set_iso (today, text))
    return TRUE;

  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               /* Translators: %s is what the user typed */
               _("“%s” is not a date: use YYYY-MM-DD, for example 2026-03-28."), text);
  return FALSE;
}

int
kw_cli_status (int    argc,
               char **argv)
{
  g_autofree char *today_text = NULL;
  const GOptionEntry entries[] = {
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text,
      N_("Show the status as on this day"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KwStore) store = NULL;
  g_autoptr(KwAssessment) latest = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *title = NULL;
  g_autofree char *day = NULL;
  KwReturnStatus status;
  GDate today;

  g_option_context_set_summary (context, _("Where you stand on the way back to running."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error) ||
      !parse_today (today_text, &today, &error))
    {
      fprintf (stderr, "kneewise-cli status: %s\n", error->message);
      return KW_CLI_EXIT_USAGE;
    }
  if (argc > 1)
    {
      /* Translators: %s is what the user typed */
      fprintf (stderr, _("kneewise-cli status: unexpected “%s”.\n"), argv[1]);
      return KW_CLI_EXIT_USAGE;
    }

  if (!(store = kw_store_open_default (&error)))
    {
      fprintf (stderr, "kneewise-cli status: %s\n", error->message);
      return KW_CLI_EXIT_FAILED;
    }

  /* A rest-and-rehab result saved by `assess --save` starts the rest
   * period; failing to record it must not hide where the runner stands. */
  if (!(latest = kw_assessment_load_latest (store, &error)) && error != NULL)
    {
      fprintf (stderr, "kneewise-cli status: %s\n", error->message);
      g_clear_error (&error);
    }
  if (!kw_return_follow_assessment (store, latest, NULL, &error))
    {
      fprintf (stderr, "kneewise-cli status: %s\n", error->message);
      g_clear_error (&error);
    }

  if (!kw_return_status_load (store, &today, &status, &error))
    {
      fprintf (stderr, "kneewise-cli status: %s\n", error->message);
      return KW_CLI_EXIT_FAILED;
    }

  day = kw_date_format (&today);
  /* Translators: %s is a date */
  title = g_strdup_printf (_("Where you stand on %s"), day);
  printf ("%s\n\n", title);

  if (latest != NULL)
    {
      KwTriage triage = kw_assessment_get_triage (latest);
      GDate given;
      g_autofree char *when = NULL;

      kw_date_set_local (&given, kw_assessment_get_created (latest));
      when = kw_date_format (&given);
      g_ptr_array_add (rows, g_strdup (_("Triage:")));
      /* Translators: the triage result, then the date it was given */
      g_ptr_array_add (rows, g_strdup_printf (_("%s (%s)"), kw_triage_get_title (triage), when));
    }
  /* The plan phase joins these rows once the plan helper
   * (kw_plan_load_active) is on main. */

  g_ptr_array_add (rows, g_strdup (_("Now:")));
  g_ptr_array_add (rows, g_strdup (kw_return_step_get_title (status.step)));
  g_ptr_array_add (rows, g_strdup (""));
  g_ptr_array_add (rows, g_strdup (status.headline));

  if (g_date_valid (&status.rest.start))
    {
      g_ptr_array_add (rows, g_strdup (_("Rest:")));
      g_ptr_array_add (rows, describe_rest (&status));
    }

  g_ptr_array_add (rows, g_strdup (_("Readiness tests:")));
  g_ptr_array_add (rows, describe_readiness (&status));

  g_ptr_array_add (rows, g_strdup (_("Walk-run:")));
  g_ptr_array_add (rows, describe_walk_run (&status));

  if (status.walk_run.stage == KW_WALK_RUN_ACTIVE)
    {
      g_autofree char *next = kw_date_format (&status.walk_run.next_date);

      g_ptr_array_add (rows, g_strdup (_("Next session:")));
      /* Translators: a date, then a level; the warm-up comes first */
      g_ptr_array_add (rows, g_strdup_printf (_("%s, level %u, after a 5-minute brisk walk"),
                                              next, status.walk_run.level));
    }
  else if (status.walk_run.stage == KW_WALK_RUN_COMPLETE)
    {
      KwRunCheck check;

      kw_load_guard_check_run ((const KwRunLog *) status.runs->data, status.runs->len, &today,
                               0, 0, &check);
      if (check.has_basis)
        {
          g_autofree char *limit = kw_format_distance (check.limit_m / 100 * 100);

          g_ptr_array_add (rows, g_strdup (_("Next run:")));
          /* Translators: %s is a distance */
          g_ptr_array_add (rows, g_strdup_printf (_("up to %s (your longest run of the last "
                                                    "30 days + 10%%)"), limit));
        }
      kw_run_check_clear (&check);
    }
  else if (status.step == KW_RETURN_STEP_RETEST)
    {
      g_autofree char *retest = kw_date_format (&status.readiness.retest);

      g_ptr_array_add (rows, g_strdup (_("Next date:")));
      g_ptr_array_add (rows, g_strdup_printf (_("%s: readiness tests again"), retest));
    }
  else if (status.rest_open && status.step == KW_RETURN_STEP_RESTING)
    {
      g_autofree char *check = kw_date_format (&status.rest.reassess);

      g_ptr_array_add (rows, g_strdup (_("Next date:")));
      g_ptr_array_add (rows, g_strdup_printf (_("%s: warning-sign questions and readiness "
                                                "tests"), check));
    }

  if (status.rescreen_red_flags)
    {
      g_ptr_array_add (rows, g_strdup (_("First:")));
      g_ptr_array_add (rows, g_strdup (_("answer the warning-sign questions again "
                                         "(kneewise assessment)")));
    }

  if (status.runs->len > 0)
    {
      g_ptr_array_add (rows, g_strdup (_("This week:")));
      g_ptr_array_add (rows, g_strdup (status.weekly.reason));
    }

  g_ptr_array_add (rows, NULL);
  print_rows ((const char * const *) rows->pdata);

  kw_return_status_clear (&status);
  return KW_CLI_EXIT_OK;
}
