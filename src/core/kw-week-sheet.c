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
#include "kw-walk-run.h"

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

/* From the plan */

/* The signs that mean stop and see someone, as printed at the foot of each
 * week. Content, kept with its source (clinical.md sections 2, 3 and 6). */
static const struct {
  const char *text;
  const char *source;
  const char *evidence;
} stop_signs[] = {
  { N_("Pain makes you limp or changes the way you move"),
    "clinical.md 3: stop when pain changes gait (Silbernagel pain-monitoring model)", "E" },
  { N_("Pain goes above 5 out of 10 during a session, or is worse the next morning and "
       "not settled by midday: do less for two days"),
    "clinical.md 6: red zone of the pain-monitoring model (Silbernagel 2007)", "RCT" },
  { N_("The knee swells more, locks, catches or gives way: stop and see a physio or GP"),
    "clinical.md 2: same-day and soon tiers", "E" },
  { N_("Pain at rest or at night, or no better after two weeks: book a physio or GP"),
    "clinical.md 2 and 3: soon tier; day-14 review", "G" },
  { N_("A hot, red, swollen knee with fever, or a swollen, warm, painful calf: get "
       "emergency care now"),
    "clinical.md 2: emergency tier (septic arthritis, DVT)", "E" },
};

/* How many weeks each phase usually lasts, for "print the whole phase"
 * (clinical.md 5, common frame [D]). Return to run is gated by tests, not
 * by time: four weeks is what fits on a fridge door. */
static const guint phase_weeks[] = {
  [KW_PHASE_SETTLE] = 2,
  [KW_PHASE_STRENGTH] = 4,
  [KW_PHASE_CAPACITY] = 4,
  [KW_PHASE_RETURN_TO_RUN] = 4,
};

static void
monday_of (const GDate *day,
           GDate       *monday)
{
  *monday = *day;
  g_date_subtract_days (monday, g_date_get_weekday (day) - G_DATE_MONDAY);
}

static void
set_walk_run_level (KwWeekSheet *self,
                    guint        day,
                    guint        level)
{
  const KwWalkRunLevel *l = kw_walk_run_get_level (level);
  g_autofree char *title = NULL;
  g_autofree char *session = NULL;
  g_autofree char *detail = NULL;

  g_return_if_fail (l != NULL);

  /* Translators: a walk-run level on the printed week ("Level 3") */
  title = g_strdup_printf (_("Level %u"), level);
  session = kw_walk_run_level_describe (level);
  /* Translators: %u is minutes of warm-up; %s is the session
   * ("6 × (run 1 min, walk 4 min), 30 min") */
  detail = g_strdup_printf (_("%u min brisk walk, then %s"), KW_WALK_RUN_WARM_UP_MIN, session);
  kw_week_sheet_set_walk_run (self, day, title, detail, l->walk_min == 0 ? 1 : l->repeats);
}

/* The walk-run sessions of the week: the runs already logged in it, then
 * the coming sessions every other day from the next one the program allows,
 * at the current level (the level only moves up after sessions go well, so
 * a sheet printed ahead cannot know more). */
static void
add_walk_runs (KwWeekSheet          *self,
               const KwReturnStatus *status)
{
  const KwWalkRunState *state = &status->walk_run;
  GDate last;

  kw_week_sheet_get_day_date (self, KW_WEEK_SHEET_N_DAYS - 1, &last);

  for (guint i = 0; status->runs != NULL && i < status->runs->len; i++)
    {
      const KwRunLog *run = &g_array_index (status->runs, KwRunLog, i);
      int day = (int) g_date_days_between (&self->first_day, &run->date);

      if (day < 0 || day >= KW_WEEK_SHEET_N_DAYS || run->level == 0)
        continue;
      set_walk_run_level (self, (guint) day, run->level);
    }

  if (state->stage != KW_WALK_RUN_ACTIVE || !g_date_valid (&state->next_date) ||
      kw_walk_run_get_level (state->level) == NULL)
    return;

  for (GDate date = state->next_date; g_date_compare (&date, &last) <= 0;
       g_date_add_days (&date, KW_WALK_RUN_MIN_GAP_DAYS))
    {
      int day = (int) g_date_days_between (&self->first_day, &date);

      if (day >= 0 && self->days[day].walk_run == NULL)
        set_walk_run_level (self, (guint) day, state->level);
    }
}

