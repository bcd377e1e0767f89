/* kw-print-operation.c: printing weeks of the plan through GTK
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkPrintOperation that draws each week with the same renderer as the
 * PDF export (kw_sheet_renderer_draw_page()), so what the printer prints
 * and what "Export PDF…" writes are the same pages.
 *
 * The page setup and print settings the runner last chose are kept for the
 * session and in a small key file next to the app's other settings, so the
 * next print starts from them.
 */

#define G_LOG_DOMAIN "kw-print-operation"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>

#include "kw-print-operation.h"

struct _KwPrintOperation
{
  GtkPrintOperation  parent_instance;

  GPtrArray         *sheets;       /* KwWeekSheet */
  GtkPageSetup      *page_setup;   /* the one the pages were drawn on */
};

G_DEFINE_FINAL_TYPE (KwPrintOperation, kw_print_operation, GTK_TYPE_PRINT_OPERATION)

/* Remembered settings */

#define SETTINGS_GROUP "Print Settings"
#define PAGE_SETUP_GROUP "Page Setup"

static GtkPageSetup *remembered_page_setup;
static GtkPrintSettings *remembered_settings;
static gboolean remembered_loaded;

static char *
settings_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "kneewise", "print.ini", NULL);
}

static void
load_remembered (void)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autofree char *path = settings_path ();
  g_autoptr(GError) error = NULL;

  if (remembered_loaded)
    return;
  remembered_loaded = TRUE;

  if (!g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, &error))
    {
      if (!g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_message ("The print settings in %s cannot be read, so printing starts from the "
                   "defaults: %s", path, error->message);
      return;
    }

  /* A damaged group is ignored: the defaults are a fine place to start. */
  remembered_page_setup = gtk_page_setup_new_from_key_file (file, PAGE_SETUP_GROUP, NULL);
  remembered_settings = gtk_print_settings_new_from_key_file (file, SETTINGS_GROUP, NULL);
}

/**
 * kw_print_operation_get_page_setup:
 *
 * The page setup to start from: the one last used, or the paper usual
 * where the runner lives (as the PDF export uses), portrait.
 *
 * Returns: (transfer full): a page setup
 */
GtkPageSetup *
kw_print_operation_get_page_setup (void)
{
  g_autoptr(GtkPaperSize) paper = NULL;
  GtkPageSetup *setup;

  load_remembered ();
  if (remembered_page_setup != NULL)
    return gtk_page_setup_copy (remembered_page_setup);

  paper = gtk_paper_size_new (kw_sheet_paper_for_locale () == KW_SHEET_PAPER_LETTER ?
                              GTK_PAPER_NAME_LETTER : GTK_PAPER_NAME_A4);
  setup = gtk_page_setup_new ();
  gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);

  return setup;
}

/**
 * kw_print_operation_get_settings:
 *
 * Returns: (transfer full) (nullable): the print settings last used
 */
GtkPrintSettings *
kw_print_operation_get_settings (void)
{
  load_remembered ();

  return remembered_settings != NULL ? gtk_print_settings_copy (remembered_settings) : NULL;
}

/**
 * kw_print_operation_get_paper:
 *
 * Returns: the paper of the remembered page setup when it is A4 or
 *   Letter, else the paper usual where the runner lives
 */
KwSheetPaper
kw_print_operation_get_paper (void)
{
  g_autoptr(GtkPageSetup) setup = kw_print_operation_get_page_setup ();
  GtkPaperSize *size = gtk_page_setup_get_paper_size (setup);
  const char *name = gtk_paper_size_get_name (size);

  if (g_strcmp0 (name, GTK_PAPER_NAME_LETTER) == 0)
    return KW_SHEET_PAPER_LETTER;
  if (g_strcmp0 (name, GTK_PAPER_NAME_A4) == 0)
    return KW_SHEET_PAPER_A4;

  return kw_sheet_paper_for_locale ();
}

/**
 * kw_print_operation_remember:
 * @page_setup: (nullable): the page setup just used
 * @settings: (nullable): the print settings just used
 *
 * Keeps them for the next print, in this session and the next.
 */
void
kw_print_operation_remember (GtkPageSetup     *page_setup,
                             GtkPrintSettings *settings)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autofree char *path = settings_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_return_if_fail (page_setup == NULL || GTK_IS_PAGE_SETUP (page_setup));
  g_return_if_fail (settings == NULL || GTK_IS_PRINT_SETTINGS (settings));

  load_remembered ();
  if (page_setup != NULL)
    {
      g_clear_object (&remembered_page_setup);
      remembered_page_setup = gtk_page_setup_copy (page_setup);
    }
  if (settings != NULL)
    {
      g_clear_object (&remembered_settings);
      remembered_settings = gtk_print_settings_copy (settings);
    }

  if (remembered_page_setup != NULL)
    gtk_page_setup_to_key_file (remembered_page_setup, file, PAGE_SETUP_GROUP);
  if (remembered_settings != NULL)
    gtk_print_settings_to_key_file (remembered_settings, file, SETTINGS_GROUP);

  if (g_mkdir_with_parents (dir, 0700) != 0 ||
      !g_key_file_save_to_file (file, path, &error))
    g_warning ("The print settings cannot be saved to %s: %s", path,
               error != NULL ? error->message : g_strerror (errno));
}

