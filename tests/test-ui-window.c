/* test-ui-window.c: the real app and its main window under Xvfb
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "kw-assessment-page.h"
#include "kw-plan-page.h"
#include "kw-preferences-window.h"
#include "kw-progress-page.h"
#include "kw-return-page.h"
#include "kw-test-ui.h"
#include "kw-today-page.h"

static GtkStack *
main_stack (KwWindow *window)
{
  return GTK_STACK (kw_test_ui_find_child_of_type (GTK_WIDGET (window), GTK_TYPE_STACK));
}

static AdwViewStack *
view_stack (KwWindow *window)
{
  return ADW_VIEW_STACK (kw_test_ui_find_child_of_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
}

static void
set_welcome_done (gboolean done)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_set_boolean (settings, "welcome-done", done);
}

static void
first_run_scenario (KwApplication *app,
                    KwWindow      *window,
                    gpointer       data)
{
  GtkWidget *welcome;
  g_autofree char *text = NULL;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack (window)), ==, "welcome");
  welcome = gtk_stack_get_visible_child (main_stack (window));
  text = kw_test_ui_collect_text (welcome);

  /* What it is, what it is not, and when to see someone instead. */
  g_assert_nonnull (strstr (text, "Welcome to Kneewise"));
  g_assert_nonnull (strstr (text, "not a diagnosis"));
  g_assert_nonnull (strstr (text, "Get help now instead"));
  g_assert_nonnull (strstr (text, "gives way"));
  g_assert_cmpstr (adw_status_page_get_icon_name (ADW_STATUS_PAGE (
                     kw_test_ui_find_child_of_type (welcome, ADW_TYPE_STATUS_PAGE))), ==, APP_ID);
  kw_test_ui_screenshot (GTK_WIDGET (window), "welcome");

  g_signal_emit_by_name (kw_test_ui_find_button (welcome, "Get Started"), "clicked");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack (window)), ==, "main");
  g_assert_cmpstr (kw_window_get_visible_page (window), ==, "assessment");
  g_assert_true (g_settings_get_boolean (kw_application_get_settings (app), "welcome-done"));
}

static void
second_run_scenario (KwApplication *app,
                     KwWindow      *window,
                     gpointer       data)
{
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack (window)), ==, "main");
}

static void
test_first_run_welcome (void)
{
  set_welcome_done (FALSE);
  kw_test_ui_run (first_run_scenario, NULL);

  /* The second start goes straight to the app. */
  kw_test_ui_run (second_run_scenario, NULL);
}

static void
navigation_scenario (KwApplication *app,
                     KwWindow      *window,
                     gpointer       data)
{
  static const struct { const char *name, *title; } parts[] = {
    { "assessment", "Assessment" },
    { "plan", "Plan" },
    { "today", "Today" },
    { "return-to-run", "Return to Run" },
    { "progress", "Progress" },
  };
  g_autoptr(GtkSelectionModel) pages = NULL;
  AdwViewSwitcherTitle *switcher;

  pages = adw_view_stack_get_pages (view_stack (window));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pages)), ==, G_N_ELEMENTS (parts));

  switcher = ADW_VIEW_SWITCHER_TITLE (kw_test_ui_find_child_of_type (GTK_WIDGET (window),
                                                          ADW_TYPE_VIEW_SWITCHER_TITLE));
  g_assert_true (adw_view_switcher_title_get_stack (switcher) == view_stack (window));

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      g_autofree char *text = NULL;

      g_assert_cmpstr (adw_view_stack_page_get_name (page), ==, parts[i].name);
      g_assert_cmpstr (adw_view_stack_page_get_title (page), ==, parts[i].title);
      g_assert_true (adw_view_stack_page_get_visible (page));
      g_assert_nonnull (adw_view_stack_page_get_icon_name (page));

      /* The page is reachable through the window's action, as the
       * switcher and Alt+N do. */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                                 parts[i].name));
      g_assert_cmpstr (kw_window_get_visible_page (window), ==, parts[i].name);

      /* A part that is not built yet says so honestly. */
      text = kw_test_ui_collect_text (adw_view_stack_page_get_child (page));
      g_assert_cmpstr (text, !=, "");
    }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                             "assessment"));
  kw_test_ui_screenshot (GTK_WIDGET (window), "main-window");
}

static void
test_navigation_shows_every_part (void)
{
  set_welcome_done (TRUE);
  kw_test_ui_run (navigation_scenario, NULL);
}

