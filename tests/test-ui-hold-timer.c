/* test-ui-hold-timer.c: the hold and rest timer, driven by injected ticks
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "kw-hold-timer.h"
#include "kw-test-ui.h"

/* The sequence on its own: no widget, no clock. */

static void
test_cycle_sequence (void)
{
  KwHoldCycle cycle;
  KwHoldPhase ended = KW_HOLD_PHASE_IDLE;

  kw_hold_cycle_init (&cycle, 5, 30, 60, 3);
  g_assert_cmpint (kw_hold_cycle_get_phase (&cycle), ==, KW_HOLD_PHASE_IDLE);
  g_assert_false (kw_hold_cycle_is_counting (&cycle));
  g_assert_cmpint (kw_hold_cycle_get_ms_to_next_change (&cycle), ==, -1);
  /* Time does not move an idle cycle. */
  g_assert_cmpuint (kw_hold_cycle_advance (&cycle, 100000, NULL), ==, 0);
  g_assert_cmpint (kw_hold_cycle_get_phase (&cycle), ==, KW_HOLD_PHASE_IDLE);

  kw_hold_cycle_start (&cycle);
  g_assert_cmpint (kw_hold_cycle_get_phase (&cycle), ==, KW_HOLD_PHASE_GET_READY);
  g_assert_cmpuint (kw_hold_cycle_get_remaining_seconds (&cycle), ==, 5);
  g_assert_cmpint (kw_hold_cycle_get_ms_to_next_change (&cycle), ==, 1000);

  /* Rounded up: 0.3 s left still shows 1, never 0 while counting. */
  g_assert_cmpuint (kw_hold_cycle_advance (&cycle, 4700, NULL), ==, 0);
  g_assert_cmpuint (kw_hold_cycle_get_remaining_seconds (&cycle), ==, 1);
  g_assert_cmpint (kw_hold_cycle_get_ms_to_next_change (&cycle), ==, 300);

  g_assert_cmpuint (kw_hold_cycle_advance (&cycle, 300, &ended), ==, 1);
  g_assert_cmpint (ended, ==, KW_HOLD_PHASE_GET_READY);
  g_assert_cmpint (kw_hold_cycle_get_phase (&cycle), ==, KW_HOLD_PHASE_HOLD);
  g_assert_cmpuint (kw_hold_cycle_get_set (&cycle), ==, 1);
  g_assert_cmpuint (kw_hold_cycle_get_remaining_seconds (&cycle), ==, 30);

  g_assert_cmpuint (kw_hold_cycle_advance (&cycle, 30000, &ended), ==, 1);
  g_assert_cmpint (ended, ==, KW_HOLD_PHASE_HOLD);
  g_assert_cmpint (kw_hold_cycle_get_phase (&cycle), ==, KW_HOLD_PHASE_REST);
  g_assert_cmpuint (kw_hold_cycle_get_remaining_seconds (&cycle), ==, 60);
  g_assert_cmpuint (kw_hold_cycle_get_set (&cycle), ==, 1);

  g_assert_cmpuint (kw_hold_cycle_advance (&cycle, 60000, &ended), ==, 1);
  g_assert_cmpint (ended, ==, KW_HOLD_PHASE_REST);
  g_assert_cmpint (kw_hold_cycle_get_phase (&cycle), ==, KW_HOLD_PHASE_HOLD);
  g_assert_cmpuint (kw_hold_cycle_get_set (&cycle), ==, 2);

  /* Hold 2, rest, hold 3: and no rest after the last hold. */
  g_assert_cmpuint (kw_hold_cycle_advance (&cycle, 30000 + 60000 + 30000, &ended), ==, 3);
  g_assert_cmpint (ended, ==, KW_HOLD_PHASE_HOLD);
  g_assert_cmpint (kw_hold_cycle_get_phase (&cycle), ==, KW_HOLD_PHASE_DONE);
  g_assert_cmpuint (kw_hold_cycle_get_set (&cycle), ==, 3);
  g_assert_cmpuint (kw_hold_cycle_get_remaining_seconds (&cycle), ==, 0);
  g_assert_false (kw_hold_cycle_is_counting (&cycle));
  g_assert_cmpint (kw_hold_cycle_get_ms_to_next_change (&cycle), ==, -1);
  g_assert_cmpuint (kw_hold_cycle_advance (&cycle, 1000, NULL), ==, 0);
}

/* A late tick (the machine slept) crosses several phases: every cue counts
 * and the leftover time lands in the right phase.
 */
