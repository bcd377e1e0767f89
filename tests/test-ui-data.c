/* test-ui-data.c: Export Data… and Import Data… in the real app
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file choosers only pick a file; the tests hand the file to the same
 * work the chooser's answer starts, as the user would see it.
 */

#include "config.h"

#include <string.h>

#include "kw-data-actions.h"
#include "kw-data-archive.h"
#include "kw-plan.h"
#include "kw-plan-page.h"
#include "kw-test-ui.h"

static const char *
visible_page (KwPlanPage *page)
{
  GtkWidget *stack = kw_test_ui_find_child_of_type (GTK_WIDGET (page), GTK_TYPE_STACK);

  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static KwPlanPage *
show_plan_page (KwWindow *window)
{
  KwPlanPage *page;
  GDate today;

  g_assert_true (kw_test_ui_wait_for (kw_test_ui_store_is_open, window, 5000));
  kw_window_show_page (window, "plan");
  page = KW_PLAN_PAGE (kw_test_ui_find_child_of_type (GTK_WIDGET (window), KW_TYPE_PLAN_PAGE));
  g_assert_nonnull (page);
  /* The week of the plan in the sample file. */
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 4, G_DATE_NOVEMBER, 2026);
  kw_plan_page_set_today (page, &today);
  kw_test_ui_iterate (50);
  return page;
}

static GFile *
sample (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data-export", name, NULL);

  return g_file_new_for_path (path);
}

/* What the store holds, as the export writes it, without the time of writing. */
static char *
store_content (KwWindow *window)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = kw_data_archive_export_to_bytes (kw_window_get_store (window), &error);
  g_autoptr(GRegex) time = g_regex_new ("\"exported_at\": \"[^\"]*\"", 0, 0, NULL);

  g_assert_no_error (error);
  return g_regex_replace_literal (time, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  0, "", 0, NULL);
}

static gboolean
message_dialog_shown (gpointer data)
{
  return kw_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

static gboolean
message_dialog_gone (gpointer data)
{
  return kw_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL;
}

static gboolean
page_shows_plan (gpointer data)
{
  return g_strcmp0 (visible_page (data), "plan") == 0;
}

static GtkMenuButton *
find_menu_button (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found;

      if (GTK_IS_MENU_BUTTON (child) &&
          g_strcmp0 (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (child)),
                     "open-menu-symbolic") == 0)
        return GTK_MENU_BUTTON (child);
      if ((found = find_menu_button (child)) != NULL)
        return found;
    }
  return NULL;
}

static gboolean
menu_has (GMenuModel *menu,
          const char *action,
          const char *label)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *item_action = NULL;
      g_autofree char *item_label = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (section != NULL && menu_has (section, action, label))
        return TRUE;
      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &item_action) &&
          g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &item_label) &&
          g_str_equal (item_action, action) && g_str_equal (item_label, label))
        return TRUE;
    }
  return FALSE;
}

