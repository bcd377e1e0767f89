/* kw-plan-page.c: the week at a glance, the phase and what to avoid
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kw-plan-page"

#include "config.h"

#include <glib/gi18n.h>

#include "kw-widget-util.h"
#include "kw-plan.h"
#include "kw-plan-page.h"
#include "kw-return-status.h"

struct _KwPlanPage
{
  AdwBin          parent_instance;

  GtkStack       *stack;
  AdwStatusPage  *error_page;
  GtkLabel       *title_label;
  GtkWidget      *previous_button;
  GtkWidget      *this_week_button;
  GtkWidget      *next_button;
  GtkBox         *content_box;

  KwStore        *store;
  gulong          changed_id;
  gulong          return_changed_id;  /* readiness opens phase 4 */
  KwPlan         *plan;
  GDate           today;
  gboolean        today_fixed;
  int             week_offset;  /* weeks from the current one */
  gboolean        ready;        /* the template is built */
};

G_DEFINE_FINAL_TYPE (KwPlanPage, kw_plan_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_today (KwPlanPage *self)
{
  g_autoptr(GDateTime) now = NULL;

  if (self->today_fixed)
    return;

  now = g_date_time_new_now_local ();
  g_date_clear (&self->today, 1);
  g_date_set_dmy (&self->today, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));
}

static void
clear_content (KwPlanPage *self)
{
  kw_box_remove_all (self->content_box);
}

/* Clinician or red-flag advice comes first: it matters more than the week. */
static void
show_advice (KwPlanPage *self)
{
  const char *message = NULL;
  KwPlanAlert alert = kw_plan_get_alert (self->plan, &self->today, &message);
  const char *advice = kw_plan_get_advice (self->plan);
  gboolean see_clinician = kw_plan_get_triage (self->plan) == KW_TRIAGE_SEE_CLINICIAN;
  GtkWidget *box;

  if (alert == KW_PLAN_ALERT_NONE && !see_clinician)
    {
      if (advice != NULL && *advice != '\0')
        gtk_box_append (self->content_box, kw_wrapped_label_new (advice, NULL));
      return;
    }

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "kw-advice");
  gtk_box_append (GTK_BOX (box), kw_wrapped_label_new (_("See a Physio or GP"), "heading"));
  if (alert != KW_PLAN_ALERT_NONE && message != NULL)
    gtk_box_append (GTK_BOX (box), kw_wrapped_label_new (message, NULL));
  if (advice != NULL && *advice != '\0')
    gtk_box_append (GTK_BOX (box), kw_wrapped_label_new (advice, NULL));
  for (GtkWidget *w = gtk_widget_get_first_child (box); w != NULL; w = gtk_widget_get_next_sibling (w))
    {
      gtk_widget_set_margin_start (w, 12);
      gtk_widget_set_margin_end (w, 12);
    }
  gtk_widget_set_margin_top (gtk_widget_get_first_child (box), 12);
  gtk_widget_set_margin_bottom (gtk_widget_get_last_child (box), 12);
  gtk_box_append (self->content_box, box);
}