static void
test_cycle_late_tick (void)
{
  KwHoldCycle cycle;
  KwHoldPhase ended = KW_HOLD_PHASE_IDLE;

  kw_hold_cycle_init (&cycle, 5, 10, 20, 4);
  kw_hold_cycle_start (&cycle);

  /* 5 ready + 10 hold + 20 rest + 4 s into hold 2 */
  g_assert_cmpuint (kw_hold_cycle_advance (&cycle, 39000, &ended), ==, 3);
  g_assert_cmpint (ended, ==, KW_HOLD_PHASE_REST);
  g_assert_cmpint (kw_hold_cycle_get_phase (&cycle), ==, KW_HOLD_PHASE_HOLD);
  g_assert_cmpuint (kw_hold_cycle_get_set (&cycle), ==, 2);
  g_assert_cmpuint (kw_hold_cycle_get_remaining_seconds (&cycle), ==, 6);

  /* Everything at once: 2 more holds of the 4 and 2 more rests remain
   * after this hold: hold→rest, rest→hold, hold→rest, rest→hold, hold→done.
   */
  g_assert_cmpuint (kw_hold_cycle_advance (&cycle, G_GINT64_CONSTANT (3600000), &ended), ==, 5);
  g_assert_cmpint (ended, ==, KW_HOLD_PHASE_HOLD);
  g_assert_cmpint (kw_hold_cycle_get_phase (&cycle), ==, KW_HOLD_PHASE_DONE);
  g_assert_cmpuint (kw_hold_cycle_get_set (&cycle), ==, 4);
}

static void
test_cycle_no_rest_no_get_ready (void)
{
  KwHoldCycle cycle;

  kw_hold_cycle_init (&cycle, 0, 10, 0, 3);
  kw_hold_cycle_start (&cycle);
  g_assert_cmpint (kw_hold_cycle_get_phase (&cycle), ==, KW_HOLD_PHASE_HOLD);
  g_assert_cmpuint (kw_hold_cycle_get_set (&cycle), ==, 1);

  /* Straight from one hold to the next. */
  g_assert_cmpuint (kw_hold_cycle_advance (&cycle, 10000, NULL), ==, 1);
  g_assert_cmpint (kw_hold_cycle_get_phase (&cycle), ==, KW_HOLD_PHASE_HOLD);
  g_assert_cmpuint (kw_hold_cycle_get_set (&cycle), ==, 2);

  /* Starting again while counting changes nothing. */
  kw_hold_cycle_start (&cycle);
  g_assert_cmpuint (kw_hold_cycle_get_set (&cycle), ==, 2);

  kw_hold_cycle_reset (&cycle);
  g_assert_cmpint (kw_hold_cycle_get_phase (&cycle), ==, KW_HOLD_PHASE_IDLE);
  g_assert_cmpuint (kw_hold_cycle_get_set (&cycle), ==, 0);
}

/* The widget: what the runner sees and hears at each step. */

typedef struct
{
  guint       n_cues;
  KwHoldPhase last_ended;
  KwHoldPhase last_next;
} Cues;

static void
on_cue_cb (KwHoldTimer *timer,
           guint        ended,
           guint        next,
           Cues        *cues)
{
  cues->n_cues++;
  cues->last_ended = ended;
  cues->last_next = next;
}

static KwHoldTimer *
new_shown_timer (guint      hold_s,
                 guint      rest_s,
                 guint      sets,
                 GtkWindow **window_out)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  KwHoldTimer *timer = KW_HOLD_TIMER (kw_hold_timer_new (hold_s, rest_s, sets));

  gtk_window_set_child (window, GTK_WIDGET (timer));
  gtk_window_present (window);
  while (!gtk_widget_get_mapped (GTK_WIDGET (timer)))
    g_main_context_iteration (NULL, TRUE);

  kw_hold_timer_set_manual_clock (timer, TRUE);
  *window_out = window;
  return timer;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) &&
          g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_button (child, label)) != NULL)
        return found;
    }
  return NULL;
}

