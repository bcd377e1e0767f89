/* kw-application.h
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kw-store.h"

G_BEGIN_DECLS

#define KW_TYPE_APPLICATION (kw_application_get_type ())

G_DECLARE_FINAL_TYPE (KwApplication, kw_application, KW, APPLICATION, AdwApplication)

KwApplication *kw_application_new          (void);
KwStore       *kw_application_get_store    (KwApplication *self);
const GError  *kw_application_get_store_error (KwApplication *self);
GSettings     *kw_application_get_settings (KwApplication *self);

G_END_DECLS
