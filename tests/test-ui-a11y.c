/* test-ui-a11y.c: every control reachable by Tab and named for screen
 * readers, and the drawn widgets described (test-ui-keyboard.c takes the
 * assessment with real key presses, test-ui-contrast.c looks at high
 * contrast and large text)
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kw-assessment-page.h"
#include "kw-help-window.h"
#include "kw-hold-timer.h"
#include "kw-interval-timer.h"
#include "kw-knee-map.h"
#include "kw-pain-chart.h"
#include "kw-pain-scale.h"
#include "kw-plan-page.h"
#include "kw-preferences-window.h"
#include "kw-reminder-preferences-page.h"
#include "kw-progress-page.h"
#include "kw-test-ui.h"
#include "kw-today-page.h"

/* ------------------------------------------------------------------------ */
/* The focus chain                                                          */

/* Controls a person operates. Rows of a boxed list are focusable too, to
 * be read; they are in the chain and named, but only activatable ones are
 * controls. */
static gboolean
is_control (GtkWidget *widget)
{
  if (GTK_IS_LIST_BOX_ROW (widget))
    return gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (widget)) &&
           !ADW_IS_ACTION_ROW (widget);   /* its activatable widget is the control */
  return GTK_IS_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget) || GTK_IS_SWITCH (widget) ||
         GTK_IS_RANGE (widget) || GTK_IS_EDITABLE (widget) || GTK_IS_DROP_DOWN (widget) ||
         GTK_IS_MENU_BUTTON (widget) || KW_IS_KNEE_MAP (widget);
}

static gboolean
chain_reaches (GPtrArray *chain,
               GtkWidget *widget)
{
  for (guint i = 0; i < chain->len; i++)
    {
      GtkWidget *focus = g_ptr_array_index (chain, i);

      /* A spin button's text, a menu button's inner button, a region of
       * the knee map: the focus is inside the control. */
      if (focus == widget || gtk_widget_is_ancestor (focus, widget))
        return TRUE;
    }
  return FALSE;
}

