/* kw-return-status.h: where the runner stands on the way back to running
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kw-load-guard.h"
#include "kw-return-store.h"

G_BEGIN_DECLS

/**
 * KwReturnStep:
 * @KW_RETURN_STEP_NONE: no rest period and no readiness tests yet
 * @KW_RETURN_STEP_RESTING: resting from running until the check date
 * @KW_RETURN_STEP_REASSESS: check date reached: red-flag questions again,
 *   then the readiness tests
 * @KW_RETURN_STEP_SEE_SOMEONE: two weeks without a passed checklist
 * @KW_RETURN_STEP_CHECKLIST: readiness tests under way
 * @KW_RETURN_STEP_RETEST: a test failed; waiting for the retest date
 * @KW_RETURN_STEP_WALK_RUN: in the walk-run program
 * @KW_RETURN_STEP_STOPPED: walk-run stopped: red-flag questions again,
 *   then the readiness tests again
 * @KW_RETURN_STEP_RUNNING: past level 10: the load guard watches each run
 */
typedef enum
{
  KW_RETURN_STEP_NONE,
  KW_RETURN_STEP_RESTING,
  KW_RETURN_STEP_REASSESS,
  KW_RETURN_STEP_SEE_SOMEONE,
  KW_RETURN_STEP_CHECKLIST,
  KW_RETURN_STEP_RETEST,
  KW_RETURN_STEP_WALK_RUN,
  KW_RETURN_STEP_STOPPED,
  KW_RETURN_STEP_RUNNING,
} KwReturnStep;

typedef struct
{
  KwReturnStep         step;
  const char          *headline;        /* points at one of the reasons below */
  gboolean             rescreen_red_flags;

  gboolean             rest_open;
  KwRestDates          rest;            /* start invalid if there never was one */
  KwRestStage          rest_stage;
  char                *rest_reason;

  KwReadinessAttempt  *attempt;         /* (nullable): the newest one */
  KwReadinessResult    readiness;
  GDate                unlocked;        /* invalid while locked */

  GArray              *runs;            /* of KwRunLog, oldest first */
  KwWalkRunState       walk_run;
  gint64               pending_run_id;  /* a run waiting for its next-morning answer, or 0 */
  KwWeeklyLoad         weekly;
} KwReturnStatus;

gboolean    kw_return_status_load        (KwStore        *store,
                                          const GDate    *today,
                                          KwReturnStatus *status,
                                          GError        **error);
void        kw_return_status_clear       (KwReturnStatus *status);
const char *kw_return_step_get_title     (KwReturnStep    step);
const char *kw_return_evidence_get_label (const char     *tag);

G_END_DECLS
