/* kw-schedule.h: when reminders fire, as pure functions of the time
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "kw-reminder-rule.h"

G_BEGIN_DECLS

/* Snoozing puts a reminder off by this long. */
#define KW_SCHEDULE_SNOOZE_SECONDS (15 * 60)

/* A reminder that comes due this much later than planned (the computer was
 * off or asleep) is shown as missed, and several are folded into one.
 */
#define KW_SCHEDULE_MISSED_AFTER_SECONDS (60 * 60)

/**
 * KwQuietHours:
 * @start_hour: local time quiet hours begin
 * @start_minute: ...
 * @end_hour: local time they end (may be the next day)
 * @end_minute: ...
 *
 * Nothing fires from start (included) to end (excluded); what falls inside
 * fires at the end. Start equal to end means no quiet hours.
 */
typedef struct
{
  guint8 start_hour;
  guint8 start_minute;
  guint8 end_hour;
  guint8 end_minute;
} KwQuietHours;

/**
 * KwScheduleDue:
 * @rule: (transfer full): a copy of the rule
 * @occurrence: the planned UTC time of the latest occurrence now due (or,
 *   for a snooze alone, the occurrence being snoozed: the rule's last_fired)
 * @fire_time: when it was due to fire, after quiet hours
 * @n_occurrences: how many planned occurrences came due since the rule last
 *   fired (more than one when the computer was off)
 * @snoozed: a snooze came due
 * @missed: it is more than %KW_SCHEDULE_MISSED_AFTER_SECONDS late
 */
typedef struct
{
  KwReminderRule *rule;
  gint64          occurrence;
  gint64          fire_time;
  guint           n_occurrences;
  gboolean        snoozed;
  gboolean        missed;
} KwScheduleDue;

GTimeZone *kw_schedule_dup_local_timezone (void);
gint64     kw_schedule_local_instant      (GTimeZone            *tz,
                                           guint                 year,
                                           guint                 month,
                                           guint                 day,
                                           guint                 hour,
                                           guint                 minute);
gboolean   kw_quiet_hours_contains        (const KwQuietHours   *quiet,
                                           GTimeZone            *tz,
                                           gint64                time);
gint64     kw_quiet_hours_defer           (const KwQuietHours   *quiet,
                                           GTimeZone            *tz,
                                           gint64                time);
gint64     kw_schedule_next_occurrence    (const KwReminderRule *rule,
                                           GTimeZone            *tz,
                                           gint64                after);
gint64     kw_schedule_next_fire          (const KwReminderRule *rule,
                                           const KwQuietHours   *quiet,
                                           GTimeZone            *tz,
                                           gint64                after);
GPtrArray *kw_schedule_collect_due        (GPtrArray            *rules,
                                           const KwQuietHours   *quiet,
                                           GTimeZone            *tz,
                                           gint64                now);
char      *kw_schedule_dup_missed_summary (GPtrArray            *missed);
char      *kw_schedule_dup_missed_body    (GPtrArray            *missed,
                                           GTimeZone            *tz);
void       kw_schedule_due_free           (KwScheduleDue        *due);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwScheduleDue, kw_schedule_due_free)

G_END_DECLS
