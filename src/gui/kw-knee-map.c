/* kw-knee-map.c: a drawn knee, front and back, to point at where it hurts
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each region is one value of the answers' `locations` key. Each region is
 * a real toggle button laid over the drawing, so it is clicked, focused and
 * read by a screen reader like any other toggle ("Just below the kneecap,
 * toggle button, pressed"). The map is one Tab stop: Tab enters it at the
 * region last in focus, the arrow keys move between regions, Space or Enter
 * marks the one in focus, Tab leaves. The regions' words come from the core
 * (kw_answers_value_get_label()), so the map, the file format and the result
 * speak the same language.
 */

#define G_LOG_DOMAIN "kw-knee-map"

#include "config.h"

#include <glib/gi18n.h>

#include "kw-answers.h"
#include "kw-knee-map.h"

/* The drawing is laid out on a fixed design canvas and scaled to fit. */
#define DESIGN_W 480.0
#define DESIGN_H 370.0

typedef enum { SHAPE_ELLIPSE, SHAPE_PILL } Shape;

typedef struct
{
  const char *location;
  Shape       shape;
  double      cx, cy, rx, ry;
} Region;

/* Focus order: front view top to bottom, then the back, then "whole". */
static const Region regions[] = {
  { "front", SHAPE_ELLIPSE, 120, 166, 24, 24 },
  { "below-kneecap", SHAPE_ELLIPSE, 120, 208, 17, 11 },
  { "outside", SHAPE_ELLIPSE, 76, 166, 13, 28 },
  { "inside", SHAPE_ELLIPSE, 164, 162, 13, 22 },
  { "inside-below", SHAPE_ELLIPSE, 152, 222, 14, 14 },
  { "back", SHAPE_ELLIPSE, 360, 168, 30, 28 },
  { "whole", SHAPE_PILL, 240, 344, 100, 17 },
};

#define N_REGIONS G_N_ELEMENTS (regions)

struct _KwKneeMap
{
  GtkWidget parent_instance;

  GtkWidget *buttons[N_REGIONS];
  gboolean   selected[N_REGIONS];
  int        focus;
  gboolean   syncing;
};

G_DEFINE_FINAL_TYPE (KwKneeMap, kw_knee_map, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static int
find_region (const char *location)
{
  for (guint i = 0; i < N_REGIONS; i++)
    if (g_strcmp0 (regions[i].location, location) == 0)
      return (int) i;
  return -1;
}

static void
get_transform (KwKneeMap *self,
               double    *scale,
               double    *ox,
               double    *oy)
{
  double w = gtk_widget_get_width (GTK_WIDGET (self));
  double h = gtk_widget_get_height (GTK_WIDGET (self));

  *scale = MIN (w / DESIGN_W, h / DESIGN_H);
  *ox = (w - DESIGN_W * *scale) / 2;
  *oy = (h - DESIGN_H * *scale) / 2;
}

static gboolean
region_contains (const Region *r,
                 double        x,
                 double        y)
{
  double dx = (x - r->cx) / r->rx;
  double dy = (y - r->cy) / r->ry;

  if (r->shape == SHAPE_PILL)
    return fabs (x - r->cx) <= r->rx && fabs (y - r->cy) <= r->ry;
  return dx * dx + dy * dy <= 1.0;
}

static int
region_index_at (KwKneeMap *self,
                 double     x,
                 double     y)
{
  double scale, ox, oy, dx, dy;

  get_transform (self, &scale, &ox, &oy);
  if (scale <= 0)
    return -1;
  dx = (x - ox) / scale;
  dy = (y - oy) / scale;

  /* Smaller regions sit on top of bigger ones: test them first. */
  for (int i = N_REGIONS - 1; i >= 0; i--)
    if (regions[i].shape == SHAPE_ELLIPSE && regions[i].rx < 20 &&
        region_contains (&regions[i], dx, dy))
      return i;
  for (guint i = 0; i < N_REGIONS; i++)
    if (region_contains (&regions[i], dx, dy))
      return (int) i;
  return -1;
}

static const char *
region_label (guint i)
{
  return kw_answers_value_get_label ("locations", regions[i].location);
}

static void
update_accessible (KwKneeMap *self)
{
  g_autoptr(GString) state = g_string_new (NULL);

  for (guint i = 0; i < N_REGIONS; i++)
    {
      if (!self->selected[i])
        continue;
      if (state->len > 0)
        g_string_append (state, ", ");
      g_string_append (state, region_label (i));
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  state->len > 0 ? state->str : _("Nothing marked yet"),
                                  -1);
}

static void
set_selected_index (KwKneeMap *self,
                    guint      i,
                    gboolean   selected)
{
  if (self->selected[i] == !!selected)
    return;
  self->selected[i] = !!selected;
  /* The toggle button carries the state a screen reader announces. */
  self->syncing = TRUE;
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->buttons[i]), selected);
  self->syncing = FALSE;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
