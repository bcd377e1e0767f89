/* kw-today-page.c: today's session and the pain check-ins
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kw-today-page"

#include "config.h"

#include <glib/gi18n.h>

#include "kw-exercise-card.h"
#include "kw-pain-scale.h"
#include "kw-plan.h"
#include "kw-today-page.h"

/* Rows of settled_row, in the order of the .ui file. */
enum {
  SETTLED_NOT_YET,
  SETTLED_YES,
  SETTLED_NO,
};

struct _KwTodayPage
{
  AdwBin                parent_instance;

  GtkStack             *stack;
  AdwStatusPage        *error_page;
  GtkScrolledWindow    *scroller;
  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  GtkLabel             *error_label;
  GtkLabel             *advice_label;
  AdwPreferencesGroup  *morning_group;
  KwPainScale          *morning_scale;
  KwPainScale          *baseline_scale;
  AdwComboRow          *settled_row;
  AdwPreferencesGroup  *result_group;
  AdwStatusPage        *rest_page;
  GtkBox               *cards_box;
  AdwPreferencesGroup  *checkin_group;
  GtkToggleButton      *done_toggle;
  GtkToggleButton      *partial_toggle;
  GtkToggleButton      *skipped_toggle;
  GtkWidget            *during_row;
  KwPainScale          *during_scale;
  AdwComboRow          *swelling_row;
  GtkWidget            *limp_row;
  GtkSwitch            *limp_switch;
  GtkLabel             *logged_label;

  KwStore              *store;
  gulong                changed_id;
  KwPlan               *plan;
  GDate                 today;
  gboolean              today_fixed;
  KwPainLog            *pending_morning;  /* yesterday's log, waiting for the morning */
  GPtrArray            *result_rows;
  GPtrArray            *cards;
};

G_DEFINE_FINAL_TYPE (KwTodayPage, kw_today_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_text_or_hide (GtkLabel   *label,
                  const char *text)
{
  gtk_label_set_label (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

static void
update_today (KwTodayPage *self)
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
clear_results (KwTodayPage *self)
{
  for (guint i = 0; i < self->result_rows->len; i++)
    adw_preferences_group_remove (self->result_group, g_ptr_array_index (self->result_rows, i));
  g_ptr_array_set_size (self->result_rows, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->result_group), FALSE);
}

/* The plan changes the latest session made, each with its one-line reason. */
static void
show_results (KwTodayPage *self)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *logs;
  GDate since;
  gboolean found = FALSE;

  clear_results (self);

  /* "Recent" is the latest session of the last two days: its changes may be
   * dated the session's day or the morning after.
   */
  logs = kw_plan_get_logs (self->plan);
  since = self->today;
  g_date_subtract_days (&since, 2);
  for (guint i = logs != NULL ? logs->len : 0; i > 0; i--)
    {
      const KwPainLog *log = g_ptr_array_index (logs, i - 1);

      if (g_date_compare (&log->date, &self->today) <= 0)
        {
          if (g_date_compare (&log->date, &since) >= 0)
            {
              found = TRUE;
              since = log->date;
            }
          break;
        }
    }
  if (!found)
    return;

  changes = kw_plan_list_changes (self->store, kw_plan_get_id (self->plan), &error);
  if (changes == NULL)
    {
      g_warning ("Could not list the plan changes: %s", error->message);
      return;
    }

  for (guint i = 0; i < changes->len; i++)
    {
      KwPlanChange *change = g_ptr_array_index (changes, i);
      const char *exercise_id = kw_plan_change_get_exercise_id (change);
      const KwExercise *exercise = exercise_id ? kw_exercise_lookup (exercise_id) : NULL;
      GtkWidget *row;

      if (g_date_compare (kw_plan_change_get_date (change), &since) < 0 ||
          g_date_compare (kw_plan_change_get_date (change), &self->today) > 0 ||
          kw_plan_change_get_kind (change) == KW_PLAN_CHANGE_STARTED)
        continue;

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     kw_plan_change_get_reason (change));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      if (exercise != NULL)
        {
          const KwDose *before = kw_plan_change_get_before (change);
          const KwDose *after = kw_plan_change_get_after (change);
          g_autofree char *subtitle = NULL;

          if (before != NULL && after != NULL)
            {
              g_autofree char *b = kw_dose_to_string (before);
              g_autofree char *a = kw_dose_to_string (after);

              /* Translators: exercise name, then its dose before and after the change */
              subtitle = g_strdup_printf (_("%s: %s → %s"), kw_exercise_get_name (exercise), b, a);
            }
          else
            subtitle = g_strdup (kw_exercise_get_name (exercise));
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
          adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
        }
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      adw_preferences_group_add (self->result_group, row);
      g_ptr_array_add (self->result_rows, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->result_group), self->result_rows->len > 0);
}

