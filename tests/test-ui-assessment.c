/* test-ui-assessment.c: the assessment wizard in the real app under Xvfb
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drives the wizard the way a keyboard user does (the knee map by its arrow
 * and Space handling, the rows by their widgets), with the answers of golden
 * vignettes, and checks that the result shown is the one in the vignette's
 * .expected file: the same result as the engine and the CLI.
 */

#include "config.h"

#include "kw-assessment-page.h"
#include "kw-test-ui.h"

/* Three levels here and same-day in /ui/assessment/no-store: every level
 * the UI shows is checked against the golden files, and the test stays
 * inside its time limit in the sanitizer build. */
static const char * const vignettes[] = {
  "01-pfp-classic",                 /* reduce-and-continue */
  "28-days-15-see-clinician",       /* see-clinician */
  "40-fever-hot-knee",              /* emergency */
};

static gboolean
is_laid_out (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

static char *
vignette_path (const char *name,
               const char *suffix)
{
  g_autofree char *file = g_strconcat (name, suffix, NULL);
  return g_test_build_filename (G_TEST_DIST, "assessment", file, NULL);
}

/* Marks @location as a keyboard user does: arrows until it has the focus,
 * then Space (the map's own key handling). */
static void
mark_on_map (KwKneeMap  *map,
             const char *location)
{
  guint steps = 0;

  while (!g_str_equal (kw_knee_map_get_focus (map), location))
    {
      kw_knee_map_move_focus (map, 1);
      g_assert_cmpuint (++steps, <, 8);
    }
  g_assert_false (kw_knee_map_get_selected (map, location));
  kw_knee_map_toggle_focus (map);
  g_assert_true (kw_knee_map_get_selected (map, location));
}

static void
set_input (KwAssessmentPage *page,
           const char       *name,
           gboolean          active)
{
  GtkWidget *widget = kw_assessment_page_get_input (page, name);

  if (widget == NULL)
    g_error ("No input “%s”", name);
  g_assert_true (gtk_widget_get_mapped (widget));
  if (GTK_IS_CHECK_BUTTON (widget))
    gtk_check_button_set_active (GTK_CHECK_BUTTON (widget), active);
  else
    gtk_switch_set_active (GTK_SWITCH (widget), active);
}

/* Answers the questions on the step shown, from @answers. */
static void
answer_step (KwAssessmentPage *page,
             KwAnswers        *answers)
{
  const char *step = kw_assessment_page_get_step (page);
  const char * const *keys = kw_answers_get_keys ();
  static const struct { const char *step, *key; } where[] = {
    { "where", "locations" }, { "feel", "feel" }, { "feel", "onset" },
    { "when", "worse-with" }, { "more", "days" }, { "more", "pain-now" },
    { "more", "pain-running" }, { "more", "age" }, { "more", "settles-within-48h" },
    { "more", "limping" }, { "more", "swelling" }, { "safety", "can-walk-4-steps" },
    { "safety", "locked" }, { "safety", "giving-way" }, { "safety", "deformity" },
    { "safety-more", "fever" }, { "safety-more", "calf-swelling" },
    { "safety-more", "bony-tenderness" }, { "safety-more", "getting-worse" },
    { "health", "long-morning-stiffness" }, { "health", "weight-loss-or-cancer" },
    { "health", "periods-or-bone-injuries" }, { "health", "hip-or-thigh-pain" },
  };

  g_assert_cmpuint (G_N_ELEMENTS (where), ==, g_strv_length ((char **) keys));

  for (guint i = 0; i < G_N_ELEMENTS (where); i++)
    {
      const char *key = where[i].key;
      KwAnswersKind kind;

      if (!g_str_equal (where[i].step, step))
        continue;
      kw_answers_key_get_kind (key, &kind);
      switch (kind)
        {
        case KW_ANSWERS_KIND_LIST:
        case KW_ANSWERS_KIND_CHOICE:
          for (const char * const *v = kw_answers_key_get_values (key); *v != NULL; v++)
            {
              gboolean on = kind == KW_ANSWERS_KIND_LIST
                            ? kw_answers_has_item (answers, key, *v)
                            : g_strcmp0 (kw_answers_get_choice (answers, key), *v) == 0;
              g_autofree char *name = g_strconcat (key, ":", *v, NULL);

              if (g_str_equal (key, "locations"))
                {
                  if (on)
                    mark_on_map (kw_assessment_page_get_knee_map (page), *v);
                }
              else if (on)
                set_input (page, name, TRUE);
            }
          break;
        case KW_ANSWERS_KIND_FLAG:
          set_input (page, key, kw_answers_get_flag (answers, key));
          break;
        case KW_ANSWERS_KIND_NUMBER:
          {
            GtkWidget *spin = kw_assessment_page_get_input (page, key);
            int value = kw_answers_get_number (answers, key);

            g_assert_true (GTK_IS_SPIN_BUTTON (spin));
            gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), MAX (value, 0));
            break;
          }
        default:
          g_assert_not_reached ();
        }
    }
}

