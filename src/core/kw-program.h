/* kw-program.h: exercise programs per condition and phase, as data
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kw-dose.h"
#include "kw-exercise.h"

G_BEGIN_DECLS

/**
 * KwPhase:
 * @KW_PHASE_SETTLE: phase 1, settle the pain (weeks 0-2)
 * @KW_PHASE_STRENGTH: phase 2, build strength (weeks 2-6)
 * @KW_PHASE_CAPACITY: phase 3, capacity and control (weeks 6-10)
 * @KW_PHASE_RETURN_TO_RUN: phase 4, back to running (gated by tests)
 */
typedef enum
{
  KW_PHASE_SETTLE = 1,
  KW_PHASE_STRENGTH = 2,
  KW_PHASE_CAPACITY = 3,
  KW_PHASE_RETURN_TO_RUN = 4,
} KwPhase;

#define KW_PHASE_FIRST KW_PHASE_SETTLE
#define KW_PHASE_LAST KW_PHASE_RETURN_TO_RUN
#define KW_PHASE_IS_VALID(p) ((p) >= KW_PHASE_FIRST && (p) <= KW_PHASE_LAST)

const char *kw_phase_get_title   (KwPhase phase);
const char *kw_phase_get_summary (KwPhase phase);

/**
 * KwProgram:
 *
 * The program for one condition: for each phase the exercises and their
 * doses, the test that unlocks the next phase, and what to avoid and why.
 * Static data, never freed; strings returned by getters are translated.
 */
typedef struct _KwProgram KwProgram;

/**
 * KwProgramItem:
 *
 * One exercise of a phase, with the dose it starts at.
 */
typedef struct _KwProgramItem KwProgramItem;

/**
 * KwAvoid:
 *
 * Something to avoid or modify: either a catalogue exercise (never
 * scheduled while it applies) or an activity (shown to the runner).
 */
typedef struct _KwAvoid KwAvoid;

const KwProgram         *kw_program_lookup            (const char      *condition_id);
const KwProgram * const *kw_program_get_all           (guint           *n);

const char          *kw_program_get_condition_id      (const KwProgram *self);
const char          *kw_program_get_title             (const KwProgram *self);
const char          *kw_program_get_evidence_summary  (const KwProgram *self);
const char          *kw_program_get_source            (const KwProgram *self);
KwEvidence           kw_program_get_evidence          (const KwProgram *self);
guint                kw_program_get_n_items           (const KwProgram *self,
                                                       KwPhase          phase);
const KwProgramItem *kw_program_get_item              (const KwProgram *self,
                                                       KwPhase          phase,
                                                       guint            i);
const char          *kw_program_get_phase_note        (const KwProgram *self,
                                                       KwPhase          phase);
const char          *kw_program_get_phase_test        (const KwProgram *self,
                                                       KwPhase          phase);
gboolean             kw_phase_test_is_readiness       (KwPhase          phase);
guint                kw_program_get_n_avoids          (const KwProgram *self);
const KwAvoid       *kw_program_get_avoid             (const KwProgram *self,
                                                       guint            i);
gboolean             kw_program_avoids_exercise       (const KwProgram *self,
                                                       KwPhase          phase,
                                                       const char      *exercise_id,
                                                       const KwAvoid  **avoid);

const char          *kw_program_item_get_exercise_id  (const KwProgramItem *self);
const KwExercise    *kw_program_item_get_exercise     (const KwProgramItem *self);
const KwDose        *kw_program_item_get_dose         (const KwProgramItem *self);
gboolean             kw_program_item_get_knee_range   (const KwProgramItem *self,
                                                       int                 *min_degrees,
                                                       int                 *max_degrees);
const char          *kw_program_item_get_note         (const KwProgramItem *self);

const char          *kw_avoid_get_exercise_id         (const KwAvoid   *self);
const char          *kw_avoid_get_what                (const KwAvoid   *self);
const char          *kw_avoid_get_reason              (const KwAvoid   *self);
KwPhase              kw_avoid_get_until_phase         (const KwAvoid   *self);
gboolean             kw_avoid_applies_in_phase        (const KwAvoid   *self,
                                                       KwPhase          phase);

G_END_DECLS
