/* kw-test-ui.c: helpers for UI tests under Xvfb
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kw-plan-page.h"
#include "kw-progress-page.h"
#include "kw-test-ui.h"
#include "kw-today-page.h"

void
kw_test_ui_init (int    *argc,
                 char ***argv)
{
  g_autofree char *mime = NULL;

  /* Isolated test folders hide /usr/share/mime, and gdk-pixbuf needs it to
   * recognise the SVG icons in our resources: load it while we still see it. */
  mime = g_content_type_guess (NULL, (const guchar *) "<svg", 4, NULL);

  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  gtk_init ();
  adw_init ();
}

static gboolean
wake_up_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Iterates the main loop until @cond holds; a short ticker makes sure a
 * blocking iteration always wakes up to check it again. */
gboolean
kw_test_ui_wait_for (gboolean (*cond) (gpointer data),
                     gpointer   data,
                     guint      timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;
  guint ticker = g_timeout_add (20, wake_up_cb, NULL);
  gboolean ok;

  while (!(ok = cond (data)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (ticker);
  return ok;
}

static gboolean
never (gpointer data)
{
  return FALSE;
}

void
kw_test_ui_iterate (guint ms)
{
  kw_test_ui_wait_for (never, NULL, ms);
}

gboolean
kw_test_ui_store_is_open (gpointer window)
{
  return kw_window_get_store (KW_WINDOW (window)) != NULL;
}

/* Opened, or given up on with an error the window shows. */
static gboolean
store_is_settled (gpointer window)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));

  return kw_window_get_store (KW_WINDOW (window)) != NULL ||
         kw_application_get_store_error (KW_APPLICATION (app)) != NULL;
}

static gboolean
window_is_mapped (gpointer window)
{
  return gtk_widget_get_mapped (GTK_WIDGET (window));
}

/* Activates the app as a launch would, and waits for the window to be on
 * screen and for the store to be opened after its first frame. */
KwWindow *
kw_test_ui_activate (KwApplication *app)
{
  GtkWindow *window;

  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (KW_IS_WINDOW (window));
  g_assert_true (kw_test_ui_wait_for (window_is_mapped, window, 10000));
  g_assert_true (kw_test_ui_wait_for (store_is_settled, window, 10000));

  return KW_WINDOW (window);
}

typedef struct
{
  KwTestUiScenario scenario;
  gpointer         data;
  gboolean         ran;
} RunData;

static void
run_scenario (KwApplication *app,
              RunData       *run)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  GList *windows;

  /* Only the first activation runs the scenario; it may activate again. */
  if (run->ran)
    return;
  run->ran = TRUE;

  g_assert_true (KW_IS_WINDOW (window));
  g_assert_true (kw_test_ui_wait_for (window_is_mapped, window, 10000));
  g_assert_true (kw_test_ui_wait_for (store_is_settled, window, 10000));

  run->scenario (app, KW_WINDOW (window), run->data);

  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));
  for (GList *l = windows; l; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (windows);
  g_application_quit (G_APPLICATION (app));
}

/* Runs the real app through g_application_run(), as a launch does, and plays
 * @scenario once its window is on screen; the app then quits and shuts down
 * properly, so the next scenario starts afresh. */
void
kw_test_ui_run (KwTestUiScenario scenario,
                gpointer         data)
{
  g_autoptr(KwApplication) app = kw_application_new ();
  RunData run = { scenario, data, FALSE };
  int status;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (run_scenario), &run);
  status = g_application_run (G_APPLICATION (app), 0, NULL);

  g_assert_true (run.ran);
  g_assert_cmpint (status, ==, 0);
}

GtkWindow *
kw_test_ui_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