static char *
banner_text (KwAssessmentPage *page)
{
  GtkWidget *banner = kw_assessment_page_get_banner (page);

  g_assert_nonnull (banner);
  g_assert_true (gtk_widget_get_mapped (banner));
  return kw_test_ui_collect_text (banner);
}

static void
run_vignette (KwAssessmentPage *page,
              KwWindow         *window,
              const char       *name)
{
  g_autofree char *ini = vignette_path (name, ".ini");
  g_autofree char *expected_path = vignette_path (name, ".expected");
  g_autofree char *expected = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *banner = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KwAnswers) answers = kw_answers_new_from_file (ini, &error);
  g_autoptr(KwAssessment) engine = NULL;
  const char *order[] = { "where", "feel", "when", "more", "safety", "safety-more", "health" };

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
  engine = kw_assessment_new (answers);

  g_assert_cmpstr (kw_assessment_page_get_view (page), ==, "wizard");
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_assert_cmpstr (kw_assessment_page_get_step (page), ==, order[i]);
      answer_step (page, answers);
      if (i == 1 && g_str_equal (name, vignettes[0]))
        {
          /* Back and forth keeps what was answered. */
          kw_test_ui_click (GTK_WIDGET (page), "Back");
          g_assert_cmpstr (kw_assessment_page_get_step (page), ==, "where");
          g_assert_true (kw_knee_map_get_selected (kw_assessment_page_get_knee_map (page),
                                                   "front"));
          kw_test_ui_click (GTK_WIDGET (page), "Next");
          g_assert_cmpstr (kw_assessment_page_get_step (page), ==, "feel");
          g_assert_true (gtk_check_button_get_active (
            GTK_CHECK_BUTTON (kw_assessment_page_get_input (page, "feel:ache"))));
        }
      if (g_str_equal (name, vignettes[0]))
        {
          g_autofree char *shot = g_strconcat ("assessment-step-", order[i], NULL);

          /* As a keyboard user sees it: the focus ring on the map. */
          gtk_window_set_focus_visible (GTK_WINDOW (window), TRUE);
          if (g_getenv ("KW_TEST_SCREENSHOT_DIR") != NULL)
            kw_test_ui_iterate (500);
          kw_test_ui_screenshot (GTK_WIDGET (window), shot);
        }
      kw_test_ui_click (GTK_WIDGET (page), i + 1 < G_N_ELEMENTS (order) ? "Next" : "See Result");
    }

  g_assert_cmpstr (kw_assessment_page_get_view (page), ==, "result");
  g_assert_nonnull (kw_assessment_page_get_shown (page));
  shown = kw_assessment_format_result (kw_assessment_page_get_shown (page));
  /* The UI, the engine and the CLI's golden file agree. */
  g_assert_cmpstr (shown, ==, expected);

  /* The banner says the engine's triage first, then what to do. */
  banner = banner_text (page);
  g_assert_true (g_str_has_prefix (banner,
                                   kw_triage_get_title (kw_assessment_get_triage (engine))));
  g_assert_nonnull (strstr (banner, kw_assessment_get_advice (engine)));
  g_assert_true (gtk_widget_is_focus (kw_assessment_page_get_banner (page)));
  if (kw_assessment_get_triage (engine) == KW_TRIAGE_EMERGENCY)
    g_assert_nonnull (strstr (banner, "Go to an emergency department"));

  {
    g_autofree char *text = kw_test_ui_collect_text (GTK_WIDGET (page));
    const char * const *ids = kw_assessment_get_condition_ids (engine);

    g_assert_null (strstr (text, "was not saved"));
    for (guint i = 0; ids[i] != NULL; i++)
      g_assert_nonnull (strstr (text, kw_assessment_get_reasons (engine)[i]));
    g_assert_nonnull (strstr (text, "not a diagnosis"));
    /* A plan is offered only where it is safe. */
    g_assert_true ((kw_test_ui_find_button (GTK_WIDGET (page), "Start a Plan") != NULL) ==
                   (kw_assessment_get_triage (engine) >= KW_TRIAGE_REST_AND_REHAB));
  }
}

