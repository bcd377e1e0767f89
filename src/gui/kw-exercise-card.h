/* kw-exercise-card.h: one exercise of a session, with picture and timer
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kw-dose.h"
#include "kw-exercise.h"
#include "kw-hold-timer.h"

G_BEGIN_DECLS

#define KW_TYPE_EXERCISE_CARD (kw_exercise_card_get_type ())

G_DECLARE_FINAL_TYPE (KwExerciseCard, kw_exercise_card, KW, EXERCISE_CARD, AdwBin)

GtkWidget        *kw_exercise_card_new           (const KwExercise *exercise,
                                                  const KwDose     *dose,
                                                  const char       *note);
const KwExercise *kw_exercise_card_get_exercise  (KwExerciseCard   *self);
const char       *kw_exercise_card_get_dose_text (KwExerciseCard   *self);
KwHoldTimer      *kw_exercise_card_get_timer     (KwExerciseCard   *self);
gboolean          kw_exercise_card_get_done      (KwExerciseCard   *self);
void              kw_exercise_card_set_done      (KwExerciseCard   *self,
                                                  gboolean          done);
void              kw_exercise_card_set_expanded  (KwExerciseCard   *self,
                                                  gboolean          expanded);

G_END_DECLS
