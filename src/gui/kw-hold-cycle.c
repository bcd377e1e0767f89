/* kw-hold-cycle.c: the get-ready, hold and rest sequence of a timed exercise
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kw-hold-cycle"

#include "config.h"

#include "kw-hold-cycle.h"

/**
 * kw_hold_cycle_init:
 * @self: a cycle
 * @get_ready_s: seconds of countdown before the first hold (0: none)
 * @hold_s: seconds per hold, at least 1
 * @rest_s: seconds of rest between holds (0: straight to the next hold)
 * @sets: number of holds, at least 1
 *
 * Sets up an idle cycle.
 */
void
kw_hold_cycle_init (KwHoldCycle *self,
                    guint        get_ready_s,
                    guint        hold_s,
                    guint        rest_s,
                    guint        sets)
{
  g_return_if_fail (self != NULL);

  self->get_ready_s = get_ready_s;
  self->hold_s = MAX (hold_s, 1);
  self->rest_s = rest_s;
  self->sets = MAX (sets, 1);
  kw_hold_cycle_reset (self);
}

/**
 * kw_hold_cycle_reset:
 * @self: a cycle
 *
 * Back to the start, as if never run.
 */
void
kw_hold_cycle_reset (KwHoldCycle *self)
{
  g_return_if_fail (self != NULL);

  self->phase = KW_HOLD_PHASE_IDLE;
  self->set = 0;
  self->remaining_ms = (gint64) self->hold_s * 1000;
}

static void
enter_hold (KwHoldCycle *self,
            guint        set)
{
  self->phase = KW_HOLD_PHASE_HOLD;
  self->set = set;
  self->remaining_ms = (gint64) self->hold_s * 1000;
}

/**
 * kw_hold_cycle_start:
 * @self: a cycle
 *
 * Starts from the beginning: the get-ready countdown if there is one,
 * otherwise the first hold. A running cycle is left alone.
 */
void
kw_hold_cycle_start (KwHoldCycle *self)
{
  g_return_if_fail (self != NULL);

  if (kw_hold_cycle_is_counting (self))
    return;

  if (self->get_ready_s > 0)
    {
      self->phase = KW_HOLD_PHASE_GET_READY;
      self->set = 0;
      self->remaining_ms = (gint64) self->get_ready_s * 1000;
    }
  else
    {
      enter_hold (self, 1);
    }
}

/* Moves past the end of the current phase; returns the phase that ended. */
static KwHoldPhase
finish_phase (KwHoldCycle *self)
{
  KwHoldPhase ended = self->phase;

  switch (self->phase)
    {
    case KW_HOLD_PHASE_GET_READY:
      enter_hold (self, 1);
      break;

    case KW_HOLD_PHASE_HOLD:
      if (self->set >= self->sets)
        {
          self->phase = KW_HOLD_PHASE_DONE;
          self->remaining_ms = 0;
        }
      else if (self->rest_s > 0)
        {
          self->phase = KW_HOLD_PHASE_REST;
          self->remaining_ms = (gint64) self->rest_s * 1000;
        }
      else
        {
          enter_hold (self, self->set + 1);
        }
      break;

    case KW_HOLD_PHASE_REST:
      enter_hold (self, self->set + 1);
      break;

    case KW_HOLD_PHASE_IDLE:
    case KW_HOLD_PHASE_DONE:
    default:
      g_assert_not_reached ();
    }

  return ended;
}

/**
 * kw_hold_cycle_advance:
 * @self: a cycle
 * @elapsed_ms: time gone by since the last call
 * @last_ended: (out) (optional): the last phase that ended during this call
 *
 * Lets @elapsed_ms go by. A late tick can cross several phases; each one is
 * counted, so a cue is never lost.
 *
 * Returns: how many phases ended (0 if none)
 */
guint
kw_hold_cycle_advance (KwHoldCycle *self,
                       gint64       elapsed_ms,
                       KwHoldPhase *last_ended)
{
  guint n_ended = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (elapsed_ms >= 0, 0);

  while (kw_hold_cycle_is_counting (self) && elapsed_ms >= self->remaining_ms)
    {
      KwHoldPhase ended;

      elapsed_ms -= self->remaining_ms;
      ended = finish_phase (self);
      n_ended++;
      if (last_ended != NULL)
        *last_ended = ended;
    }

  if (kw_hold_cycle_is_counting (self))
    self->remaining_ms -= elapsed_ms;

  return n_ended;
}

KwHoldPhase
kw_hold_cycle_get_phase (const KwHoldCycle *self)
{
  g_return_val_if_fail (self != NULL, KW_HOLD_PHASE_IDLE);

  return self->phase;
}

/* 1-based number of the current or last hold; 0 before the first. */
guint
kw_hold_cycle_get_set (const KwHoldCycle *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->set;
}

guint
kw_hold_cycle_get_sets (const KwHoldCycle *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->sets;
}

guint
kw_hold_cycle_get_hold_seconds (const KwHoldCycle *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->hold_s;
}

guint
kw_hold_cycle_get_rest_seconds (const KwHoldCycle *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->rest_s;
}

/**
 * kw_hold_cycle_get_remaining_seconds:
 * @self: a cycle
 *
 * The number to show: whole seconds left in the phase, rounded up, so a hold
 * of 30 s shows 30 at its start and 1 just before it ends, never 0.
 *
 * Returns: seconds left (0 when done)
 */
guint
kw_hold_cycle_get_remaining_seconds (const KwHoldCycle *self)
{
  g_return_val_if_fail (self != NULL, 0);

  if (self->phase == KW_HOLD_PHASE_DONE)
    return 0;

  return (guint) ((self->remaining_ms + 999) / 1000);
}

/**
 * kw_hold_cycle_get_ms_to_next_change:
 * @self: a cycle
 *
 * How long until the displayed number changes: the widget sleeps exactly
 * that long, one wake-up per second instead of polling.
 *
 * Returns: milliseconds (1 to 1000), or -1 if nothing will change by itself
 */
gint64
kw_hold_cycle_get_ms_to_next_change (const KwHoldCycle *self)
{
  gint64 part;

  g_return_val_if_fail (self != NULL, -1);

  if (!kw_hold_cycle_is_counting (self))
    return -1;

  part = self->remaining_ms % 1000;
  return part == 0 ? 1000 : part;
}

/* TRUE while time moves the cycle on (get ready, hold, rest). */
gboolean
kw_hold_cycle_is_counting (const KwHoldCycle *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->phase == KW_HOLD_PHASE_GET_READY ||
         self->phase == KW_HOLD_PHASE_HOLD ||
         self->phase == KW_HOLD_PHASE_REST;
}
