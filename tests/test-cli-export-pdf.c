/* test-cli-export-pdf.c: kneewise-cli export-pdf, run as a user runs it
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "kw-plan.h"
#include "kw-sheet-renderer.h"
#include "kw-test-cli.h"
#include "sheet-fixtures.h"

static void
set_date (GDate *date,
          int    year,
          int    month,
          int    day)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
}

static KwPlan *
save_plan (void)
{
  g_autoptr(KwStore) store = kw_store_open_default (NULL);
  g_autoptr(KwPlanPrefs) prefs = kw_plan_prefs_new_default ();
  g_autoptr(GError) error = NULL;
  KwPlan *plan;
  GDate start;

  g_assert_nonnull (store);
  set_date (&start, 2026, 11, 16);
  plan = kw_plan_new ("patellofemoral-pain", KW_TRIAGE_REST_AND_REHAB, &start, prefs, &error);
  g_assert_no_error (error);
  g_assert_true (kw_plan_save (plan, store, &error));
  g_assert_no_error (error);
  g_assert_true (kw_store_set_value (store, "runner-name", "Ada", &error));
  g_assert_no_error (error);

  return plan;
}

static char *
out_dir (void)
{
  char *dir = g_build_filename (g_get_user_cache_dir (), "out", NULL);

  g_assert_no_errno (g_mkdir_with_parents (dir, 0700));
  return dir;
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (d);
  while (g_dir_read_name (d) != NULL)
    n++;

  return n;
}

static void
test_export_no_plan (void)
{
  g_autofree char *dir = out_dir ();
  g_autofree char *pdf = g_build_filename (dir, "week.pdf", NULL);
  g_autoptr(KwTestCliResult) r = kw_test_cli_run ("export-pdf", pdf, NULL);

  g_assert_cmpint (r->status, ==, 2);
  g_assert_cmpstr (r->out, ==, "");
  g_assert_nonnull (strstr (r->err, "no active exercise plan"));
  g_assert_cmpuint (count_files (dir), ==, 0);
}

static void
test_export_bad_arguments (void)
{
  g_autoptr(KwPlan) plan = save_plan ();
  g_autofree char *dir = out_dir ();
  g_autofree char *pdf = g_build_filename (dir, "week.pdf", NULL);
  struct {
    const char *args[3];
    const char *message;
  } cases[] = {
    { { "--weeks", "0", NULL }, "--weeks 0 is out of range" },
    { { "--weeks", "27", NULL }, "--weeks 27 is out of range" },
    { { "--weeks", "many", NULL }, "many" },
    { { "--paper", "a5", NULL }, "--paper “a5” is not a paper size: use a4 or letter" },
    { { "--week", "2026-02-30", NULL }, "--week “2026-02-30” is not a date" },
    { { "--today", "yesterday", NULL }, "--today “yesterday” is not a date" },
    { { "--colour", NULL }, "--colour" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(KwTestCliResult) r = NULL;

      if (cases[i].args[1] != NULL)
        r = kw_test_cli_run ("export-pdf", cases[i].args[0], cases[i].args[1], pdf, NULL);
      else
        r = kw_test_cli_run ("export-pdf", cases[i].args[0], pdf, NULL);
      g_assert_cmpint (r->status, ==, 2);
      g_assert_nonnull (strstr (r->err, cases[i].message));
      g_assert_nonnull (strstr (r->err, "kneewise-cli export-pdf --help"));
      g_assert_cmpuint (count_files (dir), ==, 0);
    }

  {
    g_autoptr(KwTestCliResult) none = kw_test_cli_run ("export-pdf", NULL);
    g_autoptr(KwTestCliResult) two = kw_test_cli_run ("export-pdf", pdf, "other.pdf", NULL);

    g_assert_cmpint (none->status, ==, 2);
    g_assert_nonnull (strstr (none->err, "Give the name of the PDF to write"));
    g_assert_cmpint (two->status, ==, 2);
    g_assert_nonnull (strstr (two->err, "unexpected “other.pdf”"));
    g_assert_cmpuint (count_files (dir), ==, 0);
  }
}

static void
test_export_unwritable (void)
{
  g_autoptr(KwPlan) plan = save_plan ();
  g_autofree char *dir = out_dir ();
  g_autofree char *missing = g_build_filename (dir, "nowhere", "week.pdf", NULL);
  g_autoptr(KwTestCliResult) r1 = kw_test_cli_run ("export-pdf", missing, NULL);
  g_autoptr(KwTestCliResult) r2 = kw_test_cli_run ("export-pdf", dir, NULL);

  g_assert_cmpint (r1->status, ==, 2);
  g_assert_nonnull (strstr (r1->err, missing));
  g_assert_nonnull (strstr (r1->err, "No such file or directory"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  g_assert_cmpint (r2->status, ==, 2);
  g_assert_nonnull (strstr (r2->err, "not a folder"));
  g_assert_cmpuint (count_files (dir), ==, 0);
}

static void
test_export_weeks (void)
{
  g_autoptr(KwPlan) plan = save_plan ();
  g_autofree char *dir = out_dir ();
  g_autofree char *pdf = g_build_filename (dir, "weeks.pdf", NULL);
  g_autoptr(KwTestCliResult) r = kw_test_cli_run ("export-pdf", "--week", "2026-11-26", "--weeks", "3",
                                    "--paper", "letter", "--today", "2026-11-24", pdf, NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  double width, height;
  GDate monday;

  g_assert_cmpint (r->status, ==, 0);
  g_assert_cmpstr (r->err, ==, "");
  g_assert_cmpuint (fixture_pdf_pages (pdf), ==, 3);
  fixture_pdf_page_size (pdf, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 612, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 792, 0.01);

  text = fixture_pdf_text (pdf);
  pages = g_strsplit (text, "\f", -1);
  set_date (&monday, 2026, 11, 23);
  for (guint p = 0; p < 3; p++)
    {
      g_autoptr(KwPlanWeek) week = kw_plan_get_week (plan, &monday);

      g_assert_nonnull (strstr (pages[p], "For Ada"));
      /* Every day and every exercise of the plan's week is on its page. */
      for (guint d = 0; d < 7; d++)
        {
          KwPlanDay *day = kw_plan_week_get_day (week, d);
          const GDate *date = kw_plan_day_get_date (day);
          g_autofree char *day_text = g_strdup_printf ("%d %s", g_date_get_day (date),
                                                       g_date_get_month (date) == 11 ? "Nov" : "Dec");

          g_assert_nonnull (strstr (pages[p], day_text));
          for (guint i = 0; i < kw_plan_day_get_n_items (day); i++)
            {
              KwPlanItem *item = kw_plan_day_get_item (day, i);
              g_autofree char *dose = kw_plan_item_dup_dose_string (item);

              g_assert_nonnull (strstr (pages[p], kw_plan_item_get_name (item)));
              g_assert_nonnull (strstr (pages[p], dose));
            }
        }
      for (guint d = 0; d < 7; d++)
        {
          const char *names[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };

          g_assert_nonnull (strstr (pages[p], names[d]));
        }
      fixture_assert_white_margins (pdf, p, KW_SHEET_MIN_MARGIN);
      g_date_add_days (&monday, 7);
    }
  g_assert_nonnull (strstr (pages[0], "Week of 23 November 2026"));
  g_assert_nonnull (strstr (pages[2], "Week of 7 December 2026"));
  g_assert_nonnull (strstr (pages[2], "Page 3 of 3"));
  g_assert_cmpuint (count_files (dir), ==, 1);
}

