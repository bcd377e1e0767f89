/* test-reminders-service.c: kneewise-reminders end to end on a private bus
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under dbus-run-session. python3-dbusmock's notification_daemon
 * template stands in for the desktop's notification server and logs every
 * Notify call; the test presses buttons by making the mock emit
 * ActionInvoked, exactly as a server does when the user clicks. The time is
 * injected with --now, so nothing here waits for a reminder to come due.
 */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <glib/gstdio.h>

#include "kw-assessment.h"
#include "kw-reminder-store.h"

/* Generous: a busy CI machine under ASan. Not a timing assertion, only how
 * long to wait before declaring that something never happened. */
#define WAIT_SECONDS 30

typedef struct
{
  char        *db_path;
  char        *log_path;
  KwStore     *store;
  GSubprocess *mock;
  GSubprocess *app_mock;
  char        *app_log_path;
  GSubprocess *service;
  GDBusConnection *bus;
} Fixture;

static gint64
at (int year, int month, int day, int hour, int minute)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (year, month, day, hour, minute, 0);

  return g_date_time_to_unix (dt);
}

static char *
iso (gint64 time)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (time);

  return g_date_time_format_iso8601 (dt);
}

static gboolean
name_has_owner (GDBusConnection *bus,
                const char      *name)
{
  g_autoptr(GVariant) reply = NULL;
  gboolean owned = FALSE;

  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", name), G_VARIANT_TYPE ("(b)"),
                                       G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);
  return owned;
}

typedef gboolean (*Condition) (Fixture *fixture, gconstpointer data);

/* Lets the bus and the subprocesses run until @condition holds. */
static gboolean
wait_until (Fixture       *fixture,
            Condition      condition,
            gconstpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;

  while (!condition (fixture, data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (20 * 1000);
    }

  return TRUE;
}

static gboolean
name_owned (Fixture       *fixture,
            gconstpointer  name)
{
  return name_has_owner (fixture->bus, name);
}

static gboolean
name_free (Fixture       *fixture,
           gconstpointer  name)
{
  return !name_has_owner (fixture->bus, name);
}

static char **
read_lines (const char *path,
            const char *word)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return g_strv_builder_end (builder);

  /* One entry per call, starting with a timestamp; a notification body
   * with several lines continues on the following lines. */
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GString) entry = g_string_new (lines[i]);

      while (lines[i + 1] != NULL && lines[i + 1][0] != '\0' &&
             !g_ascii_isdigit (lines[i + 1][0]))
        g_string_append_printf (entry, "\n%s", lines[++i]);

      if (strstr (entry->str, word) != NULL)
        g_strv_builder_add (builder, entry->str);
    }

  return g_strv_builder_end (builder);
}

static guint
count_notify (Fixture *fixture)
{
  g_auto(GStrv) lines = read_lines (fixture->log_path, " Notify ");

  return g_strv_length (lines);
}

static gboolean
notified_times (Fixture       *fixture,
                gconstpointer  n)
{
  return count_notify (fixture) >= GPOINTER_TO_UINT (n);
}

static char *
nth_notify (Fixture *fixture,
            guint    n)
{
  g_auto(GStrv) lines = read_lines (fixture->log_path, " Notify ");

  g_assert_cmpuint (g_strv_length (lines), >, n);
  return g_strdup (lines[n]);
}

static GSubprocess *
spawn (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  GSubprocess *process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_NONE, &error);

  g_assert_no_error (error);
  return process;
}

static void
stop (GSubprocess **process)
{
  g_autoptr(GError) error = NULL;

  if (*process == NULL)
    return;

  g_subprocess_send_signal (*process, SIGTERM);
  g_subprocess_wait (*process, NULL, &error);
  g_assert_no_error (error);
  g_clear_object (process);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *mock_argv[] = {
    "/usr/bin/python3", "-m", "dbusmock", "--session", "--template", "notification_daemon",
    "-p", "{\"capabilities\": \"body actions\"}", "-l", NULL, NULL
  };

  fixture->db_path = g_build_filename (g_get_user_data_dir (), "reminders.db", NULL);
  fixture->log_path = g_build_filename (g_get_user_cache_dir (), "notifications.log", NULL);
  g_assert_no_errno (g_mkdir_with_parents (g_get_user_cache_dir (), 0700));

  fixture->bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (wait_until (fixture, name_free, "org.freedesktop.Notifications"));

  mock_argv[9] = fixture->log_path;
  fixture->mock = spawn (mock_argv);
  /* Never call the name to wait for it: that would D-Bus-activate a real
   * notification daemon, which then fights the mock for the name. */
  g_assert_true (wait_until (fixture, name_owned, "org.freedesktop.Notifications"));

  fixture->store = kw_store_open (fixture->db_path, &error);
  g_assert_no_error (error);
  g_assert_true (kw_reminder_store_set_enabled (fixture->store, TRUE, &error));
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  stop (&fixture->service);
  stop (&fixture->mock);
  stop (&fixture->app_mock);
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->bus);
  g_free (fixture->db_path);
  g_free (fixture->log_path);
  g_free (fixture->app_log_path);
}

