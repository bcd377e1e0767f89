/* kw-cli-plan.c: kneewise-cli plan, a week of the active plan as text
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kneewise-cli"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "kw-cli.h"
#include "kw-plan-private.h"

static void
print_header (KwPlan      *plan,
              const GDate *day)
{
  const KwProgram *program = kw_plan_get_program (plan);
  KwPhase phase = kw_plan_get_phase_on (plan, day);
  const char *test = kw_program_get_phase_test (program, phase);
  const char *note = kw_program_get_phase_note (program, phase);
  const char *advice = kw_plan_get_advice (plan);

  /* Translators: %s is the plain name of the knee problem */
  printf (_("Exercise plan: %s"), kw_program_get_title (program));
  printf ("\n");
  /* Translators: phase number, phase name and what the phase is for */
  printf (_("Phase %d of 4, %s: %s"), (int) phase, kw_phase_get_title (phase),
          kw_phase_get_summary (phase));
  printf ("\n");
  if (note != NULL)
    printf ("%s\n", note);
  if (test != NULL)
    printf (_("Next phase after two green weeks and this test: %s\n"), test);
  if (advice != NULL)
    printf ("%s\n", advice);
  printf ("\n");
}

static void
print_avoid (KwPlan      *plan,
             const GDate *day)
{
  const KwProgram *program = kw_plan_get_program (plan);
  KwPhase phase = kw_plan_get_phase_on (plan, day);
  guint n = kw_program_get_n_avoids (program);

  printf ("\n%s\n", _("Avoid for now:"));
  for (guint i = 0; i < n; i++)
    {
      const KwAvoid *avoid = kw_program_get_avoid (program, i);

      if (kw_avoid_applies_in_phase (avoid, phase))
        printf ("  - %s: %s\n", kw_avoid_get_what (avoid), kw_avoid_get_reason (avoid));
    }
}

/**
 * kw_cli_plan:
 *
 * `kneewise-cli plan [--week YYYY-MM-DD]`: prints the week of the active
 * plan that holds the given day (default today). Exit 2 without an active
 * plan or with a bad date; 1 if the store fails.
 */
int
kw_cli_plan (int    argc,
             char **argv)
{
  g_autofree char *week_text = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KwStore) store = NULL;
  g_autoptr(KwPlan) plan = NULL;
  g_autoptr(KwPlanWeek) week = NULL;
  g_autofree char *text = NULL;
  GOptionEntry entries[] = {
    { "week", 0, 0, G_OPTION_ARG_STRING, &week_text,
      N_("Show the week that holds this day (default: this week)"), N_("YYYY-MM-DD") },
    { NULL }
  };
  GDate day;

  context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _("Shows a week of your exercise plan: every day, its "
                                           "exercises and doses, and the rest days."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "kneewise-cli plan: %s\n", error->message);
      return KW_CLI_EXIT_USAGE;
    }
  if (argc > 1)
    {
      /* Translators: %s is an argument the command does not take */
      fprintf (stderr, _("kneewise-cli plan: unexpected argument “%s”.\n"), argv[1]);
      return KW_CLI_EXIT_USAGE;
    }

  if (week_text != NULL)
    {
      if (!_kw_date_from_iso (week_text, &day))
        {
          /* Translators: %s is what the user typed as a date */
          fprintf (stderr, _("kneewise-cli plan: “%s” is not a date; write it as YYYY-MM-DD, "
                             "for example 2026-03-02.\n"), week_text);
          return KW_CLI_EXIT_USAGE;
        }
    }
  else
    {
      g_date_clear (&day, 1);
      g_date_set_time_t (&day, time (NULL));
    }

  store = kw_store_open_default (&error);
  if (store == NULL)
    {
      fprintf (stderr, "kneewise-cli plan: %s\n", error->message);
      return KW_CLI_EXIT_FAILED;
    }

  plan = kw_plan_load_active (store, &error);
  if (plan == NULL)
    {
      fprintf (stderr, "kneewise-cli plan: %s\n", error->message);
      return g_error_matches (error, KW_PLAN_ERROR, KW_PLAN_ERROR_NO_ACTIVE_PLAN)
               ? KW_CLI_EXIT_USAGE : KW_CLI_EXIT_FAILED;
    }

  week = kw_plan_get_week (plan, &day);
  text = kw_plan_week_to_text (week);

  print_header (plan, &day);
  printf ("%s", text);
  print_avoid (plan, &day);

  return KW_CLI_EXIT_OK;
}

/**
 * kw_cli_plan_parse_start:
 * @text: (nullable): what the runner gave as `--start`, or %NULL for today
 * @start: (out): the start day
 *
 * Prints a clear message to stderr when @text is not a date.
 *
 * Returns: %TRUE if @start is set
 */
