/* kw-sheet-renderer.c: draws printed weeks of the plan with cairo and Pango
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One function, kw_sheet_renderer_draw_page(), draws a week on any cairo
 * surface: the PDF export (here, no display needed) and the app's
 * GtkPrintOperation both call it, so the printed page and the PDF match.
 *
 * The page is a grid the runner fills in with a pen: one row per exercise
 * (picture, name, dose) and one column per day, with a tick box per set;
 * then the walk-run session and the pain boxes; then what to avoid and
 * when to stop and see someone. Every size is a multiple of one base font
 * size; if a week has too much on it, everything shrinks together until it
 * fits, so nothing is ever cut off.
 */

#define G_LOG_DOMAIN "kw-sheet-renderer"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#ifdef HAVE_NL_PAPER
# include <langinfo.h>
#endif

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <librsvg/rsvg.h>
#include <pango/pangocairo.h>

#include "kw-sheet-renderer.h"

/* The one font size everything else is a multiple of, in points: readable
 * on a fridge door at arm's length, small enough for a busy week to fit. */
#define BASE_FONT_SIZE 9.5

/* When a week does not fit, the text shrinks in these steps down to this
 * fraction of the base size; below that the whole page is scaled instead. */
#define FIT_STEP 0.05
#define FIT_MIN 0.7

/* A notes box is only worth drawing with room for this many lines. */
#define NOTES_MIN_LINES 3

/* Exercise pictures are this many base sizes tall, and between square and
 * twice as wide as tall, as their own proportions say. */
#define PICTURE_HEIGHT 3.6
#define PICTURE_MIN_ASPECT 1.0
#define PICTURE_MAX_ASPECT 2.0

#define EXERCISE_PICTURE_PATH "/io/github/kneewise/Kneewise/exercises/%s.svg"

/* Rest days are shaded: light enough to write on, dark enough to show on a
 * black-and-white printer. */
#define REST_SHADE 0.88

typedef struct
{
  cairo_t      *cr;         /* NULL while measuring */
  PangoContext *pango;
  double        font;       /* the base size after fitting, points */
  GHashTable   *pictures;   /* id → RsvgHandle, or NULL if it has none */
} Ctx;

typedef enum
{
  TEXT_REGULAR = 0,
  TEXT_BOLD = 1 << 0,
  TEXT_ITALIC = 1 << 1,
  TEXT_CENTER = 1 << 2,
  TEXT_RIGHT = 1 << 3,
} TextFlags;

/* One row of the grid: an exercise and the days it is on. */
typedef struct
{
  const KwSheetExercise *exercise;
  guint                  sets[KW_WEEK_SHEET_N_DAYS];   /* 0: not that day */
} ExerciseRow;

/* Paper and locale */

static const struct {
  const char *name;
  double      width;
  double      height;
} papers[] = {
  [KW_SHEET_PAPER_A4] = { "a4", 595.276, 841.89 },
  [KW_SHEET_PAPER_LETTER] = { "letter", 612.0, 792.0 },
};

/**
 * kw_sheet_paper_from_name:
 * @name: "a4" or "letter" (any case)
 * @paper: (out): the paper
 *
 * Returns: %TRUE if @name names a paper size
 */
