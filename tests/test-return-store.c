/* test-return-store.c: rest, readiness and runs through the store, and the
 * status the app and the CLI show
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kw-date.h"
#include "kw-return-status.h"
#include "kw-store-private.h"
#include "kw-test-date.h"

static const char *general_ids[] = {
  "daily-life", "brisk-walk", "stairs", "single-leg-squat", "bridge-plank", "calf-raise", "hops",
};

static KwStore *
open_store (void)
{
  g_autofree char *path = kw_store_dup_default_path ();
  g_autoptr(GError) error = NULL;
  KwStore *store = kw_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

static void
count_changed_cb (KwStore    *store,
                  const char *what,
                  guint      *count)
{
  g_assert_cmpstr (what, ==, "return-to-run");
  (*count)++;
}

static void
status_at (KwStore        *store,
           GDate           today,
           KwReturnStatus *status)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kw_return_status_load (store, &today, status, &error));
  g_assert_no_error (error);
  g_test_message ("%s: %s", kw_return_step_get_title (status->step), status->headline);
}

static void
assert_iso (const GDate *date,
            const char  *iso)
{
  g_autofree char *s = kw_date_to_iso (date);

  g_assert_cmpstr (s, ==, iso);
}

static gint64
record_all (KwStore       *store,
            GDate          on,
            int            pain,
            KwNextMorning  morning)
{
  g_autoptr(GError) error = NULL;
  gint64 attempt = kw_return_begin_readiness (store, &on, FALSE, &error);

  g_assert_no_error (error);
  g_assert_cmpint (attempt, >, 0);
  for (guint i = 0; i < G_N_ELEMENTS (general_ids); i++)
    {
      KwReadinessEntry e = { general_ids[i], TRUE, pain, morning, FALSE };

      g_assert_true (kw_return_record_readiness (store, attempt, &e, &on, &error));
      g_assert_no_error (error);
    }

  return attempt;
}

static const char pt_answers[] =
  "[answers]\nlocations=below-kneecap\nfeel=ache;stiffness\n"
  "worse-with=jumping;speed;morning\nonset=gradual\nsettles-within-48h=true\n"
  "pain-running=4\ndays=13\nage=24\n";
static const char pfp_mild_answers[] =
  "[answers]\nlocations=front\nfeel=ache\nworse-with=stairs-down;sitting;squatting\n"
  "onset=gradual\nsettles-within-48h=true\npain-now=1\npain-running=2\ndays=10\nage=28\n";

static KwAssessment *
save_assessment (KwStore    *store,
                 const char *data,
                 const char *created_utc)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KwAnswers) answers = kw_answers_new_from_data (data, -1, "test", &error);
  g_autoptr(GDateTime) created = g_date_time_new_from_iso8601 (created_utc, NULL);
  KwAssessment *assessment;

  g_assert_no_error (error);
  assessment = kw_assessment_new_at (answers, created);
  g_assert_true (kw_assessment_save (assessment, store, &error));
  g_assert_no_error (error);
  return assessment;
}

/* A rest-and-rehab result starts the rest period on its local day, once. */
static void
test_follow_assessment (void)
{
  g_autoptr(KwStore) store = open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KwAssessment) mild = NULL;
  g_autoptr(KwAssessment) pt = NULL;
  g_autoptr(KwAssessment) again = NULL;
  KwRestDates dates;
  gboolean started = TRUE, open = FALSE;

  g_assert_true (kw_return_follow_assessment (store, NULL, &started, &error));
  g_assert_false (started);

  mild = save_assessment (store, pfp_mild_answers, "2026-03-20T10:00:00Z");
  g_assert_cmpint (kw_assessment_get_triage (mild), ==, KW_TRIAGE_REDUCE_AND_CONTINUE);
  g_assert_true (kw_return_follow_assessment (store, mild, &started, &error));
  g_assert_false (started);
  g_assert_false (kw_return_points_to_tendinopathy (mild));

  /* 23:30 UTC on the 27th is 00:30 on the 28th in Berlin. */
  pt = save_assessment (store, pt_answers, "2026-03-27T23:30:00Z");
  g_assert_cmpint (kw_assessment_get_triage (pt), ==, KW_TRIAGE_REST_AND_REHAB);
  g_assert_true (kw_return_points_to_tendinopathy (pt));
  g_assert_true (kw_return_follow_assessment (store, pt, &started, &error));
  g_assert_no_error (error);
  g_assert_true (started);
  g_assert_true (kw_return_load_rest (store, &dates, &open, &error));
  g_assert_true (open);
  assert_iso (&dates.start, "2026-03-28");
  assert_iso (&dates.reassess, "2026-04-02");

  /* Seen again: nothing new. */
  g_assert_true (kw_return_follow_assessment (store, pt, &started, &error));
  g_assert_false (started);

  /* The checklist passes, the rest ends; the old result does not restart it. */
  record_all (store, kw_test_day (2026, 4, 2), 0, KW_NEXT_MORNING_NOT_WORSE);
  g_assert_true (kw_return_load_rest (store, &dates, &open, &error));
  g_assert_false (open);
  g_assert_true (kw_return_follow_assessment (store, pt, &started, &error));
  g_assert_false (started);

  /* A new rest-and-rehab result weeks later starts a new rest period. */
  again = save_assessment (store, pt_answers, "2026-05-10T08:00:00Z");
  g_assert_true (kw_return_follow_assessment (store, again, &started, &error));
  g_assert_true (started);
  g_assert_true (kw_return_load_rest (store, &dates, &open, &error));
  g_assert_true (open);
  assert_iso (&dates.start, "2026-05-10");
}

