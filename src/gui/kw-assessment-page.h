/* kw-assessment-page.h: the step-by-step assessment, its result and history
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kw-assessment.h"
#include "kw-knee-map.h"
#include "kw-store.h"

G_BEGIN_DECLS

#define KW_TYPE_ASSESSMENT_PAGE (kw_assessment_page_get_type ())

G_DECLARE_FINAL_TYPE (KwAssessmentPage, kw_assessment_page, KW, ASSESSMENT_PAGE, AdwBin)

GtkWidget    *kw_assessment_page_new           (void);
KwStore      *kw_assessment_page_get_store     (KwAssessmentPage *self);
void          kw_assessment_page_set_store     (KwAssessmentPage *self,
                                                KwStore          *store);
void          kw_assessment_page_start         (KwAssessmentPage *self);
const char   *kw_assessment_page_get_view      (KwAssessmentPage *self);
const char   *kw_assessment_page_get_step      (KwAssessmentPage *self);
KwKneeMap    *kw_assessment_page_get_knee_map  (KwAssessmentPage *self);
GtkWidget    *kw_assessment_page_get_input     (KwAssessmentPage *self,
                                                const char       *name);
KwAnswers    *kw_assessment_page_dup_answers   (KwAssessmentPage *self);
KwAssessment *kw_assessment_page_get_shown     (KwAssessmentPage *self);
GtkWidget    *kw_assessment_page_get_banner    (KwAssessmentPage *self);
GtkListBox   *kw_assessment_page_get_history   (KwAssessmentPage *self);

G_END_DECLS
