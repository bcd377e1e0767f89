/* kw-reminder-service.h: kneewise-reminders, the process that fires reminders
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The service's own bus name: it keeps a second copy from starting, and
 * lets the app stop it with the "quit" action. */
#define KW_REMINDER_SERVICE_ID APP_ID ".Reminders"

#define KW_TYPE_REMINDER_SERVICE (kw_reminder_service_get_type ())

G_DECLARE_FINAL_TYPE (KwReminderService, kw_reminder_service, KW, REMINDER_SERVICE, GApplication)

KwReminderService *kw_reminder_service_new             (void);
int                kw_reminder_service_get_exit_status (KwReminderService *self);

G_END_DECLS
