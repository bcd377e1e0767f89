/* kw-load-guard.h: no load spikes after the walk-run program
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kw-walk-run.h"

G_BEGIN_DECLS

/* A run may be this many percent longer than the longest of the last
 * KW_LOAD_GUARD_WINDOW_DAYS days (Garmin-RUNSAFE, BJSM 2025). */
#define KW_LOAD_GUARD_MAX_SPIKE_PERCENT 10
#define KW_LOAD_GUARD_WINDOW_DAYS 30
/* Weekly distance growth: 10% is convention [E]. */
#define KW_LOAD_GUARD_MAX_WEEKLY_PERCENT 10

typedef struct
{
  gboolean  has_basis;     /* a run with a distance in the last 30 days */
  gboolean  warn;
  guint     longest_m;
  guint     limit_m;       /* longest + 10%, rounded down */
  char     *reason;        /* one translated line */
  const char *source;      /* what the warning rests on */
} KwRunCheck;

typedef struct
{
  GDate     week_start;    /* Monday of the week of the day asked about */
  guint     this_week_m;
  guint     last_week_m;
  gboolean  has_basis;     /* last week had distance */
  double    growth_percent;
  gboolean  warn;
  char     *reason;
} KwWeeklyLoad;

void kw_load_guard_check_run     (const KwRunLog *runs,
                                  guint           n_runs,
                                  const GDate    *date,
                                  guint           distance_m,
                                  gint64          exclude_id,
                                  KwRunCheck     *check);
void kw_run_check_clear          (KwRunCheck     *check);
void kw_load_guard_weekly        (const KwRunLog *runs,
                                  guint           n_runs,
                                  const GDate    *today,
                                  KwWeeklyLoad   *load);
void kw_weekly_load_clear        (KwWeeklyLoad   *load);
char *kw_format_distance         (guint           distance_m);

G_END_DECLS
