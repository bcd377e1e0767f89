/* kw-progress-page.c: pain over time, adherence and the plan changes
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kw-progress-page"

#include "config.h"

#include <glib/gi18n.h>

#include "kw-widget-util.h"
#include "kw-pain-chart.h"
#include "kw-plan.h"
#include "kw-progress-page.h"

struct _KwProgressPage
{
  AdwBin          parent_instance;

  GtkStack       *stack;
  AdwStatusPage  *error_page;
  GtkLabel       *title_label;
  GtkBox         *content_box;

  KwStore        *store;
  gulong          changed_id;
  KwPlan         *plan;
  GPtrArray      *changes;      /* newest first */
  guint           n_changes_shown;
  GtkWidget      *changes_group;
  GtkWidget      *older_button;
  GDate           today;
  gboolean        today_fixed;
  gboolean        ready;        /* the template is built */
};

G_DEFINE_FINAL_TYPE (KwProgressPage, kw_progress_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_today (KwProgressPage *self)
{
  g_autoptr(GDateTime) now = NULL;

  if (self->today_fixed)
    return;

  now = g_date_time_new_now_local ();
  g_date_clear (&self->today, 1);
  g_date_set_dmy (&self->today, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));
}

/* Years of daily logs make thousands of changes, and a row costs a few
 * milliseconds to build and lay out (its wrapped text is shaped on every
 * measure): they come a page at a time, newest first. Twenty fill more
 * than a screen below the chart (see docs/performance.md). */
#define CHANGES_PER_PAGE 20

static void
clear_content (KwProgressPage *self)
{
  g_clear_pointer (&self->changes, g_ptr_array_unref);
  self->n_changes_shown = 0;
  self->changes_group = NULL;
  self->older_button = NULL;
  kw_box_remove_all (self->content_box);
}

/* The chart's bands follow the core's zones: asked, not copied. */
static void
find_zones (int *green_max,
            int *amber_max)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, 2026);
  *green_max = -1;
  *amber_max = -1;
  for (int p = 0; p <= 10; p++)
    {
      g_autoptr(KwPainLog) log = kw_pain_log_new (&date, KW_SESSION_DONE, p);
      KwPainZone zone;

      log->baseline = 0;
      log->morning = 0;
      log->settled_by_midday = TRUE;
      zone = kw_pain_log_get_zone (log);
      if (zone == KW_PAIN_ZONE_GREEN)
        *green_max = p;
      else if (zone == KW_PAIN_ZONE_AMBER)
        *amber_max = p;
    }
  if (*amber_max < *green_max)
    *amber_max = *green_max;
}

static void
show_chart (KwProgressPage *self)
{
  GPtrArray *logs = kw_plan_get_logs (self->plan);
  g_autoptr(GArray) points = g_array_new (FALSE, TRUE, sizeof (KwPainChartPoint));
  GtkWidget *group = kw_preferences_group_new (_("Pain Over Time"), NULL);
  GtkWidget *chart = kw_pain_chart_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  int green_max, amber_max;

  for (guint i = 0; logs != NULL && i < logs->len; i++)
    {
      const KwPainLog *log = g_ptr_array_index (logs, i);
      KwPainChartPoint point;

      if (log->status == KW_SESSION_SKIPPED || log->pain_during == KW_PAIN_UNKNOWN)
        continue;
      point.date = log->date;
      point.during = log->pain_during;
      point.next_morning = kw_pain_log_has_morning (log) ? log->morning : -1;
      g_array_append_val (points, point);
    }

  find_zones (&green_max, &amber_max);
  kw_pain_chart_set_zones (KW_PAIN_CHART (chart), green_max, amber_max);
  kw_pain_chart_set_points (KW_PAIN_CHART (chart), (KwPainChartPoint *) points->data, points->len);
  gtk_widget_set_size_request (chart, -1, 240);

  gtk_widget_add_css_class (box, "card");
  gtk_widget_set_margin_top (chart, 12);
  gtk_widget_set_margin_start (chart, 12);
  gtk_widget_set_margin_end (chart, 12);
  gtk_box_append (GTK_BOX (box), chart);
  {
    GtkWidget *summary = kw_wrapped_label_new (kw_pain_chart_get_summary (KW_PAIN_CHART (chart)),
                                            "dim-label");

    gtk_widget_set_margin_start (summary, 12);
    gtk_widget_set_margin_end (summary, 12);
    gtk_widget_set_margin_bottom (summary, 12);
    gtk_box_append (GTK_BOX (box), summary);
  }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);
  gtk_box_append (self->content_box, group);
}

