/* test-exercise.c: the exercise catalogue and the programs are complete
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kw-exercise.h"
#include "kw-program.h"

/* The public ids other parts (pictures, print, reminders) rely on. */
static const char *public_ids[] = {
  "quad-set", "straight-leg-raise", "wall-sit", "isometric-knee-extension",
  "side-lying-hip-abduction", "clamshell", "glute-bridge", "single-leg-bridge",
  "prone-hip-extension", "calf-raise", "front-plank", "side-plank", "dead-bug",
  "lateral-band-walk", "leg-press", "box-squat", "knee-extension-machine", "step-up",
  "single-leg-deadlift", "hamstring-curl", "split-squat", "step-down", "single-leg-squat",
  "single-leg-balance", "heavy-slow-resistance", "pogo-hops", "single-leg-hop", "a-skips",
  "quad-stretch", "hamstring-stretch", "calf-stretch", "hip-flexor-stretch",
  "lateral-hip-stretch",
};

static const char *condition_ids[] = {
  "patellofemoral-pain", "iliotibial-band-syndrome", "patellar-tendinopathy", "pes-anserine",
  "meniscal-irritation", "posterior-knee", "knee-osteoarthritis",
};

static void
test_catalog_ids (void)
{
  const KwExercise * const *all;
  guint n = 0;

  all = kw_exercise_get_all (&n);
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (public_ids));
  g_assert_null (all[n]);

  for (guint i = 0; i < G_N_ELEMENTS (public_ids); i++)
    {
      const KwExercise *e = kw_exercise_lookup (public_ids[i]);
      g_autofree char *picture = g_strdup_printf ("/io/github/kneewise/Kneewise/exercises/%s.svg",
                                                  public_ids[i]);

      g_assert_nonnull (e);
      g_assert_cmpstr (kw_exercise_get_id (e), ==, public_ids[i]);
      g_assert_cmpstr (kw_exercise_get_picture_resource (e), ==, picture);
      g_assert_true (all[i] == e);
    }

  g_assert_null (kw_exercise_lookup ("squat"));
  g_assert_null (kw_exercise_lookup (NULL));
  g_assert_null (kw_exercise_lookup ("Wall-Sit"));
}

/* Every exercise carries all a runner needs to do it safely. */
static void
test_catalog_complete (void)
{
  guint n = 0;
  const KwExercise * const *all = kw_exercise_get_all (&n);

  for (guint i = 0; i < n; i++)
    {
      const KwExercise *e = all[i];
      const KwDose *dose = kw_exercise_get_start_dose (e);
      const char *id = kw_exercise_get_id (e);
      guint reps_min, reps_max;
      int lo, hi;

      g_test_message ("checking %s", id);
      g_assert_true (kw_exercise_get_name (e) != NULL && *kw_exercise_get_name (e) != '\0');
      g_assert_true (kw_exercise_get_purpose (e) != NULL && *kw_exercise_get_purpose (e) != '\0');
      g_assert_cmpuint (kw_exercise_get_n_instructions (e), >=, 2);
      for (guint s = 0; s < kw_exercise_get_n_instructions (e); s++)
        g_assert_true (g_str_has_suffix (kw_exercise_get_instruction (e, s), "."));
      g_assert_cmpuint (kw_exercise_get_n_cues (e), >=, 1);
      g_assert_cmpuint (kw_exercise_get_n_regressions (e), >=, 1);
      g_assert_cmpuint (kw_exercise_get_muscles (e), !=, 0);
      g_assert_cmpuint (kw_exercise_get_muscles (e) & ~KW_MUSCLE_ALL, ==, 0);
      g_assert_true (kw_dose_is_valid (dose));
      g_assert_cmpuint (dose->level, ==, 0);
      g_assert_true (kw_exercise_get_source (e) != NULL && *kw_exercise_get_source (e) != '\0');
      g_assert_nonnull (kw_evidence_get_label (kw_exercise_get_evidence (e)));
      g_assert_nonnull (kw_exercise_type_get_name (kw_exercise_get_exercise_type (e)));

      if (kw_exercise_get_exercise_type (e) != KW_EXERCISE_STRETCH)
        g_assert_cmpuint (kw_exercise_get_n_progressions (e), >=, 1);

      /* Held doses have a ceiling; repetitions have a range the dose starts in. */
      kw_exercise_get_rep_range (e, &reps_min, &reps_max);
      if (dose->hold_s > 0)
        {
          g_assert_cmpuint (kw_exercise_get_max_hold (e), >=, dose->hold_s);
          g_assert_cmpuint (kw_exercise_get_max_hold (e), <=, 60);
        }
      if (dose->reps > 0)
        {
          g_assert_cmpuint (reps_min, <=, dose->reps);
          g_assert_cmpuint (dose->reps, <=, reps_max);
        }

      if (kw_exercise_get_knee_range (e, &lo, &hi))
        {
          g_assert_cmpint (lo, >=, 0);
          g_assert_cmpint (lo, <=, hi);
          g_assert_cmpint (hi, <=, 90);
        }

      /* An alternative must exist and need no more than the original. */
      if (kw_exercise_get_alternative_id (e) != NULL)
        {
          const KwExercise *alt = kw_exercise_lookup (kw_exercise_get_alternative_id (e));

          g_assert_nonnull (alt);
          g_assert_true (alt != e);
          g_assert_cmpuint (kw_exercise_get_equipment (alt) & ~kw_exercise_get_equipment (e), ==, 0);
        }
      else
        {
          /* Without one, the exercise needs nothing beyond a wall and a step. */
          g_assert_cmpuint (kw_exercise_get_equipment (e) & ~KW_EQUIPMENT_HOME, ==, 0);
        }
    }
}

