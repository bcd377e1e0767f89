/* kw-week-sheet.c: what goes on one printed week of the plan
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sheet is the page's content and nothing else: no fonts, no sizes.
 * The renderer (kw-sheet-renderer.c) decides where things go, so the same
 * sheet can be checked as text by the tests and drawn on any paper.
 */

#define G_LOG_DOMAIN "kw-week-sheet"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kw-week-sheet.h"

typedef struct
{
  GPtrArray      *exercises;   /* KwSheetExercise */
  KwSheetWalkRun *walk_run;
  gboolean        rest;
} Day;

struct _KwWeekSheet
{
  GObject    parent_instance;

  GDate      first_day;
  char      *title;
  char      *subtitle;
  char      *runner_name;
  Day        days[KW_WEEK_SHEET_N_DAYS];
  GPtrArray *avoid;        /* utf8 */
  GPtrArray *stop_signs;   /* utf8 */
};

G_DEFINE_FINAL_TYPE (KwWeekSheet, kw_week_sheet, G_TYPE_OBJECT)

/* g_set_str() is GLib 2.76, above our fence. */
static void
set_str (char       **field,
         const char  *value)
{
  char *copy = g_strdup (value);

  g_free (*field);
  *field = copy;
}

static void
sheet_exercise_free (gpointer data)
{
  KwSheetExercise *exercise = data;

  g_free (exercise->id);
  g_free (exercise->name);
  g_free (exercise->dose);
  g_free (exercise);
}

static void
sheet_walk_run_free (KwSheetWalkRun *walk_run)
{
  g_free (walk_run->title);
  g_free (walk_run->detail);
  g_free (walk_run);
}

static void
kw_week_sheet_finalize (GObject *object)
{
  KwWeekSheet *self = (KwWeekSheet *) object;

  for (guint i = 0; i < KW_WEEK_SHEET_N_DAYS; i++)
    {
      g_clear_pointer (&self->days[i].exercises, g_ptr_array_unref);
      g_clear_pointer (&self->days[i].walk_run, sheet_walk_run_free);
    }
  g_clear_pointer (&self->avoid, g_ptr_array_unref);
  g_clear_pointer (&self->stop_signs, g_ptr_array_unref);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->subtitle, g_free);
  g_clear_pointer (&self->runner_name, g_free);

  G_OBJECT_CLASS (kw_week_sheet_parent_class)->finalize (object);
}

static void
kw_week_sheet_class_init (KwWeekSheetClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kw_week_sheet_finalize;
}

static void
kw_week_sheet_init (KwWeekSheet *self)
{
  for (guint i = 0; i < KW_WEEK_SHEET_N_DAYS; i++)
    self->days[i].exercises = g_ptr_array_new_with_free_func (sheet_exercise_free);
  self->avoid = g_ptr_array_new_with_free_func (g_free);
  self->stop_signs = g_ptr_array_new_with_free_func (g_free);
  g_date_clear (&self->first_day, 1);
}

/**
 * kw_week_sheet_new:
 * @first_day: the date of the sheet's first day
 *
 * Creates an empty sheet for the seven days from @first_day.
 *
 * Returns: (transfer full): a new #KwWeekSheet
 */
KwWeekSheet *
kw_week_sheet_new (const GDate *first_day)
{
  KwWeekSheet *self;

  g_return_val_if_fail (first_day != NULL && g_date_valid (first_day), NULL);

  self = g_object_new (KW_TYPE_WEEK_SHEET, NULL);
  self->first_day = *first_day;

  return self;
}

const GDate *
kw_week_sheet_get_first_day (KwWeekSheet *self)
{
  g_return_val_if_fail (KW_IS_WEEK_SHEET (self), NULL);

  return &self->first_day;
}

/**
 * kw_week_sheet_get_day_date:
 * @self: a #KwWeekSheet
 * @day: 0 for the first day of the sheet, up to 6
 * @date: (out caller-allocates): the date of that day
 */
void
kw_week_sheet_get_day_date (KwWeekSheet *self,
                            guint        day,
                            GDate       *date)
{
  g_return_if_fail (KW_IS_WEEK_SHEET (self));
  g_return_if_fail (day < KW_WEEK_SHEET_N_DAYS);
  g_return_if_fail (date != NULL);

  *date = self->first_day;
  g_date_add_days (date, day);
}

