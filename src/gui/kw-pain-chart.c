/* kw-pain-chart.c: pain over time, drawn with cairo
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kw-pain-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "kw-pain-chart.h"

#define MAX_PAIN 10
#define PAD_LEFT 34.0
#define PAD_RIGHT 14.0
#define PAD_TOP 30.0
#define PAD_BOTTOM 28.0
#define MAX_DATE_TICKS 6

struct _KwPainChart
{
  GtkWidget  parent_instance;

  GArray    *points;     /* KwPainChartPoint, sorted by date */
  int        green_max;  /* -1: no bands */
  int        amber_max;
  char      *summary;
};

G_DEFINE_FINAL_TYPE (KwPainChart, kw_pain_chart, GTK_TYPE_WIDGET)

typedef struct
{
  GdkRGBA green, amber, red, during, morning;
} Palette;

/* The theme's colours, so the chart follows dark and high contrast; the
 * fallbacks are Adwaita's palette (green 3, yellow 4, red 3, blue 3,
 * purple 3) for a theme that does not name them. */
static void
get_palette (GtkWidget *widget,
             Palette   *palette)
{
  static const struct { const char *name; gsize offset; GdkRGBA fallback; } colors[] = {
    { "success_color", G_STRUCT_OFFSET (Palette, green), { 0.20, 0.82, 0.48, 1.0 } },
    { "warning_color", G_STRUCT_OFFSET (Palette, amber), { 0.96, 0.83, 0.18, 1.0 } },
    { "error_color", G_STRUCT_OFFSET (Palette, red), { 0.88, 0.11, 0.14, 1.0 } },
    { "accent_color", G_STRUCT_OFFSET (Palette, during), { 0.21, 0.52, 0.89, 1.0 } },
    { "purple_3", G_STRUCT_OFFSET (Palette, morning), { 0.57, 0.25, 0.67, 1.0 } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (colors); i++)
    {
      GdkRGBA *color = G_STRUCT_MEMBER_P (palette, colors[i].offset);

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget),
                                           colors[i].name, color))
        *color = colors[i].fallback;
G_GNUC_END_IGNORE_DEPRECATIONS
    }
}

static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  const KwPainChartPoint *pa = a;
  const KwPainChartPoint *pb = b;

  return g_date_compare (&pa->date, &pb->date);
}

static void
get_fg_color (GtkWidget *widget,
              GdkRGBA   *color)
{
  /* GTK 4.8 has no gtk_widget_get_color(); this is its way. */
G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), color);
G_GNUC_END_IGNORE_DEPRECATIONS
}

static void
show_text (GtkWidget   *widget,
           cairo_t     *cr,
           const char  *text,
           double       x,
           double       y,
           double       xalign,
           double       yalign,
           gboolean     small)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  int w, h;

  if (small)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }

  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_move_to (cr, x - w * xalign, y - h * yalign);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_marker (cairo_t *cr,
             double   x,
             double   y,
             gboolean square)
{
  if (square)
    cairo_rectangle (cr, x - 3.5, y - 3.5, 7, 7);
  else
    cairo_arc (cr, x, y, 4, 0, 2 * G_PI);
  cairo_fill (cr);
}

/* One series; the line breaks where a value was not logged, rather than
 * inventing one.
 */
static void
draw_series (KwPainChart   *self,
             cairo_t       *cr,
             gboolean       morning,
             const GdkRGBA *color,
             double         x0,
             double         y0,
             double         w,
             double         h,
             guint          first_julian,
             guint          n_days)
{
  gboolean have_prev = FALSE;

  gdk_cairo_set_source_rgba (cr, color);
  cairo_set_line_width (cr, 2.5);
  if (morning)
    {
      static const double dash[] = { 6.0, 4.0 };

      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
    }

  for (guint i = 0; i < self->points->len; i++)
    {
      const KwPainChartPoint *p = &g_array_index (self->points, KwPainChartPoint, i);
      int value = morning ? p->next_morning : p->during;
      double x, y;

      if (value < 0)
        {
          have_prev = FALSE;
          continue;
        }

      x = x0 + w * (n_days > 1 ? (double) (g_date_get_julian (&p->date) - first_julian) /
                                  (n_days - 1) : 0.5);
      y = y0 + h - h * value / MAX_PAIN;
      if (have_prev)
        cairo_line_to (cr, x, y);
      else
        cairo_move_to (cr, x, y);
      have_prev = TRUE;
    }
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  for (guint i = 0; i < self->points->len; i++)
    {
      const KwPainChartPoint *p = &g_array_index (self->points, KwPainChartPoint, i);
      int value = morning ? p->next_morning : p->during;
      double x;

      if (value < 0)
        continue;

      x = x0 + w * (n_days > 1 ? (double) (g_date_get_julian (&p->date) - first_julian) /
                                  (n_days - 1) : 0.5);
      draw_marker (cr, x, y0 + h - h * value / MAX_PAIN, morning);
    }
}

