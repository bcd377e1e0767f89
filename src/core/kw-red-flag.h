/* kw-red-flag.h: the signs that mean "get checked", as content
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kw-answers.h"
#include "kw-condition.h"
#include "kw-triage.h"

G_BEGIN_DECLS

typedef struct _KwRedFlag KwRedFlag;

const KwRedFlag *kw_red_flag_lookup       (const char      *id);
guint            kw_red_flag_get_n        (void);
const KwRedFlag *kw_red_flag_get_nth      (guint            i);
const char      *kw_red_flag_get_id       (const KwRedFlag *self);
KwTriage         kw_red_flag_get_tier     (const KwRedFlag *self);
const char      *kw_red_flag_get_key      (const KwRedFlag *self);
const char      *kw_red_flag_get_question (const KwRedFlag *self);
const char      *kw_red_flag_get_summary  (const KwRedFlag *self);
const char      *kw_red_flag_get_advice   (const KwRedFlag *self);
const KwSource  *kw_red_flag_get_source   (const KwRedFlag *self);
gboolean         kw_red_flag_fires        (const KwRedFlag *self,
                                           KwAnswers       *answers);

G_END_DECLS
