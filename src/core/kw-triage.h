/* kw-triage.h: how urgently the runner should act
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * KwTriage:
 * @KW_TRIAGE_EMERGENCY: get emergency care now
 * @KW_TRIAGE_SAME_DAY: do not run; get checked today
 * @KW_TRIAGE_SEE_CLINICIAN: book a physio or GP within one to two weeks
 * @KW_TRIAGE_REST_AND_REHAB: self-care: relative rest from running for 3-7 days
 * @KW_TRIAGE_REDUCE_AND_CONTINUE: self-care: keep running, less of it
 *
 * Ordered most urgent first, so the more careful of two levels is the
 * smaller value (see kw_triage_most_careful()).
 */
typedef enum
{
  KW_TRIAGE_EMERGENCY,
  KW_TRIAGE_SAME_DAY,
  KW_TRIAGE_SEE_CLINICIAN,
  KW_TRIAGE_REST_AND_REHAB,
  KW_TRIAGE_REDUCE_AND_CONTINUE,
} KwTriage;

#define KW_TRIAGE_N_LEVELS (KW_TRIAGE_REDUCE_AND_CONTINUE + 1)

const char *kw_triage_to_id          (KwTriage    triage);
gboolean    kw_triage_from_id        (const char *id,
                                      KwTriage   *triage);
const char *kw_triage_get_title      (KwTriage    triage);
KwTriage    kw_triage_most_careful   (KwTriage    a,
                                      KwTriage    b);
gboolean    kw_triage_allows_plan    (KwTriage    triage);

G_END_DECLS
