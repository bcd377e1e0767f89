/* test-ui-today.c: the Today page in the real app, on a real store
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan is made and read through the core API; the page is driven as a
 * user drives it (buttons, scales, rows) and what it shows is compared with
 * what the core says.
 */

#include "config.h"

#include "kw-exercise-card.h"
#include "kw-pain-scale.h"
#include "kw-plan.h"
#include "kw-test-ui.h"
#include "kw-today-page.h"

static void
no_plan_scenario (KwApplication *app,
                  KwWindow      *window,
                  gpointer       data)
{
  KwTodayPage *page;
  g_autofree char *text = NULL;

  g_assert_true (kw_test_ui_wait_for (kw_test_ui_store_is_open, window, 5000));
  kw_window_show_page (window, "today");
  page = KW_TODAY_PAGE (kw_test_ui_find_child_of_type (GTK_WIDGET (window), KW_TYPE_TODAY_PAGE));
  g_assert_nonnull (page);
  g_assert_true (kw_today_page_get_store (page) == kw_window_get_store (window));
  kw_test_ui_iterate (50);

  text = kw_test_ui_collect_text (GTK_WIDGET (page));
  kw_test_ui_assert_contains (text, "No Plan Yet");
  kw_test_ui_click (GTK_WIDGET (page), "Start the Assessment");
  g_assert_cmpstr (kw_window_get_visible_page (window), ==, "assessment");
}

static void
test_no_plan (void)
{
  kw_test_ui_skip_welcome ();
  kw_test_ui_run (no_plan_scenario, NULL);
}

static KwPlanDay *
first_training_day (KwPlan *plan,
                    GDate  *date)
{
  for (guint i = 0; i < 7; i++)
    {
      KwPlanDay *day = kw_plan_get_day (plan, date);

      if (!kw_plan_day_is_rest (day) && kw_plan_day_get_n_items (day) > 0)
        return day;
      g_object_unref (day);
      g_date_add_days (date, 1);
    }
  g_assert_not_reached ();
  return NULL;
}

