/* kw-bench.h: the timing the C benchmarks share
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each benchmark times several runs in milliseconds, sorts them and prints
 * the median with the fastest and the slowest, so that one slow run on a
 * busy machine does not move the figure.
 */

#pragma once

#include <stdlib.h>
#include <glib.h>

static inline double
kw_bench_ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static inline int
kw_bench_compare_doubles (gconstpointer a,
                          gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Afterwards the median is times[runs / 2], the fastest times[0] and the
 * slowest times[runs - 1]. */
static inline void
kw_bench_sort (double *times,
               guint   runs)
{
  qsort (times, runs, sizeof (double), kw_bench_compare_doubles);
}