/* The session still waiting for its next-morning answer; which one is the
 * core's rule, not the page's.
 */
static void
find_pending_morning (KwTodayPage *self)
{
  const KwPainLog *log = kw_plan_get_pending_check_in (self->plan, &self->today);

  g_clear_pointer (&self->pending_morning, kw_pain_log_free);
  if (log != NULL)
    self->pending_morning = kw_pain_log_copy (log);
}

static int
previous_baseline (KwTodayPage *self)
{
  GPtrArray *logs = kw_plan_get_logs (self->plan);

  for (guint i = logs != NULL ? logs->len : 0; i > 0; i--)
    {
      const KwPainLog *log = g_ptr_array_index (logs, i - 1);

      if (log->baseline != KW_PAIN_UNKNOWN)
        return log->baseline;
    }
  return 0;
}

static void
show_morning (KwTodayPage *self)
{
  g_autofree char *description = NULL;
  char weekday[64] = "";

  find_pending_morning (self);
  gtk_widget_set_visible (GTK_WIDGET (self->morning_group), self->pending_morning != NULL);
  if (self->pending_morning == NULL)
    return;

  g_date_strftime (weekday, sizeof weekday, "%A", &self->pending_morning->date);
  /* Translators: %s is a weekday, e.g. "How is your knee after Friday’s session?" */
  description = g_strdup_printf (_("How is your knee after %s’s session? Compare it with a normal "
                                   "morning; the next session is set by the answer."), weekday);
  adw_preferences_group_set_description (self->morning_group, description);
  kw_pain_scale_set_value (self->morning_scale, 0);
  kw_pain_scale_set_value (self->baseline_scale, previous_baseline (self));
  adw_combo_row_set_selected (self->settled_row, SETTLED_NOT_YET);
}

static void
on_card_done_notify_cb (KwTodayPage *self)
{
  guint n_done = 0;

  for (guint i = 0; i < self->cards->len; i++)
    if (kw_exercise_card_get_done (g_ptr_array_index (self->cards, i)))
      n_done++;

  /* Ticking exercises off pre-fills the answer; the runner can still
   * change it.
   */
  if (n_done == self->cards->len && n_done > 0)
    gtk_toggle_button_set_active (self->done_toggle, TRUE);
  else if (n_done > 0)
    gtk_toggle_button_set_active (self->partial_toggle, TRUE);
}

static void
clear_cards (KwTodayPage *self)
{
  for (guint i = 0; i < self->cards->len; i++)
    gtk_box_remove (self->cards_box, g_ptr_array_index (self->cards, i));
  g_ptr_array_set_size (self->cards, 0);
}

