/* kw-application.c: the app, its actions, and the one store it opens
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kw-application"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "kw-application.h"
#include "kw-bench-report.h"
#include "kw-help-window.h"
#include "kw-preferences-window.h"
#include "kw-reminder-autostart.h"
#include "kw-reminder-store.h"
#include "kw-window.h"

struct _KwApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  KwStore        *store;
  GError         *store_error;
  guint           open_store_source;

  /* KNEEWISE_BENCH: see bench_after_paint_cb() */
  gboolean        bench_settled;
  gboolean        bench_first_done;
  gboolean        bench_store_done;
};

G_DEFINE_FINAL_TYPE (KwApplication, kw_application, ADW_TYPE_APPLICATION)

static KwWindow *
get_main_window (KwApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (KW_IS_WINDOW (window))
    return KW_WINDOW (window);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (KW_IS_WINDOW (l->data))
      return KW_WINDOW (l->data);

  return NULL;
}

static void
hand_store_to_window (KwApplication *self,
                      KwWindow      *window)
{
  if (self->store != NULL)
    kw_window_set_store (window, self->store);
  else if (self->store_error != NULL)
    kw_window_show_store_error (window, self->store_error);
}

static void
tell_about_moved_aside (KwApplication *self,
                        KwWindow      *window)
{
  const char *aside = kw_store_get_moved_aside_path (self->store);
  g_autofree char *display = NULL;
  AdwMessageDialog *dialog;

  if (aside == NULL)
    return;

  display = g_filename_display_name (aside);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window),
                                                       _("Your Data Was Damaged"),
                                                       NULL));
  adw_message_dialog_format_body (dialog,
                                  _("Kneewise could not read its database, so it started a "
                                    "new, empty one. The damaged file was kept, not deleted: "
                                    "it is now “%s”."),
                                  display);
  adw_message_dialog_add_response (dialog, "ok", _("_OK"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* KNEEWISE_BENCH=first-frame or =settled, for bench/run-startup.py: after
 * the first frame (or the first frame after the store was opened and the
 * page shown got its data; with KNEEWISE_BENCH_PAGE=progress, after that
 * page was opened too) print when it was and what it cost, and quit.
 * bench/bare-window.c prints the same line (kw_bench_report()) at the same
 * moment, so the two compare like for like. */
static void
bench_after_paint_cb (GdkFrameClock *clock,
                      gpointer       user_data)
{
  KwApplication *self = user_data;

  if (!self->bench_first_done)
    {
      self->bench_first_done = TRUE;
      kw_bench_report ("first-frame");
      if (!self->bench_settled)
        {
          g_signal_handlers_disconnect_by_func (clock, bench_after_paint_cb, self);
          g_application_quit (G_APPLICATION (self));
          return;
        }
    }

  if (self->bench_store_done)
    {
      kw_bench_report ("settled");
      g_signal_handlers_disconnect_by_func (clock, bench_after_paint_cb, self);
      g_application_quit (G_APPLICATION (self));
    }
}

static void
bench_window_realize_cb (GtkWidget *window,
                         gpointer   user_data)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (bench_after_paint_cb), user_data);
}

/* Runs after the first frame: nothing the window needs to appear waits on
 * the disk. quick_check and migrations happen here. */
static gboolean
open_store_cb (gpointer user_data)
{
  KwApplication *self = user_data;
  KwWindow *window;

  self->open_store_source = 0;

  self->store = kw_store_open_default (&self->store_error);
  if (self->store_error != NULL)
    g_message ("%s", self->store_error->message);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (KW_IS_WINDOW (l->data))
      hand_store_to_window (self, l->data);

  if (self->store != NULL && (window = get_main_window (self)) != NULL)
    tell_about_moved_aside (self, window);

  /* Reminders are on but their service is not running (it was stopped, or
   * autostart is not supported here): start it. Only it fires reminders. */
  if (self->store != NULL && kw_reminder_store_get_enabled (self->store))
    {
      g_autoptr(GError) error = NULL;

      if (!kw_reminder_autostart_start_service (&error))
        g_warning ("Could not start the reminder service: %s", error->message);
    }

  if (self->bench_settled && (window = get_main_window (self)) != NULL)
    {
      const char *page = g_getenv ("KNEEWISE_BENCH_PAGE");

      /* Then "settled" includes opening that page, as a click would. */
      if (page != NULL && *page != '\0')
        kw_window_show_page (window, page);
      self->bench_store_done = TRUE;
      gtk_widget_queue_draw (GTK_WIDGET (window));
    }

  return G_SOURCE_REMOVE;
}

static void
kw_application_activate (GApplication *app)
{
  KwApplication *self = KW_APPLICATION (app);
  KwWindow *window = get_main_window (self);

  if (window == NULL)
    {
      const char *bench = g_getenv ("KNEEWISE_BENCH");

      window = kw_window_new (GTK_APPLICATION (self), self->settings);
      hand_store_to_window (self, window);
      if (bench != NULL && *bench != '\0')
        {
          self->bench_settled = g_str_equal (bench, "settled");
          g_signal_connect (window, "realize", G_CALLBACK (bench_window_realize_cb), self);
        }
    }

  gtk_window_present (GTK_WINDOW (window));

  if (self->store == NULL && self->store_error == NULL && self->open_store_source == 0)
    self->open_store_source = g_idle_add_full (G_PRIORITY_LOW, open_store_cb, self, NULL);
}

