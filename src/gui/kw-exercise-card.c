/* kw-exercise-card.c: one exercise of a session, with picture and timer
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kw-exercise-card"

#include "config.h"

#include <glib/gi18n.h>

#include "kw-exercise-card.h"

/* Time to get into position before the first hold. */
#define GET_READY_S 5

struct _KwExerciseCard
{
  AdwBin            parent_instance;

  GtkPicture       *picture;
  GtkLabel         *name_label;
  GtkCheckButton   *done_check;
  GtkLabel         *dose_label;
  GtkLabel         *schedule_label;
  GtkLabel         *note_label;
  GtkExpander      *expander;
  GtkLabel         *steps_label;
  GtkLabel         *cues_label;
  GtkLabel         *source_label;
  KwHoldTimer      *timer;

  const KwExercise *exercise;
  KwDose           *dose;
  char             *dose_text;
};

G_DEFINE_FINAL_TYPE (KwExerciseCard, kw_exercise_card, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_done_check_active_cb (KwExerciseCard *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DONE]);
}

static void
set_label_or_hide (GtkLabel   *label,
                   const char *text)
{
  gtk_label_set_label (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

static void
show_picture (KwExerciseCard *self)
{
  const char *resource = kw_exercise_get_picture_resource (self->exercise);

  /* A missing picture is a packaging bug, not a reason to fail the
   * session: the words below still say what to do.
   */
  if (resource != NULL && g_resources_get_info (resource, G_RESOURCE_LOOKUP_FLAGS_NONE,
                                                NULL, NULL, NULL))
    {
      gtk_picture_set_resource (self->picture, resource);
    }
  else
    {
      g_debug ("No picture for exercise “%s” (%s)",
                 kw_exercise_get_id (self->exercise), resource ? resource : "none");
      gtk_widget_set_visible (GTK_WIDGET (self->picture), FALSE);
    }

  /* Translators: the accessible name of an exercise picture */
  {
    g_autofree char *alt = g_strdup_printf (_("Drawing: %s"),
                                            kw_exercise_get_name (self->exercise));

    gtk_picture_set_alternative_text (self->picture, alt);
  }
}

static void
show_instructions (KwExerciseCard *self)
{
  g_autoptr(GString) steps = g_string_new (NULL);
  g_autoptr(GString) cues = g_string_new (NULL);
  g_autoptr(GString) source = g_string_new (NULL);
  KwEvidence evidence = kw_exercise_get_evidence (self->exercise);
  const char *src = kw_exercise_get_source (self->exercise);
  guint n;

  n = kw_exercise_get_n_instructions (self->exercise);
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (steps, '\n');
      g_string_append_printf (steps, "%u. %s", i + 1,
                              kw_exercise_get_instruction (self->exercise, i));
    }
  set_label_or_hide (self->steps_label, steps->str);

  n = kw_exercise_get_n_cues (self->exercise);
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (cues, '\n');
      g_string_append_printf (cues, "• %s", kw_exercise_get_cue (self->exercise, i));
    }
  set_label_or_hide (self->cues_label, cues->str);

  /* Every claim keeps its source and evidence level. */
  if (src != NULL && *src != '\0')
    {
      /* Translators: where the exercise and its dose come from */
      g_string_append_printf (source, _("Source: %s"), src);
      g_string_append (source, " · ");
      g_string_append (source, kw_evidence_get_label (evidence));
    }
  set_label_or_hide (self->source_label, source->str);
}

static void
show_dose (KwExerciseCard *self,
           const char     *note)
{
  g_autofree char *rest = kw_dose_dup_rest_string (self->dose);
  g_autofree char *per_week = kw_dose_dup_per_week_string (self->dose);
  g_autofree char *schedule = NULL;

  g_free (self->dose_text);
  self->dose_text = kw_dose_to_string (self->dose);
  gtk_label_set_label (self->dose_label, self->dose_text);

  if (rest != NULL && per_week != NULL)
    schedule = g_strdup_printf ("%s · %s", rest, per_week);
  else
    schedule = g_strdup (rest != NULL ? rest : per_week);
  set_label_or_hide (self->schedule_label, schedule);
  set_label_or_hide (self->note_label, note);

  if (kw_dose_is_hold (self->dose))
    {
      /* Each side is a hold of its own: left, rest, right, rest… */
      guint holds = self->dose->sets * (self->dose->each_side ? 2 : 1);

      kw_hold_timer_configure (self->timer, GET_READY_S, self->dose->hold_s,
                               self->dose->rest_s, holds);
      gtk_widget_set_visible (GTK_WIDGET (self->timer), TRUE);
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->timer), FALSE);
    }
}

static void
kw_exercise_card_finalize (GObject *object)
{
  KwExerciseCard *self = KW_EXERCISE_CARD (object);

  g_clear_pointer (&self->dose, kw_dose_free);
  g_free (self->dose_text);

  G_OBJECT_CLASS (kw_exercise_card_parent_class)->finalize (object);
}