gboolean
kw_sheet_paper_from_name (const char   *name,
                          KwSheetPaper *paper)
{
  g_return_val_if_fail (paper != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    {
      if (name != NULL && g_ascii_strcasecmp (name, papers[i].name) == 0)
        {
          *paper = (KwSheetPaper) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
kw_sheet_paper_to_name (KwSheetPaper paper)
{
  g_return_val_if_fail (paper < G_N_ELEMENTS (papers), NULL);

  return papers[paper].name;
}

/**
 * kw_sheet_paper_get_size:
 * @paper: a #KwSheetPaper
 * @width: (out) (optional): the width in points
 * @height: (out) (optional): the height in points
 */
void
kw_sheet_paper_get_size (KwSheetPaper  paper,
                         double       *width,
                         double       *height)
{
  g_return_if_fail (paper < G_N_ELEMENTS (papers));

  if (width != NULL)
    *width = papers[paper].width;
  if (height != NULL)
    *height = papers[paper].height;
}

/**
 * kw_sheet_paper_for_locale_name:
 * @locale: (nullable): a POSIX locale name ("en_US.UTF-8")
 *
 * Letter is the norm in the United States, Canada and the few other
 * countries listed here; everywhere else it is A4.
 *
 * Returns: the paper usual where @locale is used
 */
KwSheetPaper
kw_sheet_paper_for_locale_name (const char *locale)
{
  static const char *letter_territories[] = { "US", "CA", "MX", "PH", "CL", "CO", "VE",
                                              "CR", "GT", "PR", "SV", "NI", "PA", "DO" };
  const char *underscore;
  char territory[3] = { 0 };

  if (locale == NULL || (underscore = strchr (locale, '_')) == NULL)
    return KW_SHEET_PAPER_A4;

  if (!g_ascii_isalpha (underscore[1]) || !g_ascii_isalpha (underscore[2]) ||
      g_ascii_isalpha (underscore[3]))
    return KW_SHEET_PAPER_A4;

  territory[0] = g_ascii_toupper (underscore[1]);
  territory[1] = g_ascii_toupper (underscore[2]);
  for (guint i = 0; i < G_N_ELEMENTS (letter_territories); i++)
    {
      if (g_str_equal (territory, letter_territories[i]))
        return KW_SHEET_PAPER_LETTER;
    }

  return KW_SHEET_PAPER_A4;
}

static gboolean
is_c_locale (const char *locale)
{
  return locale == NULL || *locale == '\0' || g_str_equal (locale, "C") ||
         g_str_equal (locale, "POSIX") || g_str_has_prefix (locale, "C.");
}

/**
 * kw_sheet_paper_for_locale:
 *
 * The paper of the current LC_PAPER locale. When that locale is not
 * installed (it is then "C"), the LC_ALL, LC_PAPER and LANG variables
 * still say where the runner lives.
 *
 * Returns: the paper to use when nobody chose one
 */
KwSheetPaper
kw_sheet_paper_for_locale (void)
{
  const char *current = setlocale (LC_PAPER, NULL);
  const char *vars[] = { "LC_ALL", "LC_PAPER", "LANG" };

  if (!is_c_locale (current))
    {
#ifdef HAVE_NL_PAPER
      /* glibc knows the paper of every locale it has, in millimetres. */
      int width = (int) (gintptr) nl_langinfo (_NL_PAPER_WIDTH);
      int height = (int) (gintptr) nl_langinfo (_NL_PAPER_HEIGHT);

      if (width == 216 && height == 279)
        return KW_SHEET_PAPER_LETTER;
      if (width == 210 && height == 297)
        return KW_SHEET_PAPER_A4;
#endif
      return kw_sheet_paper_for_locale_name (current);
    }

  for (guint i = 0; i < G_N_ELEMENTS (vars); i++)
    {
      const char *value = g_getenv (vars[i]);

      if (value != NULL && *value != '\0')
        return kw_sheet_paper_for_locale_name (value);
    }

  return KW_SHEET_PAPER_A4;
}

/**
 * kw_sheet_margins_init:
 * @margins: (out caller-allocates): the margins
 *
 * Sets the margins the PDF export uses on every side.
 */
void
kw_sheet_margins_init (KwSheetMargins *margins)
{
  g_return_if_fail (margins != NULL);

  margins->top = margins->right = margins->bottom = margins->left = KW_SHEET_MIN_MARGIN;
}

/**
 * kw_sheet_margins_clamp:
 * @margins: (inout): margins from a page setup
 *
 * Widens margins narrower than %KW_SHEET_MIN_MARGIN, so a page printed with
 * the usual small printer margins looks the same as the PDF export.
 */
void
kw_sheet_margins_clamp (KwSheetMargins *margins)
{
  g_return_if_fail (margins != NULL);

  margins->top = MAX (margins->top, KW_SHEET_MIN_MARGIN);
  margins->right = MAX (margins->right, KW_SHEET_MIN_MARGIN);
  margins->bottom = MAX (margins->bottom, KW_SHEET_MIN_MARGIN);
  margins->left = MAX (margins->left, KW_SHEET_MIN_MARGIN);
}

/* Dates, translated with the rest of the app rather than taken from the
 * C library, so a German sheet is German even in an English LC_TIME. */

static const char *
weekday_abbreviation (GDateWeekday weekday)
{
  static const char *names[] = {
    NULL,
    NC_("abbreviated weekday", "Mon"),
    NC_("abbreviated weekday", "Tue"),
    NC_("abbreviated weekday", "Wed"),
    NC_("abbreviated weekday", "Thu"),
    NC_("abbreviated weekday", "Fri"),
    NC_("abbreviated weekday", "Sat"),
    NC_("abbreviated weekday", "Sun"),
  };

  g_assert (weekday >= G_DATE_MONDAY && weekday <= G_DATE_SUNDAY);

  return g_dpgettext2 (GETTEXT_PACKAGE, "abbreviated weekday", names[weekday]);
}

static const char *
month_abbreviation (GDateMonth month)
{
  static const char *names[] = {
    NULL,
    NC_("abbreviated month", "Jan"),
    NC_("abbreviated month", "Feb"),
    NC_("abbreviated month", "Mar"),
    NC_("abbreviated month", "Apr"),
    NC_("abbreviated month", "May"),
    NC_("abbreviated month", "Jun"),
    NC_("abbreviated month", "Jul"),
    NC_("abbreviated month", "Aug"),
    NC_("abbreviated month", "Sep"),
    NC_("abbreviated month", "Oct"),
    NC_("abbreviated month", "Nov"),
    NC_("abbreviated month", "Dec"),
  };

  g_assert (month >= G_DATE_JANUARY && month <= G_DATE_DECEMBER);

  return g_dpgettext2 (GETTEXT_PACKAGE, "abbreviated month", names[month]);
}

static const char *
month_name (GDateMonth month)
{
  static const char *names[] = {
    NULL,
    NC_("month", "January"),
    NC_("month", "February"),
    NC_("month", "March"),
    NC_("month", "April"),
    NC_("month", "May"),
    NC_("month", "June"),
    NC_("month", "July"),
    NC_("month", "August"),
    NC_("month", "September"),
    NC_("month", "October"),
    NC_("month", "November"),
    NC_("month", "December"),
  };

  g_assert (month >= G_DATE_JANUARY && month <= G_DATE_DECEMBER);

  return g_dpgettext2 (GETTEXT_PACKAGE, "month", names[month]);
}

static char *
format_short_date (const GDate *date)
{
  /* Translators: a day in a column heading of the printed week: the day of
   * the month, then the abbreviated month name ("23 Nov"). */
  return g_strdup_printf (C_("short date", "%1$d %2$s"), g_date_get_day (date),
                          month_abbreviation (g_date_get_month (date)));
}

static char *
format_long_date (const GDate *date)
{
  /* Translators: the day of the month, the month's name and the year
   * ("23 November 2026"). */
  return g_strdup_printf (C_("long date", "%1$d %2$s %3$d"), g_date_get_day (date),
                          month_name (g_date_get_month (date)), g_date_get_year (date));
}

/**
 * kw_sheet_renderer_dup_title:
 * @first: the first week printed
 * @n_weeks: how many weeks are printed
 *
 * Returns: (transfer full): the document title ("Knee plan, week of 23 November 2026")
 */
char *
kw_sheet_renderer_dup_title (KwWeekSheet *first,
                             guint        n_weeks)
{
  g_autofree char *date = NULL;

  g_return_val_if_fail (KW_IS_WEEK_SHEET (first), NULL);

  date = format_long_date (kw_week_sheet_get_first_day (first));
  if (n_weeks <= 1)
    /* Translators: the PDF's title; %s is a date ("23 November 2026") */
    return g_strdup_printf (_("Knee plan, week of %s"), date);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: the PDF's title; %1$u is the number
                                        * of weeks, %2$s is a date ("23 November 2026") */
                                       "Knee plan, %1$u week from %2$s",
                                       "Knee plan, %1$u weeks from %2$s", n_weeks),
                          n_weeks, date);
}

/* Text */

static PangoLayout *
make_layout (Ctx        *c,
             const char *text,
             double      scale,
             TextFlags   flags,
             double      width)
{
  PangoLayout *layout = pango_layout_new (c->pango);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();

  /* "Sans" lets fontconfig pick the system's sans-serif face. */
  pango_font_description_set_family (font, "Sans");
  pango_font_description_set_absolute_size (font, c->font * scale * PANGO_SCALE);
  if (flags & TEXT_BOLD)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  if (flags & TEXT_ITALIC)
    pango_font_description_set_style (font, PANGO_STYLE_ITALIC);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (MAX (width, 1.0) * PANGO_SCALE));
  /* Long words (German!) break inside the word rather than spill over. */
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (flags & TEXT_CENTER)
    pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  else if (flags & TEXT_RIGHT)
    pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  pango_layout_set_text (layout, text, -1);

  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);

  return (double) height / PANGO_SCALE;
}