path_region (cairo_t      *cr,
             const Region *r)
{
  if (r->shape == SHAPE_PILL)
    {
      double x0 = r->cx - r->rx, x1 = r->cx + r->rx;
      double y0 = r->cy - r->ry;
      double rad = r->ry;

      cairo_new_sub_path (cr);
      cairo_arc (cr, x1 - rad, y0 + rad, rad, -G_PI / 2, G_PI / 2);
      cairo_arc (cr, x0 + rad, y0 + rad, rad, G_PI / 2, 3 * G_PI / 2);
      cairo_close_path (cr);
      return;
    }

  cairo_save (cr);
  cairo_translate (cr, r->cx, r->cy);
  cairo_scale (cr, r->rx, r->ry);
  cairo_new_sub_path (cr);
  cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
  cairo_restore (cr);
}

/* One side of a right leg, top to bottom, as (half-width, y) points: thigh,
 * the bulge of the knee, the calf, towards the ankle. The back view has the
 * fuller calf. Mirrored for the other side. */
static const double front_outline[][2] = {
  { 60, 22 }, { 55, 90 }, { 49, 140 }, { 51, 172 }, { 46, 205 }, { 41, 240 },
  { 38, 275 }, { 31, 312 },
};
static const double back_outline[][2] = {
  { 60, 22 }, { 55, 90 }, { 49, 140 }, { 48, 172 }, { 47, 205 }, { 49, 240 },
  { 43, 275 }, { 31, 312 },
};

/* A smooth line through the points (Catmull-Rom as Bézier curves), from
 * the current point, which must be the first of them. */
static void
path_side (cairo_t            *cr,
           double              cx,
           const double      (*points)[2],
           guint               n,
           double              sign,
           gboolean            downwards)
{
#define PX(i) (cx + sign * points[downwards ? (i) : n - 1 - (i)][0])
#define PY(i) (points[downwards ? (i) : n - 1 - (i)][1])
  for (guint k = 0; k + 1 < n; k++)
    {
      guint a = k > 0 ? k - 1 : 0;
      guint d = k + 2 < n ? k + 2 : n - 1;

      cairo_curve_to (cr,
                      PX (k) + (PX (k + 1) - PX (a)) / 6, PY (k) + (PY (k + 1) - PY (a)) / 6,
                      PX (k + 1) - (PX (d) - PX (k)) / 6, PY (k + 1) - (PY (d) - PY (k)) / 6,
                      PX (k + 1), PY (k + 1));
    }
#undef PX
#undef PY
}

static void
path_leg (cairo_t *cr,
          double   cx,
          gboolean back)
{
  const double (*points)[2] = back ? back_outline : front_outline;
  guint n = back ? G_N_ELEMENTS (back_outline) : G_N_ELEMENTS (front_outline);

  cairo_move_to (cr, cx - points[0][0], points[0][1]);
  path_side (cr, cx, points, n, -1, TRUE);
  cairo_line_to (cr, cx + points[n - 1][0], points[n - 1][1]);
  path_side (cr, cx, points, n, +1, FALSE);
  cairo_close_path (cr);
}

/* How much larger than usual the text is (GNOME's Large Text makes it 1.5):
 * the map grows by as much, so a person who needs large text also gets a
 * larger drawing to aim at. */
