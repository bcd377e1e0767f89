/* kw-schedule.c: when reminders fire, as pure functions of the time
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rules are wall-clock times ("18:00 on Mondays"). Their UTC instants are
 * found afresh for the zone in force by stepping calendar dates, never by
 * adding 86400 s, so a DST change or a new zone moves nothing the user set.
 * Every function takes the time as an argument: nothing here reads a clock.
 */

#define G_LOG_DOMAIN "kw-schedule"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kw-schedule.h"

#define SECONDS_PER_DAY 86400

/* Missed occurrences are counted over this much of the past at most, so a
 * computer off for a year costs no more than one off for a month.
 */
#define MAX_LOOKBACK_SECONDS (31 * SECONDS_PER_DAY)

/**
 * kw_schedule_dup_local_timezone:
 *
 * The zone in force now. Unlike g_time_zone_new_local(), which GLib caches
 * for the life of the process, this reads `$TZ` or `/etc/localtime` again on
 * every call, so a long-running service follows a change of zone.
 *
 * Returns: (transfer full): the local time zone
 */
GTimeZone *
kw_schedule_dup_local_timezone (void)
{
  const char *tz = g_getenv ("TZ");
  GTimeZone *zone = NULL;

  if (tz != NULL && *tz == ':')
    tz++;
  if (tz != NULL && *tz != '\0')
    zone = g_time_zone_new_identifier (tz);
  if (zone == NULL)
    zone = g_time_zone_new_identifier ("/etc/localtime");
  if (zone == NULL)
    zone = g_time_zone_new_utc ();

  return zone;
}

static gint64
offset_at (GTimeZone *tz,
           gint64     time)
{
  int interval = g_time_zone_find_interval (tz, G_TIME_TYPE_UNIVERSAL, time);

  return g_time_zone_get_offset (tz, interval);
}

/* The wall clock at @time, as seconds since 1970-01-01 00:00 local. */
static gint64
wall_at (GTimeZone *tz,
         gint64     time)
{
  return time + offset_at (tz, time);
}

static GDateTime *
wall_date_time (GTimeZone *tz,
                gint64     time)
{
  return g_date_time_new_from_unix_utc (wall_at (tz, time));
}

/**
 * kw_schedule_local_instant:
 * @tz: the time zone
 * @year: local date
 * @month: 1-12
 * @day: 1-31
 * @hour: local time, 0-23
 * @minute: 0-59
 *
 * The first instant at which the clock in @tz reads the given wall-clock
 * time or later. A time that happens twice (when clocks go back) gives the
 * first of the two; a time that does not exist (when clocks go forward)
 * gives the instant the clocks jump, the first valid one after it.
 *
 * Returns: UTC unix time, or 0 if the date is not valid
 */
gint64
kw_schedule_local_instant (GTimeZone *tz,
                           guint      year,
                           guint      month,
                           guint      day,
                           guint      hour,
                           guint      minute)
{
  g_autoptr(GDateTime) as_utc = NULL;
  gint64 wall, early, late, lo, hi;
  gint64 best = G_MAXINT64;

  g_return_val_if_fail (tz != NULL, 0);

  if (year < 1 || year > 9999 || !g_date_valid_dmy (day, month, year) ||
      hour > 23 || minute > 59)
    return 0;

  as_utc = g_date_time_new_utc (year, month, day, hour, minute, 0);
  wall = g_date_time_to_unix (as_utc);

  /* Zones change offset at most once in a day around any time we use, so
   * the offsets half a day either side cover every reading of @wall. */
  early = wall - offset_at (tz, wall - SECONDS_PER_DAY / 2);
  late = wall - offset_at (tz, wall + SECONDS_PER_DAY / 2);

  if (wall_at (tz, early) == wall)
    best = MIN (best, early);
  if (wall_at (tz, late) == wall)
    best = MIN (best, late);
  if (best != G_MAXINT64)
    return best;

  /* In the gap: find the jump, the first second whose wall clock is past
   * @wall. The wall clock only moves forward in a gap. */
  lo = MIN (early, late);
  hi = MAX (early, late);
  while (hi - lo > 1)
    {
      gint64 mid = lo + (hi - lo) / 2;

      if (wall_at (tz, mid) >= wall)
        hi = mid;
      else
        lo = mid;
    }

  return hi;
}

