/* kw-print-actions.c: the window's Print… and Export PDF… actions
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * win.print and win.export-pdf take the weeks to print as their target:
 * "this-week", "next-week" or "phase". Both draw with the core renderer:
 * Print… through GtkPrintOperation and the print dialog, Export PDF…
 * straight to a file chosen in the file chooser, as kneewise-cli does.
 */

#define G_LOG_DOMAIN "kw-print-actions"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kw-date.h"
#include "kw-print-actions.h"
#include "kw-print-operation.h"
#include "kw-window.h"

static void
show_error (GtkWidget    *window,
            const char   *heading,
            const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (window), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * kw_print_actions_load:
 * @window: a #KwWindow
 * @range: which weeks
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type KwWeekSheet): the weeks to print,
 *   as of today, or %NULL when there is nothing to print
 */
GPtrArray *
kw_print_actions_load (GtkWidget     *window,
                       KwSheetRange   range,
                       GError       **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  KwStore *store;
  GDate today;

  g_return_val_if_fail (KW_IS_WINDOW (window), NULL);

  store = kw_window_get_store (KW_WINDOW (window));
  if (store == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED,
                           _("Your data is not open yet, so there is no plan to print."));
      return NULL;
    }

  kw_date_set_local (&today, now);
  return kw_week_sheet_load_range (store, range, &today, error);
}

/**
 * kw_print_actions_dup_file_name:
 * @sheets: (element-type KwWeekSheet): the weeks
 *
 * Returns: (transfer full): the name the PDF is offered under
 */
char *
kw_print_actions_dup_file_name (GPtrArray *sheets)
{
  g_autofree char *date = NULL;

  g_return_val_if_fail (sheets != NULL && sheets->len > 0, NULL);

  date = kw_date_to_iso (kw_week_sheet_get_first_day (g_ptr_array_index (sheets, 0)));
  if (sheets->len == 1)
    /* Translators: the file name offered for a PDF of one week; %s is a date
     * (2026-11-23). Keep it short, without slashes. */
    return g_strdup_printf (_("knee-plan-week-%s.pdf"), date);

  /* Translators: the file name offered for a PDF of several weeks; %1$s is
   * the first date (2026-11-23), %2$u the number of weeks */
  return g_strdup_printf (_("knee-plan-%1$s-%2$u-weeks.pdf"), date, sheets->len);
}

static gboolean
range_from_parameter (GVariant     *parameter,
                      KwSheetRange *range)
{
  if (kw_sheet_range_from_name (g_variant_get_string (parameter, NULL), range))
    return TRUE;

  g_warning ("Unknown weeks to print: “%s”", g_variant_get_string (parameter, NULL));
  return FALSE;
}

/* Print… */

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               GtkWidget               *window)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      /* The next print starts from what was chosen this time. */
      kw_print_operation_remember (kw_print_operation_get_used_page_setup (KW_PRINT_OPERATION (operation)),
                                   gtk_print_operation_get_print_settings (operation));
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      if (error != NULL)
        show_error (window, _("Could Not Print"), error);
    }
}

static void
print_action (GtkWidget  *window,
              const char *action_name,
              GVariant   *parameter)
{
  g_autoptr(GPtrArray) sheets = NULL;
  g_autoptr(KwPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  KwSheetRange range;

  if (!range_from_parameter (parameter, &range))
    return;

  sheets = kw_print_actions_load (window, range, &error);
  if (sheets == NULL)
    {
      show_error (window, _("Nothing to Print Yet"), error);
      return;
    }

  operation = kw_print_operation_new (sheets);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), window, 0);
  if (gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                               GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (window), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (window, _("Could Not Print"), error);
}

/* Export PDF… */

/**
 * kw_print_actions_export_to:
 * @window: a #KwWindow
 * @sheets: (element-type KwWeekSheet): the weeks
 * @file: where the runner chose to save them
 *
 * Writes the PDF on the paper of the page setup, and says how it went: a
 * toast when it is saved, a dialog naming the problem when not.
 *
 * Returns: %TRUE if the PDF was written
 */
gboolean
kw_print_actions_export_to (GtkWidget *window,
                            GPtrArray *sheets,
                            GFile     *file)
{
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (KW_IS_WINDOW (window), FALSE);
  g_return_val_if_fail (sheets != NULL && sheets->len > 0, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                         _("Choose a folder on this computer."));
  else
    kw_sheet_renderer_write_pdf (sheets, kw_print_operation_get_paper (), path, &error);

  if (error != NULL)
    {
      show_error (window, _("Could Not Export the PDF"), error);
      return FALSE;
    }

  name = g_file_get_basename (file);
  /* Translators: %s is a file name */
  message = g_strdup_printf (_("Saved “%s”"), name);
  kw_window_add_toast (KW_WINDOW (window), message);

  return TRUE;
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    GtkWidget       *window)
{
  GPtrArray *sheets = g_object_get_data (G_OBJECT (chooser), "kw-sheets");
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    kw_print_actions_export_to (window, sheets, file);

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
export_pdf_action (GtkWidget  *window,
                   const char *action_name,
                   GVariant   *parameter)
{
  g_autoptr(GPtrArray) sheets = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkFileFilter) filter = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;
  const char *documents;
  KwSheetRange range;

  if (!range_from_parameter (parameter, &range))
    return;

  sheets = kw_print_actions_load (window, range, &error);
  if (sheets == NULL)
    {
      show_error (window, _("Nothing to Export Yet"), error);
      return;
    }

  chooser = gtk_file_chooser_native_new (_("Export PDF"), GTK_WINDOW (window),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  name = kw_print_actions_dup_file_name (sheets);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (documents);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  g_object_set_data_full (G_OBJECT (chooser), "kw-sheets", g_steal_pointer (&sheets),
                          (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), window, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * kw_print_actions_install:
 * @widget_class: the #KwWindow class
 *
 * Adds win.print and win.export-pdf (target: "this-week", "next-week" or
 * "phase") and binds Ctrl+P to printing this week.
 */
void
kw_print_actions_install (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.print", "s", print_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", "s", export_pdf_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.print", "s", "this-week");
}
