/* kw-reminder-store.h: reminder rules, what fired, and their preferences
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kw-reminder-rule.h"
#include "kw-schedule.h"
#include "kw-store.h"

G_BEGIN_DECLS

/**
 * KwReminderKindSettings:
 * @enabled: whether reminders of this kind fire
 * @hour: the local time they fire at
 * @minute: ...
 * @weekdays: the days repeating reminders of this kind fire on, or 0 for
 *   the days the plan gives
 */
typedef struct
{
  gboolean enabled;
  guint8   hour;
  guint8   minute;
  guint8   weekdays;
} KwReminderKindSettings;

/* Where a rule came from; re-deriving replaces only that source's rules. */
#define KW_REMINDER_SOURCE_USER "user"
#define KW_REMINDER_SOURCE_PLAN "plan"
#define KW_REMINDER_SOURCE_RETURN_TO_RUN "return-to-run"
#define KW_REMINDER_SOURCE_ASSESSMENT "assessment"

GPtrArray *kw_reminder_store_list_rules         (KwStore                      *store,
                                                 GError                      **error);
gboolean   kw_reminder_store_add_rule           (KwStore                      *store,
                                                 const char                   *source,
                                                 KwReminderRule               *rule,
                                                 gint64                        now,
                                                 GError                      **error);
gboolean   kw_reminder_store_replace_rules      (KwStore                      *store,
                                                 const char                   *source,
                                                 GPtrArray                    *rules,
                                                 gint64                        now,
                                                 GError                      **error);
gboolean   kw_reminder_store_record_fired       (KwStore                      *store,
                                                 const KwScheduleDue          *due,
                                                 GTimeZone                    *tz,
                                                 gint64                        now,
                                                 gint64                       *fired_id,
                                                 GError                      **error);
gboolean   kw_reminder_store_mark_done          (KwStore                      *store,
                                                 gint64                        fired_id,
                                                 GTimeZone                    *tz,
                                                 gint64                        now,
                                                 GError                      **error);
gboolean   kw_reminder_store_snooze             (KwStore                      *store,
                                                 gint64                        fired_id,
                                                 gint64                        now,
                                                 GError                      **error);
gboolean   kw_reminder_store_mark_opened        (KwStore                      *store,
                                                 gint64                        fired_id,
                                                 gint64                        now,
                                                 GError                      **error);
gboolean   kw_reminder_store_log_done           (KwStore                      *store,
                                                 KwReminderKind                kind,
                                                 const char                   *target,
                                                 const char                   *day,
                                                 gint64                        now,
                                                 GError                      **error);
gboolean   kw_reminder_store_is_done            (KwStore                      *store,
                                                 const char                   *target,
                                                 const char                   *day);
guint      kw_reminder_store_count_fired        (KwStore                      *store);

gboolean   kw_reminder_store_get_enabled        (KwStore                      *store);
gboolean   kw_reminder_store_set_enabled        (KwStore                      *store,
                                                 gboolean                      enabled,
                                                 GError                      **error);
void       kw_reminder_store_get_quiet_hours    (KwStore                      *store,
                                                 KwQuietHours                 *quiet);
gboolean   kw_reminder_store_set_quiet_hours    (KwStore                      *store,
                                                 const KwQuietHours           *quiet,
                                                 GError                      **error);
void       kw_reminder_store_get_kind_settings  (KwStore                      *store,
                                                 KwReminderKind                kind,
                                                 KwReminderKindSettings       *settings);
gboolean   kw_reminder_store_set_kind_settings  (KwStore                      *store,
                                                 KwReminderKind                kind,
                                                 const KwReminderKindSettings *settings,
                                                 GError                      **error);
gint64     kw_reminder_store_get_data_version   (KwStore                      *store);

G_END_DECLS
