/* test-ui-plan.c: the Plan page in the real app, on a real store
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
#include "kw-plan-page.h"

static const char *
visible_page (KwPlanPage *page)
{
  GtkWidget *stack = kw_test_ui_find_child_of_type (GTK_WIDGET (page), GTK_TYPE_STACK);

  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static KwPlanPage *
show_plan_page (KwWindow *window)
{
  KwPlanPage *page;

  g_assert_true (kw_test_ui_wait_for (kw_test_ui_store_is_open, window, 5000));
  kw_window_show_page (window, "plan");
  page = KW_PLAN_PAGE (kw_test_ui_find_child_of_type (GTK_WIDGET (window), KW_TYPE_PLAN_PAGE));
  g_assert_nonnull (page);
  g_assert_true (kw_plan_page_get_store (page) == kw_window_get_store (window));
  return page;
}

/* Every day of the shown week, with its exercises and doses as the core
 * has them. */
static void
assert_week_shown (KwPlan      *plan,
                   const GDate *monday,
                   const char  *text)
{
  g_autoptr(KwPlanWeek) week = kw_plan_get_week (plan, monday);
  guint n_rest = 0;

  for (guint i = 0; i < 7; i++)
    {
      KwPlanDay *day = kw_plan_week_get_day (week, i);
      g_autofree char *date = kw_plan_day_dup_title (day);
      g_autofree char *title = g_strdup_printf ("%s · %s", date,
                                                kw_plan_day_kind_get_title (kw_plan_day_get_kind (day)));

      kw_test_ui_assert_contains (text, title);
      if (kw_plan_day_is_rest (day))
        n_rest++;
      for (guint j = 0; j < kw_plan_day_get_n_items (day); j++)
        {
          KwPlanItem *item = kw_plan_day_get_item (day, j);
          g_autofree char *dose = kw_plan_item_dup_dose_string (item);
          g_autofree char *line = g_strdup_printf ("%s: %s", kw_plan_item_get_name (item), dose);

          kw_test_ui_assert_contains (text, line);
        }
    }
  /* The default plan has days off, and the page shows them. */
  g_assert_cmpuint (n_rest, >, 0);
  kw_test_ui_assert_contains (text, kw_plan_day_kind_get_title (KW_PLAN_DAY_REST));
}

static void
week_scenario (KwApplication *app,
               KwWindow      *window,
               gpointer       data)
{
  KwPlanPage *page = show_plan_page (window);
  g_autoptr(KwPlan) plan = NULL;
  g_autofree char *text = NULL;
  const KwProgram *program;
  GDate monday, today, next_monday;
  guint n_avoids = 0;

  g_assert_cmpstr (visible_page (page), ==, "empty");

  /* Saving a plan reloads the page through the store's signal. */
  plan = kw_test_ui_make_plan (kw_window_get_store (window), KW_TRIAGE_REST_AND_REHAB, &monday);
  today = monday;
  g_date_add_days (&today, 2);
  kw_plan_page_set_today (page, &today);
  kw_test_ui_iterate (50);

  g_assert_cmpstr (visible_page (page), ==, "plan");
  text = kw_test_ui_collect_text (GTK_WIDGET (page));
  assert_week_shown (plan, &monday, text);
  kw_test_ui_assert_contains (text, "Today");
  kw_test_ui_assert_contains (text, kw_phase_get_title (kw_plan_get_phase (plan)));
  kw_test_ui_assert_contains (text, kw_phase_get_summary (kw_plan_get_phase (plan)));
  kw_test_ui_assert_contains (text, "To unlock phase 2");
  {
    g_autofree char *why_not = NULL;

    g_assert_false (kw_plan_phase_test_ready (plan, &today, &why_not));
    kw_test_ui_assert_contains (text, why_not);
  }

  /* Every avoid of this phase, with its reason. */
  program = kw_plan_get_program (plan);
  kw_test_ui_assert_contains (text, "Avoid for Now");
  for (guint i = 0; i < kw_program_get_n_avoids (program); i++)
    {
      const KwAvoid *avoid = kw_program_get_avoid (program, i);

      if (!kw_avoid_applies_in_phase (avoid, kw_plan_get_phase (plan)))
        continue;
      kw_test_ui_assert_contains (text, kw_avoid_get_what (avoid));
      kw_test_ui_assert_contains (text, kw_avoid_get_reason (avoid));
      n_avoids++;
    }
  g_assert_cmpuint (n_avoids, >, 0);
  g_assert_null (strstr (text, "See a Physio or GP"));
  kw_test_ui_screenshot (GTK_WIDGET (window), "plan");

  /* Nothing before the first week; the next week is a click away. */
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (kw_test_ui_find_button (GTK_WIDGET (page),
                                                                              "This Week"))));
  next_monday = monday;
  g_date_add_days (&next_monday, 7);
  {
    GtkWidget *previous = kw_test_ui_find_by_tooltip (GTK_WIDGET (page), "Previous Week");
    GtkWidget *next = kw_test_ui_find_by_tooltip (GTK_WIDGET (page), "Next Week");

    g_assert_nonnull (previous);
    g_assert_nonnull (next);
    g_assert_false (gtk_widget_is_sensitive (previous));
    g_signal_emit_by_name (next, "clicked");
    kw_test_ui_iterate (20);
    g_assert_true (gtk_widget_is_sensitive (previous));
  }
  g_clear_pointer (&text, g_free);
  text = kw_test_ui_collect_text (GTK_WIDGET (page));
  assert_week_shown (plan, &next_monday, text);
  g_assert_null (strstr (text, "Today"));

  kw_test_ui_click (GTK_WIDGET (page), "This Week");
  g_clear_pointer (&text, g_free);
  text = kw_test_ui_collect_text (GTK_WIDGET (page));
  assert_week_shown (plan, &monday, text);
}