static void
draw_legend (KwPainChart   *self,
             cairo_t       *cr,
             const GdkRGBA *fg,
             const Palette *palette,
             double         right)
{
  GtkWidget *widget = GTK_WIDGET (self);
  g_autoptr(PangoLayout) l1 = gtk_widget_create_pango_layout (widget, _("During"));
  g_autoptr(PangoLayout) l2 = gtk_widget_create_pango_layout (widget, _("Next morning"));
  int w1, w2, h;
  double x;

  pango_layout_get_pixel_size (l1, &w1, &h);
  pango_layout_get_pixel_size (l2, &w2, NULL);

  x = right - w2;
  gdk_cairo_set_source_rgba (cr, fg);
  cairo_move_to (cr, x, 4);
  pango_cairo_show_layout (cr, l2);
  gdk_cairo_set_source_rgba (cr, &palette->morning);
  draw_marker (cr, x - 10, 4 + h / 2.0, TRUE);

  x -= 24 + w1;
  gdk_cairo_set_source_rgba (cr, fg);
  cairo_move_to (cr, x, 4);
  pango_cairo_show_layout (cr, l1);
  gdk_cairo_set_source_rgba (cr, &palette->during);
  draw_marker (cr, x - 10, 4 + h / 2.0, FALSE);
}

static void
draw_chart (KwPainChart *self,
            cairo_t     *cr,
            double       width,
            double       height)
{
  GtkWidget *widget = GTK_WIDGET (self);
  double x0 = PAD_LEFT, y0 = PAD_TOP;
  double w = width - PAD_LEFT - PAD_RIGHT;
  double h = height - PAD_TOP - PAD_BOTTOM;
  GdkRGBA fg, faint;
  Palette palette;
  guint first_julian = 0, n_days = 0, step;

  get_fg_color (widget, &fg);
  get_palette (widget, &palette);
  faint = fg;
  faint.alpha = 0.15;

  /* Zone bands behind everything: the reader sees at a glance where each
   * point falls; the limits come from the pain model.
   */
  if (self->green_max >= 0)
    {
      const struct { int lo, hi; const GdkRGBA *c; } bands[] = {
        { 0, self->green_max, &palette.green },
        { self->green_max, self->amber_max, &palette.amber },
        { self->amber_max, MAX_PAIN, &palette.red },
      };

      for (guint i = 0; i < G_N_ELEMENTS (bands); i++)
        {
          if (bands[i].hi <= bands[i].lo)
            continue;
          cairo_set_source_rgba (cr, bands[i].c->red, bands[i].c->green, bands[i].c->blue, 0.16);
          cairo_rectangle (cr, x0, y0 + h - h * bands[i].hi / MAX_PAIN,
                           w, h * (bands[i].hi - bands[i].lo) / MAX_PAIN);
          cairo_fill (cr);
        }
    }

  /* Pain axis: 0, 5 and 10 are enough to read a 0-10 scale. */
  cairo_set_line_width (cr, 1);
  for (int v = 0; v <= MAX_PAIN; v += 5)
    {
      g_autofree char *text = g_strdup_printf ("%d", v);
      double y = y0 + h - h * v / MAX_PAIN;

      gdk_cairo_set_source_rgba (cr, &faint);
      cairo_move_to (cr, x0, y + 0.5);
      cairo_line_to (cr, x0 + w, y + 0.5);
      cairo_stroke (cr);
      gdk_cairo_set_source_rgba (cr, &fg);
      show_text (widget, cr, text, x0 - 8, y, 1.0, 0.5, TRUE);
    }

  if (self->points->len == 0)
    {
      gdk_cairo_set_source_rgba (cr, &fg);
      show_text (widget, cr, _("No check-ins yet"), x0 + w / 2, y0 + h / 2, 0.5, 0.5, FALSE);
      return;
    }

  first_julian = g_date_get_julian (&g_array_index (self->points, KwPainChartPoint, 0).date);
  n_days = g_date_get_julian (&g_array_index (self->points, KwPainChartPoint,
                                              self->points->len - 1).date) - first_julian + 1;

  /* Date axis: at most a handful of labels, evenly spaced in days. */
  step = MAX (1, (n_days + MAX_DATE_TICKS - 2) / (MAX_DATE_TICKS - 1));
  gdk_cairo_set_source_rgba (cr, &fg);
  for (guint d = 0; d < n_days; d += step)
    {
      GDate date;
      char text[64];
      double x = x0 + w * (n_days > 1 ? (double) d / (n_days - 1) : 0.5);

      g_date_clear (&date, 1);
      g_date_set_julian (&date, first_julian + d);
      /* Translators: a short date on the chart axis, see strftime(3) */
      if (g_date_strftime (text, sizeof text, _("%-d %b"), &date) == 0)
        continue;
      show_text (widget, cr, g_strstrip (text), x, y0 + h + 6, n_days > 1 ? (double) d / (n_days - 1) : 0.5,
                 0.0, TRUE);
    }

  draw_series (self, cr, FALSE, &palette.during, x0, y0, w, h, first_julian, n_days);
  draw_series (self, cr, TRUE, &palette.morning, x0, y0, w, h, first_julian, n_days);
  draw_legend (self, cr, &fg, &palette, width - PAD_RIGHT);
}