static void
start_service (Fixture *fixture,
               gint64   now)
{
  g_autofree char *now_arg = NULL;
  g_autofree char *db_arg = g_strconcat ("--database=", fixture->db_path, NULL);
  g_autofree char *iso_now = iso (now);
  const char *argv[] = { g_getenv ("KNEEWISE_REMINDERS"), db_arg, NULL, NULL };

  g_assert_nonnull (argv[0]);
  now_arg = g_strconcat ("--now=", iso_now, NULL);
  argv[2] = now_arg;
  fixture->service = spawn (argv);
}

/* Runs one pass (--once) to its end. */
static void
run_once (Fixture *fixture,
          gint64   now)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autofree char *now_arg = NULL;
  g_autofree char *iso_now = iso (now);
  const char *argv[] = { g_getenv ("KNEEWISE_REMINDERS"), "--database", fixture->db_path,
                         NULL, "--once", NULL };

  now_arg = g_strconcat ("--now=", iso_now, NULL);
  argv[3] = now_arg;
  process = spawn (argv);
  g_subprocess_wait_check (process, NULL, &error);
  g_assert_no_error (error);
}

/* Stops the service and checks it exits cleanly (under ASan: no leaks). */
static void
stop_service (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_subprocess_send_signal (fixture->service, SIGTERM);
  g_subprocess_wait_check (fixture->service, NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&fixture->service);
}

