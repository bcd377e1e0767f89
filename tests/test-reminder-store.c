/* test-reminder-store.c: reminder rules, the fired log and preferences in SQLite
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kw-reminder-store.h"

static GTimeZone *utc;

static gint64
at (int year, int month, int day, int hour, int minute)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (year, month, day, hour, minute, 0);

  return g_date_time_to_unix (dt);
}

static KwStore *
open_store (void)
{
  g_autoptr(GError) error = NULL;
  KwStore *store = kw_store_open_default (&error);

  g_assert_no_error (error);
  return store;
}

static KwReminderRule *
find_rule (GPtrArray  *rules,
           const char *target)
{
  for (guint i = 0; i < rules->len; i++)
    {
      KwReminderRule *rule = g_ptr_array_index (rules, i);

      if (g_strcmp0 (rule->target, target) == 0)
        return rule;
    }

  return NULL;
}

static void
count_changed (KwStore    *store,
               const char *what,
               gpointer    user_data)
{
  g_assert_cmpstr (what, ==, "reminders");
  (*(guint *) user_data)++;
}

static void
test_rules_round_trip (void)
{
  g_autoptr(KwStore) store = open_store ();
  g_autoptr(KwReminderRule) weekly =
    kw_reminder_rule_new_weekly (KW_REMINDER_KIND_EXERCISE_SESSION, 18, 30,
                                 KW_WEEKDAY_MONDAY | KW_WEEKDAY_THURSDAY, "session:week-1");
  g_autoptr(KwReminderRule) once =
    kw_reminder_rule_new_once (KW_REMINDER_KIND_SEE_SOMEONE, 9, 0, 2026, 12, 31, "see-someone");
  g_autoptr(GPtrArray) rules = NULL;
  g_autoptr(GError) error = NULL;
  KwReminderRule *rule;
  guint changes = 0;

  g_signal_connect (store, "changed::reminders", G_CALLBACK (count_changed), &changes);

  weekly->label = g_strdup ("Week 1, phase 1");
  g_assert_true (kw_reminder_store_add_rule (store, KW_REMINDER_SOURCE_PLAN, weekly,
                                             at (2026, 6, 1, 12, 0), &error));
  g_assert_no_error (error);
  g_assert_cmpint (weekly->id, >, 0);
  g_assert_true (kw_reminder_store_add_rule (store, KW_REMINDER_SOURCE_USER, once,
                                             at (2026, 6, 1, 12, 0), &error));
  g_assert_cmpuint (changes, ==, 2);

  rules = kw_reminder_store_list_rules (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rules->len, ==, 2);

  rule = find_rule (rules, "session:week-1");
  g_assert_cmpint (rule->id, ==, weekly->id);
  g_assert_cmpint (rule->kind, ==, KW_REMINDER_KIND_EXERCISE_SESSION);
  g_assert_cmpuint (rule->hour, ==, 18);
  g_assert_cmpuint (rule->minute, ==, 30);
  g_assert_cmpuint (rule->weekdays, ==, KW_WEEKDAY_MONDAY | KW_WEEKDAY_THURSDAY);
  g_assert_false (kw_reminder_rule_is_once (rule));
  g_assert_cmpstr (rule->label, ==, "Week 1, phase 1");
  g_assert_true (rule->enabled);
  g_assert_cmpint (rule->active_since, ==, at (2026, 6, 1, 12, 0));
  g_assert_cmpint (rule->last_fired, ==, 0);
  g_assert_cmpint (rule->snoozed_until, ==, 0);

  rule = find_rule (rules, "see-someone");
  g_assert_true (kw_reminder_rule_is_once (rule));
  g_assert_cmpuint (rule->year, ==, 2026);
  g_assert_cmpuint (rule->month, ==, 12);
  g_assert_cmpuint (rule->day, ==, 31);
  g_assert_cmpuint (rule->weekdays, ==, 0);
  g_assert_null (rule->label);
}

static void
test_invalid_rule_refused (void)
{
  g_autoptr(KwStore) store = open_store ();
  g_autoptr(KwReminderRule) good =
    kw_reminder_rule_new_weekly (KW_REMINDER_KIND_WALK_RUN_SESSION, 7, 0, KW_WEEKDAY_SATURDAY,
                                 "walk-run:1");
  g_autoptr(KwReminderRule) bad =
    kw_reminder_rule_new_weekly (KW_REMINDER_KIND_WALK_RUN_SESSION, 7, 75, KW_WEEKDAY_SATURDAY,
                                 "walk-run:2");
  g_autoptr(GPtrArray) set = g_ptr_array_new ();
  g_autoptr(GPtrArray) rules = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (kw_reminder_store_add_rule (store, KW_REMINDER_SOURCE_RETURN_TO_RUN, good, 0,
                                             &error));

  g_assert_false (kw_reminder_store_add_rule (store, KW_REMINDER_SOURCE_RETURN_TO_RUN, bad, 0,
                                              &error));
  g_assert_error (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "7:75 is not a time of day. Use a time from 00:00 to 23:59.");
  g_clear_error (&error);

  /* A set with one bad rule changes nothing, not even the good one's time. */
  good->hour = 8;
  g_ptr_array_add (set, good);
  g_ptr_array_add (set, bad);
  g_assert_false (kw_reminder_store_replace_rules (store, KW_REMINDER_SOURCE_RETURN_TO_RUN, set,
                                                   0, &error));
  g_assert_error (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID);

  rules = kw_reminder_store_list_rules (store, NULL);
  g_assert_cmpuint (rules->len, ==, 1);
  g_assert_cmpuint (((KwReminderRule *) rules->pdata[0])->hour, ==, 7);
}

