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

/* A query the page makes; returns the rows it read. */
typedef guint (*Query) (KwStore  *store,
                        gint64    plan_id,
                        GError  **error);

static guint
load_active (KwStore  *store,
             gint64    plan_id,
             GError  **error)
{
  g_autoptr(KwPlan) plan = kw_plan_load_active (store, error);

  return plan != NULL ? kw_plan_get_logs (plan)->len : 0;
}

static guint
list_logs (KwStore  *store,
           gint64    plan_id,
           GError  **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  GDate from, to;

  g_date_clear (&from, 1);
  g_date_set_dmy (&from, 1, 1, 1970);
  g_date_clear (&to, 1);
  g_date_set_dmy (&to, 31, 12, 2200);
  rows = kw_plan_list_pain_logs (store, &from, &to, error);
  return rows != NULL ? rows->len : 0;
}

static guint
list_changes (KwStore  *store,
              gint64    plan_id,
              GError  **error)
{
  g_autoptr(GPtrArray) rows = kw_plan_list_changes (store, plan_id, error);

  return rows != NULL ? rows->len : 0;
}

static void
bench (KwStore    *store,
       gint64      plan_id,
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

      n = query (store, plan_id, &error);
      times[i] = kw_bench_ms_since (start);
      if (error != NULL)
        g_error ("%s: %s", label, error->message);
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
  g_autoptr(KwPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  gint64 plan_id;
  guint runs;

  if (argc < 2)
    {
      fprintf (stderr, "Usage: %s DATABASE [RUNS]\n", argv[0]);
      return 2;
    }
  runs = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : 15;
  runs = CLAMP (runs, 1, 1000);

  /* The plan's id is read once, outside the timing. */
  if (!(store = kw_store_open (argv[1], &error)) ||
      !(plan = kw_plan_load_active (store, &error)))
    g_error ("opening %s: %s", argv[1], error->message);
  plan_id = kw_plan_get_id (plan);

  bench (store, plan_id, load_active, "progress chart: load plan with every log", runs);
  bench (store, plan_id, list_logs, "progress chart: list_pain_logs, all years", runs);
  bench (store, plan_id, list_changes, "progress changes: list_changes, all years", runs);

  return 0;
}
