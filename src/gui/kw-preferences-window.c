/* kw-preferences-window.c
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kw-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kw-preferences-window.h"
#include "kw-reminder-preferences-page.h"

struct _KwPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
  KwStore              *store;

  /* template children */
  AdwComboRow          *style_row;
  AdwEntryRow          *name_row;
  AdwActionRow         *data_row;
};

G_DEFINE_FINAL_TYPE (KwPreferencesWindow, kw_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* Same order as the GtkStringList in the template. */
static const char *style_variants[] = { "default", "light", "dark" };

static void
on_style_row_selected_cb (KwPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->style_row);

  if (selected < G_N_ELEMENTS (style_variants))
    g_settings_set_string (self->settings, "style-variant", style_variants[selected]);
}

static void
on_name_row_apply_cb (KwPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  if (self->store == NULL)
    return;

  if (!kw_store_set_value (self->store, "runner-name", name[0] ? name : NULL, &error))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                      adw_toast_new (error->message));
  else
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                      adw_toast_new (_("Name saved")));
}

static void
kw_preferences_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KW_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (kw_preferences_window_parent_class)->dispose (object);
}

static void
kw_preferences_window_finalize (GObject *object)
{
  KwPreferencesWindow *self = KW_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (kw_preferences_window_parent_class)->finalize (object);
}

static void
kw_preferences_window_class_init (KwPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kw_preferences_window_dispose;
  object_class->finalize = kw_preferences_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               APP_PATH "ui/kw-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KwPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, KwPreferencesWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, KwPreferencesWindow, data_row);
  gtk_widget_class_bind_template_callback (widget_class, on_name_row_apply_cb);
}

static void
kw_preferences_window_init (KwPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kw_preferences_window_new:
 * @parent: (nullable): the window it belongs to
 * @settings: the app's settings
 * @store: (nullable): the open store, for values kept with the user's data
 *
 * Returns: (transfer full): a new preferences window
 */
KwPreferencesWindow *
kw_preferences_window_new (GtkWindow *parent,
                           GSettings *settings,
                           KwStore   *store)
{
  KwPreferencesWindow *self;
  g_autofree char *variant = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (store == NULL || KW_IS_STORE (store), NULL);

  self = g_object_new (KW_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       NULL);
  self->settings = g_object_ref (settings);
  self->store = store != NULL ? g_object_ref (store) : NULL;

  variant = g_settings_get_string (settings, "style-variant");
  for (guint i = 0; i < G_N_ELEMENTS (style_variants); i++)
    if (g_str_equal (variant, style_variants[i]))
      adw_combo_row_set_selected (self->style_row, i);
  g_signal_connect_swapped (self->style_row, "notify::selected",
                            G_CALLBACK (on_style_row_selected_cb), self);

  if (store != NULL)
    {
      name = kw_store_dup_value (store, "runner-name");
      path = g_filename_display_name (kw_store_get_path (store));
    }
  else
    path = kw_store_dup_default_path ();

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name ? name : "");
  gtk_widget_set_sensitive (GTK_WIDGET (self->name_row), store != NULL);
  adw_action_row_set_subtitle (self->data_row, path);

  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                              ADW_PREFERENCES_PAGE (kw_reminder_preferences_page_new (store)));

  return self;
}
