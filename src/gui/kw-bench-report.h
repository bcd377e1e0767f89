/* kw-bench-report.h: the line bench/run-startup.py reads
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the app (KNEEWISE_BENCH, see kw-application.c) and by
 * bench/bare-window.c, the window it is compared with: both must measure
 * the same things the same way. Header-only, GLib only, so the bare window
 * links nothing of Kneewise's.
 */

#pragma once

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <glib.h>

G_BEGIN_DECLS

/* Prints "kw-bench WHAT mono_us=… cpu_us=… hwm_kb=…": the monotonic time,
 * the CPU time so far and the peak resident memory so far (VmHWM). */
static inline void
kw_bench_report (const char *what)
{
  struct rusage ru;
  g_autofree char *status = NULL;
  const char *hwm = NULL;

  getrusage (RUSAGE_SELF, &ru);
  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    hwm = strstr (status, "VmHWM:");
  printf ("kw-bench %s mono_us=%" G_GINT64_FORMAT " cpu_us=%ld hwm_kb=%ld\n", what,
          g_get_monotonic_time (),
          (long) (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000L +
          ru.ru_utime.tv_usec + ru.ru_stime.tv_usec,
          hwm != NULL ? strtol (hwm + strlen ("VmHWM:"), NULL, 10) : -1L);
  fflush (stdout);
}

G_END_DECLS
