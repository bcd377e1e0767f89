/* kw-help-window.h: the short user guide (F1)
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kw-store.h"

G_BEGIN_DECLS

#define KW_TYPE_HELP_WINDOW (kw_help_window_get_type ())

G_DECLARE_FINAL_TYPE (KwHelpWindow, kw_help_window, KW, HELP_WINDOW, AdwWindow)

KwHelpWindow *kw_help_window_new          (GtkWindow    *parent,
                                           KwStore      *store);
void          kw_help_window_show_topic   (KwHelpWindow *self,
                                           const char   *topic);
const char   *kw_help_window_get_topic    (KwHelpWindow *self);
const char  **kw_help_window_get_topics   (void);

G_END_DECLS
