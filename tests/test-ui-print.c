/* test-ui-print.c: Print… and Export PDF… in the real app under Xvfb
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "kw-plan.h"
#include "kw-print-actions.h"
#include "kw-print-operation.h"
#include "kw-test-ui.h"
#include "sheet-fixtures.h"

static void
set_date (GDate *date,
          int    year,
          int    month,
          int    day)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
}

/* A plan that started a week ago, so "this week" always has sessions. */
static KwPlan *
save_plan (KwStore *store)
{
  g_autoptr(KwPlanPrefs) prefs = kw_plan_prefs_new_default ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  KwPlan *plan;
  GDate start;

  set_date (&start, g_date_time_get_year (now), g_date_time_get_month (now),
            g_date_time_get_day_of_month (now));
  g_date_subtract_days (&start, 7);
  plan = kw_plan_new ("patellofemoral-pain", KW_TRIAGE_REST_AND_REHAB, &start, prefs, &error);
  g_assert_no_error (error);
  g_assert_true (kw_plan_save (plan, store, &error));
  g_assert_no_error (error);
  g_assert_true (kw_store_set_value (store, "runner-name", "Ada", &error));
  g_assert_no_error (error);

  return plan;
}

static KwStore *
open_store (void)
{
  g_autoptr(GError) error = NULL;
  KwStore *store = kw_store_open_default (&error);

  g_assert_no_error (error);
  return store;
}

static char *
out_path (const char *name)
{
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "out", NULL);

  g_assert_no_errno (g_mkdir_with_parents (dir, 0700));
  return g_build_filename (dir, name, NULL);
}

/* The print operation's export and kneewise-cli give the same pages, on
 * @paper ("a4" or "letter"); for Letter the page setup says so, as after a
 * choice in the print dialog. */
static void
check_matches_cli (KwStore    *store,
                   const char *paper)
{
  g_autoptr(GPtrArray) sheets = NULL;
  g_autoptr(KwPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *gtk_name = g_strconcat ("gtk-", paper, ".pdf", NULL);
  g_autofree char *cli_name = g_strconcat ("cli-", paper, ".pdf", NULL);
  g_autofree char *gtk_pdf = out_path (gtk_name);
  g_autofree char *cli_pdf = out_path (cli_name);
  g_autofree char *gtk_text = NULL;
  g_autofree char *cli_text = NULL;
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) cli = NULL;
  double gtk_width, gtk_height, cli_width, cli_height, width, height;
  KwSheetPaper kw_paper;
  GDate week;

  g_assert_true (kw_sheet_paper_from_name (paper, &kw_paper));
  kw_sheet_paper_get_size (kw_paper, &width, &height);
  set_date (&week, 2026, 11, 23);
  sheets = kw_week_sheet_load (store, &week, 3, &week, &error);
  g_assert_no_error (error);

  operation = kw_print_operation_new (sheets);
  if (kw_paper == KW_SHEET_PAPER_LETTER)
    {
      g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
      g_autoptr(GtkPaperSize) letter = gtk_paper_size_new (GTK_PAPER_NAME_LETTER);

      gtk_page_setup_set_paper_size_and_default_margins (setup, letter);
      gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (operation), setup);
    }
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), gtk_pdf);
  g_assert_cmpint (gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                            GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_subprocess_launcher_setenv (launcher, "HOME", g_get_home_dir (), TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", g_get_user_data_dir (), TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", g_get_user_config_dir (), TRUE);
  cli = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("KNEEWISE_CLI"), "export-pdf",
                                     "--week", "2026-11-23", "--weeks", "3",
                                     "--today", "2026-11-23", "--paper", paper, cli_pdf, NULL);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_wait_check (cli, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (fixture_pdf_pages (gtk_pdf), ==, 3);
  g_assert_cmpuint (fixture_pdf_pages (cli_pdf), ==, 3);
  fixture_pdf_page_size (gtk_pdf, &gtk_width, &gtk_height);
  fixture_pdf_page_size (cli_pdf, &cli_width, &cli_height);
  g_assert_cmpfloat_with_epsilon (cli_width, width, 0.5);
  g_assert_cmpfloat_with_epsilon (cli_height, height, 0.5);
  g_assert_cmpfloat_with_epsilon (gtk_width, width, 0.5);
  g_assert_cmpfloat_with_epsilon (gtk_height, height, 0.5);

  /* Same words in the same places, page by page. */
  gtk_text = fixture_pdf_text (gtk_pdf);
  cli_text = fixture_pdf_text (cli_pdf);
  g_assert_cmpstr (gtk_text, ==, cli_text);
  g_assert_nonnull (strstr (gtk_text, "Week of 7 December 2026"));
  g_assert_nonnull (strstr (gtk_text, "For Ada"));
  for (guint p = 0; p < 3; p++)
    fixture_assert_white_margins (gtk_pdf, p, KW_SHEET_MIN_MARGIN);
}