/* Shows @text in a box @width wide, wrapping as needed; returns its height.
 * While measuring (no cairo context) it only measures. */
static double
show_text (Ctx        *c,
           double      x,
           double      y,
           double      width,
           const char *text,
           double      scale,
           TextFlags   flags)
{
  g_autoptr(PangoLayout) layout = make_layout (c, text, scale, flags, width);

  if (c->cr != NULL)
    {
      cairo_move_to (c->cr, x, y);
      pango_cairo_show_layout (c->cr, layout);
    }

  return layout_height (layout);
}

/* Pictures */

static RsvgHandle *
lookup_picture (Ctx        *c,
                const char *id)
{
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  RsvgHandle *handle;

  if (g_hash_table_contains (c->pictures, id))
    return g_hash_table_lookup (c->pictures, id);

  path = g_strdup_printf (EXERCISE_PICTURE_PATH, id);
  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  handle = bytes == NULL ? NULL :
           rsvg_handle_new_from_data (g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), &error);
  if (bytes != NULL && handle == NULL)
    g_warning ("The picture of %s cannot be read: %s", id, error->message);

  g_hash_table_insert (c->pictures, g_strdup (id), handle);

  return handle;
}

static void
picture_free (gpointer data)
{
  /* A NULL handle stands for "no picture", cached like the others. */
  if (data != NULL)
    g_object_unref (data);
}

/* The box a picture is drawn in: PICTURE_HEIGHT base sizes tall, as wide
 * as its own proportions ask, within limits; 0 × 0 for none. */
static void
picture_size (Ctx        *c,
              const char *id,
              double     *width,
              double     *height)
{
  RsvgHandle *handle = lookup_picture (c, id);
  double aspect = 1.0;
  double w, h;

  *width = *height = 0;
  if (handle == NULL)
    return;

  if (rsvg_handle_get_intrinsic_size_in_pixels (handle, &w, &h) && w > 0 && h > 0)
    aspect = CLAMP (w / h, PICTURE_MIN_ASPECT, PICTURE_MAX_ASPECT);
  *height = c->font * PICTURE_HEIGHT;
  *width = *height * aspect;
}

static void
draw_picture (Ctx        *c,
              const char *id,
              double      x,
              double      y,
              double      width,
              double      height)
{
  RsvgHandle *handle;
  RsvgRectangle viewport = { x, y, width, height };
  g_autoptr(GError) error = NULL;

  if (c->cr == NULL || (handle = lookup_picture (c, id)) == NULL)
    return;

  cairo_save (c->cr);
  /* The viewport keeps the picture's aspect ratio; the clip keeps a badly
   * drawn picture from spilling into the text next to it. */
  cairo_rectangle (c->cr, x, y, width, height);
  cairo_clip (c->cr);
  if (!rsvg_handle_render_document (handle, c->cr, &viewport, &error))
    g_warning ("The picture of %s cannot be drawn: %s", id, error->message);
  cairo_restore (c->cr);
}

/* Boxes and lines */

static void
stroke_rectangle (Ctx    *c,
                  double  x,
                  double  y,
                  double  width,
                  double  height,
                  double  line_width)
{
  if (c->cr == NULL)
    return;

  /* Drawn inside the rectangle, so the ink stays where it was measured. */
  cairo_set_line_width (c->cr, line_width);
  cairo_rectangle (c->cr, x + line_width / 2, y + line_width / 2,
                   width - line_width, height - line_width);
  cairo_stroke (c->cr);
}

