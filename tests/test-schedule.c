/* test-schedule.c: when reminders fire, under Europe/Berlin
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Time is injected everywhere; nothing here waits. Times are compared as
 * the local clock a user would read ("2026-03-29 03:00+0200").
 */

#include "config.h"

#include <string.h>
#include <time.h>

#include "kw-schedule.h"
#include "kw-store.h"

static GTimeZone *berlin;

/* A Berlin wall-clock time as UTC unix time; @offset is the UTC offset in
 * hours the clock shows then (1 in winter, 2 in summer). */
static gint64
at (int year, int month, int day, int hour, int minute, int offset)
{
  g_autoptr(GDateTime) utc = g_date_time_new_utc (year, month, day, hour, minute, 0);

  return g_date_time_to_unix (utc) - offset * 3600;
}

static char *
local (gint64 time)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) dt = NULL;

  if (time == 0)
    return g_strdup ("never");

  utc = g_date_time_new_from_unix_utc (time);
  dt = g_date_time_to_timezone (utc, berlin);
  return g_date_time_format (dt, "%Y-%m-%d %a %H:%M%z");
}

#define assert_local(time, expected) \
  G_STMT_START { \
    g_autofree char *_s = local (time); \
    g_assert_cmpstr (_s, ==, expected); \
  } G_STMT_END

static KwReminderRule *
daily (guint hour, guint minute)
{
  return kw_reminder_rule_new_weekly (KW_REMINDER_KIND_EXERCISE_SESSION, hour, minute,
                                      KW_WEEKDAYS_ALL, "session:daily");
}

static void
test_timezone_from_environment (void)
{
  g_autoptr(GTimeZone) tz = kw_schedule_dup_local_timezone ();
  gint64 winter = at (2026, 1, 15, 12, 0, 1);
  gint64 summer = at (2026, 7, 15, 12, 0, 2);

  g_assert_cmpint (g_time_zone_get_offset (tz, g_time_zone_find_interval (tz, G_TIME_TYPE_UNIVERSAL, winter)), ==, 3600);
  g_assert_cmpint (g_time_zone_get_offset (tz, g_time_zone_find_interval (tz, G_TIME_TYPE_UNIVERSAL, summer)), ==, 7200);
}

static void
test_spring_forward (void)
{
  g_autoptr(KwReminderRule) rule = daily (2, 30);
  gint64 t;

  /* 2026-03-29: clocks jump from 02:00 to 03:00; 02:30 does not exist. */
  assert_local (kw_schedule_local_instant (berlin, 2026, 3, 29, 1, 59), "2026-03-29 Sun 01:59+0100");
  assert_local (kw_schedule_local_instant (berlin, 2026, 3, 29, 2, 0), "2026-03-29 Sun 03:00+0200");
  assert_local (kw_schedule_local_instant (berlin, 2026, 3, 29, 2, 30), "2026-03-29 Sun 03:00+0200");
  assert_local (kw_schedule_local_instant (berlin, 2026, 3, 29, 3, 0), "2026-03-29 Sun 03:00+0200");
  assert_local (kw_schedule_local_instant (berlin, 2026, 3, 29, 3, 1), "2026-03-29 Sun 03:01+0200");

  t = kw_schedule_next_occurrence (rule, berlin, at (2026, 3, 28, 12, 0, 1));
  assert_local (t, "2026-03-29 Sun 03:00+0200");
  t = kw_schedule_next_occurrence (rule, berlin, t);
  assert_local (t, "2026-03-30 Mon 02:30+0200");

  /* A rule at 08:00 stays at 08:00 on the wall clock: only 23 h apart. */
  rule->hour = 8;
  rule->minute = 0;
  t = kw_schedule_next_occurrence (rule, berlin, at (2026, 3, 28, 12, 0, 1));
  assert_local (t, "2026-03-29 Sun 08:00+0200");
  g_assert_cmpint (t - kw_schedule_next_occurrence (rule, berlin, at (2026, 3, 27, 12, 0, 1)),
                   ==, 23 * 3600);
}

