/* kw-window.c: the main window, one page per part of the product
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kw-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kw-assessment-page.h"
#include "kw-data-actions.h"
#include "kw-plan-page.h"
#include "kw-progress-page.h"
#include "kw-today-page.h"
#include "kw-print-actions.h"
#include "kw-return-page.h"
#include "kw-window.h"

struct _KwWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  KwStore              *store;

  /* template children */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwViewStack         *view_stack;
  AdwStatusPage        *error_page;
};

G_DEFINE_FINAL_TYPE (KwWindow, kw_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_main_or_welcome (KwWindow *self)
{
  gboolean welcomed = self->settings != NULL &&
                      g_settings_get_boolean (self->settings, "welcome-done");

  gtk_stack_set_visible_child_name (self->main_stack, welcomed ? "main" : "welcome");
}

static void
on_get_started_clicked_cb (KwWindow  *self,
                           GtkButton *button)
{
  if (self->settings != NULL)
    g_settings_set_boolean (self->settings, "welcome-done", TRUE);

  show_main_or_welcome (self);
  kw_window_show_page (self, "assessment");
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  kw_window_show_page (KW_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static gboolean
kw_window_close_request (GtkWindow *window)
{
  KwWindow *self = KW_WINDOW (window);
  int width, height;

  /* Saved once on close, not on every resize. */
  if (self->settings != NULL)
    {
      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
      g_settings_set_boolean (self->settings, "window-maximized",
                              gtk_window_is_maximized (window));
    }

  return GTK_WINDOW_CLASS (kw_window_parent_class)->close_request (window);
}

static void
kw_window_constructed (GObject *object)
{
  KwWindow *self = KW_WINDOW (object);

  G_OBJECT_CLASS (kw_window_parent_class)->constructed (object);

  if (self->settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }

  show_main_or_welcome (self);
}

static void
kw_window_dispose (GObject *object)
{
  KwWindow *self = KW_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KW_TYPE_WINDOW);

  G_OBJECT_CLASS (kw_window_parent_class)->dispose (object);
}

static void
kw_window_finalize (GObject *object)
{
  KwWindow *self = KW_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (kw_window_parent_class)->finalize (object);
}

static void
kw_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  KwWindow *self = KW_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kw_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  KwWindow *self = KW_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_STORE:
      kw_window_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kw_window_class_init (KwWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = kw_window_constructed;
  object_class->dispose = kw_window_dispose;
  object_class->finalize = kw_window_finalize;
  object_class->get_property = kw_window_get_property;
  object_class->set_property = kw_window_set_property;

  window_class->close_request = kw_window_close_request;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * KwWindow:store:
   *
   * The open store, handed on to every page that has a `store` property.
   * %NULL until the app has opened it after the first frame.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         KW_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KW_TYPE_ASSESSMENT_PAGE);
  g_type_ensure (KW_TYPE_PLAN_PAGE);
  g_type_ensure (KW_TYPE_PROGRESS_PAGE);
  g_type_ensure (KW_TYPE_TODAY_PAGE);
  g_type_ensure (KW_TYPE_RETURN_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/kw-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KwWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KwWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, KwWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, KwWindow, error_page);
  gtk_widget_class_bind_template_callback (widget_class, on_get_started_clicked_cb);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  kw_print_actions_install (widget_class);
  kw_data_actions_install (widget_class);

  for (guint i = 0; i < 5; i++)
    {
      static const char *pages[] = { "assessment", "plan", "today", "return-to-run",
                                     "progress" };

      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                           "win.show-page", "s", pages[i]);
    }
}

static void
kw_window_init (KwWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kw_window_new:
 * @application: the app
 * @settings: (nullable): the app's settings (window size, first run)
 *
 * Returns: (transfer full): a new main window
 */
KwWindow *
kw_window_new (GtkApplication *application,
               GSettings      *settings)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (KW_TYPE_WINDOW,
                       "application", application,
                       "settings", settings,
                       NULL);
}

/**
 * kw_window_get_store:
 * @self: a #KwWindow
 *
 * Returns: (transfer none) (nullable): the store the pages show
 */
KwStore *
kw_window_get_store (KwWindow *self)
{
  g_return_val_if_fail (KW_IS_WINDOW (self), NULL);

  return self->store;
}

/**
 * kw_window_set_store:
 * @self: a #KwWindow
 * @store: (nullable): the open store
 *
 * Hands @store to every page with a `store` property, so a page only has
 * to declare that property to get its data.
 */
void
kw_window_set_store (KwWindow *self,
                     KwStore  *store)
{
  g_autoptr(GtkSelectionModel) pages = NULL;
  guint n;

  g_return_if_fail (KW_IS_WINDOW (self));
  g_return_if_fail (store == NULL || KW_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  pages = adw_view_stack_get_pages (self->view_stack);
  n = g_list_model_get_n_items (G_LIST_MODEL (pages));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      GtkWidget *child = adw_view_stack_page_get_child (page);

      if (g_object_class_find_property (G_OBJECT_GET_CLASS (child), "store") != NULL)
        g_object_set (child, "store", store, NULL);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * kw_window_show_store_error:
 * @self: a #KwWindow
 * @error: why the store could not be opened
 *
 * Replaces the pages with a page that says what happened to the data.
 */
void
kw_window_show_store_error (KwWindow     *self,
                            const GError *error)
{
  g_return_if_fail (KW_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  adw_status_page_set_description (self->error_page, error->message);
  gtk_stack_set_visible_child_full (self->main_stack, "error", GTK_STACK_TRANSITION_TYPE_NONE);
}

/**
 * kw_window_show_page:
 * @self: a #KwWindow
 * @name: "assessment", "plan", "today", "return-to-run" or "progress"
 */
void
kw_window_show_page (KwWindow   *self,
                     const char *name)
{
  g_return_if_fail (KW_IS_WINDOW (self));
  g_return_if_fail (name != NULL);

  if (adw_view_stack_get_child_by_name (self->view_stack, name) == NULL)
    {
      g_warning ("No page named “%s”", name);
      return;
    }

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "welcome") == 0)
    return;

  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

/**
 * kw_window_get_visible_page:
 * @self: a #KwWindow
 *
 * Returns: (nullable): the name of the page shown
 */
const char *
kw_window_get_visible_page (KwWindow *self)
{
  g_return_val_if_fail (KW_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

/**
 * kw_window_add_toast:
 * @self: a #KwWindow
 * @message: a short message
 */
void
kw_window_add_toast (KwWindow   *self,
                     const char *message)
{
  g_return_if_fail (KW_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}