gboolean
kw_cli_plan_parse_start (const char *text,
                         GDate      *start)
{
  if (text == NULL)
    {
      g_date_clear (start, 1);
      g_date_set_time_t (start, time (NULL));
      return TRUE;
    }

  if (!_kw_date_from_iso (text, start))
    {
      /* Translators: %s is what the user typed as a date */
      fprintf (stderr, _("kneewise-cli: the start date “%s” is not a date; write it as "
                         "YYYY-MM-DD, for example 2026-03-02.\n"), text);
      return FALSE;
    }

  return TRUE;
}

/**
 * kw_cli_plan_start_after_assessment:
 * @store: the store the assessment was saved in
 * @condition_ids: (array zero-terminated=1) (nullable): the likely patterns,
 *   most likely first
 * @triage: the assessment's triage
 * @start: the first day of the plan
 *
 * After `kneewise-cli assess --save`: makes the active plan for the most
 * likely pattern (the generic kneecap program when none fits) and prints a
 * [plan] group after the [result]. When the triage allows no plan
 * (emergency, same day), the active plan, if any, is stopped instead.
 *
 * Returns: the exit status
 */
int
kw_cli_plan_start_after_assessment (KwStore            *store,
                                    const char * const *condition_ids,
                                    KwTriage            triage,
                                    const GDate        *start)
{
  g_autoptr(KwPlanPrefs) prefs = kw_plan_prefs_new_default ();
  g_autoptr(GKeyFile) out = g_key_file_new ();
  g_autoptr(KwPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *message = NULL;
  g_autofree char *data = NULL;
  const char *condition = "patellofemoral-pain";
  char buf[128];

  if (!kw_triage_allows_plan (triage))
    {
      g_autoptr(KwPlan) active = kw_plan_load_active (store, &error);

      if (active == NULL)
        {
          if (g_error_matches (error, KW_PLAN_ERROR, KW_PLAN_ERROR_NO_ACTIVE_PLAN))
            return KW_CLI_EXIT_OK;
          fprintf (stderr, "kneewise-cli: %s\n", error->message);
          return KW_CLI_EXIT_FAILED;
        }

      /* The exercises wait until the knee has been seen. */
      if (!kw_plan_stop (active, store, &error))
        {
          fprintf (stderr, _("kneewise-cli: the exercise plan could not be stopped: %s\n"),
                   error->message);
          return KW_CLI_EXIT_FAILED;
        }
      g_key_file_set_boolean (out, "plan", "stopped", TRUE);
      g_key_file_set_string (out, "plan", "message",
                             _("Your exercise plan is stopped: get the care above first, then "
                               "assess your knee again."));
      data = g_key_file_to_data (out, NULL, NULL);
      printf ("\n%s", data);
      return KW_CLI_EXIT_OK;
    }

  /* Ties and patterns without their own program get the kneecap program
   * (clinical.md section 1). */
  if (condition_ids != NULL && condition_ids[0] != NULL &&
      kw_program_lookup (condition_ids[0]) != NULL)
    condition = condition_ids[0];

  plan = kw_plan_new (condition, triage, start, prefs, &error);
  if (plan == NULL)
    {
      fprintf (stderr, "kneewise-cli: %s\n", error->message);
      return KW_CLI_EXIT_USAGE;
    }

  if (!kw_plan_save (plan, store, &error))
    {
      /* Translators: %s says why, and names the database file */
      fprintf (stderr, _("kneewise-cli: the exercise plan was not saved: %s\n"), error->message);
      return KW_CLI_EXIT_FAILED;
    }

  /* Translators: a strftime format for a date in a sentence, e.g. "Monday 5 January 2026" */
  g_date_strftime (buf, sizeof buf, _("%A %-d %B %Y"), start);
  /* Translators: the start day, the plain name of the knee problem, the phase name */
  message = g_strdup_printf (_("Your exercise plan starts on %s: %s, phase 1 (%s). "
                               "See the week with “kneewise-cli plan”."),
                             buf, kw_program_get_title (kw_plan_get_program (plan)),
                             kw_phase_get_title (KW_PHASE_SETTLE));
  iso = _kw_date_to_iso (start);

  g_key_file_set_string (out, "plan", "condition", condition);
  g_key_file_set_string (out, "plan", "start", iso);
  g_key_file_set_integer (out, "plan", "phase", kw_plan_get_phase (plan));
  g_key_file_set_string (out, "plan", "message", message);
  if (kw_plan_get_advice (plan) != NULL)
    g_key_file_set_string (out, "plan", "advice", kw_plan_get_advice (plan));
  data = g_key_file_to_data (out, NULL, NULL);
  printf ("\n%s", data);

  return KW_CLI_EXIT_OK;
}