static void
pages_built_when_shown_scenario (KwApplication *app,
                                 KwWindow      *window,
                                 gpointer       data)
{
  GtkWidget *progress;
  GtkWidget *start;
  g_autofree char *text = NULL;

  /* Only the part on screen exists: the others cost nothing at start-up,
   * however many years of logs they would show. */
  g_assert_nonnull (kw_window_get_store (window));
  g_assert_cmpstr (kw_window_get_visible_page (window), ==, "assessment");
  g_assert_nonnull (kw_test_ui_find_child_of_type (GTK_WIDGET (window), KW_TYPE_ASSESSMENT_PAGE));
  g_assert_null (kw_test_ui_find_child_of_type (GTK_WIDGET (window), KW_TYPE_PLAN_PAGE));
  g_assert_null (kw_test_ui_find_child_of_type (GTK_WIDGET (window), KW_TYPE_TODAY_PAGE));
  g_assert_null (kw_test_ui_find_child_of_type (GTK_WIDGET (window), KW_TYPE_RETURN_PAGE));
  g_assert_null (kw_test_ui_find_child_of_type (GTK_WIDGET (window), KW_TYPE_PROGRESS_PAGE));

  /* Shown, it is built with the store the app opened, and says what it
   * shows before there is a plan, with the way to make one on screen. */
  kw_window_show_page (window, "progress");
  progress = kw_test_ui_find_child_of_type (GTK_WIDGET (window), KW_TYPE_PROGRESS_PAGE);
  g_assert_nonnull (progress);
  g_assert_true (gtk_widget_get_mapped (progress));
  g_assert_true (kw_progress_page_get_store (KW_PROGRESS_PAGE (progress)) ==
                 kw_window_get_store (window));
  text = kw_test_ui_collect_text (progress);
  kw_test_ui_assert_contains (text, "No Plan Yet");
  start = GTK_WIDGET (kw_test_ui_find_button (progress, "Start the Assessment"));
  g_assert_nonnull (start);
  g_assert_true (gtk_widget_get_mapped (start));

  /* Built once: going back and forth keeps the same page. */
  kw_window_show_page (window, "plan");
  kw_window_show_page (window, "progress");
  g_assert_true (kw_test_ui_find_child_of_type (GTK_WIDGET (window), KW_TYPE_PROGRESS_PAGE) ==
                 progress);
  g_assert_null (kw_test_ui_find_child_of_type (GTK_WIDGET (window), KW_TYPE_TODAY_PAGE));
}

static void
test_pages_built_when_shown (void)
{
  set_welcome_done (TRUE);
  kw_test_ui_run (pages_built_when_shown_scenario, NULL);
}

static void
store_scenario (KwApplication *app,
                KwWindow      *window,
                gpointer       data)
{
  g_autofree char *path = kw_store_dup_default_path ();
  struct stat st;

  g_assert_nonnull (kw_window_get_store (window));
  g_assert_true (kw_window_get_store (window) == kw_application_get_store (app));
  g_assert_cmpstr (kw_store_get_path (kw_window_get_store (window)), ==, path);
  g_assert_no_errno (g_stat (path, &st));
  g_assert_cmpuint (st.st_mode & 0777, ==, 0600);

}

static void
test_store_opened_after_first_frame (void)
{
  set_welcome_done (TRUE);
  kw_test_ui_run (store_scenario, NULL);
}

static void
newer_database_scenario (KwApplication *app,
                         KwWindow      *window,
                         gpointer       data)
{
  g_autofree char *text = NULL;

  g_assert_null (kw_window_get_store (window));
  g_assert_nonnull (kw_application_get_store_error (app));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack (window)), ==, "error");
  text = kw_test_ui_collect_text (gtk_stack_get_visible_child (main_stack (window)));
  g_assert_nonnull (strstr (text, "Your Data Could Not Be Opened"));
  g_assert_nonnull (strstr (text, "newer version of Kneewise"));
  g_assert_nonnull (strstr (text, "untouched"));
  g_assert_cmpstr (adw_status_page_get_icon_name (ADW_STATUS_PAGE (
                     kw_test_ui_find_child_of_type (gtk_stack_get_visible_child (main_stack (window)),
                                                    ADW_TYPE_STATUS_PAGE))), ==,
                   "dialog-warning-symbolic");
  kw_test_ui_screenshot (GTK_WIDGET (window), "newer-database");
}

static void
test_newer_database_is_refused (void)
{
  g_autofree char *path = kw_store_dup_default_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d",
                                           kw_store_get_latest_version () + 7);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len, after_len;
  sqlite3 *db = NULL;

  g_assert_no_errno (g_mkdir_with_parents (dir, 0700));
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, bump, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_true (g_file_get_contents (path, &before, &before_len, NULL));

  set_welcome_done (TRUE);
  kw_test_ui_run (newer_database_scenario, NULL);

  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
}