static void
test_catalog_text (void)
{
  const KwExercise *wall_sit = kw_exercise_lookup ("wall-sit");
  const KwExercise *slr = kw_exercise_lookup ("straight-leg-raise");
  g_autofree char *muscles = kw_muscle_to_string (KW_MUSCLE_QUADS | KW_MUSCLE_CALVES);
  g_autofree char *equipment = kw_equipment_to_string (KW_EQUIPMENT_HOME);
  g_autofree char *nothing = kw_equipment_to_string (KW_EQUIPMENT_NONE);
  int lo, hi;

  g_assert_cmpstr (kw_exercise_get_name (wall_sit), ==, "Wall sit");
  g_assert_true (kw_exercise_get_knee_range (wall_sit, &lo, &hi));
  g_assert_cmpint (lo, ==, 30);
  g_assert_cmpint (hi, ==, 60);
  g_assert_cmpuint (kw_exercise_get_equipment (wall_sit), ==, KW_EQUIPMENT_WALL);
  g_assert_true (kw_exercise_is_daily_allowed (wall_sit));
  g_assert_false (kw_exercise_is_daily_allowed (slr));
  g_assert_cmpstr (kw_exercise_get_progression (slr, 0), ==, "0.5 kg ankle weight");
  g_assert_cmpstr (muscles, ==, "quads, calves");
  g_assert_cmpstr (equipment, ==, "step, wall");
  g_assert_cmpstr (nothing, ==, "no equipment");
  g_assert_cmpint (kw_exercise_get_evidence (wall_sit), ==, KW_EVIDENCE_RCT);
  g_assert_cmpint (kw_exercise_get_evidence (slr), ==, KW_EVIDENCE_EXPERT);
  g_assert_cmpint (kw_program_get_evidence (kw_program_lookup ("patellofemoral-pain")), ==,
                   KW_EVIDENCE_GUIDELINE);
}