static void
kw_pain_chart_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (width - PAD_LEFT - PAD_RIGHT <= 10 || height - PAD_TOP - PAD_BOTTOM <= 10)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  draw_chart (KW_PAIN_CHART (widget), cr, width, height);
  cairo_destroy (cr);
}

static void
kw_pain_chart_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 480;
    }
  else
    {
      *minimum = 180;
      *natural = 240;
    }
}

/* Describes how a series went, for people who cannot see the chart. */
static void
append_series_summary (GString    *summary,
                       GArray     *points,
                       gboolean    morning,
                       const char *what)
{
  const KwPainChartPoint *first = NULL, *last = NULL;
  guint n = 0;
  char first_date[64] = "", last_date[64] = "";
  int a, b;
  const char *trend;

  for (guint i = 0; i < points->len; i++)
    {
      const KwPainChartPoint *p = &g_array_index (points, KwPainChartPoint, i);

      if ((morning ? p->next_morning : p->during) < 0)
        continue;
      if (first == NULL)
        first = p;
      last = p;
      n++;
    }

  if (n == 0)
    return;

  a = morning ? first->next_morning : first->during;
  b = morning ? last->next_morning : last->during;
  /* Translators: a date in the chart's description, see strftime(3) */
  g_date_strftime (first_date, sizeof first_date, _("%-d %B"), &first->date);
  g_date_strftime (last_date, sizeof last_date, _("%-d %B"), &last->date);
  g_strstrip (first_date);
  g_strstrip (last_date);

  if (summary->len > 0)
    g_string_append_c (summary, ' ');

  if (n == 1)
    {
      /* Translators: e.g. "Pain during exercise: 3/10 on 4 November." */
      g_string_append_printf (summary, _("%s: %d/10 on %s."), what, a, first_date);
      return;
    }

  if (b < a)
    trend = _("going down");
  else if (b > a)
    trend = _("going up");
  else
    trend = _("no change");

  /* Translators: e.g. "Pain during exercise: 4/10 on 3 November, 2/10 on
   * 17 November, going down (6 check-ins)."
   */
  g_string_append_printf (summary, _("%s: %d/10 on %s, %d/10 on %s, %s (%u check-ins)."),
                          what, a, first_date, b, last_date, trend, n);
}