static void
test_fall_back (void)
{
  g_autoptr(KwReminderRule) rule = daily (2, 30);
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GPtrArray) rules = g_ptr_array_new ();
  gint64 first, t;

  /* 2026-10-25: clocks go back from 03:00 to 02:00; 02:30 happens twice. */
  first = kw_schedule_local_instant (berlin, 2026, 10, 25, 2, 30);
  assert_local (first, "2026-10-25 Sun 02:30+0200");

  t = kw_schedule_next_occurrence (rule, berlin, at (2026, 10, 24, 12, 0, 2));
  g_assert_cmpint (t, ==, first);

  /* Once fired, the second 02:30 (an hour later) does not fire again. */
  t = kw_schedule_next_occurrence (rule, berlin, first);
  assert_local (t, "2026-10-26 Mon 02:30+0100");

  rule->active_since = at (2026, 10, 24, 12, 0, 2);
  g_ptr_array_add (rules, rule);
  due = kw_schedule_collect_due (rules, NULL, berlin, at (2026, 10, 25, 2, 31, 2));
  g_assert_cmpuint (due->len, ==, 1);
  g_assert_cmpint (((KwScheduleDue *) due->pdata[0])->occurrence, ==, first);
  g_clear_pointer (&due, g_ptr_array_unref);

  rule->last_fired = first;
  due = kw_schedule_collect_due (rules, NULL, berlin, at (2026, 10, 25, 2, 45, 1));
  g_assert_cmpuint (due->len, ==, 0);
  assert_local (kw_schedule_next_fire (rule, NULL, berlin, G_MININT64), "2026-10-26 Mon 02:30+0100");

  /* An 08:00 rule keeps 08:00: 25 h between Saturday's and Sunday's. */
  rule->hour = 8;
  rule->minute = 0;
  t = kw_schedule_next_occurrence (rule, berlin, at (2026, 10, 24, 12, 0, 2));
  assert_local (t, "2026-10-25 Sun 08:00+0100");
  g_assert_cmpint (t - kw_schedule_next_occurrence (rule, berlin, at (2026, 10, 23, 12, 0, 2)),
                   ==, 25 * 3600);
}

static void
test_month_and_year_ends (void)
{
  g_autoptr(KwReminderRule) tuesday =
    kw_reminder_rule_new_weekly (KW_REMINDER_KIND_WALK_RUN_SESSION, 7, 15,
                                 KW_WEEKDAY_TUESDAY, "walk-run:1");
  g_autoptr(KwReminderRule) thursday =
    kw_reminder_rule_new_weekly (KW_REMINDER_KIND_EXERCISE_SESSION, 18, 0,
                                 KW_WEEKDAY_THURSDAY, "session:thu");
  g_autoptr(KwReminderRule) late = daily (23, 30);
  g_autoptr(KwReminderRule) leap = NULL;
  gint64 t;

  t = kw_schedule_next_occurrence (tuesday, berlin, at (2026, 1, 30, 9, 0, 1));
  assert_local (t, "2026-02-03 Tue 07:15+0100");
  t = kw_schedule_next_occurrence (tuesday, berlin, at (2026, 4, 28, 7, 15, 2));
  assert_local (t, "2026-05-05 Tue 07:15+0200");

  t = kw_schedule_next_occurrence (thursday, berlin, at (2026, 12, 30, 20, 0, 1));
  assert_local (t, "2026-12-31 Thu 18:00+0100");
  t = kw_schedule_next_occurrence (thursday, berlin, t);
  assert_local (t, "2027-01-07 Thu 18:00+0100");

  t = kw_schedule_next_occurrence (late, berlin, at (2026, 12, 31, 23, 45, 1));
  assert_local (t, "2027-01-01 Fri 23:30+0100");

  t = kw_schedule_next_occurrence (late, berlin, at (2028, 2, 28, 23, 45, 1));
  assert_local (t, "2028-02-29 Tue 23:30+0100");

  /* A one-off fires on its date and never again. */
  leap = kw_reminder_rule_new_once (KW_REMINDER_KIND_REASSESSMENT, 10, 0, 2028, 2, 29,
                                    "assessment");
  t = kw_schedule_next_occurrence (leap, berlin, at (2027, 12, 31, 12, 0, 1));
  assert_local (t, "2028-02-29 Tue 10:00+0100");
  g_assert_cmpint (kw_schedule_next_occurrence (leap, berlin, t), ==, 0);
}

