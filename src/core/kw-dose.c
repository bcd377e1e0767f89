/* kw-dose.c: how much of an exercise to do
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kw-dose"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kw-dose.h"

G_DEFINE_BOXED_TYPE (KwDose, kw_dose, kw_dose_copy, kw_dose_free)

/* Seconds one repetition takes, on average, at a controlled tempo. */
#define SECONDS_PER_REP 3
/* A drill of a few metres, walked back. */
#define SECONDS_PER_10_M 10
/* Getting set up and switching sides. */
#define SETUP_SECONDS 30

/**
 * kw_dose_new:
 *
 * Returns: (transfer full): an empty dose, to fill in
 */
KwDose *
kw_dose_new (void)
{
  return g_new0 (KwDose, 1);
}

/**
 * kw_dose_copy:
 * @self: a #KwDose
 *
 * Returns: (transfer full): a copy of @self
 */
KwDose *
kw_dose_copy (const KwDose *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_memdup2 (self, sizeof *self);
}

void
kw_dose_free (KwDose *self)
{
  g_free (self);
}

/**
 * kw_dose_equal:
 * @a: a #KwDose
 * @b: a #KwDose
 *
 * Returns: whether the two doses prescribe exactly the same work
 */
gboolean
kw_dose_equal (const KwDose *a,
               const KwDose *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  return a->sets == b->sets && a->reps == b->reps && a->hold_s == b->hold_s &&
         a->distance_m == b->distance_m && a->rest_s == b->rest_s &&
         a->per_week == b->per_week && a->level == b->level &&
         !a->each_side == !b->each_side;
}

/**
 * kw_dose_is_valid:
 * @self: a #KwDose
 *
 * Returns: whether exactly one of reps, hold and distance is set and every
 *   number is within its bounds
 */
gboolean
kw_dose_is_valid (const KwDose *self)
{
  guint kinds;

  g_return_val_if_fail (self != NULL, FALSE);

  kinds = (self->reps > 0) + (self->hold_s > 0) + (self->distance_m > 0);

  return kinds == 1 &&
         self->sets >= 1 && self->sets <= KW_DOSE_MAX_SETS &&
         self->reps <= KW_DOSE_MAX_REPS &&
         self->hold_s <= KW_DOSE_MAX_HOLD_S &&
         self->distance_m <= KW_DOSE_MAX_DISTANCE_M &&
         self->rest_s <= KW_DOSE_MAX_REST_S &&
         self->per_week >= 1 && self->per_week <= 7 &&
         self->level <= 10;
}

/**
 * kw_dose_is_hold:
 * @self: a #KwDose
 *
 * Returns: whether the dose is timed holds (the Today page shows a timer)
 */
gboolean
kw_dose_is_hold (const KwDose *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->hold_s > 0;
}

/**
 * kw_dose_to_string:
 * @self: a #KwDose
 *
 * The one way a dose is written everywhere: "3 × 12", "3 × 10 each side",
 * "5 × 30 s hold", "3 × 20 m".
 *
 * Returns: (transfer full): the dose as translated text
 */
char *
kw_dose_to_string (const KwDose *self)
{
  g_autofree char *amount = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->hold_s > 0)
    /* Translators: sets × seconds of a held position, e.g. "5 × 30 s hold" */
    amount = g_strdup_printf (_("%u × %u s hold"), self->sets, self->hold_s);
  else if (self->distance_m > 0)
    /* Translators: sets × metres, e.g. "3 × 20 m" */
    amount = g_strdup_printf (_("%u × %u m"), self->sets, self->distance_m);
  else
    /* Translators: sets × repetitions, e.g. "3 × 12" */
    amount = g_strdup_printf (_("%u × %u"), self->sets, self->reps);

  if (self->each_side)
    /* Translators: %s is a dose such as "3 × 10"; for each leg or side */
    return g_strdup_printf (_("%s each side"), amount);

  return g_steal_pointer (&amount);
}

/**
 * kw_dose_dup_rest_string:
 * @self: a #KwDose
 *
 * Returns: (transfer full): "rest 60 s", "rest 2 min"
 */
char *
kw_dose_dup_rest_string (const KwDose *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->rest_s == 0)
    return g_strdup (_("no rest needed"));
  if (self->rest_s >= 120 && self->rest_s % 60 == 0)
    /* Translators: rest between sets in minutes */
    return g_strdup_printf (_("rest %u min"), self->rest_s / 60);

  /* Translators: rest between sets in seconds */
  return g_strdup_printf (_("rest %u s"), self->rest_s);
}

/**
 * kw_dose_dup_per_week_string:
 * @self: a #KwDose
 *
 * Returns: (transfer full): "daily", "3 times a week"
 */
char *
kw_dose_dup_per_week_string (const KwDose *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->per_week >= 7)
    return g_strdup (_("daily"));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "once a week", "%u times a week",
                                       self->per_week),
                          self->per_week);
}

/**
 * kw_dose_estimate_seconds:
 * @self: a #KwDose
 *
 * A rough time for the whole dose, sides and rests included, so the plan
 * fits the minutes the runner has.
 *
 * Returns: seconds
 */
guint
kw_dose_estimate_seconds (const KwDose *self)
{
  guint work;
  guint sides;

  g_return_val_if_fail (self != NULL, 0);

  sides = self->each_side ? 2 : 1;
  if (self->hold_s > 0)
    work = self->hold_s;
  else if (self->distance_m > 0)
    work = (self->distance_m * SECONDS_PER_10_M + 9) / 10;
  else
    work = self->reps * SECONDS_PER_REP;

  return SETUP_SECONDS + self->sets * work * sides +
         (self->sets > 0 ? self->sets - 1 : 0) * self->rest_s;
}
