/* test-plan.c: the plan generator
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Golden weeks for every condition and phase (tests/plan/<condition>.expected;
 * run with KW_REGENERATE_GOLDEN=1 to rewrite them after a deliberate change),
 * and a sweep over every condition, phase and preference proving the rules.
 */

#include "config.h"

#include <string.h>

#include "kw-plan-private.h"

static const char *condition_ids[] = {
  "patellofemoral-pain", "iliotibial-band-syndrome", "patellar-tendinopathy", "pes-anserine",
  "meniscal-irritation", "posterior-knee", "knee-osteoarthritis",
};

static void
set_date (GDate *date,
          guint  day,
          guint  month,
          guint  year)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
}

static KwPlan *
make_plan (const char  *condition,
           KwTriage     triage,
           const GDate *start,
           guint        days,
           guint        minutes,
           KwEquipment  equipment,
           KwPhase      phase)
{
  g_autoptr(KwPlanPrefs) prefs = kw_plan_prefs_new (days, minutes, equipment);
  g_autoptr(GError) error = NULL;
  KwPlan *plan = kw_plan_new (condition, triage, start, prefs, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  if (phase != KW_PHASE_SETTLE)
    _kw_plan_set_phase (plan, phase, start);
  return plan;
}

static void
test_plan_no_plan_for_urgent_triage (void)
{
  g_autoptr(KwPlanPrefs) prefs = kw_plan_prefs_new_default ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KwPlan) plan = NULL;
  GDate start;

  set_date (&start, 5, 1, 2026);

  plan = kw_plan_new ("patellofemoral-pain", KW_TRIAGE_EMERGENCY, &start, prefs, &error);
  g_assert_null (plan);
  g_assert_error (error, KW_PLAN_ERROR, KW_PLAN_ERROR_NO_PLAN_FOR_TRIAGE);
  g_assert_nonnull (strstr (error->message, "emergency care"));
  g_clear_error (&error);

  plan = kw_plan_new ("patellofemoral-pain", KW_TRIAGE_SAME_DAY, &start, prefs, &error);
  g_assert_null (plan);
  g_assert_error (error, KW_PLAN_ERROR, KW_PLAN_ERROR_NO_PLAN_FOR_TRIAGE);
  g_assert_nonnull (strstr (error->message, "today"));
}

static void
test_plan_bad_input (void)
{
  g_autoptr(KwPlanPrefs) prefs = kw_plan_prefs_new_default ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KwPlan) plan = NULL;
  GDate start, invalid;

  set_date (&start, 5, 1, 2026);
  g_date_clear (&invalid, 1);

  plan = kw_plan_new ("runners-knee", KW_TRIAGE_REST_AND_REHAB, &start, prefs, &error);
  g_assert_null (plan);
  g_assert_error (error, KW_PLAN_ERROR, KW_PLAN_ERROR_UNKNOWN_CONDITION);
  g_assert_nonnull (strstr (error->message, "runners-knee"));
  g_clear_error (&error);

  plan = kw_plan_new ("patellofemoral-pain", KW_TRIAGE_REST_AND_REHAB, &invalid, prefs, &error);
  g_assert_null (plan);
  g_assert_error (error, KW_PLAN_ERROR, KW_PLAN_ERROR_INVALID_DATE);
  g_clear_error (&error);

  {
    const struct { guint days, minutes; KwEquipment eq; const char *needle; } bad[] = {
      { 0, 30, KW_EQUIPMENT_NONE, "Training days" },
      { 8, 30, KW_EQUIPMENT_NONE, "Training days" },
      { 3, 5, KW_EQUIPMENT_NONE, "Minutes" },
      { 3, 200, KW_EQUIPMENT_NONE, "Minutes" },
      { 3, 30, (KwEquipment) 0x100, "equipment" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_autoptr(KwPlanPrefs) p = kw_plan_prefs_new (bad[i].days, bad[i].minutes, bad[i].eq);

        plan = kw_plan_new ("patellofemoral-pain", KW_TRIAGE_REST_AND_REHAB, &start, p, &error);
        g_assert_null (plan);
        g_assert_error (error, KW_PLAN_ERROR, KW_PLAN_ERROR_INVALID_PREFS);
        g_assert_nonnull (strstr (error->message, bad[i].needle));
        g_clear_error (&error);
      }
  }
}