static void
show_adherence (KwProgressPage *self)
{
  guint planned = 0, done = 0, partial = 0, skipped = 0;
  GtkWidget *group = kw_preferences_group_new (_("Sessions"), NULL);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (g_date_compare (&self->today, kw_plan_get_start_date (self->plan)) < 0)
    return;
  kw_plan_get_adherence (self->plan, kw_plan_get_start_date (self->plan), &self->today,
                         &planned, &done, &partial, &skipped);
  title = g_strdup_printf (ngettext ("%u of %u planned session done",
                                     "%u of %u planned sessions done", planned),
                           done, planned);
  /* Translators: counts of sessions partly done and skipped */
  subtitle = g_strdup_printf (_("%u partly done · %u skipped · %u not logged"), partial, skipped,
                              planned > done + partial + skipped ? planned - done - partial - skipped : 0);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), kw_plain_row_new (title, subtitle));
  gtk_box_append (self->content_box, group);
}

static void
add_change_row (KwProgressPage *self,
                KwPlanChange   *change)
{
  const char *exercise_id = kw_plan_change_get_exercise_id (change);
  const KwExercise *exercise = exercise_id ? kw_exercise_lookup (exercise_id) : NULL;
  const KwDose *before = kw_plan_change_get_before (change);
  const KwDose *after = kw_plan_change_get_after (change);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  char date[64] = "";

  /* Translators: a date, see strftime(3) */
  g_date_strftime (date, sizeof date, _("%-d %B"), kw_plan_change_get_date (change));
  g_string_append (subtitle, date);
  if (exercise != NULL)
    {
      g_string_append (subtitle, " · ");
      g_string_append (subtitle, kw_exercise_get_name (exercise));
      if (before != NULL && after != NULL)
        {
          g_autofree char *b = kw_dose_to_string (before);
          g_autofree char *a = kw_dose_to_string (after);

          /* Translators: a dose before and after a change */
          g_string_append_printf (subtitle, _(": %s → %s"), b, a);
        }
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->changes_group),
                             kw_plain_row_new (kw_plan_change_get_reason (change), subtitle->str));
}

static void
show_more_changes (KwProgressPage *self)
{
  guint end = MIN (self->changes->len, self->n_changes_shown + CHANGES_PER_PAGE);

  for (; self->n_changes_shown < end; self->n_changes_shown++)
    add_change_row (self, g_ptr_array_index (self->changes, self->n_changes_shown));
  gtk_widget_set_visible (self->older_button, self->n_changes_shown < self->changes->len);
}

static void
on_older_clicked_cb (KwProgressPage *self)
{
  show_more_changes (self);
}

