/* kw-reminder-rule.h: one reminder, in wall-clock form
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * KwReminderKind:
 * @KW_REMINDER_KIND_EXERCISE_SESSION: a planned exercise session
 * @KW_REMINDER_KIND_MORNING_CHECK_IN: the next-morning pain check-in
 * @KW_REMINDER_KIND_REASSESSMENT: time to assess the knee again
 * @KW_REMINDER_KIND_SEE_SOMEONE: the date by which to see a physio or doctor
 * @KW_REMINDER_KIND_READINESS_RETEST: the return-to-run readiness retest
 * @KW_REMINDER_KIND_WALK_RUN_SESSION: a planned walk-run session
 */
typedef enum
{
  KW_REMINDER_KIND_EXERCISE_SESSION,
  KW_REMINDER_KIND_MORNING_CHECK_IN,
  KW_REMINDER_KIND_REASSESSMENT,
  KW_REMINDER_KIND_SEE_SOMEONE,
  KW_REMINDER_KIND_READINESS_RETEST,
  KW_REMINDER_KIND_WALK_RUN_SESSION,
} KwReminderKind;

#define KW_REMINDER_N_KINDS (KW_REMINDER_KIND_WALK_RUN_SESSION + 1)

/**
 * KwWeekdays:
 *
 * A set of weekdays, one bit per ISO weekday (Monday is bit 0), so that
 * `1 << (g_date_time_get_day_of_week (dt) - 1)` tests a day.
 */
typedef enum
{
  KW_WEEKDAY_MONDAY    = 1 << 0,
  KW_WEEKDAY_TUESDAY   = 1 << 1,
  KW_WEEKDAY_WEDNESDAY = 1 << 2,
  KW_WEEKDAY_THURSDAY  = 1 << 3,
  KW_WEEKDAY_FRIDAY    = 1 << 4,
  KW_WEEKDAY_SATURDAY  = 1 << 5,
  KW_WEEKDAY_SUNDAY    = 1 << 6,
} KwWeekdays;

#define KW_WEEKDAYS_ALL 0x7f

/**
 * KwReminderRule:
 * @id: the row id in the store, 0 until saved
 * @kind: what the reminder is about
 * @hour: local hour of day, 0-23
 * @minute: local minute, 0-59
 * @weekdays: the days it repeats on (#KwWeekdays); 0 for a one-off
 * @year: for a one-off, the local date (else 0)
 * @month: 1-12 for a one-off (else 0)
 * @day: 1-31 for a one-off (else 0)
 * @enabled: whether it fires at all
 * @active_since: UTC unix time from which occurrences count; nothing
 *   earlier fires, not even as "missed"
 * @snoozed_until: UTC unix time of a pending snooze, 0 if none
 * @last_fired: UTC unix time of the last occurrence fired, 0 if never
 * @target: what "Open" shows and "Done" logs ("session:2026-03-30",
 *   "rtr-level:3"…)
 * @label: (nullable): a detail for the notification body, in the user's
 *   language ("Week 2, phase 1"), or %NULL
 *
 * Rules are kept in wall-clock form: the next firing is derived from them
 * for the time zone in force, never stored as the truth.
 */
typedef struct
{
  gint64          id;
  KwReminderKind  kind;
  guint8          hour;
  guint8          minute;
  guint8          weekdays;
  guint16         year;
  guint8          month;
  guint8          day;
  gboolean        enabled;
  gint64          active_since;
  gint64          snoozed_until;
  gint64          last_fired;
  char           *target;
  char           *label;
} KwReminderRule;

#define KW_TYPE_REMINDER_RULE (kw_reminder_rule_get_type ())

GType           kw_reminder_rule_get_type     (void) G_GNUC_CONST;
KwReminderRule *kw_reminder_rule_new_weekly   (KwReminderKind        kind,
                                               guint                 hour,
                                               guint                 minute,
                                               guint                 weekdays,
                                               const char           *target);
KwReminderRule *kw_reminder_rule_new_once     (KwReminderKind        kind,
                                               guint                 hour,
                                               guint                 minute,
                                               guint                 year,
                                               guint                 month,
                                               guint                 day,
                                               const char           *target);
KwReminderRule *kw_reminder_rule_copy         (const KwReminderRule *rule);
void            kw_reminder_rule_free         (KwReminderRule       *rule);
gboolean        kw_reminder_rule_is_once      (const KwReminderRule *rule);
gboolean        kw_reminder_rule_validate     (const KwReminderRule *rule,
                                               GError              **error);
char           *kw_reminder_rule_dup_summary  (const KwReminderRule *rule);
char           *kw_reminder_rule_dup_body     (const KwReminderRule *rule);

const char     *kw_reminder_kind_to_id        (KwReminderKind        kind);
gboolean        kw_reminder_kind_from_id      (const char           *id,
                                               KwReminderKind       *kind);
const char     *kw_reminder_kind_get_title    (KwReminderKind        kind);
gboolean        kw_reminder_kind_is_repeating (KwReminderKind        kind);
gboolean        kw_reminder_kind_is_logged_in_app (KwReminderKind    kind);
void            kw_reminder_kind_get_default_time (KwReminderKind    kind,
                                               guint                *hour,
                                               guint                *minute);

gboolean        kw_reminder_parse_time        (const char           *text,
                                               guint                *hour,
                                               guint                *minute,
                                               GError              **error);
char           *kw_reminder_format_time       (guint                 hour,
                                               guint                 minute);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwReminderRule, kw_reminder_rule_free)

G_END_DECLS
