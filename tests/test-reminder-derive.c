/* test-reminder-derive.c: rules that follow the plan and the return to running
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kw-assessment.h"
#include "kw-reminder-derive.h"
#include "kw-reminder-store.h"

static KwReminderRule *
find (GPtrArray  *rules,
      const char *target)
{
  for (guint i = 0; i < rules->len; i++)
    if (g_str_equal (((KwReminderRule *) rules->pdata[i])->target, target))
      return rules->pdata[i];
  return NULL;
}

static void
test_weekdays_after (void)
{
  g_assert_cmpuint (kw_reminder_weekdays_after (KW_WEEKDAY_MONDAY | KW_WEEKDAY_WEDNESDAY |
                                                KW_WEEKDAY_FRIDAY), ==,
                    KW_WEEKDAY_TUESDAY | KW_WEEKDAY_THURSDAY | KW_WEEKDAY_SATURDAY);
  g_assert_cmpuint (kw_reminder_weekdays_after (KW_WEEKDAY_SUNDAY), ==, KW_WEEKDAY_MONDAY);
  g_assert_cmpuint (kw_reminder_weekdays_after (KW_WEEKDAYS_ALL), ==, KW_WEEKDAYS_ALL);
  g_assert_cmpuint (kw_reminder_weekdays_after (0), ==, 0);
}

static void
test_plan_rules (void)
{
  KwReminderPlanFacts facts;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) rules = NULL;
  KwReminderRule *session, *check_in, *see;

  kw_reminder_plan_facts_init (&facts);
  none = kw_reminder_derive_plan_rules (&facts);
  g_assert_cmpuint (none->len, ==, 0);

  facts.session_days = KW_WEEKDAY_MONDAY | KW_WEEKDAY_WEDNESDAY | KW_WEEKDAY_FRIDAY;
  g_date_set_dmy (&facts.see_someone_by, 15, 6, 2026);
  rules = kw_reminder_derive_plan_rules (&facts);
  g_assert_cmpuint (rules->len, ==, 3);

  session = find (rules, "today:session");
  g_assert_cmpint (session->kind, ==, KW_REMINDER_KIND_EXERCISE_SESSION);
  g_assert_cmpuint (session->weekdays, ==, facts.session_days);
  g_assert_cmpuint (session->hour, ==, 18);

  /* The pain check-in is the morning after each session. */
  check_in = find (rules, "today:check-in");
  g_assert_cmpint (check_in->kind, ==, KW_REMINDER_KIND_MORNING_CHECK_IN);
  g_assert_cmpuint (check_in->weekdays, ==,
                    KW_WEEKDAY_TUESDAY | KW_WEEKDAY_THURSDAY | KW_WEEKDAY_SATURDAY);
  g_assert_cmpuint (check_in->hour, ==, 8);

  see = find (rules, "assessment:see-someone");
  g_assert_true (kw_reminder_rule_is_once (see));
  g_assert_cmpuint (see->day, ==, 15);

  for (guint i = 0; i < rules->len; i++)
    g_assert_true (kw_reminder_rule_validate (rules->pdata[i], NULL));
}

static void
test_return_rules (void)
{
  KwReminderReturnFacts facts;
  g_autoptr(GPtrArray) rules = NULL;
  g_autofree char *body = NULL;
  KwReminderRule *walk_run, *morning;

  kw_reminder_return_facts_init (&facts);
  g_date_set_dmy (&facts.walk_run_on, 3, 6, 2026);
  facts.walk_run_level = 3;
  g_date_set_dmy (&facts.next_morning_on, 2, 6, 2026);
  rules = kw_reminder_derive_return_rules (&facts);
  g_assert_cmpuint (rules->len, ==, 2);

  walk_run = find (rules, "return-to-run:walk-run");
  g_assert_cmpint (walk_run->kind, ==, KW_REMINDER_KIND_WALK_RUN_SESSION);
  g_assert_cmpuint (walk_run->year, ==, 2026);
  g_assert_cmpuint (walk_run->month, ==, 6);
  g_assert_cmpuint (walk_run->day, ==, 3);
  body = kw_reminder_rule_dup_body (walk_run);
  g_assert_cmpstr (body, ==, "Level 3. Warm up with a brisk walk, keep an easy pace, and stop "
                             "if the pain rises.");

  morning = find (rules, "return-to-run:next-morning");
  g_assert_cmpint (morning->kind, ==, KW_REMINDER_KIND_MORNING_CHECK_IN);
  g_assert_null (find (rules, "return-to-run:readiness"));
  g_clear_pointer (&rules, g_ptr_array_unref);

  kw_reminder_return_facts_init (&facts);
  g_date_set_dmy (&facts.reassess_on, 5, 6, 2026);
  g_date_set_dmy (&facts.retest_on, 12, 6, 2026);
  g_date_set_dmy (&facts.see_someone_on, 19, 6, 2026);
  rules = kw_reminder_derive_return_rules (&facts);
  g_assert_cmpuint (rules->len, ==, 3);
  g_assert_cmpint (find (rules, "return-to-run:reassess")->kind, ==, KW_REMINDER_KIND_REASSESSMENT);
  g_assert_cmpint (find (rules, "return-to-run:readiness")->kind, ==,
                   KW_REMINDER_KIND_READINESS_RETEST);
  g_assert_cmpint (find (rules, "return-to-run:see-someone")->kind, ==,
                   KW_REMINDER_KIND_SEE_SOMEONE);
}