static KwScheduleDue *
first_due (KwStore *store,
           gint64   now)
{
  g_autoptr(GPtrArray) rules = kw_reminder_store_list_rules (store, NULL);
  g_autoptr(GPtrArray) due = NULL;
  KwQuietHours quiet;

  kw_reminder_store_get_quiet_hours (store, &quiet);
  due = kw_schedule_collect_due (rules, &quiet, utc, now);
  if (due->len == 0)
    return NULL;
  return g_ptr_array_steal_index (due, 0);
}

static void
test_replace_keeps_history (void)
{
  g_autoptr(KwStore) store = open_store ();
  g_autoptr(GPtrArray) plan = g_ptr_array_new_with_free_func ((GDestroyNotify) kw_reminder_rule_free);
  g_autoptr(GPtrArray) rules = NULL;
  g_autoptr(KwReminderRule) mine =
    kw_reminder_rule_new_weekly (KW_REMINDER_KIND_REASSESSMENT, 10, 0, KW_WEEKDAY_SUNDAY, "mine");
  g_autoptr(KwScheduleDue) due = NULL;
  g_autoptr(GError) error = NULL;
  gint64 fired_id = 0;
  gint64 kept_id;

  g_assert_true (kw_reminder_store_add_rule (store, KW_REMINDER_SOURCE_USER, mine,
                                             at (2026, 6, 1, 0, 0), &error));

  g_ptr_array_add (plan, kw_reminder_rule_new_weekly (KW_REMINDER_KIND_EXERCISE_SESSION, 18, 0,
                                                      KW_WEEKDAY_MONDAY, "session"));
  g_ptr_array_add (plan, kw_reminder_rule_new_weekly (KW_REMINDER_KIND_MORNING_CHECK_IN, 8, 0,
                                                      KW_WEEKDAY_TUESDAY, "check-in"));
  g_assert_true (kw_reminder_store_replace_rules (store, KW_REMINDER_SOURCE_PLAN, plan,
                                                  at (2026, 6, 1, 0, 0), &error));
  g_assert_no_error (error);
  kept_id = ((KwReminderRule *) plan->pdata[0])->id;

  /* Monday 2026-06-01 18:00 fires. */
  due = first_due (store, at (2026, 6, 1, 18, 0));
  g_assert_nonnull (due);
  g_assert_cmpstr (due->rule->target, ==, "session");
  g_assert_true (kw_reminder_store_record_fired (store, due, utc, at (2026, 6, 1, 18, 0),
                                                 &fired_id, &error));
  g_assert_cmpint (fired_id, >, 0);

  /* The plan changes: the session moves to 19:00, the check-in goes. */
  g_ptr_array_set_size (plan, 0);
  g_ptr_array_add (plan, kw_reminder_rule_new_weekly (KW_REMINDER_KIND_EXERCISE_SESSION, 19, 0,
                                                      KW_WEEKDAY_MONDAY, "session"));
  g_ptr_array_add (plan, kw_reminder_rule_new_once (KW_REMINDER_KIND_REASSESSMENT, 10, 0,
                                                    2026, 6, 15, "reassess"));
  g_assert_true (kw_reminder_store_replace_rules (store, KW_REMINDER_SOURCE_PLAN, plan,
                                                  at (2026, 6, 1, 18, 30), &error));

  rules = kw_reminder_store_list_rules (store, NULL);
  g_assert_cmpuint (rules->len, ==, 3);
  g_assert_nonnull (find_rule (rules, "mine"));
  g_assert_null (find_rule (rules, "check-in"));
  g_assert_cmpint (find_rule (rules, "session")->id, ==, kept_id);
  g_assert_cmpuint (find_rule (rules, "session")->hour, ==, 19);
  g_assert_cmpint (find_rule (rules, "session")->last_fired, ==, at (2026, 6, 1, 18, 0));
  g_assert_cmpint (find_rule (rules, "reassess")->active_since, ==, at (2026, 6, 1, 18, 30));
}