static void
fill_rectangle (Ctx    *c,
                double  x,
                double  y,
                double  width,
                double  height,
                double  gray)
{
  if (c->cr == NULL)
    return;

  cairo_save (c->cr);
  cairo_set_source_rgb (c->cr, gray, gray, gray);
  cairo_rectangle (c->cr, x, y, width, height);
  cairo_fill (c->cr);
  cairo_restore (c->cr);
}

static void
draw_line (Ctx    *c,
           double  x1,
           double  y1,
           double  x2,
           double  y2,
           double  line_width)
{
  if (c->cr == NULL)
    return;

  /* Only horizontal and vertical lines are drawn. Each is shortened by half
   * its width at both ends, so its ink ends where the segment was asked to,
   * even where cairo estimates extents generously (square around each end). */
  if (y1 == y2)
    {
      x1 += line_width / 2;
      x2 -= line_width / 2;
    }
  else
    {
      y1 += line_width / 2;
      y2 -= line_width / 2;
    }

  cairo_set_line_width (c->cr, line_width);
  cairo_move_to (c->cr, x1, y1);
  cairo_line_to (c->cr, x2, y2);
  cairo_stroke (c->cr);
}

/* @n empty boxes, centred in a cell @width wide, wrapping onto more lines
 * when they do not fit on one; returns their height. */
static double
tick_boxes (Ctx    *c,
            double  x,
            double  y,
            double  width,
            guint   n)
{
  double box = c->font * 1.1;
  double gap = c->font * 0.45;
  guint per_line = MAX (1, (guint) ((width + gap) / (box + gap)));
  guint lines = (n + per_line - 1) / per_line;

  if (n == 0)
    return 0;

  for (guint i = 0; i < n; i++)
    {
      guint line = i / per_line;
      guint on_line = MIN (per_line, n - line * per_line);
      double line_width = on_line * (box + gap) - gap;
      double bx = x + (width - line_width) / 2 + (i % per_line) * (box + gap);
      double by = y + line * (box + gap);

      stroke_rectangle (c, bx, by, box, box, 0.8);
    }

  return lines * box + (lines - 1) * gap;
}

/* The page, top to bottom */

static double
header (Ctx         *c,
        double       x,
        double       y,
        double       width,
        KwWeekSheet *sheet)
{
  const char *runner = kw_week_sheet_get_runner_name (sheet);
  const char *title = kw_week_sheet_get_title (sheet);
  const char *subtitle = kw_week_sheet_get_subtitle (sheet);
  g_autofree char *date = format_long_date (kw_week_sheet_get_first_day (sheet));
  g_autofree char *heading = NULL;
  double top = y;
  double name_width = 0;
  double name_height = 0;

  if (runner != NULL)
    {
      /* Translators: at the top right of the printed week; %s is the runner's name */
      g_autofree char *for_name = g_strdup_printf (_("For %s"), runner);

      g_autoptr(PangoLayout) natural = make_layout (c, for_name, 1.2, TEXT_BOLD, width);
      int natural_width;

      /* As wide as the name needs, up to a third of the page; the heading
       * gets the rest. */
      pango_layout_get_size (natural, &natural_width, NULL);
      name_width = MIN ((double) natural_width / PANGO_SCALE + 1, width * 0.35);
      name_height = show_text (c, x + width - name_width, y + c->font * 0.4, name_width,
                               for_name, 1.2, TEXT_BOLD | TEXT_RIGHT) + c->font * 0.4;
      name_width += c->font;
    }

  /* Translators: the heading of a printed week; %s is a date ("23 November 2026") */
  heading = g_strdup_printf (_("Week of %s"), date);
  y += MAX (show_text (c, x, y, width - name_width, heading, 1.9, TEXT_BOLD), name_height);

  if (title != NULL || subtitle != NULL)
    {
      g_autofree char *line = NULL;

      if (title != NULL && subtitle != NULL)
        /* Translators: the plan's name, then where this week is in it
         * ("Front-of-knee plan · Phase 2: Strength") */
        line = g_strdup_printf (_("%1$s · %2$s"), title, subtitle);
      else
        line = g_strdup (title != NULL ? title : subtitle);
      y += show_text (c, x, y, width, line, 1.1, TEXT_REGULAR);
    }

  y += c->font * 0.3;
  y += show_text (c, x, y, width,
                  _("Tick a box for each set you do. Write down your pain from 0 (none) to "
                    "10 (worst): during each session, and the next morning."),
                  0.9, TEXT_ITALIC);

  return y - top;
}

static GArray *
collect_exercise_rows (KwWeekSheet *sheet)
{
  GArray *rows = g_array_new (FALSE, TRUE, sizeof (ExerciseRow));

  /* One row per exercise and dose, in the order they first appear in the
   * week, so the page reads like the plan. */
  for (guint day = 0; day < KW_WEEK_SHEET_N_DAYS; day++)
    {
      for (guint i = 0; i < kw_week_sheet_get_n_exercises (sheet, day); i++)
        {
          const KwSheetExercise *e = kw_week_sheet_get_exercise (sheet, day, i);
          ExerciseRow *row = NULL;

          for (guint r = 0; r < rows->len && row == NULL; r++)
            {
              ExerciseRow *candidate = &g_array_index (rows, ExerciseRow, r);

              if (g_str_equal (candidate->exercise->id, e->id) &&
                  g_str_equal (candidate->exercise->dose, e->dose))
                row = candidate;
            }
          if (row == NULL)
            {
              ExerciseRow fresh = { .exercise = e };

              g_array_append_val (rows, fresh);
              row = &g_array_index (rows, ExerciseRow, rows->len - 1);
            }
          row->sets[day] += e->sets;
        }
    }

  return rows;
}

