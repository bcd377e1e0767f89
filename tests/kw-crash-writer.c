/* kw-crash-writer.c: logs sessions into a real database until it is killed
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: kw-crash-writer DATABASE
 *
 * Opens DATABASE through the store as the app does, makes the plan if there
 * is none, and logs sessions 0 to KW_CRASH_SESSIONS - 1 (those already in
 * the database are skipped, so a killed writer resumes). After each
 * kw_plan_log_session() has returned, it writes the session's number on
 * stdout and flushes: a number on the pipe is a promise that the session is
 * saved. test-crash kills it with SIGKILL at random points and checks that
 * every promise was kept.
 */

#define G_LOG_DOMAIN "kw-crash-writer"

#include <stdio.h>
#include <stdlib.h>

#include "kw-crash-writer.h"
#include "kw-plan.h"

static KwPlan *
load_or_make_plan (KwStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KwPlanPrefs) prefs = NULL;
  g_autoptr(KwPlan) plan = NULL;
  GDate start;

  plan = kw_plan_load_active (store, &error);
  if (plan != NULL)
    return g_steal_pointer (&plan);
  if (!g_error_matches (error, KW_PLAN_ERROR, KW_PLAN_ERROR_NO_ACTIVE_PLAN))
    g_error ("Cannot load the plan: %s", error->message);
  g_clear_error (&error);

  kw_crash_plan_start (&start);
  prefs = kw_plan_prefs_new_default ();
  plan = kw_plan_new ("patellofemoral-pain", KW_TRIAGE_REST_AND_REHAB, &start, prefs, &error);
  if (plan == NULL)
    g_error ("Cannot make the plan: %s", error->message);
  if (!kw_plan_save (plan, store, &error))
    g_error ("Cannot save the plan: %s", error->message);
  return g_steal_pointer (&plan);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KwStore) store = NULL;
  g_autoptr(KwPlan) plan = NULL;
  GDate today;

  if (argc != 2)
    {
      fprintf (stderr, "Usage: kw-crash-writer DATABASE\n");
      return 2;
    }

  store = kw_store_open (argv[1], &error);
  if (store == NULL)
    g_error ("Cannot open %s: %s", argv[1], error->message);

  plan = load_or_make_plan (store);
  kw_crash_session_date (KW_CRASH_SESSIONS, &today);

  for (guint i = 0; i < KW_CRASH_SESSIONS; i++)
    {
      g_autoptr(KwPainLog) log = kw_crash_session_new (i);

      if (kw_plan_get_log (plan, &log->date) != NULL)
        continue;

      if (!kw_plan_log_session (plan, store, log, &today, NULL, &error))
        g_error ("Cannot log session %u: %s", i, error->message);

      /* Only now is session i a promise. */
      printf ("%u\n", i);
      fflush (stdout);
    }

  return 0;
}
