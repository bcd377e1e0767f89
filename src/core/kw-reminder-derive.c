/* kw-reminder-derive.c: reminder rules that follow the plan and the return to running
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rules are derived from facts (days, dates), never stored by hand: when the
 * plan changes, the same facts give the new rules, and the store keeps
 * what each (kind, target) already fired. Times come from the kind's
 * preferences when the store lists the rules, so the defaults here are only
 * a starting point. Targets are "<page>:<item>", which the app's
 * app.open-item action understands.
 */

#define G_LOG_DOMAIN "kw-reminder-derive"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kw-assessment.h"
#include "kw-plan.h"
#include "kw-reminder-derive.h"
#include "kw-reminder-store.h"
#include "kw-return-status.h"

void
kw_reminder_plan_facts_init (KwReminderPlanFacts *facts)
{
  g_return_if_fail (facts != NULL);

  facts->session_days = 0;
  g_date_clear (&facts->see_someone_by, 1);
}

void
kw_reminder_return_facts_init (KwReminderReturnFacts *facts)
{
  g_return_if_fail (facts != NULL);

  memset (facts, 0, sizeof *facts);
  g_date_clear (&facts->reassess_on, 1);
  g_date_clear (&facts->see_someone_on, 1);
  g_date_clear (&facts->retest_on, 1);
  g_date_clear (&facts->walk_run_on, 1);
  g_date_clear (&facts->next_morning_on, 1);
}

/**
 * kw_reminder_weekdays_after:
 * @weekdays: a #KwWeekdays set
 *
 * Returns: the days after each of @weekdays (Sunday's is Monday): the
 *   mornings after sessions
 */
guint8
kw_reminder_weekdays_after (guint8 weekdays)
{
  weekdays &= KW_WEEKDAYS_ALL;

  return ((weekdays << 1) | (weekdays >> 6)) & KW_WEEKDAYS_ALL;
}

static KwReminderRule *
weekly (KwReminderKind  kind,
        guint8          weekdays,
        const char     *target)
{
  guint hour, minute;

  kw_reminder_kind_get_default_time (kind, &hour, &minute);
  return kw_reminder_rule_new_weekly (kind, hour, minute, weekdays, target);
}

static void
add_once (GPtrArray      *rules,
          KwReminderKind  kind,
          const GDate    *date,
          const char     *target,
          char           *label)
{
  KwReminderRule *rule;
  guint hour, minute;

  if (!g_date_valid (date))
    {
      g_free (label);
      return;
    }

  kw_reminder_kind_get_default_time (kind, &hour, &minute);
  rule = kw_reminder_rule_new_once (kind, hour, minute, g_date_get_year (date),
                                    g_date_get_month (date), g_date_get_day (date), target);
  rule->label = label;
  g_ptr_array_add (rules, rule);
}

/**
 * kw_reminder_derive_plan_rules:
 * @facts: what the plan says
 *
 * Exercise sessions on the plan's session days, a pain check-in the
 * morning after each (the next-morning answer decides the next dose), and
 * the date to see someone by if the plan asks for it.
 *
 * Returns: (transfer container) (element-type KwReminderRule): the rules
 */
GPtrArray *
kw_reminder_derive_plan_rules (const KwReminderPlanFacts *facts)
{
  GPtrArray *rules;
  guint8 days;

  g_return_val_if_fail (facts != NULL, NULL);

  rules = g_ptr_array_new_with_free_func ((GDestroyNotify) kw_reminder_rule_free);
  days = facts->session_days & KW_WEEKDAYS_ALL;

  if (days != 0)
    {
      g_ptr_array_add (rules, weekly (KW_REMINDER_KIND_EXERCISE_SESSION, days, "today:session"));
      g_ptr_array_add (rules, weekly (KW_REMINDER_KIND_MORNING_CHECK_IN,
                                      kw_reminder_weekdays_after (days), "today:check-in"));
    }

  add_once (rules, KW_REMINDER_KIND_SEE_SOMEONE, &facts->see_someone_by,
            "assessment:see-someone", NULL);

  return rules;
}

/**
 * kw_reminder_derive_return_rules:
 * @facts: where the runner stands on the way back to running
 *
 * One-off reminders for each date the return-to-run program sets.
 *
 * Returns: (transfer container) (element-type KwReminderRule): the rules
 */
