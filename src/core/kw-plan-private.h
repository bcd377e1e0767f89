/* kw-plan-private.h: what the plan's store code and the tests share
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kw-plan.h"

G_BEGIN_DECLS

typedef struct
{
  GDate   from;
  KwPhase phase;
} KwPhaseSpan;

/* The current dose of one exercise, and what the engine needs to know. */
typedef struct
{
  KwDose   dose;
  GDate    last_progress;   /* invalid: never progressed */
  gboolean has_restore;     /* a 48-hour step back is in place */
  KwDose   restore;         /* the dose to return to */
  GDate    restore_from;    /* when the step back ends */
} KwDoseState;

void          _kw_plan_set_id          (KwPlan            *self,
                                        gint64             id);
void          _kw_plan_set_phase       (KwPlan            *self,
                                        KwPhase            phase,
                                        const GDate       *from);
GArray       *_kw_plan_get_phases      (KwPlan            *self);
GHashTable   *_kw_plan_get_dose_states (KwPlan            *self);
KwDoseState  *_kw_plan_ensure_state    (KwPlan            *self,
                                        const char        *exercise_id,
                                        const KwDose      *dose);
void          _kw_plan_take_log        (KwPlan            *self,
                                        KwPainLog         *log);
GPtrArray    *_kw_plan_apply_log       (KwPlan            *self,
                                        const KwPainLog   *log,
                                        const KwPainLog   *previous,
                                        const GDate       *today);
GPtrArray    *_kw_plan_advance_phase   (KwPlan            *self,
                                        const GDate       *today);

/* Dates are stored and printed as YYYY-MM-DD. */
char         *_kw_date_to_iso          (const GDate       *date);
gboolean      _kw_date_from_iso        (const char        *text,
                                        GDate             *date);

G_END_DECLS