static void
collect_text (GtkWidget *widget,
              GString   *out)
{
  if (!gtk_widget_get_visible (widget))
    return;

  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  else if (GTK_IS_EDITABLE (widget) && !GTK_IS_TEXT (widget))
    g_string_append_printf (out, "%s\n", gtk_editable_get_text (GTK_EDITABLE (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, out);
}

/* All the text a person could read in @widget: tests assert on this. */
char *
kw_test_ui_collect_text (GtkWidget *widget)
{
  GString *out = g_string_new (NULL);

  collect_text (widget, out);
  return g_string_free (out, FALSE);
}

/* With KW_TEST_SCREENSHOT_DIR set, saves @widget as NAME.png there, so a
 * person can look at what the test saw. */
void
kw_test_ui_screenshot (GtkWidget  *widget,
                       const char *name)
{
  const char *dir = g_getenv ("KW_TEST_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  GtkSnapshot *snapshot;
  GskRenderer *renderer;
  int width, height;

  if (dir == NULL)
    return;

  g_assert_true (kw_test_ui_wait_for (window_is_mapped, widget, 5000));
  kw_test_ui_iterate (300);

  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);
  g_mkdir_with_parents (dir, 0755);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Screenshot: %s", path);
}

/* The visible button whose label (mnemonic underscores ignored) is @label. */
GtkButton *
kw_test_ui_find_button (GtkWidget  *widget,
                        const char *label)
{
  if (!gtk_widget_get_visible (widget))
    return NULL;

  if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    {
      g_autoptr(GString) plain = g_string_new (gtk_button_get_label (GTK_BUTTON (widget)));

      g_string_replace (plain, "_", "", 0);
      if (g_str_equal (plain->str, label))
        return GTK_BUTTON (widget);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkButton *found = kw_test_ui_find_button (child, label);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The first widget of @type at or under @widget, visible or not. */
GtkWidget *
kw_test_ui_find_child_of_type (GtkWidget *widget,
                               GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = kw_test_ui_find_child_of_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The first visible widget of @type under @widget: what a user can see. */
GtkWidget *
kw_test_ui_find_visible_of_type (GtkWidget *widget,
                                 GType      type)
{
  if (!gtk_widget_get_visible (widget))
    return NULL;
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = kw_test_ui_find_visible_of_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Icon buttons have no label: a user (and a screen reader) knows them by
 * their tooltip. */
GtkWidget *
kw_test_ui_find_by_tooltip (GtkWidget  *widget,
                            const char *tooltip)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = kw_test_ui_find_by_tooltip (child, tooltip);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Shows the page @name and returns it, a widget of @type. The window
 * builds a page the first time it is shown, so it is looked for only then. */
GtkWidget *
kw_test_ui_show_page (KwWindow   *window,
                      const char *name,
                      GType       type)
{
  GtkWidget *page;

  kw_window_show_page (window, name);
  g_assert_cmpstr (kw_window_get_visible_page (window), ==, name);
  page = kw_test_ui_find_child_of_type (GTK_WIDGET (window), type);
  g_assert_nonnull (page);
  return page;
}

/* The visible preferences row titled @title: a row a user knows by its
 * title, as a test step names it. */
GtkWidget *
kw_test_ui_find_row (GtkWidget  *widget,
                     const char *title)
{
  if (!gtk_widget_get_visible (widget))
    return NULL;
  if (ADW_IS_PREFERENCES_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = kw_test_ui_find_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Clicks the visible, sensitive button labelled @label, as a user would;
 * fails the test if there is none. */
void
kw_test_ui_click (GtkWidget  *root,
                  const char *label)
{
  GtkButton *button = kw_test_ui_find_button (root, label);

  if (button == NULL)
    g_error ("No visible button “%s”", label);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (button)));
  g_signal_emit_by_name (button, "clicked");
  kw_test_ui_iterate (20);
}

void
kw_test_ui_assert_contains (const char *haystack,
                            const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” is not shown in:\n%s", needle, haystack);
}

/* Most tests start past the first-run welcome. */
void
kw_test_ui_skip_welcome (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_set_boolean (settings, "welcome-done", TRUE);
}

/* Inside a Flatpak sandbox (flatpak-builder runs the tests in one) the app
 * reaches the desktop through portals: with no portal on the bus, the parts
 * of a test that open one (printing, starting at login) cannot run there.
 * Returns TRUE, and says why in the test log, when that is so. */
gboolean
kw_test_ui_portal_missing (const char *what)
{
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GVariant) reply = NULL;
  gboolean has_owner = FALSE;

  if (!g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS))
    return FALSE;

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  if (bus != NULL)
    reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                         "org.freedesktop.DBus", "NameHasOwner",
                                         g_variant_new ("(s)", "org.freedesktop.portal.Desktop"),
                                         G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, -1,
                                         NULL, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(b)", &has_owner);
  if (has_owner)
    return FALSE;

  g_test_message ("not checked here: %s needs a desktop portal, and this Flatpak sandbox has none",
                  what);
  return TRUE;
}

/* A patellofemoral plan started on Monday 2 November 2026, saved through
 * the core as the assessment would save it. Sets @monday. */
KwPlan *
kw_test_ui_make_plan (KwStore  *store,
                      KwTriage  triage,
                      GDate    *monday)
{
  g_autoptr(KwPlanPrefs) prefs = kw_plan_prefs_new_default ();
  g_autoptr(GError) error = NULL;
  KwPlan *plan;

  g_date_clear (monday, 1);
  g_date_set_dmy (monday, 2, G_DATE_NOVEMBER, 2026);
  g_assert_cmpint (g_date_get_weekday (monday), ==, G_DATE_MONDAY);

  plan = kw_plan_new ("patellofemoral-pain", triage, monday, prefs, &error);
  g_assert_no_error (error);
  g_assert_true (kw_plan_save (plan, store, &error));
  g_assert_no_error (error);
  return plan;
}

/* ------------------------------------------------------------------------ */
/* Real key presses                                                         */

#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

/* Whether kw_test_ui_press_key() can reach the window: an X display and
 * xdotool (not in the Flatpak build sandbox, for one). */
gboolean
kw_test_ui_can_press_keys (void)
{
#ifdef GDK_WINDOWING_X11
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");

  return xdotool != NULL && GDK_IS_X11_DISPLAY (gdk_display_get_default ());
#else
  return FALSE;
#endif
}

/* Presses @keys ("Tab", "shift+Tab space", "F1": xdotool's names, several
 * separated by spaces) on the keyboard of the X server, with @widget's
 * window focused, as a person would: the events go through X, GTK's input
 * handling, shortcuts and focus, none of it simulated. Returns once GTK has
 * handled them. (Each xdotool run costs about 0.1 s: press several keys at
 * once where you can.) */
void
kw_test_ui_press_key (GtkWidget  *widget,
                      const char *keys)
{
#ifdef GDK_WINDOWING_X11
  GdkSurface *surface = gtk_native_get_surface (gtk_widget_get_native (widget));
  g_autofree char *xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
  g_auto(GStrv) names = g_strsplit (keys, " ", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status;

  g_assert_true (kw_test_ui_can_press_keys ());
  /* There is no window manager: give the window the X focus first. */
  g_strv_builder_add_many (builder, "xdotool", "windowfocus", "--sync", xid,
                           "key", "--delay", "0", NULL);
  g_strv_builder_addv (builder, (const char **) names);
  argv = g_strv_builder_end (builder);
  if (!g_spawn_sync (NULL, argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                     NULL, NULL, NULL, &err, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("xdotool key %s: %s %s", keys, error->message, err != NULL ? err : "");

  /* xdotool syncs before it exits, so the X server has made the key
   * events; a round trip makes sure they have been sent to us, then GTK
   * handles all that is queued. */
  gdk_display_sync (gtk_widget_get_display (widget));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
#else
  g_assert_not_reached ();
#endif
}

/* ------------------------------------------------------------------------ */
/* What a screen reader reads, and where Tab goes                           */

/* GTK 4.8 has no getter for accessible properties, but its test API checks
 * them (with GTK_A11Y=test, whose backend keeps them all):
 * gtk_test_accessible_check_property() returns the actual value when it
 * differs from the one given, so asking for "" reads it. */
char *
kw_test_ui_accessible_property (GtkWidget            *widget,
                                GtkAccessibleProperty property)
{
  char *value;

  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), property))
    return NULL;
  value = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), property, "");
  return value != NULL ? value : g_strdup ("");
}

/* The name GTK gives a screen reader comes from the label property or the
 * widgets it is labelled by (a button's own label, a row's title). For a
 * label property, returns it without mnemonic underscores; for a relation,
 * the text the widget shows. NULL: it has no name. */
char *
kw_test_ui_accessible_name (GtkWidget *widget)
{
  g_autofree char *label = NULL;

  /* The text inside an entry or a spin button takes the focus for it, and
   * the control around it carries the name. */
  if (GTK_IS_TEXT (widget))
    {
      GtkWidget *editable = gtk_widget_get_ancestor (gtk_widget_get_parent (widget),
                                                     GTK_TYPE_EDITABLE);

      if (editable != NULL)
        widget = editable;
    }
  label = kw_test_ui_accessible_property (widget, GTK_ACCESSIBLE_PROPERTY_LABEL);

  if (label != NULL && *label != '\0')
    {
      GString *plain = g_string_new (label);

      g_string_replace (plain, "_", "", 0);
      return g_string_free (plain, FALSE);
    }
  if (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget),
                                        GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    {
      g_autofree char *text = kw_test_ui_collect_text (widget);

      /* Labelled by a widget outside it (a row's title, a scale's question). */
      if (*text == '\0')
        return g_strdup ("(labelled by another widget)");
      text[strcspn (text, "\n")] = '\0';
      return g_steal_pointer (&text);
    }
  return NULL;
}

char *
kw_test_ui_describe (GtkWidget *widget)
{
  g_autofree char *text = kw_test_ui_collect_text (widget);

  g_strdelimit (text, "\n", '|');
  return g_strdup_printf ("%s “%s” (tooltip “%s”) in %s", G_OBJECT_TYPE_NAME (widget), text,
                          gtk_widget_get_tooltip_text (widget),
                          G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)));
}