static void
press (Fixture    *fixture,
       guint32     id,
       const char *action)
{
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  GVariantBuilder args;

  g_variant_builder_init (&args, G_VARIANT_TYPE ("av"));
  g_variant_builder_add (&args, "v", g_variant_new_uint32 (id));
  g_variant_builder_add (&args, "v", g_variant_new_string (action));

  reply = g_dbus_connection_call_sync (fixture->bus, "org.freedesktop.Notifications",
                                       "/org/freedesktop/Notifications",
                                       "org.freedesktop.DBus.Mock", "EmitSignal",
                                       g_variant_new ("(sssav)", "org.freedesktop.Notifications",
                                                      "ActionInvoked", "us", &args),
                                       NULL, G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
}

static KwReminderRule *
add_daily_session (Fixture *fixture,
                   gint64   since)
{
  g_autoptr(GError) error = NULL;
  KwReminderRule *rule =
    kw_reminder_rule_new_weekly (KW_REMINDER_KIND_EXERCISE_SESSION, 18, 0, KW_WEEKDAYS_ALL,
                                 "session:daily");

  rule->label = g_strdup ("Week 1");
  g_assert_true (kw_reminder_store_add_rule (fixture->store, KW_REMINDER_SOURCE_USER, rule,
                                             since, &error));
  g_assert_no_error (error);
  return rule;
}

static gint64
snoozed_until (Fixture *fixture)
{
  g_autoptr(GPtrArray) rules = kw_reminder_store_list_rules (fixture->store, NULL);

  g_assert_cmpuint (rules->len, ==, 1);
  return ((KwReminderRule *) rules->pdata[0])->snoozed_until;
}

static gboolean
is_snoozed (Fixture       *fixture,
            gconstpointer  data)
{
  return snoozed_until (fixture) != 0;
}

static gboolean
closed_times (Fixture       *fixture,
              gconstpointer  n)
{
  g_auto(GStrv) lines = read_lines (fixture->log_path, " CloseNotification ");

  return g_strv_length (lines) >= GPOINTER_TO_UINT (n);
}

static gboolean
app_asked_to_open (Fixture       *fixture,
                   gconstpointer  target)
{
  g_auto(GStrv) lines = read_lines (fixture->app_log_path, "ActivateAction");

  return lines[0] != NULL && strstr (lines[0], "\"open-item\"") != NULL &&
         strstr (lines[0], target) != NULL;
}

/* A stand-in for the app on the session bus that records ActivateAction. */
static void
start_app_mock (Fixture *fixture)
{
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = {
    "/usr/bin/python3", "-m", "dbusmock", "--session", APP_ID, "/io/github/kneewise/Kneewise",
    "org.freedesktop.Application", "-l", NULL, NULL
  };

  fixture->app_log_path = g_build_filename (g_get_user_cache_dir (), "app.log", NULL);
  argv[8] = fixture->app_log_path;
  fixture->app_mock = spawn (argv);
  g_assert_true (wait_until (fixture, name_owned, APP_ID));
  reply = g_dbus_connection_call_sync (fixture->bus, APP_ID, "/io/github/kneewise/Kneewise",
                                       "org.freedesktop.DBus.Mock", "AddMethod",
                                       g_variant_new ("(sssss)", "", "ActivateAction",
                                                      "sava{sv}", "", ""),
                                       NULL, G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
}

/* A session is only done when logged with its pain scores: its
 * notification offers "Log It…", which opens the app on it, and does not
 * mark it done by itself. */
static void
test_due_session_log_it (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(KwReminderRule) rule = add_daily_session (fixture, at (2026, 6, 1, 9, 0));
  g_autofree char *line = NULL;

  g_assert_false (kw_reminder_store_is_done (fixture->store, "session:daily", "2026-06-01"));

  start_app_mock (fixture);
  start_service (fixture, at (2026, 6, 1, 18, 0) + 20);
  g_assert_true (wait_until (fixture, notified_times, GUINT_TO_POINTER (1)));

  line = nth_notify (fixture, 0);
  g_test_message ("%s", line);
  g_assert_nonnull (strstr (line, " \"io.github.kneewise.Kneewise\" "));
  g_assert_nonnull (strstr (line, " \"Time for your knee exercises\" "));
  g_assert_nonnull (strstr (line, " \"Week 1. Today’s session is ready."));
  g_assert_nonnull (strstr (line, "[\"log\", \"Log It…\", \"snooze\", \"Snooze 15 min\", "
                                  "\"open\", \"Open\", \"default\", \"Open\"]"));
  g_assert_null (strstr (line, "\"Done\""));
  g_assert_nonnull (strstr (line, "\"desktop-entry\": \"io.github.kneewise.Kneewise\""));

  press (fixture, 1, "log");
  g_assert_true (wait_until (fixture, app_asked_to_open, "session:daily"));
  /* The notification goes away once pressed. */
  g_assert_true (wait_until (fixture, closed_times, GUINT_TO_POINTER (1)));

  stop_service (fixture);
  g_assert_false (kw_reminder_store_is_done (fixture->store, "session:daily", "2026-06-01"));
  g_assert_cmpuint (count_notify (fixture), ==, 1);
  g_assert_cmpuint (kw_reminder_store_count_fired (fixture->store), ==, 1);
}

static gboolean
reassessment_done (Fixture       *fixture,
                   gconstpointer  day)
{
  return kw_reminder_store_is_done (fixture->store, "assessment", day);
}

/* A reassessment reminder has "Done": pressing it logs the day as done. */
static void
test_due_reassessment_done (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(KwReminderRule) rule =
    kw_reminder_rule_new_once (KW_REMINDER_KIND_REASSESSMENT, 9, 0, 2026, 6, 1, "assessment");
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;

  g_assert_true (kw_reminder_store_add_rule (fixture->store, KW_REMINDER_SOURCE_USER, rule,
                                             at (2026, 5, 25, 9, 0), &error));
  g_assert_no_error (error);

  start_service (fixture, at (2026, 6, 1, 9, 0) + 20);
  g_assert_true (wait_until (fixture, notified_times, GUINT_TO_POINTER (1)));
  line = nth_notify (fixture, 0);
  g_test_message ("%s", line);
  g_assert_nonnull (strstr (line, "[\"done\", \"Done\", \"snooze\", \"Snooze 15 min\", "));
  g_assert_null (strstr (line, "Log It"));

  press (fixture, 1, "done");
  g_assert_true (wait_until (fixture, reassessment_done, "2026-06-01"));
  g_assert_true (wait_until (fixture, closed_times, GUINT_TO_POINTER (1)));
  stop_service (fixture);
  g_assert_cmpuint (count_notify (fixture), ==, 1);
}

static void
test_snooze_fires_again (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(KwReminderRule) rule = add_daily_session (fixture, at (2026, 6, 1, 9, 0));
  gint64 start = at (2026, 6, 1, 18, 0) + 20;
  gint64 until;
  g_autofree char *line = NULL;

  start_service (fixture, start);
  g_assert_true (wait_until (fixture, notified_times, GUINT_TO_POINTER (1)));
  press (fixture, 1, "snooze");
  g_assert_true (wait_until (fixture, is_snoozed, NULL));

  until = snoozed_until (fixture);
  g_assert_cmpint (until, >=, start + 15 * 60);
  g_assert_cmpint (until, <, start + 15 * 60 + WAIT_SECONDS);
  stop_service (fixture);
  g_assert_cmpuint (count_notify (fixture), ==, 1);

  /* Sixteen minutes later (a fresh start reads the snooze from the file). */
  start_service (fixture, start + 16 * 60 + WAIT_SECONDS);
  g_assert_true (wait_until (fixture, notified_times, GUINT_TO_POINTER (2)));
  line = nth_notify (fixture, 1);
  g_assert_nonnull (strstr (line, " \"Time for your knee exercises\" "));
  g_assert_nonnull (strstr (line, "\"Snooze 15 min\""));
  /* Fired once: the snooze is used up. */
  g_assert_cmpint (snoozed_until (fixture), ==, 0);

  stop_service (fixture);
  g_assert_cmpuint (count_notify (fixture), ==, 2);
}

static void
test_missed_folded (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(KwReminderRule) session = add_daily_session (fixture, at (2026, 6, 1, 9, 0));
  g_autoptr(KwReminderRule) check_in =
    kw_reminder_rule_new_weekly (KW_REMINDER_KIND_MORNING_CHECK_IN, 8, 0, KW_WEEKDAYS_ALL,
                                 "check-in");
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;

  g_assert_true (kw_reminder_store_add_rule (fixture->store, KW_REMINDER_SOURCE_USER, check_in,
                                             at (2026, 6, 1, 9, 0), &error));

  /* The computer was off from Monday morning until Wednesday noon. */
  start_service (fixture, at (2026, 6, 3, 12, 0));
  g_assert_true (wait_until (fixture, notified_times, GUINT_TO_POINTER (1)));
  line = nth_notify (fixture, 0);
  g_test_message ("%s", line);
  g_assert_nonnull (strstr (line, " \"You missed 2 reminders\" "));
  g_assert_nonnull (strstr (line, " \"Time for your knee exercises (last due Tue 18:00, 2 times)\n"
                                  "How is your knee this morning? (last due Wed 08:00, 2 times)\" "));
  g_assert_nonnull (strstr (line, "[\"open\", \"Open\", \"default\", \"Open\"]"));
  stop_service (fixture);

  /* Started again a minute later: nothing repeats. */
  run_once (fixture, at (2026, 6, 3, 12, 1));
  g_assert_cmpuint (count_notify (fixture), ==, 1);
}

/* An assessment that says "see a physio or doctor soon", saved by the
 * app: the service derives a reminder and shows it a week later. */
static void
test_follows_assessment (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KwAnswers) answers = NULL;
  g_autoptr(KwAssessment) assessment = NULL;
  g_autoptr(GDateTime) monday = g_date_time_new_utc (2026, 6, 1, 9, 30, 0);
  g_autofree char *line = NULL;

  answers = kw_answers_new_from_data ("[answers]\nlocations=front\nfeel=ache\n"
                                      "onset=gradual\nswelling=none\n"
                                      "pain-now=1\npain-running=2\n"
                                      "settles-within-48h=true\ndays=5\nage=30\n"
                                      "getting-worse=true\n",
                                      -1, "worse", &error);
  g_assert_no_error (error);
  assessment = kw_assessment_new_at (answers, monday);
  g_assert_cmpint (kw_assessment_get_triage (assessment), ==, KW_TRIAGE_SEE_CLINICIAN);
  g_assert_true (kw_assessment_save (assessment, fixture->store, &error));

  /* Running that Monday: nothing due yet. */
  run_once (fixture, at (2026, 6, 1, 10, 0));
  g_assert_cmpuint (count_notify (fixture), ==, 0);

  /* A week later at 09:00. */
  run_once (fixture, at (2026, 6, 8, 9, 0) + 20);
  g_assert_cmpuint (count_notify (fixture), ==, 1);
  line = nth_notify (fixture, 0);
  g_assert_nonnull (strstr (line, " \"Have your knee looked at\" "));
}

/* "Open" asks the app, by D-Bus activation, to show the reminder's item. */
static void
test_open_asks_app (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(KwReminderRule) rule = add_daily_session (fixture, at (2026, 6, 1, 9, 0));

  start_app_mock (fixture);
  start_service (fixture, at (2026, 6, 1, 18, 0) + 20);
  g_assert_true (wait_until (fixture, notified_times, GUINT_TO_POINTER (1)));
  press (fixture, 1, "open");
  g_assert_true (wait_until (fixture, app_asked_to_open, "session:daily"));
  stop_service (fixture);
}

static gboolean
service_gone (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GDBusConnection) bus = g_object_ref (fixture->bus);
  g_autoptr(GVariant) reply = NULL;
  gboolean owned = TRUE;

  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", APP_ID ".Reminders"),
                                       G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, -1,
                                       NULL, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);
  return !owned;
}