static void
session_scenario (KwApplication *app,
                  KwWindow      *window,
                  gpointer       data)
{
  KwStore *store;
  g_autoptr(KwPlan) plan = NULL;
  g_autoptr(KwPlan) reloaded = NULL;
  g_autoptr(KwPlanDay) day = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  KwTodayPage *page;
  KwExerciseCard *card;
  KwPainScale *scale;
  KwPlanChange *change = NULL;
  GDate date, next_day;
  guint n_cards = 0;

  g_assert_true (kw_test_ui_wait_for (kw_test_ui_store_is_open, window, 5000));
  store = kw_window_get_store (window);
  plan = kw_test_ui_make_plan (store, KW_TRIAGE_REST_AND_REHAB, &date);
  day = first_training_day (plan, &date);

  kw_window_show_page (window, "today");
  page = KW_TODAY_PAGE (kw_test_ui_find_child_of_type (GTK_WIDGET (window), KW_TYPE_TODAY_PAGE));
  kw_today_page_set_today (page, &date);
  kw_test_ui_iterate (50);

  /* Every exercise of the day, each with its dose as the core words it. */
  text = kw_test_ui_collect_text (GTK_WIDGET (page));
  for (guint i = 0; i < kw_plan_day_get_n_items (day); i++)
    {
      KwPlanItem *item = kw_plan_day_get_item (day, i);
      g_autofree char *dose = kw_dose_to_string (kw_plan_item_get_dose (item));

      kw_test_ui_assert_contains (text, kw_plan_item_get_name (item));
      kw_test_ui_assert_contains (text, dose);
    }
  for (GtkWidget *w = kw_test_ui_find_child_of_type (GTK_WIDGET (page), KW_TYPE_EXERCISE_CARD);
       w != NULL; w = gtk_widget_get_next_sibling (w))
    if (KW_IS_EXERCISE_CARD (w))
      n_cards++;
  g_assert_cmpuint (n_cards, ==, kw_plan_day_get_n_items (day));
  kw_test_ui_assert_contains (text, "How Did It Go?");

  /* A timed exercise has a running timer to look at. */
  {
    GtkWidget *timer = kw_test_ui_find_visible_of_type (GTK_WIDGET (page), KW_TYPE_HOLD_TIMER);

    if (timer != NULL)
      {
        kw_hold_timer_set_manual_clock (KW_HOLD_TIMER (timer), TRUE);
        kw_hold_timer_start (KW_HOLD_TIMER (timer));
        kw_hold_timer_advance (KW_HOLD_TIMER (timer), 7000);
        g_assert_cmpint (kw_hold_timer_get_phase (KW_HOLD_TIMER (timer)), ==, KW_HOLD_PHASE_HOLD);
        gtk_widget_grab_focus (timer);
        kw_test_ui_screenshot (GTK_WIDGET (window), "today");
        kw_hold_timer_reset (KW_HOLD_TIMER (timer));
      }
    else
      kw_test_ui_screenshot (GTK_WIDGET (window), "today");
  }

  /* Ticking one exercise off says "part of it"; the runner says done. */
  card = KW_EXERCISE_CARD (kw_test_ui_find_child_of_type (GTK_WIDGET (page), KW_TYPE_EXERCISE_CARD));
  kw_exercise_card_set_done (card, TRUE);

  /* Pain 2 during the session, then Save. */
  scale = KW_PAIN_SCALE (kw_test_ui_find_visible_of_type (GTK_WIDGET (page), KW_TYPE_PAIN_SCALE));
  g_assert_nonnull (scale);
  kw_pain_scale_set_value (scale, 2);
  kw_test_ui_click (GTK_WIDGET (page), "Done");
  kw_test_ui_click (GTK_WIDGET (page), "Save Check-in");

  reloaded = kw_plan_load_active (store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (kw_plan_get_log (reloaded, &date));
  g_assert_cmpint (kw_plan_get_log (reloaded, &date)->status, ==, KW_SESSION_DONE);
  g_assert_cmpint (kw_plan_get_log (reloaded, &date)->pain_during, ==, 2);
  g_free (text);
  text = kw_test_ui_collect_text (GTK_WIDGET (page));
  kw_test_ui_assert_contains (text, "worst pain 2/10");

  /* The next morning: asked how the knee is; it settled. */
  next_day = date;
  g_date_add_days (&next_day, 1);
  kw_today_page_set_today (page, &next_day);
  kw_test_ui_iterate (50);
  g_free (text);
  text = kw_test_ui_collect_text (GTK_WIDGET (page));
  kw_test_ui_assert_contains (text, "Good Morning");
  kw_test_ui_click (GTK_WIDGET (page), "Save Morning Check-in");

  g_clear_object (&reloaded);
  reloaded = kw_plan_load_active (store, &error);
  g_assert_no_error (error);
  g_assert_true (kw_pain_log_has_morning (kw_plan_get_log (reloaded, &date)));

  /* The change it made, with its reason and the new dose, as the core
   * recorded it. */
  changes = kw_plan_list_changes (store, kw_plan_get_id (reloaded), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < changes->len; i++)
    {
      KwPlanChange *c = g_ptr_array_index (changes, i);

      g_test_message ("change %u on %d: %s", i, g_date_get_day (kw_plan_change_get_date (c)),
                      kw_plan_change_get_reason (c));
      if (g_date_compare (kw_plan_change_get_date (c), &date) >= 0 &&
          kw_plan_change_get_kind (c) == KW_PLAN_CHANGE_PROGRESS)
        change = c;
    }
  g_assert_nonnull (change);
  g_free (text);
  text = kw_test_ui_collect_text (GTK_WIDGET (page));
  kw_test_ui_assert_contains (text, "What Changes");
  kw_test_ui_assert_contains (text, kw_plan_change_get_reason (change));
  if (kw_plan_change_get_after (change) != NULL)
    {
      g_autofree char *after = kw_dose_to_string (kw_plan_change_get_after (change));
      kw_test_ui_assert_contains (text, after);
    }
  g_test_message ("change: %s", kw_plan_change_get_reason (change));
  kw_test_ui_screenshot (GTK_WIDGET (window), "today-after-check-in");
}

static void
test_session (void)
{
  kw_test_ui_skip_welcome ();
  kw_test_ui_run (session_scenario, NULL);
}

int
main (int   argc,
      char *argv[])
{
  kw_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/today/no-plan", test_no_plan);
  g_test_add_func ("/ui/today/session", test_session);

  return g_test_run ();
}
