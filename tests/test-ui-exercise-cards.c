/* test-ui-exercise-cards.c: every catalogue exercise as a Today card
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kw-exercise-card.h"
#include "kw-test-ui.h"

#define COLUMNS 4

static gboolean
is_allocated (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

/* Each card shows its exercise's drawing, name and starting dose, and a
 * timer exactly when the dose is a hold. With KW_TEST_SCREENSHOT_DIR set,
 * the whole catalogue is saved as one contact sheet.
 */
static void
test_every_card (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());
  const KwExercise * const *all;
  GPtrArray *cards = g_ptr_array_new ();
  guint n = 0;

  all = kw_exercise_get_all (&n);
  g_assert_cmpuint (n, >, 0);

  gtk_grid_set_row_spacing (grid, 12);
  gtk_grid_set_column_spacing (grid, 12);
  gtk_grid_set_column_homogeneous (grid, TRUE);
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *card = kw_exercise_card_new (all[i], kw_exercise_get_start_dose (all[i]), NULL);

      gtk_widget_set_size_request (card, 460, -1);
      gtk_widget_set_valign (card, GTK_ALIGN_START);
      gtk_grid_attach (grid, card, i % COLUMNS, i / COLUMNS, 1, 1);
      g_ptr_array_add (cards, card);
    }

  gtk_widget_set_margin_top (GTK_WIDGET (grid), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (grid), 12);
  gtk_widget_set_margin_start (GTK_WIDGET (grid), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (grid), 12);
  gtk_window_set_child (window, GTK_WIDGET (grid));
  gtk_window_present (window);
  g_assert_true (kw_test_ui_wait_for (is_allocated, grid, 10000));

  for (guint i = 0; i < cards->len; i++)
    {
      KwExerciseCard *card = g_ptr_array_index (cards, i);
      GtkWidget *picture = kw_test_ui_find_child_of_type (GTK_WIDGET (card), GTK_TYPE_PICTURE);
      GdkPaintable *paintable;
      g_autofree char *text = kw_test_ui_collect_text (GTK_WIDGET (card));
      g_autofree char *dose = kw_dose_to_string (kw_exercise_get_start_dose (all[i]));

      g_test_message ("%s", kw_exercise_get_id (all[i]));
      g_assert_nonnull (picture);
      g_assert_true (gtk_widget_get_visible (picture));
      paintable = gtk_picture_get_paintable (GTK_PICTURE (picture));
      g_assert_nonnull (paintable);
      g_assert_cmpint (gdk_paintable_get_intrinsic_width (paintable), >, 0);
      g_assert_cmpint (gdk_paintable_get_intrinsic_height (paintable), >, 0);
      g_assert_cmpint (gtk_widget_get_width (picture), >, 0);

      g_assert_nonnull (strstr (text, kw_exercise_get_name (all[i])));
      g_assert_nonnull (strstr (text, dose));
      g_assert_cmpstr (kw_exercise_card_get_dose_text (card), ==, dose);
      g_assert_true ((kw_exercise_card_get_timer (card) != NULL) ==
                     kw_dose_is_hold (kw_exercise_get_start_dose (all[i])));
    }

  kw_test_ui_screenshot (GTK_WIDGET (window), "exercise-cards");

  g_ptr_array_unref (cards);
  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  kw_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/exercise-cards/every-exercise", test_every_card);

  return g_test_run ();
}