GPtrArray *
kw_reminder_derive_return_rules (const KwReminderReturnFacts *facts)
{
  GPtrArray *rules;

  g_return_val_if_fail (facts != NULL, NULL);

  rules = g_ptr_array_new_with_free_func ((GDestroyNotify) kw_reminder_rule_free);

  add_once (rules, KW_REMINDER_KIND_REASSESSMENT, &facts->reassess_on,
            "return-to-run:reassess", NULL);
  add_once (rules, KW_REMINDER_KIND_SEE_SOMEONE, &facts->see_someone_on,
            "return-to-run:see-someone", NULL);
  add_once (rules, KW_REMINDER_KIND_READINESS_RETEST, &facts->retest_on,
            "return-to-run:readiness", NULL);
  add_once (rules, KW_REMINDER_KIND_WALK_RUN_SESSION, &facts->walk_run_on,
            "return-to-run:walk-run",
            facts->walk_run_level > 0
              /* Translators: a walk-run level, 1 to 10 */
              ? g_strdup_printf (_("Level %u"), facts->walk_run_level)
              : NULL);
  add_once (rules, KW_REMINDER_KIND_MORNING_CHECK_IN, &facts->next_morning_on,
            "return-to-run:next-morning", NULL);

  return rules;
}

/* "Soon" means within one to two weeks (clinical.md, triage): a reminder
 * after one week leaves the second week to get the appointment. */
#define SEE_CLINICIAN_AFTER_DAYS 7

/**
 * kw_reminder_derive_assessment_rules:
 * @triage: the latest assessment's triage level
 * @assessed_on: the local date it was made
 *
 * An assessment that says "see a physio or doctor soon" gets one reminder
 * a week later. The more urgent levels are for now, not for a reminder.
 *
 * Returns: (transfer container) (element-type KwReminderRule): the rules
 */
GPtrArray *
kw_reminder_derive_assessment_rules (KwTriage     triage,
                                     const GDate *assessed_on)
{
  GPtrArray *rules;

  g_return_val_if_fail (assessed_on != NULL, NULL);

  rules = g_ptr_array_new_with_free_func ((GDestroyNotify) kw_reminder_rule_free);

  if (triage == KW_TRIAGE_SEE_CLINICIAN && g_date_valid (assessed_on))
    {
      GDate by = *assessed_on;

      g_date_add_days (&by, SEE_CLINICIAN_AFTER_DAYS);
      add_once (rules, KW_REMINDER_KIND_SEE_SOMEONE, &by, "assessment:see-someone", NULL);
    }

  return rules;
}

static gboolean
load_plan_facts (KwStore             *store,
                 const GDate         *today,
                 KwReminderPlanFacts *facts,
                 gboolean            *session_logged,
                 gboolean            *check_in_logged,
                 GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(KwPlan) plan = kw_plan_load_active (store, &local_error);
  g_autoptr(KwPlanWeek) week = NULL;

  kw_reminder_plan_facts_init (facts);
  *session_logged = FALSE;
  *check_in_logged = FALSE;

  if (g_error_matches (local_error, KW_PLAN_ERROR, KW_PLAN_ERROR_NO_ACTIVE_PLAN))
    return TRUE;
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  week = kw_plan_get_week (plan, today);
  for (guint i = 0; i < 7; i++)
    {
      KwPlanDayKind kind = kw_plan_day_get_kind (kw_plan_week_get_day (week, i));

      if (kind == KW_PLAN_DAY_LIGHT || kind == KW_PLAN_DAY_STRENGTH)
        facts->session_days |= 1u << i;
    }

  *session_logged = kw_plan_get_log (plan, today) != NULL;

  /* Yesterday's session was logged and nothing waits for this morning's
   * answer: the check-in is done. */
  {
    GDate yesterday = *today;

    g_date_subtract_days (&yesterday, 1);
    *check_in_logged = kw_plan_get_log (plan, &yesterday) != NULL &&
                       kw_plan_get_pending_check_in (plan, today) == NULL;
  }
  return TRUE;
}

