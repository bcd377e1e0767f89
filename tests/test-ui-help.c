/* test-ui-help.c: the user guide, opened with F1
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kw-help-window.h"
#include "kw-test-ui.h"

/* What each topic must tell, in the words a user reads. */
static const struct
{
  const char *topic;
  const char *title;
  const char *says[3];
} expected[] = {
  { "assessment", "The Assessment",
    { "where your knee hurts", "arrow keys", "press Space to mark" } },
  { "plan", "Your Plan", { "Today page", "3 out of 10", "Progress page" } },
  { "return-to-run", "Return to Running", { "step by step", "go back a step" } },
  { "reminders", "Reminders", { "even when its window is closed", "Preferences", "Log It…" } },
  { "printing", "Printing", { "This Week, Next Week or The Whole Phase", "Ctrl+P", "Export PDF" } },
  { "data", "Your Data", { "stays on this computer", "Export Data… and Import Data…",
                           "not a diagnosis" } },
};

static gboolean
help_is_shown (gpointer data)
{
  return kw_test_ui_find_toplevel (KW_TYPE_HELP_WINDOW) != NULL;
}

static GtkWidget *
shown_topic (KwHelpWindow *help)
{
  GtkStack *stack = GTK_STACK (kw_test_ui_find_child_of_type (GTK_WIDGET (help),
                                                              GTK_TYPE_STACK));

  return gtk_stack_get_visible_child (stack);
}

static gboolean
topic_is_reminders (gpointer help)
{
  return g_strcmp0 (kw_help_window_get_topic (help), "reminders") == 0;
}

/* Every label in @model and its sections and submenus, without mnemonic
 * underscores, one per line. */
static void
collect_menu_labels (GMenuModel *model,
                     GString    *out)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *label = NULL;
      g_autoptr(GMenuLinkIter) links = NULL;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        {
          g_autoptr(GString) plain = g_string_new (label);

          g_string_replace (plain, "_", "", 0);
          g_string_append_printf (out, "%s\n", plain->str);
        }
      links = g_menu_model_iterate_item_links (model, i);
      while (g_menu_link_iter_next (links))
        {
          g_autoptr(GMenuModel) link = g_menu_link_iter_get_value (links);

          collect_menu_labels (link, out);
        }
    }
}

static gboolean
leaflet_is_folded (gpointer help)
{
  return adw_leaflet_get_folded (ADW_LEAFLET (kw_test_ui_find_child_of_type (help,
                                                                             ADW_TYPE_LEAFLET)));
}

