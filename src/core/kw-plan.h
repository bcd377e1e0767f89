/* kw-plan.h: the runner's dated exercise plan
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kw-dose.h"
#include "kw-exercise.h"
#include "kw-pain-log.h"
#include "kw-plan-change.h"
#include "kw-plan-day.h"
#include "kw-plan-item.h"
#include "kw-plan-prefs.h"
#include "kw-plan-week.h"
#include "kw-program.h"
#include "kw-store.h"
#include "kw-triage.h"

G_BEGIN_DECLS

#define KW_PLAN_ERROR (kw_plan_error_quark ())

/**
 * KwPlanError:
 * @KW_PLAN_ERROR_NO_PLAN_FOR_TRIAGE: emergency or same-day: no plan, get care
 * @KW_PLAN_ERROR_UNKNOWN_CONDITION: the condition id is not known
 * @KW_PLAN_ERROR_INVALID_PREFS: the preferences are out of range
 * @KW_PLAN_ERROR_INVALID_DATE: a date is invalid or outside the plan
 * @KW_PLAN_ERROR_NO_ACTIVE_PLAN: there is no active plan
 * @KW_PLAN_ERROR_INVALID_LOG: a session log is out of range
 * @KW_PLAN_ERROR_PHASE_LOCKED: the next phase is not unlocked yet
 *
 * Messages are written for the runner.
 */
typedef enum
{
  KW_PLAN_ERROR_NO_PLAN_FOR_TRIAGE,
  KW_PLAN_ERROR_UNKNOWN_CONDITION,
  KW_PLAN_ERROR_INVALID_PREFS,
  KW_PLAN_ERROR_INVALID_DATE,
  KW_PLAN_ERROR_NO_ACTIVE_PLAN,
  KW_PLAN_ERROR_INVALID_LOG,
  KW_PLAN_ERROR_PHASE_LOCKED,
} KwPlanError;

/**
 * KwPlanAlert:
 * @KW_PLAN_ALERT_NONE: all is well
 * @KW_PLAN_ALERT_RECHECK_RED_FLAGS: two red sessions within 7 days: the
 *   phase is held; ask the red-flag questions again
 * @KW_PLAN_ALERT_SEE_CLINICIAN: three red sessions within 14 days, or pain
 *   rising week on week: see a physio or GP
 */
typedef enum
{
  KW_PLAN_ALERT_NONE,
  KW_PLAN_ALERT_RECHECK_RED_FLAGS,
  KW_PLAN_ALERT_SEE_CLINICIAN,
} KwPlanAlert;

#define KW_TYPE_PLAN (kw_plan_get_type ())

G_DECLARE_FINAL_TYPE (KwPlan, kw_plan, KW, PLAN, GObject)

GQuark             kw_plan_error_quark          (void);

KwPlan            *kw_plan_new                  (const char        *condition_id,
                                                 KwTriage           triage,
                                                 const GDate       *start,
                                                 const KwPlanPrefs *prefs,
                                                 GError           **error);

gint64             kw_plan_get_id               (KwPlan            *self);
const char        *kw_plan_get_condition_id     (KwPlan            *self);
const KwProgram   *kw_plan_get_program          (KwPlan            *self);
KwTriage           kw_plan_get_triage           (KwPlan            *self);
const GDate       *kw_plan_get_start_date       (KwPlan            *self);
const KwPlanPrefs *kw_plan_get_prefs            (KwPlan            *self);
KwPhase            kw_plan_get_phase            (KwPlan            *self);
KwPhase            kw_plan_get_phase_on         (KwPlan            *self,
                                                 const GDate       *date);
const char        *kw_plan_get_advice           (KwPlan            *self);

KwPlanWeek        *kw_plan_get_week             (KwPlan            *self,
                                                 const GDate       *day);
KwPlanDay         *kw_plan_get_day              (KwPlan            *self,
                                                 const GDate       *date);
const KwDose      *kw_plan_get_dose             (KwPlan            *self,
                                                 const char        *exercise_id);
const KwPainLog   *kw_plan_get_log              (KwPlan            *self,
                                                 const GDate       *date);
GPtrArray         *kw_plan_get_logs             (KwPlan            *self);
const KwPainLog   *kw_plan_get_pending_check_in (KwPlan            *self,
                                                 const GDate       *today);
KwPlanAlert        kw_plan_get_alert            (KwPlan            *self,
                                                 const GDate       *today,
                                                 const char       **message);
gboolean           kw_plan_phase_test_ready     (KwPlan            *self,
                                                 const GDate       *today,
                                                 char             **why_not);
void               kw_plan_get_adherence        (KwPlan            *self,
                                                 const GDate       *from,
                                                 const GDate       *to,
                                                 guint             *planned,
                                                 guint             *done,
                                                 guint             *partial,
                                                 guint             *skipped);

/* Stored in the KwStore (kw-plan-store.c). */
gboolean           kw_plan_save                 (KwPlan            *self,
                                                 KwStore           *store,
                                                 GError           **error);
KwPlan            *kw_plan_load_active          (KwStore           *store,
                                                 GError           **error);
gboolean           kw_plan_stop                 (KwPlan            *self,
                                                 KwStore           *store,
                                                 GError           **error);
gboolean           kw_plan_log_session          (KwPlan            *self,
                                                 KwStore           *store,
                                                 const KwPainLog   *log,
                                                 const GDate       *today,
                                                 GPtrArray        **changes,
                                                 GError           **error);
gboolean           kw_plan_pass_phase_test      (KwPlan            *self,
                                                 KwStore           *store,
                                                 const GDate       *today,
                                                 GPtrArray        **changes,
                                                 GError           **error);
GPtrArray         *kw_plan_list_changes         (KwStore           *store,
                                                 gint64             plan_id,
                                                 GError           **error);
GPtrArray         *kw_plan_list_pain_logs       (KwStore           *store,
                                                 const GDate       *from,
                                                 const GDate       *to,
                                                 GError           **error);

G_END_DECLS
