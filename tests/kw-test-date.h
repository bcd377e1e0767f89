/* kw-test-date.h: a calendar day in one expression, for the tests
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @y-@m-@d as a valid GDate, returned by value so a test can write the
 * dates it means inline: kw_test_day (2026, 11, 2). */
static inline GDate
kw_test_day (guint y,
             guint m,
             guint d)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  return date;
}

G_END_DECLS
