/* kw-hold-timer.c: hold and rest timer for timed exercises
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kw-hold-timer"

#include "config.h"

#include <glib/gi18n.h>

#include "kw-hold-timer.h"

/* Long enough to get into position after pressing Start. */
#define DEFAULT_GET_READY_S 5

struct _KwHoldTimer
{
  AdwBin       parent_instance;

  GtkLabel    *phase_label;
  GtkLabel    *digits_label;
  GtkLabel    *set_label;
  GtkButton   *start_button;
  GtkButton   *reset_button;

  KwHoldCycle  cycle;
  gboolean     running;
  gboolean     manual_clock;
  guint        tick_id;
  gint64       last_tick_us;
};

G_DEFINE_FINAL_TYPE (KwHoldTimer, kw_hold_timer, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_RUNNING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CUE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* One style class per phase, so the whole timer changes look at each cue,
 * not only its words.
 */
static const char * const phase_classes[] = {
  [KW_HOLD_PHASE_IDLE] = "kw-idle",
  [KW_HOLD_PHASE_GET_READY] = "kw-get-ready",
  [KW_HOLD_PHASE_HOLD] = "kw-hold",
  [KW_HOLD_PHASE_REST] = "kw-rest",
  [KW_HOLD_PHASE_DONE] = "kw-done",
};

/* Adwaita's own colours for the digits: they follow the dark and
 * high-contrast styles.
 */
static const char * const digit_classes[] = {
  [KW_HOLD_PHASE_IDLE] = "dim-label",
  [KW_HOLD_PHASE_GET_READY] = "warning",
  [KW_HOLD_PHASE_HOLD] = "accent",
  [KW_HOLD_PHASE_REST] = "dim-label",
  [KW_HOLD_PHASE_DONE] = "success",
};

static gboolean on_tick_cb (gpointer user_data);

static const char *
phase_text (KwHoldPhase phase)
{
  switch (phase)
    {
    case KW_HOLD_PHASE_IDLE:
      return _("Ready");
    case KW_HOLD_PHASE_GET_READY:
      return _("Get ready");
    case KW_HOLD_PHASE_HOLD:
      return _("Hold");
    case KW_HOLD_PHASE_REST:
      return _("Rest");
    case KW_HOLD_PHASE_DONE:
      return _("Done, well held");
    default:
      g_assert_not_reached ();
    }
}

static void
update_display (KwHoldTimer *self)
{
  KwHoldPhase phase = kw_hold_cycle_get_phase (&self->cycle);
  guint sets = kw_hold_cycle_get_sets (&self->cycle);
  guint set = kw_hold_cycle_get_set (&self->cycle);
  g_autofree char *digits = NULL;
  g_autofree char *set_text = NULL;
  const char *button_text;

  for (guint i = 0; i < G_N_ELEMENTS (phase_classes); i++)
    {
      if (i == phase)
        {
          gtk_widget_add_css_class (GTK_WIDGET (self), phase_classes[i]);
          gtk_widget_add_css_class (GTK_WIDGET (self->digits_label), digit_classes[i]);
        }
      else
        {
          gtk_widget_remove_css_class (GTK_WIDGET (self), phase_classes[i]);
          if (g_strcmp0 (digit_classes[i], digit_classes[phase]) != 0)
            gtk_widget_remove_css_class (GTK_WIDGET (self->digits_label), digit_classes[i]);
        }
    }

  gtk_label_set_label (self->phase_label, phase_text (phase));

  if (phase == KW_HOLD_PHASE_DONE)
    digits = g_strdup ("✓");
  else if (phase == KW_HOLD_PHASE_IDLE)
    digits = g_strdup_printf ("%u", kw_hold_cycle_get_hold_seconds (&self->cycle));
  else
    digits = g_strdup_printf ("%u", kw_hold_cycle_get_remaining_seconds (&self->cycle));
  gtk_label_set_label (self->digits_label, digits);

  switch (phase)
    {
    case KW_HOLD_PHASE_IDLE:
    case KW_HOLD_PHASE_DONE:
      /* Translators: the plan of a timed exercise, e.g. "5 holds of 30 s, 60 s rest" */
      if (kw_hold_cycle_get_rest_seconds (&self->cycle) > 0)
        set_text = g_strdup_printf (ngettext ("%u hold of %u s, %u s rest",
                                              "%u holds of %u s, %u s rest", sets),
                                    sets, kw_hold_cycle_get_hold_seconds (&self->cycle),
                                    kw_hold_cycle_get_rest_seconds (&self->cycle));
      else
        set_text = g_strdup_printf (ngettext ("%u hold of %u s",
                                              "%u holds of %u s", sets),
                                    sets, kw_hold_cycle_get_hold_seconds (&self->cycle));
      break;
    case KW_HOLD_PHASE_GET_READY:
      /* Translators: shown during the countdown before the first hold */
      set_text = g_strdup_printf (_("First of %u holds"), sets);
      break;
    case KW_HOLD_PHASE_HOLD:
      /* Translators: progress through the holds, e.g. "Hold 2 of 5" */
      set_text = g_strdup_printf (_("Hold %u of %u"), set, sets);
      break;
    case KW_HOLD_PHASE_REST:
      /* Translators: resting between holds, e.g. "Next: hold 3 of 5" */
      set_text = g_strdup_printf (_("Next: hold %u of %u"), set + 1, sets);
      break;
    default:
      g_assert_not_reached ();
    }
  gtk_label_set_label (self->set_label, set_text);

  if (self->running)
    button_text = _("_Pause");
  else if (phase == KW_HOLD_PHASE_IDLE || phase == KW_HOLD_PHASE_DONE)
    button_text = _("_Start");
  else
    button_text = _("_Resume");
  gtk_button_set_label (self->start_button, button_text);

  gtk_widget_set_sensitive (GTK_WIDGET (self->reset_button), phase != KW_HOLD_PHASE_IDLE);

  /* The timer in one sentence, for screen readers: the big digits alone
   * say nothing. */
  {
    g_autofree char *state = NULL;

    if (phase == KW_HOLD_PHASE_IDLE || phase == KW_HOLD_PHASE_DONE)
      /* Translators: the hold timer's state for screen readers, e.g.
       * "Ready. 3 holds of 30 s, 30 s rest" */
      state = g_strdup_printf (_("%s. %s"), phase_text (phase), set_text);
    else
      {
        guint left = kw_hold_cycle_get_remaining_seconds (&self->cycle);

        if (self->running)
          /* Translators: the hold timer's state for screen readers, e.g.
           * "Hold: 12 seconds left. Hold 2 of 5." */
          state = g_strdup_printf (ngettext ("%s: %u second left. %s.",
                                             "%s: %u seconds left. %s.", left),
                                   phase_text (phase), left, set_text);
        else
          /* Translators: the same, while paused */
          state = g_strdup_printf (ngettext ("%s: %u second left. %s. Paused",
                                             "%s: %u seconds left. %s. Paused", left),
                                   phase_text (phase), left, set_text);
      }
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, state,
                                    -1);
  }
}

