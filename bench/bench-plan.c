/* bench-plan.c: plan timings over ten years of daily logs
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: prints timings. Targets: the Progress chart's query for a
 * year of logs and loading the active plan well under a frame budget
 * (16 ms) on a ten-year database; a week generated in well under 1 ms.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>

#include "kw-bench.h"
#include "kw-plan-private.h"
#include "kw-store-private.h"

#define YEARS 10

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("kw-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "kneewise.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KwStore) store = kw_store_open (path, &error);
  g_autoptr(KwPlanPrefs) prefs = kw_plan_prefs_new (7, 30, KW_EQUIPMENT_HOME);
  g_autoptr(KwPlan) plan = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GDate start, day, from, to;
  guint n_days = 365 * YEARS;
  gint64 t;

  g_assert_no_error (error);
  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 4, 1, 2016);
  plan = kw_plan_new ("patellofemoral-pain", KW_TRIAGE_REST_AND_REHAB, &start, prefs, &error);
  g_assert_no_error (error);
  g_assert_true (kw_plan_save (plan, store, &error));

  /* Ten years of daily sessions, written directly in one transaction. */
  t = g_get_monotonic_time ();
  g_assert_true (_kw_store_begin (store, NULL));
  stmt = _kw_store_prepare (store,
                            "INSERT INTO plan_session (plan_id, date, status, pain_during, "
                            "baseline, morning, swelling, limp, running, zone) "
                            "VALUES (?1, ?2, 'done', ?3, 1, 1, 'none', 0, 0, 'green')", NULL);
  day = start;
  for (guint i = 0; i < n_days; i++)
    {
      g_autofree char *iso = _kw_date_to_iso (&day);

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, kw_plan_get_id (plan));
      sqlite3_bind_text (stmt, 2, iso, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 3, (int) (i % 4));
      g_assert_true (_kw_store_step_done (store, stmt, NULL));
      g_date_add_days (&day, 1);
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  g_assert_true (_kw_store_commit (store, NULL));
  printf ("insert %u daily logs: %.1f ms\n", n_days, kw_bench_ms_since (t));

  to = start;
  g_date_add_days (&to, n_days - 1);
  for (guint span = 90; span <= 365; span += 275)
    {
      g_autoptr(GPtrArray) logs = NULL;

      from = to;
      g_date_subtract_days (&from, span - 1);
      t = g_get_monotonic_time ();
      for (guint r = 0; r < 100; r++)
        {
          g_clear_pointer (&logs, g_ptr_array_unref);
          logs = kw_plan_list_pain_logs (store, &from, &to, &error);
        }
      g_assert_no_error (error);
      g_assert_cmpuint (logs->len, ==, span);
      printf ("list_pain_logs, last %u days of %u: %.3f ms\n", span, n_days,
              kw_bench_ms_since (t) / 100);
    }

  t = g_get_monotonic_time ();
  {
    g_autoptr(KwPlan) loaded = kw_plan_load_active (store, &error);

    g_assert_no_error (error);
    printf ("load_active with %u logs: %.2f ms\n", kw_plan_get_logs (loaded)->len,
            kw_bench_ms_since (t));

    t = g_get_monotonic_time ();
    for (guint r = 0; r < 1000; r++)
      {
        g_autoptr(KwPlanWeek) week = kw_plan_get_week (loaded, &to);
      }
    printf ("get_week: %.3f ms\n", kw_bench_ms_since (t) / 1000);
  }

  g_clear_object (&store);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
    g_unlink (path);
    g_rmdir (dir);
  }

  return 0;
}