static gboolean
quiet_hours_active (const KwQuietHours *quiet)
{
  return quiet != NULL &&
         (quiet->start_hour != quiet->end_hour || quiet->start_minute != quiet->end_minute);
}

/**
 * kw_quiet_hours_contains:
 * @quiet: (nullable): quiet hours, or %NULL for none
 * @tz: the time zone
 * @time: UTC unix time
 *
 * Returns: %TRUE if @time falls inside the quiet hours
 */
gboolean
kw_quiet_hours_contains (const KwQuietHours *quiet,
                         GTimeZone          *tz,
                         gint64              time)
{
  g_autoptr(GDateTime) local = NULL;
  guint start, end, now;

  g_return_val_if_fail (tz != NULL, FALSE);

  if (!quiet_hours_active (quiet))
    return FALSE;

  local = wall_date_time (tz, time);
  now = g_date_time_get_hour (local) * 60 + g_date_time_get_minute (local);
  start = quiet->start_hour * 60 + quiet->start_minute;
  end = quiet->end_hour * 60 + quiet->end_minute;

  if (start < end)
    return now >= start && now < end;
  else
    return now >= start || now < end;
}

/**
 * kw_quiet_hours_defer:
 * @quiet: (nullable): quiet hours, or %NULL for none
 * @tz: the time zone
 * @time: UTC unix time
 *
 * Returns: @time if it is outside the quiet hours, otherwise the instant
 *   they end
 */
gint64
kw_quiet_hours_defer (const KwQuietHours *quiet,
                      GTimeZone          *tz,
                      gint64              time)
{
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) end_day = NULL;
  guint start, end, now;

  g_return_val_if_fail (tz != NULL, time);

  if (!kw_quiet_hours_contains (quiet, tz, time))
    return time;

  local = wall_date_time (tz, time);
  now = g_date_time_get_hour (local) * 60 + g_date_time_get_minute (local);
  start = quiet->start_hour * 60 + quiet->start_minute;
  end = quiet->end_hour * 60 + quiet->end_minute;

  /* Quiet hours over midnight, entered in the evening: they end tomorrow. */
  if (start > end && now >= start)
    end_day = g_date_time_add_days (local, 1);
  else
    end_day = g_date_time_ref (local);

  return kw_schedule_local_instant (tz,
                                    g_date_time_get_year (end_day),
                                    g_date_time_get_month (end_day),
                                    g_date_time_get_day_of_month (end_day),
                                    quiet->end_hour, quiet->end_minute);
}

/**
 * kw_schedule_next_occurrence:
 * @rule: a rule
 * @tz: the time zone its wall-clock times are in
 * @after: UTC unix time
 *
 * The first planned time of @rule strictly after @after, ignoring quiet
 * hours and snoozes.
 *
 * Returns: UTC unix time, or 0 if the rule will not fire again
 */
