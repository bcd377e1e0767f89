/* bench-data-archive.c: how long checking, importing and exporting ten years of data takes
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes a data file with a session logged every day for ten years (and
 * three plan changes a day), then checks it, imports it into a fresh store
 * and exports it again, several times each, and prints the median and the
 * spread. Built with the project, never run as a test: timing belongs here.
 *
 *   build/bench/bench-data-archive [RUNS]
 */

#include "config.h"

#include <stdio.h>
#include <glib/gstdio.h>

#include "kw-bench.h"
#include "kw-data-archive.h"

#define N_DAYS 3650

static GBytes *
ten_years (void)
{
  GString *text = g_string_new (NULL);
  GDate day;

  g_string_append (text,
    "{\"format\": \"io.github.kneewise.Kneewise.data\", \"format_version\": 1,\n"
    "\"app_version\": \"0.1.0\", \"exported_at\": \"2026-11-09T20:00:00Z\", \"store_version\": 5,\n"
    "\"values\": [], \"assessments\": [],\n"
    "\"plans\": [{\"id\": 1, \"condition\": \"patellofemoral-pain\", \"triage\": "
    "\"reduce-and-continue\", \"start_date\": \"2016-11-07\", \"days_per_week\": 3, "
    "\"minutes\": 30, \"equipment\": 24, \"phase\": 1, \"active\": true, "
    "\"created\": \"2016-11-06T12:00:00Z\"}],\n"
    "\"plan_phases\": [{\"plan_id\": 1, \"start_date\": \"2016-11-07\", \"phase\": 1}],\n"
    "\"plan_doses\": [{\"plan_id\": 1, \"exercise\": \"wall-sit\", \"sets\": 5, \"reps\": 0, "
    "\"hold_s\": 35, \"distance_m\": 0, \"rest_s\": 60, \"per_week\": 7, \"level\": 0, "
    "\"each_side\": false, \"last_progress\": null, \"restore\": null, \"restore_from\": null}],\n"
    "\"sessions\": [\n");

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 7, 11, 2016);
  for (guint i = 0; i < N_DAYS; i++, g_date_add_days (&day, 1))
    g_string_append_printf (text,
                            "%s{\"id\": %u, \"plan_id\": 1, \"date\": \"%04u-%02u-%02u\", "
                            "\"status\": \"done\", \"pain_during\": 3, \"pain_evening\": 2, "
                            "\"baseline\": 1, \"morning\": 1, \"settled\": true, "
                            "\"swelling\": \"none\", \"limp\": false, \"running\": false, "
                            "\"zone\": \"green\"}\n",
                            i > 0 ? "," : "", i + 1, g_date_get_year (&day),
                            g_date_get_month (&day), g_date_get_day (&day));

  g_string_append (text, "],\n\"plan_changes\": [\n");
  g_date_set_dmy (&day, 7, 11, 2016);
  for (guint i = 0; i < N_DAYS * 3; i++)
    {
      g_string_append_printf (text,
                              "%s{\"id\": %u, \"plan_id\": 1, \"date\": \"%04u-%02u-%02u\", "
                              "\"kind\": \"progress\", \"exercise\": \"wall-sit\", "
                              "\"dose_before\": \"5,0,30,0,60,7,0,0\", "
                              "\"dose_after\": \"5,0,35,0,60,7,0,0\", "
                              "\"reason\": \"Pain 3/10 and settled by morning: 35 s holds next "
                              "time.\"}\n",
                              i > 0 ? "," : "", i + 1, g_date_get_year (&day),
                              g_date_get_month (&day), g_date_get_day (&day));
      if (i % 3 == 2)
        g_date_add_days (&day, 1);
    }

  g_string_append (text,
    "],\n\"rest_periods\": [], \"readiness_attempts\": [], \"readiness_results\": [], "
    "\"runs\": [], \"reminder_rules\": [], \"reminders_fired\": [], \"reminders_done\": [], "
    "\"reminder_kinds\": [], \"reminder_settings\": []}\n");

  return g_string_free_to_bytes (text);
}

/* The throw-away stores: one folder a run, with the database, its WAL
 * files and the copy taken before import. */
static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
report (const char *what,
        double     *times,
        guint       runs)
{
  kw_bench_sort (times, runs);
  printf ("%-22s median %7.1f ms  (min %.1f, max %.1f, %u runs)\n", what, times[runs / 2],
          times[0], times[runs - 1], runs);
}

int
main (int   argc,
      char *argv[])
{
  guint runs = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 5;
  g_autofree char *dir = g_dir_make_tmp ("bench-data-archive-XXXXXX", NULL);
  g_autoptr(GBytes) file = ten_years ();
  g_autofree double *parse_ms = NULL;
  g_autofree double *import_ms = NULL;
  g_autofree double *export_ms = NULL;
  gsize export_size = 0;

  runs = CLAMP (runs, 1, 100);
  parse_ms = g_new (double, runs);
  import_ms = g_new (double, runs);
  export_ms = g_new (double, runs);

  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KwDataArchive) archive = NULL;
      g_autoptr(KwStore) store = NULL;
      g_autoptr(GBytes) again = NULL;
      g_autofree char *name = g_strdup_printf ("store-%u", i);
      g_autofree char *path = g_build_filename (dir, name, "kneewise.db", NULL);
      gint64 start;

      start = g_get_monotonic_time ();
      archive = kw_data_archive_parse (file, &error);
      parse_ms[i] = kw_bench_ms_since (start);
      if (archive == NULL)
        g_error ("check failed: %s", error->message);

      if (!(store = kw_store_open (path, &error)))
        g_error ("%s", error->message);
      start = g_get_monotonic_time ();
      if (!kw_data_archive_import (archive, store, NULL, &error))
        g_error ("import failed: %s", error->message);
      import_ms[i] = kw_bench_ms_since (start);

      start = g_get_monotonic_time ();
      if (!(again = kw_data_archive_export_to_bytes (store, &error)))
        g_error ("export failed: %s", error->message);
      export_ms[i] = kw_bench_ms_since (start);
      export_size = g_bytes_get_size (again);
    }

  printf ("ten years: %u sessions, %u plan changes, %zu KB file\n", N_DAYS, N_DAYS * 3,
          g_bytes_get_size (file) / 1024);
  report ("check (parse)", parse_ms, runs);
  report ("import (with copy)", import_ms, runs);
  report ("export", export_ms, runs);
  printf ("exported again: %zu KB\n", export_size / 1024);

  remove_tree (dir);
  return 0;
}