static void
test_week (void)
{
  kw_test_ui_skip_welcome ();
  kw_test_ui_run (week_scenario, NULL);
}

/* A plan made while the triage asks to see a clinician says so first. */
static void
see_clinician_scenario (KwApplication *app,
                        KwWindow      *window,
                        gpointer       data)
{
  KwPlanPage *page = show_plan_page (window);
  g_autoptr(KwPlan) plan = NULL;
  g_autofree char *text = NULL;
  GDate monday;

  plan = kw_test_ui_make_plan (kw_window_get_store (window), KW_TRIAGE_SEE_CLINICIAN, &monday);
  kw_plan_page_set_today (page, &monday);
  kw_test_ui_iterate (50);
  text = kw_test_ui_collect_text (GTK_WIDGET (page));
  kw_test_ui_assert_contains (text, "See a Physio or GP");
  g_assert_nonnull (kw_plan_get_advice (plan));
  kw_test_ui_assert_contains (text, kw_plan_get_advice (plan));
}

static void
test_see_clinician (void)
{
  kw_test_ui_skip_welcome ();
  kw_test_ui_run (see_clinician_scenario, NULL);
}

/* Two green weeks logged through the core, each session with its
 * next-morning check-in. */
static void
log_green_weeks (KwPlan      *plan,
                 KwStore     *store,
                 const GDate *monday)
{
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

      log = kw_pain_log_new (&date, KW_SESSION_DONE, 1);
      g_assert_true (kw_plan_log_session (plan, store, log, &date, NULL, &error));
      g_assert_no_error (error);
      next_day = date;
      g_date_add_days (&next_day, 1);
      log->baseline = 1;
      log->morning = 1;
      log->settled_by_midday = TRUE;
      g_assert_true (kw_plan_log_session (plan, store, log, &next_day, NULL, &error));
      g_assert_no_error (error);
    }
}

/* After two green weeks the page offers the phase test; saying it was
 * passed starts phase 2 on the page, as the core records it. */
static void
phase_test_scenario (KwApplication *app,
                     KwWindow      *window,
                     gpointer       data)
{
  KwPlanPage *page = show_plan_page (window);
  KwStore *store = kw_window_get_store (window);
  g_autoptr(KwPlan) plan = NULL;
  g_autoptr(KwPlan) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *ready = NULL;
  g_autofree char *after = NULL;
  GDate monday, third_monday;

  plan = kw_test_ui_make_plan (store, KW_TRIAGE_REST_AND_REHAB, &monday);
  kw_plan_page_set_today (page, &monday);
  kw_test_ui_iterate (50);
  before = kw_test_ui_collect_text (GTK_WIDGET (page));
  kw_test_ui_assert_contains (before, "Phase 1 of 4");
  kw_test_ui_assert_contains (before, "Two full weeks in this phase come first.");
  g_assert_null (kw_test_ui_find_button (GTK_WIDGET (page), "I Passed: Start Phase 2"));

  log_green_weeks (plan, store, &monday);
  third_monday = monday;
  g_date_add_days (&third_monday, 14);
  kw_plan_page_set_today (page, &third_monday);
  kw_test_ui_iterate (50);
  ready = kw_test_ui_collect_text (GTK_WIDGET (page));
  kw_test_ui_assert_contains (ready, "You may take the test now.");
  kw_test_ui_screenshot (gtk_widget_get_ancestor (GTK_WIDGET (kw_test_ui_find_button (GTK_WIDGET (page),
                                                                                    "I Passed: Start Phase 2")),
                                                  ADW_TYPE_PREFERENCES_GROUP),
                         "plan-phase-test");

  kw_test_ui_click (GTK_WIDGET (page), "I Passed: Start Phase 2");
  kw_test_ui_iterate (50);
  after = kw_test_ui_collect_text (GTK_WIDGET (page));
  kw_test_ui_assert_contains (after, "Phase 2 of 4");
  g_assert_null (kw_test_ui_find_button (GTK_WIDGET (page), "I Passed: Start Phase 2"));

  reloaded = kw_plan_load_active (store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kw_plan_get_phase (reloaded), ==, KW_PHASE_STRENGTH);
}

static void
test_phase_test (void)
{
  kw_test_ui_skip_welcome ();
  kw_test_ui_run (phase_test_scenario, NULL);
}

int
main (int   argc,
      char *argv[])
{
  kw_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/plan/week", test_week);
  g_test_add_func ("/ui/plan/see-clinician", test_see_clinician);
  g_test_add_func ("/ui/plan/phase-test", test_phase_test);

  return g_test_run ();
}