const char *
kw_week_sheet_get_title (KwWeekSheet *self)
{
  g_return_val_if_fail (KW_IS_WEEK_SHEET (self), NULL);

  return self->title;
}

/**
 * kw_week_sheet_set_title:
 * @self: a #KwWeekSheet
 * @title: (nullable): what the plan is for, translated
 */
void
kw_week_sheet_set_title (KwWeekSheet *self,
                         const char  *title)
{
  g_return_if_fail (KW_IS_WEEK_SHEET (self));

  set_str (&self->title, title);
}

const char *
kw_week_sheet_get_subtitle (KwWeekSheet *self)
{
  g_return_val_if_fail (KW_IS_WEEK_SHEET (self), NULL);

  return self->subtitle;
}

/**
 * kw_week_sheet_set_subtitle:
 * @self: a #KwWeekSheet
 * @subtitle: (nullable): where the week sits in the plan ("Phase 2: Strength"), translated
 */
void
kw_week_sheet_set_subtitle (KwWeekSheet *self,
                            const char  *subtitle)
{
  g_return_if_fail (KW_IS_WEEK_SHEET (self));

  set_str (&self->subtitle, subtitle);
}

const char *
kw_week_sheet_get_runner_name (KwWeekSheet *self)
{
  g_return_val_if_fail (KW_IS_WEEK_SHEET (self), NULL);

  return self->runner_name;
}

/**
 * kw_week_sheet_set_runner_name:
 * @self: a #KwWeekSheet
 * @name: (nullable): the runner's name; blank counts as no name
 */
void
kw_week_sheet_set_runner_name (KwWeekSheet *self,
                               const char  *name)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (KW_IS_WEEK_SHEET (self));

  if (name != NULL)
    stripped = g_strstrip (g_strdup (name));

  g_clear_pointer (&self->runner_name, g_free);
  if (stripped != NULL && *stripped != '\0')
    self->runner_name = g_steal_pointer (&stripped);
}

/**
 * kw_week_sheet_add_exercise:
 * @self: a #KwWeekSheet
 * @day: 0 to 6
 * @id: the catalogue id (also the picture's name)
 * @name: the exercise's name, translated
 * @dose: the dose, translated
 * @sets: the number of sets, one tick box each (at least 1)
 *
 * Adds an exercise to a day; the day stops being a rest day.
 */
void
kw_week_sheet_add_exercise (KwWeekSheet *self,
                            guint        day,
                            const char  *id,
                            const char  *name,
                            const char  *dose,
                            guint        sets)
{
  KwSheetExercise *exercise;

  g_return_if_fail (KW_IS_WEEK_SHEET (self));
  g_return_if_fail (day < KW_WEEK_SHEET_N_DAYS);
  g_return_if_fail (id != NULL && name != NULL && dose != NULL);

  exercise = g_new0 (KwSheetExercise, 1);
  exercise->id = g_strdup (id);
  exercise->name = g_strdup (name);
  exercise->dose = g_strdup (dose);
  exercise->sets = MAX (sets, 1);
  g_ptr_array_add (self->days[day].exercises, exercise);
  self->days[day].rest = FALSE;
}

guint
kw_week_sheet_get_n_exercises (KwWeekSheet *self,
                               guint        day)
{
  g_return_val_if_fail (KW_IS_WEEK_SHEET (self), 0);
  g_return_val_if_fail (day < KW_WEEK_SHEET_N_DAYS, 0);

  return self->days[day].exercises->len;
}

/**
 * kw_week_sheet_get_exercise:
 *
 * Returns: (transfer none): the exercise at @position on @day
 */
const KwSheetExercise *
kw_week_sheet_get_exercise (KwWeekSheet *self,
                            guint        day,
                            guint        position)
{
  g_return_val_if_fail (KW_IS_WEEK_SHEET (self), NULL);
  g_return_val_if_fail (day < KW_WEEK_SHEET_N_DAYS, NULL);
  g_return_val_if_fail (position < self->days[day].exercises->len, NULL);

  return g_ptr_array_index (self->days[day].exercises, position);
}

