/* kw-today-page.h: the week at a glance, the phase and what to avoid
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kw-store.h"

G_BEGIN_DECLS

#define KW_TYPE_PLAN_PAGE (kw_plan_page_get_type ())

G_DECLARE_FINAL_TYPE (KwPlanPage, kw_plan_page, KW, PLAN_PAGE, AdwBin)

KwStore    *kw_plan_page_get_store  (KwPlanPage  *self);
void        kw_plan_page_set_store  (KwPlanPage  *self,
                                     KwStore     *store);
void        kw_plan_page_set_today  (KwPlanPage  *self,
                                     const GDate *today);
void        kw_plan_page_reload     (KwPlanPage  *self);
void        kw_plan_page_show_week  (KwPlanPage  *self,
                                     int          weeks_from_now);

G_END_DECLS
