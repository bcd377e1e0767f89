/* kw-reminder-service.c: kneewise-reminders, the process that fires reminders
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only this process fires reminders; the app just edits the rules. It wakes
 * every 30 s and compares the real clock with the earliest firing, rather
 * than arming one long timer: GLib timeouts run on the monotonic clock,
 * which stops during suspend and ignores clock changes. Each wake-up also
 * reads PRAGMA data_version (no page read) to notice the app's edits, and
 * the local time zone, which is read afresh so a change of zone is followed.
 *
 * libnotify runs the button callbacks in this process, which is why it
 * stays running while reminders are on.
 */

#define G_LOG_DOMAIN "kw-reminders"

#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <libnotify/notify.h>

#include "kw-reminder-derive.h"
#include "kw-reminder-service.h"
#include "kw-reminder-store.h"
#include "kw-schedule.h"

/* libnotify 0.8 does not declare this itself. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NotifyNotification, g_object_unref)

#define TICK_SECONDS 30

/* What "Open" shows for the notification that folds several missed ones. */
#define MISSED_TARGET "today"

struct _KwReminderService
{
  GApplication   parent_instance;

  char          *db_path;
  KwStore       *store;
  GPtrArray     *rules;
  KwQuietHours   quiet;
  gint64         data_version;

  /* The test hook --now shifts the real clock by this much. */
  gint64         clock_offset;
  gboolean       once;
  guint          poll_seconds;
  int            exit_status;

  gint64         next_fire;
  gint64         last_tick;
  guint32        today;
  gint32         tz_offset;
  guint          tick_source;

  /* Shown notifications, kept alive for their buttons: fired id -> it. */
  GHashTable    *shown;
};

G_DEFINE_FINAL_TYPE (KwReminderService, kw_reminder_service, G_TYPE_APPLICATION)

typedef struct
{
  KwReminderService *service;
  gint64             fired_id;
  char              *target;
} ShownReminder;

static ShownReminder *
shown_reminder_new (KwReminderService *service,
                    gint64             fired_id,
                    const char        *target)
{
  ShownReminder *shown = g_new0 (ShownReminder, 1);

  shown->service = service;
  shown->fired_id = fired_id;
  shown->target = g_strdup (target);
  return shown;
}

static void
shown_reminder_free (gpointer data)
{
  ShownReminder *shown = data;

  g_free (shown->target);
  g_free (shown);
}

static gint64
service_now (KwReminderService *self)
{
  return g_get_real_time () / G_USEC_PER_SEC + self->clock_offset;
}

static gint32
offset_now (GTimeZone *tz,
            gint64     now)
{
  return g_time_zone_get_offset (tz, g_time_zone_find_interval (tz, G_TIME_TYPE_UNIVERSAL, now));
}

static guint32
local_day (GTimeZone *tz,
           gint64     now)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (now);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, tz);

  return g_date_time_get_year (local) * 400 + g_date_time_get_day_of_year (local);
}

/* @derive: the app changed the file, or the date changed: bring the rules
 * derived from the assessment, plan and return to running up to date. */
static gboolean
reload (KwReminderService *self,
        gboolean           derive)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rules = NULL;

  self->data_version = kw_reminder_store_get_data_version (self->store);

  if (!kw_reminder_store_get_enabled (self->store))
    {
      g_message ("Reminders are turned off; stopping");
      g_application_quit (G_APPLICATION (self));
      return FALSE;
    }

  if (derive)
    {
      g_autoptr(GTimeZone) tz = kw_schedule_dup_local_timezone ();
      gint64 now = service_now (self);

      self->today = local_day (tz, now);
      if (!kw_reminder_derive_from_store (self->store, tz, now, &error))
        {
          g_warning ("Could not update the reminders from the plan: %s", error->message);
          g_clear_error (&error);
        }
    }

  rules = kw_reminder_store_list_rules (self->store, &error);
  if (rules == NULL)
    {
      /* Keep the rules we had: a locked file must not silence reminders. */
      g_warning ("Could not read the reminders: %s", error->message);
      return self->rules != NULL;
    }

  g_clear_pointer (&self->rules, g_ptr_array_unref);
  self->rules = g_steal_pointer (&rules);
  kw_reminder_store_get_quiet_hours (self->store, &self->quiet);
  return TRUE;
}

