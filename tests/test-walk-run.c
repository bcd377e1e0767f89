/* test-walk-run.c: the walk-run levels, their intervals and the pain rules
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kw-date.h"
#include "kw-store.h"
#include "kw-test-date.h"
#include "kw-walk-run.h"

typedef enum { G, A, R, S, P } Outcome;   /* green, amber, red, swelling, pending */

static char *
iso (const GDate *date)
{
  return kw_date_to_iso (date);
}

static void
add_run (GArray      *runs,
         const GDate *date,
         guint        level,
         Outcome      outcome)
{
  KwRunLog run = { 0, };

  run.id = runs->len + 1;
  run.date = *date;
  run.level = level;
  run.duration_s = 35 * 60;
  run.next_morning = KW_NEXT_MORNING_NOT_WORSE;
  switch (outcome)
    {
    case G: run.pain_during = 1; break;
    case A: run.pain_during = 4; break;
    case R: run.pain_during = 7; break;
    case S: run.pain_during = 1; run.swelling = TRUE; break;
    case P: run.pain_during = 1; run.next_morning = KW_NEXT_MORNING_UNKNOWN; break;
    default: g_assert_not_reached ();
    }
  g_array_append_val (runs, run);
}

static void
compute (GArray         *runs,
         const GDate    *unlocked,
         const GDate    *today,
         KwWalkRunState *state)
{
  kw_walk_run_compute (unlocked, (KwRunLog *) runs->data, runs->len, today, state);
  g_test_message ("level %u, %u green: %s", state->level, state->greens, state->reason);
}

/* The runner does what the state says, with the given outcomes; returns the
 * state after the last one. */
static void
follow (GArray         *runs,
        const GDate    *unlocked,
        const Outcome  *outcomes,
        guint           n,
        KwWalkRunState *state)
{
  GDate today = *unlocked;

  compute (runs, unlocked, &today, state);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpint (state->stage, ==, KW_WALK_RUN_ACTIVE);
      today = state->next_date;
      add_run (runs, &today, state->level, outcomes[i]);
      kw_walk_run_state_clear (state);
      compute (runs, unlocked, &today, state);
    }
}

static void
test_levels_table (void)
{
  /* clinical.md section 7, exactly. */
  const guint expect[KW_WALK_RUN_N_LEVELS][4] = {
    { 6, 1, 4, 30 }, { 6, 2, 3, 30 }, { 6, 3, 2, 30 }, { 5, 4, 1, 25 }, { 4, 6, 1, 28 },
    { 3, 8, 1, 27 }, { 2, 12, 1, 26 }, { 1, 20, 0, 20 }, { 1, 25, 0, 25 }, { 1, 30, 0, 30 },
  };

  g_assert_null (kw_walk_run_get_level (0));
  g_assert_null (kw_walk_run_get_level (11));

  for (guint i = 1; i <= KW_WALK_RUN_N_LEVELS; i++)
    {
      const KwWalkRunLevel *l = kw_walk_run_get_level (i);
      g_autoptr(GArray) intervals = kw_walk_run_get_intervals (i);
      KwInterval *iv = (KwInterval *) intervals->data;
      guint runs = 0;

      g_assert_cmpuint (l->level, ==, i);
      g_assert_cmpuint (l->repeats, ==, expect[i - 1][0]);
      g_assert_cmpuint (l->run_min, ==, expect[i - 1][1]);
      g_assert_cmpuint (l->walk_min, ==, expect[i - 1][2]);
      g_assert_cmpuint (l->total_min, ==, expect[i - 1][3]);
      g_assert_cmpuint (l->repeats * (l->run_min + l->walk_min), ==, l->total_min);

      /* A 5-minute brisk walk first, then the level; nothing else. */
      g_assert_cmpint (iv[0].kind, ==, KW_INTERVAL_WARM_UP);
      g_assert_cmpuint (iv[0].seconds, ==, 300);
      g_assert_cmpuint (kw_intervals_total_seconds (iv, intervals->len), ==,
                        (5 + l->total_min) * 60);
      for (guint j = 1; j < intervals->len; j++)
        {
          if (iv[j].kind == KW_INTERVAL_RUN)
            {
              runs++;
              g_assert_cmpuint (iv[j].seconds, ==, l->run_min * 60);
            }
          else
            {
              g_assert_cmpint (iv[j].kind, ==, KW_INTERVAL_WALK);
              g_assert_cmpint (iv[j - 1].kind, ==, KW_INTERVAL_RUN);
              g_assert_cmpuint (iv[j].seconds, ==, l->walk_min * 60);
            }
        }
      g_assert_cmpuint (runs, ==, l->repeats);
    }

  {
    g_autofree char *one = kw_walk_run_level_describe (1);
    g_autofree char *eight = kw_walk_run_level_describe (8);

    g_assert_cmpstr (one, ==, "6 × (run 1 min, walk 4 min), 30 min");
    g_assert_cmpstr (eight, ==, "Run 20 min without stopping");
  }
}