/* Derived rules in the store, scheduled: a Friday session's check-in comes
 * on Saturday at 08:00, and a changed plan keeps what already fired. */
static void
test_derived_rules_fire (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KwStore) store = kw_store_open_default (&error);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GPtrArray) rules = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GDateTime) monday = g_date_time_new_utc (2026, 6, 1, 0, 0, 0);
  g_autoptr(GDateTime) friday_night = g_date_time_new_utc (2026, 6, 5, 20, 0, 0);
  KwReminderPlanFacts facts;
  KwReminderRule *check_in;
  gint64 fire;

  g_assert_no_error (error);
  kw_reminder_plan_facts_init (&facts);
  facts.session_days = KW_WEEKDAY_MONDAY | KW_WEEKDAY_FRIDAY;
  rules = kw_reminder_derive_plan_rules (&facts);
  g_assert_true (kw_reminder_store_replace_rules (store, KW_REMINDER_SOURCE_PLAN, rules,
                                                  g_date_time_to_unix (monday), &error));
  g_assert_no_error (error);

  listed = kw_reminder_store_list_rules (store, &error);
  check_in = find (listed, "today:check-in");
  fire = kw_schedule_next_fire (check_in, NULL, utc, g_date_time_to_unix (friday_night));
  {
    g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (fire);
    g_autofree char *s = g_date_time_format (dt, "%a %F %H:%M");
    g_assert_cmpstr (s, ==, "Sat 2026-06-06 08:00");
  }
  g_clear_pointer (&listed, g_ptr_array_unref);
  g_clear_pointer (&rules, g_ptr_array_unref);

  /* Without a plan, its rules go. */
  kw_reminder_plan_facts_init (&facts);
  rules = kw_reminder_derive_plan_rules (&facts);
  g_assert_true (kw_reminder_store_replace_rules (store, KW_REMINDER_SOURCE_PLAN, rules,
                                                  g_date_time_to_unix (monday), &error));
  listed = kw_reminder_store_list_rules (store, &error);
  g_assert_cmpuint (listed->len, ==, 0);
}

/* A saved assessment that says "see someone soon" gives one reminder a
 * week later; a newer one that does not takes it away. */
static void
test_from_assessment (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KwStore) store = kw_store_open_default (&error);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) monday = g_date_time_new_utc (2026, 6, 1, 9, 30, 0);
  g_autoptr(GDateTime) later = g_date_time_new_utc (2026, 6, 3, 9, 30, 0);
  g_autoptr(KwAnswers) answers = NULL;
  g_autoptr(KwAssessment) worrying = NULL;
  g_autoptr(KwAssessment) mild = NULL;
  g_autoptr(GPtrArray) rules = NULL;
  KwReminderRule *see;

  g_assert_no_error (error);
  answers = kw_answers_new_from_data ("[answers]\nlocations=front\nfeel=ache\n"
                                      "onset=gradual\nswelling=none\n"
                                      "pain-now=1\npain-running=2\n"
                                      "settles-within-48h=true\ndays=5\nage=30\n",
                                      -1, "mild", &error);
  g_assert_no_error (error);

  /* Nothing saved yet: no rules, no error. */
  g_assert_true (kw_reminder_derive_from_store (store, utc, g_date_time_to_unix (monday), &error));
  g_assert_no_error (error);
  rules = kw_reminder_store_list_rules (store, NULL);
  g_assert_cmpuint (rules->len, ==, 0);
  g_clear_pointer (&rules, g_ptr_array_unref);

  kw_answers_set_flag (answers, "getting-worse", TRUE);
  worrying = kw_assessment_new_at (answers, monday);
  g_assert_cmpint (kw_assessment_get_triage (worrying), ==, KW_TRIAGE_SEE_CLINICIAN);
  g_assert_true (kw_assessment_save (worrying, store, &error));
  g_assert_true (kw_reminder_derive_from_store (store, utc, g_date_time_to_unix (monday), &error));

  rules = kw_reminder_store_list_rules (store, NULL);
  g_assert_cmpuint (rules->len, ==, 1);
  see = rules->pdata[0];
  g_assert_cmpint (see->kind, ==, KW_REMINDER_KIND_SEE_SOMEONE);
  g_assert_cmpstr (see->target, ==, "assessment:see-someone");
  g_assert_cmpuint (see->year, ==, 2026);
  g_assert_cmpuint (see->month, ==, 6);
  g_assert_cmpuint (see->day, ==, 8);
  g_clear_pointer (&rules, g_ptr_array_unref);

  kw_answers_set_flag (answers, "getting-worse", FALSE);
  mild = kw_assessment_new_at (answers, later);
  g_assert_true (kw_assessment_save (mild, store, &error));
  g_assert_true (kw_reminder_derive_from_store (store, utc, g_date_time_to_unix (later), &error));
  rules = kw_reminder_store_list_rules (store, NULL);
  g_assert_cmpuint (rules->len, ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/reminder-derive/weekdays-after", test_weekdays_after);
  g_test_add_func ("/reminder-derive/plan", test_plan_rules);
  g_test_add_func ("/reminder-derive/return-to-run", test_return_rules);
  g_test_add_func ("/reminder-derive/derived-rules-fire", test_derived_rules_fire);
  g_test_add_func ("/reminder-derive/from-assessment", test_from_assessment);

  return g_test_run ();
}
