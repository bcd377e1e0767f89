/* kw-hold-timer.h: hold and rest timer for timed exercises
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kw-hold-cycle.h"

G_BEGIN_DECLS

#define KW_TYPE_HOLD_TIMER (kw_hold_timer_get_type ())

G_DECLARE_FINAL_TYPE (KwHoldTimer, kw_hold_timer, KW, HOLD_TIMER, AdwBin)

GtkWidget   *kw_hold_timer_new                   (guint         hold_s,
                                                  guint         rest_s,
                                                  guint         sets);
void         kw_hold_timer_configure             (KwHoldTimer  *self,
                                                  guint         get_ready_s,
                                                  guint         hold_s,
                                                  guint         rest_s,
                                                  guint         sets);
void         kw_hold_timer_start                 (KwHoldTimer  *self);
void         kw_hold_timer_pause                 (KwHoldTimer  *self);
void         kw_hold_timer_reset                 (KwHoldTimer  *self);
gboolean     kw_hold_timer_get_running           (KwHoldTimer  *self);
KwHoldPhase  kw_hold_timer_get_phase             (KwHoldTimer  *self);
guint        kw_hold_timer_get_set               (KwHoldTimer  *self);
guint        kw_hold_timer_get_remaining_seconds (KwHoldTimer  *self);
const char  *kw_hold_timer_get_phase_text        (KwHoldTimer  *self);
const char  *kw_hold_timer_get_digits_text       (KwHoldTimer  *self);

/* Tests and benchmarks drive the clock themselves. */
void         kw_hold_timer_set_manual_clock      (KwHoldTimer  *self,
                                                  gboolean      manual);
void         kw_hold_timer_advance               (KwHoldTimer  *self,
                                                  gint64        elapsed_ms);

G_END_DECLS