static double
text_scale (GtkWidget *widget)
{
  double dpi = pango_cairo_context_get_resolution (gtk_widget_get_pango_context (widget));

  return dpi > 96.0 ? dpi / 96.0 : 1.0;
}

/* Draws @text with its point (@xalign, @yalign) at @x, @y. */
static void
draw_text_aligned (cairo_t       *cr,
                   GtkWidget     *widget,
                   const char    *text,
                   double         x,
                   double         y,
                   double         xalign,
                   double         yalign,
                   gboolean       bold,
                   double         alpha,
                   const GdkRGBA *fg)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  PangoFontDescription *font = pango_font_description_from_string (bold ? "Sans Bold 11"
                                                                        : "Sans 10");
  int w, h;

  pango_layout_set_font_description (layout, font);
  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_move_to (cr, x - w * xalign, y - h * yalign);
  cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, alpha);
  pango_cairo_show_layout (cr, layout);
  pango_font_description_free (font);
  g_object_unref (layout);
}

static void
draw_text (cairo_t       *cr,
           GtkWidget     *widget,
           const char    *text,
           double         x,
           double         y,
           gboolean       bold,
           double         alpha,
           const GdkRGBA *fg)
{
  draw_text_aligned (cr, widget, text, x, y, 0.5, 0.5, bold, alpha, fg);
}

static void
kw_knee_map_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  KwKneeMap *self = KW_KNEE_MAP (widget);
  double w = gtk_widget_get_width (widget);
  double h = gtk_widget_get_height (widget);
  GdkRGBA accent = { 0.878, 0.106, 0.141, 1.0 };   /* "it hurts here" red */
  GdkRGBA on_accent = { 1, 1, 1, 1 };
  GdkRGBA fg;
  double scale, ox, oy;
  int focused = -1, hovered = -1;
  cairo_t *cr;

  /* The theme's colours, so the map follows dark and high contrast: the
   * text colour for the drawing, libadwaita's error red for the marks. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  {
    GtkStyleContext *context = gtk_widget_get_style_context (widget);

    gtk_style_context_get_color (context, &fg);
    gtk_style_context_lookup_color (context, "error_bg_color", &accent);
    gtk_style_context_lookup_color (context, "error_fg_color", &on_accent);
  }
  G_GNUC_END_IGNORE_DEPRECATIONS

  for (guint i = 0; i < N_REGIONS; i++)
    {
      if (gtk_widget_has_visible_focus (self->buttons[i]))
        focused = (int) i;
      if (gtk_widget_get_state_flags (self->buttons[i]) & GTK_STATE_FLAG_PRELIGHT)
        hovered = (int) i;
    }

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, w, h));
  get_transform (self, &scale, &ox, &oy);
  cairo_translate (cr, ox, oy);
  cairo_scale (cr, scale, scale);

  /* The two views, with their names and which side is which. */
  for (guint v = 0; v < 2; v++)
    {
      double cx = v == 0 ? 120 : 360;

      cairo_new_path (cr);
      path_leg (cr, cx, v == 1);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.07);
      cairo_fill_preserve (cr);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.55);
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);

      draw_text (cr, widget, v == 0 ? _("Front") : _("Back"), cx, 8, TRUE, 0.9, &fg);
      /* Right leg: from the front the outside is on the viewer's left,
       * from behind on the right. */
      /* Set against the leg's edge, growing away from it, so large text
       * stays inside the drawing; the back view's at the calf, so the two
       * "inside" between the legs never meet. */
      draw_text_aligned (cr, widget, _("outside"), v == 0 ? cx - 64 : cx + 64, v == 0 ? 100 : 250,
                         v == 0 ? 1.0 : 0.0, 0.5, FALSE, 0.6, &fg);
      draw_text_aligned (cr, widget, _("inside"), v == 0 ? cx + 64 : cx - 64, v == 0 ? 100 : 250,
                         v == 0 ? 0.0 : 1.0, 0.5, FALSE, 0.6, &fg);
    }

  /* The kneecap and the joint lines, drawn lightly for orientation.
   * (draw_text() leaves a current point behind: start a fresh path.) */
  cairo_new_path (cr);
  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.22);
  cairo_set_line_width (cr, 1.2);
  cairo_set_dash (cr, (double[]) { 5, 4 }, 2, 0);
  for (guint v = 0; v < 2; v++)
    {
      double cx = v == 0 ? 120 : 360;

      cairo_move_to (cr, cx - 44, 192);
      cairo_curve_to (cr, cx - 20, 198, cx + 20, 198, cx + 44, 192);
    }
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  /* The crease behind the knee. */
  cairo_move_to (cr, 340, 186);
  cairo_curve_to (cr, 352, 182, 368, 182, 380, 186);
  cairo_stroke (cr);
  cairo_new_path (cr);
  cairo_arc (cr, 120, 166, 17, 0, 2 * G_PI);
  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.25);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);

  for (guint i = 0; i < N_REGIONS; i++)
    {
      const Region *r = &regions[i];
      double fill = self->selected[i] ? 0.75 : (hovered == (int) i ? 0.30 : 0.14);

      cairo_new_path (cr);
      path_region (cr, r);
      cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, fill);
      cairo_fill_preserve (cr);
      cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue,
                             self->selected[i] ? 1.0 : 0.6);
      cairo_set_line_width (cr, self->selected[i] ? 2.0 : 1.2);
      if (!self->selected[i])
        cairo_set_dash (cr, (double[]) { 4, 3 }, 2, 0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);

      if (focused == (int) i)
        {
          Region ring = *r;

          ring.rx += 5;
          ring.ry += 5;
          cairo_new_path (cr);
          path_region (cr, &ring);
          cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.9);
          cairo_set_line_width (cr, 2.5);
          cairo_stroke (cr);
        }
    }

  {
    const Region *whole = &regions[N_REGIONS - 1];
    const GdkRGBA *ink = self->selected[N_REGIONS - 1] ? &on_accent : &fg;

    draw_text (cr, widget, region_label (N_REGIONS - 1), whole->cx, whole->cy, FALSE, 1.0, ink);
  }

  /* The region in focus or under the pointer, named in words. */
  {
    int shown = hovered >= 0 ? hovered : focused;

    if (shown >= 0 && shown != (int) N_REGIONS - 1)
      /* Just above the "whole knee" pill, however tall the text. */
      draw_text_aligned (cr, widget, region_label (shown), DESIGN_W / 2,
                         regions[N_REGIONS - 1].cy - regions[N_REGIONS - 1].ry - 2, 0.5, 1.0,
                         TRUE, 1.0, &fg);
  }

  cairo_destroy (cr);

  /* The buttons draw nothing of their own (see style.css), but snapshot
   * them so GTK knows they are shown. */
  for (guint i = 0; i < N_REGIONS; i++)
    gtk_widget_snapshot_child (widget, self->buttons[i], snapshot);
}

