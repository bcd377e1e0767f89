/* kw-reminder-rule.c: one reminder, in wall-clock form
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kw-reminder-rule"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kw-reminder-rule.h"
#include "kw-store.h"

/* What each kind says. The words are kind on purpose: a reminder that nags
 * gets turned off, and then the plan is not done.
 */
static const struct {
  const char *id;
  const char *title;
  const char *summary;
  const char *body;
  guint8      hour;
  guint8      minute;
  gboolean    repeating;
} kinds[KW_REMINDER_N_KINDS] = {
  [KW_REMINDER_KIND_EXERCISE_SESSION] = {
    "exercise-session",
    N_("Exercise sessions"),
    N_("Time for your knee exercises"),
    N_("Today’s session is ready. Go at your own pace and note how your knee feels."),
    18, 0, TRUE,
  },
  [KW_REMINDER_KIND_MORNING_CHECK_IN] = {
    "morning-check-in",
    N_("Morning check-ins"),
    N_("How is your knee this morning?"),
    N_("Note how it feels compared with usual. The answer decides the next session."),
    8, 0, TRUE,
  },
  [KW_REMINDER_KIND_REASSESSMENT] = {
    "reassessment",
    N_("Reassessments"),
    N_("Time to check your knee again"),
    N_("A short reassessment shows whether the plan still fits."),
    10, 0, FALSE,
  },
  [KW_REMINDER_KIND_SEE_SOMEONE] = {
    "see-someone",
    N_("Seeing a physio or doctor"),
    N_("Have your knee looked at"),
    N_("You planned to see a physio or doctor by today. If you haven’t booked yet, "
       "please do."),
    9, 0, FALSE,
  },
  [KW_REMINDER_KIND_READINESS_RETEST] = {
    "readiness-retest",
    N_("Running readiness retests"),
    N_("Ready to retest for running?"),
    N_("Your return-to-run checks are due again. They take about 15 minutes."),
    17, 0, FALSE,
  },
  [KW_REMINDER_KIND_WALK_RUN_SESSION] = {
    "walk-run-session",
    N_("Walk-run sessions"),
    N_("Walk-run session today"),
    N_("Warm up with a brisk walk, keep an easy pace, and stop if the pain rises."),
    18, 0, TRUE,
  },
};

G_DEFINE_BOXED_TYPE (KwReminderRule, kw_reminder_rule,
                     kw_reminder_rule_copy, kw_reminder_rule_free)

static KwReminderRule *
rule_new (KwReminderKind  kind,
          guint           hour,
          guint           minute,
          const char     *target)
{
  KwReminderRule *rule = g_new0 (KwReminderRule, 1);

  rule->kind = kind;
  rule->hour = MIN (hour, 255);
  rule->minute = MIN (minute, 255);
  rule->enabled = TRUE;
  rule->target = g_strdup (target);
  return rule;
}

/**
 * kw_reminder_rule_new_weekly:
 * @kind: what the reminder is about
 * @hour: local hour, 0-23
 * @minute: local minute, 0-59
 * @weekdays: a #KwWeekdays set
 * @target: what "Open" shows and "Done" logs
 *
 * Values are not checked here; see kw_reminder_rule_validate().
 *
 * Returns: (transfer full): a new enabled rule
 */
KwReminderRule *
kw_reminder_rule_new_weekly (KwReminderKind  kind,
                             guint           hour,
                             guint           minute,
                             guint           weekdays,
                             const char     *target)
{
  KwReminderRule *rule;

  g_return_val_if_fail (kind < KW_REMINDER_N_KINDS, NULL);
  g_return_val_if_fail (target != NULL, NULL);

  rule = rule_new (kind, hour, minute, target);
  rule->weekdays = weekdays & 0xff;
  return rule;
}

/**
 * kw_reminder_rule_new_once:
 * @kind: what the reminder is about
 * @hour: local hour, 0-23
 * @minute: local minute, 0-59
 * @year: local date
 * @month: 1-12
 * @day: 1-31
 * @target: what "Open" shows and "Done" logs
 *
 * Returns: (transfer full): a new enabled one-off rule
 */
KwReminderRule *
kw_reminder_rule_new_once (KwReminderKind  kind,
                           guint           hour,
                           guint           minute,
                           guint           year,
                           guint           month,
                           guint           day,
                           const char     *target)
{
  KwReminderRule *rule;

  g_return_val_if_fail (kind < KW_REMINDER_N_KINDS, NULL);
  g_return_val_if_fail (target != NULL, NULL);

  rule = rule_new (kind, hour, minute, target);
  rule->year = MIN (year, G_MAXUINT16);
  rule->month = MIN (month, 255);
  rule->day = MIN (day, 255);
  return rule;
}