static char *
dup_day_summary (KwPlanDay *day)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = kw_plan_day_get_n_items (day);

  for (guint i = 0; i < n; i++)
    {
      KwPlanItem *item = kw_plan_day_get_item (day, i);
      g_autofree char *dose = kw_plan_item_dup_dose_string (item);

      if (i > 0)
        g_string_append_c (text, '\n');
      /* Translators: an exercise and its dose, "Wall sit: 5 × 30 s hold" */
      g_string_append_printf (text, _("%s: %s"), kw_plan_item_get_name (item), dose);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
show_week (KwPlanPage *self,
           KwPlanWeek *week)
{
  GtkWidget *group;
  char from[64] = "", to[64] = "";
  GDate sunday = *kw_plan_week_get_monday (week);
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;

  g_date_add_days (&sunday, 6);
  /* Translators: dates, see strftime(3) */
  g_date_strftime (from, sizeof from, _("%-d %B"), kw_plan_week_get_monday (week));
  g_date_strftime (to, sizeof to, _("%-d %B"), &sunday);
  /* Translators: a week, "2 November – 8 November" */
  title = g_strdup_printf (_("%s – %s"), from, to);
  description = g_strdup_printf (_("Phase %d, %s"), (int) kw_plan_week_get_phase (week),
                                 kw_phase_get_title (kw_plan_week_get_phase (week)));
  group = kw_preferences_group_new (title, description);

  for (guint i = 0; i < 7; i++)
    {
      KwPlanDay *day = kw_plan_week_get_day (week, i);
      g_autofree char *date = kw_plan_day_dup_title (day);
      g_autofree char *summary = NULL;
      g_autofree char *row_title = NULL;
      GtkWidget *row;

      /* Translators: a date, then what kind of day it is ("Monday 2 November · Strength day") */
      row_title = g_strdup_printf (_("%s · %s"), date,
                                   kw_plan_day_kind_get_title (kw_plan_day_get_kind (day)));
      if (!kw_plan_day_is_rest (day) && kw_plan_day_get_n_items (day) > 0)
        summary = dup_day_summary (day);
      row = kw_plain_row_new (row_title, summary);
      if (g_date_compare (kw_plan_day_get_date (day), &self->today) == 0)
        {
          GtkWidget *today = gtk_label_new (_("Today"));

          gtk_widget_add_css_class (today, "accent");
          gtk_widget_add_css_class (today, "heading");
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), today);
        }
      if (kw_plan_day_is_rest (day))
        gtk_widget_add_css_class (row, "dim-label");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  gtk_box_append (self->content_box, group);
}

/* Whether the runner passed the readiness checklist (phase 3's test). */
static gboolean
readiness_passed (KwPlanPage *self)
{
  g_autoptr(GError) error = NULL;
  KwReturnStatus status;
  gboolean passed;

  if (!kw_return_status_load (self->store, &self->today, &status, &error))
    {
      g_warning ("Could not read the readiness tests: %s", error->message);
      return FALSE;
    }
  passed = status.readiness.verdict == KW_READINESS_PASSED;
  kw_return_status_clear (&status);
  return passed;
}

/* The runner says they passed the phase test: the core checks the weeks
 * again and moves the plan on; the store's ::changed reloads the page. */
static void
on_phase_test_passed_cb (KwPlanPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KwPlan) plan = NULL;

  if (self->plan == NULL)
    return;

  plan = g_object_ref (self->plan);
  if (!kw_plan_pass_phase_test (plan, self->store, &self->today, NULL, &error))
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                  _("The Phase Did Not Change"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

/* What opens the next phase once the weeks allow it: a button for the
 * runner to say they passed the test, or for phase 3, the readiness
 * checklist on the Return to Running page (which opens phase 4 itself). */
static GtkWidget *
phase_test_button (KwPlanPage *self,
                   KwPhase     phase)
{
  GtkWidget *button;

  if (kw_phase_test_is_readiness (phase) && !readiness_passed (self))
    {
      button = gtk_button_new_with_mnemonic (_("Take the _Readiness Tests"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-page");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", "return-to-run");
    }
  else
    {
      /* Translators: a button; the runner passed the test and starts the next phase */
      g_autofree char *label = g_strdup_printf (_("I Passed: Start Phase %d"), (int) phase + 1);

      button = gtk_button_new_with_label (label);
      gtk_widget_add_css_class (button, "suggested-action");
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_phase_test_passed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  return button;
}

/* The phase now, and what the core says opens the next one. */
static void
show_phase (KwPlanPage *self)
{
  KwPhase phase = kw_plan_get_phase (self->plan);
  const KwProgram *program = kw_plan_get_program (self->plan);
  const char *note = kw_program_get_phase_note (program, phase);
  const char *test = kw_program_get_phase_test (program, phase);
  g_autofree char *why_not = NULL;
  g_autofree char *title = NULL;
  GtkWidget *group;

  /* Translators: "Phase 1 of 4: Settle" */
  title = g_strdup_printf (_("Phase %d of %d: %s"), (int) phase, (int) KW_PHASE_LAST,
                           kw_phase_get_title (phase));
  group = kw_preferences_group_new (title, kw_phase_get_summary (phase));
  if (note != NULL && *note != '\0')
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), kw_plain_row_new (note, NULL));

  if (phase < KW_PHASE_LAST)
    {
      gboolean ready = kw_plan_phase_test_ready (self->plan, &self->today, &why_not);
      g_autofree char *next = g_strdup_printf (_("To unlock phase %d, %s"), (int) phase + 1,
                                               kw_phase_get_title (phase + 1));
      GtkWidget *status;

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 kw_plain_row_new (next, test != NULL && *test != '\0' ? test : NULL));
      status = kw_plain_row_new (ready ? _("You may take the test now.")
                                       : (why_not != NULL ? why_not : _("Not yet.")),
                                 NULL);
      if (ready)
        adw_action_row_add_suffix (ADW_ACTION_ROW (status), phase_test_button (self, phase));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), status);
    }

  gtk_box_append (self->content_box, group);
}

