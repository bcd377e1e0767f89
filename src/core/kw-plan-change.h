/* kw-plan-change.h: one change to a plan, with its reason
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "kw-dose.h"

G_BEGIN_DECLS

/**
 * KwPlanChangeKind:
 * @KW_PLAN_CHANGE_PROGRESS: an exercise steps up (one variable)
 * @KW_PLAN_CHANGE_HOLD: an exercise stays at the same dose
 * @KW_PLAN_CHANGE_STEP_BACK: an exercise steps back for 48 hours
 * @KW_PLAN_CHANGE_RESTORE: after a step back, the dose returns
 * @KW_PLAN_CHANGE_SKIPPED: a skipped or partial session: no progress
 * @KW_PLAN_CHANGE_PHASE_ADVANCE: the plan moves to the next phase
 * @KW_PLAN_CHANGE_PHASE_HOLD: repeated red sessions hold the phase; re-check red flags
 * @KW_PLAN_CHANGE_SEE_CLINICIAN: the pain pattern needs a physio or GP
 * @KW_PLAN_CHANGE_STARTED: the plan was made
 */
typedef enum
{
  KW_PLAN_CHANGE_PROGRESS,
  KW_PLAN_CHANGE_HOLD,
  KW_PLAN_CHANGE_STEP_BACK,
  KW_PLAN_CHANGE_RESTORE,
  KW_PLAN_CHANGE_SKIPPED,
  KW_PLAN_CHANGE_PHASE_ADVANCE,
  KW_PLAN_CHANGE_PHASE_HOLD,
  KW_PLAN_CHANGE_SEE_CLINICIAN,
  KW_PLAN_CHANGE_STARTED,
} KwPlanChangeKind;

#define KW_TYPE_PLAN_CHANGE (kw_plan_change_get_type ())

G_DECLARE_FINAL_TYPE (KwPlanChange, kw_plan_change, KW, PLAN_CHANGE, GObject)

KwPlanChange     *kw_plan_change_new             (const GDate      *date,
                                                  KwPlanChangeKind  kind,
                                                  const char       *exercise_id,
                                                  const KwDose     *before,
                                                  const KwDose     *after,
                                                  const char       *reason);
const GDate      *kw_plan_change_get_date        (KwPlanChange     *self);
KwPlanChangeKind  kw_plan_change_get_kind        (KwPlanChange     *self);
const char       *kw_plan_change_get_exercise_id (KwPlanChange     *self);
const KwDose     *kw_plan_change_get_before      (KwPlanChange     *self);
const KwDose     *kw_plan_change_get_after       (KwPlanChange     *self);
const char       *kw_plan_change_get_reason      (KwPlanChange     *self);

const char       *kw_plan_change_kind_to_id      (KwPlanChangeKind  kind);
gboolean          kw_plan_change_kind_from_id    (const char       *id,
                                                  KwPlanChangeKind *kind);

G_END_DECLS
