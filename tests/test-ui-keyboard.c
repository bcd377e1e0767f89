/* test-ui-keyboard.c: the assessment by keyboard alone, with real key
 * presses
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kw-assessment-page.h"
#include "kw-knee-map.h"
#include "kw-test-ui.h"

static const char *
focus_name (GtkWidget *window)
{
  static char *name = NULL;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  g_clear_pointer (&name, g_free);
  if (focus != NULL)
    name = kw_test_ui_accessible_name (focus);
  return name;
}

static int
chain_index_of (GPtrArray  *chain,
                const char *name)
{
  for (guint i = 0; i < chain->len; i++)
    {
      g_autofree char *this = kw_test_ui_accessible_name (g_ptr_array_index (chain, i));

      if (g_strcmp0 (this, name) == 0)
        return (int) i;
    }
  return -1;
}

/* Presses Tab (or Shift+Tab, if that is shorter) until the focus is on
 * the control named @name, as a person who cannot use a mouse does. The
 * way there is worked out first from the focus chain (which moves the focus
 * about; it is put back), so all the presses go in one xdotool run; then
 * the real keys must land on @name. */
static void
tab_to (GtkWidget  *window,
        const char *name)
{
  GtkWidget *start = gtk_root_get_focus (GTK_ROOT (window));
  g_autoptr(GPtrArray) chain = NULL;
  g_autoptr(GString) keys = g_string_new (NULL);
  guint forward, backward;
  int from, to;

  if (g_strcmp0 (focus_name (window), name) == 0)
    return;

  chain = kw_test_ui_focus_chain (GTK_WINDOW (window));
  to = chain_index_of (chain, name);
  if (to < 0)
    g_error ("Tab never reaches “%s”", name);
  if (!g_ptr_array_find (chain, start, (guint *) &from))
    from = -1;
  if (start != NULL)
    gtk_widget_grab_focus (start);
  else
    gtk_window_set_focus (GTK_WINDOW (window), NULL);

  forward = (guint) ((to - from + (int) chain->len) % (int) chain->len);
  backward = (guint) ((from - to + (int) chain->len) % (int) chain->len);
  if (from < 0)
    {
      /* From nothing, Tab goes to the first, Shift+Tab to the last. */
      forward = (guint) to + 1;
      backward = chain->len - (guint) to;
    }
  for (guint i = 0; i < MIN (forward, backward); i++)
    g_string_append (keys, forward <= backward ? "Tab " : "shift+Tab ");
  g_string_truncate (keys, keys->len - 1);
  kw_test_ui_press_key (window, keys->str);

  if (g_strcmp0 (focus_name (window), name) != 0)
    g_error ("Pressed %s towards “%s”, but the focus is on “%s”", keys->str, name,
             focus_name (window));
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
  /* Up goes back one region; Space marks it, Space again unmarks it. */
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

int
main (int   argc,
      char *argv[])
{
  /* GTK's test accessibility backend keeps every accessible property, so
   * the test can find controls by the name a screen reader hears. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  kw_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/keyboard/assessment", test_keyboard_assessment);

  return g_test_run ();
}