static void
show_avoids (KwPlanPage *self)
{
  const KwProgram *program = kw_plan_get_program (self->plan);
  KwPhase phase = kw_plan_get_phase (self->plan);
  guint n = kw_program_get_n_avoids (program);
  GtkWidget *group = kw_preferences_group_new (_("Avoid for Now"), NULL);
  guint shown = 0;

  for (guint i = 0; i < n; i++)
    {
      const KwAvoid *avoid = kw_program_get_avoid (program, i);

      if (!kw_avoid_applies_in_phase (avoid, phase))
        continue;
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 kw_plain_row_new (kw_avoid_get_what (avoid), kw_avoid_get_reason (avoid)));
      shown++;
    }

  if (shown == 0)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               kw_plain_row_new (_("Nothing to avoid in this phase."), NULL));
  gtk_box_append (self->content_box, group);
}

static void
update_navigation (KwPlanPage *self,
                   KwPlanWeek *week)
{
  GDate first = *kw_plan_get_start_date (self->plan);

  /* Nothing to see before the plan's first week. */
  g_date_subtract_days (&first, g_date_get_weekday (&first) - G_DATE_MONDAY);
  gtk_widget_set_sensitive (self->previous_button,
                            g_date_compare (kw_plan_week_get_monday (week), &first) > 0);
  gtk_widget_set_sensitive (self->this_week_button, self->week_offset != 0);
}

/**
 * kw_plan_page_reload:
 * @self: a page
 *
 * Reads the active plan again and shows the chosen week.
 */
void
kw_plan_page_reload (KwPlanPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KwPlanWeek) week = NULL;
  g_autofree char *title = NULL;
  GDate day;

  g_return_if_fail (KW_IS_PLAN_PAGE (self));

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

  day = self->today;
  if (self->week_offset > 0)
    g_date_add_days (&day, 7 * self->week_offset);
  else if (self->week_offset < 0)
    g_date_subtract_days (&day, 7 * -self->week_offset);
  week = kw_plan_get_week (self->plan, &day);

  /* Translators: the plan's title, "Pain around the kneecap" */
  title = g_strdup_printf (_("Your Plan: %s"), kw_program_get_title (kw_plan_get_program (self->plan)));
  gtk_label_set_label (self->title_label, title);

  show_advice (self);
  show_week (self, week);
  show_phase (self);
  show_avoids (self);
  update_navigation (self, week);
  gtk_stack_set_visible_child_name (self->stack, "plan");
}

/**
 * kw_plan_page_show_week:
 * @self: a page
 * @weeks_from_now: 0 for this week, -1 for the last one, 1 for the next
 *
 * Shows another week of the plan.
 */
void
kw_plan_page_show_week (KwPlanPage *self,
                        int         weeks_from_now)
{
  g_return_if_fail (KW_IS_PLAN_PAGE (self));
  g_return_if_fail (weeks_from_now > -520 && weeks_from_now < 520);

  self->week_offset = weeks_from_now;
  kw_plan_page_reload (self);
}

static void
on_previous_clicked_cb (KwPlanPage *self)
{
  kw_plan_page_show_week (self, self->week_offset - 1);
}

