/* kw-plan-prefs.c: how the runner wants to train
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kw-plan-prefs"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kw-plan.h"
#include "kw-plan-prefs.h"

G_DEFINE_BOXED_TYPE (KwPlanPrefs, kw_plan_prefs, kw_plan_prefs_copy, kw_plan_prefs_free)

/**
 * kw_plan_prefs_new:
 * @days_per_week: training days a week
 * @minutes_per_session: minutes a session
 * @equipment: what is at hand
 *
 * Returns: (transfer full): new preferences; see kw_plan_prefs_validate()
 */
KwPlanPrefs *
kw_plan_prefs_new (guint       days_per_week,
                   guint       minutes_per_session,
                   KwEquipment equipment)
{
  KwPlanPrefs *self = g_new0 (KwPlanPrefs, 1);

  self->days_per_week = days_per_week;
  self->minutes_per_session = minutes_per_session;
  self->equipment = equipment;
  return self;
}

/**
 * kw_plan_prefs_new_default:
 *
 * Three days a week, 30 minutes, at home (a wall and a step).
 *
 * Returns: (transfer full): the defaults
 */
KwPlanPrefs *
kw_plan_prefs_new_default (void)
{
  return kw_plan_prefs_new (3, 30, KW_EQUIPMENT_HOME);
}

KwPlanPrefs *
kw_plan_prefs_copy (const KwPlanPrefs *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_memdup2 (self, sizeof *self);
}

void
kw_plan_prefs_free (KwPlanPrefs *self)
{
  g_free (self);
}

/**
 * kw_plan_prefs_validate:
 * @self: a #KwPlanPrefs
 * @error: return location for %KW_PLAN_ERROR_INVALID_PREFS
 *
 * Returns: %TRUE if every preference is within range
 */
gboolean
kw_plan_prefs_validate (const KwPlanPrefs  *self,
                        GError            **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->days_per_week < KW_PLAN_PREFS_MIN_DAYS || self->days_per_week > KW_PLAN_PREFS_MAX_DAYS)
    {
      g_set_error (error, KW_PLAN_ERROR, KW_PLAN_ERROR_INVALID_PREFS,
                   _("Training days a week must be between %d and %d, not %u."),
                   KW_PLAN_PREFS_MIN_DAYS, KW_PLAN_PREFS_MAX_DAYS, self->days_per_week);
      return FALSE;
    }

  if (self->minutes_per_session < KW_PLAN_PREFS_MIN_MINUTES ||
      self->minutes_per_session > KW_PLAN_PREFS_MAX_MINUTES)
    {
      g_set_error (error, KW_PLAN_ERROR, KW_PLAN_ERROR_INVALID_PREFS,
                   _("Minutes a session must be between %d and %d, not %u."),
                   KW_PLAN_PREFS_MIN_MINUTES, KW_PLAN_PREFS_MAX_MINUTES,
                   self->minutes_per_session);
      return FALSE;
    }

  if ((self->equipment & ~KW_EQUIPMENT_ALL) != 0)
    {
      g_set_error (error, KW_PLAN_ERROR, KW_PLAN_ERROR_INVALID_PREFS,
                   _("The equipment list names something Kneewise does not know."));
      return FALSE;
    }

  return TRUE;
}
