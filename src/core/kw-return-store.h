/* kw-return-store.h: rest periods, readiness results and runs in the store
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kw-assessment.h"
#include "kw-readiness.h"
#include "kw-rest-plan.h"
#include "kw-store.h"
#include "kw-triage.h"
#include "kw-walk-run.h"

G_BEGIN_DECLS

typedef struct
{
  gint64    id;
  GDate     started;
  gboolean  tendinopathy;
  GArray   *entries;        /* of KwReadinessEntry; test ids are static strings */
  GDate     last_recorded;  /* invalid while nothing is recorded */
} KwReadinessAttempt;

gboolean  kw_return_start_rest          (KwStore                *store,
                                         KwTriage                triage,
                                         const GDate            *start,
                                         KwRestDates            *dates,
                                         GError                **error);
gboolean  kw_return_follow_assessment   (KwStore                *store,
                                         KwAssessment           *assessment,
                                         gboolean               *started,
                                         GError                **error);
gboolean  kw_return_points_to_tendinopathy (KwAssessment    *assessment);
gboolean  kw_return_load_rest           (KwStore                *store,
                                         KwRestDates            *dates,
                                         gboolean               *open,
                                         GError                **error);

gint64    kw_return_begin_readiness     (KwStore                *store,
                                         const GDate            *today,
                                         gboolean                tendinopathy,
                                         GError                **error);
gboolean  kw_return_record_readiness    (KwStore                *store,
                                         gint64                  attempt_id,
                                         const KwReadinessEntry *entry,
                                         const GDate            *today,
                                         GError                **error);
GPtrArray *kw_return_load_attempts      (KwStore                *store,
                                         GError                **error);
void      kw_readiness_attempt_free     (KwReadinessAttempt     *attempt);
void      kw_readiness_attempt_evaluate (const KwReadinessAttempt *attempt,
                                         KwReadinessResult      *result);

gint64    kw_return_log_run             (KwStore                *store,
                                         const KwRunLog         *run,
                                         GError                **error);
gboolean  kw_return_set_next_morning    (KwStore                *store,
                                         gint64                  run_id,
                                         KwNextMorning           next_morning,
                                         gboolean                swelling,
                                         GError                **error);
GArray   *kw_return_load_runs           (KwStore                *store,
                                         GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwReadinessAttempt, kw_readiness_attempt_free)

G_END_DECLS
