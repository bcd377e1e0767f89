/* kw-hold-cycle.h: the get-ready, hold and rest sequence of a timed exercise
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * KwHoldPhase:
 * @KW_HOLD_PHASE_IDLE: not started
 * @KW_HOLD_PHASE_GET_READY: counting down to the first hold
 * @KW_HOLD_PHASE_HOLD: holding the position
 * @KW_HOLD_PHASE_REST: resting between two holds
 * @KW_HOLD_PHASE_DONE: every set is done
 */
typedef enum
{
  KW_HOLD_PHASE_IDLE,
  KW_HOLD_PHASE_GET_READY,
  KW_HOLD_PHASE_HOLD,
  KW_HOLD_PHASE_REST,
  KW_HOLD_PHASE_DONE,
} KwHoldPhase;

/**
 * KwHoldCycle:
 *
 * A plain value: no clock of its own. Whoever owns it tells it how much time
 * went by (kw_hold_cycle_advance()), so the sequence is tested with injected
 * ticks and the widget wakes up only when a displayed second changes.
 */
typedef struct
{
  /*< private >*/
  guint       get_ready_s;
  guint       hold_s;
  guint       rest_s;
  guint       sets;

  KwHoldPhase phase;
  guint       set;           /* 1-based; 0 before the first hold */
  gint64      remaining_ms;  /* left in the current phase */
} KwHoldCycle;

void        kw_hold_cycle_init                  (KwHoldCycle       *self,
                                                 guint              get_ready_s,
                                                 guint              hold_s,
                                                 guint              rest_s,
                                                 guint              sets);
void        kw_hold_cycle_start                 (KwHoldCycle       *self);
void        kw_hold_cycle_reset                 (KwHoldCycle       *self);
guint       kw_hold_cycle_advance               (KwHoldCycle       *self,
                                                 gint64             elapsed_ms,
                                                 KwHoldPhase       *last_ended);
KwHoldPhase kw_hold_cycle_get_phase             (const KwHoldCycle *self);
guint       kw_hold_cycle_get_set               (const KwHoldCycle *self);
guint       kw_hold_cycle_get_sets              (const KwHoldCycle *self);
guint       kw_hold_cycle_get_hold_seconds      (const KwHoldCycle *self);
guint       kw_hold_cycle_get_rest_seconds      (const KwHoldCycle *self);
guint       kw_hold_cycle_get_remaining_seconds (const KwHoldCycle *self);
gint64      kw_hold_cycle_get_ms_to_next_change (const KwHoldCycle *self);
gboolean    kw_hold_cycle_is_counting           (const KwHoldCycle *self);

G_END_DECLS
