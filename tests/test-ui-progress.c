/* test-ui-progress.c: the Progress page in the real app, on a real store
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan is made through the core API; what the page shows is compared
 * with what the core says about the same plan.
 */

#include "config.h"

#include "kw-plan.h"
#include "kw-test-ui.h"
#include "kw-pain-chart.h"
#include "kw-progress-page.h"

static const char *
visible_page (KwProgressPage *page)
{
  GtkWidget *stack = kw_test_ui_find_child_of_type (GTK_WIDGET (page), GTK_TYPE_STACK);

  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static KwProgressPage *
show_progress_page (KwWindow *window)
{
  KwProgressPage *page;

  g_assert_true (kw_test_ui_wait_for (kw_test_ui_store_is_open, window, 5000));
  kw_window_show_page (window, "progress");
  page = KW_PROGRESS_PAGE (kw_test_ui_find_child_of_type (GTK_WIDGET (window), KW_TYPE_PROGRESS_PAGE));
  g_assert_nonnull (page);
  g_assert_true (kw_progress_page_get_store (page) == kw_window_get_store (window));
  return page;
}

/* Two weeks of sessions through the core, pain easing, each with its
 * next-morning check-in; one session skipped. */
static void
log_two_weeks (KwPlan      *plan,
               KwStore     *store,
               const GDate *monday,
               GDate       *last)
{
  const int pain[] = { 3, 3, 2, 2, 2, 1, 1, 1 };
  guint n = 0;

  for (guint i = 0; i < 14; i++)
    {
      GDate date = *monday;
      GDate next_day;
      g_autoptr(KwPlanDay) day = NULL;
      g_autoptr(KwPainLog) log = NULL;
      g_autoptr(GError) error = NULL;

      g_date_add_days (&date, i);
      day = kw_plan_get_day (plan, &date);
      if (kw_plan_day_is_rest (day))
        continue;

      if (n == 2)
        log = kw_pain_log_new (&date, KW_SESSION_SKIPPED, KW_PAIN_UNKNOWN);
      else
        log = kw_pain_log_new (&date, KW_SESSION_DONE, pain[MIN (n, G_N_ELEMENTS (pain) - 1)]);
      n++;
      g_assert_true (kw_plan_log_session (plan, store, log, &date, NULL, &error));
      g_assert_no_error (error);
      *last = date;
      if (log->status == KW_SESSION_SKIPPED)
        continue;

      next_day = date;
      g_date_add_days (&next_day, 1);
      log->baseline = 1;
      log->morning = 1;
      log->settled_by_midday = TRUE;
      g_assert_true (kw_plan_log_session (plan, store, log, &next_day, NULL, &error));
      g_assert_no_error (error);
      *last = next_day;
    }
}

static void
progress_scenario (KwApplication *app,
                   KwWindow      *window,
                   gpointer       data)
{
  KwProgressPage *page = show_progress_page (window);
  KwStore *store = kw_window_get_store (window);
  g_autoptr(KwPlan) plan = NULL;
  g_autoptr(KwPlan) reloaded = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *sessions = NULL;
  KwPainChart *chart;
  GDate monday, today;
  guint planned, done, partial, skipped, n_points = 0, n_dose_changes = 0;

  plan = kw_test_ui_make_plan (store, KW_TRIAGE_REST_AND_REHAB, &monday);
  log_two_weeks (plan, store, &monday, &today);
  kw_progress_page_set_today (page, &today);
  kw_test_ui_iterate (50);
  text = kw_test_ui_collect_text (GTK_WIDGET (page));

  /* The chart holds every session with a pain score, and says the trend. */
  reloaded = kw_plan_load_active (store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < kw_plan_get_logs (reloaded)->len; i++)
    {
      const KwPainLog *log = g_ptr_array_index (kw_plan_get_logs (reloaded), i);

      if (log->status != KW_SESSION_SKIPPED)
        n_points++;
    }
  chart = KW_PAIN_CHART (kw_test_ui_find_child_of_type (GTK_WIDGET (page), KW_TYPE_PAIN_CHART));
  g_assert_nonnull (chart);
  g_assert_cmpuint (kw_pain_chart_get_n_points (chart), ==, n_points);
  g_assert_cmpuint (n_points, >=, 4);
  kw_test_ui_assert_contains (text, kw_pain_chart_get_summary (chart));
  kw_test_ui_assert_contains (text, "going down");

  /* Adherence as the core counts it. */
  kw_plan_get_adherence (reloaded, &monday, &today, &planned, &done, &partial, &skipped);
  g_assert_cmpuint (skipped, ==, 1);
  sessions = g_strdup_printf ("%u of %u planned sessions done", done, planned);
  kw_test_ui_assert_contains (text, sessions);
  kw_test_ui_assert_contains (text, "1 skipped");

  /* Every change, with its reason and, for a dose, before and after (two
   * weeks make more than a page of them: the older ones are a click away). */
  changes = kw_plan_list_changes (store, kw_plan_get_id (reloaded), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, >, 1);
  while (kw_test_ui_find_button (GTK_WIDGET (page), "Show Older Changes") != NULL)
    kw_test_ui_click (GTK_WIDGET (page), "Show Older Changes");
  g_clear_pointer (&text, g_free);
  text = kw_test_ui_collect_text (GTK_WIDGET (page));
  for (guint i = 0; i < changes->len; i++)
    {
      KwPlanChange *change = g_ptr_array_index (changes, i);
      const KwDose *before = kw_plan_change_get_before (change);
      const KwDose *after = kw_plan_change_get_after (change);

      kw_test_ui_assert_contains (text, kw_plan_change_get_reason (change));
      if (before != NULL && after != NULL && kw_plan_change_get_exercise_id (change) != NULL)
        {
          g_autofree char *b = kw_dose_to_string (before);
          g_autofree char *a = kw_dose_to_string (after);
          g_autofree char *line = g_strdup_printf (": %s → %s", b, a);

          kw_test_ui_assert_contains (text, line);
          n_dose_changes++;
        }
    }
  g_assert_cmpuint (n_dose_changes, >, 0);

  /* Newest first: the plan being made is the last thing in the list. */
  g_assert_cmpint (kw_plan_change_get_kind (g_ptr_array_index (changes, changes->len - 1)), ==,
                   KW_PLAN_CHANGE_STARTED);
  g_assert_true (strstr (text, kw_plan_change_get_reason (g_ptr_array_index (changes, 0))) <
                 strstr (text, kw_plan_change_get_reason (g_ptr_array_index (changes,
                                                                              changes->len - 1))));

  kw_test_ui_screenshot (GTK_WIDGET (window), "progress");
}

static void
test_progress (void)
{
  kw_test_ui_skip_welcome ();
  kw_test_ui_run (progress_scenario, NULL);
}

static guint
count_visible_rows (GtkWidget *widget)
{
  guint n = 0;

  if (!gtk_widget_get_visible (widget))
    return 0;
  if (ADW_IS_PREFERENCES_ROW (widget))
    return 1;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_visible_rows (child);
  return n;
}

static void
many_changes_scenario (KwApplication *app,
                       KwWindow      *window,
                       gpointer       data)
{
  KwProgressPage *page = show_progress_page (window);
  KwStore *store = kw_window_get_store (window);
  g_autoptr(KwPlan) plan = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  const char *oldest;
  GDate monday, date;
  guint clicks = 0;

  /* Five months of sessions, good and bad days by turns: a change or more
   * a session, far more than one screenful. */
  plan = kw_test_ui_make_plan (store, KW_TRIAGE_REST_AND_REHAB, &monday);
  date = monday;
  for (guint i = 0; i < 150; i++, g_date_add_days (&date, 1))
    {
      g_autoptr(KwPlanDay) day = kw_plan_get_day (plan, &date);
      g_autoptr(KwPainLog) log = NULL;

      if (kw_plan_day_is_rest (day))
        continue;
      log = kw_pain_log_new (&date, KW_SESSION_DONE, i % 3 == 0 ? 5 : 1);
      g_assert_true (kw_plan_log_session (plan, store, log, &date, NULL, &error));
      g_assert_no_error (error);
    }
  kw_progress_page_set_today (page, &date);
  kw_test_ui_iterate (50);

  changes = kw_plan_list_changes (store, kw_plan_get_id (plan), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, >, 2 * 20);
  oldest = kw_plan_change_get_reason (g_ptr_array_index (changes, changes->len - 1));

  /* The newest 20 changes (and the Sessions row), then the older ones on
   * request, 20 at a time, until the first one. */
  g_assert_cmpuint (count_visible_rows (GTK_WIDGET (page)), ==, 1 + 20);
  g_assert_nonnull (kw_test_ui_find_button (GTK_WIDGET (page), "Show Older Changes"));
  while (kw_test_ui_find_button (GTK_WIDGET (page), "Show Older Changes") != NULL)
    {
      kw_test_ui_click (GTK_WIDGET (page), "Show Older Changes");
      clicks++;
      g_assert_cmpuint (count_visible_rows (GTK_WIDGET (page)), ==,
                        1 + MIN (changes->len, 20 * (clicks + 1)));
    }
  g_assert_cmpuint (clicks, ==, (changes->len - 1) / 20);
  {
    g_autofree char *text = kw_test_ui_collect_text (GTK_WIDGET (page));

    kw_test_ui_assert_contains (text, oldest);
  }
}

static void
test_many_changes (void)
{
  kw_test_ui_skip_welcome ();
  kw_test_ui_run (many_changes_scenario, NULL);
}

static void
no_plan_scenario (KwApplication *app,
                  KwWindow      *window,
                  gpointer       data)
{
  KwProgressPage *page = show_progress_page (window);

  g_assert_cmpstr (visible_page (page), ==, "empty");
}

static void
test_no_plan (void)
{
  kw_test_ui_skip_welcome ();
  kw_test_ui_run (no_plan_scenario, NULL);
}

int
main (int   argc,
      char *argv[])
{
  kw_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/progress/no-plan", test_no_plan);
  g_test_add_func ("/ui/progress/changes", test_progress);
  g_test_add_func ("/ui/progress/many-changes", test_many_changes);

  return g_test_run ();
}
