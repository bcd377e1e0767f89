/* kw-return-page.h: the Return to Run page
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kw-store.h"

G_BEGIN_DECLS

#define KW_TYPE_RETURN_PAGE (kw_return_page_get_type ())

G_DECLARE_FINAL_TYPE (KwReturnPage, kw_return_page, KW, RETURN_PAGE, GtkWidget)

GtkWidget *kw_return_page_new        (void);
KwStore   *kw_return_page_get_store  (KwReturnPage *self);
void       kw_return_page_set_store  (KwReturnPage *self,
                                      KwStore      *store);
void       kw_return_page_set_today  (KwReturnPage *self,
                                      const GDate  *today);

G_END_DECLS
