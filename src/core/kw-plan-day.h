/* kw-plan-day.h: one dated day of a plan
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kw-plan-item.h"
#include "kw-program.h"

G_BEGIN_DECLS

/**
 * KwPlanDayKind:
 * @KW_PLAN_DAY_NOT_STARTED: before the plan starts
 * @KW_PLAN_DAY_REST: a rest day: no exercises (walking is fine)
 * @KW_PLAN_DAY_LIGHT: holds, balance and stretches only
 * @KW_PLAN_DAY_STRENGTH: strength work (never two days in a row)
 */
typedef enum
{
  KW_PLAN_DAY_NOT_STARTED,
  KW_PLAN_DAY_REST,
  KW_PLAN_DAY_LIGHT,
  KW_PLAN_DAY_STRENGTH,
} KwPlanDayKind;

#define KW_TYPE_PLAN_DAY (kw_plan_day_get_type ())

G_DECLARE_FINAL_TYPE (KwPlanDay, kw_plan_day, KW, PLAN_DAY, GObject)

KwPlanDay     *kw_plan_day_new         (const GDate   *date,
                                        KwPlanDayKind  kind,
                                        KwPhase        phase);
const GDate   *kw_plan_day_get_date    (KwPlanDay     *self);
KwPlanDayKind  kw_plan_day_get_kind    (KwPlanDay     *self);
KwPhase        kw_plan_day_get_phase   (KwPlanDay     *self);
gboolean       kw_plan_day_is_rest     (KwPlanDay     *self);
GListModel    *kw_plan_day_get_items   (KwPlanDay     *self);
guint          kw_plan_day_get_n_items (KwPlanDay     *self);
KwPlanItem    *kw_plan_day_get_item    (KwPlanDay     *self,
                                        guint          i);
void           kw_plan_day_add_item    (KwPlanDay     *self,
                                        KwPlanItem    *item);
KwMuscle       kw_plan_day_get_muscles (KwPlanDay     *self);
guint          kw_plan_day_estimate_minutes (KwPlanDay *self);
char          *kw_plan_day_dup_title   (KwPlanDay     *self);

const char    *kw_plan_day_kind_get_title (KwPlanDayKind kind);

G_END_DECLS