static void
test_fired_once (void)
{
  g_autoptr(KwStore) store = open_store ();
  g_autoptr(KwStore) other = open_store ();
  g_autoptr(KwReminderRule) rule =
    kw_reminder_rule_new_weekly (KW_REMINDER_KIND_EXERCISE_SESSION, 18, 0, KW_WEEKDAYS_ALL,
                                 "session:daily");
  g_autoptr(KwScheduleDue) due = NULL;
  g_autoptr(GError) error = NULL;
  gint64 now = at (2026, 6, 1, 18, 0);
  gint64 id1 = 0, id2 = -1, id3 = -1;

  g_assert_true (kw_reminder_store_add_rule (store, KW_REMINDER_SOURCE_PLAN, rule, 0, &error));

  due = first_due (store, now);
  g_assert_nonnull (due);
  g_assert_true (kw_reminder_store_record_fired (store, due, utc, now, &id1, &error));
  g_assert_true (kw_reminder_store_record_fired (store, due, utc, now, &id2, &error));
  /* Another process that saw the same occurrence due before the first
   * recorded it (the app, or a second service) does not show it again. */
  g_assert_true (kw_reminder_store_record_fired (other, due, utc, now, &id3, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id1, >, 0);
  g_assert_cmpint (id2, ==, 0);
  g_assert_cmpint (id3, ==, 0);
  g_assert_cmpuint (kw_reminder_store_count_fired (store), ==, 1);

  /* And it is not due any more. */
  g_clear_pointer (&due, kw_schedule_due_free);
  g_assert_null (first_due (other, now + 60));
}

static void
test_done_and_snooze (void)
{
  g_autoptr(KwStore) store = open_store ();
  g_autoptr(KwReminderRule) rule =
    kw_reminder_rule_new_weekly (KW_REMINDER_KIND_EXERCISE_SESSION, 18, 0, KW_WEEKDAYS_ALL,
                                 "session:daily");
  g_autoptr(KwScheduleDue) due = NULL;
  g_autoptr(GPtrArray) rules = NULL;
  g_autoptr(GError) error = NULL;
  gint64 fired_id = 0, again = 0;

  g_assert_true (kw_reminder_store_add_rule (store, KW_REMINDER_SOURCE_PLAN, rule, 0, &error));

  /* Monday: snoozed at 18:01, back at 18:16, then done. */
  due = first_due (store, at (2026, 6, 1, 18, 0));
  g_assert_true (kw_reminder_store_record_fired (store, due, utc, at (2026, 6, 1, 18, 0),
                                                 &fired_id, &error));
  g_clear_pointer (&due, kw_schedule_due_free);
  g_assert_true (kw_reminder_store_snooze (store, fired_id, at (2026, 6, 1, 18, 1), &error));
  g_assert_no_error (error);

  rules = kw_reminder_store_list_rules (store, NULL);
  g_assert_cmpint (((KwReminderRule *) rules->pdata[0])->snoozed_until, ==, at (2026, 6, 1, 18, 16));

  g_assert_null (first_due (store, at (2026, 6, 1, 18, 15)));
  due = first_due (store, at (2026, 6, 1, 18, 16));
  g_assert_nonnull (due);
  g_assert_true (due->snoozed);
  g_assert_true (kw_reminder_store_record_fired (store, due, utc, at (2026, 6, 1, 18, 16),
                                                 &again, &error));
  g_assert_cmpint (again, >, fired_id);
  g_clear_pointer (&due, kw_schedule_due_free);
  g_assert_null (first_due (store, at (2026, 6, 1, 18, 40)));

  g_assert_false (kw_reminder_store_is_done (store, "session:daily", "2026-06-01"));
  g_assert_true (kw_reminder_store_mark_done (store, again, utc, at (2026, 6, 1, 18, 45), &error));
  g_assert_no_error (error);
  g_assert_true (kw_reminder_store_is_done (store, "session:daily", "2026-06-01"));
  g_assert_false (kw_reminder_store_is_done (store, "session:daily", "2026-06-02"));

  /* An item done for its day is not reminded again that day. */
  g_assert_true (kw_reminder_store_snooze (store, again, at (2026, 6, 1, 18, 50), &error));
  due = first_due (store, at (2026, 6, 1, 19, 10));
  g_assert_nonnull (due);
  g_assert_true (kw_reminder_store_record_fired (store, due, utc, at (2026, 6, 1, 19, 10),
                                                 &again, &error));
  g_assert_cmpint (again, ==, 0);
  g_clear_pointer (&due, kw_schedule_due_free);

  /* Logged in the app before the reminder came: it does not come. */
  g_assert_true (kw_reminder_store_log_done (store, KW_REMINDER_KIND_EXERCISE_SESSION,
                                             "session:daily", "2026-06-02", 0, &error));
  g_assert_true (kw_reminder_store_log_done (store, KW_REMINDER_KIND_EXERCISE_SESSION,
                                             "session:daily", "2026-06-02", 0, &error));
  g_assert_no_error (error);
  due = first_due (store, at (2026, 6, 2, 18, 0));
  g_assert_nonnull (due);
  g_assert_true (kw_reminder_store_record_fired (store, due, utc, at (2026, 6, 2, 18, 0),
                                                 &again, &error));
  g_assert_cmpint (again, ==, 0);
  g_clear_pointer (&due, kw_schedule_due_free);
  g_assert_false (kw_reminder_store_log_done (store, KW_REMINDER_KIND_EXERCISE_SESSION,
                                              "session:daily", "2026-02-30", 0, &error));
  g_assert_cmpstr (error->message, ==,
                   "“2026-02-30” is not a date. Write it as year-month-day, like 2026-06-01.");
  g_clear_error (&error);

  /* A reminder that no longer exists says so. */
  g_assert_false (kw_reminder_store_mark_done (store, 9999, utc, 0, &error));
  g_assert_error (error, KW_STORE_ERROR, KW_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==,
                   "This reminder no longer exists: the plan may have changed since it was shown.");
  g_clear_error (&error);
  g_assert_false (kw_reminder_store_snooze (store, 9999, 0, &error));
  g_assert_error (error, KW_STORE_ERROR, KW_STORE_ERROR_NOT_FOUND);
}

static void
test_settings (void)
{
  g_autoptr(KwStore) store = open_store ();
  g_autoptr(KwReminderRule) rule =
    kw_reminder_rule_new_weekly (KW_REMINDER_KIND_EXERCISE_SESSION, 18, 0, KW_WEEKDAY_MONDAY,
                                 "session");
  g_autoptr(GPtrArray) rules = NULL;
  g_autoptr(GError) error = NULL;
  KwQuietHours quiet, bad = { 25, 0, 7, 0 };
  KwQuietHours late = { 23, 30, 6, 15 };
  KwReminderKindSettings kind;

  g_assert_false (kw_reminder_store_get_enabled (store));
  g_assert_true (kw_reminder_store_set_enabled (store, TRUE, &error));
  g_assert_true (kw_reminder_store_get_enabled (store));

  kw_reminder_store_get_quiet_hours (store, &quiet);
  g_assert_cmpuint (quiet.start_hour, ==, 22);
  g_assert_cmpuint (quiet.end_hour, ==, 7);
  g_assert_true (kw_reminder_store_set_quiet_hours (store, &late, &error));
  kw_reminder_store_get_quiet_hours (store, &quiet);
  g_assert_cmpmem (&quiet, sizeof quiet, &late, sizeof late);
  g_assert_false (kw_reminder_store_set_quiet_hours (store, &bad, &error));
  g_assert_cmpstr (error->message, ==,
                   "Quiet hours must start and end at a time of day, from 00:00 to 23:59.");
  g_clear_error (&error);
  kw_reminder_store_get_quiet_hours (store, &quiet);
  g_assert_cmpmem (&quiet, sizeof quiet, &late, sizeof late);

  g_assert_true (kw_reminder_store_add_rule (store, KW_REMINDER_SOURCE_PLAN, rule, 0, &error));

  kw_reminder_store_get_kind_settings (store, KW_REMINDER_KIND_EXERCISE_SESSION, &kind);
  g_assert_true (kind.enabled);
  g_assert_cmpuint (kind.hour, ==, 18);
  g_assert_cmpuint (kind.weekdays, ==, 0);

  /* The kind's time and days win over the rule's; turning it off disables it. */
  kind.hour = 7;
  kind.minute = 45;
  kind.weekdays = KW_WEEKDAY_SATURDAY | KW_WEEKDAY_SUNDAY;
  g_assert_true (kw_reminder_store_set_kind_settings (store, KW_REMINDER_KIND_EXERCISE_SESSION,
                                                      &kind, &error));
  rules = kw_reminder_store_list_rules (store, NULL);
  g_assert_cmpuint (((KwReminderRule *) rules->pdata[0])->hour, ==, 7);
  g_assert_cmpuint (((KwReminderRule *) rules->pdata[0])->minute, ==, 45);
  g_assert_cmpuint (((KwReminderRule *) rules->pdata[0])->weekdays, ==,
                    KW_WEEKDAY_SATURDAY | KW_WEEKDAY_SUNDAY);
  g_assert_true (((KwReminderRule *) rules->pdata[0])->enabled);
  g_clear_pointer (&rules, g_ptr_array_unref);

  kind.enabled = FALSE;
  g_assert_true (kw_reminder_store_set_kind_settings (store, KW_REMINDER_KIND_EXERCISE_SESSION,
                                                      &kind, &error));
  rules = kw_reminder_store_list_rules (store, NULL);
  g_assert_false (((KwReminderRule *) rules->pdata[0])->enabled);

  kind.minute = 60;
  g_assert_false (kw_reminder_store_set_kind_settings (store, KW_REMINDER_KIND_EXERCISE_SESSION,
                                                       &kind, &error));
  g_assert_error (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID);
  kw_reminder_store_get_kind_settings (store, KW_REMINDER_KIND_EXERCISE_SESSION, &kind);
  g_assert_cmpuint (kind.minute, ==, 45);
  g_assert_false (kind.enabled);

  /* Other kinds keep their defaults. */
  kw_reminder_store_get_kind_settings (store, KW_REMINDER_KIND_MORNING_CHECK_IN, &kind);
  g_assert_true (kind.enabled);
  g_assert_cmpuint (kind.hour, ==, 8);
}

/* The service notices changes made by the app through PRAGMA data_version. */
static void
test_data_version (void)
{
  g_autoptr(KwStore) service = open_store ();
  g_autoptr(KwStore) app = open_store ();
  g_autoptr(GError) error = NULL;
  gint64 before = kw_reminder_store_get_data_version (service);
  KwQuietHours none = { 0, 0, 0, 0 };

  g_assert_cmpint (before, >=, 0);
  g_assert_cmpint (kw_reminder_store_get_data_version (service), ==, before);
  g_assert_true (kw_reminder_store_set_quiet_hours (app, &none, &error));
  g_assert_cmpint (kw_reminder_store_get_data_version (service), !=, before);
}

int
main (int argc, char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  utc = g_time_zone_new_utc ();

  g_test_add_func ("/reminder-store/rules-round-trip", test_rules_round_trip);
  g_test_add_func ("/reminder-store/invalid-rule-refused", test_invalid_rule_refused);
  g_test_add_func ("/reminder-store/replace-keeps-history", test_replace_keeps_history);
  g_test_add_func ("/reminder-store/fired-once", test_fired_once);
  g_test_add_func ("/reminder-store/done-and-snooze", test_done_and_snooze);
  g_test_add_func ("/reminder-store/settings", test_settings);
  g_test_add_func ("/reminder-store/data-version", test_data_version);

  ret = g_test_run ();
  g_time_zone_unref (utc);
  return ret;
}