static void
test_export_paper_from_locale (void)
{
  g_autoptr(KwPlan) plan = save_plan ();
  g_autofree char *dir = out_dir ();
  g_autofree char *pdf = g_build_filename (dir, "week.pdf", NULL);
  const char *us[] = { "LC_ALL=", "LC_PAPER=en_US.UTF-8", NULL };
  const char *uk[] = { "LC_ALL=", "LC_PAPER=en_GB.UTF-8", NULL };
  double width, height;

  {
    g_autoptr(KwTestCliResult) r = kw_test_cli_run_env (us, "export-pdf", pdf, NULL);

    g_assert_cmpint (r->status, ==, 0);
    fixture_pdf_page_size (pdf, &width, &height);
    g_assert_cmpfloat_with_epsilon (width, 612, 0.01);
    g_assert_cmpfloat_with_epsilon (height, 792, 0.01);
  }
  {
    g_autoptr(KwTestCliResult) r = kw_test_cli_run_env (uk, "export-pdf", pdf, NULL);

    g_assert_cmpint (r->status, ==, 0);
    fixture_pdf_page_size (pdf, &width, &height);
    g_assert_cmpfloat_with_epsilon (width, 595.276, 0.01);
    g_assert_cmpfloat_with_epsilon (height, 841.89, 0.01);
  }
}

