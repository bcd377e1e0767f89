/* kw-plan-item.h: one exercise on one day of a plan
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "kw-dose.h"
#include "kw-exercise.h"

G_BEGIN_DECLS

#define KW_TYPE_PLAN_ITEM (kw_plan_item_get_type ())

G_DECLARE_FINAL_TYPE (KwPlanItem, kw_plan_item, KW, PLAN_ITEM, GObject)

KwPlanItem       *kw_plan_item_new             (const KwExercise *exercise,
                                                const KwDose     *dose,
                                                const char       *note);
const KwExercise *kw_plan_item_get_exercise    (KwPlanItem       *self);
const char       *kw_plan_item_get_exercise_id (KwPlanItem       *self);
const char       *kw_plan_item_get_name        (KwPlanItem       *self);
const KwDose     *kw_plan_item_get_dose        (KwPlanItem       *self);
char             *kw_plan_item_dup_dose_string (KwPlanItem       *self);
const char       *kw_plan_item_get_variation   (KwPlanItem       *self);
const char       *kw_plan_item_get_note        (KwPlanItem       *self);
gboolean          kw_plan_item_is_stretch      (KwPlanItem       *self);

G_END_DECLS