static void
update_next_fire (KwReminderService *self,
                  GTimeZone         *tz)
{
  self->next_fire = G_MAXINT64;

  for (guint i = 0; self->rules != NULL && i < self->rules->len; i++)
    {
      gint64 t = kw_schedule_next_fire (g_ptr_array_index (self->rules, i), &self->quiet, tz,
                                        G_MININT64);
      if (t != 0)
        self->next_fire = MIN (self->next_fire, t);
    }

  g_debug ("Next reminder at %" G_GINT64_FORMAT, self->next_fire);
}

static void
notification_closed_cb (NotifyNotification *notification,
                        gpointer            user_data)
{
  KwReminderService *self = user_data;
  gint64 fired_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (notification), "fired-id"));

  g_hash_table_remove (self->shown, &fired_id);
}

static void
start_app (const char   *target,
           const GError *why)
{
  g_autofree char *app = g_build_filename (BINDIR, "kneewise", NULL);
  const char *argv[] = { app, NULL };
  g_autoptr(GError) error = NULL;

  g_message ("Could not ask Kneewise to open “%s” (%s); starting it",
             target, why != NULL ? why->message : "no session bus");
  if (!g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, &error))
    g_warning ("Could not start Kneewise: %s", error->message);
}

static void
app_activated_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autofree char *target = user_data;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (object), result, &error);
  if (reply == NULL)
    start_app (target, error);
}

/* Asks the app (started through D-Bus activation if needed) to show
 * @target with its app.open-item action; falls back to starting it the
 * ordinary way. Not waited for: the app may take seconds to start. */
static void
open_app (KwReminderService  *self,
          NotifyNotification *notification,
          const char         *target)
{
  GDBusConnection *bus = g_application_get_dbus_connection (G_APPLICATION (self));
  g_autofree char *path = NULL;
  const char *token = notify_notification_get_activation_token (notification);
  GVariantBuilder platform;

  if (bus == NULL)
    {
      start_app (target, NULL);
      return;
    }

  g_variant_builder_init (&platform, G_VARIANT_TYPE_VARDICT);
  if (token != NULL)
    {
      g_variant_builder_add (&platform, "{sv}", "activation-token", g_variant_new_string (token));
      g_variant_builder_add (&platform, "{sv}", "desktop-startup-id", g_variant_new_string (token));
    }

  path = g_strconcat ("/", APP_ID, NULL);
  g_strdelimit (path, ".", '/');

  g_dbus_connection_call (bus, APP_ID, path, "org.freedesktop.Application", "ActivateAction",
                          g_variant_new ("(s@ava{sv})", "open-item",
                                         g_variant_new_parsed ("[<%s>]", target), &platform),
                          NULL, G_DBUS_CALL_FLAGS_NONE, 25000, NULL,
                          app_activated_cb, g_strdup (target));
}

static void
action_cb (NotifyNotification *notification,
           char               *action,
           gpointer            user_data)
{
  ShownReminder *shown = user_data;
  KwReminderService *self = shown->service;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) tz = kw_schedule_dup_local_timezone ();
  gint64 now = service_now (self);
  gboolean ok = TRUE;

  g_debug ("Action “%s” on reminder %" G_GINT64_FORMAT, action, shown->fired_id);

  if (g_str_equal (action, "done"))
    ok = kw_reminder_store_mark_done (self->store, shown->fired_id, tz, now, &error);
  else if (g_str_equal (action, "snooze"))
    ok = kw_reminder_store_snooze (self->store, shown->fired_id, now, &error);
  else if (g_str_equal (action, "open") || g_str_equal (action, "default") ||
           g_str_equal (action, "log"))
    {
      if (shown->fired_id != 0)
        ok = kw_reminder_store_mark_opened (self->store, shown->fired_id, now, &error);
      open_app (self, notification, shown->target);
    }

  if (!ok)
    g_warning ("Could not save “%s” for a reminder: %s", action, error->message);

  /* Our own writes do not change data_version: reload now, so a snooze
   * counts from the next tick. */
  if (reload (self, FALSE))
    update_next_fire (self, tz);

  notify_notification_close (notification, NULL);
}