static void
test_snooze (void)
{
  g_autoptr(KwReminderRule) rule = daily (18, 0);
  g_autoptr(GPtrArray) rules = g_ptr_array_new ();
  g_autoptr(GPtrArray) due = NULL;
  gint64 fired = at (2026, 6, 1, 18, 0, 2);
  gint64 pressed = at (2026, 6, 1, 18, 2, 2);
  KwScheduleDue *entry;

  g_ptr_array_add (rules, rule);
  rule->active_since = at (2026, 6, 1, 9, 0, 2);
  rule->last_fired = fired;
  rule->snoozed_until = pressed + KW_SCHEDULE_SNOOZE_SECONDS;

  assert_local (kw_schedule_next_fire (rule, NULL, berlin, pressed), "2026-06-01 Mon 18:17+0200");

  due = kw_schedule_collect_due (rules, NULL, berlin, at (2026, 6, 1, 18, 16, 2));
  g_assert_cmpuint (due->len, ==, 0);
  g_clear_pointer (&due, g_ptr_array_unref);

  due = kw_schedule_collect_due (rules, NULL, berlin, at (2026, 6, 1, 18, 17, 2));
  g_assert_cmpuint (due->len, ==, 1);
  entry = due->pdata[0];
  g_assert_true (entry->snoozed);
  g_assert_cmpuint (entry->n_occurrences, ==, 0);
  g_assert_cmpint (entry->occurrence, ==, fired);
  g_assert_false (entry->missed);
  g_clear_pointer (&due, g_ptr_array_unref);

  /* Fired again once: with the snooze cleared, nothing until tomorrow. */
  rule->snoozed_until = 0;
  due = kw_schedule_collect_due (rules, NULL, berlin, at (2026, 6, 1, 18, 40, 2));
  g_assert_cmpuint (due->len, ==, 0);
  assert_local (kw_schedule_next_fire (rule, NULL, berlin, G_MININT64), "2026-06-02 Tue 18:00+0200");
}

static void
test_quiet_hours (void)
{
  KwQuietHours night = { 22, 0, 7, 0 };
  KwQuietHours lunch = { 12, 0, 14, 0 };
  KwQuietHours none = { 9, 0, 9, 0 };
  g_autoptr(KwReminderRule) rule = daily (23, 0);
  g_autoptr(KwReminderRule) early = daily (6, 30);
  g_autoptr(GPtrArray) rules = g_ptr_array_new ();
  g_autoptr(GPtrArray) due = NULL;
  KwScheduleDue *entry;

  g_assert_false (kw_quiet_hours_contains (&night, berlin, at (2026, 6, 1, 21, 59, 2)));
  g_assert_true (kw_quiet_hours_contains (&night, berlin, at (2026, 6, 1, 22, 0, 2)));
  g_assert_true (kw_quiet_hours_contains (&night, berlin, at (2026, 6, 2, 6, 59, 2)));
  g_assert_false (kw_quiet_hours_contains (&night, berlin, at (2026, 6, 2, 7, 0, 2)));
  g_assert_true (kw_quiet_hours_contains (&lunch, berlin, at (2026, 6, 2, 13, 0, 2)));
  g_assert_false (kw_quiet_hours_contains (&lunch, berlin, at (2026, 6, 2, 14, 0, 2)));
  g_assert_false (kw_quiet_hours_contains (&none, berlin, at (2026, 6, 2, 9, 0, 2)));
  g_assert_false (kw_quiet_hours_contains (NULL, berlin, at (2026, 6, 2, 9, 0, 2)));

  rule->active_since = at (2026, 6, 1, 9, 0, 2);
  early->active_since = at (2026, 6, 1, 9, 0, 2);

  /* Late evening and early morning both wait for the end, 07:00. */
  assert_local (kw_schedule_next_fire (rule, &night, berlin, at (2026, 6, 1, 12, 0, 2)),
                "2026-06-02 Tue 07:00+0200");
  assert_local (kw_schedule_next_fire (early, &night, berlin, at (2026, 6, 1, 12, 0, 2)),
                "2026-06-02 Tue 07:00+0200");
  assert_local (kw_schedule_next_fire (rule, &lunch, berlin, at (2026, 6, 1, 12, 0, 2)),
                "2026-06-01 Mon 23:00+0200");
  early->hour = 13;
  assert_local (kw_schedule_next_fire (early, &lunch, berlin, at (2026, 6, 1, 9, 0, 2)),
                "2026-06-01 Mon 14:00+0200");

  /* Nothing fires inside; at the end it fires, on time (not missed). */
  g_ptr_array_add (rules, rule);
  due = kw_schedule_collect_due (rules, &night, berlin, at (2026, 6, 2, 6, 59, 2));
  g_assert_cmpuint (due->len, ==, 0);
  g_clear_pointer (&due, g_ptr_array_unref);
  due = kw_schedule_collect_due (rules, &night, berlin, at (2026, 6, 2, 7, 0, 2));
  g_assert_cmpuint (due->len, ==, 1);
  entry = due->pdata[0];
  assert_local (entry->occurrence, "2026-06-01 Mon 23:00+0200");
  assert_local (entry->fire_time, "2026-06-02 Tue 07:00+0200");
  g_assert_false (entry->missed);

  /* Setting quiet hours after a rule fired does not make it fire again. */
  rule->last_fired = at (2026, 6, 1, 23, 0, 2);
  assert_local (kw_schedule_next_fire (rule, &night, berlin, G_MININT64),
                "2026-06-03 Wed 07:00+0200");

  /* A snooze that runs into quiet hours waits too. */
  rule->snoozed_until = at (2026, 6, 2, 22, 5, 2);
  rule->last_fired = at (2026, 6, 2, 23, 0, 2);
  assert_local (kw_schedule_next_fire (rule, &night, berlin, at (2026, 6, 2, 21, 50, 2)),
                "2026-06-03 Wed 07:00+0200");

  /* Quiet hours ending in the spring-forward gap end when clocks jump. */
  {
    KwQuietHours odd = { 1, 0, 2, 30 };
    assert_local (kw_quiet_hours_defer (&odd, berlin, at (2026, 3, 29, 1, 30, 1)),
                  "2026-03-29 Sun 03:00+0200");
  }
}