static void
test_export_german (void)
{
  g_autoptr(KwPlan) plan = save_plan ();
  g_autofree char *dir = out_dir ();
  g_autofree char *pdf = g_build_filename (dir, "woche.pdf", NULL);
  const char *de[] = { "LANGUAGE=de", NULL };
  g_autoptr(KwTestCliResult) r = kw_test_cli_run_env (de, "export-pdf", "--week", "2026-11-23", "--today", "2026-11-23",
                                    "--paper", "a4", pdf, NULL);
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;

  g_assert_cmpint (r->status, ==, 0);
  text = fixture_pdf_text (pdf);
  g_assert_nonnull (strstr (text, "Woche vom 23. November 2026"));
  g_assert_nonnull (strstr (text, "Für Ada"));
  g_assert_nonnull (strstr (text, "Ruhetag"));
  g_assert_nonnull (strstr (text, "Schmerz am nächsten"));
  g_assert_nonnull (strstr (text, "Morgen (0–10)"));
  g_assert_nonnull (strstr (text, "Aufhören und Hilfe holen, wenn"));
  g_assert_nonnull (strstr (text, "Seite 1 von 1"));
  for (guint i = 0; i < 7; i++)
    {
      const char *names[] = { "Mo", "Di", "Mi", "Do", "Fr", "Sa", "So" };

      g_assert_nonnull (strstr (text, names[i]));
    }
  g_assert_null (strstr (text, "Week of"));
  g_assert_null (strstr (text, "Rest day"));
  info = fixture_pdf_info (pdf);
  g_assert_nonnull (strstr (info, "Knieplan, Woche vom 23. November 2026"));

  {
    g_autoptr(KwTestCliResult) bad = kw_test_cli_run_env (de, "export-pdf", "--paper", "a5", pdf, NULL);

    g_assert_cmpint (bad->status, ==, 2);
    g_assert_nonnull (strstr (bad->err, "ist kein Papierformat"));
  }
}

static void
test_export_help (void)
{
  g_autoptr(KwTestCliResult) r = kw_test_cli_run ("export-pdf", "--help", NULL);

  g_assert_cmpint (r->status, ==, 0);
  g_assert_nonnull (strstr (r->out, "kneewise-cli export-pdf [OPTION…] OUT.pdf"));
  g_assert_nonnull (strstr (r->out, "--weeks=N"));
  g_assert_nonnull (strstr (r->out, "--paper=a4|letter"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli/export-pdf/help", test_export_help);
  g_test_add_func ("/cli/export-pdf/no-plan", test_export_no_plan);
  g_test_add_func ("/cli/export-pdf/bad-arguments", test_export_bad_arguments);
  g_test_add_func ("/cli/export-pdf/unwritable", test_export_unwritable);
  g_test_add_func ("/cli/export-pdf/weeks", test_export_weeks);
  g_test_add_func ("/cli/export-pdf/paper-from-locale", test_export_paper_from_locale);
  g_test_add_func ("/cli/export-pdf/german", test_export_german);

  return g_test_run ();
}
