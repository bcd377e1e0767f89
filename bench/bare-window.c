/* bare-window.c: the yardstick for kneewise's start-up
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The least a libadwaita app can show: an AdwApplication with one
 * AdwApplicationWindow holding a header bar and an empty status page, at
 * kneewise's default size. After its first frame it prints the same
 * "kw-bench first-frame" line as `KNEEWISE_BENCH=first-frame kneewise`
 * (kw_bench_report(), in src/gui/kw-bench-report.h, which both use), and
 * quits. bench/run-startup.py runs the two alternately.
 */

#define G_LOG_DOMAIN "kw-bare-window"

#include <adwaita.h>

#include "kw-bench-report.h"

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, user_data);
  kw_bench_report ("first-frame");
  /* Nothing loads later: settled is the first frame. */
  kw_bench_report ("settled");
  g_application_quit (G_APPLICATION (user_data));
}

static void
realize_cb (GtkWidget *window,
            gpointer   user_data)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), user_data);
}

static void
activate_cb (GApplication *app,
             gpointer      user_data)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *status = adw_status_page_new ();

  adw_status_page_set_title (ADW_STATUS_PAGE (status), "Bare Window");
  gtk_widget_set_vexpand (status, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), status);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), "Bare Window");
  /* kneewise's default window size (its GSettings schema), so both paint as much. */
  gtk_window_set_default_size (GTK_WINDOW (window), 960, 720);

  g_signal_connect (window, "realize", G_CALLBACK (realize_cb), app);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.kneewise.BenchBareWindow",
                                                       G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
