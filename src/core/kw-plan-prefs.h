/* kw-plan-prefs.h: how the runner wants to train
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "kw-exercise.h"

G_BEGIN_DECLS

#define KW_TYPE_PLAN_PREFS (kw_plan_prefs_get_type ())

/**
 * KwPlanPrefs:
 * @days_per_week: training days a week (1-7)
 * @minutes_per_session: time for one session (10-90 minutes)
 * @equipment: what is at hand
 */
typedef struct _KwPlanPrefs KwPlanPrefs;

struct _KwPlanPrefs
{
  guint       days_per_week;
  guint       minutes_per_session;
  KwEquipment equipment;
};

#define KW_PLAN_PREFS_MIN_DAYS 1
#define KW_PLAN_PREFS_MAX_DAYS 7
#define KW_PLAN_PREFS_MIN_MINUTES 10
#define KW_PLAN_PREFS_MAX_MINUTES 90

GType        kw_plan_prefs_get_type (void) G_GNUC_CONST;
KwPlanPrefs *kw_plan_prefs_new      (guint              days_per_week,
                                     guint              minutes_per_session,
                                     KwEquipment        equipment);
KwPlanPrefs *kw_plan_prefs_new_default (void);
KwPlanPrefs *kw_plan_prefs_copy     (const KwPlanPrefs *self);
void         kw_plan_prefs_free     (KwPlanPrefs       *self);
gboolean     kw_plan_prefs_validate (const KwPlanPrefs *self,
                                     GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwPlanPrefs, kw_plan_prefs_free)

G_END_DECLS