static void
test_intervals_locate (void)
{
  g_autoptr(GArray) intervals = kw_walk_run_get_intervals (1);
  KwInterval *iv = (KwInterval *) intervals->data;
  guint index = 99, left = 99;

  g_assert_cmpuint (intervals->len, ==, 13);
  g_assert_true (kw_intervals_locate (iv, intervals->len, 0, &index, &left));
  g_assert_cmpuint (index, ==, 0);
  g_assert_cmpuint (left, ==, 300);
  g_assert_true (kw_intervals_locate (iv, intervals->len, 299, &index, &left));
  g_assert_cmpuint (index, ==, 0);
  g_assert_cmpuint (left, ==, 1);
  g_assert_true (kw_intervals_locate (iv, intervals->len, 300, &index, &left));
  g_assert_cmpuint (index, ==, 1);
  g_assert_cmpint (iv[index].kind, ==, KW_INTERVAL_RUN);
  g_assert_cmpuint (left, ==, 60);
  g_assert_true (kw_intervals_locate (iv, intervals->len, 360, &index, &left));
  g_assert_cmpint (iv[index].kind, ==, KW_INTERVAL_WALK);
  g_assert_cmpuint (left, ==, 240);
  g_assert_true (kw_intervals_locate (iv, intervals->len, 35 * 60 - 1, &index, &left));
  g_assert_cmpuint (index, ==, 12);
  g_assert_cmpuint (left, ==, 1);
  g_assert_false (kw_intervals_locate (iv, intervals->len, 35 * 60, &index, &left));
  g_assert_cmpuint (left, ==, 0);

  g_assert_cmpstr (kw_interval_kind_get_cue (KW_INTERVAL_RUN), ==, "Run");
  g_assert_cmpstr (kw_interval_kind_get_cue (KW_INTERVAL_WALK), ==, "Walk");
}

