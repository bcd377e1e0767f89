/* test-exercise-pictures.c: every exercise has a line drawing in the resources
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include "kw-exercise.h"

#define PICTURE_DIR "/io/github/kneewise/Kneewise/exercises/"

/* The exercises of clinical.md section 4, one picture each. */
static const char * const exercise_ids[] = {
  "quad-set", "straight-leg-raise", "wall-sit", "isometric-knee-extension",
  "side-lying-hip-abduction", "clamshell", "glute-bridge", "single-leg-bridge",
  "prone-hip-extension", "calf-raise", "front-plank", "side-plank", "dead-bug",
  "lateral-band-walk", "leg-press", "box-squat", "knee-extension-machine",
  "step-up", "single-leg-deadlift", "hamstring-curl", "split-squat",
  "step-down", "single-leg-squat", "single-leg-balance",
  "heavy-slow-resistance", "pogo-hops", "single-leg-hop", "a-skips",
  "quad-stretch", "hamstring-stretch", "calf-stretch", "hip-flexor-stretch",
  "lateral-hip-stretch",
};

/* Plain SVG 1.1 that any renderer (librsvg, a printer's cairo) draws the
 * same way: no text, so nothing needs translating or a font. */
static const char * const allowed_elements[] = {
  "svg", "title", "g", "defs", "marker", "path", "line", "polyline",
  "polygon", "circle", "ellipse", "rect",
};

static gboolean
in_list (const char * const *list,
         gsize               n,
         const char         *s)
{
  for (gsize i = 0; i < n; i++)
    if (g_str_equal (list[i], s))
      return TRUE;
  return FALSE;
}

typedef struct
{
  guint depth;
  gboolean root_is_svg;
  char *view_box;
  gboolean in_title;
  GString *title;
  GPtrArray *bad_elements;
} SvgInfo;

static void
svg_info_clear (SvgInfo *info)
{
  g_free (info->view_box);
  g_string_free (info->title, TRUE);
  g_ptr_array_unref (info->bad_elements);
}

static void
on_start_element (GMarkupParseContext  *context,
                  const char           *element_name,
                  const char          **attribute_names,
                  const char          **attribute_values,
                  gpointer              user_data,
                  GError              **error)
{
  SvgInfo *info = user_data;

  if (info->depth == 0)
    {
      info->root_is_svg = g_str_equal (element_name, "svg");
      for (guint i = 0; attribute_names[i] != NULL; i++)
        if (g_str_equal (attribute_names[i], "viewBox"))
          {
            g_free (info->view_box);
            info->view_box = g_strdup (attribute_values[i]);
          }
    }

  if (!in_list (allowed_elements, G_N_ELEMENTS (allowed_elements), element_name))
    g_ptr_array_add (info->bad_elements, g_strdup (element_name));

  if (g_str_equal (element_name, "title"))
    info->in_title = TRUE;

  info->depth++;
}

static void
on_end_element (GMarkupParseContext  *context,
                const char           *element_name,
                gpointer              user_data,
                GError              **error)
{
  SvgInfo *info = user_data;

  if (g_str_equal (element_name, "title"))
    info->in_title = FALSE;
  info->depth--;
}

static void
on_text (GMarkupParseContext  *context,
         const char           *text,
         gsize                 text_len,
         gpointer              user_data,
         GError              **error)
{
  SvgInfo *info = user_data;

  if (info->in_title)
    g_string_append_len (info->title, text, text_len);
}

static const GMarkupParser svg_parser = {
  on_start_element, on_end_element, on_text, NULL, NULL,
};

