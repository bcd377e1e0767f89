/* test-ui-a11y.c: the app by keyboard alone, named for screen readers,
 * in high contrast and with large text
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
#include "kw-progress-page.h"
#include "kw-test-ui.h"
#include "kw-today-page.h"

/* ------------------------------------------------------------------------ */
/* Reading what a screen reader reads                                       */

/* GTK 4.8 has no getter for accessible properties, but its test API checks
 * them: gtk_test_accessible_check_property() returns the actual value when
 * it differs from the one given, so asking for "" reads it. */
static char *
accessible_property (GtkWidget            *widget,
                     GtkAccessibleProperty property)
{
  char *value;

  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), property))
    return NULL;
  value = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), property, "");
  return value != NULL ? value : g_strdup ("");
}

/* The name GTK gives a screen reader comes from the label property or the
 * widgets it is labelled by (a button's own label, a row's title). For a
 * label property, returns it without mnemonic underscores; for a relation,
 * the text the widget shows. NULL: it has no name. */
static char *
accessible_name (GtkWidget *widget)
{
  g_autofree char *label = NULL;

  /* The text inside an entry or a spin button takes the focus for it, and
   * the control around it carries the name. */
  if (GTK_IS_TEXT (widget))
    {
      GtkWidget *editable = gtk_widget_get_ancestor (gtk_widget_get_parent (widget),
                                                     GTK_TYPE_EDITABLE);

      if (editable != NULL)
        widget = editable;
    }
  label = accessible_property (widget, GTK_ACCESSIBLE_PROPERTY_LABEL);

  if (label != NULL && *label != '\0')
    {
      GString *plain = g_string_new (label);

      g_string_replace (plain, "_", "", 0);
      return g_string_free (plain, FALSE);
    }
  if (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget),
                                        GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    {
      g_autofree char *text = kw_test_ui_collect_text (widget);

      /* Labelled by a widget outside it (a row's title, a scale's question). */
      if (*text == '\0')
        return g_strdup ("(labelled by another widget)");
      text[strcspn (text, "\n")] = '\0';
      return g_steal_pointer (&text);
    }
  return NULL;
}

static char *
describe (GtkWidget *widget)
{
  g_autofree char *text = kw_test_ui_collect_text (widget);

  g_strdelimit (text, "\n", '|');
  return g_strdup_printf ("%s “%s” (tooltip “%s”) in %s", G_OBJECT_TYPE_NAME (widget), text,
                          gtk_widget_get_tooltip_text (widget),
                          G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)));
}

/* ------------------------------------------------------------------------ */
/* The focus chain                                                          */

/* Every widget Tab reaches from nothing focused, in order: GTK's own focus
 * movement, which the Tab key runs (kw_test_ui_press_key() drives the real
 * key in the keyboard test). */
static GPtrArray *
focus_chain (GtkWindow *window)
{
  GPtrArray *chain = g_ptr_array_new ();

  gtk_window_set_focus (window, NULL);
  for (guint i = 0; i < 400; i++)
    {
      GtkWidget *focus;

      if (!gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD))
        break;    /* past the last one */
      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_assert_nonnull (focus);
      if (chain->len > 0 && focus == g_ptr_array_index (chain, 0))
        break;
      if (g_ptr_array_find (chain, focus, NULL))
        g_error ("Tab goes round in a loop at %s", describe (focus));
      g_ptr_array_add (chain, focus);
    }
  g_assert_cmpuint (chain->len, <, 400);
  return chain;
}

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
        g_error ("Tab never reaches %s", describe (widget));
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
  g_autoptr(GPtrArray) chain = focus_chain (window);
  guint n_controls = 0;

  g_assert_cmpuint (chain->len, >, 0);
  for (guint i = 0; i < chain->len; i++)
    {
      GtkWidget *focus = g_ptr_array_index (chain, i);
      g_autofree char *name = accessible_name (focus);

      if (!gtk_widget_is_drawable (focus))
        g_error ("%s: Tab reaches %s, which is not shown", where, describe (focus));
      /* GTK makes a scrolled window a Tab stop when nothing in it takes
       * the focus, so the keyboard can scroll it; it is read by its
       * content. */
      if (name == NULL && !GTK_IS_SCROLLED_WINDOW (focus))
        g_error ("%s: %s has no accessible name", where, describe (focus));
    }
  check_controls_reached (GTK_WIDGET (window), chain, &n_controls);
  g_test_message ("%s: %u stops, %u controls, all reachable and named", where, chain->len,
                  n_controls);
  return n_controls;
}