static void
test_missed_while_off (void)
{
  g_autoptr(KwReminderRule) morning =
    kw_reminder_rule_new_weekly (KW_REMINDER_KIND_MORNING_CHECK_IN, 8, 0, KW_WEEKDAYS_ALL,
                                 "check-in");
  g_autoptr(KwReminderRule) session =
    kw_reminder_rule_new_weekly (KW_REMINDER_KIND_EXERCISE_SESSION, 18, 0,
                                 KW_WEEKDAY_MONDAY | KW_WEEKDAY_WEDNESDAY | KW_WEEKDAY_FRIDAY,
                                 "session");
  g_autoptr(GPtrArray) rules = g_ptr_array_new ();
  g_autoptr(GPtrArray) due = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *body = NULL;
  KwScheduleDue *entry;
  gint64 now = at (2026, 6, 4, 12, 0, 2);

  morning->active_since = at (2026, 6, 1, 0, 0, 2);
  session->active_since = at (2026, 6, 1, 0, 0, 2);
  g_ptr_array_add (rules, morning);
  g_ptr_array_add (rules, session);

  /* Off from Monday morning to Thursday noon. */
  due = kw_schedule_collect_due (rules, NULL, berlin, now);
  g_assert_cmpuint (due->len, ==, 2);

  entry = due->pdata[0];
  g_assert_cmpuint (entry->n_occurrences, ==, 4);
  assert_local (entry->occurrence, "2026-06-04 Thu 08:00+0200");
  g_assert_true (entry->missed);

  entry = due->pdata[1];
  g_assert_cmpuint (entry->n_occurrences, ==, 2);
  assert_local (entry->occurrence, "2026-06-03 Wed 18:00+0200");
  g_assert_true (entry->missed);

  summary = kw_schedule_dup_missed_summary (due);
  body = kw_schedule_dup_missed_body (due, berlin);
  g_assert_cmpstr (summary, ==, "You missed 2 reminders");
  g_assert_cmpstr (body, ==,
                   "How is your knee this morning? (last due Thu 08:00, 4 times)\n"
                   "Time for your knee exercises (last due Wed 18:00, 2 times)");
  g_clear_pointer (&due, g_ptr_array_unref);

  /* Once recorded, nothing repeats. */
  morning->last_fired = at (2026, 6, 4, 8, 0, 2);
  session->last_fired = at (2026, 6, 3, 18, 0, 2);
  due = kw_schedule_collect_due (rules, NULL, berlin, now);
  g_assert_cmpuint (due->len, ==, 0);
  g_clear_pointer (&due, g_ptr_array_unref);

  /* Back on ten minutes after a reminder: it is shown, not as missed. */
  due = kw_schedule_collect_due (rules, NULL, berlin, at (2026, 6, 5, 18, 10, 2));
  g_assert_cmpuint (due->len, ==, 2);
  entry = due->pdata[1];
  g_assert_cmpuint (entry->n_occurrences, ==, 1);
  g_assert_false (entry->missed);
  g_assert_true (((KwScheduleDue *) due->pdata[0])->missed);
  g_clear_pointer (&due, g_ptr_array_unref);

  /* A rule made today does not count this morning as missed. */
  morning->last_fired = 0;
  morning->active_since = now;
  g_ptr_array_remove (rules, session);
  due = kw_schedule_collect_due (rules, NULL, berlin, now);
  g_assert_cmpuint (due->len, ==, 0);
  assert_local (kw_schedule_next_fire (morning, NULL, berlin, G_MININT64), "2026-06-05 Fri 08:00+0200");
}