static void
kw_knee_map_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  double scale = text_scale (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = (int) (300 * scale);
      *natural = (int) (DESIGN_W * scale);
    }
  else
    {
      *minimum = (int) (DESIGN_H * 300 / DESIGN_W * scale);
      *natural = (int) (DESIGN_H * scale);
    }
}

/* Each button covers its region's bounding box; the boxes do not overlap. */
static void
kw_knee_map_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  KwKneeMap *self = KW_KNEE_MAP (widget);
  double scale, ox, oy;

  get_transform (self, &scale, &ox, &oy);
  for (guint i = 0; i < N_REGIONS; i++)
    {
      const Region *r = &regions[i];
      int min_w, min_h;
      GtkAllocation box;

      gtk_widget_measure (self->buttons[i], GTK_ORIENTATION_HORIZONTAL, -1,
                          &min_w, NULL, NULL, NULL);
      gtk_widget_measure (self->buttons[i], GTK_ORIENTATION_VERTICAL, -1,
                          &min_h, NULL, NULL, NULL);
      box.width = MAX (min_w, (int) round (2 * r->rx * scale));
      box.height = MAX (min_h, (int) round (2 * r->ry * scale));
      box.x = (int) round (ox + r->cx * scale - box.width / 2.0);
      box.y = (int) round (oy + r->cy * scale - box.height / 2.0);
      gtk_widget_size_allocate (self->buttons[i], &box, -1);
    }
}