static void
test_run_zones (void)
{
  const struct {
    int pain;
    KwNextMorning morning;
    gboolean swelling, limp;
    KwRunZone zone;
    const char *says;
  } cases[] = {
    { 0, KW_NEXT_MORNING_NOT_WORSE, FALSE, FALSE, KW_RUN_ZONE_GREEN, "Green" },
    { 2, KW_NEXT_MORNING_NOT_WORSE, FALSE, FALSE, KW_RUN_ZONE_GREEN, "Green: pain 2/10" },
    { 3, KW_NEXT_MORNING_NOT_WORSE, FALSE, FALSE, KW_RUN_ZONE_AMBER, "Amber: pain 3/10" },
    { 5, KW_NEXT_MORNING_NOT_WORSE, FALSE, FALSE, KW_RUN_ZONE_AMBER, "Amber: pain 5/10" },
    { 6, KW_NEXT_MORNING_NOT_WORSE, FALSE, FALSE, KW_RUN_ZONE_RED, "Red: pain 6/10" },
    { 0, KW_NEXT_MORNING_WORSE_SETTLED, FALSE, FALSE, KW_RUN_ZONE_AMBER, "settled by midday" },
    { 0, KW_NEXT_MORNING_WORSE, FALSE, FALSE, KW_RUN_ZONE_RED, "worse the next morning" },
    { 0, KW_NEXT_MORNING_NOT_WORSE, TRUE, FALSE, KW_RUN_ZONE_RED, "swelled" },
    { 1, KW_NEXT_MORNING_NOT_WORSE, FALSE, TRUE, KW_RUN_ZONE_RED, "limped" },
    { 1, KW_NEXT_MORNING_UNKNOWN, FALSE, FALSE, KW_RUN_ZONE_PENDING, "next morning" },
    { 4, KW_NEXT_MORNING_UNKNOWN, FALSE, FALSE, KW_RUN_ZONE_PENDING, "amber so far" },
    { 6, KW_NEXT_MORNING_UNKNOWN, FALSE, FALSE, KW_RUN_ZONE_RED, "Red" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      KwRunLog run = { 0, };
      g_autofree char *reason = NULL;

      run.pain_during = cases[i].pain;
      run.next_morning = cases[i].morning;
      run.swelling = cases[i].swelling;
      run.limp = cases[i].limp;
      g_assert_cmpint (kw_run_zone (&run, &reason), ==, cases[i].zone);
      g_assert_nonnull (strstr (reason, cases[i].says));
    }
}

static void
test_locked_until_checklist (void)
{
  g_autoptr(GArray) runs = g_array_new (FALSE, TRUE, sizeof (KwRunLog));
  GDate today = kw_test_day (2026, 6, 1);
  GDate before = kw_test_day (2026, 5, 30);
  KwWalkRunState state;

  compute (runs, NULL, &today, &state);
  g_assert_cmpint (state.stage, ==, KW_WALK_RUN_LOCKED);
  g_assert_false (g_date_valid (&state.next_date));
  g_assert_nonnull (strstr (state.reason, "readiness test"));
  kw_walk_run_state_clear (&state);

  /* Runs before the checklist passed do not count towards the program. */
  add_run (runs, &before, 1, G);
  add_run (runs, &before, 1, G);
  compute (runs, &today, &today, &state);
  g_assert_cmpint (state.stage, ==, KW_WALK_RUN_ACTIVE);
  g_assert_cmpuint (state.level, ==, 1);
  g_assert_cmpuint (state.greens, ==, 0);
  g_assert_true (g_date_compare (&state.next_date, &today) == 0);
  g_assert_nonnull (strstr (state.reason, "Start with level 1"));
  kw_walk_run_state_clear (&state);
}

/* All green, every other day: level 1 to 10, twice each, across the year
 * end, then done. */
static void
test_all_green_to_level_ten (void)
{
  g_autoptr(GArray) runs = g_array_new (FALSE, TRUE, sizeof (KwRunLog));
  GDate unlocked = kw_test_day (2026, 12, 15);
  Outcome greens[20];
  KwWalkRunState state;
  g_autofree char *last = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (greens); i++)
    greens[i] = G;

  follow (runs, &unlocked, greens, 20, &state);
  g_assert_cmpint (state.stage, ==, KW_WALK_RUN_COMPLETE);
  g_assert_cmpuint (state.level, ==, 10);
  g_assert_nonnull (strstr (state.reason, "10%"));
  kw_walk_run_state_clear (&state);

  for (guint i = 0; i < runs->len; i++)
    {
      KwRunLog *run = &g_array_index (runs, KwRunLog, i);

      g_assert_cmpuint (run->level, ==, i / 2 + 1);
      if (i > 0)
        g_assert_cmpint (g_date_days_between (&g_array_index (runs, KwRunLog, i - 1).date,
                                              &run->date), ==, 2);
    }
  last = iso (&g_array_index (runs, KwRunLog, 19).date);
  g_assert_cmpstr (last, ==, "2027-01-22");
}