/* ------------------------------------------------------------------------ */
/* Every page, with a plan under way                                        */

static KwPlan *
make_plan_with_logs (KwStore *store,
                     GDate   *today)
{
  GDate monday;
  KwPlan *plan = kw_test_ui_make_plan (store, KW_TRIAGE_REST_AND_REHAB, &monday);
  const int pain[] = { 5, 4, 4, 3, 2 };
  guint n = 0;

  for (guint i = 0; i < 14 && n < G_N_ELEMENTS (pain); i++)
    {
      GDate date = monday;
      g_autoptr(KwPlanDay) day = NULL;
      g_autoptr(KwPainLog) log = NULL;
      g_autoptr(GError) error = NULL;

      g_date_add_days (&date, i);
      day = kw_plan_get_day (plan, &date);
      if (kw_plan_day_is_rest (day))
        continue;
      log = kw_pain_log_new (&date, KW_SESSION_DONE, pain[n++]);
      g_assert_true (kw_plan_log_session (plan, store, log, &date, NULL, &error));
      g_assert_no_error (error);
      *today = date;
    }
  /* Today is the next training day: its exercises, timers and check-in. */
  do
    {
      g_autoptr(KwPlanDay) day = NULL;

      g_date_add_days (today, 1);
      day = kw_plan_get_day (plan, today);
      if (!kw_plan_day_is_rest (day) && kw_plan_day_get_n_items (day) > 0)
        break;
    }
  while (TRUE);
  return plan;
}

static const char *pages[] = { "assessment", "plan", "today", "return-to-run", "progress" };

/* A plan under way, and every page on its next training day. */
static void
set_up_pages (KwWindow *window)
{
  KwStore *store = kw_window_get_store (window);
  g_autoptr(KwPlan) plan = NULL;
  GDate today;

  plan = make_plan_with_logs (store, &today);
  /* The plan, today and progress pages on a training day of the plan. */
  kw_plan_page_set_today (KW_PLAN_PAGE (kw_test_ui_find_child_of_type (GTK_WIDGET (window),
                                                                       KW_TYPE_PLAN_PAGE)),
                          &today);
  kw_today_page_set_today (KW_TODAY_PAGE (kw_test_ui_find_child_of_type (GTK_WIDGET (window),
                                                                         KW_TYPE_TODAY_PAGE)),
                           &today);
  kw_progress_page_set_today (KW_PROGRESS_PAGE (kw_test_ui_find_child_of_type (GTK_WIDGET (window),
                                                                               KW_TYPE_PROGRESS_PAGE)),
                              &today);
}