static void
test_plan_see_clinician (void)
{
  g_autoptr(KwPlan) plan = NULL;
  g_autofree char *why = NULL;
  GDate start, later;

  set_date (&start, 5, 1, 2026);
  plan = make_plan ("meniscal-irritation", KW_TRIAGE_SEE_CLINICIAN, &start, 3, 30,
                    KW_EQUIPMENT_HOME, KW_PHASE_SETTLE);

  g_assert_cmpint (kw_plan_get_phase (plan), ==, KW_PHASE_SETTLE);
  g_assert_nonnull (kw_plan_get_advice (plan));
  g_assert_nonnull (strstr (kw_plan_get_advice (plan), "physio or GP"));

  later = start;
  g_date_add_days (&later, 30);
  g_assert_false (kw_plan_phase_test_ready (plan, &later, &why));
  g_assert_nonnull (strstr (why, "stays in phase 1"));

  g_clear_object (&plan);
  plan = make_plan ("meniscal-irritation", KW_TRIAGE_REDUCE_AND_CONTINUE, &start, 3, 30,
                    KW_EQUIPMENT_HOME, KW_PHASE_SETTLE);
  g_assert_nonnull (strstr (kw_plan_get_advice (plan), "Keep running, but less"));
}

static char *
golden_text (const char  *condition,
             guint        days,
             guint        minutes,
             KwEquipment  equipment)
{
  GString *out = g_string_new (NULL);
  GDate start;

  set_date (&start, 5, 1, 2026);
  for (KwPhase phase = KW_PHASE_FIRST; phase <= KW_PHASE_LAST; phase++)
    {
      g_autoptr(KwPlan) plan = make_plan (condition, KW_TRIAGE_REST_AND_REHAB, &start, days,
                                          minutes, equipment, phase);
      g_autoptr(KwPlanWeek) week = kw_plan_get_week (plan, &start);
      g_autofree char *text = kw_plan_week_to_text (week);

      if (phase > KW_PHASE_FIRST)
        g_string_append (out, "\n========\n\n");
      g_string_append (out, text);
    }

  return g_string_free (out, FALSE);
}

/* At home three days a week for 30 minutes (the defaults), and in a gym
 * five days a week for 45 minutes. */
static void
test_plan_golden (void)
{
  gboolean regenerate = g_getenv ("KW_REGENERATE_GOLDEN") != NULL;
  const struct { const char *suffix; guint days, minutes; KwEquipment equipment; } variants[] = {
    { "", 3, 30, KW_EQUIPMENT_HOME },
    { "-gym", 5, 45, KW_EQUIPMENT_ALL },
  };

  for (guint c = 0; c < G_N_ELEMENTS (condition_ids); c++)
    for (guint v = 0; v < G_N_ELEMENTS (variants); v++)
      {
        g_autofree char *name = g_strdup_printf ("%s%s.expected", condition_ids[c],
                                                 variants[v].suffix);
        g_autofree char *path = g_test_build_filename (G_TEST_DIST, "plan", name, NULL);
        g_autofree char *actual = golden_text (condition_ids[c], variants[v].days,
                                               variants[v].minutes, variants[v].equipment);
        g_autofree char *expected = NULL;
        g_autoptr(GError) error = NULL;

        if (regenerate)
          {
            g_file_set_contents (path, actual, -1, &error);
            g_assert_no_error (error);
            continue;
          }

        g_file_get_contents (path, &expected, NULL, &error);
        g_assert_no_error (error);
        g_assert_cmpstr (actual, ==, expected);
      }
}

static gboolean
is_strength_type (const KwExercise *e)
{
  return !kw_exercise_is_daily_allowed (e);
}

/* Checks two consecutive weeks (so also Sunday → Monday) of one plan. */
static void
check_weeks (KwPlan      *plan,
             const GDate *monday,
             KwPhase      phase,
             gboolean     check_coverage)
{
  const KwProgram *program = kw_plan_get_program (plan);
  const KwPlanPrefs *prefs = kw_plan_get_prefs (plan);
  gboolean strength_yesterday = FALSE;
  GDate day = *monday;

  for (guint w = 0; w < 2; w++)
    {
      g_autoptr(KwPlanWeek) week = kw_plan_get_week (plan, &day);
      guint training = 0;

      g_assert_cmpint (g_date_compare (kw_plan_week_get_monday (week), &day), ==, 0);
      if (check_coverage)
        g_assert_cmpuint (kw_plan_week_get_muscles (week) & KW_MUSCLE_WEEKLY, ==, KW_MUSCLE_WEEKLY);

      for (guint i = 0; i < 7; i++)
        {
          KwPlanDay *pd = kw_plan_week_get_day (week, i);
          guint n = kw_plan_day_get_n_items (pd);
          gboolean strength_today = FALSE;

          g_assert_cmpint (kw_plan_day_get_phase (pd), ==, phase);
          g_assert_cmpuint (n, <=, 6);
          if (n > 0)
            training++;

          for (guint j = 0; j < n; j++)
            {
              KwPlanItem *item = kw_plan_day_get_item (pd, j);
              const KwExercise *e = kw_plan_item_get_exercise (item);

              /* Never an avoided exercise, never missing equipment, never twice a day. */
              g_assert_false (kw_program_avoids_exercise (program, phase,
                                                          kw_exercise_get_id (e), NULL));
              g_assert_cmpuint (kw_exercise_get_equipment (e) & ~prefs->equipment, ==, 0);
              g_assert_true (kw_dose_is_valid (kw_plan_item_get_dose (item)));
              for (guint k = j + 1; k < n; k++)
                g_assert_true (kw_plan_item_get_exercise (kw_plan_day_get_item (pd, k)) != e);
              strength_today |= is_strength_type (e);
            }

          /* Strength and hops never on two days in a row. */
          g_assert_false (strength_today && strength_yesterday);
          strength_yesterday = strength_today;
        }

      g_assert_cmpuint (training, <=, prefs->days_per_week);
      g_assert_cmpuint (training, >=, 1);
      g_date_add_days (&day, 7);
    }
}