/* One Tab stop for the whole map: Tab enters at the region last in focus
 * and leaves from any region; the arrow keys stay inside. */
static gboolean
kw_knee_map_focus (GtkWidget        *widget,
                   GtkDirectionType  direction)
{
  KwKneeMap *self = KW_KNEE_MAP (widget);

  if (gtk_widget_get_focus_child (widget) == NULL)
    return gtk_widget_grab_focus (self->buttons[self->focus]);

  switch (direction)
    {
    case GTK_DIR_TAB_FORWARD:
    case GTK_DIR_TAB_BACKWARD:
      return FALSE;
    case GTK_DIR_LEFT:
    case GTK_DIR_UP:
      kw_knee_map_move_focus (self, -1);
      return TRUE;
    case GTK_DIR_RIGHT:
    case GTK_DIR_DOWN:
    default:
      kw_knee_map_move_focus (self, 1);
      return TRUE;
    }
}

static gboolean
kw_knee_map_grab_focus (GtkWidget *widget)
{
  KwKneeMap *self = KW_KNEE_MAP (widget);

  return gtk_widget_grab_focus (self->buttons[self->focus]);
}

static void
on_button_toggled_cb (GtkToggleButton *button,
                      KwKneeMap       *self)
{
  guint i = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "kw-region"));

  if (self->syncing)
    return;
  self->focus = (int) i;
  set_selected_index (self, i, gtk_toggle_button_get_active (button));
}

static void
on_button_focus_enter_cb (GtkEventControllerFocus *controller,
                          KwKneeMap               *self)
{
  GtkWidget *button = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  self->focus = (int) GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "kw-region"));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_button_state_flags_changed_cb (GtkWidget *button,
                                  GtkStateFlags previous,
                                  KwKneeMap *self)
{
  /* Hover and focus are drawn by the map. */
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   KwKneeMap             *self)
{
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_Down:
    case GDK_KEY_KP_Right:
    case GDK_KEY_KP_Down:
      kw_knee_map_move_focus (self, 1);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_Up:
    case GDK_KEY_KP_Left:
    case GDK_KEY_KP_Up:
      kw_knee_map_move_focus (self, -1);
      return TRUE;
    default:
      /* Space and Enter reach the focused region's button, which toggles. */
      return FALSE;
    }
}

static void
kw_knee_map_dispose (GObject *object)
{
  KwKneeMap *self = KW_KNEE_MAP (object);

  for (guint i = 0; i < N_REGIONS; i++)
    g_clear_pointer (&self->buttons[i], gtk_widget_unparent);

  G_OBJECT_CLASS (kw_knee_map_parent_class)->dispose (object);
}

static void
kw_knee_map_class_init (KwKneeMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kw_knee_map_dispose;

  widget_class->snapshot = kw_knee_map_snapshot;
  widget_class->measure = kw_knee_map_measure;
  widget_class->size_allocate = kw_knee_map_size_allocate;
  widget_class->focus = kw_knee_map_focus;
  widget_class->grab_focus = kw_knee_map_grab_focus;

  /**
   * KwKneeMap::changed:
   *
   * A region was marked or unmarked.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "kneemap");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kw_knee_map_init (KwKneeMap *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  for (guint i = 0; i < N_REGIONS; i++)
    {
      GtkWidget *button = gtk_toggle_button_new ();
      GtkEventController *focus = gtk_event_controller_focus_new ();
      const char *label = region_label (i);

      gtk_widget_add_css_class (button, "knee-region");
      gtk_widget_set_tooltip_text (button, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      /* GTK 4.8 leaves the state undefined until the first toggle: a
       * screen reader should hear "not pressed" from the start. */
      gtk_accessible_update_state (GTK_ACCESSIBLE (button),
                                   GTK_ACCESSIBLE_STATE_PRESSED, GTK_ACCESSIBLE_TRISTATE_FALSE,
                                   -1);
      g_object_set_data (G_OBJECT (button), "kw-region", GUINT_TO_POINTER (i));
      g_signal_connect (button, "toggled", G_CALLBACK (on_button_toggled_cb), self);
      g_signal_connect (button, "state-flags-changed",
                        G_CALLBACK (on_button_state_flags_changed_cb), self);
      g_signal_connect (focus, "enter", G_CALLBACK (on_button_focus_enter_cb), self);
      gtk_widget_add_controller (button, focus);
      gtk_widget_set_parent (button, GTK_WIDGET (self));
      self->buttons[i] = button;
    }

  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Knee map, front and back. Use the arrow keys to move "
                                    "between areas and Space to mark where it hurts."),
                                  -1);
  update_accessible (self);
}