static void
pages_scenario (KwApplication *app,
                KwWindow      *window,
                gpointer       data)
{
  KwAssessmentPage *assessment;

  set_up_pages (window);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      kw_window_show_page (window, pages[i]);
      kw_test_ui_iterate (50);
      g_assert_cmpuint (check_keyboard_and_names (GTK_WINDOW (window), pages[i]), >, 1);
    }

  /* Each step of the assessment, and its result. */
  kw_window_show_page (window, "assessment");
  assessment = KW_ASSESSMENT_PAGE (kw_test_ui_find_child_of_type (GTK_WIDGET (window),
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
/* The assessment by keyboard alone                                        */

static const char *
focus_name (GtkWidget *window)
{
  static char *name = NULL;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  g_clear_pointer (&name, g_free);
  if (focus != NULL)
    name = accessible_name (focus);
  return name;
}

/* Presses Tab until the focus is on the control named @name, as a person
 * who cannot use a mouse does; fails if Tab never gets there. */
static void
tab_to (GtkWidget  *window,
        const char *name)
{
  for (guint i = 0; i < 100; i++)
    {
      if (g_strcmp0 (focus_name (window), name) == 0)
        return;
      kw_test_ui_press_key (window, "Tab");
    }
  g_error ("Tab never reaches “%s”", name);
}

static void
keyboard_scenario (KwApplication *app,
                   KwWindow      *window,
                   gpointer       data)
{
  GtkWidget *win = GTK_WIDGET (window);
  KwAssessmentPage *page;
  KwKneeMap *map;
  KwAssessment *shown;
  KwAnswers *answers;
  GtkWidget *region;
  g_autofree char *banner = NULL;

  /* From the first-run welcome. */
  g_assert_cmpstr (kw_window_get_visible_page (window), ==, "assessment");
  tab_to (win, "Get Started");
  kw_test_ui_press_key (win, "Return");
  tab_to (win, "Start Assessment");
  kw_test_ui_press_key (win, "Return");

  /* The knee map: the focus is on its first region; the arrows move to
   * "Outside", Space marks it, and a screen reader hears it pressed. */
  page = KW_ASSESSMENT_PAGE (kw_test_ui_find_child_of_type (win, KW_TYPE_ASSESSMENT_PAGE));
  map = kw_assessment_page_get_knee_map (page);
  g_assert_cmpstr (kw_assessment_page_get_step (page), ==, "where");
  g_assert_cmpstr (focus_name (win), ==, "Front, around the kneecap");
  kw_test_ui_press_key (win, "Right");
  kw_test_ui_press_key (win, "Down");
  g_assert_cmpstr (focus_name (win), ==, "Outside");
  region = gtk_root_get_focus (GTK_ROOT (window));
  /* GTK 4.8 has no toggle-button role: a button with a pressed state. */
  gtk_test_accessible_assert_role (region, GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_test_accessible_assert_state (region, GTK_ACCESSIBLE_STATE_PRESSED,
                                    GTK_ACCESSIBLE_TRISTATE_FALSE);
  kw_test_ui_press_key (win, "space");
  gtk_test_accessible_assert_state (region, GTK_ACCESSIBLE_STATE_PRESSED,
                                    GTK_ACCESSIBLE_TRISTATE_TRUE);
  g_assert_true (kw_knee_map_get_selected (map, "outside"));
  /* Up goes back, Space there marks nothing else by mistake: Space twice
   * unmarks. */
  kw_test_ui_press_key (win, "Up");
  g_assert_cmpstr (focus_name (win), ==, "Just below the kneecap");
  kw_test_ui_press_key (win, "space");
  kw_test_ui_press_key (win, "space");
  g_assert_false (kw_knee_map_get_selected (map, "below-kneecap"));
  /* The map is one Tab stop: Tab leaves it. */
  kw_test_ui_press_key (win, "Tab");
  g_assert_false (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                          GTK_WIDGET (map)));
  tab_to (win, "Next");
  kw_test_ui_press_key (win, "Return");

  /* How it feels and how it started: a check box and a radio button. */
  g_assert_cmpstr (kw_assessment_page_get_step (page), ==, "feel");
  tab_to (win, "A dull ache");
  kw_test_ui_press_key (win, "space");
  tab_to (win, "Gradually, over days or weeks");
  kw_test_ui_press_key (win, "space");
  tab_to (win, "Next");
  kw_test_ui_press_key (win, "Return");

  g_assert_cmpstr (kw_assessment_page_get_step (page), ==, "when");
  tab_to (win, "Going down stairs");
  kw_test_ui_press_key (win, "space");
  tab_to (win, "Next");
  kw_test_ui_press_key (win, "Return");

  /* A switch. */
  g_assert_cmpstr (kw_assessment_page_get_step (page), ==, "more");
  tab_to (win, kw_answers_key_get_label ("settles-within-48h"));
  kw_test_ui_press_key (win, "space");
  tab_to (win, "Next");
  kw_test_ui_press_key (win, "Return");

  /* The safety questions: all no (the default). */
  for (guint i = 0; i < 2; i++)
    {
      tab_to (win, "Next");
      kw_test_ui_press_key (win, "Return");
    }
  g_assert_cmpstr (kw_assessment_page_get_step (page), ==, "health");
  tab_to (win, "See Result");
  kw_test_ui_press_key (win, "Return");

  /* The result the user sees, from the answers given by keyboard. */
  g_assert_cmpstr (kw_assessment_page_get_view (page), ==, "result");
  shown = kw_assessment_page_get_shown (page);
  answers = kw_assessment_get_answers (shown);
  g_assert_cmpuint (kw_answers_count_items (answers, "locations"), ==, 1);
  g_assert_true (kw_answers_has_item (answers, "locations", "outside"));
  g_assert_true (kw_answers_has_item (answers, "feel", "ache"));
  g_assert_cmpstr (kw_answers_get_choice (answers, "onset"), ==, "gradual");
  g_assert_true (kw_answers_has_item (answers, "worse-with", "stairs-down"));
  g_assert_true (kw_answers_get_flag (answers, "settles-within-48h"));

  g_assert_cmpint (kw_assessment_get_triage (shown), ==, KW_TRIAGE_REDUCE_AND_CONTINUE);
  banner = kw_test_ui_collect_text (kw_assessment_page_get_banner (page));
  g_assert_true (g_str_has_prefix (banner, kw_triage_get_title (KW_TRIAGE_REDUCE_AND_CONTINUE)));
  {
    g_autofree char *text = kw_test_ui_collect_text (GTK_WIDGET (page));

    /* Marked outside, worse down stairs. */
    kw_test_ui_assert_contains (text, "Outer knee pain (iliotibial band)");
  }
  kw_test_ui_screenshot (win, "keyboard-result");
}

static void
test_keyboard_assessment (void)
{
  if (!kw_test_ui_can_press_keys ())
    {
      g_test_skip ("No xdotool or no X display: cannot press real keys");
      return;
    }
  kw_test_ui_run (keyboard_scenario, NULL);
}

/* ------------------------------------------------------------------------ */
/* What the drawn widgets say                                               */

static void
assert_description (GtkWidget  *widget,
                    const char *expected)
{
  g_autofree char *description = accessible_property (widget,
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
  label = accessible_property (range, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  kw_test_ui_assert_contains (label, "From 0, no pain, to 10, the worst pain imaginable.");
  g_assert_true (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (range),
                                                   GTK_ACCESSIBLE_RELATION_LABELLED_BY));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* ------------------------------------------------------------------------ */
/* High contrast and large text                                             */

static char *system_data_dirs;

static gboolean
fits_on_screen (GtkWidget *window)
{
  int min_w, min_h;

  gtk_widget_measure (window, GTK_ORIENTATION_HORIZONTAL, -1, &min_w, NULL, NULL, NULL);
  gtk_widget_measure (window, GTK_ORIENTATION_VERTICAL, min_w, &min_h, NULL, NULL, NULL);
  g_test_message ("smallest window: %d × %d", min_w, min_h);
  /* The smallest laptop screen GNOME supports, less its top bar. */
  return min_w <= 1280 && min_h <= 720;
}

static void
contrast_scenario (KwApplication *app,
                   KwWindow      *window,
                   gpointer       data)
{
  GtkWidget *win = GTK_WIDGET (window);
  KwAssessmentPage *assessment;
  KwKneeMap *map;
  int dpi = 0;

  g_object_get (gtk_settings_get_default (), "gtk-xft-dpi", &dpi, NULL);
  g_assert_cmpint (dpi, ==, 144 * 1024);
  g_assert_true (adw_style_manager_get_high_contrast (adw_style_manager_get_default ()));

  set_up_pages (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 760);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *name = g_strdup_printf ("large-hc-%s", pages[i]);

      kw_window_show_page (window, pages[i]);
      kw_test_ui_iterate (50);
      g_assert_true (fits_on_screen (win));
      kw_test_ui_screenshot (win, name);
    }

  /* The knee map with a region marked and another in focus. */
  kw_window_show_page (window, "assessment");
  assessment = KW_ASSESSMENT_PAGE (kw_test_ui_find_child_of_type (win, KW_TYPE_ASSESSMENT_PAGE));
  kw_assessment_page_start (assessment);
  map = kw_assessment_page_get_knee_map (assessment);
  kw_knee_map_set_selected (map, "outside", TRUE);
  kw_knee_map_set_selected (map, "whole", TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (map));
  kw_knee_map_move_focus (map, 1);
  gtk_widget_activate_action (win, "win.show-page", "s", "assessment");  /* keep focus visible */
  gtk_window_set_focus_visible (GTK_WINDOW (window), TRUE);
  kw_test_ui_iterate (50);
  g_assert_true (fits_on_screen (win));
  kw_test_ui_screenshot (win, "large-hc-knee-map");

  g_action_group_activate_action (G_ACTION_GROUP (app), "help", NULL);
  {
    GtkWindow *help = kw_test_ui_find_toplevel (KW_TYPE_HELP_WINDOW);

    kw_help_window_show_topic (KW_HELP_WINDOW (help), "data");
    kw_test_ui_iterate (50);
    g_assert_true (fits_on_screen (GTK_WIDGET (help)));
    kw_test_ui_screenshot (GTK_WIDGET (help), "large-hc-help");
    gtk_window_destroy (help);
  }
}

/* With high contrast on (libadwaita's debug switch, read once at start:
 * hence a process of its own) and text at 1.5×, as GNOME's Large Text
 * sets it, every page still fits a laptop screen. With
 * KW_TEST_SCREENSHOT_DIR set, the pages are saved to look at. */
static void
test_high_contrast_large_text (void)
{
  if (g_test_subprocess ())
    {
      g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", 144 * 1024, NULL);
      kw_test_ui_skip_welcome ();
      kw_test_ui_run (contrast_scenario, NULL);
      return;
    }

  {
    g_autofree char *isolated = g_strdup (g_getenv ("XDG_DATA_DIRS"));

    /* The child isolates its folders itself, after kw_test_ui_init() has
     * read the system's MIME data: give it the real ones to read. */
    if (system_data_dirs != NULL)
      g_setenv ("XDG_DATA_DIRS", system_data_dirs, TRUE);
    else
      g_unsetenv ("XDG_DATA_DIRS");
    g_setenv ("ADW_DEBUG_HIGH_CONTRAST", "1", TRUE);
    g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
    g_unsetenv ("ADW_DEBUG_HIGH_CONTRAST");
    g_setenv ("XDG_DATA_DIRS", isolated, TRUE);
    g_test_trap_assert_passed ();
  }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* GTK's test accessibility backend keeps every accessible property so
   * the tests can read them, and needs no accessibility bus. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  system_data_dirs = g_strdup (g_getenv ("XDG_DATA_DIRS"));
  kw_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/a11y/keyboard-assessment", test_keyboard_assessment);
  g_test_add_func ("/ui/a11y/every-page-reachable-and-named", test_every_page_reachable_and_named);
  g_test_add_func ("/ui/a11y/descriptions", test_descriptions);
  g_test_add_func ("/ui/a11y/high-contrast-large-text", test_high_contrast_large_text);

  status = g_test_run ();
  g_free (system_data_dirs);
  return status;
}
