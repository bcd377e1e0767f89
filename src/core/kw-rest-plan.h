/* kw-rest-plan.h: relative rest after a rest-and-rehab triage
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kw-triage.h"

G_BEGIN_DECLS

/**
 * KwRestItemKind:
 * @KW_REST_ITEM_KEEP: keep doing this
 * @KW_REST_ITEM_STOP: stop this for now
 * @KW_REST_ITEM_CROSS_TRAIN: cross-training that is fine if pain-free
 * @KW_REST_ITEM_ICE: ice, only if the knee is swollen
 * @KW_REST_ITEM_EXPECT: what to expect
 */
typedef enum
{
  KW_REST_ITEM_KEEP,
  KW_REST_ITEM_STOP,
  KW_REST_ITEM_CROSS_TRAIN,
  KW_REST_ITEM_ICE,
  KW_REST_ITEM_EXPECT,
} KwRestItemKind;

#define KW_REST_ITEM_N_KINDS (KW_REST_ITEM_EXPECT + 1)

typedef struct
{
  const char     *id;
  KwRestItemKind  kind;
  const char     *text;       /* N_() */
  const char     *source;     /* short reference, not translated */
  const char     *evidence;   /* "E", "C", "D"… as in clinical.md */
} KwRestItem;

/* [D] Day 5: the overlap of the source articles' "3 to 5 days" and the
 * specification's "day 5 to 7", so nobody waits longer than either says. */
#define KW_REST_REASSESS_DAY 5
/* [D] Day 14: "see someone if it has not settled by two weeks". */
#define KW_REST_SEE_SOMEONE_DAY 14

/**
 * KwRestStage:
 * @KW_REST_STAGE_RESTING: before the reassessment date
 * @KW_REST_STAGE_REASSESS: reassessment due: ask the red-flag questions
 *   again, then do the readiness checklist
 * @KW_REST_STAGE_SEE_SOMEONE: two weeks passed without a passed checklist:
 *   book a physio or doctor
 */
typedef enum
{
  KW_REST_STAGE_RESTING,
  KW_REST_STAGE_REASSESS,
  KW_REST_STAGE_SEE_SOMEONE,
} KwRestStage;

typedef struct
{
  GDate start;
  GDate reassess;
  GDate see_someone;
} KwRestDates;

const KwRestItem *kw_rest_plan_get_items        (guint             *n_items);
const char       *kw_rest_item_kind_get_title   (KwRestItemKind     kind);
gboolean          kw_rest_plan_applies_to       (KwTriage           triage);
void              kw_rest_dates_init            (KwRestDates       *dates,
                                                 const GDate       *start);
KwRestStage       kw_rest_plan_get_stage        (const KwRestDates *dates,
                                                 const GDate       *today,
                                                 char             **reason);
gboolean          kw_rest_stage_rescreens_red_flags (KwRestStage    stage);


G_END_DECLS
