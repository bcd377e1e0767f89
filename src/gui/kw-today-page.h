/* kw-today-page.h: today's session and the pain check-ins
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kw-store.h"

G_BEGIN_DECLS

#define KW_TYPE_TODAY_PAGE (kw_today_page_get_type ())

G_DECLARE_FINAL_TYPE (KwTodayPage, kw_today_page, KW, TODAY_PAGE, AdwBin)

KwStore    *kw_today_page_get_store  (KwTodayPage *self);
void        kw_today_page_set_store  (KwTodayPage *self,
                                      KwStore     *store);
void        kw_today_page_set_today  (KwTodayPage *self,
                                      const GDate *today);
void        kw_today_page_reload     (KwTodayPage *self);

G_END_DECLS