static void
test_rest_start (void)
{
  g_autoptr(KwStore) store = open_store ();
  g_autoptr(GError) error = NULL;
  GDate start = kw_test_day (2026, 12, 28);
  GDate later = kw_test_day (2027, 1, 3);
  KwRestDates dates;
  gboolean open = TRUE;
  guint changed = 0;

  g_signal_connect (store, "changed::return-to-run", G_CALLBACK (count_changed_cb), &changed);

  g_assert_false (kw_return_start_rest (store, KW_TRIAGE_REDUCE_AND_CONTINUE, &start, NULL,
                                        &error));
  g_assert_error (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“Keep running, but less”"));
  g_clear_error (&error);
  g_assert_false (kw_return_start_rest (store, KW_TRIAGE_EMERGENCY, &start, NULL, &error));
  g_clear_error (&error);
  g_assert_true (kw_return_load_rest (store, &dates, &open, &error));
  g_assert_false (g_date_valid (&dates.start));
  g_assert_false (open);
  g_assert_cmpuint (changed, ==, 0);

  g_assert_true (kw_return_start_rest (store, KW_TRIAGE_REST_AND_REHAB, &start, &dates,
                                       &error));
  g_assert_no_error (error);
  assert_iso (&dates.reassess, "2027-01-02");
  assert_iso (&dates.see_someone, "2027-01-11");
  g_assert_cmpuint (changed, ==, 1);

  /* A second rest-and-rehab result keeps the first dates. */
  g_assert_true (kw_return_start_rest (store, KW_TRIAGE_REST_AND_REHAB, &later, &dates,
                                       &error));
  assert_iso (&dates.start, "2026-12-28");
  g_assert_cmpuint (changed, ==, 1);

  g_clear_object (&store);
  store = open_store ();
  g_assert_true (kw_return_load_rest (store, &dates, &open, &error));
  g_assert_true (open);
  assert_iso (&dates.see_someone, "2027-01-11");
}

/* From a rest-and-rehab result to level 10 and beyond. */
static void
test_journey (void)
{
  g_autoptr(KwStore) store = open_store ();
  g_autoptr(GError) error = NULL;
  KwReturnStatus status;
  GDate start = kw_test_day (2026, 3, 23);
  GDate today;
  gint64 attempt;
  gboolean open;
  KwRestDates dates;
  guint sessions = 0;

  g_assert_true (kw_return_start_rest (store, KW_TRIAGE_REST_AND_REHAB, &start, NULL, &error));

  status_at (store, kw_test_day (2026, 3, 25), &status);
  g_assert_cmpint (status.step, ==, KW_RETURN_STEP_RESTING);
  g_assert_false (status.rescreen_red_flags);
  g_assert_nonnull (strstr (status.headline, "Sat 28 Mar 2026"));
  g_assert_cmpint (status.walk_run.stage, ==, KW_WALK_RUN_LOCKED);
  kw_return_status_clear (&status);

  /* Not before the check date. */
  {
    GDate early = kw_test_day (2026, 3, 27);

    g_assert_cmpint (kw_return_begin_readiness (store, &early, FALSE, &error), ==, 0);
    g_assert_error (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "start on Sat 28 Mar 2026"));
    g_clear_error (&error);
  }

  status_at (store, kw_test_day (2026, 3, 28), &status);
  g_assert_cmpint (status.step, ==, KW_RETURN_STEP_REASSESS);
  g_assert_true (status.rescreen_red_flags);
  kw_return_status_clear (&status);

  /* The tests on the 28th; the next morning is not known yet. */
  attempt = record_all (store, kw_test_day (2026, 3, 28), 1, KW_NEXT_MORNING_UNKNOWN);
  status_at (store, kw_test_day (2026, 3, 28), &status);
  g_assert_cmpint (status.step, ==, KW_RETURN_STEP_CHECKLIST);
  g_assert_cmpint (status.readiness.verdict, ==, KW_READINESS_WAITING);
  g_assert_cmpint (status.walk_run.stage, ==, KW_WALK_RUN_LOCKED);
  kw_return_status_clear (&status);

  /* Fine next morning (the clocks changed overnight). */
  for (guint i = 0; i < G_N_ELEMENTS (general_ids); i++)
    {
      KwReadinessEntry e = { general_ids[i], TRUE, 1, KW_NEXT_MORNING_NOT_WORSE, FALSE };
      GDate on = kw_test_day (2026, 3, 29);

      g_assert_cmpint (kw_return_begin_readiness (store, &on, FALSE, &error), ==, attempt);
      g_assert_true (kw_return_record_readiness (store, attempt, &e, &on, &error));
    }
  g_assert_true (kw_return_load_rest (store, &dates, &open, &error));
  g_assert_false (open);

  status_at (store, kw_test_day (2026, 3, 29), &status);
  g_assert_cmpint (status.step, ==, KW_RETURN_STEP_WALK_RUN);
  g_assert_cmpint (status.readiness.verdict, ==, KW_READINESS_PASSED);
  assert_iso (&status.unlocked, "2026-03-29");
  g_assert_cmpuint (status.walk_run.level, ==, 1);
  assert_iso (&status.walk_run.next_date, "2026-03-29");
  today = status.walk_run.next_date;
  kw_return_status_clear (&status);

  /* Twenty green sessions, logged the day of the run and told the next morning. */
  for (;;)
    {
      KwRunLog run = { 0, };
      gint64 id;

      status_at (store, today, &status);
      if (status.step != KW_RETURN_STEP_WALK_RUN)
        break;
      run.date = status.walk_run.next_date;
      run.level = status.walk_run.level;
      run.duration_s = (5 + kw_walk_run_get_level (run.level)->total_min) * 60;
      run.distance_m = 3000 + 100 * sessions;
      run.pain_during = 1;
      kw_return_status_clear (&status);

      id = kw_return_log_run (store, &run, &error);
      g_assert_no_error (error);
      /* Asked from the next morning on, not the evening of the run. */
      status_at (store, run.date, &status);
      g_assert_cmpint (status.pending_run_id, ==, 0);
      g_assert_true (status.walk_run.waiting_next_morning);
      kw_return_status_clear (&status);
      status_at (store, kw_date_plus_days (&run.date, 1), &status);
      g_assert_cmpint (status.pending_run_id, ==, id);
      kw_return_status_clear (&status);

      g_assert_true (kw_return_set_next_morning (store, id, KW_NEXT_MORNING_NOT_WORSE, FALSE,
                                                 &error));
      g_assert_no_error (error);
      today = kw_date_plus_days (&run.date, 1);
      sessions++;
      g_assert_cmpuint (sessions, <=, 20);
    }

  g_assert_cmpuint (sessions, ==, 20);
  g_assert_cmpint (status.step, ==, KW_RETURN_STEP_RUNNING);
  g_assert_cmpint (status.walk_run.stage, ==, KW_WALK_RUN_COMPLETE);
  g_assert_cmpint (status.pending_run_id, ==, 0);
  g_assert_true (status.weekly.has_basis);
  kw_return_status_clear (&status);

  /* Beyond level 10: the load guard on the longest run so far (4.9 km). */
  {
    g_autoptr(GArray) runs = kw_return_load_runs (store, &error);
    KwRunCheck check;

    g_assert_cmpuint (runs->len, ==, 20);
    kw_load_guard_check_run ((KwRunLog *) runs->data, runs->len, &today, 5390, 0, &check);
    g_assert_false (check.warn);
    kw_run_check_clear (&check);
    kw_load_guard_check_run ((KwRunLog *) runs->data, runs->len, &today, 5391, 0, &check);
    g_assert_true (check.warn);
    kw_run_check_clear (&check);
  }
}

