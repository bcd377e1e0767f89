/* kw-walk-run.h: the 10-level walk-run program and its pain rules
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kw-readiness.h"

G_BEGIN_DECLS

#define KW_WALK_RUN_N_LEVELS 10
#define KW_WALK_RUN_WARM_UP_MIN 5
/* Every other day: the next session is at least this many days later. */
#define KW_WALK_RUN_MIN_GAP_DAYS 2
/* [D] The upper end of "3 to 4 sessions a week", over any 7 days. */
#define KW_WALK_RUN_MAX_PER_7_DAYS 4
#define KW_WALK_RUN_MAX_LEVEL_UPS_PER_7_DAYS 2
#define KW_WALK_RUN_GREENS_TO_MOVE_UP 2
/* [D] "48 hours off running": two whole days without a run, so the next
 * session is on the third day after the red one. */
#define KW_WALK_RUN_DAYS_AFTER_RED 3

typedef struct
{
  guint level;
  guint repeats;
  guint run_min;
  guint walk_min;    /* 0: one continuous run */
  guint total_min;   /* after the warm-up */
} KwWalkRunLevel;

typedef enum
{
  KW_INTERVAL_WARM_UP,
  KW_INTERVAL_RUN,
  KW_INTERVAL_WALK,
} KwIntervalKind;

typedef struct
{
  KwIntervalKind kind;
  guint          seconds;
} KwInterval;

/**
 * KwRunZone:
 * @KW_RUN_ZONE_PENDING: not known until the next morning is told
 * @KW_RUN_ZONE_GREEN: pain 2/10 or less, no worse next morning
 * @KW_RUN_ZONE_AMBER: pain 3-5/10, or a little worse next morning but
 *   settled by midday: repeat the level
 * @KW_RUN_ZONE_RED: pain above 5/10, worse next morning, swelling or a limp
 */
typedef enum
{
  KW_RUN_ZONE_PENDING,
  KW_RUN_ZONE_GREEN,
  KW_RUN_ZONE_AMBER,
  KW_RUN_ZONE_RED,
} KwRunZone;

/* One logged run. level is 1-10 inside the program, 0 for a free run after it. */
typedef struct
{
  gint64         id;
  GDate          date;
  guint          level;
  guint          duration_s;
  guint          distance_m;     /* 0: not measured */
  int            pain_during;    /* 0-10 */
  KwNextMorning  next_morning;
  gboolean       swelling;
  gboolean       limp;
} KwRunLog;

/**
 * KwWalkRunStage:
 * @KW_WALK_RUN_LOCKED: the readiness checklist has not passed
 * @KW_WALK_RUN_ACTIVE: in the program
 * @KW_WALK_RUN_STOPPED: swelling or a second red run: stop, answer the
 *   warning-sign questions again, then pass the checklist again
 * @KW_WALK_RUN_COMPLETE: level 10 done twice green; the load guard takes over
 */
typedef enum
{
  KW_WALK_RUN_LOCKED,
  KW_WALK_RUN_ACTIVE,
  KW_WALK_RUN_STOPPED,
  KW_WALK_RUN_COMPLETE,
} KwWalkRunStage;

typedef struct
{
  KwWalkRunStage stage;
  guint          level;             /* of the next session */
  guint          greens;            /* green sessions at the current level */
  guint          n_reds;            /* since the program was unlocked */
  gboolean       waiting_next_morning;
  GDate          next_date;         /* earliest day for the next session */
  char          *reason;            /* one translated line */
} KwWalkRunState;

const KwWalkRunLevel *kw_walk_run_get_level       (guint                 level);
char                 *kw_walk_run_level_describe  (guint                 level);
GArray               *kw_walk_run_get_intervals   (guint                 level);
guint                 kw_intervals_total_seconds  (const KwInterval     *intervals,
                                                   guint                 n_intervals);
gboolean              kw_intervals_locate         (const KwInterval     *intervals,
                                                   guint                 n_intervals,
                                                   guint                 elapsed_s,
                                                   guint                *index,
                                                   guint                *left_s);
const char           *kw_interval_kind_get_cue    (KwIntervalKind        kind);

gboolean              kw_run_log_validate         (const KwRunLog       *run,
                                                   GError              **error);
KwRunZone             kw_run_zone                 (const KwRunLog       *run,
                                                   char                **reason);
const char           *kw_run_zone_get_label       (KwRunZone             zone);

void                  kw_walk_run_compute         (const GDate          *unlocked_on,
                                                   const KwRunLog       *runs,
                                                   guint                 n_runs,
                                                   const GDate          *today,
                                                   KwWalkRunState       *state);
void                  kw_walk_run_state_clear     (KwWalkRunState       *state);

G_END_DECLS
