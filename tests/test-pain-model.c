/* test-pain-model.c: the pain-monitoring model over simulated weeks of logs
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A runner with a PFP plan (Monday, Wednesday, Friday) logs each session
 * and the next-morning check-in through the real store; time is injected
 * as the date of each log.
 */

#include "config.h"

#include <string.h>

#include "kw-pain-model.h"
#include "kw-plan-private.h"
#include "kw-return-store.h"
#include "kw-store-private.h"

typedef struct
{
  KwStore *store;
  KwPlan  *plan;
  GDate    start;
  GPtrArray *changes;  /* every change made, in order */
} Sim;

static void
sim_init (Sim        *sim,
          const char *condition)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KwPlanPrefs) prefs = kw_plan_prefs_new (3, 30, KW_EQUIPMENT_HOME);

  sim->store = kw_store_open_default (&error);
  g_assert_no_error (error);
  g_date_clear (&sim->start, 1);
  g_date_set_dmy (&sim->start, 5, 1, 2026);  /* a Monday */
  sim->plan = kw_plan_new (condition, KW_TRIAGE_REST_AND_REHAB, &sim->start, prefs, &error);
  g_assert_no_error (error);
  g_assert_true (kw_plan_save (sim->plan, sim->store, &error));
  g_assert_no_error (error);
  sim->changes = g_ptr_array_new_with_free_func (g_object_unref);
}

static void
sim_clear (Sim *sim)
{
  g_clear_object (&sim->plan);
  g_clear_object (&sim->store);
  g_clear_pointer (&sim->changes, g_ptr_array_unref);
}

static void
keep_changes (Sim       *sim,
              GPtrArray *changes)
{
  for (guint i = 0; i < changes->len; i++)
    g_ptr_array_add (sim->changes, g_object_ref (g_ptr_array_index (changes, i)));
}

typedef struct
{
  KwSessionStatus status;
  int             during;
  int             morning_rise;   /* next morning against the usual (baseline 1) */
  int             settled;        /* TRUE, FALSE or KW_PAIN_UNKNOWN */
  KwSwelling      swelling;
  gboolean        limp;
} Session;

#define GREEN(p) ((Session) { KW_SESSION_DONE, p, 0, KW_PAIN_UNKNOWN, KW_SWELLING_NONE, FALSE })
#define AMBER(p) ((Session) { KW_SESSION_DONE, p, 0, KW_PAIN_UNKNOWN, KW_SWELLING_NONE, FALSE })
#define SKIPPED ((Session) { KW_SESSION_SKIPPED, KW_PAIN_UNKNOWN, 0, KW_PAIN_UNKNOWN, KW_SWELLING_NONE, FALSE })

/* The session after it, then the next-morning check-in the day after. */
static void
sim_log (Sim           *sim,
         const GDate   *date,
         const Session *s)
{
  g_autoptr(KwPainLog) log = kw_pain_log_new (date, s->status, s->during);
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  GDate next_day = *date;
  GDate after_three = *date;

  g_date_add_days (&after_three, 3);

  log->baseline = 1;
  log->swelling = s->swelling;
  log->limp = s->limp;
  g_assert_true (kw_plan_log_session (sim->plan, sim->store, log, date, &changes, &error));
  g_assert_no_error (error);
  keep_changes (sim, changes);
  g_clear_pointer (&changes, g_ptr_array_unref);

  g_date_add_days (&next_day, 1);

  /* The next morning asks for the check-in; three days on, it no longer does. */
  if (s->status == KW_SESSION_SKIPPED)
    g_assert_null (kw_plan_get_pending_check_in (sim->plan, &next_day));
  else
    {
      g_assert_true (kw_plan_get_pending_check_in (sim->plan, &next_day) ==
                     kw_plan_get_log (sim->plan, date));
      g_assert_null (kw_plan_get_pending_check_in (sim->plan, date));
      g_assert_null (kw_plan_get_pending_check_in (sim->plan, &after_three));
    }
  if (s->status == KW_SESSION_SKIPPED)
    return;

  log->morning = log->baseline + s->morning_rise;
  log->settled_by_midday = s->settled;
  g_assert_true (kw_plan_log_session (sim->plan, sim->store, log, &next_day, &changes, &error));
  g_assert_no_error (error);
  keep_changes (sim, changes);
  g_assert_null (kw_plan_get_pending_check_in (sim->plan, &next_day));
}

/* Logs every training day of the week starting @monday. */
static void
sim_week (Sim           *sim,
          const GDate   *monday,
          const Session *s)
{
  for (guint i = 0; i < 7; i++)
    {
      GDate date = *monday;
      g_autoptr(KwPlanDay) day = NULL;

      g_date_add_days (&date, i);
      day = kw_plan_get_day (sim->plan, &date);
      if (!kw_plan_day_is_rest (day))
        sim_log (sim, &date, s);
    }
}

static guint
count_kind (Sim              *sim,
            KwPlanChangeKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < sim->changes->len; i++)
    n += kw_plan_change_get_kind (g_ptr_array_index (sim->changes, i)) == kind;
  return n;
}

static KwPlanChange *
find_change (Sim              *sim,
             KwPlanChangeKind  kind,
             const char       *exercise_id)
{
  for (guint i = 0; i < sim->changes->len; i++)
    {
      KwPlanChange *c = g_ptr_array_index (sim->changes, i);

      if (kw_plan_change_get_kind (c) == kind &&
          g_strcmp0 (kw_plan_change_get_exercise_id (c), exercise_id) == 0)
        return c;
    }
  return NULL;
}

static void
week_monday (Sim   *sim,
             guint  week,
             GDate *monday)
{
  *monday = sim->start;
  g_date_add_days (monday, 7 * week);
}

/* Which exercises fall on which day, doses left out. */
static char *
week_layout (KwPlan      *plan,
             const GDate *monday)
{
  g_autoptr(KwPlanWeek) week = kw_plan_get_week (plan, monday);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < 7; i++)
    {
      KwPlanDay *day = kw_plan_week_get_day (week, i);

      for (guint j = 0; j < kw_plan_day_get_n_items (day); j++)
        g_string_append_printf (out, "%s,",
                                kw_plan_item_get_exercise_id (kw_plan_day_get_item (day, j)));
      g_string_append (out, ";");
    }
  return g_string_free (out, FALSE);
}