/* Parses @data, which must be well-formed XML. */
static void
parse_svg (const char *data,
           gsize       len,
           SvgInfo    *info)
{
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;

  info->depth = 0;
  info->root_is_svg = FALSE;
  info->view_box = NULL;
  info->in_title = FALSE;
  info->title = g_string_new (NULL);
  info->bad_elements = g_ptr_array_new_with_free_func (g_free);

  context = g_markup_parse_context_new (&svg_parser, G_MARKUP_IGNORE_QUALIFIED,
                                        info, NULL);
  g_markup_parse_context_parse (context, data, len, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
}

static void
test_pictures_complete (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (exercise_ids); i++)
    {
      g_autofree char *path = g_strconcat (PICTURE_DIR, exercise_ids[i], ".svg", NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      const char *data;
      gsize len;
      SvgInfo info;

      g_test_message ("%s", path);
      bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      g_assert_no_error (error);
      data = g_bytes_get_data (bytes, &len);
      g_assert_cmpuint (len, >, 0);
      /* Small enough to ship 33 of them and print a week on one page. */
      g_assert_cmpuint (len, <, 4096);

      parse_svg (data, len, &info);
      g_assert_true (info.root_is_svg);
      g_assert_cmpstr (info.view_box, ==, "0 0 240 160");
      g_assert_cmpstr (info.title->str, ==, exercise_ids[i]);
      g_assert_cmpuint (info.bad_elements->len, ==, 0);
      svg_info_clear (&info);
    }
}

/* No stray picture without an exercise: what the folder holds is exactly
 * the list above. */
static void
test_pictures_no_extra (void)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) children = NULL;

  children = g_resources_enumerate_children (PICTURE_DIR, G_RESOURCE_LOOKUP_FLAGS_NONE,
                                             &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (children), ==, G_N_ELEMENTS (exercise_ids));

  for (guint i = 0; children[i] != NULL; i++)
    {
      g_autofree char *id = NULL;

      g_assert_true (g_str_has_suffix (children[i], ".svg"));
      id = g_strndup (children[i], strlen (children[i]) - strlen (".svg"));
      g_assert_true (in_list (exercise_ids, G_N_ELEMENTS (exercise_ids), id));
    }
}

/* Every exercise of the catalogue names a picture that is there, and the
 * catalogue holds exactly the exercises drawn. */
static void
test_catalogue_pictures (void)
{
  const KwExercise * const *all;
  guint n = 0;

  all = kw_exercise_get_all (&n);
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (exercise_ids));

  for (guint i = 0; i < n; i++)
    {
      const char *id = kw_exercise_get_id (all[i]);
      const char *path = kw_exercise_get_picture_resource (all[i]);
      g_autofree char *expected = g_strconcat (PICTURE_DIR, id, ".svg", NULL);
      g_autoptr(GError) error = NULL;
      gsize size = 0;

      g_assert_true (in_list (exercise_ids, G_N_ELEMENTS (exercise_ids), id));
      g_assert_cmpstr (path, ==, expected);
      g_assert_true (g_resources_get_info (path, G_RESOURCE_LOOKUP_FLAGS_NONE,
                                           &size, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (size, >, 0);
    }
}

/* The checker itself sees what it must reject: text, a foreign root, a
 * different canvas. */
static void
test_checker_rejects (void)
{
  const char *with_text =
    "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 240 160'>"
    "<title>quad-set</title><text x='1' y='1'>Knee</text></svg>";
  const char *html = "<html viewBox='0 0 240 160'><title>x</title></html>";
  const char *other_box =
    "<svg viewBox='0 0 100 100'><title>x</title><path d='M0 0L1 1'/></svg>";
  SvgInfo info;

  parse_svg (with_text, strlen (with_text), &info);
  g_assert_true (info.root_is_svg);
  g_assert_cmpstr (info.title->str, ==, "quad-set");
  g_assert_cmpuint (info.bad_elements->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (info.bad_elements, 0), ==, "text");
  svg_info_clear (&info);

  parse_svg (html, strlen (html), &info);
  g_assert_false (info.root_is_svg);
  g_assert_cmpuint (info.bad_elements->len, ==, 1);
  svg_info_clear (&info);

  parse_svg (other_box, strlen (other_box), &info);
  g_assert_cmpstr (info.view_box, !=, "0 0 240 160");
  g_assert_cmpuint (info.bad_elements->len, ==, 0);
  svg_info_clear (&info);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/exercise-pictures/complete", test_pictures_complete);
  g_test_add_func ("/exercise-pictures/no-extra", test_pictures_no_extra);
  g_test_add_func ("/exercise-pictures/catalogue", test_catalogue_pictures);
  g_test_add_func ("/exercise-pictures/checker-rejects", test_checker_rejects);

  return g_test_run ();
}