static void
show_session (KwTodayPage *self)
{
  g_autoptr(KwPlanDay) day = kw_plan_get_day (self->plan, &self->today);
  const KwPainLog *log = kw_plan_get_log (self->plan, &self->today);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  char date[128] = "";
  guint n_items;

  clear_cards (self);

  /* Translators: today's date as a heading, see strftime(3) */
  g_date_strftime (date, sizeof date, _("%A %-d %B"), &self->today);
  title = g_strdup_printf (_("Today, %s"), g_strstrip (date));
  gtk_label_set_label (self->title_label, title);

  if (day == NULL || kw_plan_day_get_kind (day) == KW_PLAN_DAY_NOT_STARTED)
    {
      char start[128] = "";

      g_date_strftime (start, sizeof start, _("%A %-d %B"), kw_plan_get_start_date (self->plan));
      /* Translators: %s is a date */
      subtitle = g_strdup_printf (_("Your plan starts on %s."), g_strstrip (start));
      gtk_label_set_label (self->subtitle_label, subtitle);
      gtk_widget_set_visible (GTK_WIDGET (self->rest_page), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->checkin_group), FALSE);
      set_text_or_hide (self->logged_label, NULL);
      return;
    }

  n_items = kw_plan_day_get_n_items (day);
  if (kw_plan_day_is_rest (day) || n_items == 0)
    {
      /* Translators: e.g. "Phase 1, Settle · Rest day" */
      subtitle = g_strdup_printf (_("%s · %s"), kw_phase_get_title (kw_plan_day_get_phase (day)),
                                  kw_plan_day_kind_get_title (KW_PLAN_DAY_REST));
    }
  else
    {
      guint minutes = kw_plan_day_estimate_minutes (day);
      g_autofree char *duration = g_strdup_printf (ngettext ("about %u minute",
                                                             "about %u minutes", minutes),
                                                   minutes);

      /* Translators: e.g. "Phase 1, Settle · Strength day · about 25 minutes" */
      subtitle = g_strdup_printf (_("%s · %s · %s"),
                                  kw_phase_get_title (kw_plan_day_get_phase (day)),
                                  kw_plan_day_kind_get_title (kw_plan_day_get_kind (day)),
                                  duration);
    }
  gtk_label_set_label (self->subtitle_label, subtitle);

  gtk_widget_set_visible (GTK_WIDGET (self->rest_page), kw_plan_day_is_rest (day) || n_items == 0);
  for (guint i = 0; i < n_items; i++)
    {
      KwPlanItem *item = kw_plan_day_get_item (day, i);
      const char *variation = kw_plan_item_get_variation (item);
      const char *note = kw_plan_item_get_note (item);
      g_autofree char *line = NULL;
      GtkWidget *card;

      if (variation != NULL && note != NULL)
        line = g_strdup_printf ("%s. %s", variation, note);
      else
        line = g_strdup (variation != NULL ? variation : note);

      card = kw_exercise_card_new (kw_plan_item_get_exercise (item),
                                   kw_plan_item_get_dose (item), line);
      g_signal_connect_object (card, "notify::done", G_CALLBACK (on_card_done_notify_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_box_append (self->cards_box, card);
      g_ptr_array_add (self->cards, card);
    }

  /* One check-in per session: once logged, say so instead of asking again. */
  if (log != NULL)
    {
      g_autofree char *logged = NULL;

      switch (log->status)
        {
        case KW_SESSION_SKIPPED:
          logged = g_strdup (_("You logged today’s session as skipped. That is fine: "
                               "the plan carries on without stepping up."));
          break;
        case KW_SESSION_PARTIAL:
          /* Translators: %d is a pain score 0-10 */
          logged = g_strdup_printf (_("You logged part of today’s session, worst pain %d/10. "
                                      "Tomorrow morning, tell Kneewise how the knee feels."),
                                    log->pain_during);
          break;
        case KW_SESSION_DONE:
        default:
          /* Translators: %d is a pain score 0-10 */
          logged = g_strdup_printf (_("You logged today’s session as done, worst pain %d/10. "
                                      "Tomorrow morning, tell Kneewise how the knee feels."),
                                    log->pain_during);
          break;
        }
      set_text_or_hide (self->logged_label, logged);
      gtk_widget_set_visible (GTK_WIDGET (self->checkin_group), FALSE);
    }
  else
    {
      set_text_or_hide (self->logged_label, NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->checkin_group), n_items > 0);
      gtk_toggle_button_set_active (self->done_toggle, TRUE);
      kw_pain_scale_set_value (self->during_scale, 0);
      adw_combo_row_set_selected (self->swelling_row, KW_SWELLING_NONE);
      gtk_switch_set_active (self->limp_switch, FALSE);
    }
}

static void
show_advice (KwTodayPage *self)
{
  const char *message = NULL;
  const char *advice = kw_plan_get_advice (self->plan);
  KwPlanAlert alert = kw_plan_get_alert (self->plan, &self->today, &message);
  g_autoptr(GString) text = g_string_new (NULL);

  if (alert != KW_PLAN_ALERT_NONE && message != NULL)
    g_string_append (text, message);
  if (advice != NULL && *advice != '\0')
    {
      if (text->len > 0)
        g_string_append (text, "\n\n");
      g_string_append (text, advice);
    }
  set_text_or_hide (self->advice_label, text->str);
}