static void
wizard_scenario (KwApplication *app,
                 KwWindow      *window,
                 gpointer       data)
{
  KwAssessmentPage *page;
  KwStore *store = kw_window_get_store (window);
  g_autoptr(GListModel) saved = NULL;
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *row;
  KwKneeMap *map;
  double x, y;

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 1000);
  g_assert_nonnull (store);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                             "assessment"));
  page = KW_ASSESSMENT_PAGE (kw_test_ui_find_child_of_type (GTK_WIDGET (window),
                                                 KW_TYPE_ASSESSMENT_PAGE));
  g_assert_nonnull (page);
  g_assert_true (kw_assessment_page_get_store (page) == store);
  g_assert_cmpstr (kw_assessment_page_get_view (page), ==, "start");
  {
    g_autofree char *text = kw_test_ui_collect_text (GTK_WIDGET (page));
    g_assert_nonnull (strstr (text, "None yet"));
  }

  kw_test_ui_click (GTK_WIDGET (page), "Start Assessment");
  g_assert_cmpstr (kw_assessment_page_get_step (page), ==, "where");

  /* Nothing marked: Next explains and stays. */
  kw_test_ui_click (GTK_WIDGET (page), "Next");
  g_assert_cmpstr (kw_assessment_page_get_step (page), ==, "where");
  {
    g_autofree char *text = kw_test_ui_collect_text (GTK_WIDGET (page));
    g_assert_nonnull (strstr (text, "Mark at least one place on the knee."));
  }

  /* The focus is on a region of the map, and what is drawn at a region is
   * that region. */
  map = kw_assessment_page_get_knee_map (page);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (map))),
                                         GTK_WIDGET (map)));
  g_assert_true (kw_test_ui_wait_for (is_laid_out, map, 10000));
  g_assert_true (kw_knee_map_get_region_center (map, "back", &x, &y));
  g_assert_cmpstr (kw_knee_map_region_at (map, x, y), ==, "back");
  g_assert_true (kw_knee_map_get_region_center (map, "below-kneecap", &x, &y));
  g_assert_cmpstr (kw_knee_map_region_at (map, x, y), ==, "below-kneecap");
  g_assert_null (kw_knee_map_region_at (map, 1, 1));
  /* A pointer at the middle of any region lands on that region's button,
   * whose tooltip names it. */
  for (const char * const *v = kw_answers_key_get_values ("locations"); *v != NULL; v++)
    {
      GtkWidget *hit;

      g_assert_true (kw_knee_map_get_region_center (map, *v, &x, &y));
      hit = gtk_widget_pick (GTK_WIDGET (map), x, y, GTK_PICK_DEFAULT);
      g_assert_true (GTK_IS_TOGGLE_BUTTON (hit));
      g_assert_cmpstr (gtk_widget_get_tooltip_text (hit), ==,
                       kw_answers_value_get_label ("locations", *v));
    }
  /* Back leaves the wizard; Start begins afresh. */
  kw_test_ui_click (GTK_WIDGET (page), "Cancel");
  g_assert_cmpstr (kw_assessment_page_get_view (page), ==, "start");
  kw_test_ui_click (GTK_WIDGET (page), "Start Assessment");

  for (guint i = 0; i < G_N_ELEMENTS (vignettes); i++)
    {
      g_autofree char *shot = NULL;

      run_vignette (page, window, vignettes[i]);
      shot = g_strconcat ("assessment-result-", vignettes[i], NULL);
      if (g_getenv ("KW_TEST_SCREENSHOT_DIR") != NULL)
        kw_test_ui_iterate (500);   /* let the crossfade finish */
      kw_test_ui_screenshot (GTK_WIDGET (window), shot);
      if (i + 1 < G_N_ELEMENTS (vignettes))
        kw_test_ui_click (GTK_WIDGET (page), "Assess Again");
    }

  /* Every result was saved, newest first, and the history lists them. */
  saved = kw_assessment_list (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (saved), ==, G_N_ELEMENTS (vignettes));
  {
    g_autoptr(KwAssessment) newest = g_list_model_get_item (saved, 0);
    g_assert_cmpint (kw_assessment_get_triage (newest), ==, KW_TRIAGE_EMERGENCY);
    g_assert_cmpint (kw_assessment_get_id (newest), ==,
                     kw_assessment_get_id (kw_assessment_page_get_shown (page)));
  }

  kw_test_ui_click (GTK_WIDGET (page), "History");
  g_assert_cmpstr (kw_assessment_page_get_view (page), ==, "start");
  {
    g_autofree char *text = kw_test_ui_collect_text (GTK_WIDGET (page));
    g_assert_null (strstr (text, "None yet"));
    g_assert_nonnull (strstr (text, "Get emergency care now"));
    g_assert_nonnull (strstr (text, "Keep running, but less · Runner’s knee"));
  }
  kw_test_ui_screenshot (GTK_WIDGET (window), "assessment-history");

  /* A past assessment opens as it was. */
  row = gtk_list_box_get_row_at_index (kw_assessment_page_get_history (page),
                                       G_N_ELEMENTS (vignettes) - 1);
  g_assert_nonnull (row);
  g_assert_null (gtk_list_box_get_row_at_index (kw_assessment_page_get_history (page),
                                                G_N_ELEMENTS (vignettes)));
  g_signal_emit_by_name (kw_assessment_page_get_history (page), "row-activated", row);
  g_assert_cmpstr (kw_assessment_page_get_view (page), ==, "result");
  g_assert_cmpint (kw_assessment_get_triage (kw_assessment_page_get_shown (page)), ==,
                   KW_TRIAGE_REDUCE_AND_CONTINUE);

  /* "Start a Plan" goes to the plan page. */
  kw_test_ui_click (GTK_WIDGET (page), "Start a Plan");
  g_assert_cmpstr (kw_window_get_visible_page (window), ==, "plan");
}