static void
test_failed_checklist_retest (void)
{
  g_autoptr(KwStore) store = open_store ();
  g_autoptr(GError) error = NULL;
  KwReturnStatus status;
  KwReadinessEntry stairs = { "stairs", TRUE, 4, KW_NEXT_MORNING_UNKNOWN, FALSE };
  KwReadinessEntry decline = { "decline-squat", TRUE, 1, KW_NEXT_MORNING_UNKNOWN, FALSE };
  GDate on = kw_test_day (2026, 1, 29);
  GDate early = kw_test_day (2026, 2, 4);
  GDate retest = kw_test_day (2026, 2, 5);
  gint64 attempt, again;

  attempt = kw_return_begin_readiness (store, &on, FALSE, &error);
  g_assert_no_error (error);

  g_assert_false (kw_return_record_readiness (store, attempt, &decline, &on, &error));
  g_assert_error (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "only for a sore tendon"));
  g_clear_error (&error);
  g_assert_false (kw_return_record_readiness (store, attempt + 100, &stairs, &on, &error));
  g_assert_error (error, KW_STORE_ERROR, KW_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (kw_return_record_readiness (store, attempt, &stairs, &on, &error));
  status_at (store, on, &status);
  g_assert_cmpint (status.step, ==, KW_RETURN_STEP_RETEST);
  g_assert_cmpint (status.walk_run.stage, ==, KW_WALK_RUN_LOCKED);
  assert_iso (&status.readiness.retest, "2026-02-05");
  g_assert_nonnull (strstr (status.headline, "Stairs: pain 4/10"));
  g_assert_nonnull (strstr (status.headline, "Thu 5 Feb 2026"));
  kw_return_status_clear (&status);

  g_assert_cmpint (kw_return_begin_readiness (store, &early, FALSE, &error), ==, 0);
  g_assert_error (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "from Thu 5 Feb 2026"));
  g_clear_error (&error);

  status_at (store, retest, &status);
  g_assert_cmpint (status.step, ==, KW_RETURN_STEP_CHECKLIST);
  kw_return_status_clear (&status);

  again = kw_return_begin_readiness (store, &retest, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (again, >, attempt);
  status_at (store, retest, &status);
  g_assert_cmpint (status.readiness.verdict, ==, KW_READINESS_NOT_STARTED);
  kw_return_status_clear (&status);
}

