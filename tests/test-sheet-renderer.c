/* test-sheet-renderer.c: the printed week as a PDF, read back with poppler
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <glib/gstdio.h>

#include "kw-sheet-renderer.h"
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

static GPtrArray *
fixture_weeks (guint n_weeks)
{
  GPtrArray *sheets = g_ptr_array_new_with_free_func (g_object_unref);
  GDate monday;

  set_date (&monday, 2026, 11, 23);
  for (guint i = 0; i < n_weeks; i++)
    {
      g_ptr_array_add (sheets, fixture_sheet_new (&monday, "Ada"));
      g_date_add_days (&monday, 7);
    }

  return sheets;
}

static char *
tmp_pdf (const char *name)
{
  g_assert_no_errno (g_mkdir_with_parents (g_get_user_cache_dir (), 0700));
  return g_build_filename (g_get_user_cache_dir (), name, NULL);
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
test_paper_names (void)
{
  KwSheetPaper paper = KW_SHEET_PAPER_A4;
  double width, height;

  g_assert_true (kw_sheet_paper_from_name ("letter", &paper));
  g_assert_cmpint (paper, ==, KW_SHEET_PAPER_LETTER);
  g_assert_true (kw_sheet_paper_from_name ("A4", &paper));
  g_assert_cmpint (paper, ==, KW_SHEET_PAPER_A4);
  g_assert_false (kw_sheet_paper_from_name ("a5", &paper));
  g_assert_false (kw_sheet_paper_from_name ("", &paper));
  g_assert_false (kw_sheet_paper_from_name (NULL, &paper));
  g_assert_cmpint (paper, ==, KW_SHEET_PAPER_A4);
  g_assert_cmpstr (kw_sheet_paper_to_name (KW_SHEET_PAPER_LETTER), ==, "letter");

  kw_sheet_paper_get_size (KW_SHEET_PAPER_A4, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 210 / 25.4 * 72, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 297 / 25.4 * 72, 0.01);
  kw_sheet_paper_get_size (KW_SHEET_PAPER_LETTER, &width, &height);
  g_assert_cmpfloat (width, ==, 612);
  g_assert_cmpfloat (height, ==, 792);
}

static void
test_paper_locale (void)
{
  g_assert_cmpint (kw_sheet_paper_for_locale_name ("en_US.UTF-8"), ==, KW_SHEET_PAPER_LETTER);
  g_assert_cmpint (kw_sheet_paper_for_locale_name ("fr_CA"), ==, KW_SHEET_PAPER_LETTER);
  g_assert_cmpint (kw_sheet_paper_for_locale_name ("es_MX.utf8@euro"), ==, KW_SHEET_PAPER_LETTER);
  g_assert_cmpint (kw_sheet_paper_for_locale_name ("en_GB.UTF-8"), ==, KW_SHEET_PAPER_A4);
  g_assert_cmpint (kw_sheet_paper_for_locale_name ("de_DE"), ==, KW_SHEET_PAPER_A4);
  g_assert_cmpint (kw_sheet_paper_for_locale_name ("C.UTF-8"), ==, KW_SHEET_PAPER_A4);
  g_assert_cmpint (kw_sheet_paper_for_locale_name ("en_USA"), ==, KW_SHEET_PAPER_A4);
  g_assert_cmpint (kw_sheet_paper_for_locale_name (NULL), ==, KW_SHEET_PAPER_A4);

  /* The test runs in the C locale, so the environment decides. */
  g_assert_cmpstr (setlocale (LC_PAPER, NULL), ==, "C");
  g_setenv ("LC_ALL", "", TRUE);
  g_setenv ("LC_PAPER", "en_CA.UTF-8", TRUE);
  g_assert_cmpint (kw_sheet_paper_for_locale (), ==, KW_SHEET_PAPER_LETTER);
  g_setenv ("LC_ALL", "nl_NL.UTF-8", TRUE);
  g_assert_cmpint (kw_sheet_paper_for_locale (), ==, KW_SHEET_PAPER_A4);
  g_unsetenv ("LC_ALL");
  g_unsetenv ("LC_PAPER");
  g_setenv ("LANG", "en_US.UTF-8", TRUE);
  g_assert_cmpint (kw_sheet_paper_for_locale (), ==, KW_SHEET_PAPER_LETTER);
  g_unsetenv ("LANG");
  g_assert_cmpint (kw_sheet_paper_for_locale (), ==, KW_SHEET_PAPER_A4);
}

