/* kw-reminder-derive.h: reminder rules that follow the plan and the return to running
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kw-reminder-rule.h"
#include "kw-store.h"
#include "kw-triage.h"

G_BEGIN_DECLS

/**
 * KwReminderPlanFacts:
 * @session_days: the #KwWeekdays with an exercise session this week, 0
 *   without a plan
 * @see_someone_by: the date to see a physio or doctor by, or invalid
 *
 * What the exercise plan says, reduced to what reminders need.
 */
typedef struct
{
  guint8 session_days;
  GDate  see_someone_by;
} KwReminderPlanFacts;

/**
 * KwReminderReturnFacts:
 * @reassess_on: the rest period's check date, or invalid
 * @see_someone_on: when to see a physio or doctor, or invalid
 * @retest_on: the readiness retest date, or invalid
 * @walk_run_on: the next walk-run session's earliest date, or invalid
 * @walk_run_level: its level (1-10)
 * @next_morning_on: the morning to report how a run felt, or invalid
 *
 * Where the runner stands on the way back to running, reduced to dates.
 */
typedef struct
{
  GDate reassess_on;
  GDate see_someone_on;
  GDate retest_on;
  GDate walk_run_on;
  guint walk_run_level;
  GDate next_morning_on;
} KwReminderReturnFacts;

void       kw_reminder_plan_facts_init     (KwReminderPlanFacts         *facts);
void       kw_reminder_return_facts_init   (KwReminderReturnFacts       *facts);
guint8     kw_reminder_weekdays_after      (guint8                       weekdays);
GPtrArray *kw_reminder_derive_plan_rules   (const KwReminderPlanFacts   *facts);
GPtrArray *kw_reminder_derive_return_rules (const KwReminderReturnFacts *facts);
GPtrArray *kw_reminder_derive_assessment_rules (KwTriage                triage,
                                                const GDate            *assessed_on);
gboolean   kw_reminder_derive_from_store   (KwStore                     *store,
                                            GTimeZone                   *tz,
                                            gint64                       now,
                                            GError                     **error);

G_END_DECLS
