/* kw-print-operation.h: printing weeks of the plan through GTK
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kw-sheet-renderer.h"

G_BEGIN_DECLS

#define KW_TYPE_PRINT_OPERATION (kw_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (KwPrintOperation, kw_print_operation, KW, PRINT_OPERATION,
                      GtkPrintOperation)

KwPrintOperation *kw_print_operation_new               (GPtrArray          *sheets);
GPtrArray        *kw_print_operation_get_sheets        (KwPrintOperation   *self);
GtkPageSetup     *kw_print_operation_get_used_page_setup (KwPrintOperation *self);

GtkPageSetup     *kw_print_operation_get_page_setup    (void);
GtkPrintSettings *kw_print_operation_get_settings      (void);
void              kw_print_operation_remember          (GtkPageSetup       *page_setup,
                                                        GtkPrintSettings   *settings);
KwSheetPaper      kw_print_operation_get_paper         (void);
void              kw_print_operation_forget            (void);

G_END_DECLS