static void
test_timer_widget (void)
{
  GtkWindow *window = NULL;
  KwHoldTimer *timer = new_shown_timer (30, 60, 2, &window);
  Cues cues = { 0, };
  GtkWidget *button;

  g_signal_connect (timer, "cue", G_CALLBACK (on_cue_cb), &cues);

  g_assert_cmpstr (kw_hold_timer_get_phase_text (timer), ==, "Ready");
  g_assert_cmpstr (kw_hold_timer_get_digits_text (timer), ==, "30");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (timer), "kw-idle"));
  g_assert_false (kw_hold_timer_get_running (timer));

  /* Start with the button, as a user would. */
  button = find_button (GTK_WIDGET (timer), "_Start");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (kw_hold_timer_get_running (timer));
  g_assert_cmpstr (kw_hold_timer_get_phase_text (timer), ==, "Get ready");
  g_assert_cmpstr (kw_hold_timer_get_digits_text (timer), ==, "5");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "_Pause");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (timer), "kw-get-ready"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (timer), "kw-idle"));

  kw_hold_timer_advance (timer, 2000);
  g_assert_cmpstr (kw_hold_timer_get_digits_text (timer), ==, "3");
  g_assert_cmpuint (cues.n_cues, ==, 0);

  /* End of the countdown: a cue, and the timer looks different. */
  kw_hold_timer_advance (timer, 3000);
  g_assert_cmpuint (cues.n_cues, ==, 1);
  g_assert_cmpint (cues.last_ended, ==, KW_HOLD_PHASE_GET_READY);
  g_assert_cmpint (cues.last_next, ==, KW_HOLD_PHASE_HOLD);
  g_assert_cmpstr (kw_hold_timer_get_phase_text (timer), ==, "Hold");
  g_assert_cmpstr (kw_hold_timer_get_digits_text (timer), ==, "30");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (timer), "kw-hold"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (timer), "kw-get-ready"));

  /* Paused, time does not count. */
  g_signal_emit_by_name (button, "clicked");
  g_assert_false (kw_hold_timer_get_running (timer));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "_Resume");
  kw_hold_timer_advance (timer, 100000);
  g_assert_cmpstr (kw_hold_timer_get_digits_text (timer), ==, "30");
  g_assert_cmpuint (cues.n_cues, ==, 1);

  /* Resumed where it was. */
  g_signal_emit_by_name (button, "clicked");
  kw_hold_timer_advance (timer, 10000);
  g_assert_cmpstr (kw_hold_timer_get_phase_text (timer), ==, "Hold");
  g_assert_cmpstr (kw_hold_timer_get_digits_text (timer), ==, "20");

  kw_hold_timer_advance (timer, 20000);
  g_assert_cmpstr (kw_hold_timer_get_phase_text (timer), ==, "Rest");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (timer), "kw-rest"));
  g_assert_cmpuint (cues.n_cues, ==, 2);

  kw_hold_timer_advance (timer, 60000);
  g_assert_cmpuint (cues.n_cues, ==, 3);
  g_assert_cmpstr (kw_hold_timer_get_phase_text (timer), ==, "Hold");
  kw_hold_timer_advance (timer, 30000);
  g_assert_cmpuint (cues.n_cues, ==, 4);
  g_assert_cmpint (cues.last_ended, ==, KW_HOLD_PHASE_HOLD);
  g_assert_cmpint (cues.last_next, ==, KW_HOLD_PHASE_DONE);
  g_assert_cmpint (kw_hold_timer_get_phase (timer), ==, KW_HOLD_PHASE_DONE);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (timer), "kw-done"));
  g_assert_false (kw_hold_timer_get_running (timer));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "_Start");

  /* A late tick that crosses several phases rings once, not in a burst. */
  g_signal_emit_by_name (button, "clicked");
  kw_hold_timer_advance (timer, 5000 + 30000 + 60000 + 1000);
  g_assert_cmpuint (cues.n_cues, ==, 5);
  g_assert_cmpint (cues.last_ended, ==, KW_HOLD_PHASE_REST);
  g_assert_cmpuint (kw_hold_timer_get_set (timer), ==, 2);
  g_assert_cmpstr (kw_hold_timer_get_digits_text (timer), ==, "29");
  kw_hold_timer_reset (timer);

  /* Start again after done: a fresh countdown. */
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpint (kw_hold_timer_get_phase (timer), ==, KW_HOLD_PHASE_GET_READY);
  kw_hold_timer_reset (timer);
  g_assert_cmpint (kw_hold_timer_get_phase (timer), ==, KW_HOLD_PHASE_IDLE);
  g_assert_false (kw_hold_timer_get_running (timer));

  gtk_window_destroy (window);
}

/* Leaving the page pauses the timer: no counting or beeping off screen. */
static void
test_timer_pauses_when_hidden (void)
{
  GtkWindow *window = NULL;
  KwHoldTimer *timer = new_shown_timer (20, 10, 3, &window);

  kw_hold_timer_start (timer);
  kw_hold_timer_advance (timer, 7000);
  g_assert_true (kw_hold_timer_get_running (timer));

  gtk_widget_set_visible (GTK_WIDGET (timer), FALSE);
  g_assert_false (kw_hold_timer_get_running (timer));
  g_assert_cmpint (kw_hold_timer_get_phase (timer), ==, KW_HOLD_PHASE_HOLD);
  g_assert_cmpuint (kw_hold_timer_get_remaining_seconds (timer), ==, 18);

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  kw_test_ui_init (&argc, &argv);

  g_test_add_func ("/hold-cycle/sequence", test_cycle_sequence);
  g_test_add_func ("/hold-cycle/late-tick", test_cycle_late_tick);
  g_test_add_func ("/hold-cycle/no-rest-no-get-ready", test_cycle_no_rest_no_get_ready);
  g_test_add_func ("/hold-timer/widget", test_timer_widget);
  g_test_add_func ("/hold-timer/pauses-when-hidden", test_timer_pauses_when_hidden);

  return g_test_run ();
}
