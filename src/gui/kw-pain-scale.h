/* kw-pain-scale.h: a 0 to 10 pain entry
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KW_TYPE_PAIN_SCALE (kw_pain_scale_get_type ())

G_DECLARE_FINAL_TYPE (KwPainScale, kw_pain_scale, KW, PAIN_SCALE, AdwBin)

GtkWidget  *kw_pain_scale_new            (const char  *title);
int         kw_pain_scale_get_value      (KwPainScale *self);
void        kw_pain_scale_set_value      (KwPainScale *self,
                                          int          value);
const char *kw_pain_scale_get_title      (KwPainScale *self);
void        kw_pain_scale_set_title      (KwPainScale *self,
                                          const char  *title);
const char *kw_pain_scale_get_value_text (KwPainScale *self);
const char *kw_pain_scale_word_for_value (int          value);

G_END_DECLS