static void
test_plan_sweep (void)
{
  const guint minutes[] = { 10, 20, 45, 90 };
  const KwEquipment equipment[] = {
    KW_EQUIPMENT_NONE, KW_EQUIPMENT_HOME, KW_EQUIPMENT_HOME | KW_EQUIPMENT_BAND,
    KW_EQUIPMENT_WEIGHTS, KW_EQUIPMENT_ALL,
  };
  const KwTriage triages[] = { KW_TRIAGE_REST_AND_REHAB, KW_TRIAGE_REDUCE_AND_CONTINUE };
  guint checked = 0;
  GDate monday;

  set_date (&monday, 5, 1, 2026);

  for (guint c = 0; c < G_N_ELEMENTS (condition_ids); c++)
    for (KwPhase phase = KW_PHASE_FIRST; phase <= KW_PHASE_LAST; phase++)
      for (guint days = 1; days <= 7; days++)
        for (guint m = 0; m < G_N_ELEMENTS (minutes); m++)
          for (guint e = 0; e < G_N_ELEMENTS (equipment); e++)
            {
              KwTriage triage = triages[(days + m + e) % G_N_ELEMENTS (triages)];
              g_autoptr(KwPlan) plan = make_plan (condition_ids[c], triage, &monday, days,
                                                  minutes[m], equipment[e], phase);

              check_weeks (plan, &monday, phase, TRUE);
              checked++;
            }

  g_test_message ("%u plans checked", checked);
  g_assert_cmpuint (checked, ==, 7 * 4 * 7 * 4 * 5);
}

static void
test_plan_deterministic (void)
{
  for (guint c = 0; c < G_N_ELEMENTS (condition_ids); c++)
    {
      g_autofree char *a = golden_text (condition_ids[c], 4, 30, KW_EQUIPMENT_HOME);
      g_autofree char *b = golden_text (condition_ids[c], 4, 30, KW_EQUIPMENT_HOME);

      g_assert_cmpstr (a, ==, b);
    }
}

static void
test_plan_start_midweek (void)
{
  g_autoptr(KwPlan) plan = NULL;
  g_autoptr(KwPlanWeek) week = NULL;
  g_autoptr(KwPlanDay) day = NULL;
  GDate start, next_monday;

  /* Wednesday 7 January 2026. */
  set_date (&start, 7, 1, 2026);
  plan = make_plan ("iliotibial-band-syndrome", KW_TRIAGE_REST_AND_REHAB, &start, 4, 30,
                    KW_EQUIPMENT_HOME, KW_PHASE_SETTLE);
  week = kw_plan_get_week (plan, &start);

  g_assert_cmpuint (g_date_get_day (kw_plan_week_get_monday (week)), ==, 5);
  g_assert_cmpint (kw_plan_day_get_kind (kw_plan_week_get_day (week, 0)), ==,
                   KW_PLAN_DAY_NOT_STARTED);
  g_assert_cmpint (kw_plan_day_get_kind (kw_plan_week_get_day (week, 1)), ==,
                   KW_PLAN_DAY_NOT_STARTED);
  g_assert_true (kw_plan_day_is_rest (kw_plan_week_get_day (week, 0)));
  /* Thursday is the first training day of a 4-day week (Mon, Tue, Thu, Sat). */
  g_assert_cmpint (kw_plan_day_get_kind (kw_plan_week_get_day (week, 3)), ==,
                   KW_PLAN_DAY_STRENGTH);
  g_assert_false (kw_plan_day_is_rest (kw_plan_week_get_day (week, 3)));

  day = kw_plan_get_day (plan, &start);
  g_assert_cmpint (kw_plan_day_get_kind (day), ==, KW_PLAN_DAY_REST);

  /* From the first full week on, the rules hold. */
  next_monday = start;
  g_date_add_days (&next_monday, 5);
  check_weeks (plan, &next_monday, KW_PHASE_SETTLE, TRUE);
}

