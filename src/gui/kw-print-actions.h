/* kw-print-actions.h: the window's Print… and Export PDF… actions
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kw-week-sheet.h"

G_BEGIN_DECLS

void        kw_print_actions_install    (GtkWidgetClass  *widget_class);

GPtrArray  *kw_print_actions_load       (GtkWidget       *window,
                                         KwSheetRange     range,
                                         GError         **error);
char       *kw_print_actions_dup_file_name (GPtrArray    *sheets);
gboolean    kw_print_actions_export_to  (GtkWidget       *window,
                                         GPtrArray       *sheets,
                                         GFile           *file);

G_END_DECLS
