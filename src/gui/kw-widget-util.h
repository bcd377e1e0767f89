/* kw-widget-util.h: small widget builders shared by the pages
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void       kw_box_remove_all        (GtkBox     *box);
GtkWidget *kw_wrapped_label_new     (const char *text,
                                     const char *css_class);
GtkWidget *kw_preferences_group_new (const char *title,
                                     const char *description);
GtkWidget *kw_plain_row_new         (const char *title,
                                     const char *subtitle);

G_END_DECLS
