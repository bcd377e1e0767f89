/* kw-date.h: local calendar dates
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every rest, retest and run date is a local calendar day. Days are stepped
 * with GDate, never by adding 86400 seconds, so a DST change cannot move a
 * date.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void      kw_date_set_local      (GDate       *date,
                                  GDateTime   *now);
GDate     kw_date_plus_days      (const GDate *date,
                                  guint        days);
char     *kw_date_to_iso         (const GDate *date);
gboolean  kw_date_set_iso        (GDate       *date,
                                  const char  *iso);
char     *kw_date_format         (const GDate *date);
int       kw_date_days_between   (const GDate *from,
                                  const GDate *to);

G_END_DECLS
