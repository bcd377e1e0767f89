/* kw-interval-timer.c: the run/walk interval timer
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows what to do now in big letters (Warm up, Run, Walk), the time left,
 * what comes next, and rings the bell at every change, so the runner can
 * glance at it or just listen. The intervals come from the core
 * (kw_walk_run_get_intervals()); this widget only keeps time.
 *
 * Time is counted from the monotonic clock, not by adding up ticks, so a
 * late tick cannot stretch a session. The tick only runs while the timer
 * does: a paused or finished timer costs nothing.
 */

#define G_LOG_DOMAIN "kw-interval-timer"

#include "config.h"

#include <glib/gi18n.h>

#include "kw-interval-timer.h"
#include "kw-walk-run.h"

/* Four ticks a second keep the seconds display within a quarter second. */
#define TICK_MS 250

struct _KwIntervalTimer
{
  GtkWidget       parent_instance;

  GArray         *intervals;      /* of KwInterval */
  guint           level;
  gint64          elapsed_us;     /* before the current start */
  gint64          started_at;     /* monotonic time of the last start, or 0 */
  guint           tick_id;
  guint           index;          /* the interval shown */
  guint           n_cues;
  gboolean        finished;

  /* template children */
  GtkWidget      *box;
  GtkLabel       *title_label;
  GtkLabel       *cue_label;
  GtkLabel       *left_label;
  GtkLabel       *next_label;
  GtkProgressBar *progress;
  GtkLabel       *total_label;
  GtkButton      *start_button;
  GtkButton      *reset_button;
};

G_DEFINE_FINAL_TYPE (KwIntervalTimer, kw_interval_timer, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LEVEL,
  PROP_RUNNING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  INTERVAL_CHANGED,
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *cue_classes[] = { "kw-cue-warm-up", "kw-cue-run", "kw-cue-walk" };

static gint64
current_elapsed_us (KwIntervalTimer *self)
{
  if (self->started_at == 0)
    return self->elapsed_us;

  return self->elapsed_us + (g_get_monotonic_time () - self->started_at);
}

static char *
format_clock (guint seconds)
{
  return g_strdup_printf ("%u:%02u", seconds / 60, seconds % 60);
}

static void
ring (KwIntervalTimer *self)
{
  self->n_cues++;
  /* The audible cue: the system bell, heard with the screen in a pocket. */
  gtk_widget_error_bell (GTK_WIDGET (self));
}

static void
update_display (KwIntervalTimer *self)
{
  const KwInterval *iv = (const KwInterval *) self->intervals->data;
  guint n = self->intervals->len;
  guint total = kw_intervals_total_seconds (iv, n);
  guint elapsed = (guint) (current_elapsed_us (self) / G_USEC_PER_SEC);
  guint index = 0, left = 0;
  g_autofree char *left_text = NULL;
  g_autofree char *total_text = NULL;
  g_autofree char *elapsed_text = NULL;
  g_autofree char *of_text = NULL;
  gboolean running = self->started_at != 0;
  gboolean was_finished = self->finished;

  if (n == 0)
    return;

  self->finished = !kw_intervals_locate (iv, n, MIN (elapsed, total), &index, &left);

  if (self->finished)
    {
      gtk_label_set_label (self->cue_label, _("Done"));
      left_text = format_clock (0);
      gtk_label_set_label (self->next_label,
                           _("Well done. Walk a few minutes to cool down, then log the run."));
      for (guint i = 0; i < G_N_ELEMENTS (cue_classes); i++)
        gtk_widget_remove_css_class (GTK_WIDGET (self->cue_label), cue_classes[i]);
    }
  else
    {
      gtk_label_set_label (self->cue_label, kw_interval_kind_get_cue (iv[index].kind));
      for (guint i = 0; i < G_N_ELEMENTS (cue_classes); i++)
        {
          if (i == iv[index].kind)
            gtk_widget_add_css_class (GTK_WIDGET (self->cue_label), cue_classes[i]);
          else
            gtk_widget_remove_css_class (GTK_WIDGET (self->cue_label), cue_classes[i]);
        }
      left_text = format_clock (left);

      if (index + 1 < n)
        {
          /* Translators: “Next: Walk for 4 min” */
          g_autofree char *next = g_strdup_printf (_("Next: %s for %u min"),
                                                   kw_interval_kind_get_cue (iv[index + 1].kind),
                                                   iv[index + 1].seconds / 60);
          gtk_label_set_label (self->next_label, next);
        }
      else
        gtk_label_set_label (self->next_label, _("Last one: then you are done"));
    }

  gtk_label_set_label (self->left_label, left_text);
  gtk_progress_bar_set_fraction (self->progress,
                                 total > 0 ? (double) MIN (elapsed, total) / total : 0.0);
  elapsed_text = format_clock (MIN (elapsed, total));
  total_text = format_clock (total);
  /* Translators: elapsed time of total time, e.g. “12:30 of 35:00” */
  of_text = g_strdup_printf (_("%s of %s"), elapsed_text, total_text);
  gtk_label_set_label (self->total_label, of_text);

  if (index != self->index || (self->finished && !was_finished))
    {
      self->index = index;
      if (running || self->finished)
        ring (self);
      if (self->finished)
        g_signal_emit (self, signals[FINISHED], 0);
      else
        g_signal_emit (self, signals[INTERVAL_CHANGED], 0);
    }

  gtk_button_set_label (self->start_button,
                        running ? _("_Pause") :
                        self->elapsed_us > 0 && !self->finished ? _("_Resume") : _("_Start"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->start_button), !self->finished);
  gtk_widget_set_sensitive (GTK_WIDGET (self->reset_button), self->elapsed_us > 0 || running);

  /* The timer in one sentence, for screen readers. */
  {
    g_autofree char *state = NULL;

    if (self->finished)
      state = g_strdup (_("Done."));
    else if (running)
      /* Translators: the walk-run timer for screen readers, e.g.
       * "Run, 3:12 left. 12:30 of 35:00." */
      state = g_strdup_printf (_("%s, %s left. %s."),
                               gtk_label_get_label (self->cue_label), left_text, of_text);
    else if (self->elapsed_us > 0)
      /* Translators: the same, while paused */
      state = g_strdup_printf (_("%s, %s left. %s. Paused"),
                               gtk_label_get_label (self->cue_label), left_text, of_text);
    else
      /* Translators: the same, before it starts */
      state = g_strdup_printf (_("%s, %s left. %s. Not started"),
                               gtk_label_get_label (self->cue_label), left_text, of_text);
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, state,
                                    -1);
  }
}