static void
test_amber_repeats (void)
{
  g_autoptr(GArray) runs = g_array_new (FALSE, TRUE, sizeof (KwRunLog));
  GDate unlocked = kw_test_day (2026, 4, 27);
  const Outcome outcomes[] = { G, A, A, G };
  KwWalkRunState state;

  follow (runs, &unlocked, outcomes, 2, &state);
  g_assert_cmpuint (state.level, ==, 1);
  g_assert_cmpuint (state.greens, ==, 1);
  g_assert_nonnull (strstr (state.reason, "Amber: pain 4/10"));
  g_assert_nonnull (strstr (state.reason, "Repeat level 1"));
  kw_walk_run_state_clear (&state);

  g_array_set_size (runs, 0);
  follow (runs, &unlocked, outcomes, 4, &state);
  g_assert_cmpuint (state.level, ==, 2);
  g_assert_cmpuint (state.greens, ==, 0);
  g_assert_nonnull (strstr (state.reason, "move up to level 2"));
  kw_walk_run_state_clear (&state);
}

static void
test_red_drops_with_48h_off (void)
{
  g_autoptr(GArray) runs = g_array_new (FALSE, TRUE, sizeof (KwRunLog));
  GDate unlocked = kw_test_day (2026, 1, 20);
  const Outcome outcomes[] = { G, G, G, G, R };
  KwWalkRunState state;
  GDate red;
  g_autofree char *next = NULL;

  follow (runs, &unlocked, outcomes, G_N_ELEMENTS (outcomes), &state);
  red = g_array_index (runs, KwRunLog, 4).date;
  g_assert_cmpuint (g_array_index (runs, KwRunLog, 4).level, ==, 3);
  g_assert_cmpint (state.stage, ==, KW_WALK_RUN_ACTIVE);
  g_assert_cmpuint (state.level, ==, 2);
  g_assert_cmpuint (state.greens, ==, 0);
  g_assert_cmpuint (state.n_reds, ==, 1);
  /* Red on 28 January: 29 and 30 off, next on the 31st. */
  next = iso (&state.next_date);
  g_assert_cmpint (g_date_days_between (&red, &state.next_date), ==, 3);
  g_assert_cmpstr (next, ==, "2026-01-31");
  g_assert_nonnull (strstr (state.reason, "Back to level 2"));
  g_assert_nonnull (strstr (state.reason, "Sat 31 Jan 2026"));
  kw_walk_run_state_clear (&state);

  /* Red at level 1 stays at level 1. */
  g_array_set_size (runs, 0);
  {
    const Outcome first_red[] = { R };

    follow (runs, &unlocked, first_red, 1, &state);
    g_assert_cmpuint (state.level, ==, 1);
    kw_walk_run_state_clear (&state);
  }
}

static void
test_two_reds_stop (void)
{
  g_autoptr(GArray) runs = g_array_new (FALSE, TRUE, sizeof (KwRunLog));
  GDate unlocked = kw_test_day (2026, 2, 1);
  const Outcome outcomes[] = { G, G, R, G, G, G, R };
  KwWalkRunState state;
  GDate later;

  follow (runs, &unlocked, outcomes, 6, &state);
  g_assert_cmpint (state.stage, ==, KW_WALK_RUN_ACTIVE);
  g_assert_cmpuint (state.level, ==, 2);
  kw_walk_run_state_clear (&state);

  g_array_set_size (runs, 0);
  follow (runs, &unlocked, outcomes, 7, &state);
  g_assert_cmpint (state.stage, ==, KW_WALK_RUN_STOPPED);
  g_assert_cmpuint (state.n_reds, ==, 2);
  g_assert_false (g_date_valid (&state.next_date));
  g_assert_nonnull (strstr (state.reason, "second red run"));
  g_assert_nonnull (strstr (state.reason, "warning-sign questions"));
  kw_walk_run_state_clear (&state);

  /* A new pass of the checklist after the stop restarts at level 1. */
  later = g_array_index (runs, KwRunLog, 6).date;
  g_date_add_days (&later, 10);
  compute (runs, &later, &later, &state);
  g_assert_cmpint (state.stage, ==, KW_WALK_RUN_ACTIVE);
  g_assert_cmpuint (state.level, ==, 1);
  g_assert_cmpuint (state.n_reds, ==, 0);
  kw_walk_run_state_clear (&state);
}