/**
 * kw_week_sheet_new_for_plan:
 * @plan: the active plan
 * @day: any day of the week to print (weeks start on Monday, as the plan's)
 * @status: (nullable): where the runner stands on the way back to running,
 *   for the walk-run sessions
 * @runner_name: (nullable): the runner's name
 *
 * Returns: (transfer full): the week of @plan that holds @day, ready to print
 */
KwWeekSheet *
kw_week_sheet_new_for_plan (KwPlan               *plan,
                            const GDate          *day,
                            const KwReturnStatus *status,
                            const char           *runner_name)
{
  g_autoptr(KwPlanWeek) week = NULL;
  g_autofree char *subtitle = NULL;
  const KwProgram *program;
  KwWeekSheet *self;
  KwPhase phase;
  GDate monday;

  g_return_val_if_fail (KW_IS_PLAN (plan), NULL);
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);

  monday_of (day, &monday);
  week = kw_plan_get_week (plan, &monday);
  program = kw_plan_get_program (plan);
  phase = kw_plan_week_get_phase (week);

  self = kw_week_sheet_new (&monday);
  kw_week_sheet_set_title (self, kw_program_get_title (program));
  /* Translators: the phase of the plan on the printed week: its number, then
   * its name ("Phase 2: Strength") */
  subtitle = g_strdup_printf (_("Phase %1$d: %2$s"), (int) phase, kw_phase_get_title (phase));
  kw_week_sheet_set_subtitle (self, subtitle);
  kw_week_sheet_set_runner_name (self, runner_name);

  for (guint i = 0; i < KW_WEEK_SHEET_N_DAYS; i++)
    {
      KwPlanDay *plan_day = kw_plan_week_get_day (week, i);

      if (plan_day == NULL || kw_plan_day_get_kind (plan_day) == KW_PLAN_DAY_NOT_STARTED)
        continue;
      if (kw_plan_day_is_rest (plan_day))
        {
          kw_week_sheet_set_rest_day (self, i, TRUE);
          continue;
        }

      for (guint j = 0; j < kw_plan_day_get_n_items (plan_day); j++)
        {
          KwPlanItem *item = kw_plan_day_get_item (plan_day, j);
          const char *variation = kw_plan_item_get_variation (item);
          g_autofree char *dose = kw_plan_item_dup_dose_string (item);
          g_autofree char *name = NULL;

          if (variation != NULL)
            /* Translators: an exercise and the harder step in place
             * ("Side-lying hip abduction (1 kg ankle weight)") */
            name = g_strdup_printf (_("%1$s (%2$s)"), kw_plan_item_get_name (item), variation);
          else
            name = g_strdup (kw_plan_item_get_name (item));

          kw_week_sheet_add_exercise (self, i, kw_plan_item_get_exercise_id (item), name, dose,
                                      kw_plan_item_get_dose (item)->sets);
        }
    }

  if (status != NULL)
    add_walk_runs (self, status);

  for (guint i = 0; i < kw_program_get_n_avoids (program); i++)
    {
      const KwAvoid *avoid = kw_program_get_avoid (program, i);

      if (kw_avoid_applies_in_phase (avoid, phase))
        kw_week_sheet_add_avoid (self, kw_avoid_get_what (avoid));
    }

  for (guint i = 0; i < G_N_ELEMENTS (stop_signs); i++)
    kw_week_sheet_add_stop_sign (self, _(stop_signs[i].text));

  return self;
}

/**
 * kw_week_sheet_load:
 * @store: the store
 * @first_day: any day of the first week to print
 * @n_weeks: how many weeks, 1 to %KW_WEEK_SHEET_MAX_WEEKS
 * @today: today, for the walk-run sessions still to come
 * @error: return location for a #GError
 *
 * Reads the active plan, the way back to running and the runner's name,
 * and makes one sheet a week.
 *
 * Returns: (transfer full) (element-type KwWeekSheet): the weeks, or %NULL
 *   with %KW_PLAN_ERROR_NO_ACTIVE_PLAN when there is no plan to print
 */
