/* bench-progress.c: what the Progress page reads, over ten years of logs
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Progress page loads the active plan with every log (its chart), and
 * lists every change to the plan. This times those queries, and the chart's
 * date-range query over the whole span, on a database made by
 * kw-bench-make-db, and prints the median and the spread of RUNS runs.
 * Not a test: timings belong here.
 *
 *   build/bench/bench-progress DATABASE [RUNS]
 */

#define G_LOG_DOMAIN "kw-bench-progress"

#include "config.h"

#include <stdio.h>
#include <glib/gstdio.h>

#include "kw-bench.h"
#include "kw-plan.h"

typedef enum { LOAD_ACTIVE, LIST_LOGS, LIST_CHANGES } Query;

static void
bench (KwStore    *store,
       Query       query,
       const char *label,
       guint       runs)
{
  g_autofree double *times = g_new (double, runs);
  guint n = 0;

  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();

      if (query == LOAD_ACTIVE)
        {
          g_autoptr(KwPlan) plan = kw_plan_load_active (store, &error);

          if (plan != NULL)
            n = kw_plan_get_logs (plan)->len;
        }
      else
        {
          g_autoptr(KwPlan) plan = NULL;
          g_autoptr(GPtrArray) rows = NULL;
          GDate from, to;

          if (query == LIST_LOGS)
            {
              g_date_clear (&from, 1);
              g_date_set_dmy (&from, 1, 1, 1970);
              g_date_clear (&to, 1);
              g_date_set_dmy (&to, 31, 12, 2200);
              rows = kw_plan_list_pain_logs (store, &from, &to, &error);
            }
          else
            {
              /* The id is read outside the timing. */
              g_autoptr(GError) load_error = NULL;

              plan = kw_plan_load_active (store, &load_error);
              if (plan == NULL)
                g_error ("no active plan: %s", load_error->message);
              start = g_get_monotonic_time ();
              rows = kw_plan_list_changes (store, kw_plan_get_id (plan), &error);
            }
          if (rows != NULL)
            n = rows->len;
        }
      if (error != NULL)
        g_error ("%s: %s", label, error->message);
      times[i] = kw_bench_ms_since (start);
    }

  kw_bench_sort (times, runs);
  printf ("%-44s median %7.2f ms  (min %.2f, max %.2f, %u runs, %u rows)\n",
          label, times[runs / 2], times[0], times[runs - 1], runs, n);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KwStore) store = NULL;
  g_autoptr(GError) error = NULL;
  guint runs;

  if (argc < 2)
    {
      fprintf (stderr, "Usage: %s DATABASE [RUNS]\n", argv[0]);
      return 2;
    }
  runs = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : 15;
  runs = CLAMP (runs, 1, 1000);

  if (!(store = kw_store_open (argv[1], &error)))
    g_error ("opening %s: %s", argv[1], error->message);

  bench (store, LOAD_ACTIVE, "progress chart: load plan with every log", runs);
  bench (store, LIST_LOGS, "progress chart: list_pain_logs, all years", runs);
  bench (store, LIST_CHANGES, "progress changes: list_changes, all years", runs);

  return 0;
}