KwReminderRule *
kw_reminder_rule_copy (const KwReminderRule *rule)
{
  KwReminderRule *copy;

  g_return_val_if_fail (rule != NULL, NULL);

  copy = g_memdup2 (rule, sizeof *rule);
  copy->target = g_strdup (rule->target);
  copy->label = g_strdup (rule->label);
  return copy;
}

void
kw_reminder_rule_free (KwReminderRule *rule)
{
  if (rule == NULL)
    return;

  g_free (rule->target);
  g_free (rule->label);
  g_free (rule);
}

/**
 * kw_reminder_rule_is_once:
 * @rule: a rule
 *
 * Returns: %TRUE for a rule that fires on one date only
 */
gboolean
kw_reminder_rule_is_once (const KwReminderRule *rule)
{
  g_return_val_if_fail (rule != NULL, FALSE);

  return rule->year != 0;
}

/**
 * kw_reminder_rule_validate:
 * @rule: a rule
 * @error: return location for a %KW_STORE_ERROR_INVALID error
 *
 * Returns: %TRUE if the rule can be saved; otherwise @error names the
 *   problem in words for the user
 */
gboolean
kw_reminder_rule_validate (const KwReminderRule  *rule,
                           GError               **error)
{
  g_return_val_if_fail (rule != NULL, FALSE);

  if (rule->kind >= KW_REMINDER_N_KINDS)
    {
      g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID,
                   _("This reminder has an unknown kind (%d)."), (int) rule->kind);
      return FALSE;
    }

  if (rule->hour > 23 || rule->minute > 59)
    {
      g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID,
                   _("%u:%02u is not a time of day. Use a time from 00:00 to 23:59."),
                   rule->hour, rule->minute);
      return FALSE;
    }

  if (rule->year != 0)
    {
      if (rule->weekdays != 0)
        {
          g_set_error_literal (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID,
                               _("A reminder is either on one date or on days of the week, "
                                 "not both."));
          return FALSE;
        }
      if (rule->year > 9999 || !g_date_valid_dmy (rule->day, rule->month, rule->year))
        {
          g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID,
                       _("%04u-%02u-%02u is not a date in the calendar."),
                       rule->year, rule->month, rule->day);
          return FALSE;
        }
    }
  else if ((rule->weekdays & KW_WEEKDAYS_ALL) == 0 || (rule->weekdays & ~KW_WEEKDAYS_ALL) != 0)
    {
      g_set_error_literal (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID,
                           _("Choose at least one day of the week for this reminder."));
      return FALSE;
    }

  if (rule->target == NULL || *rule->target == '\0' || !g_utf8_validate (rule->target, -1, NULL))
    {
      g_set_error_literal (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID,
                           _("This reminder does not say what it is for."));
      return FALSE;
    }

  if (rule->label != NULL && !g_utf8_validate (rule->label, -1, NULL))
    {
      g_set_error_literal (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID,
                           _("This reminder’s description is not valid text."));
      return FALSE;
    }

  return TRUE;
}

/**
 * kw_reminder_rule_dup_summary:
 * @rule: a rule
 *
 * Returns: (transfer full): the notification's title, translated
 */
char *
kw_reminder_rule_dup_summary (const KwReminderRule *rule)
{
  g_return_val_if_fail (rule != NULL, NULL);
  g_return_val_if_fail (rule->kind < KW_REMINDER_N_KINDS, NULL);

  return g_strdup (_(kinds[rule->kind].summary));
}

/**
 * kw_reminder_rule_dup_body:
 * @rule: a rule
 *
 * Returns: (transfer full): the notification's text, translated, with the
 *   rule's label first if it has one
 */
char *
kw_reminder_rule_dup_body (const KwReminderRule *rule)
{
  g_return_val_if_fail (rule != NULL, NULL);
  g_return_val_if_fail (rule->kind < KW_REMINDER_N_KINDS, NULL);

  if (rule->label != NULL && *rule->label != '\0')
    /* Translators: a detail ("Week 2, level 3") and the reminder's text */
    return g_strdup_printf (_("%s. %s"), rule->label, _(kinds[rule->kind].body));

  return g_strdup (_(kinds[rule->kind].body));
}

/**
 * kw_reminder_kind_to_id:
 * @kind: a #KwReminderKind
 *
 * Returns: the stable id ("exercise-session") kept in the database
 */