/* Every widget Tab reaches from nothing focused, in order: GTK's own focus
 * movement, which the Tab key runs (kw_test_ui_press_key() drives the real
 * key in the keyboard test). */
GPtrArray *
kw_test_ui_focus_chain (GtkWindow *window)
{
  GPtrArray *chain = g_ptr_array_new ();

  gtk_window_set_focus (window, NULL);
  for (guint i = 0; i < 400; i++)
    {
      GtkWidget *focus;

      if (!gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD))
        break;    /* past the last one */
      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_assert_nonnull (focus);
      if (chain->len > 0 && focus == g_ptr_array_index (chain, 0))
        break;
      if (g_ptr_array_find (chain, focus, NULL))
        g_error ("Tab goes round in a loop at %s", kw_test_ui_describe (focus));
      g_ptr_array_add (chain, focus);
    }
  g_assert_cmpuint (chain->len, <, 400);
  return chain;
}

/* ------------------------------------------------------------------------ */
/* A plan under way                                                         */

static KwPlan *
make_plan_with_logs (KwStore *store,
                     GDate   *today)
{
  GDate monday;
  KwPlan *plan = kw_test_ui_make_plan (store, KW_TRIAGE_REST_AND_REHAB, &monday);
  const int pain[] = { 5, 4, 4, 3, 2 };
  guint n = 0;

  for (guint i = 0; i < 14 && n < G_N_ELEMENTS (pain); i++)
    {
      GDate date = monday;
      g_autoptr(KwPlanDay) day = NULL;
      g_autoptr(KwPainLog) log = NULL;
      g_autoptr(GError) error = NULL;

      g_date_add_days (&date, i);
      day = kw_plan_get_day (plan, &date);
      if (kw_plan_day_is_rest (day))
        continue;
      log = kw_pain_log_new (&date, KW_SESSION_DONE, pain[n++]);
      g_assert_true (kw_plan_log_session (plan, store, log, &date, NULL, &error));
      g_assert_no_error (error);
      *today = date;
    }
  /* Today is the next training day: its exercises, timers and check-in. */
  do
    {
      g_autoptr(KwPlanDay) day = NULL;

      g_date_add_days (today, 1);
      day = kw_plan_get_day (plan, today);
      if (!kw_plan_day_is_rest (day) && kw_plan_day_get_n_items (day) > 0)
        break;
    }
  while (TRUE);
  return plan;
}

/* A plan started on Monday 2 November 2026 with five sessions logged, and
 * the Plan, Today and Progress pages on its next training day: every page
 * with something on it. */
void
kw_test_ui_plan_under_way (KwWindow *window)
{
  KwStore *store = kw_window_get_store (window);
  g_autoptr(KwPlan) plan = NULL;
  g_autofree char *visible = g_strdup (kw_window_get_visible_page (window));
  GDate today;

  plan = make_plan_with_logs (store, &today);
  /* The plan, today and progress pages on a training day of the plan, each
   * shown once to be built; then the page that was showing comes back. */
  kw_plan_page_set_today (KW_PLAN_PAGE (kw_test_ui_show_page (window, "plan", KW_TYPE_PLAN_PAGE)),
                          &today);
  kw_today_page_set_today (KW_TODAY_PAGE (kw_test_ui_show_page (window, "today",
                                                                KW_TYPE_TODAY_PAGE)),
                           &today);
  kw_progress_page_set_today (KW_PROGRESS_PAGE (kw_test_ui_show_page (window, "progress",
                                                                      KW_TYPE_PROGRESS_PAGE)),
                              &today);
  if (visible != NULL)
    kw_window_show_page (window, visible);
}