static void
update_summary (KwPainChart *self)
{
  g_autoptr(GString) summary = g_string_new (NULL);

  append_series_summary (summary, self->points, FALSE, _("Pain during exercise"));
  append_series_summary (summary, self->points, TRUE, _("Pain the next morning"));
  if (summary->len == 0)
    g_string_append (summary, _("No pain check-ins yet."));

  g_free (self->summary);
  self->summary = g_string_free (g_steal_pointer (&summary), FALSE);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->summary,
                                  -1);
}

static void
kw_pain_chart_finalize (GObject *object)
{
  KwPainChart *self = KW_PAIN_CHART (object);

  g_clear_pointer (&self->points, g_array_unref);
  g_free (self->summary);

  G_OBJECT_CLASS (kw_pain_chart_parent_class)->finalize (object);
}

static void
kw_pain_chart_class_init (KwPainChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = kw_pain_chart_finalize;
  widget_class->snapshot = kw_pain_chart_snapshot;
  widget_class->measure = kw_pain_chart_measure;

  gtk_widget_class_set_css_name (widget_class, "kw-pain-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
kw_pain_chart_init (KwPainChart *self)
{
  self->points = g_array_new (FALSE, FALSE, sizeof (KwPainChartPoint));
  self->green_max = -1;
  self->amber_max = -1;

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Pain over time"),
                                  -1);
  update_summary (self);
}

/**
 * kw_pain_chart_new:
 *
 * Returns: (transfer floating): an empty chart
 */
GtkWidget *
kw_pain_chart_new (void)
{
  return g_object_new (KW_TYPE_PAIN_CHART, NULL);
}

/**
 * kw_pain_chart_set_points:
 * @self: a chart
 * @points: (array length=n_points): the check-ins, in any order
 * @n_points: how many
 *
 * Replaces the data. The chart keeps a copy; drawing never reads anything
 * else.
 */
void
kw_pain_chart_set_points (KwPainChart            *self,
                          const KwPainChartPoint *points,
                          guint                   n_points)
{
  g_return_if_fail (KW_IS_PAIN_CHART (self));
  g_return_if_fail (points != NULL || n_points == 0);

  g_array_set_size (self->points, 0);
  for (guint i = 0; i < n_points; i++)
    {
      KwPainChartPoint p = points[i];

      /* A value outside the scale or a bad date is a caller's bug: leave
       * that point out rather than draw it off the chart.
       */
      if (!g_date_valid (&p.date) ||
          p.during < -1 || p.during > MAX_PAIN ||
          p.next_morning < -1 || p.next_morning > MAX_PAIN)
        {
          g_critical ("%s: point %u is not a valid check-in; left out", G_STRFUNC, i);
          continue;
        }
      g_array_append_val (self->points, p);
    }
  g_array_sort (self->points, compare_points);

  update_summary (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
kw_pain_chart_get_n_points (KwPainChart *self)
{
  g_return_val_if_fail (KW_IS_PAIN_CHART (self), 0);

  return self->points->len;
}

/**
 * kw_pain_chart_set_zones:
 * @self: a chart
 * @green_max: highest pain of the green zone
 * @amber_max: highest pain of the amber zone; above it is red
 *
 * The bands drawn behind the data. They come from the pain model, which
 * owns the rule; without them the chart draws no bands.
 */
void
kw_pain_chart_set_zones (KwPainChart *self,
                         int          green_max,
                         int          amber_max)
{
  g_return_if_fail (KW_IS_PAIN_CHART (self));
  g_return_if_fail (green_max >= 0 && green_max <= amber_max && amber_max <= MAX_PAIN);

  self->green_max = green_max;
  self->amber_max = amber_max;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * kw_pain_chart_get_summary:
 * @self: a chart
 *
 * Returns: the chart in words, also its accessible description
 */
const char *
kw_pain_chart_get_summary (KwPainChart *self)
{
  g_return_val_if_fail (KW_IS_PAIN_CHART (self), NULL);

  return self->summary;
}
