/* kw-date.c: local calendar dates
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kw-date"

#include "config.h"

#include <string.h>

#include "kw-date.h"

/**
 * kw_date_set_local:
 * @date: the date to set
 * @now: an instant; converted to local time first
 *
 * Sets @date to the local calendar day of @now.
 */
void
kw_date_set_local (GDate     *date,
                   GDateTime *now)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_if_fail (date != NULL);
  g_return_if_fail (now != NULL);

  local = g_date_time_to_local (now);
  g_date_clear (date, 1);
  g_date_set_dmy (date,
                  (GDateDay) g_date_time_get_day_of_month (local),
                  (GDateMonth) g_date_time_get_month (local),
                  (GDateYear) g_date_time_get_year (local));
}

/**
 * kw_date_plus_days:
 *
 * Returns: the calendar day @days after @date
 */
GDate
kw_date_plus_days (const GDate *date,
                   guint        days)
{
  GDate result;

  g_date_clear (&result, 1);
  g_return_val_if_fail (date != NULL && g_date_valid (date), result);

  result = *date;
  g_date_add_days (&result, days);
  return result;
}

/**
 * kw_date_to_iso:
 *
 * Returns: (transfer full): "YYYY-MM-DD", as stored in the database
 */
char *
kw_date_to_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u",
                          (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}

/**
 * kw_date_set_iso:
 * @date: (out): the date
 * @iso: "YYYY-MM-DD"
 *
 * Strict: anything but a real calendar day in exactly that form is refused.
 *
 * Returns: %TRUE if @iso was a valid date
 */
gboolean
kw_date_set_iso (GDate      *date,
                 const char *iso)
{
  guint y, m, d;

  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  if (iso == NULL || strlen (iso) != 10 || iso[4] != '-' || iso[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (iso[i]))
      return FALSE;

  y = (guint) g_ascii_strtoull (iso, NULL, 10);
  m = (guint) g_ascii_strtoull (iso + 5, NULL, 10);
  d = (guint) g_ascii_strtoull (iso + 8, NULL, 10);
  if (!g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;

  g_date_set_dmy (date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return TRUE;
}

/**
 * kw_date_format:
 *
 * Returns: (transfer full): the date as the runner reads it ("Fri 27 Mar 2026"),
 *   in the current locale
 */
char *
kw_date_format (const GDate *date)
{
  g_autoptr(GDateTime) dt = NULL;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  dt = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                              g_date_get_day (date), 12, 0, 0);
  return g_date_time_format (dt, "%a %-d %b %Y");
}

/**
 * kw_date_days_between:
 *
 * Returns: calendar days from @from to @to (negative if @to is earlier)
 */
int
kw_date_days_between (const GDate *from,
                      const GDate *to)
{
  g_return_val_if_fail (from != NULL && g_date_valid (from), 0);
  g_return_val_if_fail (to != NULL && g_date_valid (to), 0);

  return g_date_days_between (from, to);
}