static void
test_print_matches_cli (void)
{
  g_autoptr(KwStore) store = open_store ();
  g_autoptr(KwPlan) plan = save_plan (store);
  g_autofree char *ini = g_build_filename (g_get_user_config_dir (), "kneewise", "print.ini",
                                           NULL);

  check_matches_cli (store, "a4");
  check_matches_cli (store, "letter");

  /* An export chose nothing, so nothing is remembered from it. */
  g_assert_false (g_file_test (ini, G_FILE_TEST_EXISTS));
}

static void
test_print_remembered (void)
{
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) letter = gtk_paper_size_new (GTK_PAPER_NAME_LETTER);
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  g_autoptr(GtkPageSetup) again = NULL;
  g_autoptr(GtkPrintSettings) settings_again = NULL;
  g_autofree char *file = g_build_filename (g_get_user_config_dir (), "kneewise", "print.ini",
                                            NULL);

  /* Nothing chosen yet: the locale's paper (A4 in the C locale), portrait. */
  kw_print_operation_forget ();
  again = kw_print_operation_get_page_setup ();
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (again)), ==,
                   GTK_PAPER_NAME_A4);
  g_assert_cmpint (kw_print_operation_get_paper (), ==, KW_SHEET_PAPER_A4);
  g_assert_null (kw_print_operation_get_settings ());
  g_clear_object (&again);

  gtk_page_setup_set_paper_size_and_default_margins (setup, letter);
  gtk_print_settings_set_n_copies (settings, 2);
  gtk_print_settings_set_printer (settings, "Fridge printer");
  kw_print_operation_remember (setup, settings);
  g_assert_true (g_file_test (file, G_FILE_TEST_EXISTS));

  /* A new session reads them back from the file. */
  kw_print_operation_forget ();
  again = kw_print_operation_get_page_setup ();
  settings_again = kw_print_operation_get_settings ();
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (again)), ==,
                   GTK_PAPER_NAME_LETTER);
  g_assert_cmpint (kw_print_operation_get_paper (), ==, KW_SHEET_PAPER_LETTER);
  g_assert_nonnull (settings_again);
  g_assert_cmpint (gtk_print_settings_get_n_copies (settings_again), ==, 2);
  g_assert_cmpstr (gtk_print_settings_get_printer (settings_again), ==, "Fridge printer");

  /* And a print operation starts from them. */
  {
    g_autoptr(GPtrArray) sheets = g_ptr_array_new_with_free_func (g_object_unref);
    g_autoptr(KwPrintOperation) operation = NULL;
    GDate monday;

    set_date (&monday, 2026, 11, 23);
    g_ptr_array_add (sheets, fixture_sheet_new (&monday, NULL));
    operation = kw_print_operation_new (sheets);
    g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (
                       gtk_print_operation_get_default_page_setup (GTK_PRINT_OPERATION (operation)))),
                     ==, GTK_PAPER_NAME_LETTER);
    g_assert_cmpint (gtk_print_settings_get_n_copies (
                       gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (operation))),
                     ==, 2);
  }

  /* A damaged file is ignored, not fatal. */
  g_assert_true (g_file_set_contents (file, "[Page Setup\nnonsense", -1, NULL));
  kw_print_operation_forget ();
  g_clear_object (&again);
  again = kw_print_operation_get_page_setup ();
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (again)), ==,
                   GTK_PAPER_NAME_A4);
  kw_print_operation_forget ();
  g_unlink (file);
}