static void
show (KwReminderService *self,
      gint64             fired_id,
      const char        *summary,
      const char        *body,
      const char        *target,
      gboolean           with_buttons,
      gboolean           log_in_app)
{
  g_autoptr(NotifyNotification) notification = NULL;
  g_autoptr(GError) error = NULL;

  notification = notify_notification_new (summary, body, APP_ID);
  notify_notification_set_app_name (notification, _("Kneewise"));
  notify_notification_set_hint_string (notification, "desktop-entry", APP_ID);
  notify_notification_set_urgency (notification, NOTIFY_URGENCY_NORMAL);

  if (with_buttons)
    {
      /* A session is done when logged with its pain scores, in the app. */
      if (log_in_app)
        notify_notification_add_action (notification, "log", _("Log It…"), action_cb,
                                        shown_reminder_new (self, fired_id, target),
                                        shown_reminder_free);
      else
        notify_notification_add_action (notification, "done", _("Done"), action_cb,
                                        shown_reminder_new (self, fired_id, target),
                                        shown_reminder_free);
      notify_notification_add_action (notification, "snooze", _("Snooze 15 min"), action_cb,
                                      shown_reminder_new (self, fired_id, target),
                                      shown_reminder_free);
    }

  notify_notification_add_action (notification, "open", _("Open"), action_cb,
                                  shown_reminder_new (self, fired_id, target),
                                  shown_reminder_free);
  /* Clicking the notification itself opens too. */
  notify_notification_add_action (notification, "default", _("Open"), action_cb,
                                  shown_reminder_new (self, fired_id, target),
                                  shown_reminder_free);

  if (!notify_notification_show (notification, &error))
    {
      g_warning ("Could not show the reminder “%s”: %s", summary, error->message);
      return;
    }

  g_message ("Reminder shown: %s", summary);
  g_object_set_data (G_OBJECT (notification), "fired-id", GSIZE_TO_POINTER (fired_id));
  g_signal_connect (notification, "closed", G_CALLBACK (notification_closed_cb), self);
  g_hash_table_replace (self->shown, g_memdup2 (&fired_id, sizeof fired_id),
                        g_steal_pointer (&notification));
}

static void
show_due (KwReminderService   *self,
          const KwScheduleDue *due,
          gint64               fired_id,
          GTimeZone           *tz)
{
  g_autofree char *summary = kw_reminder_rule_dup_summary (due->rule);
  g_autofree char *body = kw_reminder_rule_dup_body (due->rule);

  if (due->missed)
    {
      g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (due->fire_time);
      g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, tz);
      /* Translators: a weekday and time, see g_date_time_format() */
      g_autofree char *when = g_date_time_format (local, _("%a %H:%M"));
      g_autofree char *missed = NULL;

      /* Translators: when a reminder was due, then its text */
      missed = g_strdup_printf (_("Missed while your computer was off (due %s). %s"),
                                when, body);
      g_free (body);
      body = g_steal_pointer (&missed);
    }

  show (self, fired_id, summary, body, due->rule->target, TRUE,
        kw_reminder_kind_is_logged_in_app (due->rule->kind));
}

