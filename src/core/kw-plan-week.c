/* kw-plan-week.c: seven dated days of a plan, Monday first
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kw-plan-week"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kw-plan-week.h"

struct _KwPlanWeek
{
  GObject     parent_instance;

  GDate       monday;
  GListStore *days;
};

G_DEFINE_FINAL_TYPE (KwPlanWeek, kw_plan_week, G_TYPE_OBJECT)

static void
kw_plan_week_finalize (GObject *object)
{
  KwPlanWeek *self = (KwPlanWeek *) object;

  g_clear_object (&self->days);

  G_OBJECT_CLASS (kw_plan_week_parent_class)->finalize (object);
}

static void
kw_plan_week_class_init (KwPlanWeekClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kw_plan_week_finalize;
}

static void
kw_plan_week_init (KwPlanWeek *self)
{
  self->days = g_list_store_new (KW_TYPE_PLAN_DAY);
  g_date_clear (&self->monday, 1);
}

/**
 * kw_plan_week_new:
 * @monday: the first day (a Monday)
 *
 * Returns: (transfer full): a week of seven rest days, to be filled in
 */
KwPlanWeek *
kw_plan_week_new (const GDate *monday)
{
  KwPlanWeek *self;

  g_return_val_if_fail (monday != NULL && g_date_valid (monday), NULL);
  g_return_val_if_fail (g_date_get_weekday (monday) == G_DATE_MONDAY, NULL);

  self = g_object_new (KW_TYPE_PLAN_WEEK, NULL);
  self->monday = *monday;
  for (guint i = 0; i < 7; i++)
    {
      GDate date = *monday;
      g_autoptr(KwPlanDay) day = NULL;

      g_date_add_days (&date, i);
      day = kw_plan_day_new (&date, KW_PLAN_DAY_REST, KW_PHASE_SETTLE);
      g_list_store_append (self->days, day);
    }
  return self;
}

const GDate *
kw_plan_week_get_monday (KwPlanWeek *self)
{
  g_return_val_if_fail (KW_IS_PLAN_WEEK (self), NULL);
  return &self->monday;
}

/**
 * kw_plan_week_get_day:
 * @self: a #KwPlanWeek
 * @i: 0 for Monday to 6 for Sunday
 *
 * Returns: (transfer none): the day
 */
KwPlanDay *
kw_plan_week_get_day (KwPlanWeek *self,
                      guint       i)
{
  KwPlanDay *day;

  g_return_val_if_fail (KW_IS_PLAN_WEEK (self), NULL);
  g_return_val_if_fail (i < 7, NULL);

  day = g_list_model_get_item (G_LIST_MODEL (self->days), i);
  g_object_unref (day);  /* the store keeps a reference */
  return day;
}

/**
 * kw_plan_week_get_days:
 * @self: a #KwPlanWeek
 *
 * Returns: (transfer none): the seven #KwPlanDay, Monday first
 */
GListModel *
kw_plan_week_get_days (KwPlanWeek *self)
{
  g_return_val_if_fail (KW_IS_PLAN_WEEK (self), NULL);
  return G_LIST_MODEL (self->days);
}

void
kw_plan_week_set_day (KwPlanWeek *self,
                      guint       i,
                      KwPlanDay  *day)
{
  g_return_if_fail (KW_IS_PLAN_WEEK (self));
  g_return_if_fail (i < 7);
  g_return_if_fail (KW_IS_PLAN_DAY (day));

  g_list_store_splice (self->days, i, 1, (gpointer *) &day, 1);
}

/**
 * kw_plan_week_get_phase:
 * @self: a #KwPlanWeek
 *
 * Returns: the phase on the last day of the week
 */
KwPhase
kw_plan_week_get_phase (KwPlanWeek *self)
{
  g_return_val_if_fail (KW_IS_PLAN_WEEK (self), KW_PHASE_SETTLE);
  return kw_plan_day_get_phase (kw_plan_week_get_day (self, 6));
}

/**
 * kw_plan_week_get_muscles:
 * @self: a #KwPlanWeek
 *
 * Returns: the muscle groups the week's exercises work (stretches left out)
 */
KwMuscle
kw_plan_week_get_muscles (KwPlanWeek *self)
{
  KwMuscle muscles = 0;

  g_return_val_if_fail (KW_IS_PLAN_WEEK (self), 0);

  for (guint i = 0; i < 7; i++)
    muscles |= kw_plan_day_get_muscles (kw_plan_week_get_day (self, i));
  return muscles;
}

/**
 * kw_plan_week_to_text:
 * @self: a #KwPlanWeek
 *
 * The week as plain text, every day with its exercises and doses, as the
 * CLI prints it.
 *
 * Returns: (transfer full): the text
 */
char *
kw_plan_week_to_text (KwPlanWeek *self)
{
  GString *out = g_string_new (NULL);
  char buf[128];

  g_return_val_if_fail (KW_IS_PLAN_WEEK (self), NULL);

  /* Translators: a strftime format for the week heading, e.g. "3 November 2025" */
  g_date_strftime (buf, sizeof buf, _("%-d %B %Y"), &self->monday);
  /* Translators: the heading of a printed week: date, phase number and name */
  g_string_append_printf (out, _("Week of Monday %s · Phase %d: %s"), buf,
                          (int) kw_plan_week_get_phase (self),
                          kw_phase_get_title (kw_plan_week_get_phase (self)));
  g_string_append (out, "\n");

  for (guint i = 0; i < 7; i++)
    {
      KwPlanDay *day = kw_plan_week_get_day (self, i);
      g_autofree char *title = kw_plan_day_dup_title (day);
      guint n = kw_plan_day_get_n_items (day);

      g_string_append_printf (out, "\n%s · %s", title,
                              kw_plan_day_kind_get_title (kw_plan_day_get_kind (day)));
      if (n > 0)
        /* Translators: about how long a session takes */
        g_string_append_printf (out, _(" · about %u min"), kw_plan_day_estimate_minutes (day));
      g_string_append (out, "\n");

      if (n == 0 && kw_plan_day_get_kind (day) == KW_PLAN_DAY_REST)
        g_string_append_printf (out, "  %s\n", _("No exercises. Walking and daily life are fine."));

      for (guint j = 0; j < n; j++)
        {
          KwPlanItem *item = kw_plan_day_get_item (day, j);
          g_autofree char *dose = kw_plan_item_dup_dose_string (item);
          g_autofree char *rest = kw_dose_dup_rest_string (kw_plan_item_get_dose (item));
          const char *variation = kw_plan_item_get_variation (item);
          const char *note = kw_plan_item_get_note (item);

          g_string_append_printf (out, "  - %s: %s, %s", kw_plan_item_get_name (item), dose, rest);
          if (variation != NULL)
            g_string_append_printf (out, " (%s)", variation);
          g_string_append (out, "\n");
          if (note != NULL)
            g_string_append_printf (out, "    %s\n", note);
        }
    }

  return g_string_free (out, FALSE);
}