static void
check_controls_reached (GtkWidget *widget,
                        GPtrArray *chain,
                        guint     *n_controls)
{
  /* The title bar's close button is not a Tab stop in GTK; Ctrl+W, Alt+F4
   * and Escape (in dialogs) close windows from the keyboard. Scroll bars
   * follow the focus, and Page Up/Down. */
  if (!gtk_widget_is_drawable (widget) || GTK_IS_WINDOW_CONTROLS (widget) ||
      GTK_IS_SCROLLBAR (widget))
    return;

  if (is_control (widget) && gtk_widget_is_sensitive (widget))
    {
      if (!chain_reaches (chain, widget))
        g_error ("Tab never reaches %s", kw_test_ui_describe (widget));
      (*n_controls)++;
      /* The knee map is one Tab stop; its regions are reached with the
       * arrow keys (see test_keyboard_assessment). */
      if (KW_IS_KNEE_MAP (widget) || GTK_IS_EDITABLE (widget) || GTK_IS_MENU_BUTTON (widget))
        return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_controls_reached (child, chain, n_controls);
}

/* Tab reaches every control shown in @window, and everything it reaches is
 * on screen and has a name. Returns how many controls. */
static guint
check_keyboard_and_names (GtkWindow  *window,
                          const char *where)
{
  g_autoptr(GPtrArray) chain = kw_test_ui_focus_chain (window);
  guint n_controls = 0;

  g_assert_cmpuint (chain->len, >, 0);
  for (guint i = 0; i < chain->len; i++)
    {
      GtkWidget *focus = g_ptr_array_index (chain, i);
      g_autofree char *name = kw_test_ui_accessible_name (focus);

      if (!gtk_widget_is_drawable (focus))
        g_error ("%s: Tab reaches %s, which is not shown", where, kw_test_ui_describe (focus));
      /* GTK makes a scrolled window a Tab stop when nothing in it takes
       * the focus, so the keyboard can scroll it; it is read by its
       * content. */
      if (name == NULL && !GTK_IS_SCROLLED_WINDOW (focus))
        g_error ("%s: %s has no accessible name", where, kw_test_ui_describe (focus));
    }
  check_controls_reached (GTK_WIDGET (window), chain, &n_controls);
  g_test_message ("%s: %u stops, %u controls, all reachable and named", where, chain->len,
                  n_controls);
  return n_controls;
}

/* ------------------------------------------------------------------------ */
/* Every page, with a plan under way                                        */

static const char *pages[] = { "assessment", "plan", "today", "return-to-run", "progress" };

static gboolean
spin_is_shown (gpointer row)
{
  GtkWidget *spin = kw_test_ui_find_child_of_type (row, GTK_TYPE_SPIN_BUTTON);

  return spin != NULL && gtk_widget_is_drawable (spin);
}

static void
pages_scenario (KwApplication *app,
                KwWindow      *window,
                gpointer       data)
{
  KwAssessmentPage *assessment;

  kw_test_ui_plan_under_way (window);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      kw_window_show_page (window, pages[i]);
      kw_test_ui_iterate (50);
      g_assert_cmpuint (check_keyboard_and_names (GTK_WINDOW (window), pages[i]), >, 1);
    }

  /* The readiness tests, one opened: a switch, a number, a choice each. */
  kw_window_show_page (window, "return-to-run");
  kw_test_ui_click (GTK_WIDGET (window), "Start the Tests");
  {
    AdwExpanderRow *test = ADW_EXPANDER_ROW (kw_test_ui_find_row (GTK_WIDGET (window),
                                                                  "1. Everyday life"));

    g_assert_nonnull (test);
    adw_expander_row_set_expanded (test, TRUE);
    /* Once it has opened. */
    g_assert_true (kw_test_ui_wait_for (spin_is_shown, test, 30000));
    check_keyboard_and_names (GTK_WINDOW (window), "readiness tests");
  }

  /* Each step of the assessment, and its result. */
  assessment = KW_ASSESSMENT_PAGE (kw_test_ui_show_page (window, "assessment",
                                                         KW_TYPE_ASSESSMENT_PAGE));
  kw_assessment_page_start (assessment);
  kw_knee_map_set_selected (kw_assessment_page_get_knee_map (assessment), "front", TRUE);
  while (g_strcmp0 (kw_assessment_page_get_view (assessment), "result") != 0)
    {
      g_autofree char *where = g_strdup_printf ("assessment step “%s”",
                                                kw_assessment_page_get_step (assessment));

      kw_test_ui_iterate (20);
      check_keyboard_and_names (GTK_WINDOW (window), where);
      if (kw_test_ui_find_button (GTK_WIDGET (assessment), "See Result") != NULL)
        kw_test_ui_click (GTK_WIDGET (assessment), "See Result");
      else
        kw_test_ui_click (GTK_WIDGET (assessment), "Next");
    }
  kw_test_ui_iterate (50);
  check_keyboard_and_names (GTK_WINDOW (window), "assessment result");

  /* Preferences. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  {
    GtkWindow *prefs = kw_test_ui_find_toplevel (KW_TYPE_PREFERENCES_WINDOW);

    g_assert_nonnull (prefs);
    kw_test_ui_iterate (50);
    check_keyboard_and_names (prefs, "preferences");
    adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (prefs),
                                             ADW_PREFERENCES_PAGE (kw_test_ui_find_child_of_type (GTK_WIDGET (prefs),
                                                                                                  KW_TYPE_REMINDER_PREFERENCES_PAGE)));
    kw_test_ui_iterate (50);
    check_keyboard_and_names (prefs, "preferences, reminders");
    gtk_window_destroy (prefs);
  }

  /* The guide. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "help", NULL);
  {
    GtkWindow *help = kw_test_ui_find_toplevel (KW_TYPE_HELP_WINDOW);

    g_assert_nonnull (help);
    kw_test_ui_iterate (50);
    check_keyboard_and_names (help, "help");
    gtk_window_destroy (help);
  }
}

static void
test_every_page_reachable_and_named (void)
{
  kw_test_ui_skip_welcome ();
  kw_test_ui_run (pages_scenario, NULL);
}

/* ------------------------------------------------------------------------ */
/* What the drawn widgets say                                               */

static void
assert_description (GtkWidget  *widget,
                    const char *expected)
{
  g_autofree char *description = kw_test_ui_accessible_property (widget,
                                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);

  g_assert_cmpstr (description, ==, expected);
}

/* The timers, the chart and the pain scale in words, for people who
 * cannot see them. */
static void
test_descriptions (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *hold = kw_hold_timer_new (30, 60, 5);
  GtkWidget *walk_run = kw_interval_timer_new ();
  GtkWidget *chart = kw_pain_chart_new ();
  GtkWidget *scale = kw_pain_scale_new ("Worst pain during the session");
  GtkWidget *range;
  KwPainChartPoint points[5];
  const int pain[] = { 6, 5, 4, 3, 2 };
  g_autofree char *label = NULL;

  gtk_box_append (GTK_BOX (box), hold);
  gtk_box_append (GTK_BOX (box), walk_run);
  gtk_box_append (GTK_BOX (box), chart);
  gtk_box_append (GTK_BOX (box), scale);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));

  /* The hold timer: what it will do, then where it is. */
  gtk_test_accessible_assert_property (hold, GTK_ACCESSIBLE_PROPERTY_LABEL, "Hold timer");
  kw_hold_timer_configure (KW_HOLD_TIMER (hold), 3, 30, 60, 5);
  assert_description (hold, "Ready. 5 holds of 30 s, 60 s rest");
  kw_hold_timer_set_manual_clock (KW_HOLD_TIMER (hold), TRUE);
  kw_hold_timer_start (KW_HOLD_TIMER (hold));
  kw_hold_timer_advance (KW_HOLD_TIMER (hold), 3000 + 2000);
  assert_description (hold, "Hold: 28 seconds left. Hold 1 of 5.");
  kw_hold_timer_pause (KW_HOLD_TIMER (hold));
  assert_description (hold, "Hold: 28 seconds left. Hold 1 of 5. Paused");

  /* The walk-run timer: what to do now, for how long, where in the
   * session (level 1: a 5-minute warm-up walk, 35 minutes in all). */
  gtk_test_accessible_assert_property (walk_run, GTK_ACCESSIBLE_PROPERTY_LABEL, "Walk-run timer");
  g_assert_cmpstr (kw_interval_timer_get_cue (KW_INTERVAL_TIMER (walk_run)), ==, "Warm up");
  assert_description (walk_run, "Warm up, 5:00 left. 0:00 of 35:00. Not started");
  kw_interval_timer_set_elapsed (KW_INTERVAL_TIMER (walk_run), 60);
  assert_description (walk_run, "Warm up, 4:00 left. 1:00 of 35:00. Paused");

  /* The chart: four weeks of pain, from 6 to 2. */
  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      g_date_clear (&points[i].date, 1);
      g_date_set_dmy (&points[i].date, 2, G_DATE_NOVEMBER, 2026);
      g_date_add_days (&points[i].date, 7 * i);
      points[i].during = pain[i];
      points[i].next_morning = -1;
    }
  kw_pain_chart_set_points (KW_PAIN_CHART (chart), points, G_N_ELEMENTS (points));
  gtk_test_accessible_assert_role (chart, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_LABEL, "Pain over time");
  assert_description (chart, "Pain during exercise: 6/10 on 2 November, 2/10 on 30 November, "
                             "going down (5 check-ins).");

  /* The pain scale reads its number with its word, and says what its ends
   * mean. */
  range = kw_test_ui_find_child_of_type (scale, GTK_TYPE_SCALE);
  kw_pain_scale_set_value (KW_PAIN_SCALE (scale), 2);
  gtk_test_accessible_assert_property (range, GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, "2/10, mild");
  label = kw_test_ui_accessible_property (range, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  kw_test_ui_assert_contains (label, "From 0, no pain, to 10, the worst pain imaginable.");
  g_assert_true (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (range),
                                                   GTK_ACCESSIBLE_RELATION_LABELLED_BY));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  /* GTK's test accessibility backend keeps every accessible property so
   * the tests can read them, and needs no accessibility bus. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  kw_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/a11y/every-page-reachable-and-named", test_every_page_reachable_and_named);
  g_test_add_func ("/ui/a11y/descriptions", test_descriptions);

  return g_test_run ();
}
