/* kw-data-actions.c: the window's Export Data… and Import Data… actions
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file chooser only picks a file; the work (kw_data_actions_export_to(),
 * kw_data_actions_import_file()) takes a GFile, so the tests call it with a
 * path. GtkFileChooserNative goes through the document portal in Flatpak.
 * Everything about the file itself (format, checks, the copy kept before
 * import) is in the core: src/core/kw-data-archive.c.
 */

#define G_LOG_DOMAIN "kw-data-actions"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kw-data-actions.h"
#include "kw-data-archive.h"
#include "kw-window.h"

static GtkWidget *
show_error (GtkWidget  *window,
            const char *heading,
            const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (window), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static KwStore *
get_store (GtkWidget  *window,
           const char *heading)
{
  KwStore *store = kw_window_get_store (KW_WINDOW (window));

  if (store == NULL)
    show_error (window, heading, _("Your data is not open yet. Try again in a moment."));
  return store;
}

static void
add_json_filter (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Kneewise data files"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
start_in_documents (GtkFileChooser *chooser)
{
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (documents);

      gtk_file_chooser_set_current_folder (chooser, folder, NULL);
    }
}

/* Export Data… */

/**
 * kw_data_actions_dup_file_name:
 *
 * Returns: (transfer full): the name the data file is offered under
 */
char *
kw_data_actions_dup_file_name (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");

  /* Translators: the file name offered for the exported data; %s is a date
   * (2026-11-23). Keep it short, without slashes, ending in .json. */
  return g_strdup_printf (_("kneewise-data-%s.json"), date);
}

/**
 * kw_data_actions_export_to:
 * @window: a #KwWindow
 * @file: where the runner chose to save the data
 *
 * Writes all the data to @file and says how it went: a toast when it is
 * saved, a dialog naming the problem when not.
 *
 * Returns: %TRUE if the file was written
 */
gboolean
kw_data_actions_export_to (GtkWidget *window,
                           GFile     *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  KwStore *store;

  g_return_val_if_fail (KW_IS_WINDOW (window), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!(store = get_store (window, _("Could Not Export Data"))))
    return FALSE;

  if (!kw_data_archive_export_to_file (store, file, &error))
    {
      show_error (window, _("Could Not Export Data"), error->message);
      return FALSE;
    }

  name = g_file_get_basename (file);
  /* Translators: %s is a file name */
  message = g_strdup_printf (_("All your data is saved in “%s”"), name);
  kw_window_add_toast (KW_WINDOW (window), message);
  return TRUE;
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    GtkWidget       *window)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    kw_data_actions_export_to (window, file);

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
export_data_action (GtkWidget  *window,
                    const char *action_name,
                    GVariant   *parameter)
{
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  if (get_store (window, _("Could Not Export Data")) == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Export Data"), GTK_WINDOW (window),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  name = kw_data_actions_dup_file_name ();
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  start_in_documents (GTK_FILE_CHOOSER (chooser));
  add_json_filter (GTK_FILE_CHOOSER (chooser));

  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), window, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Import Data… */

static void
confirm_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     GtkWidget        *window)
{
  KwDataArchive *archive = g_object_get_data (G_OBJECT (dialog), "kw-archive");
  const char *name = g_object_get_data (G_OBJECT (dialog), "kw-name");
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  KwStore *store;

  if (!g_str_equal (response, "replace"))
    return;

  if (!(store = get_store (window, _("Could Not Import Data"))))
    return;

  /* The store's "changed" signals reload every page. */
  if (!kw_data_archive_import (archive, store, NULL, &error))
    {
      show_error (window, _("Could Not Import Data"), error->message);
      return;
    }

  /* Translators: a number of records, then a file name */
  message = g_strdup_printf (ngettext ("Imported %u record from “%s”",
                                       "Imported %u records from “%s”",
                                       kw_data_archive_get_total (archive)),
                             kw_data_archive_get_total (archive), name);
  kw_window_add_toast (KW_WINDOW (window), message);
}

static char *
format_exported_at (KwDataArchive *archive)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_iso8601 (kw_data_archive_get_exported_at (archive),
                                                           NULL);
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;

  if (local == NULL)
    return g_strdup (kw_data_archive_get_exported_at (archive));
  /* Translators: a date and time, as in "23 November 2026 at 18:05" (strftime) */
  return g_date_time_format (local, _("%-d %B %Y at %H:%M"));
}

/**
 * kw_data_actions_import_file:
 * @window: a #KwWindow
 * @file: the data file the runner chose
 *
 * Checks @file completely. A bad or foreign file gets a dialog naming the
 * problem, and nothing changes. A good one gets the confirmation: “Replace
 * All Your Data?”, saying what the file holds and that a copy of the data
 * as it is now is kept; only “Replace All Data” imports it (then a toast).
 *
 * Returns: (transfer none): the dialog shown, the error or the confirmation
 */
GtkWidget *
kw_data_actions_import_file (GtkWidget *window,
                             GFile     *file)
{
  g_autoptr(KwDataArchive) archive = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *counts = NULL;
  g_autofree char *when = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  g_return_val_if_fail (KW_IS_WINDOW (window), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_basename (file);
  archive = kw_data_archive_load (file, &error);
  if (archive == NULL)
    {
      /* Translators: %s is a file name, then what is wrong with it */
      g_autofree char *message = g_strdup_printf (_("“%s” cannot be imported: %s\n\n"
                                                    "Nothing was changed."),
                                                  name, error->message);

      return show_error (window, _("Could Not Import Data"), message);
    }

  counts = kw_data_archive_describe (archive, TRUE);
  when = format_exported_at (archive);
  /* Translators: a file name, a version, a date; then one line per kind of
   * record the file holds */
  body = g_strdup_printf (_("Everything Kneewise holds now (assessments, plans, logged "
                            "sessions, return to running and reminders) will be replaced by "
                            "the data in “%s”, exported by Kneewise %s on %s:\n\n%s\n\n"
                            "A copy of your data as it is now is kept in Kneewise’s data "
                            "folder."),
                          name, kw_data_archive_get_app_version (archive), when, counts);

  dialog = adw_message_dialog_new (GTK_WINDOW (window), _("Replace All Your Data?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "replace", _("_Replace All Data"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_object_set_data_full (G_OBJECT (dialog), "kw-archive", g_steal_pointer (&archive),
                          g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "kw-name", g_steal_pointer (&name), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (confirm_response_cb), window, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
import_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    GtkWidget       *window)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    kw_data_actions_import_file (window, file);

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
import_data_action (GtkWidget  *window,
                    const char *action_name,
                    GVariant   *parameter)
{
  GtkFileChooserNative *chooser;

  if (get_store (window, _("Could Not Import Data")) == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Import Data"), GTK_WINDOW (window),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  start_in_documents (GTK_FILE_CHOOSER (chooser));
  add_json_filter (GTK_FILE_CHOOSER (chooser));

  g_signal_connect_object (chooser, "response", G_CALLBACK (import_response_cb), window, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * kw_data_actions_install:
 * @widget_class: the #KwWindow class
 *
 * Adds win.export-data and win.import-data.
 */
void
kw_data_actions_install (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-data", NULL, export_data_action);
  gtk_widget_class_install_action (widget_class, "win.import-data", NULL, import_data_action);
}
