/* test-reminders-dunst.c: a smoke test with a real notification daemon
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under xvfb-run and dbus-run-session. dunst shows what
 * kneewise-reminders sends; the test reads it back with dunstctl. History
 * holds only closed notifications, so it closes them all first.
 */

#include "config.h"

#include <signal.h>
#include <string.h>

#include "kw-reminder-store.h"

#define WAIT_SECONDS 30

static gboolean
notifications_owned (GDBusConnection *bus)
{
  g_autoptr(GVariant) reply = NULL;
  gboolean owned = FALSE;

  /* NameHasOwner, never a call to the name itself: that would D-Bus
   * activate a second daemon. */
  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", "org.freedesktop.Notifications"),
                                       G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, -1,
                                       NULL, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);
  return owned;
}

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) process = NULL;
  char *out = NULL;

  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_successful (process));
  return out;
}

static void
test_dunst_shows_reminder (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GSubprocess) dunst = NULL;
  g_autoptr(KwStore) store = NULL;
  g_autoptr(KwReminderRule) rule = NULL;
  g_autofree char *db = g_build_filename (g_get_user_data_dir (), "kneewise", "kneewise.db", NULL);
  g_autofree char *db_arg = g_strconcat ("--database=", db, NULL);
  g_autofree char *count = NULL;
  g_autofree char *history = NULL;
  g_autoptr(GTimeZone) tz = kw_schedule_dup_local_timezone ();
  g_autoptr(GDateTime) now = g_date_time_new_now (tz);
  g_autoptr(GDateTime) earlier = g_date_time_add_minutes (now, -5);
  const char *dunst_argv[] = { "dunst", NULL };
  const char *count_argv[] = { "dunstctl", "count", "displayed", NULL };
  const char *close_argv[] = { "dunstctl", "close-all", NULL };
  const char *history_argv[] = { "dunstctl", "history", NULL };
  const char *service_argv[] = { g_getenv ("KNEEWISE_REMINDERS"), db_arg, "--once", NULL };
  gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;
  g_autoptr(GSubprocess) service = NULL;

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);

  dunst = g_subprocess_newv (dunst_argv, G_SUBPROCESS_FLAGS_NONE, &error);
  g_assert_no_error (error);
  while (!notifications_owned (bus))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (20 * 1000);
    }

  /* A one-off reminder five minutes ago, on the real clock. */
  store = kw_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_true (kw_reminder_store_set_enabled (store, TRUE, &error));
  rule = kw_reminder_rule_new_once (KW_REMINDER_KIND_WALK_RUN_SESSION,
                                    g_date_time_get_hour (earlier),
                                    g_date_time_get_minute (earlier),
                                    g_date_time_get_year (earlier),
                                    g_date_time_get_month (earlier),
                                    g_date_time_get_day_of_month (earlier),
                                    "walk-run:level-1");
  rule->label = g_strdup ("Level 1");
  g_assert_true (kw_reminder_store_add_rule (store, KW_REMINDER_SOURCE_USER, rule,
                                             g_date_time_to_unix (earlier) - 60, &error));
  g_assert_no_error (error);
  /* No quiet hours, so the test passes at any time of day. */
  {
    KwQuietHours none = { 0, 0, 0, 0 };
    g_assert_true (kw_reminder_store_set_quiet_hours (store, &none, &error));
  }

  service = g_subprocess_newv (service_argv, G_SUBPROCESS_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_subprocess_wait_check (service, NULL, &error);
  g_assert_no_error (error);

  count = run (count_argv);
  g_assert_cmpstr (g_strstrip (count), ==, "1");

  g_free (run (close_argv));
  /* dunst moves closed notifications to its history on its own loop. */
  while (history == NULL || strstr (history, "Walk-run session today") == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_free (history);
      g_usleep (50 * 1000);
      history = run (history_argv);
    }

  g_test_message ("%s", history);
  g_assert_nonnull (strstr (history, "\"Walk-run session today\""));
  g_assert_nonnull (strstr (history, "Level 1. Warm up with a brisk walk"));
  g_assert_nonnull (strstr (history, "\"Kneewise\""));
  g_assert_cmpuint (kw_reminder_store_count_fired (store), ==, 1);

  g_subprocess_send_signal (dunst, SIGTERM);
  g_subprocess_wait (dunst, NULL, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/reminders/dunst-shows-reminder", test_dunst_shows_reminder);

  return g_test_run ();
}