/**
 * kw_print_operation_forget:
 *
 * Drops what this session remembers, so the next use reads the file again.
 */
void
kw_print_operation_forget (void)
{
  g_clear_object (&remembered_page_setup);
  g_clear_object (&remembered_settings);
  remembered_loaded = FALSE;
}

/* The operation */

static void
kw_print_operation_begin_print (GtkPrintOperation *operation,
                                GtkPrintContext   *context)
{
  KwPrintOperation *self = KW_PRINT_OPERATION (operation);

  /* The page setup chosen in the dialog, to remember after the print. */
  g_set_object (&self->page_setup, gtk_print_context_get_page_setup (context));

  /* One week a page, always: the renderer shrinks a busy week to fit. */
  gtk_print_operation_set_n_pages (operation, self->sheets->len);
}

static void
kw_print_operation_draw_page (GtkPrintOperation *operation,
                              GtkPrintContext   *context,
                              int                page_nr)
{
  KwPrintOperation *self = KW_PRINT_OPERATION (operation);
  GtkPageSetup *setup = gtk_print_context_get_page_setup (context);
  KwSheetMargins margins;

  g_assert (page_nr >= 0 && (guint) page_nr < self->sheets->len);

  /* The whole page in points (use-full-page), with margins at least as
   * wide as the PDF export's: the same page on paper and in the PDF. */
  margins.top = gtk_page_setup_get_top_margin (setup, GTK_UNIT_POINTS);
  margins.right = gtk_page_setup_get_right_margin (setup, GTK_UNIT_POINTS);
  margins.bottom = gtk_page_setup_get_bottom_margin (setup, GTK_UNIT_POINTS);
  margins.left = gtk_page_setup_get_left_margin (setup, GTK_UNIT_POINTS);
  kw_sheet_margins_clamp (&margins);

  kw_sheet_renderer_draw_page (gtk_print_context_get_cairo_context (context),
                               gtk_print_context_get_width (context),
                               gtk_print_context_get_height (context),
                               &margins, g_ptr_array_index (self->sheets, page_nr),
                               page_nr, self->sheets->len);
}

static void
kw_print_operation_finalize (GObject *object)
{
  KwPrintOperation *self = KW_PRINT_OPERATION (object);

  g_clear_pointer (&self->sheets, g_ptr_array_unref);
  g_clear_object (&self->page_setup);

  G_OBJECT_CLASS (kw_print_operation_parent_class)->finalize (object);
}

static void
kw_print_operation_class_init (KwPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = kw_print_operation_finalize;
  operation_class->begin_print = kw_print_operation_begin_print;
  operation_class->draw_page = kw_print_operation_draw_page;
}

static void
kw_print_operation_init (KwPrintOperation *self)
{
}

/**
 * kw_print_operation_new:
 * @sheets: (element-type KwWeekSheet): the weeks to print, one a page
 *
 * Returns: (transfer full): a print operation set up with the remembered
 *   page setup and print settings
 */
KwPrintOperation *
kw_print_operation_new (GPtrArray *sheets)
{
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GtkPrintSettings) settings = NULL;
  g_autofree char *title = NULL;
  KwPrintOperation *self;

  g_return_val_if_fail (sheets != NULL && sheets->len > 0, NULL);

  self = g_object_new (KW_TYPE_PRINT_OPERATION, NULL);
  self->sheets = g_ptr_array_ref (sheets);

  title = kw_sheet_renderer_dup_title (g_ptr_array_index (sheets, 0), sheets->len);
  setup = kw_print_operation_get_page_setup ();
  settings = kw_print_operation_get_settings ();

  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), title);
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), setup);
  if (settings != NULL)
    gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (self), settings);

  return self;
}

/**
 * kw_print_operation_get_sheets:
 *
 * Returns: (transfer none) (element-type KwWeekSheet): the weeks printed
 */
GPtrArray *
kw_print_operation_get_sheets (KwPrintOperation *self)
{
  g_return_val_if_fail (KW_IS_PRINT_OPERATION (self), NULL);

  return self->sheets;
}

/**
 * kw_print_operation_get_used_page_setup:
 *
 * Returns: (transfer none) (nullable): the page setup the pages were drawn
 *   on, once printing began
 */
GtkPageSetup *
kw_print_operation_get_used_page_setup (KwPrintOperation *self)
{
  g_return_val_if_fail (KW_IS_PRINT_OPERATION (self), NULL);

  return self->page_setup;
}