const char *
kw_reminder_kind_to_id (KwReminderKind kind)
{
  g_return_val_if_fail (kind < KW_REMINDER_N_KINDS, NULL);

  return kinds[kind].id;
}

/**
 * kw_reminder_kind_from_id:
 * @id: (nullable): an id from kw_reminder_kind_to_id()
 * @kind: (out): where to store the kind
 *
 * Returns: %TRUE if @id names a kind
 */
gboolean
kw_reminder_kind_from_id (const char     *id,
                          KwReminderKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  for (guint i = 0; i < KW_REMINDER_N_KINDS; i++)
    {
      if (g_strcmp0 (id, kinds[i].id) == 0)
        {
          *kind = i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * kw_reminder_kind_get_title:
 * @kind: a #KwReminderKind
 *
 * Returns: the kind's name for Preferences, translated
 */
const char *
kw_reminder_kind_get_title (KwReminderKind kind)
{
  g_return_val_if_fail (kind < KW_REMINDER_N_KINDS, NULL);

  return _(kinds[kind].title);
}

/**
 * kw_reminder_kind_is_repeating:
 * @kind: a #KwReminderKind
 *
 * Returns: %TRUE for kinds that repeat on days of the week (sessions,
 *   check-ins), %FALSE for kinds due on one date (reassessment…)
 */
gboolean
kw_reminder_kind_is_repeating (KwReminderKind kind)
{
  g_return_val_if_fail (kind < KW_REMINDER_N_KINDS, FALSE);

  return kinds[kind].repeating;
}

/**
 * kw_reminder_kind_is_logged_in_app:
 * @kind: a #KwReminderKind
 *
 * Sessions, check-ins and walk-run sessions are only done once the runner
 * logs them with their pain scores, which a notification button cannot
 * ask for: their notifications offer "Log It…" (open the app) instead of
 * "Done". The log then marks the reminder done (kw-reminder-derive.c).
 *
 * Returns: whether @kind is done by logging it in the app
 */
gboolean
kw_reminder_kind_is_logged_in_app (KwReminderKind kind)
{
  g_return_val_if_fail (kind < KW_REMINDER_N_KINDS, FALSE);

  return kind == KW_REMINDER_KIND_EXERCISE_SESSION ||
         kind == KW_REMINDER_KIND_MORNING_CHECK_IN ||
         kind == KW_REMINDER_KIND_WALK_RUN_SESSION;
}

/**
 * kw_reminder_kind_get_default_time:
 * @kind: a #KwReminderKind
 * @hour: (out): local hour
 * @minute: (out): local minute
 *
 * The time a kind fires at until the user picks another.
 */
void
kw_reminder_kind_get_default_time (KwReminderKind  kind,
                                   guint          *hour,
                                   guint          *minute)
{
  g_return_if_fail (kind < KW_REMINDER_N_KINDS);
  g_return_if_fail (hour != NULL && minute != NULL);

  *hour = kinds[kind].hour;
  *minute = kinds[kind].minute;
}

/**
 * kw_reminder_parse_time:
 * @text: a time as "HH:MM" (24-hour)
 * @hour: (out): the hour
 * @minute: (out): the minute
 * @error: return location for a %KW_STORE_ERROR_INVALID error
 *
 * Returns: %TRUE if @text is a time of day
 */
gboolean
kw_reminder_parse_time (const char  *text,
                        guint       *hour,
                        guint       *minute,
                        GError     **error)
{
  guint h, m;

  g_return_val_if_fail (hour != NULL && minute != NULL, FALSE);

  if (text != NULL &&
      strlen (text) == 5 &&
      g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[1]) && text[2] == ':' &&
      g_ascii_isdigit (text[3]) && g_ascii_isdigit (text[4]))
    {
      h = (text[0] - '0') * 10 + (text[1] - '0');
      m = (text[3] - '0') * 10 + (text[4] - '0');
      if (h <= 23 && m <= 59)
        {
          *hour = h;
          *minute = m;
          return TRUE;
        }
    }

  g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID,
               _("“%s” is not a time of day. Write it as hours and minutes, like 07:30."),
               text != NULL ? text : "");
  return FALSE;
}

/**
 * kw_reminder_format_time:
 * @hour: 0-23
 * @minute: 0-59
 *
 * Returns: (transfer full): "HH:MM", the form kept in the database
 */
char *
kw_reminder_format_time (guint hour,
                         guint minute)
{
  return g_strdup_printf ("%02u:%02u", hour, minute);
}