typedef struct
{
  double x;
  double width;
  double label_width;
  double day_width;
  double pad;
} Columns;

static double
day_x (const Columns *cols,
       guint          day)
{
  return cols->x + cols->label_width + day * cols->day_width;
}

/* The grid lines of one row. */
static void
row_frame (Ctx           *c,
           const Columns *cols,
           double         y,
           double         height)
{
  if (c->cr == NULL)
    return;

  for (guint day = 0; day < KW_WEEK_SHEET_N_DAYS; day++)
    draw_line (c, day_x (cols, day), y, day_x (cols, day), y + height, 0.5);
  draw_line (c, cols->x, y + height, cols->x + cols->width, y + height, 0.5);
}

static double
header_row (Ctx           *c,
            const Columns *cols,
            KwWeekSheet   *sheet,
            double         y)
{
  double cell = cols->day_width - 2 * cols->pad;
  double height = 0;

  height = show_text (c, cols->x + cols->pad, y + cols->pad,
                      cols->label_width - 2 * cols->pad, _("Exercise and dose"), 1.0, TEXT_BOLD);
  for (guint day = 0; day < KW_WEEK_SHEET_N_DAYS; day++)
    {
      g_autofree char *date_text = NULL;
      double x = day_x (cols, day) + cols->pad;
      double h = 0;
      GDate date;

      kw_week_sheet_get_day_date (sheet, day, &date);
      date_text = format_short_date (&date);
      h += show_text (c, x, y + cols->pad + h, cell,
                      weekday_abbreviation (g_date_get_weekday (&date)), 1.0,
                      TEXT_BOLD | TEXT_CENTER);
      h += show_text (c, x, y + cols->pad + h, cell, date_text, 0.85, TEXT_CENTER);
      if (kw_week_sheet_is_rest_day (sheet, day))
        h += show_text (c, x, y + cols->pad + h, cell, _("Rest day"), 0.8,
                        TEXT_ITALIC | TEXT_CENTER);
      height = MAX (height, h);
    }

  return height + 2 * cols->pad;
}

static double
exercise_row (Ctx               *c,
              const Columns     *cols,
              const ExerciseRow *row,
              double             y)
{
  double picture_width, picture_height;
  double text_x, text_width;
  double height;
  double h;

  /* An exercise without a picture gives its room to the text. */
  picture_size (c, row->exercise->id, &picture_width, &picture_height);
  text_x = cols->x + cols->pad + (picture_width > 0 ? picture_width + cols->pad : 0);
  text_width = cols->x + cols->label_width - cols->pad - text_x;
  height = picture_height;

  if (picture_width > 0)
    draw_picture (c, row->exercise->id, cols->x + cols->pad, y + cols->pad, picture_width,
                  picture_height);
  h = show_text (c, text_x, y + cols->pad, text_width, row->exercise->name, 1.0, TEXT_BOLD);
  h += show_text (c, text_x, y + cols->pad + h, text_width, row->exercise->dose, 0.9,
                  TEXT_REGULAR);
  height = MAX (height, h);

  for (guint day = 0; day < KW_WEEK_SHEET_N_DAYS; day++)
    height = MAX (height, tick_boxes (c, day_x (cols, day) + cols->pad, y + cols->pad,
                                      cols->day_width - 2 * cols->pad, row->sets[day]));

  return height + 2 * cols->pad;
}

static double
walk_run_row (Ctx           *c,
              const Columns *cols,
              KwWeekSheet   *sheet,
              double         y)
{
  double label_width = cols->label_width - 2 * cols->pad;
  double cell = cols->day_width - 2 * cols->pad;
  g_autoptr(GPtrArray) details = g_ptr_array_new ();
  double height;

  height = show_text (c, cols->x + cols->pad, y + cols->pad, label_width, _("Walk-run"), 1.0,
                      TEXT_BOLD);

  /* Each different session of the week is spelled out once. */
  for (guint day = 0; day < KW_WEEK_SHEET_N_DAYS; day++)
    {
      const KwSheetWalkRun *walk_run = kw_week_sheet_get_walk_run (sheet, day);
      g_autofree char *line = NULL;
      gboolean seen = FALSE;

      if (walk_run == NULL)
        continue;
      for (guint i = 0; i < details->len && !seen; i++)
        seen = g_str_equal (g_ptr_array_index (details, i), walk_run->detail);
      if (seen)
        continue;
      g_ptr_array_add (details, walk_run->detail);

      /* Translators: a walk-run session on the printed week: its short name,
       * then the whole session ("Level 3: 5 min brisk walk, then…") */
      line = g_strdup_printf (_("%1$s: %2$s"), walk_run->title, walk_run->detail);
      height += show_text (c, cols->x + cols->pad, y + cols->pad + height, label_width, line,
                           0.9, TEXT_REGULAR);
    }

  for (guint day = 0; day < KW_WEEK_SHEET_N_DAYS; day++)
    {
      const KwSheetWalkRun *walk_run = kw_week_sheet_get_walk_run (sheet, day);
      double x = day_x (cols, day) + cols->pad;
      double h;

      if (walk_run == NULL)
        continue;

      h = show_text (c, x, y + cols->pad, cell, walk_run->title, 0.8, TEXT_CENTER);
      h += c->font * 0.3;
      /* One box per run/walk repeat; a continuous run gets one box. */
      h += tick_boxes (c, x, y + cols->pad + h, cell, MAX (walk_run->repeats, 1));
      height = MAX (height, h);
    }

  return height + 2 * cols->pad;
}