static void
test_disabled_and_past (void)
{
  g_autoptr(KwReminderRule) rule = daily (9, 0);
  g_autoptr(KwReminderRule) once =
    kw_reminder_rule_new_once (KW_REMINDER_KIND_SEE_SOMEONE, 9, 0, 2026, 6, 1, "see");
  g_autoptr(GPtrArray) rules = g_ptr_array_new ();
  g_autoptr(GPtrArray) due = NULL;

  rule->enabled = FALSE;
  g_assert_cmpint (kw_schedule_next_fire (rule, NULL, berlin, 0), ==, 0);
  g_ptr_array_add (rules, rule);
  due = kw_schedule_collect_due (rules, NULL, berlin, at (2026, 6, 2, 9, 0, 2));
  g_assert_cmpuint (due->len, ==, 0);

  once->last_fired = at (2026, 6, 1, 9, 0, 2);
  g_assert_cmpint (kw_schedule_next_fire (once, NULL, berlin, G_MININT64), ==, 0);
}

static void
test_other_time_zone (void)
{
  g_autoptr(GTimeZone) new_york = g_time_zone_new_identifier ("America/New_York");
  g_autoptr(KwReminderRule) rule = daily (18, 0);
  gint64 after = at (2026, 6, 1, 12, 0, 2);

  g_assert_nonnull (new_york);
  /* The same wall-clock rule, 6 hours later in New York's summer. */
  g_assert_cmpint (kw_schedule_next_occurrence (rule, new_york, after) -
                   kw_schedule_next_occurrence (rule, berlin, after), ==, 6 * 3600);
}

static void
test_rule_validate (void)
{
  g_autoptr(KwReminderRule) rule = daily (7, 30);
  g_autoptr(GError) error = NULL;
  guint h = 0, m = 0;

  g_assert_true (kw_reminder_rule_validate (rule, &error));
  g_assert_no_error (error);

  rule->hour = 24;
  g_assert_false (kw_reminder_rule_validate (rule, &error));
  g_assert_error (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "24:30 is not a time of day. Use a time from 00:00 to 23:59.");
  g_clear_error (&error);
  rule->hour = 7;

  rule->weekdays = 0;
  g_assert_false (kw_reminder_rule_validate (rule, &error));
  g_assert_cmpstr (error->message, ==, "Choose at least one day of the week for this reminder.");
  g_clear_error (&error);

  rule->year = 2026;
  rule->month = 2;
  rule->day = 29;
  g_assert_false (kw_reminder_rule_validate (rule, &error));
  g_assert_cmpstr (error->message, ==, "2026-02-29 is not a date in the calendar.");
  g_clear_error (&error);

  rule->weekdays = KW_WEEKDAY_MONDAY;
  rule->day = 28;
  g_assert_false (kw_reminder_rule_validate (rule, &error));
  g_assert_cmpstr (error->message, ==,
                   "A reminder is either on one date or on days of the week, not both.");
  g_clear_error (&error);

  rule->weekdays = 0;
  g_clear_pointer (&rule->target, g_free);
  rule->target = g_strdup ("");
  g_assert_false (kw_reminder_rule_validate (rule, &error));
  g_assert_cmpstr (error->message, ==, "This reminder does not say what it is for.");
  g_clear_error (&error);

  g_assert_true (kw_reminder_parse_time ("07:05", &h, &m, &error));
  g_assert_cmpuint (h, ==, 7);
  g_assert_cmpuint (m, ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      const char *bad[] = { "7:30", "24:00", "12:60", "noon", "" };

      g_assert_false (kw_reminder_parse_time (bad[i], &h, &m, &error));
      g_assert_true (g_str_has_prefix (error->message, "“"));
      g_assert_nonnull (strstr (error->message, bad[i]));
      g_clear_error (&error);
    }
  g_assert_false (kw_reminder_parse_time (NULL, &h, &m, &error));
  g_clear_error (&error);
  {
    g_autofree char *s = kw_reminder_format_time (7, 5);
    g_assert_cmpstr (s, ==, "07:05");
  }
}

