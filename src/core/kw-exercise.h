/* kw-exercise.h: the exercise catalogue, as data
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kw-condition.h"
#include "kw-dose.h"

G_BEGIN_DECLS

/**
 * KwMuscle:
 * @KW_MUSCLE_QUADS: front of the thigh
 * @KW_MUSCLE_GLUTES: buttock (gluteus maximus)
 * @KW_MUSCLE_HIPS: side and front of the hip (abductors, rotators, hip flexors)
 * @KW_MUSCLE_CALVES: calf (gastrocnemius, soleus)
 * @KW_MUSCLE_HAMSTRINGS: back of the thigh
 * @KW_MUSCLE_CORE: trunk
 *
 * Flags: an exercise usually works several groups.
 */
typedef enum
{
  KW_MUSCLE_QUADS = 1 << 0,
  KW_MUSCLE_GLUTES = 1 << 1,
  KW_MUSCLE_HIPS = 1 << 2,
  KW_MUSCLE_CALVES = 1 << 3,
  KW_MUSCLE_HAMSTRINGS = 1 << 4,
  KW_MUSCLE_CORE = 1 << 5,
} KwMuscle;

#define KW_MUSCLE_ALL ((KwMuscle) 0x3f)
/* What every week of every plan must work (clinical.md 5: hip + knee beats knee only). */
#define KW_MUSCLE_WEEKLY (KW_MUSCLE_QUADS | KW_MUSCLE_GLUTES | KW_MUSCLE_HIPS | KW_MUSCLE_CALVES)

/**
 * KwExerciseType:
 * @KW_EXERCISE_ISOMETRIC: a hold; may be done daily
 * @KW_EXERCISE_STRENGTH: moving against load; on non-consecutive days
 * @KW_EXERCISE_STRETCH: a stretch; may be done daily
 * @KW_EXERCISE_BALANCE: balance and control; may be done daily
 * @KW_EXERCISE_PLYOMETRIC: hops and skips; on non-consecutive days
 */
typedef enum
{
  KW_EXERCISE_ISOMETRIC,
  KW_EXERCISE_STRENGTH,
  KW_EXERCISE_STRETCH,
  KW_EXERCISE_BALANCE,
  KW_EXERCISE_PLYOMETRIC,
} KwExerciseType;

/**
 * KwEquipment:
 * @KW_EQUIPMENT_NONE: nothing beyond a mat, a towel and a chair
 * @KW_EQUIPMENT_BAND: a resistance band
 * @KW_EQUIPMENT_WEIGHTS: dumbbells or ankle weights
 * @KW_EQUIPMENT_MACHINE: gym machines (leg press, knee extension)
 * @KW_EQUIPMENT_STEP: a step or a low box
 * @KW_EQUIPMENT_WALL: a clear stretch of wall
 * @KW_EQUIPMENT_BALL: a gym ball
 *
 * Flags: what an exercise needs, or what the runner has at hand.
 */
typedef enum
{
  KW_EQUIPMENT_NONE = 0,
  KW_EQUIPMENT_BAND = 1 << 0,
  KW_EQUIPMENT_WEIGHTS = 1 << 1,
  KW_EQUIPMENT_MACHINE = 1 << 2,
  KW_EQUIPMENT_STEP = 1 << 3,
  KW_EQUIPMENT_WALL = 1 << 4,
  KW_EQUIPMENT_BALL = 1 << 5,
} KwEquipment;

#define KW_EQUIPMENT_ALL ((KwEquipment) 0x3f)
/* Every home has a wall and a stair. */
#define KW_EQUIPMENT_HOME (KW_EQUIPMENT_WALL | KW_EQUIPMENT_STEP)

/**
 * KwExercise:
 *
 * One entry of the static catalogue; never freed. Strings returned by the
 * getters are translated.
 */
typedef struct _KwExercise KwExercise;

const KwExercise         *kw_exercise_lookup                 (const char       *id);
const KwExercise * const *kw_exercise_get_all                (guint            *n);

const char     *kw_exercise_get_id                  (const KwExercise *self);
const char     *kw_exercise_get_name                (const KwExercise *self);
const char     *kw_exercise_get_purpose             (const KwExercise *self);
KwMuscle        kw_exercise_get_muscles             (const KwExercise *self);
KwExerciseType  kw_exercise_get_exercise_type       (const KwExercise *self);
KwEquipment     kw_exercise_get_equipment           (const KwExercise *self);
gboolean        kw_exercise_get_knee_range          (const KwExercise *self,
                                                     int              *min_degrees,
                                                     int              *max_degrees);
const KwDose   *kw_exercise_get_start_dose          (const KwExercise *self);
void            kw_exercise_get_rep_range           (const KwExercise *self,
                                                     guint            *min_reps,
                                                     guint            *max_reps);
guint           kw_exercise_get_max_hold            (const KwExercise *self);
guint           kw_exercise_get_level_reps          (const KwExercise *self,
                                                     guint             level);
guint           kw_exercise_get_n_instructions      (const KwExercise *self);
const char     *kw_exercise_get_instruction         (const KwExercise *self,
                                                     guint             i);
guint           kw_exercise_get_n_cues              (const KwExercise *self);
const char     *kw_exercise_get_cue                 (const KwExercise *self,
                                                     guint             i);
guint           kw_exercise_get_n_progressions      (const KwExercise *self);
const char     *kw_exercise_get_progression         (const KwExercise *self,
                                                     guint             i);
guint           kw_exercise_get_n_regressions       (const KwExercise *self);
const char     *kw_exercise_get_regression          (const KwExercise *self,
                                                     guint             i);
const char     *kw_exercise_get_alternative_id      (const KwExercise *self);
const char     *kw_exercise_get_source              (const KwExercise *self);
KwEvidence      kw_exercise_get_evidence            (const KwExercise *self);
const char     *kw_exercise_get_picture_resource    (const KwExercise *self);
gboolean        kw_exercise_is_daily_allowed        (const KwExercise *self);

const char     *kw_muscle_get_name                  (KwMuscle          muscle);
char           *kw_muscle_to_string                 (KwMuscle          muscles);
const char     *kw_equipment_get_name               (KwEquipment       equipment);
char           *kw_equipment_to_string              (KwEquipment       equipment);
const char     *kw_exercise_type_get_name           (KwExerciseType    type);

G_END_DECLS
