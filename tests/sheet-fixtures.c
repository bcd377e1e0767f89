/* sheet-fixtures.c: weeks to print, built by hand, and PDF helpers
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDFs are read back with poppler's command line tools, as a person
 * (or their printer) would see them, not through our own code.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <string.h>
#include <glib/gstdio.h>

#include "sheet-fixtures.h"

/* A first-phase front-of-knee week: strength on alternate days, holds and
 * stretches daily, a rest day on the seventh. */
const FixtureExercise fixture_exercises[] = {
  { "quad_set", "Quad set", "10 × 10 s hold", 1, 0x3f },
  { "wall_sit", "Wall sit", "5 × 30 s, knee bent 30–45°", 5, 0x3f },
  { "sl_abd", "Side-lying hip abduction", "3 × 12", 3, 0x15 },
  { "clam", "Clamshell with band", "3 × 15", 3, 0x15 },
  { "bridge", "Glute bridge", "3 × 12", 3, 0x15 },
  { "heel_raise", "Calf raise", "3 × 15", 3, 0x15 },
  { "plank", "Front plank", "3 × 20 s", 3, 0x2a },
  { "str_calf", "Calf stretch", "3 × 30 s each side", 3, 0x3f },
};
const guint fixture_n_exercises = G_N_ELEMENTS (fixture_exercises);

KwWeekSheet *
fixture_sheet_new (const GDate *first_day,
                   const char  *runner_name)
{
  KwWeekSheet *sheet = kw_week_sheet_new (first_day);

  kw_week_sheet_set_title (sheet, "Front-of-knee plan");
  kw_week_sheet_set_subtitle (sheet, "Phase 1: Settle");
  kw_week_sheet_set_runner_name (sheet, runner_name);
  for (guint day = 0; day < KW_WEEK_SHEET_N_DAYS; day++)
    {
      for (guint i = 0; i < fixture_n_exercises; i++)
        {
          const FixtureExercise *e = &fixture_exercises[i];

          if (e->days & (1 << day))
            kw_week_sheet_add_exercise (sheet, day, e->id, e->name, e->dose, e->sets);
        }
    }
  kw_week_sheet_set_rest_day (sheet, 6, TRUE);
  kw_week_sheet_set_walk_run (sheet, 1, "Level 3",
                              "5 min brisk walk, then 6 × (run 3 min, walk 2 min)", 6);
  kw_week_sheet_set_walk_run (sheet, 3, "Level 3",
                              "5 min brisk walk, then 6 × (run 3 min, walk 2 min)", 6);
  kw_week_sheet_set_walk_run (sheet, 5, "Level 4",
                              "5 min brisk walk, then 5 × (run 4 min, walk 1 min)", 5);
  kw_week_sheet_add_avoid (sheet, "Kneeling");
  kw_week_sheet_add_avoid (sheet, "Downhill running");
  kw_week_sheet_add_stop_sign (sheet, "Pain makes you limp");
  kw_week_sheet_add_stop_sign (sheet, "The knee swells, locks or gives way");

  return sheet;
}

/* Far more than a real week holds, with long words: the renderer must
 * still keep all of it on the page, inside the margins. */
KwWeekSheet *
fixture_crowded_sheet_new (const GDate *first_day)
{
  KwWeekSheet *sheet = kw_week_sheet_new (first_day);

  kw_week_sheet_set_title (sheet, "Kniescheibenschmerzprogrammübersichtsblatt "
                                  "mit einem sehr langen Namen");
  kw_week_sheet_set_runner_name (sheet, "Maximiliane Wolfeschlegelsteinhausenbergerdorff");
  for (guint day = 0; day < KW_WEEK_SHEET_N_DAYS; day++)
    {
      for (guint i = 0; i < 16; i++)
        {
          g_autofree char *id = g_strdup_printf ("exercise-%u", i);
          g_autofree char *name = g_strdup_printf ("Einbeinige Kniebeugenvariante Nummer %u "
                                                   "(Oberschenkelmuskulaturkräftigung)", i);

          kw_week_sheet_add_exercise (sheet, day, id, name, "6 × 40, jede Seite", 6);
        }
      kw_week_sheet_set_walk_run (sheet, day, "Stufe 7",
                                  "5 min zügiges Gehen, dann 2 × (12 min laufen, 1 min gehen)",
                                  12);
    }
  for (guint i = 0; i < 12; i++)
    {
      kw_week_sheet_add_avoid (sheet, "Tiefe Kniebeugen mit Zusatzgewicht über die "
                                      "schmerzfreie Tiefe hinaus");
      kw_week_sheet_add_stop_sign (sheet, "Schmerzen über 5/10 während der Übungen oder "
                                          "am nächsten Morgen schlimmer");
    }

  return sheet;
}

