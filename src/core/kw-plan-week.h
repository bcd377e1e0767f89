/* kw-plan-week.h: seven dated days of a plan, Monday first
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kw-plan-day.h"

G_BEGIN_DECLS

#define KW_TYPE_PLAN_WEEK (kw_plan_week_get_type ())

G_DECLARE_FINAL_TYPE (KwPlanWeek, kw_plan_week, KW, PLAN_WEEK, GObject)

KwPlanWeek  *kw_plan_week_new         (const GDate *monday);
const GDate *kw_plan_week_get_monday  (KwPlanWeek  *self);
KwPlanDay   *kw_plan_week_get_day     (KwPlanWeek  *self,
                                       guint        i);
GListModel  *kw_plan_week_get_days    (KwPlanWeek  *self);
void         kw_plan_week_set_day     (KwPlanWeek  *self,
                                       guint        i,
                                       KwPlanDay   *day);
KwPhase      kw_plan_week_get_phase   (KwPlanWeek  *self);
KwMuscle     kw_plan_week_get_muscles (KwPlanWeek  *self);
char        *kw_plan_week_to_text     (KwPlanWeek  *self);

G_END_DECLS