static gboolean
load_return_facts (KwStore               *store,
                   const GDate           *today,
                   KwReminderReturnFacts *facts,
                   GError               **error)
{
  KwReturnStatus status = { 0, };

  kw_reminder_return_facts_init (facts);

  if (!kw_return_status_load (store, today, &status, error))
    return FALSE;

  switch (status.step)
    {
    case KW_RETURN_STEP_RESTING:
    case KW_RETURN_STEP_REASSESS:
    case KW_RETURN_STEP_SEE_SOMEONE:
    case KW_RETURN_STEP_CHECKLIST:
    case KW_RETURN_STEP_RETEST:
      if (g_date_valid (&status.rest.start))
        {
          facts->reassess_on = status.rest.reassess;
          facts->see_someone_on = status.rest.see_someone;
        }
      if (status.step == KW_RETURN_STEP_RETEST && g_date_valid (&status.readiness.retest))
        facts->retest_on = status.readiness.retest;
      break;

    case KW_RETURN_STEP_WALK_RUN:
      if (g_date_valid (&status.walk_run.next_date))
        {
          facts->walk_run_on = status.walk_run.next_date;
          facts->walk_run_level = status.walk_run.level;
        }
      if (status.walk_run.waiting_next_morning && status.runs != NULL && status.runs->len > 0)
        {
          const KwRunLog *last = &g_array_index (status.runs, KwRunLog, status.runs->len - 1);

          facts->next_morning_on = last->date;
          g_date_add_days (&facts->next_morning_on, 1);
        }
      break;

    case KW_RETURN_STEP_NONE:
    case KW_RETURN_STEP_STOPPED:
    case KW_RETURN_STEP_RUNNING:
    default:
      break;
    }

  kw_return_status_clear (&status);
  return TRUE;
}

static gboolean
replace (KwStore     *store,
         const char  *source,
         GPtrArray   *rules,
         gint64       now,
         GError     **error)
{
  g_autoptr(GPtrArray) owned = rules;

  return kw_reminder_store_replace_rules (store, source, owned, now, error);
}

/**
 * kw_reminder_derive_from_store:
 * @store: a #KwStore
 * @tz: the local time zone, for today's date
 * @now: UTC unix time
 * @error: return location for a #KwStoreError
 *
 * Brings the derived rules in line with what is saved: the latest
 * assessment, the active plan and the return to running. A session already logged in the app today is marked done, so
 * its reminder does not come. kneewise-reminders calls this when the app has changed the
 * file and when the date changes.
 *
 * Returns: %TRUE on success
 */
gboolean
kw_reminder_derive_from_store (KwStore    *store,
                               GTimeZone  *tz,
                               gint64      now,
                               GError    **error)
{
  g_autoptr(KwAssessment) assessment = NULL;
  g_autoptr(GError) local_error = NULL;
  GDate assessed_on;
  KwTriage triage = KW_TRIAGE_REDUCE_AND_CONTINUE;

  g_return_val_if_fail (KW_IS_STORE (store), FALSE);
  g_return_val_if_fail (tz != NULL, FALSE);

  g_date_clear (&assessed_on, 1);
  assessment = kw_assessment_load_latest (store, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (assessment != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_timezone (kw_assessment_get_created (assessment),
                                                            tz);

      triage = kw_assessment_get_triage (assessment);
      g_date_set_dmy (&assessed_on, g_date_time_get_day_of_month (local),
                      g_date_time_get_month (local), g_date_time_get_year (local));
    }

  if (!replace (store, KW_REMINDER_SOURCE_ASSESSMENT,
                kw_reminder_derive_assessment_rules (triage, &assessed_on), now, error))
    return FALSE;

  {
    g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (now);
    g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, tz);
    g_autofree char *day = g_date_time_format (local, "%Y-%m-%d");
    KwReminderPlanFacts plan;
    gboolean session_logged, check_in_logged;
    GDate today;

    g_date_set_dmy (&today, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                    g_date_time_get_year (local));

    if (!load_plan_facts (store, &today, &plan, &session_logged, &check_in_logged, error) ||
        !replace (store, KW_REMINDER_SOURCE_PLAN, kw_reminder_derive_plan_rules (&plan), now,
                  error))
      return FALSE;

    /* Logged in the app already: today's session reminder does not come. */
    if (session_logged &&
        !kw_reminder_store_log_done (store, KW_REMINDER_KIND_EXERCISE_SESSION, "today:session",
                                     day, now, error))
      return FALSE;
    if (check_in_logged &&
        !kw_reminder_store_log_done (store, KW_REMINDER_KIND_MORNING_CHECK_IN, "today:check-in",
                                     day, now, error))
      return FALSE;
  }

  {
    g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (now);
    g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, tz);
    KwReminderReturnFacts back;
    GDate today;

    g_date_clear (&today, 1);
    g_date_set_dmy (&today, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                    g_date_time_get_year (local));

    if (!load_return_facts (store, &today, &back, error) ||
        !replace (store, KW_REMINDER_SOURCE_RETURN_TO_RUN,
                  kw_reminder_derive_return_rules (&back), now, error))
      return FALSE;
  }

  return TRUE;
}
