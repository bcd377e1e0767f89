/* test-ui-return.c: the Return to Run page, as the runner sees it
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kw-date.h"
#include "kw-interval-timer.h"
#include "kw-return-page.h"
#include "kw-return-store.h"
#include "kw-test-date.h"
#include "kw-test-ui.h"

static const char *general_ids[] = {
  "daily-life", "brisk-walk", "stairs", "single-leg-squat", "bridge-plank", "calf-raise", "hops",
};

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

static gpointer
find_first (GtkWidget *widget,
            GType      type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect (widget, type, found);
  g_assert_cmpuint (found->len, >, 0);
  return g_ptr_array_index (found, 0);
}

/* The first visible @type in the row titled @title: its switch, its spin
 * button. */
static gpointer
find_in_row (GtkWidget  *widget,
             const char *title,
             GType       type)
{
  GtkWidget *row = kw_test_ui_find_row (widget, title);

  g_assert_nonnull (row);
  return find_first (row, type);
}

static gboolean
has_text (GtkWidget  *widget,
          const char *text)
{
  g_autofree char *all = kw_test_ui_collect_text (widget);

  return strstr (all, text) != NULL;
}

static guint
count_text (GtkWidget  *widget,
            const char *text)
{
  g_autofree char *all = kw_test_ui_collect_text (widget);
  guint n = 0;

  for (const char *p = strstr (all, text); p != NULL; p = strstr (p + 1, text))
    n++;
  return n;
}

static void
painted_cb (GdkFrameClock *clock,
            gboolean      *painted)
{
  *painted = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* Screenshots are taken after a real frame: a page that has just changed
 * a lot may not be laid out yet. */
static void
screenshot (GtkWidget  *widget,
            const char *name)
{
  GdkFrameClock *clock;
  gboolean painted = FALSE;
  gulong id;

  if (g_getenv ("KW_TEST_SCREENSHOT_DIR") == NULL)
    return;

  clock = gtk_widget_get_frame_clock (widget);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (painted_cb), &painted);
  gtk_widget_queue_draw (widget);
  g_assert_true (kw_test_ui_wait_for (is_true, &painted, 10000));
  g_signal_handler_disconnect (clock, id);
  kw_test_ui_screenshot (widget, name);
}

/* Scrolls the page so @target is at the top, for a screenshot of it. */
static void
scroll_to (KwReturnPage *page,
           GtkWidget    *target)
{
  GtkScrolledWindow *scroller = find_first (GTK_WIDGET (page), GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content = gtk_scrolled_window_get_child (scroller);
  graphene_point_t at;

  kw_test_ui_iterate (200);
  g_assert_true (gtk_widget_compute_point (target, gtk_widget_get_first_child (content),
                                           &GRAPHENE_POINT_INIT (0, 0), &at));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scroller), at.y - 12);
}

static KwReturnPage *
show_page (KwWindow *window,
           GDate     today)
{
  KwReturnPage *page;

  /* Shown first: the window builds a page the first time it is shown. */
  kw_window_show_page (window, "return-to-run");
  g_assert_cmpstr (kw_window_get_visible_page (window), ==, "return-to-run");
  page = find_first (GTK_WIDGET (window), KW_TYPE_RETURN_PAGE);
  g_assert_true (kw_return_page_get_store (page) == kw_window_get_store (window));
  kw_return_page_set_today (page, &today);
  return page;
}

static void
set_welcome_done (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_set_boolean (settings, "welcome-done", TRUE);
}

/* Records one test through its row, as the runner would. */
static void
fill_test (KwReturnPage  *page,
           const char    *title,
           int            pain,
           KwNextMorning  morning)
{
  GtkWidget *row = kw_test_ui_find_row (GTK_WIDGET (page), title);
  g_autoptr(GPtrArray) switches = g_ptr_array_new ();

  g_assert_nonnull (row);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  collect (row, GTK_TYPE_SWITCH, switches);
  g_assert_cmpuint (switches->len, ==, 2);
  gtk_switch_set_active (g_ptr_array_index (switches, 0), TRUE);
  gtk_spin_button_set_value (find_first (row, GTK_TYPE_SPIN_BUTTON), pain);
  adw_combo_row_set_selected (find_first (row, ADW_TYPE_COMBO_ROW), morning);
  gtk_switch_set_active (g_ptr_array_index (switches, 1), FALSE);
  kw_test_ui_click (row, "Save Result");
}

