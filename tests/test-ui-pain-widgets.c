/* test-ui-pain-widgets.c: the pain scale and the pain chart
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kw-pain-chart.h"
#include "kw-pain-scale.h"
#include "kw-test-ui.h"

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          int        *count)
{
  (*count)++;
}

static void
test_scale_words_and_keys (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  KwPainScale *scale = KW_PAIN_SCALE (kw_pain_scale_new ("Worst pain during the session"));
  GtkWidget *range;
  g_autofree char *text = NULL;
  int notified = 0;

  gtk_window_set_child (window, GTK_WIDGET (scale));
  gtk_window_present (window);
  g_signal_connect (scale, "notify::value", G_CALLBACK (count_cb), &notified);

  /* What a person reads: the question, the value and the anchors. */
  text = kw_test_ui_collect_text (GTK_WIDGET (scale));
  g_assert_nonnull (strstr (text, "Worst pain during the session"));
  g_assert_nonnull (strstr (text, "no pain"));
  g_assert_nonnull (strstr (text, "worst imaginable"));
  g_assert_cmpint (kw_pain_scale_get_value (scale), ==, 0);
  g_assert_cmpstr (kw_pain_scale_get_value_text (scale), ==, "0/10, no pain");

  /* The keyboard: what the arrow keys and End do on a scale. */
  range = kw_test_ui_find_child_of_type (GTK_WIDGET (scale), GTK_TYPE_SCALE);
  g_assert_nonnull (range);
  g_assert_true (gtk_widget_get_focusable (range));
  g_signal_emit_by_name (range, "move-slider", GTK_SCROLL_STEP_RIGHT);
  g_signal_emit_by_name (range, "move-slider", GTK_SCROLL_STEP_RIGHT);
  g_assert_cmpint (kw_pain_scale_get_value (scale), ==, 2);
  g_assert_cmpstr (kw_pain_scale_get_value_text (scale), ==, "2/10, mild");
  g_assert_cmpint (notified, ==, 2);

  g_signal_emit_by_name (range, "move-slider", GTK_SCROLL_END);
  g_assert_cmpint (kw_pain_scale_get_value (scale), ==, 10);
  g_assert_cmpstr (kw_pain_scale_get_value_text (scale), ==, "10/10, worst imaginable");

  kw_pain_scale_set_value (scale, 5);
  g_assert_cmpstr (kw_pain_scale_get_value_text (scale), ==, "5/10, moderate");
  g_free (text);
  text = kw_test_ui_collect_text (GTK_WIDGET (scale));
  g_assert_nonnull (strstr (text, "5/10 · moderate"));

  /* Every step of the scale has a word. */
  for (int v = 0; v <= 10; v++)
    g_assert_nonnull (kw_pain_scale_word_for_value (v));
  g_assert_cmpstr (kw_pain_scale_word_for_value (7), ==, "severe");

  gtk_window_destroy (window);
}

static void
set_point (KwPainChartPoint *p,
           int               day,
           int               during,
           int               morning)
{
  g_date_clear (&p->date, 1);
  g_date_set_dmy (&p->date, day, G_DATE_NOVEMBER, 2026);
  p->during = during;
  p->next_morning = morning;
}

static void
test_chart_summary (void)
{
  KwPainChart *chart = KW_PAIN_CHART (g_object_ref_sink (kw_pain_chart_new ()));
  KwPainChartPoint points[4];

  g_assert_cmpstr (kw_pain_chart_get_summary (chart), ==, "No pain check-ins yet.");

  /* Given out of order, with a morning not answered yet. */
  set_point (&points[0], 10, 3, 2);
  set_point (&points[1], 3, 5, 4);
  set_point (&points[2], 17, 2, -1);
  set_point (&points[3], 6, 4, 3);
  kw_pain_chart_set_points (chart, points, G_N_ELEMENTS (points));

  g_assert_cmpuint (kw_pain_chart_get_n_points (chart), ==, 4);
  g_assert_cmpstr (kw_pain_chart_get_summary (chart), ==,
                   "Pain during exercise: 5/10 on 3 November, 2/10 on 17 November, "
                   "going down (4 check-ins). "
                   "Pain the next morning: 4/10 on 3 November, 2/10 on 10 November, "
                   "going down (3 check-ins).");

  /* Rising pain is said plainly too. */
  set_point (&points[0], 3, 1, 1);
  set_point (&points[1], 5, 4, 1);
  kw_pain_chart_set_points (chart, points, 2);
  g_assert_cmpstr (kw_pain_chart_get_summary (chart), ==,
                   "Pain during exercise: 1/10 on 3 November, 4/10 on 5 November, "
                   "going up (2 check-ins). "
                   "Pain the next morning: 1/10 on 3 November, 1/10 on 5 November, "
                   "no change (2 check-ins).");

  set_point (&points[0], 3, 2, -1);
  kw_pain_chart_set_points (chart, points, 1);
  g_assert_cmpstr (kw_pain_chart_get_summary (chart), ==,
                   "Pain during exercise: 2/10 on 3 November.");

  kw_pain_chart_set_points (chart, NULL, 0);
  g_assert_cmpuint (kw_pain_chart_get_n_points (chart), ==, 0);
  g_assert_cmpstr (kw_pain_chart_get_summary (chart), ==, "No pain check-ins yet.");

  g_object_unref (chart);
}

/* A bad point is a caller's bug: it is left out, loudly, and the rest drawn. */
static void
test_chart_bad_point (void)
{
  if (g_test_subprocess ())
    {
      KwPainChart *chart = KW_PAIN_CHART (g_object_ref_sink (kw_pain_chart_new ()));
      KwPainChartPoint points[2];

      set_point (&points[0], 3, 11, -1);
      set_point (&points[1], 4, 2, 1);
      g_log_set_always_fatal (G_LOG_FATAL_MASK);
      g_log_set_fatal_mask ("kw-pain-chart", G_LOG_FATAL_MASK);
      kw_pain_chart_set_points (chart, points, 2);
      g_assert_cmpuint (kw_pain_chart_get_n_points (chart), ==, 1);
      g_object_unref (chart);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*point 0 is not a valid check-in*");
}

static gboolean
is_allocated (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

/* The chart draws into a real window, with and without data. */
static void
test_chart_draws (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  KwPainChart *chart = KW_PAIN_CHART (kw_pain_chart_new ());
  KwPainChartPoint points[8];
  const int during[] = { 4, 5, 3, -1, 3, 2, 2, 1 };
  const int morning[] = { 3, 4, 2, 2, -1, 1, 1, 0 };

  gtk_window_set_default_size (window, 560, 280);
  gtk_window_set_child (window, GTK_WIDGET (chart));
  gtk_window_present (window);
  g_assert_true (kw_test_ui_wait_for (is_allocated, chart, 5000));
  kw_test_ui_screenshot (GTK_WIDGET (window), "pain-chart-empty");

  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    set_point (&points[i], 3 + 2 * i, during[i], morning[i]);
  kw_pain_chart_set_points (chart, points, G_N_ELEMENTS (points));
  kw_pain_chart_set_zones (chart, 3, 5);
  kw_test_ui_screenshot (GTK_WIDGET (window), "pain-chart");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (chart)), >=, 240);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (chart)), >=, 180);

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  kw_test_ui_init (&argc, &argv);

  g_test_add_func ("/pain-scale/words-and-keys", test_scale_words_and_keys);
  g_test_add_func ("/pain-chart/summary", test_chart_summary);
  g_test_add_func ("/pain-chart/bad-point", test_chart_bad_point);
  g_test_add_func ("/pain-chart/draws", test_chart_draws);

  return g_test_run ();
}
