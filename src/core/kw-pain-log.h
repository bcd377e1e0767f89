/* kw-pain-log.h: what the runner reports about one session
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * KwSessionStatus:
 * @KW_SESSION_DONE: the whole session was done
 * @KW_SESSION_PARTIAL: part of it was done
 * @KW_SESSION_SKIPPED: it was not done
 *
 * Only a done session can ever lead to progress.
 */
typedef enum
{
  KW_SESSION_DONE,
  KW_SESSION_PARTIAL,
  KW_SESSION_SKIPPED,
} KwSessionStatus;

/**
 * KwSwelling:
 * @KW_SWELLING_NONE: no swelling
 * @KW_SWELLING_SAME: some, no more than before
 * @KW_SWELLING_MORE: more than before
 */
typedef enum
{
  KW_SWELLING_NONE,
  KW_SWELLING_SAME,
  KW_SWELLING_MORE,
} KwSwelling;

/**
 * KwPainZone:
 * @KW_PAIN_ZONE_UNKNOWN: not enough answers yet (the next-morning check-in is missing)
 * @KW_PAIN_ZONE_GREEN: progress next time
 * @KW_PAIN_ZONE_AMBER: repeat the same dose
 * @KW_PAIN_ZONE_RED: step back for 48 hours
 */
typedef enum
{
  KW_PAIN_ZONE_UNKNOWN,
  KW_PAIN_ZONE_GREEN,
  KW_PAIN_ZONE_AMBER,
  KW_PAIN_ZONE_RED,
} KwPainZone;

#define KW_TYPE_PAIN_LOG (kw_pain_log_get_type ())

/* "Not answered (yet)" for the optional numbers of a log. */
#define KW_PAIN_UNKNOWN (-1)

/**
 * KwPainLog:
 * @date: the day of the session
 * @status: done, partial or skipped
 * @pain_during: worst pain during the session, 0-10 (%KW_PAIN_UNKNOWN if skipped)
 * @pain_evening: pain that evening, 0-10 or %KW_PAIN_UNKNOWN
 * @baseline: the runner's usual morning pain, 0-10 or %KW_PAIN_UNKNOWN
 * @morning: pain the next morning, 0-10 or %KW_PAIN_UNKNOWN until the check-in
 * @settled_by_midday: if the next morning was worse than usual, whether it
 *   settled by midday: %TRUE, %FALSE or %KW_PAIN_UNKNOWN
 * @swelling: swelling after the session
 * @limp: whether the runner limped
 * @running: whether the session was a run (stricter thresholds)
 *
 * The inputs of the pain-monitoring model (clinical.md section 6). A log is
 * saved after the session and completed by the next-morning check-in.
 */
typedef struct _KwPainLog KwPainLog;

struct _KwPainLog
{
  GDate           date;
  KwSessionStatus status;
  int             pain_during;
  int             pain_evening;
  int             baseline;
  int             morning;
  int             settled_by_midday;
  KwSwelling      swelling;
  gboolean        limp;
  gboolean        running;
};

GType       kw_pain_log_get_type         (void) G_GNUC_CONST;
KwPainLog  *kw_pain_log_new              (const GDate       *date,
                                          KwSessionStatus    status,
                                          int                pain_during);
KwPainLog  *kw_pain_log_copy             (const KwPainLog   *self);
void        kw_pain_log_free             (KwPainLog         *self);
gboolean    kw_pain_log_validate         (const KwPainLog   *self,
                                          GError           **error);
gboolean    kw_pain_log_has_morning      (const KwPainLog   *self);
KwPainZone  kw_pain_log_get_zone         (const KwPainLog   *self);

const char *kw_session_status_to_id      (KwSessionStatus    status);
gboolean    kw_session_status_from_id    (const char        *id,
                                          KwSessionStatus   *status);
const char *kw_swelling_to_id            (KwSwelling         swelling);
gboolean    kw_swelling_from_id          (const char        *id,
                                          KwSwelling        *swelling);
const char *kw_pain_zone_to_id           (KwPainZone         zone);
const char *kw_pain_zone_get_title       (KwPainZone         zone);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwPainLog, kw_pain_log_free)

G_END_DECLS
