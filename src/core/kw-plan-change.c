/* kw-plan-change.c: one change to a plan, with its reason
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kw-plan-change"

#include "config.h"

#include "kw-plan-change.h"

struct _KwPlanChange
{
  GObject           parent_instance;

  GDate             date;
  KwPlanChangeKind  kind;
  char             *exercise_id;
  KwDose           *before;
  KwDose           *after;
  char             *reason;
};

G_DEFINE_FINAL_TYPE (KwPlanChange, kw_plan_change, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_REASON,
  PROP_EXERCISE_ID,
  PROP_KIND_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *kind_ids[] = {
  "progress", "hold", "step-back", "restore", "skipped", "phase-advance", "phase-hold",
  "see-clinician", "started",
};

static void
kw_plan_change_finalize (GObject *object)
{
  KwPlanChange *self = (KwPlanChange *) object;

  g_clear_pointer (&self->exercise_id, g_free);
  g_clear_pointer (&self->before, kw_dose_free);
  g_clear_pointer (&self->after, kw_dose_free);
  g_clear_pointer (&self->reason, g_free);

  G_OBJECT_CLASS (kw_plan_change_parent_class)->finalize (object);
}

static void
kw_plan_change_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KwPlanChange *self = KW_PLAN_CHANGE (object);

  switch (prop_id)
    {
    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;
    case PROP_EXERCISE_ID:
      g_value_set_string (value, self->exercise_id);
      break;
    case PROP_KIND_ID:
      g_value_set_string (value, kind_ids[self->kind]);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kw_plan_change_class_init (KwPlanChangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kw_plan_change_finalize;
  object_class->get_property = kw_plan_change_get_property;

  /* Read-only, for binding in list views (GtkExpression). */
  properties[PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXERCISE_ID] =
    g_param_spec_string ("exercise-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND_ID] =
    g_param_spec_string ("kind-id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kw_plan_change_init (KwPlanChange *self)
{
  g_date_clear (&self->date, 1);
}

/**
 * kw_plan_change_new:
 * @date: the day the change applies from
 * @kind: what changed
 * @exercise_id: (nullable): the exercise, or %NULL for the whole plan
 * @before: (nullable): the dose before
 * @after: (nullable): the dose after
 * @reason: the one-line, translated reason the UI shows
 *
 * Returns: (transfer full): a new change
 */
KwPlanChange *
kw_plan_change_new (const GDate      *date,
                    KwPlanChangeKind  kind,
                    const char       *exercise_id,
                    const KwDose     *before,
                    const KwDose     *after,
                    const char       *reason)
{
  KwPlanChange *self;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_ids), NULL);
  g_return_val_if_fail (reason != NULL, NULL);

  self = g_object_new (KW_TYPE_PLAN_CHANGE, NULL);
  self->date = *date;
  self->kind = kind;
  self->exercise_id = g_strdup (exercise_id);
  self->before = before != NULL ? kw_dose_copy (before) : NULL;
  self->after = after != NULL ? kw_dose_copy (after) : NULL;
  self->reason = g_strdup (reason);
  return self;
}

const GDate *
kw_plan_change_get_date (KwPlanChange *self)
{
  g_return_val_if_fail (KW_IS_PLAN_CHANGE (self), NULL);
  return &self->date;
}

KwPlanChangeKind
kw_plan_change_get_kind (KwPlanChange *self)
{
  g_return_val_if_fail (KW_IS_PLAN_CHANGE (self), KW_PLAN_CHANGE_HOLD);
  return self->kind;
}

/**
 * kw_plan_change_get_exercise_id:
 * @self: a #KwPlanChange
 *
 * Returns: (nullable): the exercise, or %NULL for a change to the whole plan
 */
const char *
kw_plan_change_get_exercise_id (KwPlanChange *self)
{
  g_return_val_if_fail (KW_IS_PLAN_CHANGE (self), NULL);
  return self->exercise_id;
}

/**
 * kw_plan_change_get_before:
 * @self: a #KwPlanChange
 *
 * Returns: (nullable): the dose before the change
 */
const KwDose *
kw_plan_change_get_before (KwPlanChange *self)
{
  g_return_val_if_fail (KW_IS_PLAN_CHANGE (self), NULL);
  return self->before;
}

/**
 * kw_plan_change_get_after:
 * @self: a #KwPlanChange
 *
 * Returns: (nullable): the dose after the change
 */
const KwDose *
kw_plan_change_get_after (KwPlanChange *self)
{
  g_return_val_if_fail (KW_IS_PLAN_CHANGE (self), NULL);
  return self->after;
}

/**
 * kw_plan_change_get_reason:
 * @self: a #KwPlanChange
 *
 * Returns: one line for the runner: "Pain 2/10 and settled by morning:
 *   3 sets next time."
 */
const char *
kw_plan_change_get_reason (KwPlanChange *self)
{
  g_return_val_if_fail (KW_IS_PLAN_CHANGE (self), NULL);
  return self->reason;
}

const char *
kw_plan_change_kind_to_id (KwPlanChangeKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_ids), NULL);
  return kind_ids[kind];
}

gboolean
kw_plan_change_kind_from_id (const char       *id,
                             KwPlanChangeKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (kind_ids); i++)
    {
      if (g_strcmp0 (id, kind_ids[i]) == 0)
        {
          *kind = (KwPlanChangeKind) i;
          return TRUE;
        }
    }
  return FALSE;
}
