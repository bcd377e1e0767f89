/* kw-plan-item.c: one exercise on one day of a plan
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kw-plan-item"

#include "config.h"

#include "kw-plan-item.h"

struct _KwPlanItem
{
  GObject           parent_instance;

  const KwExercise *exercise;
  KwDose            dose;
  char             *note;
};

G_DEFINE_FINAL_TYPE (KwPlanItem, kw_plan_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_EXERCISE_ID,
  PROP_NAME,
  PROP_DOSE_TEXT,
  PROP_VARIATION,
  PROP_NOTE,
  PROP_PICTURE_RESOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kw_plan_item_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KwPlanItem *self = KW_PLAN_ITEM (object);

  switch (prop_id)
    {
    case PROP_EXERCISE_ID:
      g_value_set_string (value, kw_plan_item_get_exercise_id (self));
      break;
    case PROP_NAME:
      g_value_set_string (value, kw_plan_item_get_name (self));
      break;
    case PROP_DOSE_TEXT:
      g_value_take_string (value, kw_plan_item_dup_dose_string (self));
      break;
    case PROP_VARIATION:
      g_value_set_string (value, kw_plan_item_get_variation (self));
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    case PROP_PICTURE_RESOURCE:
      g_value_set_string (value, kw_exercise_get_picture_resource (self->exercise));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kw_plan_item_finalize (GObject *object)
{
  KwPlanItem *self = (KwPlanItem *) object;

  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (kw_plan_item_parent_class)->finalize (object);
}

static void
kw_plan_item_class_init (KwPlanItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kw_plan_item_finalize;
  object_class->get_property = kw_plan_item_get_property;

  /* Read-only, for binding in list views (GtkExpression). */
  properties[PROP_EXERCISE_ID] =
    g_param_spec_string ("exercise-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOSE_TEXT] =
    g_param_spec_string ("dose-text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_VARIATION] =
    g_param_spec_string ("variation", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PICTURE_RESOURCE] =
    g_param_spec_string ("picture-resource", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kw_plan_item_init (KwPlanItem *self)
{
}

/**
 * kw_plan_item_new:
 * @exercise: the exercise
 * @dose: its dose on this day
 * @note: (nullable): a translated note ("knee bend 0–60°")
 *
 * Returns: (transfer full): a new item
 */
KwPlanItem *
kw_plan_item_new (const KwExercise *exercise,
                  const KwDose     *dose,
                  const char       *note)
{
  KwPlanItem *self;

  g_return_val_if_fail (exercise != NULL, NULL);
  g_return_val_if_fail (dose != NULL, NULL);

  self = g_object_new (KW_TYPE_PLAN_ITEM, NULL);
  self->exercise = exercise;
  self->dose = *dose;
  self->note = g_strdup (note);
  return self;
}

const KwExercise *
kw_plan_item_get_exercise (KwPlanItem *self)
{
  g_return_val_if_fail (KW_IS_PLAN_ITEM (self), NULL);
  return self->exercise;
}

const char *
kw_plan_item_get_exercise_id (KwPlanItem *self)
{
  g_return_val_if_fail (KW_IS_PLAN_ITEM (self), NULL);
  return kw_exercise_get_id (self->exercise);
}

const char *
kw_plan_item_get_name (KwPlanItem *self)
{
  g_return_val_if_fail (KW_IS_PLAN_ITEM (self), NULL);
  return kw_exercise_get_name (self->exercise);
}

const KwDose *
kw_plan_item_get_dose (KwPlanItem *self)
{
  g_return_val_if_fail (KW_IS_PLAN_ITEM (self), NULL);
  return &self->dose;
}

/**
 * kw_plan_item_dup_dose_string:
 * @self: a #KwPlanItem
 *
 * Returns: (transfer full): the dose as kw_dose_to_string() writes it
 */
char *
kw_plan_item_dup_dose_string (KwPlanItem *self)
{
  g_return_val_if_fail (KW_IS_PLAN_ITEM (self), NULL);
  return kw_dose_to_string (&self->dose);
}

/**
 * kw_plan_item_get_variation:
 * @self: a #KwPlanItem
 *
 * Returns: (nullable): the harder step in place ("1 kg ankle weight"), or
 *   %NULL for the basic exercise
 */
const char *
kw_plan_item_get_variation (KwPlanItem *self)
{
  guint n;

  g_return_val_if_fail (KW_IS_PLAN_ITEM (self), NULL);

  n = kw_exercise_get_n_progressions (self->exercise);
  if (self->dose.level == 0 || n == 0)
    return NULL;
  return kw_exercise_get_progression (self->exercise, MIN (self->dose.level, n) - 1);
}

/**
 * kw_plan_item_get_note:
 * @self: a #KwPlanItem
 *
 * Returns: (nullable): a note for this day: the allowed knee bend, or why
 *   this exercise stands in for another
 */
const char *
kw_plan_item_get_note (KwPlanItem *self)
{
  g_return_val_if_fail (KW_IS_PLAN_ITEM (self), NULL);
  return self->note;
}

gboolean
kw_plan_item_is_stretch (KwPlanItem *self)
{
  g_return_val_if_fail (KW_IS_PLAN_ITEM (self), FALSE);
  return kw_exercise_get_exercise_type (self->exercise) == KW_EXERCISE_STRETCH;
}