static void
corrupt_database_scenario (KwApplication *app,
                           KwWindow      *window,
                           gpointer       data)
{
  GtkWindow *dialog;
  const char *aside;
  const char *body;

  g_assert_nonnull (kw_window_get_store (window));

  aside = kw_store_get_moved_aside_path (kw_window_get_store (window));
  g_assert_nonnull (aside);
  g_assert_true (g_file_test (aside, G_FILE_TEST_IS_REGULAR));

  dialog = kw_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Your Data Was Damaged");
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_assert_nonnull (strstr (body, aside));
  g_assert_nonnull (strstr (body, "kept, not deleted"));
  kw_test_ui_screenshot (GTK_WIDGET (dialog), "corrupt-database");
}

static void
test_corrupt_database_is_kept_and_user_told (void)
{
  g_autofree char *path = kw_store_dup_default_path ();
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_no_errno (g_mkdir_with_parents (dir, 0700));
  g_assert_true (g_file_set_contents (path, "not a database at all, just some words "
                                      "that are long enough to be a header........"
                                      "............................................",
                                      -1, NULL));

  set_welcome_done (TRUE);
  kw_test_ui_run (corrupt_database_scenario, NULL);
}

static void
window_size_scenario (KwApplication *app,
                      KwWindow      *window,
                      gpointer       data)
{
  GSettings *settings = kw_application_get_settings (app);
  int width, height;

  gtk_window_set_default_size (GTK_WINDOW (window), 700, 500);
  kw_test_ui_iterate (100);
  gtk_window_close (GTK_WINDOW (window));
  kw_test_ui_iterate (50);

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 700);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 500);

  window = kw_test_ui_activate (app);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 700);
  g_assert_cmpint (height, ==, 500);
}

static void
test_window_size_remembered (void)
{
  set_welcome_done (TRUE);
  kw_test_ui_run (window_size_scenario, NULL);
}

static void
about_scenario (KwApplication *app,
                KwWindow      *window,
                gpointer       data)
{
  GtkWindow *about, *prefs;
  g_autofree char *text = NULL;
  g_autofree char *path = kw_store_dup_default_path ();


  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  about = kw_test_ui_find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_application_name (ADW_ABOUT_WINDOW (about)), ==,
                   "Kneewise");
  g_assert_nonnull (strstr (adw_about_window_get_comments (ADW_ABOUT_WINDOW (about)),
                            "does not diagnose"));
  gtk_window_destroy (about);

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  prefs = kw_test_ui_find_toplevel (KW_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (prefs);
  text = kw_test_ui_collect_text (GTK_WIDGET (prefs));
  g_assert_nonnull (strstr (text, "Appearance"));
  g_assert_nonnull (strstr (text, path));
  kw_test_ui_screenshot (GTK_WIDGET (prefs), "preferences");
  gtk_window_destroy (prefs);

  /* Light and dark style follow the setting. */
  g_settings_set_string (kw_application_get_settings (app), "style-variant", "dark");
  g_assert_true (adw_style_manager_get_dark (adw_style_manager_get_default ()));
  kw_test_ui_screenshot (GTK_WIDGET (window), "main-window-dark");
  g_settings_set_string (kw_application_get_settings (app), "style-variant", "light");
  g_assert_false (adw_style_manager_get_dark (adw_style_manager_get_default ()));

}

static void
test_about_preferences_and_style (void)
{
  set_welcome_done (TRUE);
  kw_test_ui_run (about_scenario, NULL);
}

static void
shortcuts_scenario (KwApplication *app,
                    KwWindow      *window,
                    gpointer       data)
{
  const char * const *accels;
  g_auto(GStrv) actions = NULL;


  /* GtkApplication loads gtk/help-overlay.ui from our resources and binds Ctrl+?. */
  actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), "<Control>question");
  g_assert_true (g_strv_contains ((const char * const *) actions, "win.show-help-overlay"));
  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));

  accels = (const char * const *) gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                          "app.quit");
  g_assert_true (g_strv_contains (accels, "<Control>q"));
  g_strfreev ((char **) accels);

}

static void
test_shortcuts_window (void)
{
  set_welcome_done (TRUE);
  kw_test_ui_run (shortcuts_scenario, NULL);
}

int
main (int   argc,
      char *argv[])
{
  kw_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/window/first-run-welcome", test_first_run_welcome);
  g_test_add_func ("/ui/window/navigation", test_navigation_shows_every_part);
  g_test_add_func ("/ui/window/pages-built-when-shown", test_pages_built_when_shown);
  g_test_add_func ("/ui/window/store-opened-after-first-frame",
                   test_store_opened_after_first_frame);
  g_test_add_func ("/ui/window/newer-database", test_newer_database_is_refused);
  g_test_add_func ("/ui/window/corrupt-database", test_corrupt_database_is_kept_and_user_told);
  g_test_add_func ("/ui/window/size-remembered", test_window_size_remembered);
  g_test_add_func ("/ui/app/about-preferences-style", test_about_preferences_and_style);
  g_test_add_func ("/ui/app/shortcuts", test_shortcuts_window);

  return g_test_run ();
}
