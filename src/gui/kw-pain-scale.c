/* kw-pain-scale.c: a 0 to 10 pain entry
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kw-pain-scale"

#include "config.h"

#include <glib/gi18n.h>

#include "kw-pain-scale.h"

struct _KwPainScale
{
  AdwBin         parent_instance;

  GtkLabel      *title_label;
  GtkLabel      *value_label;
  GtkScale      *scale;
  GtkAdjustment *adjustment;

  char          *value_text;
};

G_DEFINE_FINAL_TYPE (KwPainScale, kw_pain_scale, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_VALUE,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * kw_pain_scale_word_for_value:
 * @value: a pain score, 0 to 10
 *
 * The plain word of the usual numeric rating scale: it describes the number,
 * it does not judge it (the pain model does that).
 *
 * Returns: a translated word
 */
const char *
kw_pain_scale_word_for_value (int value)
{
  g_return_val_if_fail (value >= 0 && value <= 10, NULL);

  if (value == 0)
    return _("no pain");
  if (value <= 3)
    return _("mild");
  if (value <= 6)
    return _("moderate");
  if (value <= 9)
    return _("severe");
  return _("worst imaginable");
}

static void
update_value (KwPainScale *self)
{
  int value = kw_pain_scale_get_value (self);
  const char *word = kw_pain_scale_word_for_value (value);
  g_autofree char *shown = NULL;

  g_free (self->value_text);
  /* Translators: a pain score and its word, e.g. "2/10, mild" */
  self->value_text = g_strdup_printf (_("%d/10, %s"), value, word);

  shown = g_strdup_printf ("<b>%d</b>/10 · %s", value, word);
  gtk_label_set_markup (self->value_label, shown);

  /* Screen readers read the words, not only the number. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->scale),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, self->value_text,
                                  -1);
}

static void
on_scale_value_changed_cb (KwPainScale *self)
{
  update_value (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

static void
kw_pain_scale_finalize (GObject *object)
{
  KwPainScale *self = KW_PAIN_SCALE (object);

  g_free (self->value_text);

  G_OBJECT_CLASS (kw_pain_scale_parent_class)->finalize (object);
}

static void
kw_pain_scale_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KwPainScale *self = KW_PAIN_SCALE (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_int (value, kw_pain_scale_get_value (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, kw_pain_scale_get_title (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kw_pain_scale_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  KwPainScale *self = KW_PAIN_SCALE (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      kw_pain_scale_set_value (self, g_value_get_int (value));
      break;
    case PROP_TITLE:
      kw_pain_scale_set_title (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kw_pain_scale_class_init (KwPainScaleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = kw_pain_scale_finalize;
  object_class->get_property = kw_pain_scale_get_property;
  object_class->set_property = kw_pain_scale_set_property;

  properties[PROP_VALUE] =
    g_param_spec_int ("value", NULL, NULL, 0, 10, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/kw-pain-scale.ui");
  gtk_widget_class_bind_template_child (widget_class, KwPainScale, title_label);
  gtk_widget_class_bind_template_child (widget_class, KwPainScale, value_label);
  gtk_widget_class_bind_template_child (widget_class, KwPainScale, scale);
  gtk_widget_class_bind_template_child (widget_class, KwPainScale, adjustment);
  gtk_widget_class_bind_template_callback (widget_class, on_scale_value_changed_cb);

  gtk_widget_class_set_css_name (widget_class, "kw-pain-scale");
}

static void
kw_pain_scale_init (KwPainScale *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (int i = 0; i <= 10; i++)
    {
      g_autofree char *mark = g_strdup_printf ("%d", i);

      gtk_scale_add_mark (self->scale, i, GTK_POS_BOTTOM, mark);
    }

  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->scale),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->title_label, NULL,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->scale),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("From 0, no pain, to 10, the worst pain imaginable. "
                                    "The arrow keys change it."),
                                  -1);
  update_value (self);
}

/**
 * kw_pain_scale_new:
 * @title: the question, e.g. "Pain during the session"
 *
 * Returns: (transfer floating): a pain scale set to 0
 */
GtkWidget *
kw_pain_scale_new (const char *title)
{
  return g_object_new (KW_TYPE_PAIN_SCALE, "title", title, NULL);
}

int
kw_pain_scale_get_value (KwPainScale *self)
{
  g_return_val_if_fail (KW_IS_PAIN_SCALE (self), 0);

  return (int) gtk_adjustment_get_value (self->adjustment);
}

void
kw_pain_scale_set_value (KwPainScale *self,
                         int          value)
{
  g_return_if_fail (KW_IS_PAIN_SCALE (self));
  g_return_if_fail (value >= 0 && value <= 10);

  gtk_adjustment_set_value (self->adjustment, value);
}

const char *
kw_pain_scale_get_title (KwPainScale *self)
{
  g_return_val_if_fail (KW_IS_PAIN_SCALE (self), NULL);

  return gtk_label_get_label (self->title_label);
}

void
kw_pain_scale_set_title (KwPainScale *self,
                         const char  *title)
{
  g_return_if_fail (KW_IS_PAIN_SCALE (self));

  if (g_strcmp0 (title, gtk_label_get_label (self->title_label)) == 0)
    return;

  gtk_label_set_label (self->title_label, title ? title : "");
  gtk_widget_set_visible (GTK_WIDGET (self->title_label), title != NULL && *title != '\0');
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/* What a screen reader says: "2/10, mild". */
const char *
kw_pain_scale_get_value_text (KwPainScale *self)
{
  g_return_val_if_fail (KW_IS_PAIN_SCALE (self), NULL);

  return self->value_text;
}