static void
test_swelling_stops (void)
{
  g_autoptr(GArray) runs = g_array_new (FALSE, TRUE, sizeof (KwRunLog));
  GDate unlocked = kw_test_day (2026, 2, 1);
  const Outcome outcomes[] = { G, S };
  KwWalkRunState state;

  follow (runs, &unlocked, outcomes, 2, &state);
  g_assert_cmpint (state.stage, ==, KW_WALK_RUN_STOPPED);
  g_assert_nonnull (strstr (state.reason, "swelled"));
  kw_walk_run_state_clear (&state);
}

/* A runner who runs every day anyway still moves up at most two levels in
 * any 7 days: a run logged above that counts at the level allowed. */
static void
test_two_levels_per_week (void)
{
  g_autoptr(GArray) runs = g_array_new (FALSE, TRUE, sizeof (KwRunLog));
  GDate unlocked = kw_test_day (2026, 3, 23);
  GDate d = unlocked;
  KwWalkRunState state;
  g_autofree char *next = NULL;

  /* 23, 24 at level 1; 25, 26 at level 2 (up on the 25th); 27, 28 at
   * level 3 (up on the 27th); the 29th logged at level 4, a third move up
   * within 7 days: it counts as level 3. */
  for (guint i = 0; i < 7; i++)
    {
      add_run (runs, &d, MIN (i / 2 + 1, 4), G);
      g_date_add_days (&d, 1);
    }
  d = kw_test_day (2026, 3, 29);
  compute (runs, &unlocked, &d, &state);

  /* Had the 29th counted at level 4, level 4 would already have one green. */
  g_assert_cmpuint (state.level, ==, 4);
  g_assert_cmpuint (state.greens, ==, 0);
  /* And no fifth session within 7 days: the next is on 2 April. */
  next = iso (&state.next_date);
  g_assert_cmpstr (next, ==, "2026-04-02");
  g_assert_nonnull (strstr (state.reason, "move up to level 4 on Thu 2 Apr 2026"));
  kw_walk_run_state_clear (&state);

  /* Without the 29th: level 3 done twice green on the 28th, level 4 on 1 April. */
  g_array_set_size (runs, 6);
  d = kw_test_day (2026, 3, 28);
  compute (runs, &unlocked, &d, &state);
  g_assert_cmpuint (state.level, ==, 4);
  next = (g_free (next), iso (&state.next_date));
  g_assert_cmpstr (next, ==, "2026-04-01");
  kw_walk_run_state_clear (&state);
}

static void
test_weekly_cap (void)
{
  g_autoptr(GArray) runs = g_array_new (FALSE, TRUE, sizeof (KwRunLog));
  GDate unlocked = kw_test_day (2026, 10, 19);
  GDate d = unlocked;
  KwWalkRunState state;
  g_autofree char *next = NULL;

  /* Four days in a row (the runner ignored "every other day"): no fifth
   * session until four are no longer within 7 days. */
  for (guint i = 0; i < 4; i++)
    {
      add_run (runs, &d, 1, A);
      g_date_add_days (&d, 1);
    }
  compute (runs, &unlocked, &d, &state);
  next = iso (&state.next_date);
  g_assert_cmpstr (next, ==, "2026-10-26");
  kw_walk_run_state_clear (&state);
}

static void
test_pending_next_morning (void)
{
  g_autoptr(GArray) runs = g_array_new (FALSE, TRUE, sizeof (KwRunLog));
  GDate unlocked = kw_test_day (2026, 5, 1);
  const Outcome outcomes[] = { G, P };
  const Outcome forgot[] = { G, P, G };
  KwWalkRunState state;

  follow (runs, &unlocked, outcomes, 2, &state);
  g_assert_true (state.waiting_next_morning);
  g_assert_cmpuint (state.level, ==, 1);
  g_assert_nonnull (strstr (state.reason, "morning after the run on Sun 3 May 2026"));
  kw_walk_run_state_clear (&state);

  /* Told next morning it was fine: now it counts. */
  g_array_index (runs, KwRunLog, 1).next_morning = KW_NEXT_MORNING_NOT_WORSE;
  compute (runs, &unlocked, &unlocked, &state);
  g_assert_false (state.waiting_next_morning);
  g_assert_cmpuint (state.level, ==, 2);
  kw_walk_run_state_clear (&state);

  /* Never told: never counted as green. */
  g_array_set_size (runs, 0);
  follow (runs, &unlocked, forgot, 3, &state);
  g_assert_cmpuint (state.level, ==, 2);
  g_assert_cmpuint (g_array_index (runs, KwRunLog, 2).level, ==, 1);
  kw_walk_run_state_clear (&state);
}

