/* kw-interval-timer.h: the run/walk interval timer
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KW_TYPE_INTERVAL_TIMER (kw_interval_timer_get_type ())

G_DECLARE_FINAL_TYPE (KwIntervalTimer, kw_interval_timer, KW, INTERVAL_TIMER, GtkWidget)

GtkWidget  *kw_interval_timer_new           (void);
void        kw_interval_timer_set_level     (KwIntervalTimer *self,
                                             guint            level);
guint       kw_interval_timer_get_level     (KwIntervalTimer *self);
void        kw_interval_timer_start         (KwIntervalTimer *self);
void        kw_interval_timer_pause         (KwIntervalTimer *self);
void        kw_interval_timer_reset         (KwIntervalTimer *self);
gboolean    kw_interval_timer_get_running   (KwIntervalTimer *self);
gboolean    kw_interval_timer_get_finished  (KwIntervalTimer *self);
guint       kw_interval_timer_get_elapsed   (KwIntervalTimer *self);
void        kw_interval_timer_set_elapsed   (KwIntervalTimer *self,
                                             guint            seconds);
guint       kw_interval_timer_get_n_cues    (KwIntervalTimer *self);
const char *kw_interval_timer_get_cue       (KwIntervalTimer *self);

G_END_DECLS