static void
stop_ticking (KwHoldTimer *self)
{
  g_clear_handle_id (&self->tick_id, g_source_remove);
}

/* Sleep until the displayed second changes: one wake-up per second while
 * running, none at all while paused or done.
 */
static void
schedule_tick (KwHoldTimer *self)
{
  gint64 ms;

  stop_ticking (self);

  if (!self->running || self->manual_clock)
    return;

  ms = kw_hold_cycle_get_ms_to_next_change (&self->cycle);
  if (ms < 0)
    return;

  self->tick_id = g_timeout_add_full (G_PRIORITY_HIGH_IDLE, (guint) ms, on_tick_cb, self, NULL);
}

static void
set_running (KwHoldTimer *self,
             gboolean     running)
{
  if (self->running == running)
    return;

  self->running = running;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

static void
advance (KwHoldTimer *self,
         gint64       elapsed_ms)
{
  KwHoldPhase ended = KW_HOLD_PHASE_IDLE;
  guint n_ended;

  n_ended = kw_hold_cycle_advance (&self->cycle, elapsed_ms, &ended);

  if (kw_hold_cycle_get_phase (&self->cycle) == KW_HOLD_PHASE_DONE)
    set_running (self, FALSE);

  update_display (self);

  if (n_ended > 0)
    {
      /* The audible half of the cue; it follows the user's bell setting. */
      gtk_widget_error_bell (GTK_WIDGET (self));
      g_signal_emit (self, signals[CUE], 0, (guint) ended,
                     (guint) kw_hold_cycle_get_phase (&self->cycle));
    }
}

static gboolean
on_tick_cb (gpointer user_data)
{
  KwHoldTimer *self = user_data;
  gint64 now = g_get_monotonic_time ();
  gint64 elapsed_ms = (now - self->last_tick_us) / 1000;

  self->tick_id = 0;

  /* Keep the sub-millisecond remainder for the next tick, so no drift
   * builds up over a long series of holds.
   */
  self->last_tick_us += elapsed_ms * 1000;
  advance (self, elapsed_ms);
  schedule_tick (self);

  return G_SOURCE_REMOVE;
}

static void
on_start_button_clicked_cb (KwHoldTimer *self)
{
  if (self->running)
    kw_hold_timer_pause (self);
  else
    kw_hold_timer_start (self);
}

static void
on_reset_button_clicked_cb (KwHoldTimer *self)
{
  kw_hold_timer_reset (self);
}

static void
kw_hold_timer_dispose (GObject *object)
{
  KwHoldTimer *self = KW_HOLD_TIMER (object);

  stop_ticking (self);

  G_OBJECT_CLASS (kw_hold_timer_parent_class)->dispose (object);
}

static void
kw_hold_timer_unmap (GtkWidget *widget)
{
  KwHoldTimer *self = KW_HOLD_TIMER (widget);

  /* Nobody is looking: stop, rather than count and beep off screen. */
  if (self->running)
    kw_hold_timer_pause (self);

  GTK_WIDGET_CLASS (kw_hold_timer_parent_class)->unmap (widget);
}

static void
kw_hold_timer_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KwHoldTimer *self = KW_HOLD_TIMER (object);

  switch (prop_id)
    {
    case PROP_RUNNING:
      g_value_set_boolean (value, self->running);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kw_hold_timer_class_init (KwHoldTimerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kw_hold_timer_dispose;
  object_class->get_property = kw_hold_timer_get_property;
  widget_class->unmap = kw_hold_timer_unmap;

  /**
   * KwHoldTimer:running:
   *
   * Whether time is counting.
   */
  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KwHoldTimer::cue:
   * @self: the timer
   * @ended: the #KwHoldPhase that just ended
   * @next: the #KwHoldPhase now shown
   *
   * A phase ended: the timer has already changed its look and rung the bell.
   */
  signals[CUE] = g_signal_new ("cue", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                               0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/kw-hold-timer.ui");
  gtk_widget_class_bind_template_child (widget_class, KwHoldTimer, phase_label);
  gtk_widget_class_bind_template_child (widget_class, KwHoldTimer, digits_label);
  gtk_widget_class_bind_template_child (widget_class, KwHoldTimer, set_label);
  gtk_widget_class_bind_template_child (widget_class, KwHoldTimer, start_button);
  gtk_widget_class_bind_template_child (widget_class, KwHoldTimer, reset_button);
  gtk_widget_class_bind_template_callback (widget_class, on_start_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_reset_button_clicked_cb);

  gtk_widget_class_set_css_name (widget_class, "kw-hold-timer");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kw_hold_timer_init (KwHoldTimer *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Hold timer"),
                                  -1);
  kw_hold_cycle_init (&self->cycle, DEFAULT_GET_READY_S, 30, 30, 3);
  update_display (self);
}

/**
 * kw_hold_timer_new:
 * @hold_s: seconds per hold
 * @rest_s: seconds of rest between holds
 * @sets: number of holds
 *
 * Returns: (transfer floating): a timer with the usual get-ready countdown
 */
GtkWidget *
kw_hold_timer_new (guint hold_s,
                   guint rest_s,
                   guint sets)
{
  KwHoldTimer *self = g_object_new (KW_TYPE_HOLD_TIMER, NULL);

  kw_hold_timer_configure (self, DEFAULT_GET_READY_S, hold_s, rest_s, sets);

  return GTK_WIDGET (self);
}

/**
 * kw_hold_timer_configure:
 * @self: a timer
 * @get_ready_s: countdown before the first hold (0: none)
 * @hold_s: seconds per hold (at least 1)
 * @rest_s: seconds of rest between holds
 * @sets: number of holds (at least 1)
 *
 * Sets the timer up afresh; a running timer stops.
 */
void
kw_hold_timer_configure (KwHoldTimer *self,
                         guint        get_ready_s,
                         guint        hold_s,
                         guint        rest_s,
                         guint        sets)
{
  g_return_if_fail (KW_IS_HOLD_TIMER (self));
  g_return_if_fail (hold_s > 0);
  g_return_if_fail (sets > 0);

  stop_ticking (self);
  set_running (self, FALSE);
  kw_hold_cycle_init (&self->cycle, get_ready_s, hold_s, rest_s, sets);
  update_display (self);
}

/**
 * kw_hold_timer_start:
 * @self: a timer
 *
 * Starts from the get-ready countdown, or resumes after a pause.
 */
void
kw_hold_timer_start (KwHoldTimer *self)
{
  g_return_if_fail (KW_IS_HOLD_TIMER (self));

  if (self->running)
    return;

  /* Start over once done; otherwise carry on where it paused. */
  if (!kw_hold_cycle_is_counting (&self->cycle))
    {
      kw_hold_cycle_reset (&self->cycle);
      kw_hold_cycle_start (&self->cycle);
    }

  self->last_tick_us = g_get_monotonic_time ();
  set_running (self, TRUE);
  update_display (self);
  schedule_tick (self);
}

/**
 * kw_hold_timer_pause:
 * @self: a timer
 *
 * Stops the clock where it is; kw_hold_timer_start() carries on.
 */
void
kw_hold_timer_pause (KwHoldTimer *self)
{
  g_return_if_fail (KW_IS_HOLD_TIMER (self));

  if (!self->running)
    return;

  /* Count the part of a second gone by since the last tick. */
  if (!self->manual_clock)
    {
      gint64 now = g_get_monotonic_time ();

      advance (self, (now - self->last_tick_us) / 1000);
    }

  stop_ticking (self);
  set_running (self, FALSE);
  update_display (self);
}

/**
 * kw_hold_timer_reset:
 * @self: a timer
 *
 * Stops and goes back to the start.
 */
void
kw_hold_timer_reset (KwHoldTimer *self)
{
  g_return_if_fail (KW_IS_HOLD_TIMER (self));

  stop_ticking (self);
  set_running (self, FALSE);
  kw_hold_cycle_reset (&self->cycle);
  update_display (self);
}

gboolean
kw_hold_timer_get_running (KwHoldTimer *self)
{
  g_return_val_if_fail (KW_IS_HOLD_TIMER (self), FALSE);

  return self->running;
}

KwHoldPhase
kw_hold_timer_get_phase (KwHoldTimer *self)
{
  g_return_val_if_fail (KW_IS_HOLD_TIMER (self), KW_HOLD_PHASE_IDLE);

  return kw_hold_cycle_get_phase (&self->cycle);
}

guint
kw_hold_timer_get_set (KwHoldTimer *self)
{
  g_return_val_if_fail (KW_IS_HOLD_TIMER (self), 0);

  return kw_hold_cycle_get_set (&self->cycle);
}

guint
kw_hold_timer_get_remaining_seconds (KwHoldTimer *self)
{
  g_return_val_if_fail (KW_IS_HOLD_TIMER (self), 0);

  return kw_hold_cycle_get_remaining_seconds (&self->cycle);
}

/* What the user reads: "Get ready", "Hold", "Rest"… */
const char *
kw_hold_timer_get_phase_text (KwHoldTimer *self)
{
  g_return_val_if_fail (KW_IS_HOLD_TIMER (self), NULL);

  return gtk_label_get_label (self->phase_label);
}

/* The big number as shown. */
const char *
kw_hold_timer_get_digits_text (KwHoldTimer *self)
{
  g_return_val_if_fail (KW_IS_HOLD_TIMER (self), NULL);

  return gtk_label_get_label (self->digits_label);
}

/**
 * kw_hold_timer_set_manual_clock:
 * @self: a timer
 * @manual: %TRUE to take time only from kw_hold_timer_advance()
 *
 * With a manual clock the timer arms no timeout: tests inject every tick.
 */
void
kw_hold_timer_set_manual_clock (KwHoldTimer *self,
                                gboolean     manual)
{
  g_return_if_fail (KW_IS_HOLD_TIMER (self));

  self->manual_clock = !!manual;
  schedule_tick (self);
}

/**
 * kw_hold_timer_advance:
 * @self: a timer
 * @elapsed_ms: time gone by
 *
 * Lets time go by, as a tick of the clock would. Does nothing while paused.
 */
void
kw_hold_timer_advance (KwHoldTimer *self,
                       gint64       elapsed_ms)
{
  g_return_if_fail (KW_IS_HOLD_TIMER (self));
  g_return_if_fail (elapsed_ms >= 0);

  if (!self->running)
    return;

  advance (self, elapsed_ms);
  schedule_tick (self);
}