/**
 * kw_today_page_reload:
 * @self: a page
 *
 * Reads the active plan again and shows today.
 */
void
kw_today_page_reload (KwTodayPage *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (KW_IS_TODAY_PAGE (self));

  update_today (self);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->pending_morning, kw_pain_log_free);
  clear_cards (self);
  clear_results (self);
  set_text_or_hide (self->error_label, NULL);

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
        {
          gtk_stack_set_visible_child_name (self->stack, "empty");
        }
      return;
    }

  show_advice (self);
  show_morning (self);
  show_session (self);
  show_results (self);
  gtk_stack_set_visible_child_name (self->stack, "plan");
}

static void
scroll_to_top (KwTodayPage *self)
{
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

/* Saves @log; the store's change signal then reloads the page. */
static void
save_log (KwTodayPage     *self,
          const KwPainLog *log)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(KwPlan) plan = g_object_ref (self->plan);

  if (!kw_plan_log_session (plan, self->store, log, &self->today, &changes, &error))
    {
      /* Nothing saved: keep the answers on screen so they can be sent again. */
      set_text_or_hide (self->error_label, error->message);
      scroll_to_top (self);
      return;
    }

  /* The store reloads us through ::changed; a store that did not signal
   * (nothing changed) still gets an up-to-date page.
   */
  kw_today_page_reload (self);
  scroll_to_top (self);
}

static void
on_checkin_button_clicked_cb (KwTodayPage *self)
{
  g_autoptr(KwPainLog) log = NULL;
  KwSessionStatus status;

  g_return_if_fail (self->plan != NULL);

  if (gtk_toggle_button_get_active (self->skipped_toggle))
    status = KW_SESSION_SKIPPED;
  else if (gtk_toggle_button_get_active (self->partial_toggle))
    status = KW_SESSION_PARTIAL;
  else
    status = KW_SESSION_DONE;

  log = kw_pain_log_new (&self->today, status,
                         status == KW_SESSION_SKIPPED ? KW_PAIN_UNKNOWN
                                                      : kw_pain_scale_get_value (self->during_scale));
  if (status != KW_SESSION_SKIPPED)
    {
      log->swelling = adw_combo_row_get_selected (self->swelling_row);
      log->limp = gtk_switch_get_active (self->limp_switch);
    }

  save_log (self, log);
}

static void
on_morning_button_clicked_cb (KwTodayPage *self)
{
  g_autoptr(KwPainLog) log = NULL;

  g_return_if_fail (self->plan != NULL);
  g_return_if_fail (self->pending_morning != NULL);

  log = kw_pain_log_copy (self->pending_morning);
  log->morning = kw_pain_scale_get_value (self->morning_scale);
  log->baseline = kw_pain_scale_get_value (self->baseline_scale);
  switch (adw_combo_row_get_selected (self->settled_row))
    {
    case SETTLED_YES:
      log->settled_by_midday = TRUE;
      break;
    case SETTLED_NO:
      log->settled_by_midday = FALSE;
      break;
    case SETTLED_NOT_YET:
    default:
      log->settled_by_midday = KW_PAIN_UNKNOWN;
      break;
    }

  save_log (self, log);
}

static void
on_skipped_toggle_active_cb (KwTodayPage *self)
{
  gboolean skipped = gtk_toggle_button_get_active (self->skipped_toggle);

  /* No pain to report for a session not done. */
  gtk_widget_set_visible (self->during_row, !skipped);
  gtk_widget_set_visible (GTK_WIDGET (self->swelling_row), !skipped);
  gtk_widget_set_visible (self->limp_row, !skipped);
}

static void
on_store_changed_cb (KwTodayPage *self)
{
  kw_today_page_reload (self);
}

static void
kw_today_page_map (GtkWidget *widget)
{
  KwTodayPage *self = KW_TODAY_PAGE (widget);
  GDate before = self->today;

  GTK_WIDGET_CLASS (kw_today_page_parent_class)->map (widget);

  /* The app may stay open overnight: today is a new day. */
  update_today (self);
  if (g_date_valid (&before) && g_date_compare (&before, &self->today) != 0)
    kw_today_page_reload (self);
}