static void
test_see_someone_after_two_weeks (void)
{
  g_autoptr(KwStore) store = open_store ();
  g_autoptr(GError) error = NULL;
  KwReturnStatus status;
  GDate start = kw_test_day (2026, 10, 20);

  g_assert_true (kw_return_start_rest (store, KW_TRIAGE_REST_AND_REHAB, &start, NULL, &error));
  record_all (store, kw_test_day (2026, 10, 26), 3, KW_NEXT_MORNING_NOT_WORSE);

  status_at (store, kw_test_day (2026, 11, 2), &status);
  g_assert_cmpint (status.step, ==, KW_RETURN_STEP_CHECKLIST);
  kw_return_status_clear (&status);

  status_at (store, kw_test_day (2026, 11, 3), &status);
  g_assert_cmpint (status.step, ==, KW_RETURN_STEP_SEE_SOMEONE);
  g_assert_true (status.rescreen_red_flags);
  g_assert_nonnull (strstr (status.headline, "physio"));
  /* The failed checklist is still there to show. */
  g_assert_cmpint (status.readiness.verdict, ==, KW_READINESS_FAILED);
  kw_return_status_clear (&status);
}

static void
log_simple (KwStore  *store,
            GDate     on,
            guint     level,
            int       pain,
            gboolean  swelling)
{
  g_autoptr(GError) error = NULL;
  KwRunLog run = { 0, };

  run.date = on;
  run.level = level;
  run.duration_s = 1800;
  run.pain_during = pain;
  run.swelling = swelling;
  run.next_morning = KW_NEXT_MORNING_NOT_WORSE;
  g_assert_cmpint (kw_return_log_run (store, &run, &error), >, 0);
  g_assert_no_error (error);
}