static void
test_red_after_program (void)
{
  g_autoptr(GArray) runs = g_array_new (FALSE, TRUE, sizeof (KwRunLog));
  GDate unlocked = kw_test_day (2026, 7, 1);
  Outcome greens[20];
  KwWalkRunState state;
  GDate d;

  for (guint i = 0; i < G_N_ELEMENTS (greens); i++)
    greens[i] = G;
  follow (runs, &unlocked, greens, 20, &state);
  g_assert_cmpint (state.stage, ==, KW_WALK_RUN_COMPLETE);
  d = state.next_date;
  kw_walk_run_state_clear (&state);

  /* A free run that goes red puts the runner back on level 10. */
  add_run (runs, &d, 0, R);
  compute (runs, &unlocked, &d, &state);
  g_assert_cmpint (state.stage, ==, KW_WALK_RUN_ACTIVE);
  g_assert_cmpuint (state.level, ==, 10);
  g_assert_cmpint (g_date_days_between (&d, &state.next_date), ==, 3);
  kw_walk_run_state_clear (&state);
}

static void
test_run_validate (void)
{
  KwRunLog run = { 0, };
  g_autoptr(GError) error = NULL;

  run.date = kw_test_day (2026, 1, 1);
  run.level = 3;
  run.duration_s = 35 * 60;
  run.distance_m = 4200;
  g_assert_true (kw_run_log_validate (&run, &error));
  g_assert_no_error (error);

  run.pain_during = 11;
  g_assert_false (kw_run_log_validate (&run, &error));
  g_assert_error (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "0 to 10; 11"));
  g_clear_error (&error);
  run.pain_during = 0;

  run.level = 11;
  g_assert_false (kw_run_log_validate (&run, &error));
  g_assert_nonnull (strstr (error->message, "Level 11 does not exist"));
  g_clear_error (&error);
  run.level = 3;

  run.duration_s = 0;
  g_assert_false (kw_run_log_validate (&run, &error));
  g_assert_nonnull (strstr (error->message, "more than 0 minutes"));
  g_clear_error (&error);
  run.duration_s = 60;

  run.distance_m = 900000;
  g_assert_false (kw_run_log_validate (&run, &error));
  g_assert_nonnull (strstr (error->message, "900.0 km"));
  g_clear_error (&error);
  run.distance_m = 0;

  g_date_clear (&run.date, 1);
  g_assert_false (kw_run_log_validate (&run, &error));
  g_assert_nonnull (strstr (error->message, "date"));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/walk-run/levels", test_levels_table);
  g_test_add_func ("/walk-run/intervals/locate", test_intervals_locate);
  g_test_add_func ("/walk-run/zones", test_run_zones);
  g_test_add_func ("/walk-run/locked", test_locked_until_checklist);
  g_test_add_func ("/walk-run/all-green", test_all_green_to_level_ten);
  g_test_add_func ("/walk-run/amber-repeats", test_amber_repeats);
  g_test_add_func ("/walk-run/red-drops", test_red_drops_with_48h_off);
  g_test_add_func ("/walk-run/two-reds-stop", test_two_reds_stop);
  g_test_add_func ("/walk-run/swelling-stops", test_swelling_stops);
  g_test_add_func ("/walk-run/two-levels-per-week", test_two_levels_per_week);
  g_test_add_func ("/walk-run/weekly-cap", test_weekly_cap);
  g_test_add_func ("/walk-run/pending-next-morning", test_pending_next_morning);
  g_test_add_func ("/walk-run/red-after-program", test_red_after_program);
  g_test_add_func ("/walk-run/validate", test_run_validate);

  return g_test_run ();
}