static void
kw_exercise_card_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  KwExerciseCard *self = KW_EXERCISE_CARD (object);

  switch (prop_id)
    {
    case PROP_DONE:
      g_value_set_boolean (value, kw_exercise_card_get_done (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kw_exercise_card_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  KwExerciseCard *self = KW_EXERCISE_CARD (object);

  switch (prop_id)
    {
    case PROP_DONE:
      kw_exercise_card_set_done (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kw_exercise_card_class_init (KwExerciseCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = kw_exercise_card_finalize;
  object_class->get_property = kw_exercise_card_get_property;
  object_class->set_property = kw_exercise_card_set_property;

  /**
   * KwExerciseCard:done:
   *
   * The runner ticked the exercise off. Only a help for the session's
   * check-in; not stored on its own.
   */
  properties[PROP_DONE] =
    g_param_spec_boolean ("done", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KW_TYPE_HOLD_TIMER);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/kw-exercise-card.ui");
  gtk_widget_class_bind_template_child (widget_class, KwExerciseCard, picture);
  gtk_widget_class_bind_template_child (widget_class, KwExerciseCard, name_label);
  gtk_widget_class_bind_template_child (widget_class, KwExerciseCard, done_check);
  gtk_widget_class_bind_template_child (widget_class, KwExerciseCard, dose_label);
  gtk_widget_class_bind_template_child (widget_class, KwExerciseCard, schedule_label);
  gtk_widget_class_bind_template_child (widget_class, KwExerciseCard, note_label);
  gtk_widget_class_bind_template_child (widget_class, KwExerciseCard, expander);
  gtk_widget_class_bind_template_child (widget_class, KwExerciseCard, steps_label);
  gtk_widget_class_bind_template_child (widget_class, KwExerciseCard, cues_label);
  gtk_widget_class_bind_template_child (widget_class, KwExerciseCard, source_label);
  gtk_widget_class_bind_template_child (widget_class, KwExerciseCard, timer);
  gtk_widget_class_bind_template_callback (widget_class, on_done_check_active_cb);

  gtk_widget_class_set_css_name (widget_class, "kw-exercise-card");
}

static void
kw_exercise_card_init (KwExerciseCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kw_exercise_card_new:
 * @exercise: a catalogue entry
 * @dose: the dose for this session
 * @note: (nullable): a line about this session, e.g. the variation or range
 *
 * Returns: (transfer floating): a card
 */
GtkWidget *
kw_exercise_card_new (const KwExercise *exercise,
                      const KwDose     *dose,
                      const char       *note)
{
  KwExerciseCard *self;

  g_return_val_if_fail (exercise != NULL, NULL);
  g_return_val_if_fail (dose != NULL, NULL);

  self = g_object_new (KW_TYPE_EXERCISE_CARD, NULL);
  self->exercise = exercise;
  self->dose = kw_dose_copy (dose);

  gtk_label_set_label (self->name_label, kw_exercise_get_name (exercise));
  show_picture (self);
  show_dose (self, note);
  show_instructions (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, kw_exercise_get_name (exercise),
                                  -1);
  /* GTK 4.8 does not name an expander after its label, and a day has
   * several cards: say which exercise it opens. */
  {
    /* Translators: the accessible name of an exercise card's expander */
    g_autofree char *how = g_strdup_printf (_("How to do it: %s"),
                                            kw_exercise_get_name (exercise));

    gtk_accessible_update_property (GTK_ACCESSIBLE (self->expander),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, how,
                                    -1);
  }

  return GTK_WIDGET (self);
}

const KwExercise *
kw_exercise_card_get_exercise (KwExerciseCard *self)
{
  g_return_val_if_fail (KW_IS_EXERCISE_CARD (self), NULL);

  return self->exercise;
}

/* The dose as shown, e.g. "3 × 12". */
const char *
kw_exercise_card_get_dose_text (KwExerciseCard *self)
{
  g_return_val_if_fail (KW_IS_EXERCISE_CARD (self), NULL);

  return self->dose_text;
}

/**
 * kw_exercise_card_get_timer:
 * @self: a card
 *
 * Returns: (transfer none) (nullable): the hold timer, or %NULL if the
 *   exercise is not timed
 */
KwHoldTimer *
kw_exercise_card_get_timer (KwExerciseCard *self)
{
  g_return_val_if_fail (KW_IS_EXERCISE_CARD (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->timer)) ? self->timer : NULL;
}

gboolean
kw_exercise_card_get_done (KwExerciseCard *self)
{
  g_return_val_if_fail (KW_IS_EXERCISE_CARD (self), FALSE);

  return gtk_check_button_get_active (self->done_check);
}

void
kw_exercise_card_set_done (KwExerciseCard *self,
                           gboolean        done)
{
  g_return_if_fail (KW_IS_EXERCISE_CARD (self));

  /* notify::active on the check button notifies :done */
  gtk_check_button_set_active (self->done_check, done);
}

/* Opens "How to do it", e.g. the first time an exercise appears. */
void
kw_exercise_card_set_expanded (KwExerciseCard *self,
                               gboolean        expanded)
{
  g_return_if_fail (KW_IS_EXERCISE_CARD (self));

  gtk_expander_set_expanded (self->expander, expanded);
}
