/* kw-dose.h: how much of an exercise to do
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KW_TYPE_DOSE (kw_dose_get_type ())

/**
 * KwDose:
 * @sets: number of sets (1-10; quad sets are 10 short holds)
 * @reps: repetitions per set; 0 for holds and distances
 * @hold_s: seconds per hold; 0 for repetitions
 * @distance_m: metres per set (drills such as A-skips); 0 otherwise
 * @rest_s: rest between sets, in seconds
 * @per_week: sessions a week; 7 means daily
 * @level: how many progression steps of the exercise are in place
 *   (0 is the basic exercise, see kw_exercise_get_progression())
 * @each_side: whether @reps, @hold_s or @distance_m count for each leg or side
 *
 * A plain value: one of @reps, @hold_s and @distance_m is set. The same text
 * (kw_dose_to_string()) is shown by the app, the CLI and the printed sheet.
 */
typedef struct _KwDose KwDose;

struct _KwDose
{
  guint    sets;
  guint    reps;
  guint    hold_s;
  guint    distance_m;
  guint    rest_s;
  guint    per_week;
  guint    level;
  gboolean each_side;
};

/* The bounds a dose must stay within, whatever the progression does. */
#define KW_DOSE_MAX_SETS 10
#define KW_DOSE_MAX_REPS 40
#define KW_DOSE_MAX_HOLD_S 120
#define KW_DOSE_MAX_DISTANCE_M 100
#define KW_DOSE_MAX_REST_S 300

GType     kw_dose_get_type            (void) G_GNUC_CONST;

KwDose   *kw_dose_new                 (void);
KwDose   *kw_dose_copy                (const KwDose *self);
void      kw_dose_free                (KwDose       *self);
gboolean  kw_dose_equal               (const KwDose *a,
                                       const KwDose *b);
gboolean  kw_dose_is_valid            (const KwDose *self);
gboolean  kw_dose_is_hold             (const KwDose *self);

char     *kw_dose_to_string           (const KwDose *self);
char     *kw_dose_dup_rest_string     (const KwDose *self);
char     *kw_dose_dup_per_week_string (const KwDose *self);
guint     kw_dose_estimate_seconds    (const KwDose *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwDose, kw_dose_free)

G_END_DECLS