static void
test_stop_and_rescreen (void)
{
  g_autoptr(KwStore) store = open_store ();
  KwReturnStatus status;

  record_all (store, kw_test_day (2026, 6, 1), 0, KW_NEXT_MORNING_NOT_WORSE);
  log_simple (store, kw_test_day (2026, 6, 1), 1, 1, FALSE);
  log_simple (store, kw_test_day (2026, 6, 3), 1, 1, TRUE);

  status_at (store, kw_test_day (2026, 6, 4), &status);
  g_assert_cmpint (status.step, ==, KW_RETURN_STEP_STOPPED);
  g_assert_true (status.rescreen_red_flags);
  g_assert_nonnull (strstr (status.headline, "swelled"));
  kw_return_status_clear (&status);

  /* After the re-screen, a new round of tests; the program waits for it. */
  record_all (store, kw_test_day (2026, 6, 10), 0, KW_NEXT_MORNING_UNKNOWN);
  status_at (store, kw_test_day (2026, 6, 10), &status);
  g_assert_cmpint (status.step, ==, KW_RETURN_STEP_CHECKLIST);
  g_assert_true (status.rescreen_red_flags);
  kw_return_status_clear (&status);

  record_all (store, kw_test_day (2026, 6, 11), 0, KW_NEXT_MORNING_NOT_WORSE);
  status_at (store, kw_test_day (2026, 6, 11), &status);
  g_assert_cmpint (status.step, ==, KW_RETURN_STEP_WALK_RUN);
  g_assert_cmpuint (status.walk_run.level, ==, 1);
  g_assert_cmpuint (status.walk_run.n_reds, ==, 0);
  kw_return_status_clear (&status);
}

/* Told to rest again in the middle of the program: running is locked
 * until the checklist passes again, then starts over at level 1. */
static void
test_rest_again_during_program (void)
{
  g_autoptr(KwStore) store = open_store ();
  g_autoptr(GError) error = NULL;
  KwReturnStatus status;
  GDate again = kw_test_day (2026, 9, 10);

  record_all (store, kw_test_day (2026, 9, 1), 0, KW_NEXT_MORNING_NOT_WORSE);
  log_simple (store, kw_test_day (2026, 9, 1), 1, 0, FALSE);
  log_simple (store, kw_test_day (2026, 9, 3), 1, 0, FALSE);
  log_simple (store, kw_test_day (2026, 9, 5), 2, 0, FALSE);

  status_at (store, kw_test_day (2026, 9, 7), &status);
  g_assert_cmpint (status.step, ==, KW_RETURN_STEP_WALK_RUN);
  g_assert_cmpuint (status.walk_run.level, ==, 2);
  kw_return_status_clear (&status);

  g_assert_true (kw_return_start_rest (store, KW_TRIAGE_REST_AND_REHAB, &again, NULL, &error));
  status_at (store, kw_test_day (2026, 9, 11), &status);
  g_assert_cmpint (status.step, ==, KW_RETURN_STEP_RESTING);
  g_assert_cmpint (status.walk_run.stage, ==, KW_WALK_RUN_LOCKED);
  g_assert_false (g_date_valid (&status.unlocked));
  kw_return_status_clear (&status);

  record_all (store, kw_test_day (2026, 9, 15), 0, KW_NEXT_MORNING_NOT_WORSE);
  status_at (store, kw_test_day (2026, 9, 15), &status);
  g_assert_cmpint (status.step, ==, KW_RETURN_STEP_WALK_RUN);
  assert_iso (&status.unlocked, "2026-09-15");
  g_assert_cmpuint (status.walk_run.level, ==, 1);
  kw_return_status_clear (&status);
}

