/* kw-data-actions.h: the window's Export Data… and Import Data… actions
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void        kw_data_actions_install      (GtkWidgetClass  *widget_class);

char       *kw_data_actions_dup_file_name (void);
gboolean    kw_data_actions_export_to    (GtkWidget       *window,
                                          GFile           *file);
GtkWidget  *kw_data_actions_import_file  (GtkWidget       *window,
                                          GFile           *file);

G_END_DECLS