static void
on_next_clicked_cb (KwPlanPage *self)
{
  kw_plan_page_show_week (self, self->week_offset + 1);
}

static void
on_this_week_clicked_cb (KwPlanPage *self)
{
  kw_plan_page_show_week (self, 0);
}

static void
on_store_changed_cb (KwPlanPage *self)
{
  kw_plan_page_reload (self);
}

static void
kw_plan_page_map (GtkWidget *widget)
{
  KwPlanPage *self = KW_PLAN_PAGE (widget);
  GDate before = self->today;

  GTK_WIDGET_CLASS (kw_plan_page_parent_class)->map (widget);

  /* The app may stay open overnight. */
  update_today (self);
  if (g_date_valid (&before) && g_date_compare (&before, &self->today) != 0)
    kw_plan_page_reload (self);
}

static void
kw_plan_page_dispose (GObject *object)
{
  KwPlanPage *self = KW_PLAN_PAGE (object);

  self->ready = FALSE;
  kw_plan_page_set_store (self, NULL);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (kw_plan_page_parent_class)->dispose (object);
}

static void
kw_plan_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KwPlanPage *self = KW_PLAN_PAGE (object);

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
kw_plan_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  KwPlanPage *self = KW_PLAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      kw_plan_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kw_plan_page_class_init (KwPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kw_plan_page_dispose;
  object_class->get_property = kw_plan_page_get_property;
  object_class->set_property = kw_plan_page_set_property;
  widget_class->map = kw_plan_page_map;

  /**
   * KwPlanPage:store:
   *
   * The store holding the plan; %NULL until it is open.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, KW_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/kw-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KwPlanPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KwPlanPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, KwPlanPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, KwPlanPage, previous_button);
  gtk_widget_class_bind_template_child (widget_class, KwPlanPage, this_week_button);
  gtk_widget_class_bind_template_child (widget_class, KwPlanPage, next_button);
  gtk_widget_class_bind_template_child (widget_class, KwPlanPage, content_box);
  gtk_widget_class_bind_template_callback (widget_class, on_previous_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_next_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_this_week_clicked_cb);

  gtk_widget_class_set_css_name (widget_class, "kw-plan-page");
}

static void
kw_plan_page_init (KwPlanPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->ready = TRUE;
  kw_plan_page_reload (self);
}

KwStore *
kw_plan_page_get_store (KwPlanPage *self)
{
  g_return_val_if_fail (KW_IS_PLAN_PAGE (self), NULL);

  return self->store;
}

/**
 * kw_plan_page_set_store:
 * @self: a page
 * @store: (nullable): the open store
 *
 * Shows the active plan of @store, and follows its changes.
 */
void
kw_plan_page_set_store (KwPlanPage *self,
                        KwStore    *store)
{
  g_return_if_fail (KW_IS_PLAN_PAGE (self));
  g_return_if_fail (store == NULL || KW_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    {
      g_clear_signal_handler (&self->changed_id, self->store);
      g_clear_signal_handler (&self->return_changed_id, self->store);
    }
  g_set_object (&self->store, store);
  if (store != NULL)
    {
      self->changed_id = g_signal_connect_object (store, "changed::plan",
                                                  G_CALLBACK (on_store_changed_cb), self,
                                                  G_CONNECT_SWAPPED);
      self->return_changed_id = g_signal_connect_object (store, "changed::return-to-run",
                                                         G_CALLBACK (on_store_changed_cb), self,
                                                         G_CONNECT_SWAPPED);
    }

  kw_plan_page_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * kw_plan_page_set_today:
 * @self: a page
 * @today: (nullable): the day to show, or %NULL for the real today
 *
 * Tests and screenshots show a chosen day.
 */
void
kw_plan_page_set_today (KwPlanPage  *self,
                        const GDate *today)
{
  g_return_if_fail (KW_IS_PLAN_PAGE (self));
  g_return_if_fail (today == NULL || g_date_valid (today));

  self->today_fixed = today != NULL;
  if (today != NULL)
    self->today = *today;
  kw_plan_page_reload (self);
}
