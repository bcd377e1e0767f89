/* test-ui-contrast.c: the app in high contrast and with large text
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kw-assessment-page.h"
#include "kw-help-window.h"
#include "kw-knee-map.h"
#include "kw-test-ui.h"

static const char *pages[] = { "assessment", "plan", "today", "return-to-run", "progress" };

static gboolean
fits_on_screen (GtkWidget *window)
{
  int min_w, min_h;

  gtk_widget_measure (window, GTK_ORIENTATION_HORIZONTAL, -1, &min_w, NULL, NULL, NULL);
  gtk_widget_measure (window, GTK_ORIENTATION_VERTICAL, min_w, &min_h, NULL, NULL, NULL);
  g_test_message ("smallest window: %d × %d", min_w, min_h);
  /* The smallest laptop screen GNOME supports, less its top bar. */
  return min_w <= 1280 && min_h <= 720;
}

static void
contrast_scenario (KwApplication *app,
                   KwWindow      *window,
                   gpointer       data)
{
  GtkWidget *win = GTK_WIDGET (window);
  KwAssessmentPage *assessment;
  KwKneeMap *map;
  int dpi = 0;

  g_object_get (gtk_settings_get_default (), "gtk-xft-dpi", &dpi, NULL);
  g_assert_cmpint (dpi, ==, 144 * 1024);
  g_assert_true (adw_style_manager_get_high_contrast (adw_style_manager_get_default ()));

  kw_test_ui_plan_under_way (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 760);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *name = g_strdup_printf ("large-hc-%s", pages[i]);

      kw_window_show_page (window, pages[i]);
      kw_test_ui_iterate (50);
      g_assert_true (fits_on_screen (win));
      kw_test_ui_screenshot (win, name);
    }

  /* The knee map with a region marked and another in focus. */
  assessment = KW_ASSESSMENT_PAGE (kw_test_ui_show_page (window, "assessment",
                                                         KW_TYPE_ASSESSMENT_PAGE));
  kw_assessment_page_start (assessment);
  map = kw_assessment_page_get_knee_map (assessment);
  kw_knee_map_set_selected (map, "outside", TRUE);
  kw_knee_map_set_selected (map, "whole", TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (map));
  kw_knee_map_move_focus (map, 1);
  gtk_window_set_focus_visible (GTK_WINDOW (window), TRUE);
  kw_test_ui_iterate (50);
  g_assert_true (fits_on_screen (win));
  kw_test_ui_screenshot (win, "large-hc-knee-map");

  /* Dark as well: the drawn widgets take the theme's colours. */
  g_settings_set_string (kw_application_get_settings (app), "style-variant", "dark");
  g_assert_true (adw_style_manager_get_dark (adw_style_manager_get_default ()));
  kw_test_ui_iterate (50);
  kw_test_ui_screenshot (win, "large-hc-dark-knee-map");
  kw_window_show_page (window, "progress");
  kw_test_ui_iterate (50);
  kw_test_ui_screenshot (win, "large-hc-dark-progress");
  kw_window_show_page (window, "assessment");

  g_action_group_activate_action (G_ACTION_GROUP (app), "help", NULL);
  {
    GtkWindow *help = kw_test_ui_find_toplevel (KW_TYPE_HELP_WINDOW);

    g_assert_nonnull (help);
    kw_help_window_show_topic (KW_HELP_WINDOW (help), "data");
    kw_test_ui_iterate (50);
    g_assert_true (fits_on_screen (GTK_WIDGET (help)));
    kw_test_ui_screenshot (GTK_WIDGET (help), "large-hc-help");
    gtk_window_destroy (help);
  }
}

/* With high contrast on and text at 1.5x, as GNOME's Large Text sets it,
 * every page still fits a laptop screen. With KW_TEST_SCREENSHOT_DIR set,
 * the pages are saved to look at. */
static void
test_high_contrast_large_text (void)
{
  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", 144 * 1024, NULL);
  kw_test_ui_skip_welcome ();
  kw_test_ui_run (contrast_scenario, NULL);
}

int
main (int   argc,
      char *argv[])
{
  /* libadwaita's own switch for high contrast; it reads it once, at
   * adw_init(). */
  g_setenv ("ADW_DEBUG_HIGH_CONTRAST", "1", TRUE);
  kw_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/contrast/high-contrast-large-text", test_high_contrast_large_text);

  return g_test_run ();
}