static void
test_dose_text (void)
{
  KwDose reps = { .sets = 3, .reps = 12, .rest_s = 60, .per_week = 3 };
  KwDose hold = { .sets = 5, .hold_s = 30, .rest_s = 120, .per_week = 7 };
  KwDose side = { .sets = 3, .reps = 10, .rest_s = 60, .per_week = 1, .each_side = TRUE };
  KwDose metres = { .sets = 3, .distance_m = 20, .rest_s = 60, .per_week = 2 };
  KwDose bad = { .sets = 3, .reps = 10, .hold_s = 30, .per_week = 3 };
  g_autofree char *a = kw_dose_to_string (&reps);
  g_autofree char *b = kw_dose_to_string (&hold);
  g_autofree char *c = kw_dose_to_string (&side);
  g_autofree char *d = kw_dose_to_string (&metres);
  g_autofree char *rest = kw_dose_dup_rest_string (&hold);
  g_autofree char *rest_s = kw_dose_dup_rest_string (&reps);
  g_autofree char *daily = kw_dose_dup_per_week_string (&hold);
  g_autofree char *three = kw_dose_dup_per_week_string (&reps);
  g_autofree char *once = kw_dose_dup_per_week_string (&side);
  g_autoptr(KwDose) copy = kw_dose_copy (&reps);

  g_assert_cmpstr (a, ==, "3 × 12");
  g_assert_cmpstr (b, ==, "5 × 30 s hold");
  g_assert_cmpstr (c, ==, "3 × 10 each side");
  g_assert_cmpstr (d, ==, "3 × 20 m");
  g_assert_cmpstr (rest, ==, "rest 2 min");
  g_assert_cmpstr (rest_s, ==, "rest 60 s");
  g_assert_cmpstr (daily, ==, "daily");
  g_assert_cmpstr (three, ==, "3 times a week");
  g_assert_cmpstr (once, ==, "once a week");
  g_assert_true (kw_dose_equal (copy, &reps));
  g_assert_false (kw_dose_equal (&reps, &side));
  g_assert_true (kw_dose_is_valid (&reps));
  g_assert_false (kw_dose_is_valid (&bad));
  g_assert_true (kw_dose_is_hold (&hold));
  /* 30 s setup + 5 × 30 s + 4 × 120 s rest */
  g_assert_cmpuint (kw_dose_estimate_seconds (&hold), ==, 30 + 150 + 480);
  g_assert_true (G_TYPE_IS_BOXED (KW_TYPE_DOSE));
}

static void
test_programs_complete (void)
{
  guint n = 0;
  const KwProgram * const *all = kw_program_get_all (&n);

  g_assert_cmpuint (n, ==, G_N_ELEMENTS (condition_ids));
  for (guint c = 0; c < G_N_ELEMENTS (condition_ids); c++)
    {
      const KwProgram *p = kw_program_lookup (condition_ids[c]);

      g_assert_nonnull (p);
      g_assert_true (all[c] == p);
      g_assert_cmpstr (kw_program_get_condition_id (p), ==, condition_ids[c]);
      g_assert_true (*kw_program_get_title (p) != '\0');
      g_assert_true (*kw_program_get_evidence_summary (p) != '\0');
      g_assert_true (*kw_program_get_source (p) != '\0');
      g_assert_nonnull (kw_evidence_get_label (kw_program_get_evidence (p)));
      g_assert_cmpstr (kw_program_get_title (p), !=, "");
      g_assert_cmpuint (kw_program_get_n_avoids (p), >=, 2);

      for (KwPhase phase = KW_PHASE_FIRST; phase <= KW_PHASE_LAST; phase++)
        {
          guint items = kw_program_get_n_items (p, phase);
          KwMuscle muscles = 0;
          guint stretches = 0;

          g_test_message ("%s phase %d", condition_ids[c], phase);
          g_assert_cmpuint (items, >=, 4);

          for (guint i = 0; i < items; i++)
            {
              const KwProgramItem *item = kw_program_get_item (p, phase, i);
              const KwExercise *e = kw_program_item_get_exercise (item);

              /* Every program exercise is in the catalogue, with a valid dose,
               * and never on the program's own avoid list. */
              g_assert_nonnull (e);
              g_assert_true (kw_dose_is_valid (kw_program_item_get_dose (item)));
              g_assert_false (kw_program_avoids_exercise (p, phase,
                                                          kw_program_item_get_exercise_id (item),
                                                          NULL));
              if (kw_exercise_get_exercise_type (e) == KW_EXERCISE_STRETCH)
                stretches++;
              else
                muscles |= kw_exercise_get_muscles (e);
            }

          g_assert_cmpuint (muscles & KW_MUSCLE_WEEKLY, ==, KW_MUSCLE_WEEKLY);
          g_assert_cmpuint (stretches, >=, 1);
          if (phase < KW_PHASE_LAST)
            g_assert_nonnull (kw_program_get_phase_test (p, phase));
          else
            g_assert_null (kw_program_get_phase_test (p, phase));
        }

      for (guint i = 0; i < kw_program_get_n_avoids (p); i++)
        {
          const KwAvoid *a = kw_program_get_avoid (p, i);

          g_assert_true (*kw_avoid_get_what (a) != '\0');
          g_assert_true (g_str_has_suffix (kw_avoid_get_reason (a), "."));
          if (kw_avoid_get_exercise_id (a) != NULL)
            g_assert_nonnull (kw_exercise_lookup (kw_avoid_get_exercise_id (a)));
        }
    }

  /* Every pattern the assessment can name has its program, and back. */
  {
    guint n_conditions = 0;

    kw_condition_get_all (&n_conditions);
    g_assert_cmpuint (n_conditions, ==, n);
    for (guint i = 0; i < n_conditions; i++)
      g_assert_nonnull (kw_program_lookup (kw_condition_get_id (kw_condition_get_nth (i))));
    for (guint i = 0; i < n; i++)
      g_assert_nonnull (kw_condition_lookup (kw_program_get_condition_id (all[i])));
  }

  g_assert_null (kw_program_lookup ("valgus"));
  g_assert_null (kw_program_lookup (NULL));
}