typedef enum
{
  PAIN_EXERCISES,
  PAIN_RUN,
  PAIN_NEXT_MORNING,
} PainRow;

static double
pain_row (Ctx           *c,
          const Columns *cols,
          KwWeekSheet   *sheet,
          PainRow        which,
          double         y)
{
  const char *label = NULL;
  double box_width = MIN (cols->day_width - 2 * cols->pad, c->font * 3.6);
  double box_height = c->font * 2.0;
  double height;

  g_autofree char *text = NULL;

  switch (which)
    {
    case PAIN_EXERCISES:
      label = _("Pain during the exercises");
      break;
    case PAIN_RUN:
      label = _("Pain during the run");
      break;
    case PAIN_NEXT_MORNING:
      label = _("Pain the next morning");
      break;
    default:
      g_assert_not_reached ();
    }

  /* The scale never breaks over two lines, nor leaves the last word:
   * a no-break space before it, word joiners around its dash. */
  text = g_strdup_printf ("%s\u00a0(0\u2060–\u206010)", label);
  height = show_text (c, cols->x + cols->pad, y + cols->pad,
                      cols->label_width - 2 * cols->pad, text, 0.9, TEXT_BOLD);

  for (guint day = 0; day < KW_WEEK_SHEET_N_DAYS; day++)
    {
      gboolean wanted;

      if (which == PAIN_EXERCISES)
        wanted = kw_week_sheet_get_n_exercises (sheet, day) > 0;
      else if (which == PAIN_RUN)
        wanted = kw_week_sheet_get_walk_run (sheet, day) != NULL;
      else
        wanted = kw_week_sheet_has_session (sheet, day);

      if (wanted)
        stroke_rectangle (c, day_x (cols, day) + (cols->day_width - box_width) / 2,
                          y + cols->pad, box_width, box_height, 0.8);
    }

  return MAX (height, box_height) + 2 * cols->pad;
}

static double
table (Ctx         *c,
       double       x,
       double       y,
       double       width,
       KwWeekSheet *sheet)
{
  g_autoptr(GArray) rows = collect_exercise_rows (sheet);
  Columns cols;
  double top = y;
  double h;

  cols.x = x;
  cols.width = width;
  cols.label_width = width * 0.34;
  cols.day_width = (width - cols.label_width) / KW_WEEK_SHEET_N_DAYS;
  cols.pad = c->font * 0.4;

  /* Rest days are shaded down the whole table first, so no row's shading
   * covers the line above it. */
  if (c->cr != NULL)
    {
      cairo_t *cr = c->cr;
      double height;

      c->cr = NULL;
      height = table (c, x, y, width, sheet);
      c->cr = cr;
      for (guint day = 0; day < KW_WEEK_SHEET_N_DAYS; day++)
        {
          if (kw_week_sheet_is_rest_day (sheet, day))
            fill_rectangle (c, day_x (&cols, day), y, cols.day_width, height, REST_SHADE);
        }
    }

  /* Each row is measured first, so its lines are drawn under its text. */
#define ROW(call) \
  G_STMT_START { \
    cairo_t *cr = c->cr; \
    c->cr = NULL; \
    h = (call); \
    c->cr = cr; \
    row_frame (c, &cols, y, h); \
    (void) (call); \
    y += h; \
  } G_STMT_END

  ROW (header_row (c, &cols, sheet, y));
  draw_line (c, x, y, x + width, y, 1.2);

  for (guint r = 0; r < rows->len; r++)
    ROW (exercise_row (c, &cols, &g_array_index (rows, ExerciseRow, r), y));

  if (rows->len == 0)
    ROW (show_text (c, x + cols.pad, y + cols.pad, cols.label_width - 2 * cols.pad,
                    _("No exercises this week"), 0.9, TEXT_ITALIC) + 2 * cols.pad);

  if (kw_week_sheet_has_walk_run (sheet))
    ROW (walk_run_row (c, &cols, sheet, y));

  draw_line (c, x, y, x + width, y, 1.2);
  ROW (pain_row (c, &cols, sheet, PAIN_EXERCISES, y));
  if (kw_week_sheet_has_walk_run (sheet))
    ROW (pain_row (c, &cols, sheet, PAIN_RUN, y));
  ROW (pain_row (c, &cols, sheet, PAIN_NEXT_MORNING, y));

#undef ROW

  stroke_rectangle (c, x, top, width, y - top, 1.2);

  return y - top;
}

/* A framed list with a heading; returns its height. */
static double
framed_list (Ctx        *c,
             double      x,
             double      y,
             double      width,
             double      min_height,
             const char *heading,
             GPtrArray  *items,
             double      frame)
{
  double pad = c->font * 0.6;
  double bullet = c->font * 1.0;
  double inner = width - 2 * pad;
  double h = pad;

  h += show_text (c, x + pad, y + h, inner, heading, 1.05, TEXT_BOLD);
  h += c->font * 0.2;
  for (guint i = 0; i < items->len; i++)
    {
      show_text (c, x + pad, y + h, bullet, "•", 0.9, TEXT_REGULAR);
      h += show_text (c, x + pad + bullet, y + h, inner - bullet,
                      g_ptr_array_index (items, i), 0.9, TEXT_REGULAR);
      h += c->font * 0.15;
    }
  h += pad;
  h = MAX (h, min_height);

  stroke_rectangle (c, x, y, width, h, frame);

  return h;
}