static void
help_scenario (KwApplication *app,
               KwWindow      *window,
               gpointer       data)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "kneewise", "kneewise.db",
                                            NULL);
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                 "app.help");
  const char **topics = kw_help_window_get_topics ();
  KwHelpWindow *help;
  GtkListBox *list;

  /* F1, pressed on the keyboard, opens the guide. */
  g_assert_cmpstr (accels[0], ==, "F1");
  if (kw_test_ui_can_press_keys ())
    kw_test_ui_press_key (GTK_WIDGET (window), "F1");
  else
    g_action_group_activate_action (G_ACTION_GROUP (app), "help", NULL);
  g_assert_true (kw_test_ui_wait_for (help_is_shown, NULL, 5000));
  help = KW_HELP_WINDOW (kw_test_ui_find_toplevel (KW_TYPE_HELP_WINDOW));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (help)) == GTK_WINDOW (window));
  g_assert_cmpstr (kw_help_window_get_topic (help), ==, "assessment");
  kw_test_ui_screenshot (GTK_WIDGET (help), "help-assessment");

  /* Every topic, chosen in the sidebar, shows its words. */
  list = GTK_LIST_BOX (kw_test_ui_find_child_of_type (GTK_WIDGET (help), GTK_TYPE_LIST_BOX));
  g_assert_cmpuint (g_strv_length ((char **) topics), ==, G_N_ELEMENTS (expected));
  for (guint t = 0; t < G_N_ELEMENTS (expected); t++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, (int) t);
      g_autofree char *row_text = kw_test_ui_collect_text (GTK_WIDGET (row));
      g_autofree char *title = g_strconcat (expected[t].title, "\n", NULL);
      g_autofree char *text = NULL;

      g_assert_cmpstr (topics[t], ==, expected[t].topic);
      g_assert_cmpstr (row_text, ==, title);
      g_signal_emit_by_name (list, "row-activated", row);
      kw_test_ui_iterate (20);
      g_assert_cmpstr (kw_help_window_get_topic (help), ==, expected[t].topic);

      text = kw_test_ui_collect_text (shown_topic (help));
      g_assert_true (g_str_has_prefix (text, title));
      for (guint i = 0; i < G_N_ELEMENTS (expected[t].says) && expected[t].says[i]; i++)
        kw_test_ui_assert_contains (text, expected[t].says[i]);
    }
  kw_test_ui_screenshot (GTK_WIDGET (help), "help-data");

  /* What the guide names is in the main menu, word for word. */
  {
    GtkMenuButton *menu = GTK_MENU_BUTTON (kw_test_ui_find_child_of_type (GTK_WIDGET (window),
                                                                          GTK_TYPE_MENU_BUTTON));
    g_autoptr(GString) labels = g_string_new ("\n");

    collect_menu_labels (gtk_menu_button_get_menu_model (menu), labels);
    kw_test_ui_assert_contains (labels->str, "\nHelp\n");
    kw_test_ui_assert_contains (labels->str, "\nPreferences\n");
    kw_test_ui_assert_contains (labels->str, "\nPrint\n");
    kw_test_ui_assert_contains (labels->str, "\nThe Whole Phase…\n");
    kw_test_ui_assert_contains (labels->str, "\nExport PDF\n");
    kw_test_ui_assert_contains (labels->str, "\nExport Data…\n");
    kw_test_ui_assert_contains (labels->str, "\nImport Data…\n");
  }

  /* The data topic names the file this app really uses, in the user's
   * data folder ($XDG_DATA_HOME/kneewise/). */
  g_assert_cmpstr (kw_store_get_path (kw_window_get_store (window)), ==, path);
  {
    g_autofree char *text = kw_test_ui_collect_text (shown_topic (help));
    g_autofree char *line = g_strconcat ("\n", path, "\n", NULL);

    kw_test_ui_assert_contains (text, line);
  }

  /* Searching narrows the topics to those that mention the words. */
  gtk_editable_set_text (GTK_EDITABLE (kw_test_ui_find_child_of_type (GTK_WIDGET (help),
                                                                      GTK_TYPE_SEARCH_ENTRY)),
                         "snooze");
  g_assert_true (kw_test_ui_wait_for (topic_is_reminders, help, 5000));
  for (guint t = 0; t < G_N_ELEMENTS (expected); t++)
    g_assert_cmpint (gtk_widget_get_child_visible (GTK_WIDGET (gtk_list_box_get_row_at_index (list, (int) t))),
                     ==, g_str_equal (expected[t].topic, "reminders"));

  /* On a narrow window the topics fold away: choosing one shows it, and
   * “Back to Topics” returns to the list. */
  gtk_editable_set_text (GTK_EDITABLE (kw_test_ui_find_child_of_type (GTK_WIDGET (help),
                                                                      GTK_TYPE_SEARCH_ENTRY)),
                         "");
  gtk_window_set_default_size (GTK_WINDOW (help), 360, 500);
  g_assert_true (kw_test_ui_wait_for (leaflet_is_folded, help, 5000));
  {
    AdwLeaflet *leaflet = ADW_LEAFLET (kw_test_ui_find_child_of_type (GTK_WIDGET (help),
                                                                      ADW_TYPE_LEAFLET));
    GtkWidget *back = kw_test_ui_find_by_tooltip (GTK_WIDGET (help), "Back to Topics");

    g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 4));
    kw_test_ui_iterate (20);
    g_assert_cmpstr (kw_help_window_get_topic (help), ==, "printing");
    g_assert_true (gtk_widget_is_ancestor (shown_topic (help),
                                           adw_leaflet_get_visible_child (leaflet)));
    g_assert_true (gtk_widget_get_visible (back));
    g_signal_emit_by_name (back, "clicked");
    kw_test_ui_iterate (20);
    g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (list),
                                           adw_leaflet_get_visible_child (leaflet)));
  }
  gtk_window_set_default_size (GTK_WINDOW (help), 760, 560);
  gtk_editable_set_text (GTK_EDITABLE (kw_test_ui_find_child_of_type (GTK_WIDGET (help),
                                                                      GTK_TYPE_SEARCH_ENTRY)),
                         "snooze");

  /* Escape clears the search, then closes the guide. */
  if (kw_test_ui_can_press_keys ())
    {
      kw_test_ui_press_key (GTK_WIDGET (help), "Escape");
      g_assert_true (gtk_widget_get_child_visible (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0))));
      kw_test_ui_press_key (GTK_WIDGET (help), "Escape");
      g_assert_false (help_is_shown (NULL));
    }
}

static void
test_help (void)
{
  kw_test_ui_skip_welcome ();
  kw_test_ui_run (help_scenario, NULL);
}

/* Without a database (it could not be opened) the guide still names the
 * file Kneewise uses. */
static void
test_help_without_store (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "kneewise", "kneewise.db",
                                            NULL);
  KwHelpWindow *help = kw_help_window_new (NULL, NULL);
  g_autofree char *text = NULL;
  g_autofree char *line = g_strconcat ("\n", path, "\n", NULL);

  kw_help_window_show_topic (help, "data");
  gtk_window_present (GTK_WINDOW (help));
  text = kw_test_ui_collect_text (shown_topic (help));
  kw_test_ui_assert_contains (text, line);
  gtk_window_destroy (GTK_WINDOW (help));
}

int
main (int   argc,
      char *argv[])
{
  kw_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/help/f1-topics-data-path", test_help);
  g_test_add_func ("/ui/help/without-store", test_help_without_store);

  return g_test_run ();
}