char *
fixture_run (const char *const *argv,
             int               *exit_status)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, NULL, &status, &error));
  g_assert_no_error (error);
  if (exit_status != NULL)
    *exit_status = WIFEXITED (status) ? WEXITSTATUS (status) : -1;
  else
    g_assert_true (g_spawn_check_wait_status (status, NULL));

  return out;
}

char *
fixture_pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", pdf, "-", NULL };

  return fixture_run (argv, NULL);
}

char *
fixture_pdf_info (const char *pdf)
{
  const char *argv[] = { "pdfinfo", "-enc", "UTF-8", pdf, NULL };

  return fixture_run (argv, NULL);
}

static char *
info_field (const char *info,
            const char *field)
{
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], field) && lines[i][strlen (field)] == ':')
        return g_strstrip (g_strdup (lines[i] + strlen (field) + 1));
    }

  g_error ("pdfinfo has no %s field in:\n%s", field, info);
  return NULL;
}

guint
fixture_pdf_pages (const char *pdf)
{
  g_autofree char *info = fixture_pdf_info (pdf);
  g_autofree char *pages = info_field (info, "Pages");

  return (guint) g_ascii_strtoull (pages, NULL, 10);
}

void
fixture_pdf_page_size (const char *pdf,
                       double     *width,
                       double     *height)
{
  g_autofree char *info = fixture_pdf_info (pdf);
  g_autofree char *size = info_field (info, "Page size");
  char *end = NULL;

  /* "595.276 x 841.89 pts (A4)" */
  *width = g_ascii_strtod (size, &end);
  g_assert_true (g_str_has_prefix (end, " x "));
  *height = g_ascii_strtod (end + 3, NULL);
}

/* Renders @page in grey at 36 dpi and checks that no pixel in the margin
 * strips is darker than paper white (less one pixel for antialiasing). */
void
fixture_assert_white_margins (const char *pdf,
                              guint       page,
                              double      margin)
{
  const double dpi = 36.0;
  g_autofree char *dir = g_dir_make_tmp ("kw-margins-XXXXXX", NULL);
  g_autofree char *prefix = g_build_filename (dir, "page", NULL);
  g_autofree char *pgm = g_strconcat (prefix, ".pgm", NULL);
  g_autofree char *page_arg = g_strdup_printf ("%u", page + 1);
  g_autofree char *dpi_arg = g_strdup_printf ("%g", dpi);
  const char *argv[] = { "pdftoppm", "-gray", "-r", dpi_arg, "-f", page_arg, "-l", page_arg,
                         "-singlefile", pdf, prefix, NULL };
  g_autofree char *out = fixture_run (argv, NULL);
  g_autofree char *data = NULL;
  gsize length;
  guint width, height, maxval, strip, offset = 0;
  const guchar *pixels;

  g_assert_true (g_file_get_contents (pgm, &data, &length, NULL));
  g_assert_cmpint (sscanf (data, "P5 %u %u %u%n", &width, &height, &maxval, &offset), ==, 3);
  offset++;   /* the single whitespace after maxval */
  g_assert_cmpuint (maxval, ==, 255);
  g_assert_cmpuint (length, ==, offset + (gsize) width * height);
  pixels = (const guchar *) data + offset;

  /* The strip is the margin in pixels, less one for antialiasing at the edge. */
  strip = (guint) (margin * dpi / 72.0) - 1;
  for (guint y = 0; y < height; y++)
    {
      for (guint x = 0; x < width; x++)
        {
          gboolean in_margin = x < strip || x >= width - strip ||
                               y < strip || y >= height - strip;

          if (in_margin && pixels[y * width + x] < 250)
            g_error ("%s page %u: ink in the margin at pixel %u,%u (%ux%u)",
                     pdf, page + 1, x, y, width, height);
        }
    }

  g_unlink (pgm);
  g_rmdir (dir);
}
