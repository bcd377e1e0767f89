/* kw-reminder-autostart.h: start kneewise-reminders now and at every login
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The service's bus name (see src/reminders/kw-reminder-service.h). */
#define KW_REMINDER_AUTOSTART_SERVICE_ID APP_ID ".Reminders"

gboolean  kw_reminder_autostart_is_sandboxed     (void);
char     *kw_reminder_autostart_dup_desktop_path (void);
void      kw_reminder_autostart_set_async        (GtkWindow            *parent,
                                                  gboolean              enabled,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
gboolean  kw_reminder_autostart_start_service    (GError              **error);
gboolean  kw_reminder_autostart_set_finish       (GAsyncResult         *result,
                                                  GError              **error);

G_END_DECLS