GPtrArray *
kw_week_sheet_load (KwStore      *store,
                    const GDate  *first_day,
                    guint         n_weeks,
                    const GDate  *today,
                    GError      **error)
{
  g_autoptr(GPtrArray) sheets = NULL;
  g_autoptr(KwPlan) plan = NULL;
  g_autofree char *runner_name = NULL;
  KwReturnStatus status;
  GDate day;

  g_return_val_if_fail (KW_IS_STORE (store), NULL);
  g_return_val_if_fail (first_day != NULL && g_date_valid (first_day), NULL);
  g_return_val_if_fail (n_weeks >= 1 && n_weeks <= KW_WEEK_SHEET_MAX_WEEKS, NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  plan = kw_plan_load_active (store, error);
  if (plan == NULL)
    return NULL;
  if (!kw_return_status_load (store, today, &status, error))
    return NULL;

  runner_name = kw_store_dup_value (store, "runner-name");
  sheets = g_ptr_array_new_with_free_func (g_object_unref);
  day = *first_day;
  for (guint i = 0; i < n_weeks; i++)
    {
      g_ptr_array_add (sheets, kw_week_sheet_new_for_plan (plan, &day, &status, runner_name));
      g_date_add_days (&day, 7);
    }
  kw_return_status_clear (&status);

  return g_steal_pointer (&sheets);
}

/**
 * kw_week_sheet_get_phase_weeks:
 * @plan: the active plan
 * @today: today
 * @first_monday: (out caller-allocates): the Monday of the phase's first week
 * @n_weeks: (out): how many weeks the phase usually has, and at least up to
 *   this week
 *
 * The weeks of the current phase, for "print the whole phase".
 */
void
kw_week_sheet_get_phase_weeks (KwPlan      *plan,
                               const GDate *today,
                               GDate       *first_monday,
                               guint       *n_weeks)
{
  KwPhase phase;
  GDate start, this_monday;
  guint weeks;

  g_return_if_fail (KW_IS_PLAN (plan));
  g_return_if_fail (today != NULL && g_date_valid (today));
  g_return_if_fail (first_monday != NULL && n_weeks != NULL);

  phase = kw_plan_get_phase_on (plan, today);
  g_return_if_fail (KW_PHASE_IS_VALID (phase));

  /* The phase began on the first day, walking back from today, that the
   * plan was in it (or on the plan's first day). */
  start = *today;
  while (g_date_compare (&start, kw_plan_get_start_date (plan)) > 0)
    {
      GDate before = start;

      g_date_subtract_days (&before, 1);
      if (kw_plan_get_phase_on (plan, &before) != phase)
        break;
      start = before;
    }

  monday_of (&start, first_monday);
  monday_of (today, &this_monday);
  weeks = phase_weeks[phase];
  /* A phase that lasts longer than usual still prints up to this week. */
  weeks = MAX (weeks, (guint) (g_date_days_between (first_monday, &this_monday) / 7 + 1));
  *n_weeks = MIN (weeks, KW_WEEK_SHEET_MAX_WEEKS);
}

/**
 * kw_sheet_range_from_name:
 * @name: "this-week", "next-week" or "phase"
 * @range: (out): the range
 *
 * Returns: %TRUE if @name names a range
 */
gboolean
kw_sheet_range_from_name (const char   *name,
                          KwSheetRange *range)
{
  static const char *names[] = {
    [KW_SHEET_RANGE_THIS_WEEK] = "this-week",
    [KW_SHEET_RANGE_NEXT_WEEK] = "next-week",
    [KW_SHEET_RANGE_PHASE] = "phase",
  };

  g_return_val_if_fail (range != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (g_strcmp0 (name, names[i]) == 0)
        {
          *range = (KwSheetRange) i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * kw_week_sheet_load_range:
 * @store: the store
 * @range: which weeks
 * @today: today
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type KwWeekSheet): the weeks of @range,
 *   or %NULL with %KW_PLAN_ERROR_NO_ACTIVE_PLAN when there is no plan
 */
GPtrArray *
kw_week_sheet_load_range (KwStore       *store,
                          KwSheetRange   range,
                          const GDate   *today,
                          GError       **error)
{
  g_autoptr(KwPlan) plan = NULL;
  GDate first;
  guint n_weeks = 1;

  g_return_val_if_fail (KW_IS_STORE (store), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  first = *today;
  switch (range)
    {
    case KW_SHEET_RANGE_THIS_WEEK:
      break;

    case KW_SHEET_RANGE_NEXT_WEEK:
      g_date_add_days (&first, 7);
      break;

    case KW_SHEET_RANGE_PHASE:
      plan = kw_plan_load_active (store, error);
      if (plan == NULL)
        return NULL;
      kw_week_sheet_get_phase_weeks (plan, today, &first, &n_weeks);
      break;

    default:
      g_return_val_if_reached (NULL);
    }

  return kw_week_sheet_load (store, &first, n_weeks, today, error);
}