static void
check_pdf_size (KwSheetPaper  paper,
                const char   *size_name)
{
  g_autoptr(GPtrArray) sheets = fixture_weeks (1);
  g_autofree char *path = tmp_pdf ("week.pdf");
  g_autofree char *info = NULL;
  g_autoptr(GError) error = NULL;
  double width, height, expected_width, expected_height;

  g_assert_true (kw_sheet_renderer_write_pdf (sheets, paper, path, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (fixture_pdf_pages (path), ==, 1);
  fixture_pdf_page_size (path, &width, &height);
  kw_sheet_paper_get_size (paper, &expected_width, &expected_height);
  g_assert_cmpfloat_with_epsilon (width, expected_width, 0.01);
  g_assert_cmpfloat_with_epsilon (height, expected_height, 0.01);

  info = fixture_pdf_info (path);
  g_assert_nonnull (strstr (info, size_name));
  g_assert_nonnull (strstr (info, "Title:           Knee plan, week of 23 November 2026\n"));
  g_assert_nonnull (strstr (info, "Creator:         Kneewise " PACKAGE_VERSION "\n"));

  fixture_assert_white_margins (path, 0, KW_SHEET_MIN_MARGIN);
}

static void
test_pdf_a4 (void)
{
  check_pdf_size (KW_SHEET_PAPER_A4, "(A4)");
}

static void
test_pdf_letter (void)
{
  check_pdf_size (KW_SHEET_PAPER_LETTER, "(letter)");
}

static void
test_pdf_content (void)
{
  g_autoptr(GPtrArray) sheets = fixture_weeks (1);
  g_autofree char *path = tmp_pdf ("content.pdf");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  const char *days[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
  const char *dates[] = { "23 Nov", "24 Nov", "25 Nov", "26 Nov", "27 Nov", "28 Nov", "29 Nov" };

  g_assert_true (kw_sheet_renderer_write_pdf (sheets, KW_SHEET_PAPER_A4, path, &error));
  g_assert_no_error (error);
  text = fixture_pdf_text (path);

  g_assert_nonnull (strstr (text, "Week of 23 November 2026"));
  g_assert_nonnull (strstr (text, "For Ada"));
  g_assert_nonnull (strstr (text, "Front-of-knee plan · Phase 1: Settle"));
  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_assert_nonnull (strstr (text, days[i]));
      g_assert_nonnull (strstr (text, dates[i]));
    }
  g_assert_nonnull (strstr (text, "Rest day"));
  for (guint i = 0; i < fixture_n_exercises; i++)
    {
      g_assert_nonnull (strstr (text, fixture_exercises[i].name));
      g_assert_nonnull (strstr (text, fixture_exercises[i].dose));
    }
  g_assert_nonnull (strstr (text, "Walk-run"));
  g_assert_nonnull (strstr (text, "Level 4"));
  g_assert_nonnull (strstr (text, "Pain during the exercises (0–10)"));
  g_assert_nonnull (strstr (text, "Pain during the run (0–10)"));
  g_assert_nonnull (strstr (text, "Pain the next morning (0–10)"));
  g_assert_nonnull (strstr (text, "Avoid for now"));
  g_assert_nonnull (strstr (text, "Downhill running"));
  g_assert_nonnull (strstr (text, "Stop and get help if"));
  g_assert_nonnull (strstr (text, "The knee swells, locks or gives way"));
  g_assert_nonnull (strstr (text, "Page 1 of 1"));
}

static void
test_pdf_weeks (void)
{
  g_autoptr(GPtrArray) sheets = fixture_weeks (3);
  g_autofree char *path = tmp_pdf ("weeks.pdf");
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  g_auto(GStrv) pages = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (kw_sheet_renderer_write_pdf (sheets, KW_SHEET_PAPER_LETTER, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture_pdf_pages (path), ==, 3);
  info = fixture_pdf_info (path);
  g_assert_nonnull (strstr (info, "Title:           Knee plan, 3 weeks from 23 November 2026\n"));

  /* One week a page, in order; pdftotext ends each page with a form feed. */
  text = fixture_pdf_text (path);
  pages = g_strsplit (text, "\f", -1);
  g_assert_cmpuint (g_strv_length (pages), ==, 4);
  g_assert_nonnull (strstr (pages[0], "Week of 23 November 2026"));
  g_assert_nonnull (strstr (pages[0], "Page 1 of 3"));
  g_assert_nonnull (strstr (pages[1], "Week of 30 November 2026"));
  g_assert_nonnull (strstr (pages[1], "Page 2 of 3"));
  g_assert_nonnull (strstr (pages[2], "Week of 7 December 2026"));
  g_assert_nonnull (strstr (pages[2], "Page 3 of 3"));
  g_assert_nonnull (strstr (pages[2], "Sun"));
  g_assert_nonnull (strstr (pages[2], "13 Dec"));
  for (guint i = 0; i < 3; i++)
    fixture_assert_white_margins (path, i, KW_SHEET_MIN_MARGIN);
}

/* Draws @sheet on a recording surface, returns where cairo says ink
 * landed, and checks the real pixels: the recording is replayed at 4 pixels
 * a point, and every pixel in the margins must be untouched (less half a
 * point for antialiasing at the edge of a line). */
static void
draw_and_check (KwWeekSheet          *sheet,
                KwSheetPaper          paper,
                const KwSheetMargins *margins,
                cairo_rectangle_t    *ink)
{
  const int zoom = 4;
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_surface_t *image;
  cairo_t *cr = cairo_create (surface);
  double width, height;
  const guchar *pixels;
  int stride, image_width, image_height;

  kw_sheet_paper_get_size (paper, &width, &height);
  kw_sheet_renderer_draw_page (cr, width, height, margins, sheet, 0, 1);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_recording_surface_ink_extents (surface, &ink->x, &ink->y, &ink->width, &ink->height);

  image_width = (int) (width * zoom);
  image_height = (int) (height * zoom);
  image = cairo_image_surface_create (CAIRO_FORMAT_A8, image_width, image_height);
  cr = cairo_create (image);
  cairo_scale (cr, zoom, zoom);
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_flush (image);

  pixels = cairo_image_surface_get_data (image);
  stride = cairo_image_surface_get_stride (image);
  for (int y = 0; y < image_height; y++)
    {
      double py = (y + 0.5) / zoom;
      gboolean row_in_margin = py < margins->top - 0.5 || py > height - margins->bottom + 0.5;

      for (int x = 0; x < image_width; x++)
        {
          double px = (x + 0.5) / zoom;
          gboolean in_margin = row_in_margin || px < margins->left - 0.5 ||
                               px > width - margins->right + 0.5;

          if (in_margin && pixels[y * stride + x] != 0)
            g_error ("ink in the margin at %.2f,%.2f pt", px, py);
          /* Inside the body of a row, jump to the right margin. */
          if (!row_in_margin && px >= margins->left - 0.5 && px < width - margins->right)
            x = (int) ((width - margins->right + 0.5) * zoom) - 1;
        }
    }

  cairo_surface_destroy (image);
  cairo_surface_destroy (surface);
}

/* cairo's ink extents are a conservative estimate rounded out to whole
 * points (an italic letter's box leans left of its pen position): a point
 * of slack; draw_and_check() looked at the real pixels. */
static void
assert_inside (const cairo_rectangle_t *ink,
               KwSheetPaper             paper,
               const KwSheetMargins    *margins)
{
  double width, height;

  kw_sheet_paper_get_size (paper, &width, &height);
  g_assert_cmpfloat (ink->width, >, 0);
  g_assert_cmpfloat (ink->x, >=, margins->left - 1);
  g_assert_cmpfloat (ink->y, >=, margins->top - 1);
  g_assert_cmpfloat (ink->x + ink->width, <=, width - margins->right + 1);
  g_assert_cmpfloat (ink->y + ink->height, <=, height - margins->bottom + 1);
}

static void
test_inside_margins (void)
{
  g_autoptr(KwWeekSheet) sheet = NULL;
  KwSheetMargins margins;
  cairo_rectangle_t ink;
  GDate monday;

  set_date (&monday, 2026, 11, 23);
  sheet = fixture_sheet_new (&monday, "Ada");

  for (KwSheetPaper paper = KW_SHEET_PAPER_A4; paper <= KW_SHEET_PAPER_LETTER; paper++)
    {
      kw_sheet_margins_init (&margins);
      draw_and_check (sheet, paper, &margins, &ink);
      assert_inside (&ink, paper, &margins);
      /* The page is used: the ink reaches across the width and down the page. */
      g_assert_cmpfloat (ink.width, >, 0.98 * (612 - 2 * KW_SHEET_MIN_MARGIN) - 20);
      g_assert_cmpfloat (ink.y + ink.height, >, 700);

      /* Odd margins from a page setup are kept too. */
      margins.left = 80;
      margins.top = 120;
      margins.right = 40;
      margins.bottom = 90;
      draw_and_check (sheet, paper, &margins, &ink);
      assert_inside (&ink, paper, &margins);
    }
}

static void
test_crowded_week (void)
{
  g_autoptr(KwWeekSheet) sheet = NULL;
  g_autoptr(GPtrArray) sheets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *path = tmp_pdf ("crowded.pdf");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  KwSheetMargins margins;
  cairo_rectangle_t ink;
  GDate monday;

  set_date (&monday, 2026, 11, 23);
  sheet = fixture_crowded_sheet_new (&monday);

  kw_sheet_margins_init (&margins);
  for (KwSheetPaper paper = KW_SHEET_PAPER_A4; paper <= KW_SHEET_PAPER_LETTER; paper++)
    {
      draw_and_check (sheet, paper, &margins, &ink);
      assert_inside (&ink, paper, &margins);
    }

  /* Shrunk, but all there: the last exercise and the last list item. */
  g_ptr_array_add (sheets, g_object_ref (sheet));
  g_assert_true (kw_sheet_renderer_write_pdf (sheets, KW_SHEET_PAPER_A4, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture_pdf_pages (path), ==, 1);
  fixture_assert_white_margins (path, 0, KW_SHEET_MIN_MARGIN);
  text = fixture_pdf_text (path);
  g_assert_nonnull (strstr (text, "Nummer 15"));
  g_assert_nonnull (strstr (text, "Wolfeschlegel"));
  g_assert_nonnull (strstr (text, "Page 1 of 1"));
}

static void
test_empty_week (void)
{
  g_autoptr(KwWeekSheet) sheet = NULL;
  g_autoptr(GPtrArray) sheets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *path = tmp_pdf ("empty.pdf");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  GDate monday;

  set_date (&monday, 2026, 11, 23);
  sheet = kw_week_sheet_new (&monday);
  for (guint day = 0; day < KW_WEEK_SHEET_N_DAYS; day++)
    kw_week_sheet_set_rest_day (sheet, day, TRUE);
  g_ptr_array_add (sheets, g_steal_pointer (&sheet));

  g_assert_true (kw_sheet_renderer_write_pdf (sheets, KW_SHEET_PAPER_A4, path, &error));
  g_assert_no_error (error);
  text = fixture_pdf_text (path);
  g_assert_nonnull (strstr (text, "No exercises this week"));
  g_assert_null (strstr (text, "For "));
  g_assert_null (strstr (text, "Walk-run"));
  g_assert_null (strstr (text, "Avoid for now"));
}

static void
test_write_errors (void)
{
  g_autoptr(GPtrArray) sheets = fixture_weeks (1);
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "out", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "week.pdf", NULL);
  g_autofree char *good = g_build_filename (dir, "week.pdf", NULL);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_no_errno (g_mkdir_with_parents (dir, 0700));

  /* A folder that does not exist. */
  g_assert_false (kw_sheet_renderer_write_pdf (sheets, KW_SHEET_PAPER_A4, missing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);

  /* A folder given where the file should be. */
  g_assert_false (kw_sheet_renderer_write_pdf (sheets, KW_SHEET_PAPER_A4, dir, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_nonnull (strstr (error->message, "not a folder"));
  g_clear_error (&error);
  g_assert_cmpuint (count_files (dir), ==, 0);

  /* Writing over an older PDF replaces it whole, leaving nothing else behind. */
  g_assert_true (g_file_set_contents (good, "old", -1, NULL));
  g_assert_true (kw_sheet_renderer_write_pdf (sheets, KW_SHEET_PAPER_A4, good, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (good, &after, NULL, NULL));
  g_assert_true (g_str_has_prefix (after, "%PDF-"));
  g_assert_cmpuint (count_files (dir), ==, 1);

  /* A folder the runner cannot write to (root can write anywhere). */
  if (getuid () != 0)
    {
      g_autofree char *locked = g_build_filename (dir, "locked", NULL);
      g_autofree char *inside = g_build_filename (locked, "week.pdf", NULL);

      g_assert_no_errno (g_mkdir (locked, 0500));
      g_assert_false (kw_sheet_renderer_write_pdf (sheets, KW_SHEET_PAPER_A4, inside, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
      g_clear_error (&error);
      g_assert_cmpuint (count_files (locked), ==, 0);
      g_assert_no_errno (g_rmdir (locked));
    }
}

/* Counts the fully inked pixels of @sheet drawn at 2 pixels a point. */
static guint
count_black (KwWeekSheet *sheet)
{
  const int zoom = 2;
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_A8, 595 * zoom, 842 * zoom);
  cairo_t *cr = cairo_create (image);
  KwSheetMargins margins;
  const guchar *pixels;
  guint n = 0;

  kw_sheet_margins_init (&margins);
  cairo_scale (cr, zoom, zoom);
  kw_sheet_renderer_draw_page (cr, 595.276, 841.89, &margins, sheet, 0, 1);
  cairo_destroy (cr);
  cairo_surface_flush (image);

  pixels = cairo_image_surface_get_data (image);
  for (int y = 0; y < 842 * zoom; y++)
    for (int x = 0; x < 595 * zoom; x++)
      n += pixels[y * cairo_image_surface_get_stride (image) + x] == 255;
  cairo_surface_destroy (image);

  return n;
}

static void
test_pictures (void)
{
  g_autoptr(KwWeekSheet) with_picture = NULL;
  g_autoptr(KwWeekSheet) without = NULL;
  GDate monday;
  double side = 9.5 * 3.6 * 2;   /* the picture's side in pixels, at full size */
  guint black_with, black_without;

  set_date (&monday, 2026, 11, 23);
  with_picture = kw_week_sheet_new (&monday);
  without = kw_week_sheet_new (&monday);
  /* The test resource holds a black square for "test-picture" only. */
  kw_week_sheet_add_exercise (with_picture, 0, "test-picture", "Wall sit", "5 × 30 s hold", 5);
  kw_week_sheet_add_exercise (without, 0, "no-such-picture", "Wall sit", "5 × 30 s hold", 5);

  black_with = count_black (with_picture);
  black_without = count_black (without);
  g_test_message ("black pixels: %u with the picture, %u without", black_with, black_without);
  /* The square is drawn whole, in the picture's box… */
  g_assert_cmpfloat (black_with - black_without, >=, 0.9 * side * side);
  /* …and never larger than it. */
  g_assert_cmpfloat (black_with - black_without, <=, 1.1 * side * side);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/sheet-renderer/paper/names", test_paper_names);
  g_test_add_func ("/sheet-renderer/paper/locale", test_paper_locale);
  g_test_add_func ("/sheet-renderer/pdf/a4", test_pdf_a4);
  g_test_add_func ("/sheet-renderer/pdf/letter", test_pdf_letter);
  g_test_add_func ("/sheet-renderer/pdf/content", test_pdf_content);
  g_test_add_func ("/sheet-renderer/pdf/weeks", test_pdf_weeks);
  g_test_add_func ("/sheet-renderer/inside-margins", test_inside_margins);
  g_test_add_func ("/sheet-renderer/crowded-week", test_crowded_week);
  g_test_add_func ("/sheet-renderer/empty-week", test_empty_week);
  g_test_add_func ("/sheet-renderer/write-errors", test_write_errors);
  g_test_add_func ("/sheet-renderer/pictures", test_pictures);

  return g_test_run ();
}