static double
lists (Ctx         *c,
       double       x,
       double       y,
       double       width,
       KwWeekSheet *sheet)
{
  GPtrArray *avoid = kw_week_sheet_get_avoid (sheet);
  GPtrArray *stop = kw_week_sheet_get_stop_signs (sheet);
  double gap = c->font;
  double height = 0;
  cairo_t *cr = c->cr;

  if (avoid->len == 0 && stop->len == 0)
    return 0;

  if (avoid->len == 0 || stop->len == 0)
    {
      if (avoid->len > 0)
        return framed_list (c, x, y, width, 0, _("Avoid for now"), avoid, 0.8);
      return framed_list (c, x, y, width, 0, _("Stop and get help if"), stop, 2.0);
    }

  /* Side by side and the same height, measured first. */
  c->cr = NULL;
  height = MAX (framed_list (c, x, y, (width - gap) / 2, 0, _("Avoid for now"), avoid, 0.8),
                framed_list (c, x, y, (width - gap) / 2, 0, _("Stop and get help if"), stop, 2.0));
  c->cr = cr;
  framed_list (c, x, y, (width - gap) / 2, height, _("Avoid for now"), avoid, 0.8);
  framed_list (c, x + (width + gap) / 2, y, (width - gap) / 2, height,
               _("Stop and get help if"), stop, 2.0);

  return height;
}

static double
footer (Ctx    *c,
        double  x,
        double  bottom,
        double  width,
        guint   page,
        guint   n_pages)
{
  const char *notice = _("Kneewise: self-care education, not a diagnosis.");
  g_autofree char *page_text = NULL;
  cairo_t *cr = c->cr;
  double h;

  /* Translators: at the foot of each printed page */
  page_text = g_strdup_printf (_("Page %1$u of %2$u"), page + 1, n_pages);

  c->cr = NULL;
  h = MAX (show_text (c, x, 0, width * 0.7, notice, 0.75, TEXT_REGULAR),
           show_text (c, x, 0, width * 0.3, page_text, 0.75, TEXT_RIGHT));
  c->cr = cr;

  draw_line (c, x, bottom - h - c->font * 0.3, x + width, bottom - h - c->font * 0.3, 0.5);
  show_text (c, x, bottom - h, width * 0.7, notice, 0.75, TEXT_REGULAR);
  show_text (c, x + width * 0.7, bottom - h, width * 0.3, page_text, 0.75, TEXT_RIGHT);

  return h + c->font * 0.3;
}

static void
notes (Ctx    *c,
       double  x,
       double  y,
       double  width,
       double  height)
{
  double pad = c->font * 0.6;
  double line = c->font * 2.0;
  double top = y + pad + show_text (c, x + pad, y + pad, width - 2 * pad, _("Notes"), 1.05,
                                    TEXT_BOLD);

  cairo_save (c->cr);
  cairo_set_source_rgb (c->cr, 0.55, 0.55, 0.55);
  for (double ly = top + line; ly <= y + height - pad; ly += line)
    draw_line (c, x + pad, ly, x + width - pad, ly, 0.5);
  cairo_restore (c->cr);

  stroke_rectangle (c, x, y, width, height, 0.8);
}

static double
body (Ctx         *c,
      double       x,
      double       y,
      double       width,
      KwWeekSheet *sheet)
{
  double top = y;
  double h;

  y += header (c, x, y, width, sheet);
  y += c->font * 0.8;
  y += table (c, x, y, width, sheet);
  h = lists (c, x, y + c->font * 1.2, width, sheet);
  if (h > 0)
    y += c->font * 1.2 + h;

  return y - top;
}

/**
 * kw_sheet_renderer_draw_page:
 * @cr: where to draw, in points, with the page's top left corner at 0,0
 * @width: the page width in points
 * @height: the page height in points
 * @margins: the margins; nothing is drawn in them
 * @sheet: the week to draw
 * @page: the page number, from 0
 * @n_pages: how many pages are printed, for the footer
 *
 * Draws one week on one page, in black on white. The text is laid out in
 * a Pango context of its own at 72 dpi with unhinted metrics, so it breaks
 * into the same lines on a PDF surface and on a printer's surface.
 */
void
kw_sheet_renderer_draw_page (cairo_t              *cr,
                             double                width,
                             double                height,
                             const KwSheetMargins *margins,
                             KwWeekSheet          *sheet,
                             guint                 page,
                             guint                 n_pages)
{
  PangoContext *pango = NULL;
  cairo_font_options_t *options = NULL;
  g_autoptr(GHashTable) pictures = NULL;
  double content_width = width - margins->left - margins->right;
  double content_height = height - margins->top - margins->bottom;
  double fit = 1.0;
  double needed;
  double room;
  double scale = 1.0;
  Ctx c = { 0 };

  g_return_if_fail (cr != NULL);
  g_return_if_fail (margins != NULL);
  g_return_if_fail (KW_IS_WEEK_SHEET (sheet));
  g_return_if_fail (page < n_pages);
  g_return_if_fail (content_width > 0 && content_height > 0);

  pango = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (pango, 72.0);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pango, options);
  cairo_font_options_destroy (options);
  pictures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                    picture_free);

  c.pango = pango;
  c.pictures = pictures;

  /* Measure at the full size, then smaller until the week fits. */
  for (fit = 1.0; ; fit -= FIT_STEP)
    {
      c.font = BASE_FONT_SIZE * MAX (fit, FIT_MIN);
      room = content_height - footer (&c, margins->left, height - margins->bottom,
                                      content_width, page, n_pages) - c.font;
      needed = body (&c, margins->left, margins->top, content_width, sheet);
      if (needed <= room || fit <= FIT_MIN)
        break;
    }
  if (needed > room)
    scale = room / needed;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  c.cr = cr;
  footer (&c, margins->left, height - margins->bottom, content_width, page, n_pages);
  /* Past the smallest readable text size, the whole page shrinks instead,
   * anchored at the top left margin, so it still stays inside the margins. */
  cairo_translate (cr, margins->left, margins->top);
  cairo_scale (cr, scale, scale);
  /* The layouts are made after this, for the scaled drawing. */
  pango_cairo_update_context (cr, pango);
  body (&c, 0, 0, content_width, sheet);
  /* Room left over becomes ruled lines for notes, for the runner or their
   * physio. */
  if (room - needed - c.font >= NOTES_MIN_LINES * 2 * c.font)
    notes (&c, 0, needed + c.font, content_width, room - needed - c.font);
  cairo_restore (cr);

  g_object_unref (pango);
}

