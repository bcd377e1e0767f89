/* kw-window.h
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kw-store.h"

G_BEGIN_DECLS

#define KW_TYPE_WINDOW (kw_window_get_type ())

G_DECLARE_FINAL_TYPE (KwWindow, kw_window, KW, WINDOW, AdwApplicationWindow)

KwWindow   *kw_window_new              (GtkApplication *application,
                                        GSettings      *settings);
KwStore    *kw_window_get_store        (KwWindow       *self);
void        kw_window_set_store        (KwWindow       *self,
                                        KwStore        *store);
void        kw_window_show_store_error (KwWindow       *self,
                                        const GError   *error);
void        kw_window_show_page        (KwWindow       *self,
                                        const char     *name);
const char *kw_window_get_visible_page (KwWindow       *self);
void        kw_window_add_toast        (KwWindow       *self,
                                        const char     *message);

G_END_DECLS