/* ---- Pure model ------------------------------------------------------- */

static void
test_zones (void)
{
  const struct {
    int during, baseline, morning, settled; KwSwelling swelling; gboolean limp, running;
    KwPainZone zone;
  } cases[] = {
    { 0, 1, 1, -1, KW_SWELLING_NONE, FALSE, FALSE, KW_PAIN_ZONE_GREEN },
    { 3, 1, 0, -1, KW_SWELLING_NONE, FALSE, FALSE, KW_PAIN_ZONE_GREEN },
    { 3, 1, 1, -1, KW_SWELLING_SAME, FALSE, FALSE, KW_PAIN_ZONE_GREEN },
    { 4, 1, 1, -1, KW_SWELLING_NONE, FALSE, FALSE, KW_PAIN_ZONE_AMBER },
    { 5, 1, 1, -1, KW_SWELLING_NONE, FALSE, FALSE, KW_PAIN_ZONE_AMBER },
    { 6, 1, 1, -1, KW_SWELLING_NONE, FALSE, FALSE, KW_PAIN_ZONE_RED },
    { 3, 1, 1, -1, KW_SWELLING_NONE, FALSE, TRUE, KW_PAIN_ZONE_AMBER },   /* running: ≤2 */
    { 2, 1, 1, -1, KW_SWELLING_NONE, FALSE, TRUE, KW_PAIN_ZONE_GREEN },
    { 2, 1, 2, TRUE, KW_SWELLING_NONE, FALSE, FALSE, KW_PAIN_ZONE_AMBER },  /* +1, settled */
    { 2, 1, 2, -1, KW_SWELLING_NONE, FALSE, FALSE, KW_PAIN_ZONE_AMBER },
    { 2, 1, 2, FALSE, KW_SWELLING_NONE, FALSE, FALSE, KW_PAIN_ZONE_RED },  /* not settled */
    { 2, 1, 3, TRUE, KW_SWELLING_NONE, FALSE, FALSE, KW_PAIN_ZONE_RED },   /* +2 */
    { 1, 1, 1, -1, KW_SWELLING_MORE, FALSE, FALSE, KW_PAIN_ZONE_RED },
    { 1, 1, 1, -1, KW_SWELLING_NONE, TRUE, FALSE, KW_PAIN_ZONE_RED },
    { 2, 1, -1, -1, KW_SWELLING_NONE, FALSE, FALSE, KW_PAIN_ZONE_UNKNOWN },  /* no morning yet */
    { 4, 1, -1, -1, KW_SWELLING_NONE, FALSE, FALSE, KW_PAIN_ZONE_AMBER },
    { 7, 1, -1, -1, KW_SWELLING_NONE, FALSE, FALSE, KW_PAIN_ZONE_RED },
  };
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 5, 1, 2026);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(KwPainLog) log = kw_pain_log_new (&date, KW_SESSION_DONE, cases[i].during);

      log->baseline = cases[i].baseline;
      log->morning = cases[i].morning;
      log->settled_by_midday = cases[i].settled;
      log->swelling = cases[i].swelling;
      log->limp = cases[i].limp;
      log->running = cases[i].running;
      g_test_message ("case %u", i);
      g_assert_true (kw_pain_log_validate (log, NULL));
      g_assert_cmpint (kw_pain_log_get_zone (log), ==, cases[i].zone);
    }

  {
    g_autoptr(KwPainLog) skipped = kw_pain_log_new (&date, KW_SESSION_SKIPPED, KW_PAIN_UNKNOWN);
    g_assert_cmpint (kw_pain_log_get_zone (skipped), ==, KW_PAIN_ZONE_UNKNOWN);
  }
}

static void
test_log_validate (void)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 5, 1, 2026);

  {
    g_autoptr(KwPainLog) log = kw_pain_log_new (&date, KW_SESSION_DONE, 11);
    g_assert_false (kw_pain_log_validate (log, &error));
    g_assert_error (error, KW_PLAN_ERROR, KW_PLAN_ERROR_INVALID_LOG);
    g_assert_nonnull (strstr (error->message, "0 to 10"));
    g_clear_error (&error);
  }
  {
    g_autoptr(KwPainLog) log = kw_pain_log_new (&date, KW_SESSION_DONE, KW_PAIN_UNKNOWN);
    g_assert_false (kw_pain_log_validate (log, &error));
    g_clear_error (&error);
  }
  {
    g_autoptr(KwPainLog) log = kw_pain_log_new (NULL, KW_SESSION_DONE, 2);
    g_assert_false (kw_pain_log_validate (log, &error));
    g_assert_nonnull (strstr (error->message, "date"));
    g_clear_error (&error);
  }
  {
    g_autoptr(KwPainLog) log = kw_pain_log_new (&date, KW_SESSION_DONE, 2);
    log->morning = -3;
    g_assert_false (kw_pain_log_validate (log, &error));
    g_assert_nonnull (strstr (error->message, "next morning"));
    g_clear_error (&error);
  }
}

static void
assert_progress (const char *id,
                 const KwDose *from,
                 const char *expected_dose,
                 const char *expected_what)
{
  const KwExercise *e = kw_exercise_lookup (id);
  g_autofree char *what = NULL;
  g_autofree char *text = NULL;
  KwDose next;

  g_assert_true (kw_pain_model_progress_dose (e, from, &next, &what));
  text = kw_dose_to_string (&next);
  g_assert_cmpstr (text, ==, expected_dose);
  g_assert_cmpstr (what, ==, expected_what);
}

/* One variable at a time: reps to the top, sets 3→4, then a harder step;
 * holds +5 s to their ceiling, then load. */