static gboolean
style_variant_to_color_scheme (GValue   *value,
                               GVariant *variant,
                               gpointer  user_data)
{
  const char *str = g_variant_get_string (variant, NULL);

  if (g_str_equal (str, "light"))
    g_value_set_enum (value, ADW_COLOR_SCHEME_FORCE_LIGHT);
  else if (g_str_equal (str, "dark"))
    g_value_set_enum (value, ADW_COLOR_SCHEME_FORCE_DARK);
  else
    g_value_set_enum (value, ADW_COLOR_SCHEME_PREFER_LIGHT);

  return TRUE;
}

static void
kw_application_startup (GApplication *app)
{
  KwApplication *self = KW_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *prefs_accels[] = { "<Control>comma", NULL };
  static const char *help_accels[] = { "F1", NULL };

  G_APPLICATION_CLASS (kw_application_parent_class)->startup (app);

  self->settings = g_settings_new (APP_ID);

  g_settings_bind_with_mapping (self->settings, "style-variant",
                                adw_style_manager_get_default (), "color-scheme",
                                G_SETTINGS_BIND_GET,
                                style_variant_to_color_scheme, NULL, NULL, NULL);

  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences",
                                         prefs_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.help", help_accels);
}

static void
kw_application_shutdown (GApplication *app)
{
  KwApplication *self = KW_APPLICATION (app);

  g_clear_handle_id (&self->open_store_source, g_source_remove);

  G_APPLICATION_CLASS (kw_application_parent_class)->shutdown (app);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  KwApplication *self = user_data;
  static const char *developers[] = { "The Kneewise authors", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", get_main_window (self),
                        "modal", TRUE,
                        "application-name", _("Kneewise"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Kneewise authors"),
                        "developers", developers,
                        "version", PACKAGE_VERSION,
                        "website", "https://github.com/kneewise/kneewise",
                        "issue-url", "https://github.com/kneewise/kneewise/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", "© 2026 The Kneewise authors",
                        "comments",
                        _("Self-care education for runners whose knee hurts. "
                          "Kneewise does not diagnose: if you are worried, or your knee "
                          "is swollen, locked, gives way or keeps getting worse, see a "
                          "physiotherapist or doctor."),
                        /* Translators: replace with your names, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  KwApplication *self = user_data;
  KwPreferencesWindow *prefs;

  prefs = kw_preferences_window_new (GTK_WINDOW (get_main_window (self)),
                                     self->settings, self->store);
  gtk_window_present (GTK_WINDOW (prefs));
}

static void
help_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  KwApplication *self = user_data;
  KwHelpWindow *help;

  help = kw_help_window_new (GTK_WINDOW (get_main_window (self)), self->store);
  gtk_window_present (GTK_WINDOW (help));
}

/* Reminder targets are "<page>:<item>" ("today:session-2026-06-01"); see
 * kneewise-reminders' "Open" button, which calls this through D-Bus. */
static void
open_item_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  KwApplication *self = user_data;
  const char *target = g_variant_get_string (parameter, NULL);
  static const char *pages[] = { "assessment", "plan", "today", "return-to-run", "progress" };
  const char *page = "today";
  KwWindow *window;

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    if (g_str_has_prefix (target, pages[i]) && target[strlen (pages[i])] == ':')
      page = pages[i];

  /* Started by D-Bus activation just for this: there is no window yet. */
  g_application_activate (G_APPLICATION (self));
  if ((window = get_main_window (self)) != NULL)
    kw_window_show_page (window, page);
}

static const GActionEntry app_actions[] = {
  { "open-item", open_item_action, "s" },
  { "quit", quit_action },
  { "about", about_action },
  { "preferences", preferences_action },
  { "help", help_action },
};

static void
kw_application_finalize (GObject *object)
{
  KwApplication *self = KW_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_error (&self->store_error);

  G_OBJECT_CLASS (kw_application_parent_class)->finalize (object);
}

static void
kw_application_class_init (KwApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = kw_application_finalize;

  app_class->activate = kw_application_activate;
  app_class->startup = kw_application_startup;
  app_class->shutdown = kw_application_shutdown;
}

static void
kw_application_init (KwApplication *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
}

/**
 * kw_application_new:
 *
 * Returns: (transfer full): the app; single instance, D-Bus activatable
 */
KwApplication *
kw_application_new (void)
{
  return g_object_new (KW_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       NULL);
}

/**
 * kw_application_get_store:
 * @self: a #KwApplication
 *
 * Returns: (transfer none) (nullable): the open store, or %NULL before it is
 *   open or if it could not be opened
 */
KwStore *
kw_application_get_store (KwApplication *self)
{
  g_return_val_if_fail (KW_IS_APPLICATION (self), NULL);

  return self->store;
}

/**
 * kw_application_get_store_error:
 * @self: a #KwApplication
 *
 * Returns: (transfer none) (nullable): why the store could not be opened
 */
const GError *
kw_application_get_store_error (KwApplication *self)
{
  g_return_val_if_fail (KW_IS_APPLICATION (self), NULL);

  return self->store_error;
}

/**
 * kw_application_get_settings:
 * @self: a #KwApplication
 *
 * Returns: (transfer none): the app's settings
 */
GSettings *
kw_application_get_settings (KwApplication *self)
{
  g_return_val_if_fail (KW_IS_APPLICATION (self), NULL);

  return self->settings;
}