static void
import_scenario (KwApplication *app,
                 KwWindow      *window,
                 gpointer       data)
{
  KwPlanPage *page = show_plan_page (window);
  g_autoptr(GFile) file = sample ("valid-full.json");
  g_autofree char *before = NULL;
  g_autofree char *after_cancel = NULL;
  g_autofree char *text = NULL;
  g_autofree char *window_text = NULL;
  g_autofree char *dialog_text = NULL;
  g_autoptr(KwPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  GtkMenuButton *button;
  GtkWidget *dialog;
  const char *body;

  /* The window's menu offers both. */
  button = find_menu_button (GTK_WIDGET (window));
  g_assert_nonnull (button);
  g_assert_true (menu_has (gtk_menu_button_get_menu_model (button), "win.export-data",
                           "Export _Data…"));
  g_assert_true (menu_has (gtk_menu_button_get_menu_model (button), "win.import-data",
                           "_Import Data…"));

  g_assert_cmpstr (visible_page (page), ==, "empty");
  before = store_content (window);

  /* Choosing a good file asks first, saying what it replaces with what,
   * and that a copy is kept. */
  dialog = kw_data_actions_import_file (GTK_WIDGET (window), file);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Replace All Your Data?");
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  kw_test_ui_assert_contains (body, "Everything Kneewise holds now (assessments, plans, "
                                    "logged sessions, return to running and reminders) will "
                                    "be replaced by the data in “valid-full.json”, exported by "
                                    "Kneewise 0.1.0 on 9 November 2026 at 20:00:");
  kw_test_ui_assert_contains (body, "Exercise plans: 1\n");
  kw_test_ui_assert_contains (body, "Logged sessions: 2\n");
  /* Only what a person knows from the app, not the plan's inner workings. */
  g_assert_null (strstr (body, "Exercise doses"));
  g_assert_null (strstr (body, "Reminders shown"));
  kw_test_ui_assert_contains (body, "A copy of your data as it is now is kept");
  dialog_text = kw_test_ui_collect_text (dialog);
  kw_test_ui_assert_contains (dialog_text, "Replace All Data");
  kw_test_ui_screenshot (dialog, "import-confirm");

  /* Cancel changes nothing. */
  kw_test_ui_click (dialog, "Cancel");
  g_assert_true (kw_test_ui_wait_for (message_dialog_gone, NULL, 5000));
  after_cancel = store_content (window);
  g_assert_cmpstr (after_cancel, ==, before);
  g_assert_cmpstr (visible_page (page), ==, "empty");

  /* Replace: the Plan page shows the imported plan, and a toast says so. */
  dialog = kw_data_actions_import_file (GTK_WIDGET (window), file);
  kw_test_ui_click (dialog, "Replace All Data");
  g_assert_true (kw_test_ui_wait_for (page_shows_plan, page, 5000));

  plan = kw_plan_load_active (kw_window_get_store (window), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kw_plan_get_condition_id (plan), ==, "patellofemoral-pain");
  text = kw_test_ui_collect_text (GTK_WIDGET (page));
  g_test_message ("%s", text);
  kw_test_ui_assert_contains (text, kw_phase_get_title (kw_plan_get_phase (plan)));
  kw_test_ui_assert_contains (text, "Your Plan: Pain around the kneecap");
  /* The file's own dose, progressed from the plan's starting 30 s. */
  kw_test_ui_assert_contains (text, "Wall sit: 5 × 35 s hold");
  window_text = kw_test_ui_collect_text (GTK_WIDGET (window));
  kw_test_ui_assert_contains (window_text, "Imported 32 records from “valid-full.json”");
  kw_test_ui_screenshot (GTK_WIDGET (window), "import-done");
}

static void
test_import (void)
{
  kw_test_ui_skip_welcome ();
  kw_test_ui_run (import_scenario, NULL);
}

/* A bad file: a dialog naming the problem, and nothing changes. */
static void
bad_file_scenario (KwApplication *app,
                   KwWindow      *window,
                   gpointer       data)
{
  KwPlanPage *page = show_plan_page (window);
  g_autoptr(GFile) bad = sample ("pain-score-11.json");
  g_autoptr(GFile) foreign = sample ("foreign-list.json");
  g_autoptr(KwPlan) plan = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GtkWidget *dialog;
  GDate monday;

  plan = kw_test_ui_make_plan (kw_window_get_store (window), KW_TRIAGE_REST_AND_REHAB, &monday);
  kw_test_ui_iterate (50);
  g_assert_cmpstr (visible_page (page), ==, "plan");
  before = store_content (window);

  dialog = kw_data_actions_import_file (GTK_WIDGET (window), bad);
  g_assert_true (kw_test_ui_wait_for (message_dialog_shown, NULL, 5000));
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Could Not Import Data");
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "“pain-score-11.json” cannot be imported: sessions[1].pain_during is 11; "
                   "pain scores go from 0 to 10\n\nNothing was changed.");
  kw_test_ui_screenshot (dialog, "import-bad-file");
  kw_test_ui_click (dialog, "Close");
  g_assert_true (kw_test_ui_wait_for (message_dialog_gone, NULL, 5000));

  dialog = kw_data_actions_import_file (GTK_WIDGET (window), foreign);
  kw_test_ui_assert_contains (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                              "This is not a Kneewise data file");
  kw_test_ui_click (dialog, "Close");
  g_assert_true (kw_test_ui_wait_for (message_dialog_gone, NULL, 5000));

  after = store_content (window);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpstr (visible_page (page), ==, "plan");
}

static void
test_bad_file (void)
{
  kw_test_ui_skip_welcome ();
  kw_test_ui_run (bad_file_scenario, NULL);
}

/* Export: the file holds the plan; a toast says where; a folder that
 * does not exist gets a dialog. */
static void
export_scenario (KwApplication *app,
                 KwWindow      *window,
                 gpointer       data)
{
  g_autoptr(KwPlan) plan = NULL;
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "kneewise-data.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) nowhere = g_file_new_for_path ("/nonexistent/folder/data.json");
  g_autoptr(KwDataArchive) archive = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *name = kw_data_actions_dup_file_name ();
  GtkWindow *dialog;
  GDate monday;

  g_assert_true (kw_test_ui_wait_for (kw_test_ui_store_is_open, window, 5000));
  plan = kw_test_ui_make_plan (kw_window_get_store (window), KW_TRIAGE_REST_AND_REHAB, &monday);

  g_assert_true (g_str_has_prefix (name, "kneewise-data-"));
  g_assert_true (g_str_has_suffix (name, ".json"));

  g_assert_true (kw_data_actions_export_to (GTK_WIDGET (window), file));
  archive = kw_data_archive_load (file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kw_data_archive_get_count (archive, "plans"), ==, 1);
  text = kw_test_ui_collect_text (GTK_WIDGET (window));
  kw_test_ui_assert_contains (text, "All your data is saved in “kneewise-data.json”");

  g_assert_false (kw_data_actions_export_to (GTK_WIDGET (window), nowhere));
  g_assert_true (kw_test_ui_wait_for (message_dialog_shown, NULL, 5000));
  dialog = kw_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Could Not Export Data");
  gtk_window_destroy (dialog);
}

static void
test_export (void)
{
  kw_test_ui_skip_welcome ();
  kw_test_ui_run (export_scenario, NULL);
}

int
main (int   argc,
      char *argv[])
{
  kw_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/data/import", test_import);
  g_test_add_func ("/ui/data/bad-file", test_bad_file);
  g_test_add_func ("/ui/data/export", test_export);

  return g_test_run ();
}