/* Finds a menu item by action and target in @model and its submenus. */
static gboolean
menu_has (GMenuModel *model,
          const char *action,
          const char *target)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (model, i);
      g_autofree char *item_action = NULL;
      g_autofree char *item_target = NULL;

      if (g_menu_model_get_item_attribute (model, i, "action", "s", &item_action) &&
          g_menu_model_get_item_attribute (model, i, "target", "s", &item_target) &&
          g_str_equal (item_action, action) && g_str_equal (item_target, target))
        return TRUE;

      while (g_menu_link_iter_next (links))
        {
          g_autoptr(GMenuModel) sub = g_menu_link_iter_get_value (links);

          if (menu_has (sub, action, target))
            return TRUE;
        }
    }

  return FALSE;
}

static GtkMenuButton *
find_menu_button (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_widget_get_mapped (widget))
    return GTK_MENU_BUTTON (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found = find_menu_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
message_dialog_shown (gpointer data)
{
  return kw_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

static GtkWindow *
find_print_dialog (void)
{
  GType type = g_type_from_name ("GtkPrintUnixDialog");

  return type != 0 ? kw_test_ui_find_toplevel (type) : NULL;
}

static gboolean
print_dialog_shown (gpointer data)
{
  return find_print_dialog () != NULL;
}

static gboolean
print_dialog_gone (gpointer data)
{
  return find_print_dialog () == NULL;
}

static gboolean
file_chooser_shown (gpointer data)
{
  return kw_test_ui_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG) != NULL;
}

static void
no_plan_scenario (KwApplication *app,
                  KwWindow      *window,
                  gpointer       data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sheets = NULL;
  GtkWindow *dialog;
  g_autofree char *text = NULL;

  g_assert_true (kw_test_ui_store_is_open (window));
  sheets = kw_print_actions_load (GTK_WIDGET (window), KW_SHEET_RANGE_THIS_WEEK, &error);
  g_assert_null (sheets);
  g_assert_error (error, KW_PLAN_ERROR, KW_PLAN_ERROR_NO_ACTIVE_PLAN);

  /* Ctrl+P's action says why nothing prints instead of failing quietly. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", "s",
                                             "this-week"));
  g_assert_true (kw_test_ui_wait_for (message_dialog_shown, NULL, 5000));
  dialog = kw_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Nothing to Print Yet");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            "no active exercise plan"));
  text = kw_test_ui_collect_text (GTK_WIDGET (dialog));
  g_test_message ("%s", text);
  kw_test_ui_screenshot (GTK_WIDGET (dialog), "print-no-plan");
  gtk_window_destroy (dialog);
}

static void
test_print_no_plan (void)
{
  kw_test_ui_run (no_plan_scenario, NULL);
}

static void
plan_scenario (KwApplication *app,
               KwWindow      *window,
               gpointer       data)
{
  g_autoptr(KwPlan) plan = save_plan (kw_window_get_store (window));
  g_autoptr(GError) error = NULL;
  g_autofree char *path = out_path ("from-app.pdf");
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  GtkMenuButton *button;
  GMenuModel *menu;
  GtkWindow *chooser;

  /* The window's menu offers both, for this week, next week and the phase. */
  button = find_menu_button (GTK_WIDGET (window));
  g_assert_nonnull (button);
  menu = gtk_menu_button_get_menu_model (button);
  for (guint i = 0; i < 3; i++)
    {
      const char *targets[] = { "this-week", "next-week", "phase" };

      g_assert_true (menu_has (menu, "win.print", targets[i]));
      g_assert_true (menu_has (menu, "win.export-pdf", targets[i]));
    }
  gtk_menu_button_popup (button);
  kw_test_ui_screenshot (GTK_WIDGET (gtk_menu_button_get_popover (button)), "print-menu");
  gtk_menu_button_popdown (button);

  /* Print… (Ctrl+P) opens the print dialog; cancelling it prints nothing
   * and remembers nothing. */
  if (!kw_test_ui_portal_missing ("the print dialog"))
    {
      g_autofree char *ini = g_build_filename (g_get_user_config_dir (), "kneewise", "print.ini",
                                               NULL);

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", "s",
                                                 "this-week"));
      g_assert_true (kw_test_ui_wait_for (print_dialog_shown, NULL, 10000));
      kw_test_ui_screenshot (GTK_WIDGET (find_print_dialog ()), "print-dialog");
      gtk_dialog_response (GTK_DIALOG (find_print_dialog ()), GTK_RESPONSE_CANCEL);
      g_assert_true (kw_test_ui_wait_for (print_dialog_gone, NULL, 10000));
      g_assert_false (g_file_test (ini, G_FILE_TEST_EXISTS));
    }

  /* Export PDF…: the file chooser offers a name; accepting it writes the PDF. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-pdf", "s",
                                             "next-week"));
  g_assert_true (kw_test_ui_wait_for (file_chooser_shown, NULL, 5000));
  chooser = kw_test_ui_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  g_assert_true (g_str_has_prefix (name, "knee-plan-week-"));
  g_assert_true (g_str_has_suffix (name, ".pdf"));
  kw_test_ui_screenshot (GTK_WIDGET (chooser), "print-export-chooser");
  /* Closing the chooser writes nothing. */
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  kw_test_ui_iterate (200);
  g_assert_null (kw_test_ui_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));

  /* What the chooser's answer does: write the PDF, say so in a toast. */
  {
    g_autoptr(GPtrArray) sheets = kw_print_actions_load (GTK_WIDGET (window),
                                                         KW_SHEET_RANGE_NEXT_WEEK, &error);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(GFile) nowhere = g_file_new_for_path ("/nonexistent/folder/week.pdf");
    GtkWindow *dialog;

    g_assert_no_error (error);
    g_assert_true (kw_print_actions_export_to (GTK_WIDGET (window), sheets, file));
    g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

    g_assert_false (kw_print_actions_export_to (GTK_WIDGET (window), sheets, nowhere));
    g_assert_true (kw_test_ui_wait_for (message_dialog_shown, NULL, 5000));
    dialog = kw_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
    g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                     "Could Not Export the PDF");
    g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                              "/nonexistent/folder/week.pdf"));
    gtk_window_destroy (dialog);
  }

  g_assert_cmpuint (fixture_pdf_pages (path), ==, 1);
  text = fixture_pdf_text (path);
  g_assert_nonnull (strstr (text, "For Ada"));
  g_assert_nonnull (strstr (text, "Week of "));
  g_assert_nonnull (strstr (text, "Page 1 of 1"));
}