/* The app edits the rules while the service runs: it notices without a
 * restart (PRAGMA data_version), and stops when reminders are turned off.
 * The poll runs every second here instead of every 30. */
static void
test_notices_changes (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(KwReminderRule) rule = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *db_arg = g_strconcat ("--database=", fixture->db_path, NULL);
  g_autofree char *iso_now = iso (at (2026, 6, 1, 18, 0) + 20);
  g_autofree char *now_arg = g_strconcat ("--now=", iso_now, NULL);
  const char *argv[] = { g_getenv ("KNEEWISE_REMINDERS"), db_arg, now_arg,
                         "--poll-interval=1", NULL };

  fixture->service = spawn (argv);
  g_assert_true (wait_until (fixture, name_owned, APP_ID ".Reminders"));
  g_assert_cmpuint (count_notify (fixture), ==, 0);

  rule = add_daily_session (fixture, at (2026, 6, 1, 9, 0));
  g_assert_true (wait_until (fixture, notified_times, GUINT_TO_POINTER (1)));

  g_assert_true (kw_reminder_store_set_enabled (fixture->store, FALSE, &error));
  g_assert_true (wait_until (fixture, service_gone, NULL));
  g_subprocess_wait_check (fixture->service, NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&fixture->service);
}

/* With reminders turned off in the app, the service does not stay. */
static void
test_turned_off_stops (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { g_getenv ("KNEEWISE_REMINDERS"), "--database", fixture->db_path, NULL };
  g_autoptr(GSubprocess) bad = NULL;
  g_autoptr(GSubprocess) bad_time = NULL;
  const char *bad_argv[] = { g_getenv ("KNEEWISE_REMINDERS"), "--database", "/proc/nope/x.db",
                             "--once", NULL };
  const char *bad_time_argv[] = { g_getenv ("KNEEWISE_REMINDERS"), "--now", "tomorrow", NULL };
  g_autofree char *err = NULL;

  g_assert_true (kw_reminder_store_set_enabled (fixture->store, FALSE, &error));
  /* If it stayed, this would hang until meson's timeout fails the test. */
  fixture->service = spawn (argv);
  g_subprocess_wait_check (fixture->service, NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&fixture->service);
  g_assert_cmpuint (count_notify (fixture), ==, 0);

  /* Bad input: a clear message and a failure status, no crash. */
  bad = g_subprocess_newv (bad_argv, G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (bad, NULL, NULL, NULL, &err, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (bad), ==, 1);
  g_assert_nonnull (strstr (err, "/proc/nope"));
  g_clear_pointer (&err, g_free);

  bad_time = g_subprocess_newv (bad_time_argv, G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_subprocess_communicate_utf8 (bad_time, NULL, NULL, NULL, &err, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (bad_time), ==, 2);
  g_assert_nonnull (strstr (err, "“tomorrow” is not a date and time."));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/reminders/due-session-log-it", Fixture, NULL,
              fixture_setup, test_due_session_log_it, fixture_teardown);
  g_test_add ("/reminders/due-reassessment-done", Fixture, NULL,
              fixture_setup, test_due_reassessment_done, fixture_teardown);
  g_test_add ("/reminders/snooze-fires-again", Fixture, NULL,
              fixture_setup, test_snooze_fires_again, fixture_teardown);
  g_test_add ("/reminders/missed-folded", Fixture, NULL,
              fixture_setup, test_missed_folded, fixture_teardown);
  g_test_add ("/reminders/open-asks-app", Fixture, NULL,
              fixture_setup, test_open_asks_app, fixture_teardown);
  g_test_add ("/reminders/follows-assessment", Fixture, NULL,
              fixture_setup, test_follows_assessment, fixture_teardown);
  g_test_add ("/reminders/notices-changes", Fixture, NULL,
              fixture_setup, test_notices_changes, fixture_teardown);
  g_test_add ("/reminders/turned-off-stops", Fixture, NULL,
              fixture_setup, test_turned_off_stops, fixture_teardown);

  return g_test_run ();
}