static void
stop_ticking (KwIntervalTimer *self)
{
  g_clear_handle_id (&self->tick_id, g_source_remove);
}

static gboolean
tick_cb (gpointer data)
{
  KwIntervalTimer *self = data;

  update_display (self);
  if (self->finished)
    {
      self->elapsed_us = current_elapsed_us (self);
      self->started_at = 0;
      self->tick_id = 0;
      update_display (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

static void
on_start_clicked_cb (KwIntervalTimer *self)
{
  if (kw_interval_timer_get_running (self))
    kw_interval_timer_pause (self);
  else
    kw_interval_timer_start (self);
}

static void
on_reset_clicked_cb (KwIntervalTimer *self)
{
  kw_interval_timer_reset (self);
}

static void
kw_interval_timer_dispose (GObject *object)
{
  KwIntervalTimer *self = KW_INTERVAL_TIMER (object);

  stop_ticking (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), KW_TYPE_INTERVAL_TIMER);

  G_OBJECT_CLASS (kw_interval_timer_parent_class)->dispose (object);
}

static void
kw_interval_timer_finalize (GObject *object)
{
  KwIntervalTimer *self = KW_INTERVAL_TIMER (object);

  g_clear_pointer (&self->intervals, g_array_unref);

  G_OBJECT_CLASS (kw_interval_timer_parent_class)->finalize (object);
}

static void
kw_interval_timer_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KwIntervalTimer *self = KW_INTERVAL_TIMER (object);

  switch (prop_id)
    {
    case PROP_LEVEL:
      g_value_set_uint (value, self->level);
      break;

    case PROP_RUNNING:
      g_value_set_boolean (value, kw_interval_timer_get_running (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kw_interval_timer_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KwIntervalTimer *self = KW_INTERVAL_TIMER (object);

  switch (prop_id)
    {
    case PROP_LEVEL:
      kw_interval_timer_set_level (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kw_interval_timer_class_init (KwIntervalTimerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kw_interval_timer_dispose;
  object_class->finalize = kw_interval_timer_finalize;
  object_class->get_property = kw_interval_timer_get_property;
  object_class->set_property = kw_interval_timer_set_property;

  /**
   * KwIntervalTimer:level:
   *
   * The walk-run level (1-10) whose session the timer runs.
   */
  properties[PROP_LEVEL] =
    g_param_spec_uint ("level", NULL, NULL, 1, KW_WALK_RUN_N_LEVELS, 1,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KwIntervalTimer::interval-changed:
   *
   * A new interval began (after the bell rang).
   */
  signals[INTERVAL_CHANGED] =
    g_signal_new ("interval-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * KwIntervalTimer::finished:
   *
   * The whole session is over.
   */
  signals[FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/kw-interval-timer.ui");
  gtk_widget_class_bind_template_child (widget_class, KwIntervalTimer, box);
  gtk_widget_class_bind_template_child (widget_class, KwIntervalTimer, title_label);
  gtk_widget_class_bind_template_child (widget_class, KwIntervalTimer, cue_label);
  gtk_widget_class_bind_template_child (widget_class, KwIntervalTimer, left_label);
  gtk_widget_class_bind_template_child (widget_class, KwIntervalTimer, next_label);
  gtk_widget_class_bind_template_child (widget_class, KwIntervalTimer, progress);
  gtk_widget_class_bind_template_child (widget_class, KwIntervalTimer, total_label);
  gtk_widget_class_bind_template_child (widget_class, KwIntervalTimer, start_button);
  gtk_widget_class_bind_template_child (widget_class, KwIntervalTimer, reset_button);
  gtk_widget_class_bind_template_callback (widget_class, on_start_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_reset_clicked_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "kw-interval-timer");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_TIMER);
}

static void
kw_interval_timer_init (KwIntervalTimer *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Walk-run timer"),
                                  -1);
  self->level = 0;
  kw_interval_timer_set_level (self, 1);
}

GtkWidget *
kw_interval_timer_new (void)
{
  return g_object_new (KW_TYPE_INTERVAL_TIMER, NULL);
}

/**
 * kw_interval_timer_set_level:
 * @level: 1 to 10
 *
 * Loads the level's session and resets the timer.
 */
void
kw_interval_timer_set_level (KwIntervalTimer *self,
                             guint            level)
{
  g_return_if_fail (KW_IS_INTERVAL_TIMER (self));
  g_return_if_fail (level >= 1 && level <= KW_WALK_RUN_N_LEVELS);

  if (self->level == level && self->intervals != NULL)
    return;

  self->level = level;
  g_clear_pointer (&self->intervals, g_array_unref);
  self->intervals = kw_walk_run_get_intervals (level);
  {
    g_autofree char *session = kw_walk_run_level_describe (level);
    /* Translators: a level number, then its session */
    g_autofree char *title = g_strdup_printf (_("Level %u: %s"), level, session);

    gtk_label_set_label (self->title_label, title);
  }
  kw_interval_timer_reset (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
}

guint
kw_interval_timer_get_level (KwIntervalTimer *self)
{
  g_return_val_if_fail (KW_IS_INTERVAL_TIMER (self), 0);

  return self->level;
}

/**
 * kw_interval_timer_start:
 *
 * Starts, or resumes after a pause.
 */
void
kw_interval_timer_start (KwIntervalTimer *self)
{
  g_return_if_fail (KW_IS_INTERVAL_TIMER (self));

  if (self->started_at != 0 || self->finished)
    return;

  self->started_at = g_get_monotonic_time ();
  self->tick_id = g_timeout_add (TICK_MS, tick_cb, self);
  /* The first cue: go. */
  if (self->elapsed_us == 0)
    ring (self);
  update_display (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

void
kw_interval_timer_pause (KwIntervalTimer *self)
{
  g_return_if_fail (KW_IS_INTERVAL_TIMER (self));

  if (self->started_at == 0)
    return;

  self->elapsed_us = current_elapsed_us (self);
  self->started_at = 0;
  stop_ticking (self);
  update_display (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

void
kw_interval_timer_reset (KwIntervalTimer *self)
{
  gboolean was_running;

  g_return_if_fail (KW_IS_INTERVAL_TIMER (self));

  was_running = self->started_at != 0;
  stop_ticking (self);
  self->elapsed_us = 0;
  self->started_at = 0;
  self->index = 0;
  self->finished = FALSE;
  update_display (self);
  if (was_running)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

gboolean
kw_interval_timer_get_running (KwIntervalTimer *self)
{
  g_return_val_if_fail (KW_IS_INTERVAL_TIMER (self), FALSE);

  return self->started_at != 0;
}

gboolean
kw_interval_timer_get_finished (KwIntervalTimer *self)
{
  g_return_val_if_fail (KW_IS_INTERVAL_TIMER (self), FALSE);

  return self->finished;
}

/**
 * kw_interval_timer_get_elapsed:
 *
 * Returns: whole seconds of the session done, pauses left out
 */
guint
kw_interval_timer_get_elapsed (KwIntervalTimer *self)
{
  g_return_val_if_fail (KW_IS_INTERVAL_TIMER (self), 0);

  return (guint) (current_elapsed_us (self) / G_USEC_PER_SEC);
}

/**
 * kw_interval_timer_set_elapsed:
 * @seconds: how far into the session
 *
 * Jumps to a point in the session, as if that much time had passed: used
 * by tests, which never wait for real time.
 */
void
kw_interval_timer_set_elapsed (KwIntervalTimer *self,
                               guint            seconds)
{
  g_return_if_fail (KW_IS_INTERVAL_TIMER (self));

  self->elapsed_us = (gint64) seconds * G_USEC_PER_SEC;
  if (self->started_at != 0)
    self->started_at = g_get_monotonic_time ();
  update_display (self);
  if (self->finished && self->started_at != 0)
    {
      self->started_at = 0;
      stop_ticking (self);
      update_display (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
    }
}

/**
 * kw_interval_timer_get_n_cues:
 *
 * Returns: how many times the bell has rung (start, each change, the end)
 */
guint
kw_interval_timer_get_n_cues (KwIntervalTimer *self)
{
  g_return_val_if_fail (KW_IS_INTERVAL_TIMER (self), 0);

  return self->n_cues;
}

/**
 * kw_interval_timer_get_cue:
 *
 * Returns: the big word shown now ("Run", "Walk"…)
 */
const char *
kw_interval_timer_get_cue (KwIntervalTimer *self)
{
  g_return_val_if_fail (KW_IS_INTERVAL_TIMER (self), NULL);

  return gtk_label_get_label (self->cue_label);
}
