/* kw-pain-log.c: what the runner reports about one session
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kw-pain-log"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kw-pain-log.h"
#include "kw-plan.h"

G_DEFINE_BOXED_TYPE (KwPainLog, kw_pain_log, kw_pain_log_copy, kw_pain_log_free)

/* clinical.md section 6, app defaults [D]. Running is judged more strictly. */
#define GREEN_MAX_DURING 3
#define GREEN_MAX_DURING_RUNNING 2
#define AMBER_MAX_DURING 5

/**
 * kw_pain_log_new:
 * @date: the day of the session
 * @status: done, partial or skipped
 * @pain_during: worst pain during it (0-10), or %KW_PAIN_UNKNOWN if skipped
 *
 * The next-morning answers start as %KW_PAIN_UNKNOWN; the baseline as 0.
 *
 * Returns: (transfer full): a new log
 */
KwPainLog *
kw_pain_log_new (const GDate     *date,
                 KwSessionStatus  status,
                 int              pain_during)
{
  KwPainLog *self = g_new0 (KwPainLog, 1);

  g_date_clear (&self->date, 1);
  if (date != NULL && g_date_valid (date))
    self->date = *date;
  self->status = status;
  self->pain_during = pain_during;
  self->pain_evening = KW_PAIN_UNKNOWN;
  self->baseline = 0;
  self->morning = KW_PAIN_UNKNOWN;
  self->settled_by_midday = KW_PAIN_UNKNOWN;
  self->swelling = KW_SWELLING_NONE;
  return self;
}

KwPainLog *
kw_pain_log_copy (const KwPainLog *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_memdup2 (self, sizeof *self);
}

void
kw_pain_log_free (KwPainLog *self)
{
  g_free (self);
}

static gboolean
pain_in_range (int pain,
               gboolean optional)
{
  return (pain >= 0 && pain <= 10) || (optional && pain == KW_PAIN_UNKNOWN);
}

/**
 * kw_pain_log_validate:
 * @self: a #KwPainLog
 * @error: return location for %KW_PLAN_ERROR_INVALID_LOG
 *
 * Returns: %TRUE if the log can be saved
 */
gboolean
kw_pain_log_validate (const KwPainLog  *self,
                      GError          **error)
{
  const char *problem = NULL;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!g_date_valid (&self->date))
    problem = _("The session has no valid date.");
  else if ((guint) self->status > KW_SESSION_SKIPPED)
    problem = _("A session is done, partly done or skipped; nothing else.");
  else if (!pain_in_range (self->pain_during, self->status == KW_SESSION_SKIPPED))
    problem = _("Pain during the session must be a number from 0 to 10.");
  else if (!pain_in_range (self->pain_evening, TRUE))
    problem = _("Pain in the evening must be a number from 0 to 10.");
  else if (!pain_in_range (self->baseline, FALSE))
    problem = _("Your usual morning pain must be a number from 0 to 10.");
  else if (!pain_in_range (self->morning, TRUE))
    problem = _("Pain the next morning must be a number from 0 to 10.");
  else if (self->settled_by_midday != TRUE && self->settled_by_midday != FALSE &&
           self->settled_by_midday != KW_PAIN_UNKNOWN)
    problem = _("Whether the pain settled by midday must be yes, no or not known.");
  else if ((guint) self->swelling > KW_SWELLING_MORE)
    problem = _("Swelling must be none, the same or more.");

  if (problem != NULL)
    {
      g_set_error_literal (error, KW_PLAN_ERROR, KW_PLAN_ERROR_INVALID_LOG, problem);
      return FALSE;
    }

  return TRUE;
}

/**
 * kw_pain_log_has_morning:
 * @self: a #KwPainLog
 *
 * Returns: whether the next-morning check-in is in
 */
gboolean
kw_pain_log_has_morning (const KwPainLog *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->morning != KW_PAIN_UNKNOWN;
}

/**
 * kw_pain_log_get_zone:
 * @self: a #KwPainLog
 *
 * Green, amber or red (clinical.md section 6). Red needs only one sign, so
 * it is known straight after the session; green needs the next morning.
 * A skipped session has no zone.
 *
 * Returns: the zone, or %KW_PAIN_ZONE_UNKNOWN
 */
KwPainZone
kw_pain_log_get_zone (const KwPainLog *self)
{
  int green_max;
  int morning_rise = 0;

  g_return_val_if_fail (self != NULL, KW_PAIN_ZONE_UNKNOWN);

  if (self->status == KW_SESSION_SKIPPED || self->pain_during == KW_PAIN_UNKNOWN)
    return KW_PAIN_ZONE_UNKNOWN;

  if (kw_pain_log_has_morning (self))
    morning_rise = self->morning - self->baseline;

  if (self->pain_during > AMBER_MAX_DURING || self->limp || self->swelling == KW_SWELLING_MORE ||
      morning_rise >= 2 || (morning_rise >= 1 && self->settled_by_midday == FALSE))
    return KW_PAIN_ZONE_RED;

  green_max = self->running ? GREEN_MAX_DURING_RUNNING : GREEN_MAX_DURING;
  if (self->pain_during > green_max || morning_rise == 1)
    return KW_PAIN_ZONE_AMBER;

  if (!kw_pain_log_has_morning (self))
    return KW_PAIN_ZONE_UNKNOWN;

  return KW_PAIN_ZONE_GREEN;
}

static const char *status_ids[] = { "done", "partial", "skipped" };
static const char *swelling_ids[] = { "none", "same", "more" };
static const char *zone_ids[] = { "unknown", "green", "amber", "red" };

const char *
kw_session_status_to_id (KwSessionStatus status)
{
  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (status_ids), NULL);
  return status_ids[status];
}

gboolean
kw_session_status_from_id (const char      *id,
                           KwSessionStatus *status)
{
  g_return_val_if_fail (status != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (status_ids); i++)
    {
      if (g_strcmp0 (id, status_ids[i]) == 0)
        {
          *status = (KwSessionStatus) i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
kw_swelling_to_id (KwSwelling swelling)
{
  g_return_val_if_fail ((guint) swelling < G_N_ELEMENTS (swelling_ids), NULL);
  return swelling_ids[swelling];
}

gboolean
kw_swelling_from_id (const char *id,
                     KwSwelling *swelling)
{
  g_return_val_if_fail (swelling != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (swelling_ids); i++)
    {
      if (g_strcmp0 (id, swelling_ids[i]) == 0)
        {
          *swelling = (KwSwelling) i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
kw_pain_zone_to_id (KwPainZone zone)
{
  g_return_val_if_fail ((guint) zone < G_N_ELEMENTS (zone_ids), NULL);
  return zone_ids[zone];
}

/**
 * kw_pain_zone_get_title:
 * @zone: a #KwPainZone
 *
 * Returns: what the zone means for the next session
 */
const char *
kw_pain_zone_get_title (KwPainZone zone)
{
  switch (zone)
    {
    case KW_PAIN_ZONE_UNKNOWN: return _("Waiting for the next-morning check-in");
    case KW_PAIN_ZONE_GREEN: return _("Green: step up next time");
    case KW_PAIN_ZONE_AMBER: return _("Amber: same again next time");
    case KW_PAIN_ZONE_RED: return _("Red: step back for 48 hours");
    default: g_return_val_if_reached (NULL);
    }
}
