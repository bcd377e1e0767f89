/* test-ui-reminders.c: the Reminders preferences and "Open" from a reminder
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the real app under Xvfb on a private bus. Turning reminders on
 * writes the XDG autostart entry and starts the real kneewise-reminders
 * (built in this tree); turning them off removes the entry and stops it.
 */

#include "config.h"

#include "kw-preferences-window.h"
#include "kw-reminder-autostart.h"
#include "kw-reminder-preferences-page.h"
#include "kw-reminder-store.h"
#include "kw-test-ui.h"

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

static GPtrArray *
find_all (GtkWidget *widget,
          GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (widget, type, found);
  return found;
}

static gboolean
service_running (gpointer data)
{
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(GVariant) reply = NULL;
  gboolean owned = FALSE;

  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", KW_REMINDER_AUTOSTART_SERVICE_ID),
                                       G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, -1,
                                       NULL, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);
  return owned == GPOINTER_TO_INT (data);
}

static gboolean
autostart_entry_is (gpointer data)
{
  g_autofree char *path = kw_reminder_autostart_dup_desktop_path ();

  return g_file_test (path, G_FILE_TEST_EXISTS) == GPOINTER_TO_INT (data);
}

static void
apply (AdwEntryRow *row,
       const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "apply");
}

static void
preferences_scenario (KwApplication *app,
                      KwWindow      *window,
                      gpointer       data)
{
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GPtrArray) switches = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) expanders = NULL;
  g_autoptr(GPtrArray) toggles = NULL;
  g_autofree char *text = NULL;
  g_autofree char *desktop_path = kw_reminder_autostart_dup_desktop_path ();
  g_autofree char *desktop = NULL;
  g_autofree char *service = NULL;
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  KwReminderPreferencesPage *page;
  GtkWindow *prefs;
  KwStore *store;
  KwQuietHours quiet;
  KwReminderKindSettings kind;

  g_assert_true (kw_test_ui_wait_for (kw_test_ui_store_is_open, window, 10000));
  store = kw_window_get_store (window);

  /* The service started from here finds the same database and folders. */
  g_setenv ("XDG_DATA_HOME", g_get_user_data_dir (), TRUE);
  g_setenv ("XDG_CONFIG_HOME", g_get_user_config_dir (), TRUE);
  g_setenv ("XDG_CACHE_HOME", g_get_user_cache_dir (), TRUE);
  g_setenv ("HOME", g_get_home_dir (), TRUE);

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  prefs = kw_test_ui_find_toplevel (KW_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (prefs);

  pages = find_all (GTK_WIDGET (prefs), KW_TYPE_REMINDER_PREFERENCES_PAGE);
  g_assert_cmpuint (pages->len, ==, 1);
  page = pages->pdata[0];
  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (prefs),
                                           ADW_PREFERENCES_PAGE (page));

  text = kw_test_ui_collect_text (GTK_WIDGET (page));
  g_assert_nonnull (strstr (text, "Remind Me"));
  g_assert_nonnull (strstr (text, "even when its window is closed"));
  g_assert_nonnull (strstr (text, "Quiet Hours"));
  g_assert_nonnull (strstr (text, "Exercise sessions"));
  g_assert_nonnull (strstr (text, "At 18:00 on the days of your plan"));
  g_assert_nonnull (strstr (text, "Seeing a physio or doctor"));
  g_assert_nonnull (strstr (text, "At 09:00 on the day"));

  switches = find_all (GTK_WIDGET (page), GTK_TYPE_SWITCH);
  entries = find_all (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW);
  expanders = find_all (GTK_WIDGET (page), ADW_TYPE_EXPANDER_ROW);
  toggles = find_all (GTK_WIDGET (page), GTK_TYPE_TOGGLE_BUTTON);
  g_assert_cmpuint (expanders->len, ==, KW_REMINDER_N_KINDS);
  g_assert_cmpuint (entries->len, ==, 2 + KW_REMINDER_N_KINDS);
  /* Days for the three repeating kinds only. */
  g_assert_cmpuint (toggles->len, ==, 3 * 7);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entries->pdata[0])), ==, "22:00");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entries->pdata[1])), ==, "07:00");

  /* Expanded, for the screenshot. */
  adw_expander_row_set_expanded (expanders->pdata[KW_REMINDER_KIND_EXERCISE_SESSION], TRUE);
  gtk_window_set_default_size (prefs, 640, 900);
  kw_test_ui_screenshot (GTK_WIDGET (prefs), "preferences-reminders");

  /* On: saved, an autostart entry, and the service running now. */
  if (!kw_test_ui_portal_missing ("starting reminders at login"))
    {
      g_assert_false (gtk_switch_get_active (switches->pdata[0]));
      gtk_switch_set_active (switches->pdata[0], TRUE);
      g_assert_true (kw_reminder_store_get_enabled (store));
      g_assert_true (kw_test_ui_wait_for (autostart_entry_is, GINT_TO_POINTER (TRUE), 10000));
      g_assert_true (kw_test_ui_wait_for (service_running, GINT_TO_POINTER (TRUE), 20000));

      g_assert_true (g_file_get_contents (desktop_path, &desktop, NULL, NULL));
      g_assert_true (g_key_file_load_from_data (key_file, desktop, -1, G_KEY_FILE_NONE, NULL));
      service = g_key_file_get_string (key_file, "Desktop Entry", "Exec", NULL);
      g_assert_cmpstr (service, ==, g_getenv ("KNEEWISE_REMINDERS"));
      g_assert_true (g_key_file_get_boolean (key_file, "Desktop Entry", "NoDisplay", NULL));

      /* Off: the entry goes and the service stops. */
      gtk_switch_set_active (switches->pdata[0], FALSE);
      g_assert_false (kw_reminder_store_get_enabled (store));
      g_assert_true (kw_test_ui_wait_for (autostart_entry_is, GINT_TO_POINTER (FALSE), 10000));
      g_assert_true (kw_test_ui_wait_for (service_running, GINT_TO_POINTER (FALSE), 20000));
    }

  /* Quiet hours: saved when valid; bad input is marked and nothing changes. */
  apply (entries->pdata[0], "23:15");
  kw_reminder_store_get_quiet_hours (store, &quiet);
  g_assert_cmpuint (quiet.start_hour, ==, 23);
  g_assert_cmpuint (quiet.start_minute, ==, 15);
  apply (entries->pdata[1], "7.30");
  g_assert_true (gtk_widget_has_css_class (entries->pdata[1], "error"));
  kw_reminder_store_get_quiet_hours (store, &quiet);
  g_assert_cmpuint (quiet.end_hour, ==, 7);
  g_assert_cmpuint (quiet.end_minute, ==, 0);
  apply (entries->pdata[1], "06:30");
  g_assert_false (gtk_widget_has_css_class (entries->pdata[1], "error"));
  kw_reminder_store_get_quiet_hours (store, &quiet);
  g_assert_cmpuint (quiet.end_hour, ==, 6);

  /* Each kind: on or off, its time and its days. */
  adw_expander_row_set_enable_expansion (expanders->pdata[KW_REMINDER_KIND_MORNING_CHECK_IN],
                                         FALSE);
  kw_reminder_store_get_kind_settings (store, KW_REMINDER_KIND_MORNING_CHECK_IN, &kind);
  g_assert_false (kind.enabled);

  apply (entries->pdata[2 + KW_REMINDER_KIND_EXERCISE_SESSION], "06:45");
  gtk_toggle_button_set_active (toggles->pdata[0], TRUE);   /* Monday */
  gtk_toggle_button_set_active (toggles->pdata[3], TRUE);   /* Thursday */
  kw_reminder_store_get_kind_settings (store, KW_REMINDER_KIND_EXERCISE_SESSION, &kind);
  g_assert_true (kind.enabled);
  g_assert_cmpuint (kind.hour, ==, 6);
  g_assert_cmpuint (kind.minute, ==, 45);
  g_assert_cmpuint (kind.weekdays, ==, KW_WEEKDAY_MONDAY | KW_WEEKDAY_THURSDAY);
  g_clear_pointer (&text, g_free);
  text = kw_test_ui_collect_text (GTK_WIDGET (page));
  g_assert_nonnull (strstr (text, "At 06:45 on Mon, Thu"));

  gtk_window_destroy (prefs);
}