static void
test_wizard (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_set_boolean (settings, "welcome-done", TRUE);
  kw_test_ui_run (wizard_scenario, NULL);
}

/* A key press as the map's own key controller receives it. */
static void
press_key (GtkWidget *widget,
           guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  g_assert_true (handled);
}

static gboolean
outside_is_marked (gpointer data)
{
  return kw_knee_map_get_selected (KW_KNEE_MAP (data), "outside");
}

/* Without a store (it could not be opened) the result still shows, and says
 * plainly that it was not saved. */
static void
test_no_store (void)
{
  KwAssessmentPage *page = KW_ASSESSMENT_PAGE (kw_assessment_page_new ());
  GtkWidget *window = gtk_window_new ();
  g_autofree char *text = NULL;

  g_object_ref_sink (page);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));

  /* Only a place marked, with the keys: nothing says it settles, so no
   * running on it. */
  kw_assessment_page_start (page);
  g_assert_cmpstr (kw_knee_map_get_focus (kw_assessment_page_get_knee_map (page)), ==, "front");
  press_key (GTK_WIDGET (kw_assessment_page_get_knee_map (page)), GDK_KEY_Right);
  press_key (GTK_WIDGET (kw_assessment_page_get_knee_map (page)), GDK_KEY_Down);
  press_key (GTK_WIDGET (kw_assessment_page_get_knee_map (page)), GDK_KEY_Down);
  press_key (GTK_WIDGET (kw_assessment_page_get_knee_map (page)), GDK_KEY_Up);
  g_assert_cmpstr (kw_knee_map_get_focus (kw_assessment_page_get_knee_map (page)), ==,
                   "outside");
  {
    /* Space goes to the region's own toggle button, which has the focus
     * (GtkButton's key binding activates it; test-ui-keyboard presses the
     * real key). */
    GtkWidget *map = GTK_WIDGET (kw_assessment_page_get_knee_map (page));
    GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (map));

    g_assert_true (GTK_IS_TOGGLE_BUTTON (focus));
    g_assert_true (gtk_widget_is_ancestor (focus, map));
    gtk_widget_activate (focus);
    /* A button's activation clicks it a moment later, as a pressed key does. */
    g_assert_true (kw_test_ui_wait_for (outside_is_marked, map, 5000));
  }
  g_assert_true (kw_knee_map_get_selected (kw_assessment_page_get_knee_map (page), "outside"));
  g_assert_false (kw_knee_map_get_selected (kw_assessment_page_get_knee_map (page), "front"));
  for (guint i = 0; i < 6; i++)
    kw_test_ui_click (GTK_WIDGET (page), "Next");
  kw_test_ui_click (GTK_WIDGET (page), "See Result");
  g_assert_cmpint (kw_assessment_get_triage (kw_assessment_page_get_shown (page)), ==,
                   KW_TRIAGE_REST_AND_REHAB);
  g_clear_pointer (&text, g_free);
  text = banner_text (page);
  g_assert_true (g_str_has_prefix (text, "Rest from running and rebuild\n"));
  g_assert_nonnull (kw_test_ui_find_button (GTK_WIDGET (page), "Start a Plan"));

  kw_test_ui_click (GTK_WIDGET (page), "Assess Again");
  g_assert_false (kw_knee_map_get_selected (kw_assessment_page_get_knee_map (page), "outside"));
  kw_knee_map_set_selected (kw_assessment_page_get_knee_map (page), "outside", TRUE);
  for (guint i = 0; i < 4; i++)
    kw_test_ui_click (GTK_WIDGET (page), "Next");
  set_input (page, "locked", TRUE);
  kw_test_ui_click (GTK_WIDGET (page), "Next");
  kw_test_ui_click (GTK_WIDGET (page), "Next");
  kw_test_ui_click (GTK_WIDGET (page), "See Result");
  g_clear_pointer (&text, g_free);

  g_assert_cmpint (kw_assessment_get_triage (kw_assessment_page_get_shown (page)), ==,
                   KW_TRIAGE_SAME_DAY);
  text = kw_test_ui_collect_text (GTK_WIDGET (page));
  g_assert_true (g_str_has_prefix (strstr (text, "Don’t run: get checked today"),
                                   "Don’t run: get checked today"));
  g_assert_nonnull (strstr (text, "This result was not saved: the database is not open."));
  g_assert_null (kw_test_ui_find_button (GTK_WIDGET (page), "Start a Plan"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (page);
}

int
main (int   argc,
      char *argv[])
{
  kw_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/assessment/wizard", test_wizard);
  g_test_add_func ("/ui/assessment/no-store", test_no_store);

  return g_test_run ();
}