/* Fires everything due at @now, each once; missed ones fold into one. */
static void
fire_due (KwReminderService *self,
          GTimeZone         *tz,
          gint64             now)
{
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GPtrArray) missed = g_ptr_array_new ();
  g_autoptr(GArray) missed_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (self->rules == NULL)
    return;

  due = kw_schedule_collect_due (self->rules, &self->quiet, tz, now);

  for (guint i = 0; i < due->len; i++)
    {
      KwScheduleDue *entry = g_ptr_array_index (due, i);
      g_autoptr(GError) error = NULL;
      gint64 fired_id = 0;

      /* Recorded before it is shown: if showing fails, it is not shown
       * again and again every 30 s. */
      if (!kw_reminder_store_record_fired (self->store, entry, tz, now, &fired_id, &error))
        {
          g_warning ("Could not record a reminder, will try again: %s", error->message);
          continue;
        }
      if (fired_id == 0)
        continue;

      if (entry->missed)
        {
          g_ptr_array_add (missed, entry);
          g_array_append_val (missed_ids, fired_id);
        }
      else
        show_due (self, entry, fired_id, tz);
    }

  if (missed->len == 1)
    show_due (self, g_ptr_array_index (missed, 0), g_array_index (missed_ids, gint64, 0), tz);
  else if (missed->len > 1)
    {
      g_autofree char *summary = kw_schedule_dup_missed_summary (missed);
      g_autofree char *body = kw_schedule_dup_missed_body (missed, tz);

      show (self, 0, summary, body, MISSED_TARGET, FALSE, FALSE);
    }

  reload (self, FALSE);
}

static gboolean
tick_cb (gpointer user_data)
{
  KwReminderService *self = user_data;
  g_autoptr(GTimeZone) tz = kw_schedule_dup_local_timezone ();
  gint64 now = service_now (self);
  gint64 version = kw_reminder_store_get_data_version (self->store);
  gint32 offset = offset_now (tz, now);
  gboolean recompute = FALSE;

  if (version != self->data_version || local_day (tz, now) != self->today)
    {
      g_debug ("The app changed the reminders, or the date changed; reloading");
      if (!reload (self, TRUE))
        return G_SOURCE_CONTINUE;
      recompute = TRUE;
    }

  /* The clock was set back, or the zone changed: planned instants moved. */
  if (now < self->last_tick || offset != self->tz_offset)
    recompute = TRUE;

  self->last_tick = now;
  self->tz_offset = offset;

  if (recompute)
    update_next_fire (self, tz);

  if (now >= self->next_fire)
    {
      fire_due (self, tz, now);
      update_next_fire (self, tz);
    }

  return G_SOURCE_CONTINUE;
}

static gboolean
quit_on_signal_cb (gpointer user_data)
{
  g_application_quit (G_APPLICATION (user_data));
  return G_SOURCE_CONTINUE;
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry service_actions[] = {
  { "quit", quit_action },
};

static gint
kw_reminder_service_handle_local_options (GApplication *app,
                                          GVariantDict *options)
{
  KwReminderService *self = KW_REMINDER_SERVICE (app);
  const char *now = NULL;
  gint32 interval;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("kneewise-reminders %s\n", PACKAGE_VERSION);
      return 0;
    }

  g_variant_dict_lookup (options, "database", "^ay", &self->db_path);
  self->once = g_variant_dict_contains (options, "once");

  if (g_variant_dict_lookup (options, "poll-interval", "i", &interval))
    {
      if (interval < 1 || interval > TICK_SECONDS)
        {
          g_printerr (_("The poll interval must be from 1 to %d seconds.\n"), TICK_SECONDS);
          return 2;
        }
      self->poll_seconds = interval;
    }

  if (g_variant_dict_lookup (options, "now", "&s", &now))
    {
      g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (now, NULL);

      if (dt == NULL)
        {
          g_printerr (_("“%s” is not a date and time. Write it like 2026-03-29T18:00:00+02:00.\n"),
                      now);
          return 2;
        }
      self->clock_offset = g_date_time_to_unix (dt) - g_get_real_time () / G_USEC_PER_SEC;
    }

  return -1;
}