static void
gated_scenario (KwApplication *app,
                KwWindow      *window,
                gpointer       data)
{
  KwReturnPage *page = show_page (window, kw_test_day (2026, 3, 28));
  GtkWidget *w = GTK_WIDGET (page);
  KwIntervalTimer *timer;
  const char *titles[] = { "1. Everyday life", "2. Brisk walk", "3. Stairs",
                           "4. Single-leg squat", "5. Bridge and side plank", "6. Calf raises",
                           "7. Hops" };

  /* Nothing yet: every level is locked, no timer, no run log. */
  g_assert_true (has_text (w, "Locked until every readiness test has passed."));
  g_assert_cmpuint (count_text (w, "Locked\n"), ==, 10);
  g_assert_true (has_text (w, "6 × (run 1 min, walk 4 min), 30 min"));
  g_assert_null (kw_test_ui_find_button (w, "Save Run"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (kw_test_ui_find_row (w, "Level 1"))) &&
                  gtk_widget_is_sensitive (GTK_WIDGET (kw_test_ui_find_row (w, "Level 1"))));
  /* The tendon-only test is hidden unless asked for. */
  g_assert_null (kw_test_ui_find_row (w, "8. Decline squat"));
  g_assert_true (has_text (w, "pain 2/10 or less while doing it"));
  g_assert_true (has_text (w, "Two flights up and down, one foot per step, pain 2/10 or less."));

  kw_test_ui_click (w, "Start the Tests");
  g_assert_null (kw_test_ui_find_button (w, "Start the Tests"));
  g_assert_cmpuint (count_text (w, "To do\n"), ==, 7);

  /* Typing in one test survives saving another. */
  {
    GtkWidget *hops = kw_test_ui_find_row (w, "7. Hops");

    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (hops), TRUE);
    gtk_spin_button_set_value (find_first (hops, GTK_TYPE_SPIN_BUTTON), 4);
    fill_test (page, "1. Everyday life", 1, KW_NEXT_MORNING_NOT_WORSE);
    g_assert_cmpint (gtk_spin_button_get_value_as_int (find_first (hops, GTK_TYPE_SPIN_BUTTON)),
                     ==, 4);
    g_assert_cmpuint (count_text (w, "Passed\n"), ==, 1);
  }

  /* Six pass; the stairs wait for the next morning. */
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    fill_test (page, titles[i], i == 2 ? 2 : 1,
               i == 2 ? KW_NEXT_MORNING_UNKNOWN : KW_NEXT_MORNING_NOT_WORSE);
  g_assert_cmpuint (count_text (w, "Passed\n"), ==, 6);
  g_assert_true (has_text (w, "Next morning?\n"));
  g_assert_true (has_text (w, "if the knee is no worse tomorrow morning"));
  g_assert_cmpuint (count_text (w, "Locked\n"), ==, 10);
  g_assert_null (kw_test_ui_find_button (w, "Save Run"));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (kw_test_ui_find_row (w, "3. Stairs")), TRUE);
  scroll_to (page, kw_test_ui_find_row (w, "2. Brisk walk"));
  screenshot (GTK_WIDGET (window), "return-readiness");
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (kw_test_ui_find_row (w, "3. Stairs")), FALSE);

  /* The next morning: no worse. The program opens at level 1. */
  kw_return_page_set_today (page, (GDate[]) { kw_test_day (2026, 3, 29) });
  fill_test (page, "3. Stairs", 2, KW_NEXT_MORNING_NOT_WORSE);
  g_assert_true (has_text (w, "Walk-run program\n"));
  g_assert_true (has_text (w, "Start with level 1 on Sun 29 Mar 2026."));
  g_assert_true (has_text (w, "Next: Sun 29 Mar 2026\n"));
  g_assert_cmpuint (count_text (w, "Locked\n"), ==, 9);
  g_assert_nonnull (kw_test_ui_find_button (w, "Save Run"));

  /* The timer: warm-up, then run and walk, with a bell at each change. */
  timer = find_first (w, KW_TYPE_INTERVAL_TIMER);
  g_assert_cmpstr (kw_interval_timer_get_cue (timer), ==, "Warm up");
  g_assert_true (has_text (GTK_WIDGET (timer), "Level 1: 6 × (run 1 min, walk 4 min), 30 min"));
  g_assert_true (has_text (GTK_WIDGET (timer), "5:00\n"));
  g_assert_true (has_text (GTK_WIDGET (timer), "Next: Run for 1 min"));
  g_assert_true (has_text (GTK_WIDGET (timer), "0:00 of 35:00"));
  kw_test_ui_click (GTK_WIDGET (timer), "Start");
  g_assert_true (kw_interval_timer_get_running (timer));
  g_assert_cmpuint (kw_interval_timer_get_n_cues (timer), ==, 1);
  kw_interval_timer_set_elapsed (timer, 300 + 25);
  g_assert_cmpstr (kw_interval_timer_get_cue (timer), ==, "Run");
  g_assert_cmpuint (kw_interval_timer_get_n_cues (timer), ==, 2);
  g_assert_true (has_text (GTK_WIDGET (timer), "0:35\n"));
  g_assert_true (has_text (GTK_WIDGET (timer), "Next: Walk for 4 min"));
  screenshot (GTK_WIDGET (timer), "return-timer-running");
  kw_interval_timer_set_elapsed (timer, 360);
  g_assert_cmpstr (kw_interval_timer_get_cue (timer), ==, "Walk");
  g_assert_cmpuint (kw_interval_timer_get_n_cues (timer), ==, 3);
  kw_test_ui_click (GTK_WIDGET (timer), "Pause");
  g_assert_false (kw_interval_timer_get_running (timer));
  g_assert_nonnull (kw_test_ui_find_button (GTK_WIDGET (timer), "Resume"));
  kw_test_ui_click (GTK_WIDGET (timer), "Resume");
  kw_interval_timer_set_elapsed (timer, 35 * 60);
  g_assert_false (kw_interval_timer_get_running (timer));
  g_assert_true (kw_interval_timer_get_finished (timer));
  g_assert_cmpstr (kw_interval_timer_get_cue (timer), ==, "Done");
  /* Start, run, walk, and the end (a jump rings once, not per interval skipped). */
  g_assert_cmpuint (kw_interval_timer_get_n_cues (timer), ==, 4);
  g_assert_true (has_text (GTK_WIDGET (timer), "35:00 of 35:00"));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (find_in_row (w, "Duration (minutes)",
                                                                  GTK_TYPE_SPIN_BUTTON)), ==, 35);

  /* Log it: the page shows the run, and asks about the next morning. */
  gtk_spin_button_set_value (find_in_row (w, "Distance (km)", GTK_TYPE_SPIN_BUTTON), 3.2);
  gtk_spin_button_set_value (find_in_row (w, "Worst pain while running (0–10)",
                                          GTK_TYPE_SPIN_BUTTON), 1);
  kw_test_ui_click (w, "Save Run");
  g_assert_true (has_text (w, "Your Runs"));
  g_assert_true (has_text (w, "Sun 29 Mar 2026 · level 1\n"));
  g_assert_true (has_text (w, "35 min · 3.2 km · Waiting for how the knee feels"));
  g_assert_true (has_text (w, "3.2 km this week"));
  g_assert_false (has_text (w, "How is the knee the morning after"));

  /* The next morning. */
  kw_return_page_set_today (page, (GDate[]) { kw_test_day (2026, 3, 30) });
  g_assert_true (has_text (w, "How is the knee the morning after your run on Sun 29 Mar 2026?"));
  adw_combo_row_set_selected (find_in_row (w, "Compared with usual, the knee is",
                                           ADW_TYPE_COMBO_ROW), 0);
  kw_test_ui_click (w, "Save Answer");
  g_assert_false (has_text (w, "How is the knee the morning after"));
  g_assert_true (has_text (w, "Green\n"));
  g_assert_true (has_text (w, "1 more green session at level 1 before moving up; "
                              "next on Tue 31 Mar 2026."));
  g_assert_true (has_text (w, "6 × (run 1 min, walk 4 min), 30 min · 1 of 2 green\n"));
  scroll_to (page, gtk_widget_get_ancestor (kw_test_ui_find_row (w, "Level 1"),
                                            ADW_TYPE_PREFERENCES_GROUP));
  screenshot (GTK_WIDGET (window), "return-walk-run");
}