static void
test_print_from_window (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  /* Past the first-run welcome, to the pages and the window's menu. */
  g_settings_set_boolean (settings, "welcome-done", TRUE);
  kw_test_ui_run (plan_scenario, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GString) schema_dirs = g_string_new (g_getenv ("GSETTINGS_SCHEMA_DIR"));
  const char * const *data_dirs = g_get_system_data_dirs ();

  /* The file chooser reads GTK's own settings schema: keep the system's
   * schemas in sight before the test hides the system folders. */
  for (guint i = 0; data_dirs[i] != NULL; i++)
    {
      g_autofree char *dir = g_build_filename (data_dirs[i], "glib-2.0", "schemas", NULL);

      if (g_file_test (dir, G_FILE_TEST_IS_DIR))
        g_string_append_printf (schema_dirs, "%s%s", schema_dirs->len > 0 ? G_SEARCHPATH_SEPARATOR_S : "",
                                dir);
    }
  g_setenv ("GSETTINGS_SCHEMA_DIR", schema_dirs->str, TRUE);

  kw_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/print/matches-cli", test_print_matches_cli);
  g_test_add_func ("/ui/print/remembered", test_print_remembered);
  g_test_add_func ("/ui/print/no-plan", test_print_no_plan);
  g_test_add_func ("/ui/print/from-window", test_print_from_window);

  return g_test_run ();
}