static void
test_plan_equipment_swap (void)
{
  g_autoptr(KwPlan) gym = NULL;
  g_autoptr(KwPlan) home = NULL;
  g_autoptr(KwPlanWeek) gym_week = NULL;
  g_autoptr(KwPlanWeek) home_week = NULL;
  g_autofree char *gym_text = NULL;
  g_autofree char *home_text = NULL;
  GDate monday;

  set_date (&monday, 5, 1, 2026);
  gym = make_plan ("patellofemoral-pain", KW_TRIAGE_REST_AND_REHAB, &monday, 3, 60,
                   KW_EQUIPMENT_ALL, KW_PHASE_STRENGTH);
  home = make_plan ("patellofemoral-pain", KW_TRIAGE_REST_AND_REHAB, &monday, 3, 60,
                    KW_EQUIPMENT_HOME, KW_PHASE_STRENGTH);
  gym_week = kw_plan_get_week (gym, &monday);
  home_week = kw_plan_get_week (home, &monday);
  gym_text = kw_plan_week_to_text (gym_week);
  home_text = kw_plan_week_to_text (home_week);

  g_assert_nonnull (strstr (gym_text, "Leg press"));
  g_assert_nonnull (strstr (gym_text, "Knee bend 0–60°"));
  g_assert_null (strstr (home_text, "- Leg press:"));
  g_assert_nonnull (strstr (home_text, "Instead of Knee extension machine: no gym machine at hand"));
}

static void
test_plan_week_text (void)
{
  g_autoptr(KwPlan) plan = NULL;
  g_autoptr(KwPlanWeek) week = NULL;
  g_autofree char *text = NULL;
  GDate monday;

  set_date (&monday, 5, 1, 2026);
  plan = make_plan ("patellofemoral-pain", KW_TRIAGE_REST_AND_REHAB, &monday, 3, 30,
                    KW_EQUIPMENT_HOME, KW_PHASE_SETTLE);
  week = kw_plan_get_week (plan, &monday);
  text = kw_plan_week_to_text (week);

  g_assert_true (g_str_has_prefix (text, "Week of Monday 5 January 2026 · Phase 1: Settle\n"));
  g_assert_nonnull (strstr (text, "Monday 5 January · Strength day"));
  g_assert_nonnull (strstr (text, "Tuesday 6 January · Rest day\n  No exercises."));
  g_assert_nonnull (strstr (text, "Sunday 11 January"));
  g_assert_nonnull (strstr (text, "× 30 s hold"));
  g_assert_cmpuint (g_list_model_get_n_items (kw_plan_week_get_days (week)), ==, 7);
  g_assert_cmpuint (kw_plan_day_get_n_items (kw_plan_week_get_day (week, 0)), >=, 3);
  g_assert_cmpuint (kw_plan_day_estimate_minutes (kw_plan_week_get_day (week, 0)), <=, 30);

  /* Items bind in list views by their properties. */
  {
    KwPlanItem *item = kw_plan_day_get_item (kw_plan_week_get_day (week, 0), 0);
    g_autofree char *name = NULL;
    g_autofree char *dose = NULL;
    g_autofree char *picture = NULL;

    g_object_get (item, "name", &name, "dose-text", &dose, "picture-resource", &picture, NULL);
    g_assert_cmpstr (name, ==, "Wall sit");
    g_assert_cmpstr (dose, ==, "5 × 30 s hold");
    g_assert_cmpstr (picture, ==, "/io/github/kneewise/Kneewise/exercises/wall-sit.svg");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/plan/no-plan-for-urgent-triage", test_plan_no_plan_for_urgent_triage);
  g_test_add_func ("/plan/bad-input", test_plan_bad_input);
  g_test_add_func ("/plan/see-clinician", test_plan_see_clinician);
  g_test_add_func ("/plan/golden", test_plan_golden);
  g_test_add_func ("/plan/sweep", test_plan_sweep);
  g_test_add_func ("/plan/deterministic", test_plan_deterministic);
  g_test_add_func ("/plan/start-midweek", test_plan_start_midweek);
  g_test_add_func ("/plan/equipment-swap", test_plan_equipment_swap);
  g_test_add_func ("/plan/week-text", test_plan_week_text);

  return g_test_run ();
}