static void
test_preferences (void)
{
  kw_test_ui_run (preferences_scenario, NULL);
}

/* kneewise-reminders' "Open" button activates app.open-item. */
static void
open_item_scenario (KwApplication *app,
                    KwWindow      *window,
                    gpointer       data)
{
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-item",
                                  g_variant_new_string ("return-to-run:level-1"));
  g_assert_cmpstr (kw_window_get_visible_page (window), ==, "return-to-run");
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-item",
                                  g_variant_new_string ("assessment:reassess"));
  g_assert_cmpstr (kw_window_get_visible_page (window), ==, "assessment");
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-item",
                                  g_variant_new_string ("session:daily"));
  g_assert_cmpstr (kw_window_get_visible_page (window), ==, "today");
}

static void
test_open_item (void)
{
  kw_test_ui_run (open_item_scenario, NULL);
}

static void
set_off_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_assert_true (kw_reminder_autostart_set_finish (result, NULL));
  *(gboolean *) user_data = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* Reminders on, service not running: opening the app starts it. */
static void
starts_service_scenario (KwApplication *app,
                         KwWindow      *window,
                         gpointer       data)
{
  gboolean done = FALSE;

  g_assert_true (kw_test_ui_wait_for (kw_test_ui_store_is_open, window, 10000));
  g_assert_true (kw_test_ui_wait_for (service_running, GINT_TO_POINTER (TRUE), 20000));

  kw_reminder_autostart_set_async (NULL, FALSE, NULL, set_off_cb, &done);
  g_assert_true (kw_test_ui_wait_for (is_true, &done, 10000));
  g_assert_true (kw_test_ui_wait_for (service_running, GINT_TO_POINTER (FALSE), 20000));
}

static void
test_app_starts_service (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KwStore) store = kw_store_open_default (&error);

  g_assert_no_error (error);
  g_assert_true (kw_reminder_store_set_enabled (store, TRUE, &error));
  g_clear_object (&store);

  g_setenv ("XDG_DATA_HOME", g_get_user_data_dir (), TRUE);
  g_setenv ("XDG_CONFIG_HOME", g_get_user_config_dir (), TRUE);
  g_setenv ("HOME", g_get_home_dir (), TRUE);
  kw_test_ui_run (starts_service_scenario, NULL);
}

int
main (int argc, char *argv[])
{
  kw_test_ui_init (&argc, &argv);
  g_assert_nonnull (g_getenv ("KNEEWISE_REMINDERS"));

  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    g_settings_set_boolean (settings, "welcome-done", TRUE);
  }

  g_test_add_func ("/ui/reminders/preferences", test_preferences);
  g_test_add_func ("/ui/reminders/open-item", test_open_item);
  g_test_add_func ("/ui/reminders/app-starts-service", test_app_starts_service);

  return g_test_run ();
}
