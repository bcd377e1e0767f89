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
#include "kw-reminder-derive.h"
#include "kw-reminder-store.h"

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
 * assessment (and, as they are added, the plan and the return to
 * running). kneewise-reminders calls this when the app has changed the
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

  return replace (store, KW_REMINDER_SOURCE_ASSESSMENT,
                  kw_reminder_derive_assessment_rules (triage, &assessed_on), now, error);
}
