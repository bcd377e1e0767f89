/* bench-export-pdf.c: how long printing weeks of a plan to PDF takes
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builds a plan in a throw-away store, then exports one week and twelve
 * weeks to PDF several times each and prints the median and the spread.
 * Built with the project, never run as a test: timing belongs here.
 *
 *   build/bench/bench-export-pdf [RUNS]
 */

#include "config.h"

#include <stdio.h>
#include <glib/gstdio.h>

#include "kw-bench.h"
#include "kw-plan.h"
#include "kw-sheet-renderer.h"

static void
bench (KwStore     *store,
       const char  *dir,
       guint        n_weeks,
       guint        runs)
{
  g_autofree char *path = g_build_filename (dir, "bench.pdf", NULL);
  g_autofree double *times = g_new (double, runs);
  GDate week;
  GStatBuf st;

  g_date_clear (&week, 1);
  g_date_set_dmy (&week, 23, 11, 2026);

  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();

      if (!kw_sheet_export_pdf (store, &week, n_weeks, &week, KW_SHEET_PAPER_A4, path, &error))
        g_error ("export failed: %s", error->message);
      times[i] = kw_bench_ms_since (start);
    }

  kw_bench_sort (times, runs);
  g_assert_no_errno (g_stat (path, &st));
  printf ("export-pdf %2u week%s: median %7.1f ms  (min %.1f, max %.1f, %u runs, %ld KB)\n",
          n_weeks, n_weeks == 1 ? " " : "s", times[runs / 2], times[0], times[runs - 1], runs,
          (long) st.st_size / 1024);
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("kw-bench-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "kneewise.db", NULL);
  g_autoptr(KwPlanPrefs) prefs = kw_plan_prefs_new_default ();
  g_autoptr(KwStore) store = NULL;
  g_autoptr(KwPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  guint runs = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 15;
  GDate start;

  runs = CLAMP (runs, 1, 1000);
  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 16, 11, 2026);

  if (!(store = kw_store_open (db, &error)) ||
      !(plan = kw_plan_new ("patellofemoral-pain", KW_TRIAGE_REST_AND_REHAB, &start, prefs,
                            &error)) ||
      !kw_plan_save (plan, store, &error) ||
      !kw_store_set_value (store, "runner-name", "Ada", &error))
    g_error ("setting up: %s", error->message);

  bench (store, dir, 1, runs);
  bench (store, dir, 12, runs);

  g_clear_object (&store);
  g_unlink (db);
  g_rmdir (dir);

  return 0;
}