/* PDF */

typedef struct
{
  FILE *file;
  int   saved_errno;
} PdfStream;

static cairo_status_t
pdf_write_cb (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  PdfStream *stream = closure;

  if (stream->saved_errno == 0 && fwrite (data, 1, length, stream->file) != length)
    stream->saved_errno = errno != 0 ? errno : EIO;

  return stream->saved_errno == 0 ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

static gboolean
set_write_error (GError     **error,
                 const char  *path,
                 int          saved_errno)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               /* Translators: %1$s is a file name, %2$s the reason */
               _("Could not write “%1$s”: %2$s"), path, g_strerror (saved_errno));
  return FALSE;
}

/**
 * kw_sheet_renderer_write_pdf:
 * @sheets: (element-type KwWeekSheet): the weeks, one page each
 * @paper: the paper size
 * @path: where to write the PDF
 * @error: return location for a #GError
 *
 * Writes the PDF to a temporary file next to @path and renames it over
 * @path once it is complete, so a failure never leaves a partial PDF (nor
 * damages one that was there before).
 *
 * Returns: %TRUE if the PDF was written
 */
gboolean
kw_sheet_renderer_write_pdf (GPtrArray     *sheets,
                             KwSheetPaper   paper,
                             const char    *path,
                             GError       **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp_path = NULL;
  g_autofree char *title = NULL;
  g_autofree char *creator = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  KwSheetMargins margins;
  PdfStream stream = { 0 };
  double width, height;
  int fd;

  g_return_val_if_fail (sheets != NULL && sheets->len > 0, FALSE);
  g_return_val_if_fail (paper < G_N_ELEMENTS (papers), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (*path == '\0' || g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("Could not write “%s”: give the name of a PDF file, not a folder"), path);
      return FALSE;
    }

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  /* Hidden, in the same folder (so the rename cannot cross file systems). */
  tmp_path = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  fd = g_mkstemp_full (tmp_path, O_WRONLY, 0666);
  if (fd < 0)
    return set_write_error (error, path, errno);

  stream.file = fdopen (fd, "wb");
  if (stream.file == NULL)
    {
      int saved_errno = errno;

      close (fd);
      g_unlink (tmp_path);
      return set_write_error (error, path, saved_errno);
    }

  kw_sheet_paper_get_size (paper, &width, &height);
  kw_sheet_margins_init (&margins);
  title = kw_sheet_renderer_dup_title (g_ptr_array_index (sheets, 0), sheets->len);
  creator = g_strdup_printf ("Kneewise %s", PACKAGE_VERSION);

  surface = cairo_pdf_surface_create_for_stream (pdf_write_cb, &stream, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);
  cr = cairo_create (surface);

  for (guint i = 0; i < sheets->len; i++)
    {
      kw_sheet_renderer_draw_page (cr, width, height, &margins,
                                   g_ptr_array_index (sheets, i), i, sheets->len);
      cairo_show_page (cr);
    }

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (fflush (stream.file) != 0 && stream.saved_errno == 0)
    stream.saved_errno = errno;
  if (fclose (stream.file) != 0 && stream.saved_errno == 0)
    stream.saved_errno = errno;

  if (stream.saved_errno == 0 && status != CAIRO_STATUS_SUCCESS)
    {
      g_unlink (tmp_path);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not write “%1$s”: %2$s"), path, cairo_status_to_string (status));
      return FALSE;
    }

  if (stream.saved_errno != 0)
    {
      g_unlink (tmp_path);
      return set_write_error (error, path, stream.saved_errno);
    }

  if (g_rename (tmp_path, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (tmp_path);
      return set_write_error (error, path, saved_errno);
    }

  return TRUE;
}

/**
 * kw_sheet_export_pdf:
 * @store: the store
 * @first_day: any day of the first week to print
 * @n_weeks: how many weeks, one a page (1 to %KW_WEEK_SHEET_MAX_WEEKS)
 * @today: today, for the walk-run sessions still to come
 * @paper: the paper size
 * @path: where to write the PDF
 * @error: return location for a #GError
 *
 * Prints weeks of the active plan to a PDF, without a display. Nothing is
 * written if there is no active plan or anything fails.
 *
 * Returns: %TRUE if the PDF was written
 */
gboolean
kw_sheet_export_pdf (KwStore       *store,
                     const GDate   *first_day,
                     guint          n_weeks,
                     const GDate   *today,
                     KwSheetPaper   paper,
                     const char    *path,
                     GError       **error)
{
  g_autoptr(GPtrArray) sheets = NULL;

  g_return_val_if_fail (KW_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  sheets = kw_week_sheet_load (store, first_day, n_weeks, today, error);
  if (sheets == NULL)
    return FALSE;

  return kw_sheet_renderer_write_pdf (sheets, paper, path, error);
}
