/* main.c: kneewise-reminders, fires the runner's reminders in the background
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "kw-reminder-service.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KwReminderService) service = NULL;
  const char *localedir;
  int status;

  setlocale (LC_ALL, "");
  localedir = g_getenv ("KNEEWISE_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  service = kw_reminder_service_new ();
  status = g_application_run (G_APPLICATION (service), argc, argv);

  return status != 0 ? status : kw_reminder_service_get_exit_status (service);
}
