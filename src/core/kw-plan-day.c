/* kw-plan-day.c: one dated day of a plan
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kw-plan-day"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kw-plan-day.h"

struct _KwPlanDay
{
  GObject        parent_instance;

  GDate          date;
  KwPlanDayKind  kind;
  KwPhase        phase;
  GListStore    *items;
};

G_DEFINE_FINAL_TYPE (KwPlanDay, kw_plan_day, G_TYPE_OBJECT)

static void
kw_plan_day_finalize (GObject *object)
{
  KwPlanDay *self = (KwPlanDay *) object;

  g_clear_object (&self->items);

  G_OBJECT_CLASS (kw_plan_day_parent_class)->finalize (object);
}

static void
kw_plan_day_class_init (KwPlanDayClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kw_plan_day_finalize;
}

static void
kw_plan_day_init (KwPlanDay *self)
{
  self->items = g_list_store_new (KW_TYPE_PLAN_ITEM);
  g_date_clear (&self->date, 1);
}

/**
 * kw_plan_day_new:
 * @date: the day
 * @kind: what kind of day it is
 * @phase: the plan's phase on that day
 *
 * Returns: (transfer full): a day without items
 */
KwPlanDay *
kw_plan_day_new (const GDate   *date,
                 KwPlanDayKind  kind,
                 KwPhase        phase)
{
  KwPlanDay *self;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  self = g_object_new (KW_TYPE_PLAN_DAY, NULL);
  self->date = *date;
  self->kind = kind;
  self->phase = phase;
  return self;
}

const GDate *
kw_plan_day_get_date (KwPlanDay *self)
{
  g_return_val_if_fail (KW_IS_PLAN_DAY (self), NULL);
  return &self->date;
}

KwPlanDayKind
kw_plan_day_get_kind (KwPlanDay *self)
{
  g_return_val_if_fail (KW_IS_PLAN_DAY (self), KW_PLAN_DAY_REST);
  return self->kind;
}

KwPhase
kw_plan_day_get_phase (KwPlanDay *self)
{
  g_return_val_if_fail (KW_IS_PLAN_DAY (self), KW_PHASE_SETTLE);
  return self->phase;
}

/**
 * kw_plan_day_is_rest:
 * @self: a #KwPlanDay
 *
 * Returns: whether nothing is scheduled (a rest day, or before the start)
 */
gboolean
kw_plan_day_is_rest (KwPlanDay *self)
{
  g_return_val_if_fail (KW_IS_PLAN_DAY (self), TRUE);
  return g_list_model_get_n_items (G_LIST_MODEL (self->items)) == 0;
}

/**
 * kw_plan_day_get_items:
 * @self: a #KwPlanDay
 *
 * Returns: (transfer none): the #KwPlanItem list, exercises before stretches
 */
GListModel *
kw_plan_day_get_items (KwPlanDay *self)
{
  g_return_val_if_fail (KW_IS_PLAN_DAY (self), NULL);
  return G_LIST_MODEL (self->items);
}

guint
kw_plan_day_get_n_items (KwPlanDay *self)
{
  g_return_val_if_fail (KW_IS_PLAN_DAY (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->items));
}

/**
 * kw_plan_day_get_item:
 * @self: a #KwPlanDay
 * @i: an index
 *
 * Returns: (transfer none): the item
 */
KwPlanItem *
kw_plan_day_get_item (KwPlanDay *self,
                      guint      i)
{
  KwPlanItem *item;

  g_return_val_if_fail (KW_IS_PLAN_DAY (self), NULL);

  item = g_list_model_get_item (G_LIST_MODEL (self->items), i);
  g_return_val_if_fail (item != NULL, NULL);
  g_object_unref (item);  /* the store keeps a reference */
  return item;
}

void
kw_plan_day_add_item (KwPlanDay  *self,
                      KwPlanItem *item)
{
  g_return_if_fail (KW_IS_PLAN_DAY (self));
  g_return_if_fail (KW_IS_PLAN_ITEM (item));

  g_list_store_append (self->items, item);
}

/**
 * kw_plan_day_get_muscles:
 * @self: a #KwPlanDay
 *
 * Returns: the muscle groups worked by the day's exercises, stretches left out
 */
KwMuscle
kw_plan_day_get_muscles (KwPlanDay *self)
{
  KwMuscle muscles = 0;
  guint n;

  g_return_val_if_fail (KW_IS_PLAN_DAY (self), 0);

  n = kw_plan_day_get_n_items (self);
  for (guint i = 0; i < n; i++)
    {
      KwPlanItem *item = kw_plan_day_get_item (self, i);

      if (!kw_plan_item_is_stretch (item))
        muscles |= kw_exercise_get_muscles (kw_plan_item_get_exercise (item));
    }

  return muscles;
}

/**
 * kw_plan_day_estimate_minutes:
 * @self: a #KwPlanDay
 *
 * Returns: roughly how long the session takes, in whole minutes
 */
guint
kw_plan_day_estimate_minutes (KwPlanDay *self)
{
  guint seconds = 0;
  guint n;

  g_return_val_if_fail (KW_IS_PLAN_DAY (self), 0);

  n = kw_plan_day_get_n_items (self);
  for (guint i = 0; i < n; i++)
    seconds += kw_dose_estimate_seconds (kw_plan_item_get_dose (kw_plan_day_get_item (self, i)));

  return (seconds + 59) / 60;
}

/**
 * kw_plan_day_dup_title:
 * @self: a #KwPlanDay
 *
 * Returns: (transfer full): "Monday 3 November"
 */
char *
kw_plan_day_dup_title (KwPlanDay *self)
{
  char buf[128];

  g_return_val_if_fail (KW_IS_PLAN_DAY (self), NULL);

  /* Translators: a strftime format for a day of the plan, e.g. "Monday 3 November" */
  if (g_date_strftime (buf, sizeof buf, _("%A %-d %B"), &self->date) == 0)
    return g_strdup ("");
  return g_strdup (buf);
}

/**
 * kw_plan_day_kind_get_title:
 * @kind: a #KwPlanDayKind
 *
 * Returns: "Rest day", "Light day", "Strength day", "Not started"
 */
const char *
kw_plan_day_kind_get_title (KwPlanDayKind kind)
{
  switch (kind)
    {
    case KW_PLAN_DAY_NOT_STARTED: return _("Before your plan starts");
    case KW_PLAN_DAY_REST: return _("Rest day");
    case KW_PLAN_DAY_LIGHT: return _("Light day");
    case KW_PLAN_DAY_STRENGTH: return _("Strength day");
    default: g_return_val_if_reached (NULL);
    }
}
