/* kw-pain-model.h: the pain-monitoring model and progression engine
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure functions over logs and doses (clinical.md section 6): no store, no
 * clock. The plan (kw-plan.h) applies them and saves the result.
 */

#pragma once

#include <glib.h>

#include "kw-dose.h"
#include "kw-exercise.h"
#include "kw-pain-log.h"
#include "kw-plan-change.h"

G_BEGIN_DECLS

/* One variable at a time, at most once a week per exercise. */
#define KW_PAIN_MODEL_DAYS_BETWEEN_PROGRESS 7
/* A step back lasts 48 hours. */
#define KW_PAIN_MODEL_STEP_BACK_DAYS 2

gboolean      kw_pain_model_progress_dose  (const KwExercise *exercise,
                                            const KwDose     *dose,
                                            KwDose           *next,
                                            char            **what);
gboolean      kw_pain_model_step_back_dose (const KwExercise *exercise,
                                            const KwDose     *dose,
                                            KwDose           *next,
                                            char            **what);
KwPlanChange *kw_pain_model_decide         (const KwExercise *exercise,
                                            const KwDose     *current,
                                            const KwPainLog  *log,
                                            const GDate      *last_progress,
                                            KwDose           *next);

guint         kw_pain_model_count_reds     (GPtrArray        *logs,
                                            const GDate      *today,
                                            guint             days);
gboolean      kw_pain_model_pain_rising    (GPtrArray        *logs,
                                            const GDate      *today);
gboolean      kw_pain_model_week_is_green  (GPtrArray        *logs,
                                            const GDate      *monday,
                                            guint             min_sessions);

G_END_DECLS