gint64
kw_schedule_next_occurrence (const KwReminderRule *rule,
                             GTimeZone            *tz,
                             gint64                after)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) day = NULL;

  g_return_val_if_fail (rule != NULL, 0);
  g_return_val_if_fail (tz != NULL, 0);

  if (!rule->enabled)
    return 0;

  if (kw_reminder_rule_is_once (rule))
    {
      gint64 t = kw_schedule_local_instant (tz, rule->year, rule->month, rule->day,
                                            rule->hour, rule->minute);
      return t > after ? t : 0;
    }

  if ((rule->weekdays & KW_WEEKDAYS_ALL) == 0)
    return 0;

  /* Noon on the local date of @after, in UTC: a pure calendar day to step. */
  start = wall_date_time (tz, after);
  day = g_date_time_new_utc (g_date_time_get_year (start),
                             g_date_time_get_month (start),
                             g_date_time_get_day_of_month (start),
                             12, 0, 0);

  /* The same weekday comes back after 7 days; 8 covers a time on the
   * first day that has already passed. */
  for (guint i = 0; i <= 7; i++)
    {
      g_autoptr(GDateTime) d = g_date_time_add_days (day, i);
      guint bit = 1u << (g_date_time_get_day_of_week (d) - 1);
      gint64 t;

      if ((rule->weekdays & bit) == 0)
        continue;

      t = kw_schedule_local_instant (tz,
                                     g_date_time_get_year (d),
                                     g_date_time_get_month (d),
                                     g_date_time_get_day_of_month (d),
                                     rule->hour, rule->minute);
      if (t > after)
        return t;
    }

  return 0;
}

/* Occurrences up to and including this one have been dealt with. */
static gint64
rule_handled_until (const KwReminderRule *rule)
{
  return MAX (rule->last_fired, rule->active_since - 1);
}

/**
 * kw_schedule_next_fire:
 * @rule: a rule
 * @quiet: (nullable): quiet hours
 * @tz: the time zone
 * @after: UTC unix time; pass %G_MININT64 for the rule's next pending
 *   firing even if it is already due
 *
 * When @rule fires next, strictly after @after: its next occurrence not yet
 * fired (see #KwReminderRule:last_fired), moved out of quiet hours, or a
 * pending snooze, whichever comes first.
 *
 * Returns: UTC unix time, or 0 if it will not fire again
 */
gint64
kw_schedule_next_fire (const KwReminderRule *rule,
                       const KwQuietHours   *quiet,
                       GTimeZone            *tz,
                       gint64                after)
{
  gint64 start, occurrence;
  gint64 best = 0;

  g_return_val_if_fail (rule != NULL, 0);
  g_return_val_if_fail (tz != NULL, 0);

  if (!rule->enabled)
    return 0;

  start = rule_handled_until (rule);

  /* Quiet hours move a time by less than a day, so nothing planned more
   * than two days before @after can fire after it. */
  if (after > G_MININT64 + 2 * SECONDS_PER_DAY)
    start = MAX (start, after - 2 * SECONDS_PER_DAY);

  occurrence = kw_schedule_next_occurrence (rule, tz, start);
  while (occurrence != 0 && kw_quiet_hours_defer (quiet, tz, occurrence) <= after)
    occurrence = kw_schedule_next_occurrence (rule, tz, occurrence);

  if (occurrence != 0)
    best = kw_quiet_hours_defer (quiet, tz, occurrence);

  if (rule->snoozed_until != 0)
    {
      gint64 snooze = kw_quiet_hours_defer (quiet, tz, rule->snoozed_until);

      if (snooze > after && (best == 0 || snooze < best))
        best = snooze;
    }

  return best;
}

/**
 * kw_schedule_collect_due:
 * @rules: (element-type KwReminderRule): the rules
 * @quiet: (nullable): quiet hours
 * @tz: the time zone
 * @now: UTC unix time
 *
 * What should fire at @now: for each enabled rule, its occurrences not yet
 * fired whose time (after quiet hours) has come, folded into one entry per
 * rule, and any snooze that has run out. The caller records each entry's
 * occurrence as the rule's last_fired, and clears a snooze it fired.
 *
 * Returns: (transfer container) (element-type KwScheduleDue): the due
 *   entries, in the order of @rules
 */