/**
 * kw_week_sheet_set_walk_run:
 * @self: a #KwWeekSheet
 * @day: 0 to 6
 * @title: (nullable): a short name of the session, or %NULL for none that day
 * @detail: (nullable): the session with its intervals
 * @repeats: the number of run/walk repeats (0 for one continuous run)
 */
void
kw_week_sheet_set_walk_run (KwWeekSheet *self,
                            guint        day,
                            const char  *title,
                            const char  *detail,
                            guint        repeats)
{
  KwSheetWalkRun *walk_run = NULL;

  g_return_if_fail (KW_IS_WEEK_SHEET (self));
  g_return_if_fail (day < KW_WEEK_SHEET_N_DAYS);
  g_return_if_fail (title == NULL || detail != NULL);

  if (title != NULL)
    {
      walk_run = g_new0 (KwSheetWalkRun, 1);
      walk_run->title = g_strdup (title);
      walk_run->detail = g_strdup (detail);
      walk_run->repeats = repeats;
      self->days[day].rest = FALSE;
    }

  g_clear_pointer (&self->days[day].walk_run, sheet_walk_run_free);
  self->days[day].walk_run = walk_run;
}

/**
 * kw_week_sheet_get_walk_run:
 *
 * Returns: (transfer none) (nullable): the walk-run session of @day
 */
const KwSheetWalkRun *
kw_week_sheet_get_walk_run (KwWeekSheet *self,
                            guint        day)
{
  g_return_val_if_fail (KW_IS_WEEK_SHEET (self), NULL);
  g_return_val_if_fail (day < KW_WEEK_SHEET_N_DAYS, NULL);

  return self->days[day].walk_run;
}

gboolean
kw_week_sheet_has_walk_run (KwWeekSheet *self)
{
  g_return_val_if_fail (KW_IS_WEEK_SHEET (self), FALSE);

  for (guint i = 0; i < KW_WEEK_SHEET_N_DAYS; i++)
    {
      if (self->days[i].walk_run != NULL)
        return TRUE;
    }

  return FALSE;
}

/**
 * kw_week_sheet_set_rest_day:
 * @self: a #KwWeekSheet
 * @day: 0 to 6
 * @rest: whether the plan makes @day a rest day
 *
 * A rest day has no exercise and no run, so making a day a rest day
 * clears what was on it.
 */
void
kw_week_sheet_set_rest_day (KwWeekSheet *self,
                            guint        day,
                            gboolean     rest)
{
  g_return_if_fail (KW_IS_WEEK_SHEET (self));
  g_return_if_fail (day < KW_WEEK_SHEET_N_DAYS);

  if (rest)
    {
      g_ptr_array_set_size (self->days[day].exercises, 0);
      g_clear_pointer (&self->days[day].walk_run, sheet_walk_run_free);
    }
  self->days[day].rest = !!rest;
}

gboolean
kw_week_sheet_is_rest_day (KwWeekSheet *self,
                           guint        day)
{
  g_return_val_if_fail (KW_IS_WEEK_SHEET (self), FALSE);
  g_return_val_if_fail (day < KW_WEEK_SHEET_N_DAYS, FALSE);

  return self->days[day].rest;
}

/**
 * kw_week_sheet_has_session:
 *
 * Returns: whether @day has exercises or a run, so it gets pain boxes
 */
gboolean
kw_week_sheet_has_session (KwWeekSheet *self,
                           guint        day)
{
  g_return_val_if_fail (KW_IS_WEEK_SHEET (self), FALSE);
  g_return_val_if_fail (day < KW_WEEK_SHEET_N_DAYS, FALSE);

  return self->days[day].exercises->len > 0 || self->days[day].walk_run != NULL;
}

void
kw_week_sheet_add_avoid (KwWeekSheet *self,
                         const char  *text)
{
  g_return_if_fail (KW_IS_WEEK_SHEET (self));
  g_return_if_fail (text != NULL);

  g_ptr_array_add (self->avoid, g_strdup (text));
}

/**
 * kw_week_sheet_get_avoid:
 *
 * Returns: (transfer none) (element-type utf8): the exercises and activities
 *   to avoid this week
 */
