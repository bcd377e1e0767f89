/* kw-assessment.h: the result of assessing a runner's answers
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kw-answers.h"
#include "kw-store.h"
#include "kw-triage.h"

G_BEGIN_DECLS

#define KW_TYPE_ASSESSMENT (kw_assessment_get_type ())

G_DECLARE_FINAL_TYPE (KwAssessment, kw_assessment, KW, ASSESSMENT, GObject)

KwAssessment       *kw_assessment_new                 (KwAnswers     *answers);
KwAssessment       *kw_assessment_new_at              (KwAnswers     *answers,
                                                       GDateTime     *created);

KwTriage            kw_assessment_get_triage          (KwAssessment  *self);
const char * const *kw_assessment_get_condition_ids   (KwAssessment  *self);
const char * const *kw_assessment_get_red_flag_ids    (KwAssessment  *self);
const char * const *kw_assessment_get_reasons         (KwAssessment  *self);
const char         *kw_assessment_get_advice          (KwAssessment  *self);
KwAnswers          *kw_assessment_get_answers         (KwAssessment  *self);
GDateTime          *kw_assessment_get_created         (KwAssessment  *self);
gint64              kw_assessment_get_id              (KwAssessment  *self);
char               *kw_assessment_format_result       (KwAssessment  *self);

const char         *kw_assessment_get_triage_advice   (KwTriage       triage);

gboolean            kw_assessment_save                (KwAssessment  *self,
                                                       KwStore       *store,
                                                       GError       **error);
KwAssessment       *kw_assessment_load_latest         (KwStore       *store,
                                                       GError       **error);
GListModel         *kw_assessment_list                (KwStore       *store,
                                                       GError       **error);

G_END_DECLS