/* Every kind reads well and round-trips through its id. */
static void
test_rule_kinds (void)
{
  for (guint i = 0; i < KW_REMINDER_N_KINDS; i++)
    {
      g_autoptr(KwReminderRule) rule = daily (8, 0);
      g_autofree char *summary = NULL;
      g_autofree char *body = NULL;
      KwReminderKind kind = KW_REMINDER_N_KINDS;
      guint h = 99, m = 99;

      g_assert_true (kw_reminder_kind_from_id (kw_reminder_kind_to_id (i), &kind));
      g_assert_cmpint (kind, ==, i);
      g_assert_cmpuint (strlen (kw_reminder_kind_get_title (i)), >, 5);
      kw_reminder_kind_get_default_time (i, &h, &m);
      g_assert_cmpuint (h, <=, 23);
      g_assert_cmpuint (m, <=, 59);

      rule->kind = i;
      summary = kw_reminder_rule_dup_summary (rule);
      body = kw_reminder_rule_dup_body (rule);
      g_assert_cmpuint (strlen (summary), >, 10);
      g_assert_cmpuint (strlen (body), >, strlen (summary));
      g_assert_true (g_str_has_suffix (body, "."));

      rule->label = g_strdup ("Week 2");
      g_free (body);
      body = kw_reminder_rule_dup_body (rule);
      g_assert_true (g_str_has_prefix (body, "Week 2. "));
    }

  g_assert_true (kw_reminder_kind_is_repeating (KW_REMINDER_KIND_EXERCISE_SESSION));
  g_assert_true (kw_reminder_kind_is_repeating (KW_REMINDER_KIND_WALK_RUN_SESSION));
  g_assert_false (kw_reminder_kind_is_repeating (KW_REMINDER_KIND_SEE_SOMEONE));

  {
    KwReminderKind kind;
    g_assert_false (kw_reminder_kind_from_id ("nap", &kind));
    g_assert_false (kw_reminder_kind_from_id (NULL, &kind));
  }
}

int
main (int argc, char *argv[])
{
  int ret;

  g_setenv ("TZ", "Europe/Berlin", TRUE);
  tzset ();

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  berlin = kw_schedule_dup_local_timezone ();

  g_test_add_func ("/schedule/timezone-from-environment", test_timezone_from_environment);
  g_test_add_func ("/schedule/dst/spring-forward", test_spring_forward);
  g_test_add_func ("/schedule/dst/fall-back", test_fall_back);
  g_test_add_func ("/schedule/month-and-year-ends", test_month_and_year_ends);
  g_test_add_func ("/schedule/snooze", test_snooze);
  g_test_add_func ("/schedule/quiet-hours", test_quiet_hours);
  g_test_add_func ("/schedule/missed-while-off", test_missed_while_off);
  g_test_add_func ("/schedule/disabled-and-past", test_disabled_and_past);
  g_test_add_func ("/schedule/other-time-zone", test_other_time_zone);
  g_test_add_func ("/reminder-rule/validate", test_rule_validate);
  g_test_add_func ("/reminder-rule/kinds", test_rule_kinds);

  ret = g_test_run ();
  g_time_zone_unref (berlin);
  return ret;
}