static void
test_bad_input_keeps_data (void)
{
  g_autoptr(KwStore) store = open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) runs = NULL;
  KwRunLog run = { 0, };
  KwReadinessEntry bad = { "stairs", TRUE, 12, KW_NEXT_MORNING_UNKNOWN, FALSE };
  GDate on = kw_test_day (2026, 5, 5);
  GDate bad_date;
  gint64 attempt;
  guint changed = 0;

  log_simple (store, on, 1, 0, FALSE);
  g_signal_connect (store, "changed::return-to-run", G_CALLBACK (count_changed_cb), &changed);

  run.date = on;
  run.level = 1;
  run.duration_s = 1800;
  run.pain_during = 11;
  g_assert_cmpint (kw_return_log_run (store, &run, &error), ==, 0);
  g_assert_error (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (kw_return_set_next_morning (store, 999, KW_NEXT_MORNING_WORSE, FALSE, &error));
  g_assert_error (error, KW_STORE_ERROR, KW_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  attempt = kw_return_begin_readiness (store, &on, FALSE, &error);
  changed = 0;
  g_assert_false (kw_return_record_readiness (store, attempt, &bad, &on, &error));
  g_assert_nonnull (strstr (error->message, "0 to 10; 12"));
  g_clear_error (&error);

  g_date_clear (&bad_date, 1);
  g_assert_false (kw_return_start_rest (store, KW_TRIAGE_REST_AND_REHAB, &bad_date, NULL,
                                        &error));
  g_assert_error (error, KW_STORE_ERROR, KW_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (changed, ==, 0);

  runs = kw_return_load_runs (store, &error);
  g_assert_cmpuint (runs->len, ==, 1);
  g_assert_cmpint (g_array_index (runs, KwRunLog, 0).pain_during, ==, 0);
}

static void
test_disk_full_keeps_runs (void)
{
  g_autoptr(KwStore) store = open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) runs = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean failed = FALSE;

  log_simple (store, kw_test_day (2026, 5, 1), 1, 0, FALSE);
  stmt = _kw_store_prepare (store, "PRAGMA page_count", &error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  _kw_store_set_max_pages (store, sqlite3_column_int64 (stmt, 0));
  g_clear_pointer (&stmt, sqlite3_finalize);

  for (guint i = 0; i < 2000 && !failed; i++)
    {
      KwRunLog run = { 0, };

      run.date = kw_test_day (2026, 5, 2);
      run.level = 1;
      run.duration_s = 1800;
      failed = kw_return_log_run (store, &run, &error) == 0;
    }
  g_assert_true (failed);
  g_assert_error (error, KW_STORE_ERROR, KW_STORE_ERROR_DISK_FULL);
  g_clear_error (&error);
  g_clear_object (&store);

  store = open_store ();
  runs = kw_return_load_runs (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (runs->len, >=, 1);
  g_assert_cmpint (g_date_get_day (&g_array_index (runs, KwRunLog, 0).date), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/return-store/rest-start", test_rest_start);
  g_test_add_func ("/return-store/follow-assessment", test_follow_assessment);
  g_test_add_func ("/return-store/journey", test_journey);
  g_test_add_func ("/return-store/failed-checklist-retest", test_failed_checklist_retest);
  g_test_add_func ("/return-store/see-someone", test_see_someone_after_two_weeks);
  g_test_add_func ("/return-store/stop-and-rescreen", test_stop_and_rescreen);
  g_test_add_func ("/return-store/rest-again", test_rest_again_during_program);
  g_test_add_func ("/return-store/bad-input", test_bad_input_keeps_data);
  g_test_add_func ("/return-store/disk-full", test_disk_full_keeps_runs);

  return g_test_run ();
}