static void
test_ui_return_gated (void)
{
  set_welcome_done ();
  kw_test_ui_run (gated_scenario, NULL);
}

static void
rest_scenario (KwApplication *app,
               KwWindow      *window,
               gpointer       data)
{
  KwReturnPage *page = show_page (window, kw_test_day (2026, 3, 25));
  GtkWidget *w = GTK_WIDGET (page);

  /* The saved rest-and-rehab result started the rest period. */
  g_assert_true (has_text (w, "Assessment of Mon 23 Mar 2026: Rest from running and rebuild\n"));
  g_assert_true (has_text (w, "Resting from running\n"));
  g_assert_true (has_text (w, "Resting from running since Mon 23 Mar 2026\n"));
  g_assert_true (has_text (w, "Check again on Sat 28 Mar 2026\n"));
  g_assert_true (has_text (w, "See a physio or doctor by Mon 6 Apr 2026\n"));
  g_assert_true (has_text (w, "never put it on bare skin"));
  g_assert_true (has_text (w, "Source: NHS trust leaflets · expert opinion"));
  g_assert_true (has_text (w, "too low strains the front of the knee"));
  g_assert_false (has_text (w, "Before anything else, answer the warning-sign questions"));
  screenshot (GTK_WIDGET (window), "return-rest");

  /* The tests wait for the check date. */
  {
    GtkButton *start = kw_test_ui_find_button (w, "Start the Tests");

    g_assert_nonnull (start);
    g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (start)));
  }

  kw_return_page_set_today (page, (GDate[]) { kw_test_day (2026, 3, 28) });
  g_assert_true (has_text (w, "Time to check again\n"));
  g_assert_true (has_text (w, "Before anything else, answer the warning-sign questions"));

  /* The assessment pointed to the tendon below the kneecap: its test is in. */
  g_assert_true (gtk_switch_get_active (find_in_row (w, "Sore tendon just below the kneecap",
                                                     GTK_TYPE_SWITCH)));
  kw_test_ui_click (w, "Start the Tests");
  g_assert_nonnull (kw_test_ui_find_row (w, "8. Decline squat"));
  g_assert_cmpuint (count_text (w, "To do\n"), ==, 8);

  kw_test_ui_click (w, "Check Warning Signs");
  g_assert_cmpstr (kw_window_get_visible_page (window), ==, "assessment");
}