static void
show_changes (KwProgressPage *self)
{
  g_autoptr(GError) error = NULL;

  self->changes_group = kw_preferences_group_new (_("Changes to Your Plan"),
                                                  _("Newest first, each with the reason for it."));
  self->changes = kw_plan_list_changes (self->store, kw_plan_get_id (self->plan), &error);
  if (self->changes == NULL)
    {
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->changes_group),
                                 kw_plain_row_new (error->message, NULL));
      gtk_box_append (self->content_box, self->changes_group);
      return;
    }
  gtk_box_append (self->content_box, self->changes_group);

  self->older_button = gtk_button_new_with_mnemonic (_("Show _Older Changes"));
  gtk_widget_set_halign (self->older_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->older_button, "pill");
  g_signal_connect_object (self->older_button, "clicked",
                           G_CALLBACK (on_older_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (self->content_box, self->older_button);

  /* The core lists them newest first. */
  show_more_changes (self);
}

/**
 * kw_progress_page_reload:
 * @self: a page
 *
 * Reads the active plan again.
 */
void
kw_progress_page_reload (KwProgressPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  g_return_if_fail (KW_IS_PROGRESS_PAGE (self));

  if (!self->ready)
    return;

  update_today (self);
  g_clear_object (&self->plan);
  clear_content (self);

  if (self->store == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  self->plan = kw_plan_load_active (self->store, &error);
  if (self->plan == NULL)
    {
      if (error != NULL && !g_error_matches (error, KW_PLAN_ERROR, KW_PLAN_ERROR_NO_ACTIVE_PLAN))
        {
          adw_status_page_set_description (self->error_page, error->message);
          gtk_stack_set_visible_child_name (self->stack, "error");
        }
      else
        gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  gtk_label_set_label (self->title_label, _("Your Progress"));
  show_chart (self);
  show_adherence (self);
  show_changes (self);
  gtk_stack_set_visible_child_name (self->stack, "plan");
}

static void
on_store_changed_cb (KwProgressPage *self)
{
  kw_progress_page_reload (self);
}

static void
kw_progress_page_map (GtkWidget *widget)
{
  KwProgressPage *self = KW_PROGRESS_PAGE (widget);
  GDate before = self->today;

  GTK_WIDGET_CLASS (kw_progress_page_parent_class)->map (widget);

  /* The app may stay open overnight. */
  update_today (self);
  if (g_date_valid (&before) && g_date_compare (&before, &self->today) != 0)
    kw_progress_page_reload (self);
}

static void
kw_progress_page_dispose (GObject *object)
{
  KwProgressPage *self = KW_PROGRESS_PAGE (object);

  self->ready = FALSE;
  kw_progress_page_set_store (self, NULL);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->changes, g_ptr_array_unref);

  G_OBJECT_CLASS (kw_progress_page_parent_class)->dispose (object);
}

static void
kw_progress_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KwProgressPage *self = KW_PROGRESS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kw_progress_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  KwProgressPage *self = KW_PROGRESS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      kw_progress_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kw_progress_page_class_init (KwProgressPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kw_progress_page_dispose;
  object_class->get_property = kw_progress_page_get_property;
  object_class->set_property = kw_progress_page_set_property;
  widget_class->map = kw_progress_page_map;

  /**
   * KwProgressPage:store:
   *
   * The store holding the plan; %NULL until it is open.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, KW_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/kw-progress-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KwProgressPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KwProgressPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, KwProgressPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, KwProgressPage, content_box);

  gtk_widget_class_set_css_name (widget_class, "kw-progress-page");
}

static void
kw_progress_page_init (KwProgressPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->ready = TRUE;
  kw_progress_page_reload (self);
}

KwStore *
kw_progress_page_get_store (KwProgressPage *self)
{
  g_return_val_if_fail (KW_IS_PROGRESS_PAGE (self), NULL);

  return self->store;
}

/**
 * kw_progress_page_set_store:
 * @self: a page
 * @store: (nullable): the open store
 *
 * Shows the active plan of @store, and follows its changes.
 */
void
kw_progress_page_set_store (KwProgressPage *self,
                        KwStore    *store)
{
  g_return_if_fail (KW_IS_PROGRESS_PAGE (self));
  g_return_if_fail (store == NULL || KW_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_set_object (&self->store, store);
  if (store != NULL)
    self->changed_id = g_signal_connect_object (store, "changed::plan",
                                                G_CALLBACK (on_store_changed_cb), self,
                                                G_CONNECT_SWAPPED);

  kw_progress_page_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * kw_progress_page_set_today:
 * @self: a page
 * @today: (nullable): the day to show, or %NULL for the real today
 *
 * Tests and screenshots show a chosen day.
 */
void
kw_progress_page_set_today (KwProgressPage  *self,
                        const GDate *today)
{
  g_return_if_fail (KW_IS_PROGRESS_PAGE (self));
  g_return_if_fail (today == NULL || g_date_valid (today));

  self->today_fixed = today != NULL;
  if (today != NULL)
    self->today = *today;
  kw_progress_page_reload (self);
}