static void
test_progress_steps (void)
{
  const KwExercise *abduction = kw_exercise_lookup ("side-lying-hip-abduction");
  const KwExercise *wall_sit = kw_exercise_lookup ("wall-sit");
  const KwExercise *hsr = kw_exercise_lookup ("heavy-slow-resistance");
  const KwExercise *stretch = kw_exercise_lookup ("calf-stretch");
  KwDose d = *kw_exercise_get_start_dose (abduction);
  KwDose next;
  const char *expected[] = { "3 × 12 each side", "3 × 14 each side", "3 × 15 each side",
                             "4 × 15 each side", "4 × 10 each side" };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *text = NULL;

      g_assert_true (kw_pain_model_progress_dose (abduction, &d, &next, NULL));
      text = kw_dose_to_string (&next);
      g_assert_cmpstr (text, ==, expected[i]);
      d = next;
    }
  g_assert_cmpuint (d.level, ==, 1);

  {
    KwDose s = *kw_exercise_get_start_dose (abduction);
    assert_progress ("side-lying-hip-abduction", &s, "3 × 12 each side", "12 repetitions");
    s.reps = 15;
    assert_progress ("side-lying-hip-abduction", &s, "4 × 15 each side", "4 sets");
    s.sets = 4;
    assert_progress ("side-lying-hip-abduction", &s, "4 × 10 each side",
                     "0.5 kg ankle weight, 10 repetitions");
  }

  d = *kw_exercise_get_start_dose (wall_sit);
  assert_progress ("wall-sit", &d, "5 × 35 s hold", "35 s holds");
  d.hold_s = 45;
  assert_progress ("wall-sit", &d, "5 × 45 s hold", "Slide a little lower, to about 60° of knee bend");

  d = *kw_exercise_get_start_dose (hsr);
  assert_progress ("heavy-slow-resistance", &d, "4 × 12", "Heavier: 4 × 12");
  d.level = 4;
  d.reps = 6;
  g_assert_false (kw_pain_model_progress_dose (hsr, &d, &next, NULL));
  g_assert_true (kw_dose_equal (&d, &next));

  /* Stretches don't progress. */
  d = *kw_exercise_get_start_dose (stretch);
  g_assert_false (kw_pain_model_progress_dose (stretch, &d, &next, NULL));
}

static void
test_step_back_steps (void)
{
  const KwExercise *abduction = kw_exercise_lookup ("side-lying-hip-abduction");
  const KwExercise *wall_sit = kw_exercise_lookup ("wall-sit");
  KwDose d = *kw_exercise_get_start_dose (abduction);
  KwDose next;
  g_autofree char *what = NULL;
  g_autofree char *text = NULL;

  /* A set fewer: a third less volume. */
  g_assert_true (kw_pain_model_step_back_dose (abduction, &d, &next, &what));
  text = kw_dose_to_string (&next);
  g_assert_cmpstr (text, ==, "2 × 10 each side");
  g_assert_cmpstr (what, ==, "2 sets");
  g_clear_pointer (&what, g_free);

  /* A harder step comes off first. */
  d.level = 2;
  g_assert_true (kw_pain_model_step_back_dose (abduction, &d, &next, &what));
  g_assert_cmpuint (next.level, ==, 1);
  g_assert_cmpuint (next.sets, ==, 3);
  g_assert_cmpstr (what, ==, "0.5 kg ankle weight");
  g_clear_pointer (&what, g_free);

  /* Holds about 30% shorter, in whole 5 s, never under 10 s. */
  d = *kw_exercise_get_start_dose (wall_sit);
  g_assert_true (kw_pain_model_step_back_dose (wall_sit, &d, &next, &what));
  g_assert_cmpuint (next.hold_s, ==, 20);
  g_clear_pointer (&what, g_free);
  d.hold_s = 10;
  d.sets = 1;
  g_assert_false (kw_pain_model_step_back_dose (wall_sit, &d, &next, NULL));
}

/* ---- Simulated weeks -------------------------------------------------- */

