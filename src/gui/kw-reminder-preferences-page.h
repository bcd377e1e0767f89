/* kw-reminder-preferences-page.h: reminders on or off, quiet hours, kinds
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kw-store.h"

G_BEGIN_DECLS

#define KW_TYPE_REMINDER_PREFERENCES_PAGE (kw_reminder_preferences_page_get_type ())

G_DECLARE_FINAL_TYPE (KwReminderPreferencesPage, kw_reminder_preferences_page, KW,
                      REMINDER_PREFERENCES_PAGE, AdwPreferencesPage)

KwReminderPreferencesPage *kw_reminder_preferences_page_new (KwStore *store);

G_END_DECLS