static void
test_programs_avoid (void)
{
  const KwProgram *pfp = kw_program_lookup ("patellofemoral-pain");
  const KwProgram *pt = kw_program_lookup ("patellar-tendinopathy");
  const KwAvoid *avoid = NULL;

  /* Kneeling is out for a sore kneecap in every phase. */
  for (KwPhase phase = KW_PHASE_FIRST; phase <= KW_PHASE_LAST; phase++)
    g_assert_true (kw_program_avoids_exercise (pfp, phase, "hip-flexor-stretch", NULL));
  g_assert_true (kw_program_avoids_exercise (pfp, KW_PHASE_SETTLE, "hip-flexor-stretch", &avoid));
  g_assert_nonnull (strstr (kw_avoid_get_reason (avoid), "kneecap"));

  /* Jumping only from the return-to-run phase for PFP, from phase 3 for a tendon. */
  g_assert_true (kw_program_avoids_exercise (pfp, KW_PHASE_CAPACITY, "pogo-hops", NULL));
  g_assert_false (kw_program_avoids_exercise (pfp, KW_PHASE_RETURN_TO_RUN, "pogo-hops", NULL));
  g_assert_true (kw_program_avoids_exercise (pt, KW_PHASE_STRENGTH, "pogo-hops", NULL));
  g_assert_false (kw_program_avoids_exercise (pt, KW_PHASE_CAPACITY, "pogo-hops", NULL));
  g_assert_true (kw_program_avoids_exercise (pt, KW_PHASE_CAPACITY, "a-skips", NULL));
  g_assert_false (kw_program_avoids_exercise (pfp, KW_PHASE_SETTLE, "wall-sit", NULL));

  g_assert_cmpstr (kw_phase_get_title (KW_PHASE_CAPACITY), ==, "Capacity & control");
  g_assert_nonnull (kw_program_get_phase_test (pt, KW_PHASE_CAPACITY));
  g_assert_nonnull (strstr (kw_program_get_phase_test (pt, KW_PHASE_CAPACITY), "decline"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/exercise/catalog/ids", test_catalog_ids);
  g_test_add_func ("/exercise/catalog/complete", test_catalog_complete);
  g_test_add_func ("/exercise/catalog/text", test_catalog_text);
  g_test_add_func ("/exercise/dose/text", test_dose_text);
  g_test_add_func ("/exercise/programs/complete", test_programs_complete);
  g_test_add_func ("/exercise/programs/avoid", test_programs_avoid);

  return g_test_run ();
}