static void
test_all_green (void)
{
  Sim sim = { 0 };
  GDate monday, last_progress;
  g_autofree char *why = NULL;
  g_autoptr(GPtrArray) advanced = NULL;
  g_autoptr(GError) error = NULL;
  KwPlanChange *first;
  const KwDose *dose;
  g_autofree char *layout_before = NULL;
  g_autofree char *layout_after = NULL;

  sim_init (&sim, "patellofemoral-pain");

  week_monday (&sim, 0, &monday);
  layout_before = week_layout (sim.plan, &monday);
  sim_week (&sim, &monday, &GREEN (2));

  /* Stepping doses up never moves exercises between days. */
  layout_after = week_layout (sim.plan, &monday);
  g_assert_cmpstr (layout_before, ==, layout_after);

  /* Monday's abduction stepped up once; Friday's green held (one step a week). */
  first = find_change (&sim, KW_PLAN_CHANGE_PROGRESS, "side-lying-hip-abduction");
  g_assert_nonnull (first);
  g_assert_cmpstr (kw_plan_change_get_reason (first), ==,
                   "Pain 2/10 and settled by morning: 12 repetitions next time.");
  g_assert_nonnull (strstr (kw_plan_change_get_reason (find_change (&sim, KW_PLAN_CHANGE_HOLD,
                                                                    "side-lying-hip-abduction")),
                            "one step a week"));
  dose = kw_plan_get_dose (sim.plan, "side-lying-hip-abduction");
  g_assert_cmpuint (dose->reps, ==, 12);

  /* After one week the phase test is not open yet. */
  week_monday (&sim, 1, &monday);
  g_assert_false (kw_plan_phase_test_ready (sim.plan, &monday, &why));
  g_assert_nonnull (strstr (why, "Two full weeks"));
  g_clear_pointer (&why, g_free);
  g_assert_false (kw_plan_pass_phase_test (sim.plan, sim.store, &monday, NULL, &error));
  g_assert_error (error, KW_PLAN_ERROR, KW_PLAN_ERROR_PHASE_LOCKED);
  g_clear_error (&error);

  sim_week (&sim, &monday, &GREEN (1));
  week_monday (&sim, 2, &monday);
  g_assert_true (kw_plan_phase_test_ready (sim.plan, &monday, NULL));

  /* The coming week shows the stepped-up doses. */
  g_assert_cmpuint (kw_plan_get_dose (sim.plan, "side-lying-hip-abduction")->reps, ==, 14);
  {
    g_autoptr(KwPlanWeek) week = kw_plan_get_week (sim.plan, &monday);
    g_autofree char *text = kw_plan_week_to_text (week);

    g_assert_nonnull (strstr (text, "Side-lying hip abduction: 3 × 14 each side"));
  }

  /* No exercise ever progressed twice within 7 days. */
  for (guint i = 0; i < sim.changes->len; i++)
    {
      KwPlanChange *c = g_ptr_array_index (sim.changes, i);

      if (kw_plan_change_get_kind (c) != KW_PLAN_CHANGE_PROGRESS)
        continue;
      for (guint j = i + 1; j < sim.changes->len; j++)
        {
          KwPlanChange *later = g_ptr_array_index (sim.changes, j);

          if (kw_plan_change_get_kind (later) == KW_PLAN_CHANGE_PROGRESS &&
              g_strcmp0 (kw_plan_change_get_exercise_id (c),
                         kw_plan_change_get_exercise_id (later)) == 0)
            g_assert_cmpint (g_date_days_between (kw_plan_change_get_date (c),
                                                  kw_plan_change_get_date (later)), >=, 7);
        }
    }
  g_assert_cmpuint (count_kind (&sim, KW_PLAN_CHANGE_STEP_BACK), ==, 0);

  /* Passing the test moves the plan to phase 2 from this Monday. */
  g_assert_true (kw_plan_pass_phase_test (sim.plan, sim.store, &monday, &advanced, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (advanced->len, ==, 1);
  g_assert_nonnull (strstr (kw_plan_change_get_reason (g_ptr_array_index (advanced, 0)),
                            "phase 2, Strength, starts Monday 19 January"));
  g_assert_cmpint (kw_plan_get_phase (sim.plan), ==, KW_PHASE_STRENGTH);
  g_assert_cmpint (kw_plan_get_phase_on (sim.plan, &monday), ==, KW_PHASE_STRENGTH);
  last_progress = monday;
  g_date_subtract_days (&last_progress, 1);
  g_assert_cmpint (kw_plan_get_phase_on (sim.plan, &last_progress), ==, KW_PHASE_SETTLE);
  {
    g_autoptr(KwPlanWeek) week = kw_plan_get_week (sim.plan, &monday);
    g_autofree char *text = kw_plan_week_to_text (week);

    g_assert_nonnull (strstr (text, "Phase 2: Strength"));
    g_assert_nonnull (strstr (text, "Step-up"));
  }

  /* Everything survives a reload from the file. */
  {
    g_autoptr(KwPlan) loaded = kw_plan_load_active (sim.store, &error);
    g_autoptr(GPtrArray) changes = NULL;
    GHashTableIter iter;
    gpointer key, value;

    g_assert_no_error (error);
    g_assert_cmpint (kw_plan_get_id (loaded), ==, kw_plan_get_id (sim.plan));
    g_assert_cmpint (kw_plan_get_phase (loaded), ==, KW_PHASE_STRENGTH);
    g_assert_cmpint (kw_plan_get_phase_on (loaded, &last_progress), ==, KW_PHASE_SETTLE);
    g_assert_cmpuint (kw_plan_get_logs (loaded)->len, ==, kw_plan_get_logs (sim.plan)->len);
    g_assert_cmpuint (kw_plan_get_logs (loaded)->len, ==, 6);

    g_hash_table_iter_init (&iter, _kw_plan_get_dose_states (sim.plan));
    while (g_hash_table_iter_next (&iter, &key, &value))
      {
        KwDoseState *mine = value;
        KwDoseState *theirs = g_hash_table_lookup (_kw_plan_get_dose_states (loaded), key);

        g_assert_nonnull (theirs);
        g_assert_true (kw_dose_equal (&mine->dose, &theirs->dose));
        g_assert_cmpint (g_date_valid (&mine->last_progress), ==,
                         g_date_valid (&theirs->last_progress));
      }

    changes = kw_plan_list_changes (sim.store, kw_plan_get_id (loaded), &error);
    g_assert_no_error (error);
    g_assert_cmpint (kw_plan_change_get_kind (g_ptr_array_index (changes, 0)), ==,
                     KW_PLAN_CHANGE_PHASE_ADVANCE);
    g_assert_cmpint (kw_plan_change_get_kind (g_ptr_array_index (changes, changes->len - 1)), ==,
                     KW_PLAN_CHANGE_STARTED);
    /* Plus the start and the phase change. */
    g_assert_cmpuint (changes->len, ==, sim.changes->len + 2);
  }

  sim_clear (&sim);
}

static void
test_all_amber (void)
{
  Sim sim = { 0 };
  GDate monday;
  g_autofree char *why = NULL;

  sim_init (&sim, "patellofemoral-pain");
  for (guint w = 0; w < 3; w++)
    {
      week_monday (&sim, w, &monday);
      sim_week (&sim, &monday, &AMBER (4));
    }

  g_assert_cmpuint (count_kind (&sim, KW_PLAN_CHANGE_PROGRESS), ==, 0);
  g_assert_cmpuint (count_kind (&sim, KW_PLAN_CHANGE_STEP_BACK), ==, 0);
  g_assert_cmpstr (kw_plan_change_get_reason (find_change (&sim, KW_PLAN_CHANGE_HOLD, "wall-sit")),
                   ==, "Pain 4/10 during the session: same dose next time.");
  g_assert_cmpuint (kw_plan_get_dose (sim.plan, "wall-sit")->hold_s, ==, 30);

  week_monday (&sim, 3, &monday);
  g_assert_false (kw_plan_phase_test_ready (sim.plan, &monday, &why));
  g_assert_nonnull (strstr (why, "Two green weeks"));
  g_assert_cmpint (kw_plan_get_alert (sim.plan, &monday, NULL), ==, KW_PLAN_ALERT_NONE);

  /* A slightly worse morning (settled by midday) is amber too. */
  {
    Session s = GREEN (2);
    s.morning_rise = 1;
    s.settled = TRUE;
    g_ptr_array_set_size (sim.changes, 0);
    sim_log (&sim, &monday, &s);
    g_assert_cmpuint (count_kind (&sim, KW_PLAN_CHANGE_PROGRESS), ==, 0);
    g_assert_cmpstr (kw_plan_change_get_reason (g_ptr_array_index (sim.changes, 0)), ==,
                     "A little more pain than usual the next morning: same dose next time.");
  }

  sim_clear (&sim);
}

static void
test_red (void)
{
  Sim sim = { 0 };
  GDate monday, wednesday, friday, next_monday;
  Session red = GREEN (7);
  KwPlanChange *c;
  const char *message = NULL;
  KwDose before;

  sim_init (&sim, "patellofemoral-pain");
  week_monday (&sim, 0, &monday);
  wednesday = monday;
  g_date_add_days (&wednesday, 2);
  friday = monday;
  g_date_add_days (&friday, 4);
  /* Two weeks on, so the first red has left the 14-day window. */
  week_monday (&sim, 2, &next_monday);

  /* Pain 7 on Monday: each of Monday's exercises steps back for 48 hours. */
  before = *kw_plan_get_dose (sim.plan, "side-lying-hip-abduction");
  sim_log (&sim, &monday, &red);
  c = find_change (&sim, KW_PLAN_CHANGE_STEP_BACK, "side-lying-hip-abduction");
  g_assert_nonnull (c);
  g_assert_cmpstr (kw_plan_change_get_reason (c), ==,
                   "Pain 7/10 during the session: 2 sets for the next 48 hours.");
  g_assert_cmpuint (kw_plan_get_dose (sim.plan, "side-lying-hip-abduction")->sets, ==, 2);
  c = find_change (&sim, KW_PLAN_CHANGE_STEP_BACK, "wall-sit");
  g_assert_cmpstr (kw_plan_change_get_reason (c), ==,
                   "Pain 7/10 during the session: 20 s holds for the next 48 hours.");
  g_assert_cmpint (kw_plan_get_alert (sim.plan, &monday, NULL), ==, KW_PLAN_ALERT_NONE);

  /* Green on Friday, 4 days later: the step back is over, the dose comes back. */
  sim_log (&sim, &wednesday, &GREEN (1));
  sim_log (&sim, &friday, &GREEN (1));
  c = find_change (&sim, KW_PLAN_CHANGE_RESTORE, "side-lying-hip-abduction");
  g_assert_nonnull (c);
  g_assert_cmpstr (kw_plan_change_get_reason (c), ==,
                   "48 hours since the step back and the pain has settled: back to 3 × 10 each side.");
  g_assert_true (kw_dose_equal (kw_plan_change_get_after (c), &before));
  g_assert_cmpint (g_date_compare (kw_plan_change_get_date (c), &friday), ==, 0);
  g_assert_true (kw_dose_equal (kw_plan_get_dose (sim.plan, "side-lying-hip-abduction"), &before));

  /* Two reds within 7 days: phase on hold, ask the red flags again. */
  {
    Session morning_red = GREEN (2);
    morning_red.morning_rise = 2;
    sim_log (&sim, &next_monday, &morning_red);
  }
  g_assert_nonnull (strstr (kw_plan_change_get_reason (find_change (&sim, KW_PLAN_CHANGE_STEP_BACK,
                                                                    "wall-sit")),
                            "Pain 7/10"));
  g_assert_cmpuint (count_kind (&sim, KW_PLAN_CHANGE_PHASE_HOLD), ==, 0);
  {
    GDate wed2 = next_monday;
    Session limp = GREEN (1);

    g_date_add_days (&wed2, 2);
    limp.limp = TRUE;
    sim_log (&sim, &wed2, &limp);
    g_assert_cmpuint (count_kind (&sim, KW_PLAN_CHANGE_PHASE_HOLD), ==, 1);
    g_assert_cmpint (kw_plan_get_alert (sim.plan, &wed2, &message), ==,
                     KW_PLAN_ALERT_RECHECK_RED_FLAGS);
    g_assert_nonnull (strstr (message, "safety questions"));
    g_assert_nonnull (strstr (kw_plan_change_get_reason (find_change (&sim, KW_PLAN_CHANGE_STEP_BACK,
                                                                      "glute-bridge")),
                              "You limped"));

    /* A third within 14 days: see a physio or GP. */
    g_date_add_days (&wed2, 2);
    red.swelling = KW_SWELLING_MORE;
    red.during = 2;
    sim_log (&sim, &wed2, &red);
    g_assert_cmpuint (count_kind (&sim, KW_PLAN_CHANGE_SEE_CLINICIAN), ==, 1);
    g_assert_cmpint (kw_plan_get_alert (sim.plan, &wed2, &message), ==,
                     KW_PLAN_ALERT_SEE_CLINICIAN);
    g_assert_nonnull (strstr (message, "physio or GP"));
    g_assert_false (kw_plan_phase_test_ready (sim.plan, &wed2, NULL));
  }

  sim_clear (&sim);
}

static void
test_skipped_and_partial (void)
{
  Sim sim = { 0 };
  GDate monday;
  g_autofree char *why = NULL;
  Session partial = GREEN (1);

  sim_init (&sim, "iliotibial-band-syndrome");
  for (guint w = 0; w < 2; w++)
    {
      week_monday (&sim, w, &monday);
      sim_week (&sim, &monday, &SKIPPED);
    }

  g_assert_cmpuint (count_kind (&sim, KW_PLAN_CHANGE_SKIPPED), ==, 6);
  g_assert_cmpuint (count_kind (&sim, KW_PLAN_CHANGE_PROGRESS), ==, 0);
  g_assert_nonnull (strstr (kw_plan_change_get_reason (g_ptr_array_index (sim.changes, 0)),
                            "doesn’t count towards stepping up"));

  week_monday (&sim, 2, &monday);
  g_assert_false (kw_plan_phase_test_ready (sim.plan, &monday, &why));
  g_assert_nonnull (strstr (why, "Two green weeks"));

  /* A partial session with no pain still doesn't progress. */
  partial.status = KW_SESSION_PARTIAL;
  g_ptr_array_set_size (sim.changes, 0);
  sim_week (&sim, &monday, &partial);
  g_assert_cmpuint (count_kind (&sim, KW_PLAN_CHANGE_PROGRESS), ==, 0);
  g_assert_cmpuint (count_kind (&sim, KW_PLAN_CHANGE_SKIPPED), ==, 3);
  g_assert_true (kw_dose_equal (kw_plan_get_dose (sim.plan, "clamshell"),
                                kw_exercise_get_start_dose (kw_exercise_lookup ("clamshell"))));

  /* Three weeks, three sessions each: six skipped, three partly done. */
  {
    guint planned, done, part, skip;
    GDate sunday;

    sunday = sim.start;
    g_date_add_days (&sunday, 20);
    kw_plan_get_adherence (sim.plan, &sim.start, &sunday, &planned, &done, &part, &skip);
    g_assert_cmpuint (planned, ==, 9);
    g_assert_cmpuint (done, ==, 0);
    g_assert_cmpuint (part, ==, 3);
    g_assert_cmpuint (skip, ==, 6);

    /* Half a week: Monday and Wednesday only. */
    sunday = sim.start;
    g_date_add_days (&sunday, 3);
    kw_plan_get_adherence (sim.plan, &sim.start, &sunday, &planned, NULL, NULL, &skip);
    g_assert_cmpuint (planned, ==, 2);
    g_assert_cmpuint (skip, ==, 2);
  }

  /* Changes bind in list views by their properties. */
  {
    KwPlanChange *c = g_ptr_array_index (sim.changes, 0);
    g_autofree char *reason = NULL;
    g_autofree char *kind = NULL;

    g_object_get (c, "reason", &reason, "kind-id", &kind, NULL);
    g_assert_cmpstr (reason, ==, kw_plan_change_get_reason (c));
    g_assert_cmpstr (kind, ==, "skipped");
  }

  sim_clear (&sim);
}

static void
test_mixed (void)
{
  Sim sim = { 0 };
  GDate monday;
  guint progress_after_green;

  sim_init (&sim, "knee-osteoarthritis");

  week_monday (&sim, 0, &monday);
  sim_week (&sim, &monday, &GREEN (2));
  progress_after_green = count_kind (&sim, KW_PLAN_CHANGE_PROGRESS);
  g_assert_cmpuint (progress_after_green, >, 0);

  /* One amber session spoils the second week. */
  week_monday (&sim, 1, &monday);
  sim_log (&sim, &monday, &AMBER (5));
  {
    GDate wed = monday;
    g_date_add_days (&wed, 2);
    sim_log (&sim, &wed, &GREEN (2));
    g_date_add_days (&wed, 2);
    sim_log (&sim, &wed, &GREEN (2));
  }
  week_monday (&sim, 2, &monday);
  g_assert_false (kw_plan_phase_test_ready (sim.plan, &monday, NULL));

  sim_week (&sim, &monday, &GREEN (2));
  week_monday (&sim, 3, &monday);
  g_assert_false (kw_plan_phase_test_ready (sim.plan, &monday, NULL));
  sim_week (&sim, &monday, &GREEN (1));
  week_monday (&sim, 4, &monday);
  g_assert_true (kw_plan_phase_test_ready (sim.plan, &monday, NULL));
  g_assert_cmpuint (count_kind (&sim, KW_PLAN_CHANGE_PROGRESS), >, progress_after_green);

  sim_clear (&sim);
}

static void
test_pain_rising (void)
{
  Sim sim = { 0 };
  GDate monday;
  const char *message = NULL;

  sim_init (&sim, "pes-anserine");
  for (guint w = 0; w < 3; w++)
    {
      week_monday (&sim, w, &monday);
      sim_week (&sim, &monday, &GREEN ((int) w + 1));
    }

  g_assert_cmpuint (count_kind (&sim, KW_PLAN_CHANGE_SEE_CLINICIAN), ==, 1);
  g_assert_cmpstr (kw_plan_change_get_reason (find_change (&sim, KW_PLAN_CHANGE_SEE_CLINICIAN, NULL)),
                   ==, "Your pain has gone up week after week: please see a physio or GP.");
  g_assert_cmpint (kw_plan_get_alert (sim.plan, &monday, &message), ==, KW_PLAN_ALERT_SEE_CLINICIAN);
  g_assert_nonnull (strstr (message, "week after week"));

  sim_clear (&sim);
}

static void
test_bad_logs_change_nothing (void)
{
  Sim sim = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(KwPlan) loaded = NULL;
  GDate monday, future, before;
  KwDose dose;

  sim_init (&sim, "patellofemoral-pain");
  week_monday (&sim, 0, &monday);
  dose = *kw_plan_get_dose (sim.plan, "wall-sit");

  {
    g_autoptr(KwPainLog) log = kw_pain_log_new (&monday, KW_SESSION_DONE, 11);
    g_assert_false (kw_plan_log_session (sim.plan, sim.store, log, &monday, NULL, &error));
    g_assert_error (error, KW_PLAN_ERROR, KW_PLAN_ERROR_INVALID_LOG);
    g_clear_error (&error);
  }

  future = monday;
  g_date_add_days (&future, 3);
  {
    g_autoptr(KwPainLog) log = kw_pain_log_new (&future, KW_SESSION_DONE, 2);
    g_assert_false (kw_plan_log_session (sim.plan, sim.store, log, &monday, NULL, &error));
    g_assert_error (error, KW_PLAN_ERROR, KW_PLAN_ERROR_INVALID_DATE);
    g_assert_nonnull (strstr (error->message, "hasn’t come yet"));
    g_clear_error (&error);
  }

  before = monday;
  g_date_subtract_days (&before, 1);
  {
    g_autoptr(KwPainLog) log = kw_pain_log_new (&before, KW_SESSION_DONE, 2);
    g_assert_false (kw_plan_log_session (sim.plan, sim.store, log, &monday, NULL, &error));
    g_assert_error (error, KW_PLAN_ERROR, KW_PLAN_ERROR_INVALID_DATE);
    g_clear_error (&error);
  }

  /* A write failing half-way (after the session row, on the changes): the
   * log is refused, and the plan, in memory and on disk, is as before. */
  {
    g_autoptr(KwPainLog) log = kw_pain_log_new (&monday, KW_SESSION_DONE, 7);

    g_assert_true (_kw_store_exec (sim.store,
                                   "CREATE TEMP TRIGGER fail_changes BEFORE INSERT ON plan_change "
                                   "BEGIN SELECT RAISE (ABORT, 'simulated failure'); END",
                                   NULL));
    g_assert_false (kw_plan_log_session (sim.plan, sim.store, log, &monday, NULL, &error));
    g_assert_error (error, KW_STORE_ERROR, KW_STORE_ERROR_FAILED);
    g_clear_error (&error);
    g_assert_null (kw_plan_get_log (sim.plan, &monday));
    g_assert_true (kw_dose_equal (kw_plan_get_dose (sim.plan, "wall-sit"), &dose));
    g_assert_true (_kw_store_exec (sim.store, "DROP TRIGGER fail_changes", NULL));

    /* And it works once the trouble is gone. */
    g_assert_true (kw_plan_log_session (sim.plan, sim.store, log, &monday, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (kw_plan_get_dose (sim.plan, "wall-sit")->hold_s, ==, 20);
    dose = *kw_plan_get_dose (sim.plan, "wall-sit");
  }

  loaded = kw_plan_load_active (sim.store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kw_plan_get_logs (loaded)->len, ==, 1);
  g_assert_true (kw_dose_equal (kw_plan_get_dose (loaded, "wall-sit"), &dose));

  /* An unsaved plan cannot take logs. */
  {
    g_autoptr(KwPlanPrefs) prefs = kw_plan_prefs_new_default ();
    g_autoptr(KwPlan) unsaved = kw_plan_new ("patellofemoral-pain", KW_TRIAGE_REST_AND_REHAB,
                                             &monday, prefs, NULL);
    g_autoptr(KwPainLog) log = kw_pain_log_new (&monday, KW_SESSION_DONE, 2);

    g_assert_false (kw_plan_log_session (unsaved, sim.store, log, &monday, NULL, &error));
    g_assert_error (error, KW_PLAN_ERROR, KW_PLAN_ERROR_NO_ACTIVE_PLAN);
  }

  sim_clear (&sim);
}

static void
on_changed (KwStore    *store,
            const char *what,
            guint      *count)
{
  if (g_str_equal (what, "plan"))
    (*count)++;
}

static void
test_store_plans (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KwStore) store = kw_store_open_default (&error);
  g_autoptr(KwPlanPrefs) prefs = kw_plan_prefs_new (4, 45, KW_EQUIPMENT_ALL);
  g_autoptr(KwPlan) first = NULL;
  g_autoptr(KwPlan) second = NULL;
  g_autoptr(KwPlan) loaded = NULL;
  g_autoptr(GPtrArray) logs = NULL;
  GDate start, from, to;
  guint changed = 0;

  g_assert_no_error (error);
  g_signal_connect (store, "changed", G_CALLBACK (on_changed), &changed);

  loaded = kw_plan_load_active (store, &error);
  g_assert_null (loaded);
  g_assert_error (error, KW_PLAN_ERROR, KW_PLAN_ERROR_NO_ACTIVE_PLAN);
  g_clear_error (&error);

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 7, 1, 2026);
  first = kw_plan_new ("patellofemoral-pain", KW_TRIAGE_REST_AND_REHAB, &start, prefs, NULL);
  second = kw_plan_new ("posterior-knee", KW_TRIAGE_SEE_CLINICIAN, &start, prefs, NULL);
  g_assert_true (kw_plan_save (first, store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (changed, ==, 1);
  {
    g_autoptr(KwPainLog) log = kw_pain_log_new (&start, KW_SESSION_DONE, 3);
    g_assert_true (kw_plan_log_session (first, store, log, &start, NULL, &error));
    g_assert_no_error (error);
  }

  /* A new plan becomes the active one; the old one stays for the history. */
  g_assert_true (kw_plan_save (second, store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kw_plan_get_id (second), >, kw_plan_get_id (first));
  loaded = kw_plan_load_active (store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kw_plan_get_condition_id (loaded), ==, "posterior-knee");
  g_assert_cmpint (kw_plan_get_triage (loaded), ==, KW_TRIAGE_SEE_CLINICIAN);
  g_assert_cmpuint (kw_plan_get_prefs (loaded)->days_per_week, ==, 4);
  g_assert_cmpuint (kw_plan_get_prefs (loaded)->equipment, ==, KW_EQUIPMENT_ALL);
  g_assert_cmpint (g_date_compare (kw_plan_get_start_date (loaded), &start), ==, 0);

  /* Pain logs by date, from every plan. */
  g_date_clear (&from, 1);
  g_date_set_dmy (&from, 1, 1, 2026);
  to = from;
  g_date_add_days (&to, 30);
  logs = kw_plan_list_pain_logs (store, &from, &to, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (logs->len, ==, 1);
  g_assert_cmpint (((KwPainLog *) g_ptr_array_index (logs, 0))->pain_during, ==, 3);
  /* The chart's query reads the date index, not the whole table. */
  {
    sqlite3_stmt *plan_stmt = _kw_store_prepare (store,
                                                 "EXPLAIN QUERY PLAN SELECT date, pain_during "
                                                 "FROM plan_session WHERE date BETWEEN ?1 AND ?2 "
                                                 "ORDER BY date", NULL);
    g_autoptr(GString) details = g_string_new (NULL);

    while (sqlite3_step (plan_stmt) == SQLITE_ROW)
      g_string_append (details, (const char *) sqlite3_column_text (plan_stmt, 3));
    sqlite3_finalize (plan_stmt);
    g_assert_nonnull (strstr (details->str, "USING INDEX plan_session_by_date"));
  }

  g_assert_null (kw_plan_list_pain_logs (store, &to, &from, &error));
  g_assert_error (error, KW_PLAN_ERROR, KW_PLAN_ERROR_INVALID_DATE);
  g_clear_error (&error);

  g_assert_true (kw_plan_stop (loaded, store, &error));
  g_assert_no_error (error);
  g_clear_object (&loaded);
  loaded = kw_plan_load_active (store, &error);
  g_assert_null (loaded);
  g_assert_error (error, KW_PLAN_ERROR, KW_PLAN_ERROR_NO_ACTIVE_PLAN);
  g_assert_cmpint (changed, ==, 4);
}

/* Six green weeks with both phase tests passed: the plan is in phase 3
 * from week 4, and its two green weeks there are done by week 6. */
static void
sim_to_phase_3 (Sim *sim)
{
  g_autoptr(GError) error = NULL;
  GDate monday;

  for (guint week = 0; week < 4; week++)
    {
      week_monday (sim, week, &monday);
      if (week == 2)
        {
          g_assert_true (kw_plan_pass_phase_test (sim->plan, sim->store, &monday, NULL, &error));
          g_assert_no_error (error);
        }
      sim_week (sim, &monday, &GREEN (1));
    }
  week_monday (sim, 4, &monday);
  g_assert_true (kw_plan_pass_phase_test (sim->plan, sim->store, &monday, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kw_plan_get_phase (sim->plan), ==, KW_PHASE_CAPACITY);
  g_assert_true (kw_phase_test_is_readiness (KW_PHASE_CAPACITY));
  g_assert_false (kw_phase_test_is_readiness (KW_PHASE_STRENGTH));
}

/* The runner passes every readiness test on @on, fine the next morning. */
static void
pass_readiness (Sim         *sim,
                const GDate *on)
{
  static const char *ids[] = {
    "daily-life", "brisk-walk", "stairs", "single-leg-squat", "bridge-plank", "calf-raise", "hops",
  };
  g_autoptr(GError) error = NULL;
  gint64 attempt = kw_return_begin_readiness (sim->store, on, FALSE, &error);

  g_assert_no_error (error);
  g_assert_cmpint (attempt, >, 0);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      KwReadinessEntry e = { ids[i], TRUE, 1, KW_NEXT_MORNING_NOT_WORSE, FALSE };

      g_assert_true (kw_return_record_readiness (sim->store, attempt, &e, on, &error));
      g_assert_no_error (error);
    }
}

static KwPhase
stored_phase (Sim *sim)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KwPlan) plan = kw_plan_load_active (sim->store, &error);

  g_assert_no_error (error);
  return kw_plan_get_phase (plan);
}

/* Phase 3's test is the readiness checklist: passing it after two green
 * weeks in phase 3 opens phase 4, with the reason in the plan's changes. */
static void
test_readiness_opens_phase_4 (void)
{
  Sim sim;
  GDate monday;
  g_autoptr(GError) error = NULL;
  g_autoptr(KwPlan) plan = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  KwPlanChange *newest;

  sim_init (&sim, "patellofemoral-pain");
  sim_to_phase_3 (&sim);
  for (guint week = 4; week < 6; week++)
    {
      week_monday (&sim, week, &monday);
      sim_week (&sim, &monday, &GREEN (1));
    }
  week_monday (&sim, 6, &monday);
  g_assert_true (kw_plan_phase_test_ready (sim.plan, &monday, NULL));

  pass_readiness (&sim, &monday);

  plan = kw_plan_load_active (sim.store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kw_plan_get_phase (plan), ==, KW_PHASE_RETURN_TO_RUN);
  g_assert_cmpint (kw_plan_get_phase_on (plan, &monday), ==, KW_PHASE_RETURN_TO_RUN);
  changes = kw_plan_list_changes (sim.store, kw_plan_get_id (plan), &error);
  g_assert_no_error (error);
  newest = g_ptr_array_index (changes, 0);
  g_assert_cmpint (kw_plan_change_get_kind (newest), ==, KW_PLAN_CHANGE_PHASE_ADVANCE);
  g_assert_nonnull (strstr (kw_plan_change_get_reason (newest), "phase 4"));

  sim_clear (&sim);
}

/* Readiness passed too early for the plan (one week into phase 3): the
 * return to running goes on, the plan stays in phase 3 and says why. */
static void
test_readiness_too_early_for_phase_4 (void)
{
  Sim sim;
  GDate monday;
  g_autofree char *why = NULL;

  sim_init (&sim, "patellofemoral-pain");
  sim_to_phase_3 (&sim);
  week_monday (&sim, 4, &monday);
  sim_week (&sim, &monday, &GREEN (1));
  week_monday (&sim, 5, &monday);

  pass_readiness (&sim, &monday);

  g_assert_cmpint (stored_phase (&sim), ==, KW_PHASE_CAPACITY);
  g_assert_false (kw_plan_phase_test_ready (sim.plan, &monday, &why));
  g_assert_nonnull (strstr (why, "Two full weeks"));

  sim_clear (&sim);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/pain-model/zones", test_zones);
  g_test_add_func ("/pain-model/log-validate", test_log_validate);
  g_test_add_func ("/pain-model/progress-steps", test_progress_steps);
  g_test_add_func ("/pain-model/step-back-steps", test_step_back_steps);
  g_test_add_func ("/pain-model/weeks/all-green", test_all_green);
  g_test_add_func ("/pain-model/weeks/all-amber", test_all_amber);
  g_test_add_func ("/pain-model/weeks/red", test_red);
  g_test_add_func ("/pain-model/weeks/skipped-and-partial", test_skipped_and_partial);
  g_test_add_func ("/pain-model/weeks/mixed", test_mixed);
  g_test_add_func ("/pain-model/weeks/pain-rising", test_pain_rising);
  g_test_add_func ("/pain-model/bad-logs-change-nothing", test_bad_logs_change_nothing);
  g_test_add_func ("/pain-model/store", test_store_plans);
  g_test_add_func ("/pain-model/readiness-opens-phase-4", test_readiness_opens_phase_4);
  g_test_add_func ("/pain-model/readiness-too-early-for-phase-4",
                   test_readiness_too_early_for_phase_4);

  return g_test_run ();
}
