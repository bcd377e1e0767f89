/* kw-condition.h: the knee problems runners commonly have, as content
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * KwEvidence:
 * @KW_EVIDENCE_GUIDELINE: [G] guideline or consensus statement
 * @KW_EVIDENCE_SYSTEMATIC_REVIEW: [SR] systematic review or meta-analysis
 * @KW_EVIDENCE_RCT: [RCT] randomised controlled trial
 * @KW_EVIDENCE_COHORT: [C] cohort study or case series
 * @KW_EVIDENCE_BIOMECHANICS: [B] biomechanics lab study
 * @KW_EVIDENCE_EXPERT: [E] expert opinion or clinical convention
 * @KW_EVIDENCE_DESIGN: [D] a design default of this app (tunable)
 *
 * How strong the support for a claim is, strongest first.
 */
typedef enum
{
  KW_EVIDENCE_GUIDELINE,
  KW_EVIDENCE_SYSTEMATIC_REVIEW,
  KW_EVIDENCE_RCT,
  KW_EVIDENCE_COHORT,
  KW_EVIDENCE_BIOMECHANICS,
  KW_EVIDENCE_EXPERT,
  KW_EVIDENCE_DESIGN,
} KwEvidence;

#define KW_EVIDENCE_N_LEVELS (KW_EVIDENCE_DESIGN + 1)

/**
 * KwSource:
 * @claim: what the app says on the strength of it (N_(), translate on use)
 * @citation: the short reference (not translated)
 * @evidence: how strong it is
 */
typedef struct
{
  const char *claim;
  const char *citation;
  KwEvidence  evidence;
} KwSource;

typedef struct _KwCondition KwCondition;

const char        *kw_evidence_get_tag           (KwEvidence          evidence);
gboolean           kw_evidence_from_tag          (const char         *tag,
                                                  KwEvidence         *evidence);
const char        *kw_evidence_get_label         (KwEvidence          evidence);

const KwCondition *kw_condition_lookup           (const char         *id);
const KwCondition *kw_condition_get_all          (guint              *n);
const KwCondition *kw_condition_get_nth          (guint               i);
const char        *kw_condition_get_id           (const KwCondition  *self);
const char        *kw_condition_get_title        (const KwCondition  *self);
const char        *kw_condition_get_explainer    (const KwCondition  *self);
const char        *kw_condition_get_course       (const KwCondition  *self);
const char        *kw_condition_get_helps        (const KwCondition  *self);
const char        *kw_condition_get_avoid        (const KwCondition  *self);
const char        *kw_condition_get_see_someone  (const KwCondition  *self);
const KwSource    *kw_condition_get_sources      (const KwCondition  *self,
                                                  guint              *n);
int                kw_condition_get_min_age      (const KwCondition  *self);

const char        *kw_source_get_claim           (const KwSource     *source);

G_END_DECLS