GPtrArray *
kw_schedule_collect_due (GPtrArray          *rules,
                         const KwQuietHours *quiet,
                         GTimeZone          *tz,
                         gint64              now)
{
  GPtrArray *due;

  g_return_val_if_fail (rules != NULL, NULL);
  g_return_val_if_fail (tz != NULL, NULL);

  due = g_ptr_array_new_with_free_func ((GDestroyNotify) kw_schedule_due_free);

  for (guint i = 0; i < rules->len; i++)
    {
      const KwReminderRule *rule = g_ptr_array_index (rules, i);
      gint64 start = MAX (rule_handled_until (rule), now - MAX_LOOKBACK_SECONDS);
      gint64 occurrence, latest = 0;
      guint n = 0;
      gboolean snoozed;
      KwScheduleDue *entry;

      if (!rule->enabled)
        continue;

      for (occurrence = kw_schedule_next_occurrence (rule, tz, start);
           occurrence != 0 && kw_quiet_hours_defer (quiet, tz, occurrence) <= now;
           occurrence = kw_schedule_next_occurrence (rule, tz, occurrence))
        {
          latest = occurrence;
          n++;
        }

      snoozed = rule->snoozed_until != 0 &&
                kw_quiet_hours_defer (quiet, tz, rule->snoozed_until) <= now;

      if (n == 0 && !snoozed)
        continue;

      entry = g_new0 (KwScheduleDue, 1);
      entry->rule = kw_reminder_rule_copy (rule);
      entry->n_occurrences = n;
      entry->snoozed = snoozed;
      if (n > 0)
        {
          entry->occurrence = latest;
          entry->fire_time = kw_quiet_hours_defer (quiet, tz, latest);
        }
      else
        {
          entry->occurrence = rule->last_fired;
          entry->fire_time = kw_quiet_hours_defer (quiet, tz, rule->snoozed_until);
        }
      entry->missed = now - entry->fire_time > KW_SCHEDULE_MISSED_AFTER_SECONDS;
      g_ptr_array_add (due, entry);
    }

  return due;
}

/**
 * kw_schedule_dup_missed_summary:
 * @missed: (element-type KwScheduleDue): missed entries
 *
 * Returns: (transfer full): the title of the one notification that stands
 *   for all of them
 */
char *
kw_schedule_dup_missed_summary (GPtrArray *missed)
{
  g_return_val_if_fail (missed != NULL, NULL);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "You missed %u reminder",
                                       "You missed %u reminders",
                                       missed->len),
                          missed->len);
}

/**
 * kw_schedule_dup_missed_body:
 * @missed: (element-type KwScheduleDue): missed entries
 * @tz: the time zone to show times in
 *
 * Returns: (transfer full): one line per missed reminder, with when it was
 *   due, for the folded notification
 */
char *
kw_schedule_dup_missed_body (GPtrArray *missed,
                             GTimeZone *tz)
{
  GString *body;

  g_return_val_if_fail (missed != NULL, NULL);
  g_return_val_if_fail (tz != NULL, NULL);

  body = g_string_new (NULL);

  for (guint i = 0; i < missed->len; i++)
    {
      const KwScheduleDue *entry = g_ptr_array_index (missed, i);
      g_autofree char *summary = kw_reminder_rule_dup_summary (entry->rule);
      g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (entry->fire_time);
      g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, tz);
      /* Translators: a weekday and time, see g_date_time_format() */
      g_autofree char *when = g_date_time_format (local, _("%a %H:%M"));

      if (body->len > 0)
        g_string_append_c (body, '\n');

      if (entry->n_occurrences > 1)
        /* Translators: a reminder's title, when it was last due, how often */
        g_string_append_printf (body, _("%s (last due %s, %u times)"),
                                summary, when, entry->n_occurrences);
      else
        /* Translators: a reminder's title and when it was due */
        g_string_append_printf (body, _("%s (due %s)"), summary, when);
    }

  return g_string_free (body, FALSE);
}

void
kw_schedule_due_free (KwScheduleDue *due)
{
  if (due == NULL)
    return;

  kw_reminder_rule_free (due->rule);
  g_free (due);
}