static void
test_ui_return_rest (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KwStore) store = kw_store_open_default (&error);
  g_autoptr(KwAnswers) answers =
    kw_answers_new_from_data ("[answers]\nlocations=below-kneecap\nfeel=ache;stiffness\n"
                              "worse-with=jumping;speed;morning\nonset=gradual\n"
                              "settles-within-48h=true\npain-running=4\ndays=13\nage=24\n",
                              -1, "test", &error);
  g_autoptr(GDateTime) created = g_date_time_new_utc (2026, 3, 23, 18, 0, 0);
  g_autoptr(KwAssessment) assessment = kw_assessment_new_at (answers, created);

  /* Saved as the assessment page or `kneewise-cli assess --save` would. */
  g_assert_true (kw_assessment_save (assessment, store, &error));
  g_clear_object (&store);

  set_welcome_done ();
  kw_test_ui_run (rest_scenario, NULL);
}

static void
load_guard_scenario (KwApplication *app,
                     KwWindow      *window,
                     gpointer       data)
{
  KwReturnPage *page = show_page (window, kw_test_day (2026, 8, 1));
  GtkWidget *w = GTK_WIDGET (page);
  GtkSpinButton *distance = find_in_row (w, "Distance (km)", GTK_TYPE_SPIN_BUTTON);

  g_assert_true (has_text (w, "Running again\n"));
  g_assert_cmpuint (count_text (w, "Done\n"), ==, 10);
  g_assert_null (kw_test_ui_find_row (w, "Load guard"));
  g_assert_true (has_text (w, "longest run of the last 30 days: up to 6.4 km today."));

  /* Longest of the last 30 days: 5.9 km; 6.5 km is more than 10% longer. */
  gtk_spin_button_set_value (distance, 6.5);
  g_assert_nonnull (kw_test_ui_find_row (w, "Load guard"));
  g_assert_true (has_text (w, "6.5 km is more than 10% longer than your longest run"));
  g_assert_true (has_text (w, "Garmin-RUNSAFE"));
  /* 5.9 km + 10% is 6.49 km: the advice rounds down, never up to 6.5. */
  g_assert_true (has_text (w, "Keep it to 6.4 km or less"));
  scroll_to (page, kw_test_ui_find_row (w, "Duration (minutes)"));
  screenshot (GTK_WIDGET (window), "return-load-guard");

  gtk_spin_button_set_value (distance, 6.4);
  g_assert_true (has_text (w, "6.4 km is within 10% of your longest run"));

  /* A free run is logged at level 0 and shows as a run. */
  kw_test_ui_click (w, "Save Run");
  g_assert_true (has_text (w, "Sat 1 Aug 2026 · run\n"));

  /* The knee flares up; the assessment says rest: the page follows at once. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(KwAnswers) answers =
      kw_answers_new_from_data ("[answers]\nlocations=below-kneecap\nfeel=ache;stiffness\n"
                                "worse-with=jumping;speed;morning\nonset=gradual\n"
                                "settles-within-48h=true\npain-running=4\ndays=13\nage=24\n",
                                -1, "test", &error);
    g_autoptr(GDateTime) created = g_date_time_new_utc (2026, 8, 1, 12, 0, 0);
    g_autoptr(KwAssessment) assessment = kw_assessment_new_at (answers, created);

    g_assert_true (kw_assessment_save (assessment, kw_window_get_store (window), &error));
    g_assert_true (has_text (w, "Resting from running\n"));
    g_assert_true (has_text (w, "Check again on Thu 6 Aug 2026\n"));
    g_assert_cmpuint (count_text (w, "Locked\n"), ==, 10);
    g_assert_null (kw_test_ui_find_button (w, "Save Run"));
  }
}

static void
test_ui_return_load_guard (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KwStore) store = kw_store_open_default (&error);
  GDate on = kw_test_day (2026, 6, 20);
  gint64 attempt = kw_return_begin_readiness (store, &on, FALSE, &error);

  for (guint i = 0; i < G_N_ELEMENTS (general_ids); i++)
    {
      KwReadinessEntry e = { general_ids[i], TRUE, 0, KW_NEXT_MORNING_NOT_WORSE, FALSE };

      g_assert_true (kw_return_record_readiness (store, attempt, &e, &on, &error));
    }
  for (guint i = 0; i < 20; i++)
    {
      KwRunLog run = { 0, };

      run.date = kw_date_plus_days (&on, 2 * i);
      run.level = i / 2 + 1;
      run.duration_s = 35 * 60;
      run.distance_m = 4000 + 100 * i;
      run.next_morning = KW_NEXT_MORNING_NOT_WORSE;
      g_assert_cmpint (kw_return_log_run (store, &run, &error), >, 0);
    }
  g_clear_object (&store);

  set_welcome_done ();
  kw_test_ui_run (load_guard_scenario, NULL);
}

int
main (int   argc,
      char *argv[])
{
  kw_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/return/gated", test_ui_return_gated);
  g_test_add_func ("/ui/return/rest", test_ui_return_rest);
  g_test_add_func ("/ui/return/load-guard", test_ui_return_load_guard);

  return g_test_run ();
}