GtkWidget *
kw_knee_map_new (void)
{
  return g_object_new (KW_TYPE_KNEE_MAP, NULL);
}

gboolean
kw_knee_map_get_selected (KwKneeMap  *self,
                          const char *location)
{
  int i = find_region (location);

  g_return_val_if_fail (KW_IS_KNEE_MAP (self), FALSE);
  g_return_val_if_fail (i >= 0, FALSE);

  return self->selected[i];
}

void
kw_knee_map_set_selected (KwKneeMap  *self,
                          const char *location,
                          gboolean    selected)
{
  int i = find_region (location);

  g_return_if_fail (KW_IS_KNEE_MAP (self));
  g_return_if_fail (i >= 0);

  set_selected_index (self, i, selected);
}

void
kw_knee_map_clear (KwKneeMap *self)
{
  g_return_if_fail (KW_IS_KNEE_MAP (self));

  for (guint i = 0; i < N_REGIONS; i++)
    set_selected_index (self, i, FALSE);
  self->focus = 0;
}

/**
 * kw_knee_map_get_focus:
 *
 * Returns: the location the keyboard focus is on
 */
const char *
kw_knee_map_get_focus (KwKneeMap *self)
{
  g_return_val_if_fail (KW_IS_KNEE_MAP (self), NULL);

  return regions[self->focus].location;
}

/**
 * kw_knee_map_move_focus:
 * @delta: +1 for the next region, -1 for the previous one (wraps around)
 */
void
kw_knee_map_move_focus (KwKneeMap *self,
                        int        delta)
{
  g_return_if_fail (KW_IS_KNEE_MAP (self));

  self->focus = ((self->focus + delta) % (int) N_REGIONS + N_REGIONS) % N_REGIONS;
  {
    /* Translators: an area of the knee map, and whether it is marked */
    g_autofree char *text = g_strdup_printf (self->selected[self->focus] ? _("%s: marked")
                                                                         : _("%s: not marked"),
                                             region_label (self->focus));

    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  }
  /* Keyboard focus follows when it is in the map. */
  if (gtk_widget_get_focus_child (GTK_WIDGET (self)) != NULL)
    gtk_widget_grab_focus (self->buttons[self->focus]);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
kw_knee_map_toggle_focus (KwKneeMap *self)
{
  g_return_if_fail (KW_IS_KNEE_MAP (self));

  set_selected_index (self, self->focus, !self->selected[self->focus]);
}

/**
 * kw_knee_map_region_at:
 *
 * Returns: (nullable): the location drawn at widget coordinates @x, @y
 */
const char *
kw_knee_map_region_at (KwKneeMap *self,
                       double     x,
                       double     y)
{
  int i;

  g_return_val_if_fail (KW_IS_KNEE_MAP (self), NULL);

  i = region_index_at (self, x, y);
  return i >= 0 ? regions[i].location : NULL;
}

/**
 * kw_knee_map_get_region_center:
 *
 * Where @location is drawn, in widget coordinates (for tests and pointers).
 */
gboolean
kw_knee_map_get_region_center (KwKneeMap  *self,
                               const char *location,
                               double     *x,
                               double     *y)
{
  int i = find_region (location);
  double scale, ox, oy;

  g_return_val_if_fail (KW_IS_KNEE_MAP (self), FALSE);

  if (i < 0)
    return FALSE;
  get_transform (self, &scale, &ox, &oy);
  *x = ox + regions[i].cx * scale;
  *y = oy + regions[i].cy * scale;
  return TRUE;
}
