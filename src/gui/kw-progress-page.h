/* kw-today-page.h: pain over time, adherence and the plan changes
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kw-store.h"

G_BEGIN_DECLS

#define KW_TYPE_PROGRESS_PAGE (kw_progress_page_get_type ())

G_DECLARE_FINAL_TYPE (KwProgressPage, kw_progress_page, KW, PROGRESS_PAGE, AdwBin)

KwStore    *kw_progress_page_get_store  (KwProgressPage *self);
void        kw_progress_page_set_store  (KwProgressPage *self,
                                         KwStore        *store);
void        kw_progress_page_set_today  (KwProgressPage *self,
                                         const GDate    *today);
void        kw_progress_page_reload     (KwProgressPage *self);

G_END_DECLS