GPtrArray *
kw_week_sheet_get_avoid (KwWeekSheet *self)
{
  g_return_val_if_fail (KW_IS_WEEK_SHEET (self), NULL);

  return self->avoid;
}

void
kw_week_sheet_add_stop_sign (KwWeekSheet *self,
                             const char  *text)
{
  g_return_if_fail (KW_IS_WEEK_SHEET (self));
  g_return_if_fail (text != NULL);

  g_ptr_array_add (self->stop_signs, g_strdup (text));
}

/**
 * kw_week_sheet_get_stop_signs:
 *
 * Returns: (transfer none) (element-type utf8): the signs that mean stop and
 *   see someone
 */
GPtrArray *
kw_week_sheet_get_stop_signs (KwWeekSheet *self)
{
  g_return_val_if_fail (KW_IS_WEEK_SHEET (self), NULL);

  return self->stop_signs;
}

/**
 * kw_week_sheet_to_text:
 * @self: a #KwWeekSheet
 *
 * Writes the sheet as plain text, one fact a line, for golden tests and
 * for reading in a terminal. Dates are ISO 8601; the content is as given.
 *
 * Returns: (transfer full): the text
 */
char *
kw_week_sheet_to_text (KwWeekSheet *self)
{
  static const char *weekdays[] = { "", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
  GString *out;
  GDate last;

  g_return_val_if_fail (KW_IS_WEEK_SHEET (self), NULL);

  out = g_string_new (NULL);
  kw_week_sheet_get_day_date (self, KW_WEEK_SHEET_N_DAYS - 1, &last);
  g_string_append_printf (out, "week %04d-%02d-%02d to %04d-%02d-%02d\n",
                          g_date_get_year (&self->first_day),
                          g_date_get_month (&self->first_day),
                          g_date_get_day (&self->first_day),
                          g_date_get_year (&last), g_date_get_month (&last),
                          g_date_get_day (&last));
  if (self->title != NULL)
    g_string_append_printf (out, "title: %s\n", self->title);
  if (self->subtitle != NULL)
    g_string_append_printf (out, "subtitle: %s\n", self->subtitle);
  if (self->runner_name != NULL)
    g_string_append_printf (out, "runner: %s\n", self->runner_name);

  for (guint i = 0; i < KW_WEEK_SHEET_N_DAYS; i++)
    {
      const Day *day = &self->days[i];
      GDate date;

      kw_week_sheet_get_day_date (self, i, &date);
      g_string_append_printf (out, "%s %04d-%02d-%02d:",
                              weekdays[g_date_get_weekday (&date)],
                              g_date_get_year (&date), g_date_get_month (&date),
                              g_date_get_day (&date));
      if (day->rest)
        g_string_append (out, " rest day");
      else if (!kw_week_sheet_has_session (self, i))
        g_string_append (out, " nothing planned");
      g_string_append_c (out, '\n');

      for (guint j = 0; j < day->exercises->len; j++)
        {
          const KwSheetExercise *e = g_ptr_array_index (day->exercises, j);

          g_string_append_printf (out, "  exercise %s: %s, %s, %u tick box%s\n",
                                  e->id, e->name, e->dose, e->sets,
                                  e->sets == 1 ? "" : "es");
        }
      if (day->walk_run != NULL)
        g_string_append_printf (out, "  walk-run %s: %s, %u tick box%s\n",
                                day->walk_run->title, day->walk_run->detail,
                                day->walk_run->repeats,
                                day->walk_run->repeats == 1 ? "" : "es");
      if (kw_week_sheet_has_session (self, i))
        g_string_append_printf (out, "  pain boxes:%s%s next-morning\n",
                                day->exercises->len > 0 ? " exercises" : "",
                                day->walk_run != NULL ? " run" : "");
    }

  for (guint i = 0; i < self->avoid->len; i++)
    g_string_append_printf (out, "avoid: %s\n", (const char *) g_ptr_array_index (self->avoid, i));
  for (guint i = 0; i < self->stop_signs->len; i++)
    g_string_append_printf (out, "stop: %s\n",
                            (const char *) g_ptr_array_index (self->stop_signs, i));

  return g_string_free (out, FALSE);
}