static void
kw_reminder_service_startup (GApplication *app)
{
  KwReminderService *self = KW_REMINDER_SERVICE (app);
  g_autoptr(GError) error = NULL;

  G_APPLICATION_CLASS (kw_reminder_service_parent_class)->startup (app);

  if (self->db_path != NULL)
    self->store = kw_store_open (self->db_path, &error);
  else
    self->store = kw_store_open_default (&error);

  if (self->store == NULL)
    {
      g_printerr ("%s\n", error->message);
      self->exit_status = 1;
      return;
    }

  if (!notify_init (_("Kneewise")))
    g_warning ("Could not set up notifications");

  if (!self->once)
    {
      g_application_hold (app);
      g_unix_signal_add (SIGTERM, quit_on_signal_cb, self);
      g_unix_signal_add (SIGINT, quit_on_signal_cb, self);
    }
}

static void
kw_reminder_service_activate (GApplication *app)
{
  KwReminderService *self = KW_REMINDER_SERVICE (app);
  g_autoptr(GTimeZone) tz = NULL;

  /* A second start (the app turning reminders on again) just checks now. */
  if (self->tick_source != 0)
    {
      tick_cb (self);
      return;
    }

  if (self->store == NULL || !reload (self, TRUE))
    {
      if (self->store == NULL)
        g_application_quit (app);
      return;
    }

  tz = kw_schedule_dup_local_timezone ();
  self->last_tick = service_now (self);
  self->tz_offset = offset_now (tz, self->last_tick);
  self->data_version = kw_reminder_store_get_data_version (self->store);
  update_next_fire (self, tz);
  tick_cb (self);

  if (!self->once)
    self->tick_source = g_timeout_add_seconds (self->poll_seconds, tick_cb, self);
}

static void
kw_reminder_service_shutdown (GApplication *app)
{
  KwReminderService *self = KW_REMINDER_SERVICE (app);

  g_clear_handle_id (&self->tick_source, g_source_remove);
  g_hash_table_remove_all (self->shown);
  if (notify_is_initted ())
    notify_uninit ();

  G_APPLICATION_CLASS (kw_reminder_service_parent_class)->shutdown (app);
}

static void
kw_reminder_service_finalize (GObject *object)
{
  KwReminderService *self = KW_REMINDER_SERVICE (object);

  g_clear_pointer (&self->shown, g_hash_table_unref);
  g_clear_pointer (&self->rules, g_ptr_array_unref);
  g_clear_object (&self->store);
  g_clear_pointer (&self->db_path, g_free);

  G_OBJECT_CLASS (kw_reminder_service_parent_class)->finalize (object);
}

static void
kw_reminder_service_class_init (KwReminderServiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = kw_reminder_service_finalize;

  app_class->handle_local_options = kw_reminder_service_handle_local_options;
  app_class->startup = kw_reminder_service_startup;
  app_class->activate = kw_reminder_service_activate;
  app_class->shutdown = kw_reminder_service_shutdown;
}

static void
kw_reminder_service_init (KwReminderService *self)
{
  static const GOptionEntry entries[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Use this database instead of the usual one"), N_("FILE") },
    { "now", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Pretend the time is now this (ISO 8601), for testing"), N_("TIME") },
    { "poll-interval", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_INT, NULL,
      N_("Check every this many seconds instead of 30, for testing"), N_("SECONDS") },
    { "once", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Fire what is due, then exit (buttons will not work)"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version"), NULL },
    { NULL }
  };

  self->shown = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->next_fire = G_MAXINT64;
  self->poll_seconds = TICK_SECONDS;

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_action_map_add_action_entries (G_ACTION_MAP (self), service_actions,
                                   G_N_ELEMENTS (service_actions), self);
}

/**
 * kw_reminder_service_get_exit_status:
 * @self: a #KwReminderService
 *
 * Returns: 1 if the database could not be opened, else 0
 */
int
kw_reminder_service_get_exit_status (KwReminderService *self)
{
  g_return_val_if_fail (KW_IS_REMINDER_SERVICE (self), 1);

  return self->exit_status;
}

/**
 * kw_reminder_service_new:
 *
 * Returns: (transfer full): the service, unique per session
 */
KwReminderService *
kw_reminder_service_new (void)
{
  return g_object_new (KW_TYPE_REMINDER_SERVICE,
                       "application-id", KW_REMINDER_SERVICE_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       NULL);
}