static void
kw_today_page_dispose (GObject *object)
{
  KwTodayPage *self = KW_TODAY_PAGE (object);

  /* The widgets themselves go with the template. */
  g_clear_pointer (&self->result_rows, g_ptr_array_unref);
  g_clear_pointer (&self->cards, g_ptr_array_unref);
  kw_today_page_set_store (self, NULL);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->pending_morning, kw_pain_log_free);

  G_OBJECT_CLASS (kw_today_page_parent_class)->dispose (object);
}

static void
kw_today_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KwTodayPage *self = KW_TODAY_PAGE (object);

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
kw_today_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  KwTodayPage *self = KW_TODAY_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      kw_today_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kw_today_page_class_init (KwTodayPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kw_today_page_dispose;
  object_class->get_property = kw_today_page_get_property;
  object_class->set_property = kw_today_page_set_property;
  widget_class->map = kw_today_page_map;

  /**
   * KwTodayPage:store:
   *
   * The store holding the plan; %NULL until it is open.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, KW_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KW_TYPE_PAIN_SCALE);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/kw-today-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KwTodayPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KwTodayPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, KwTodayPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, KwTodayPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, KwTodayPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, KwTodayPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, KwTodayPage, advice_label);
  gtk_widget_class_bind_template_child (widget_class, KwTodayPage, morning_group);
  gtk_widget_class_bind_template_child (widget_class, KwTodayPage, morning_scale);
  gtk_widget_class_bind_template_child (widget_class, KwTodayPage, baseline_scale);
  gtk_widget_class_bind_template_child (widget_class, KwTodayPage, settled_row);
  gtk_widget_class_bind_template_child (widget_class, KwTodayPage, result_group);
  gtk_widget_class_bind_template_child (widget_class, KwTodayPage, rest_page);
  gtk_widget_class_bind_template_child (widget_class, KwTodayPage, cards_box);
  gtk_widget_class_bind_template_child (widget_class, KwTodayPage, checkin_group);
  gtk_widget_class_bind_template_child (widget_class, KwTodayPage, done_toggle);
  gtk_widget_class_bind_template_child (widget_class, KwTodayPage, partial_toggle);
  gtk_widget_class_bind_template_child (widget_class, KwTodayPage, skipped_toggle);
  gtk_widget_class_bind_template_child (widget_class, KwTodayPage, during_row);
  gtk_widget_class_bind_template_child (widget_class, KwTodayPage, during_scale);
  gtk_widget_class_bind_template_child (widget_class, KwTodayPage, swelling_row);
  gtk_widget_class_bind_template_child (widget_class, KwTodayPage, limp_row);
  gtk_widget_class_bind_template_child (widget_class, KwTodayPage, limp_switch);
  gtk_widget_class_bind_template_child (widget_class, KwTodayPage, logged_label);
  gtk_widget_class_bind_template_callback (widget_class, on_checkin_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_morning_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_skipped_toggle_active_cb);

  gtk_widget_class_set_css_name (widget_class, "kw-today-page");
}

static void
kw_today_page_init (KwTodayPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->result_rows = g_ptr_array_new ();
  self->cards = g_ptr_array_new ();
  kw_today_page_reload (self);
}

KwStore *
kw_today_page_get_store (KwTodayPage *self)
{
  g_return_val_if_fail (KW_IS_TODAY_PAGE (self), NULL);

  return self->store;
}

/**
 * kw_today_page_set_store:
 * @self: a page
 * @store: (nullable): the open store
 *
 * Shows the active plan of @store, and follows its changes.
 */
void
kw_today_page_set_store (KwTodayPage *self,
                         KwStore     *store)
{
  g_return_if_fail (KW_IS_TODAY_PAGE (self));
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

  /* During dispose there is nothing left to show. */
  if (self->cards != NULL)
    kw_today_page_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * kw_today_page_set_today:
 * @self: a page
 * @today: (nullable): the day to show, or %NULL for the real today
 *
 * Tests and screenshots show a chosen day.
 */
void
kw_today_page_set_today (KwTodayPage *self,
                         const GDate *today)
{
  g_return_if_fail (KW_IS_TODAY_PAGE (self));
  g_return_if_fail (today == NULL || g_date_valid (today));

  self->today_fixed = today != NULL;
  if (today != NULL)
    self->today = *today;
  kw_today_page_reload (self);
}
