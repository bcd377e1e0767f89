/* kw-return-page.c: the Return to Run page
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows the runner's way back, in the order they walk it: the rest
 * checklist and its dates, the readiness tests with their pass marks, the
 * walk-run level with its interval timer, the run log and, after level 10,
 * the load guard. Every rule and every word of advice comes from the core
 * (kw-return-status and friends); this page only binds them to widgets and
 * hands the runner's entries back to the store.
 *
 * Rows that always exist (rest items, tests, levels) are built once and
 * updated on reload, so a half-filled test keeps its values when another
 * one is saved.
 */

#define G_LOG_DOMAIN "kw-return-page"

#include "config.h"

#include <glib/gi18n.h>

#include "kw-assessment.h"
#include "kw-date.h"
#include "kw-interval-timer.h"
#include "kw-return-page.h"
#include "kw-return-status.h"

#define MAX_RUNS_SHOWN 10

typedef struct
{
  KwReturnPage          *page;
  const KwReadinessTest *test;
  AdwExpanderRow        *row;
  GtkLabel              *state_label;
  GtkSwitch             *done_switch;
  GtkSpinButton         *pain_spin;
  AdwComboRow           *morning_row;
  GtkSwitch             *swelling_switch;
  GtkButton             *save_button;

  /* What the inputs show; the inputs themselves are built on first
   * expansion, since most rows are never opened. */
  gboolean               built;
  gboolean               open;
  KwReadinessEntry       shown;
  gint64                 shown_attempt;
} TestRow;

typedef struct
{
  AdwActionRow *row;
  GtkLabel     *state_label;
} LevelRow;

struct _KwReturnPage
{
  GtkWidget        parent_instance;

  /* The rows are built, and the data loaded, only once the page is shown:
   * most launches never open it. */
  gboolean         built;
  gboolean         dirty;

  KwStore         *store;
  gulong           changed_id;
  GDate            today;           /* invalid: use the local date */

  /* from the last reload */
  KwWalkRunStage   stage;
  guint            level;
  gint64           attempt_id;      /* the open attempt, or 0 */
  gint64           pending_run_id;
  GArray          *runs;

  TestRow          tests[8];
  guint            n_tests;
  LevelRow         levels[KW_WALK_RUN_N_LEVELS];
  GPtrArray       *run_rows;

  /* template children */
  GtkWidget       *scroller;
  GtkLabel        *triage_label;
  GtkLabel        *step_label;
  GtkLabel        *headline_label;
  GtkWidget       *rescreen_box;
  GtkLabel        *error_label;
  AdwPreferencesGroup *rest_group;
  AdwActionRow    *rest_start_row;
  AdwActionRow    *rest_check_row;
  AdwActionRow    *rest_see_row;
  AdwPreferencesGroup *readiness_group;
  GtkButton       *start_tests_button;
  AdwActionRow    *readiness_status_row;
  AdwActionRow    *tendon_row;
  GtkSwitch       *tendon_switch;
  AdwPreferencesGroup *walk_run_group;
  AdwActionRow    *walk_run_status_row;
  KwIntervalTimer *timer;
  AdwPreferencesGroup *log_group;
  GtkSpinButton   *duration_spin;
  GtkSpinButton   *distance_spin;
  AdwActionRow    *load_guard_row;
  GtkImage        *load_guard_icon;
  GtkSpinButton   *pain_spin;
  GtkSwitch       *limp_switch;
  GtkSwitch       *swelling_switch;
  AdwPreferencesGroup *morning_group;
  AdwComboRow     *morning_row;
  GtkSwitch       *morning_swelling_switch;
  AdwPreferencesGroup *runs_group;
};

G_DEFINE_FINAL_TYPE (KwReturnPage, kw_return_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload (KwReturnPage *self);

static GDate
get_today (KwReturnPage *self)
{
  GDate today;

  if (g_date_valid (&self->today))
    return self->today;

  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();

    kw_date_set_local (&today, now);
  }
  return today;
}

static void
show_error (KwReturnPage *self,
            const char   *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static char *
with_source (const char *text,
             const char *source,
             const char *evidence)
{
  /* Translators: a piece of advice, then where it comes from and how strong
   * the evidence is, e.g. “Source: NHS trust leaflets · expert opinion” */
  return g_strdup_printf (_("%s\nSource: %s · %s"), text, source,
                          kw_return_evidence_get_label (evidence));
}

static void
set_suffix_state (GtkLabel   *label,
                  const char *text,
                  const char *css_class)
{
  static const char *classes[] = { "success", "warning", "error", "dim-label", "accent" };

  gtk_label_set_label (label, text);
  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (label), classes[i]);
  if (css_class != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (label), css_class);
}

static GtkStringList *
next_morning_model (gboolean with_unknown)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = with_unknown ? 0 : 1; i < KW_NEXT_MORNING_N_VALUES; i++)
    gtk_string_list_append (list, kw_next_morning_get_label ((KwNextMorning) i));

  return list;
}

/* Rest checklist */

static const char *
rest_kind_icon (KwRestItemKind kind)
{
  switch (kind)
    {
    case KW_REST_ITEM_KEEP:
      return "object-select-symbolic";
    case KW_REST_ITEM_STOP:
      return "media-playback-stop-symbolic";
    case KW_REST_ITEM_CROSS_TRAIN:
      return "media-playlist-repeat-symbolic";
    case KW_REST_ITEM_ICE:
      return "dialog-information-symbolic";
    case KW_REST_ITEM_EXPECT:
    default:
      return "document-open-recent-symbolic";
    }
}

static void
build_rest_rows (KwReturnPage *self)
{
  guint n = 0;
  const KwRestItem *items = kw_rest_plan_get_items (&n);

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name (rest_kind_icon (items[i].kind));
      const char *kind = kw_rest_item_kind_get_title (items[i].kind);
      const char *evidence = kw_return_evidence_get_label (items[i].evidence);
      /* Translators: what kind of advice it is (“Keep doing”), where it
       * comes from, and how strong the evidence is */
      g_autofree char *subtitle = g_strdup_printf (_("%s · Source: %s · %s"), kind,
                                                   items[i].source, evidence);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     g_dgettext (GETTEXT_PACKAGE, items[i].text));
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_widget_set_tooltip_text (icon, kind);
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, kind, -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_widget_add_css_class (row, "kw-rest-item");
      adw_preferences_group_add (self->rest_group, row);
    }
}

/* Readiness tests */

static void
on_save_test_clicked_cb (GtkButton *button,
                         TestRow   *t)
{
  KwReturnPage *self = t->page;
  g_autoptr(GError) error = NULL;
  KwReadinessEntry entry;
  GDate today = get_today (self);

  entry.test_id = t->test->id;
  entry.done = gtk_switch_get_active (t->done_switch);
  entry.pain = gtk_spin_button_get_value_as_int (t->pain_spin);
  entry.next_morning = (KwNextMorning) adw_combo_row_get_selected (t->morning_row);
  entry.new_swelling = gtk_switch_get_active (t->swelling_switch);

  if (!kw_return_record_readiness (self->store, self->attempt_id, &entry, &today, &error))
    {
      show_error (self, error->message);
      return;
    }

  show_error (self, NULL);
  adw_expander_row_set_expanded (t->row, FALSE);
}

static GtkWidget *
switch_row (const char  *title,
            GtkSwitch  **out)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *sw = gtk_switch_new ();

  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
  *out = GTK_SWITCH (sw);
  return row;
}

static void
apply_test_values (TestRow *t)
{
  if (!t->built)
    return;

  gtk_widget_set_sensitive (GTK_WIDGET (t->save_button), t->open);
  gtk_switch_set_active (t->done_switch, t->shown.done);
  gtk_spin_button_set_value (t->pain_spin, t->shown.pain);
  adw_combo_row_set_selected (t->morning_row, t->shown.next_morning);
  gtk_switch_set_active (t->swelling_switch, t->shown.new_swelling);
}

static void
build_test_inputs (TestRow *t)
{
  const char *pain_title = _("Worst pain while doing it (0–10)");
  GtkWidget *how, *pain_row, *spin, *save, *save_row;
  g_autoptr(GtkStringList) mornings = NULL;
  g_autofree char *how_text = NULL;

  if (t->built)
    return;
  t->built = TRUE;

  how = adw_action_row_new ();
  pain_row = adw_action_row_new ();
  spin = gtk_spin_button_new_with_range (0, 10, 1);
  save = gtk_button_new_with_mnemonic (_("_Save Result"));
  save_row = adw_preferences_row_new ();
  mornings = next_morning_model (TRUE);
  how_text = with_source (g_dgettext (GETTEXT_PACKAGE, t->test->how),
                          t->test->source, t->test->evidence);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (how), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (how), _("How"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (how), how_text);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (how), 0);
  adw_expander_row_add_row (t->row, how);

  adw_expander_row_add_row (t->row, switch_row (_("I managed it"), &t->done_switch));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (pain_row), pain_title);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  /* A spin button in a row is not named after the row's title. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  pain_title, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (pain_row), spin);
  t->pain_spin = GTK_SPIN_BUTTON (spin);
  adw_expander_row_add_row (t->row, pain_row);

  t->morning_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (t->morning_row), _("The next morning"));
  adw_combo_row_set_model (t->morning_row, G_LIST_MODEL (mornings));
  adw_expander_row_add_row (t->row, GTK_WIDGET (t->morning_row));

  adw_expander_row_add_row (t->row, switch_row (_("New swelling"), &t->swelling_switch));

  t->save_button = GTK_BUTTON (save);
  gtk_widget_set_halign (save, GTK_ALIGN_END);
  gtk_widget_set_margin_top (save, 6);
  gtk_widget_set_margin_bottom (save, 6);
  gtk_widget_set_margin_end (save, 12);
  gtk_widget_add_css_class (save, "suggested-action");
  g_signal_connect (save, "clicked", G_CALLBACK (on_save_test_clicked_cb), t);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (save_row), FALSE);
  /* Only the button is a Tab stop: the row around it has nothing to say. */
  gtk_widget_set_focusable (save_row, FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (save_row), save);
  adw_expander_row_add_row (t->row, save_row);

  apply_test_values (t);
}

static void
on_test_expanded_cb (AdwExpanderRow *row,
                     GParamSpec     *pspec,
                     TestRow        *t)
{
  if (adw_expander_row_get_expanded (row))
    build_test_inputs (t);
}

static void
build_test_rows (KwReturnPage *self)
{
  guint n = 0;
  const KwReadinessTest *tests = kw_readiness_get_tests (&n);

  g_assert (n <= G_N_ELEMENTS (self->tests));
  self->n_tests = n;

  for (guint i = 0; i < n; i++)
    {
      TestRow *t = &self->tests[i];
      GtkWidget *state = gtk_label_new (NULL);
      /* Translators: test number, then its name */
      g_autofree char *title = g_strdup_printf (_("%u. %s"), i + 1,
                                                g_dgettext (GETTEXT_PACKAGE, tests[i].title));

      t->page = self;
      t->test = &tests[i];
      t->shown.test_id = tests[i].id;
      t->shown.done = TRUE;
      t->row = ADW_EXPANDER_ROW (adw_expander_row_new ());
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (t->row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (t->row), title);
      adw_expander_row_set_subtitle (t->row, g_dgettext (GETTEXT_PACKAGE, tests[i].pass_mark));
      g_signal_connect (t->row, "notify::expanded", G_CALLBACK (on_test_expanded_cb), t);

      t->state_label = GTK_LABEL (state);
      gtk_widget_add_css_class (state, "caption-heading");
      adw_expander_row_add_action (t->row, state);

      adw_preferences_group_add (self->readiness_group, GTK_WIDGET (t->row));
    }
}

static void
update_tests (KwReturnPage         *self,
              const KwReturnStatus *status)
{
  const KwReadinessAttempt *attempt = status->attempt;
  gboolean open = self->attempt_id != 0;
  gboolean tendinopathy = attempt != NULL ? attempt->tendinopathy
                                          : gtk_switch_get_active (self->tendon_switch);

  for (guint i = 0; i < self->n_tests; i++)
    {
      TestRow *t = &self->tests[i];
      const KwReadinessEntry *entry = NULL;

      /* Once the program is open the passed tests only take room. */
      gtk_widget_set_visible (GTK_WIDGET (t->row),
                              kw_readiness_test_applies (t->test, tendinopathy) &&
                              !g_date_valid (&status->unlocked));
      t->open = open;
      if (t->built)
        gtk_widget_set_sensitive (GTK_WIDGET (t->save_button), open);

      for (guint j = 0; attempt != NULL && j < attempt->entries->len; j++)
        if (g_str_equal (g_array_index (attempt->entries, KwReadinessEntry, j).test_id,
                         t->test->id))
          entry = &g_array_index (attempt->entries, KwReadinessEntry, j);

      /* Inputs change only when what is saved changes, so typing in one row
       * survives saving another. */
      if (entry == NULL)
        {
          set_suffix_state (t->state_label, open ? _("To do") : "", "dim-label");
          if (t->shown_attempt != self->attempt_id)
            {
              /* A fresh attempt starts from “done, no pain”. */
              t->shown_attempt = self->attempt_id;
              t->shown.done = TRUE;
              t->shown.pain = 0;
              t->shown.next_morning = KW_NEXT_MORNING_UNKNOWN;
              t->shown.new_swelling = FALSE;
              apply_test_values (t);
            }
          continue;
        }

      if (t->shown_attempt != self->attempt_id ||
          t->shown.done != entry->done || t->shown.pain != entry->pain ||
          t->shown.next_morning != entry->next_morning ||
          t->shown.new_swelling != entry->new_swelling)
        {
          t->shown_attempt = self->attempt_id;
          t->shown = *entry;
          apply_test_values (t);
        }

      if (kw_readiness_entry_passes (entry, NULL))
        set_suffix_state (t->state_label, _("Passed"), "success");
      else if (entry->done && entry->pain <= t->test->max_pain && !entry->new_swelling &&
               entry->next_morning == KW_NEXT_MORNING_UNKNOWN)
        set_suffix_state (t->state_label, _("Next morning?"), "warning");
      else
        set_suffix_state (t->state_label, _("Not yet"), "error");
    }
}

/* Walk-run levels */

static void
build_level_rows (KwReturnPage *self)
{
  for (guint i = 0; i < KW_WALK_RUN_N_LEVELS; i++)
    {
      LevelRow *l = &self->levels[i];
      g_autofree char *title = g_strdup_printf (_("Level %u"), i + 1);
      g_autofree char *session = kw_walk_run_level_describe (i + 1);
      GtkWidget *state = gtk_label_new (NULL);

      l->row = ADW_ACTION_ROW (adw_action_row_new ());
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (l->row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (l->row), title);
      adw_action_row_set_subtitle (l->row, session);
      l->state_label = GTK_LABEL (state);
      gtk_widget_add_css_class (state, "caption-heading");
      adw_action_row_add_suffix (l->row, state);
      adw_preferences_group_add (self->walk_run_group, GTK_WIDGET (l->row));
    }
}

static void
update_levels (KwReturnPage         *self,
               const KwReturnStatus *status)
{
  const KwWalkRunState *wr = &status->walk_run;
  g_autofree char *next = NULL;

  if (g_date_valid (&wr->next_date))
    next = kw_date_format (&wr->next_date);

  for (guint i = 0; i < KW_WALK_RUN_N_LEVELS; i++)
    {
      LevelRow *l = &self->levels[i];
      guint level = i + 1;

      g_autofree char *session = kw_walk_run_level_describe (level);

      gtk_widget_remove_css_class (GTK_WIDGET (l->row), "kw-current-level");
      adw_action_row_set_subtitle (l->row, session);

      if (wr->stage == KW_WALK_RUN_LOCKED || wr->stage == KW_WALK_RUN_STOPPED)
        set_suffix_state (l->state_label, _("Locked"), "dim-label");
      else if (wr->stage == KW_WALK_RUN_COMPLETE || level < wr->level)
        set_suffix_state (l->state_label, _("Done"), "success");
      else if (level == wr->level)
        {
          /* Translators: %s is a date */
          g_autofree char *when = g_strdup_printf (_("Next: %s"), next);

          /* Translators: the session, then how many green sessions of the
           * two needed to move up are done, e.g. “…, 30 min · 1 of 2 green” */
          g_autofree char *progress = g_strdup_printf (_("%s · %u of %d green"), session,
                                                       wr->greens,
                                                       KW_WALK_RUN_GREENS_TO_MOVE_UP);

          set_suffix_state (l->state_label, when, "accent");
          adw_action_row_set_subtitle (l->row, progress);
          gtk_widget_add_css_class (GTK_WIDGET (l->row), "kw-current-level");
        }
      else
        set_suffix_state (l->state_label, _("Locked"), "dim-label");

      gtk_widget_set_sensitive (GTK_WIDGET (l->row),
                                wr->stage != KW_WALK_RUN_LOCKED && level <= wr->level);
    }
}

/* Runs */

static void
update_runs (KwReturnPage         *self,
             const KwReturnStatus *status)
{
  guint shown = 0;

  for (guint i = 0; i < self->run_rows->len; i++)
    adw_preferences_group_remove (self->runs_group, g_ptr_array_index (self->run_rows, i));
  g_ptr_array_set_size (self->run_rows, 0);

  for (guint i = status->runs->len; i > 0 && shown < MAX_RUNS_SHOWN; i--, shown++)
    {
      const KwRunLog *run = &g_array_index (status->runs, KwRunLog, i - 1);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *zone_label = gtk_label_new (NULL);
      g_autofree char *day = kw_date_format (&run->date);
      g_autofree char *title = NULL;
      g_autofree char *distance = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *why = NULL;
      KwRunZone zone = kw_run_zone (run, &why);
      static const char *zone_classes[] = { "warning", "success", "warning", "error" };

      if (run->level > 0)
        /* Translators: a date, then a walk-run level */
        title = g_strdup_printf (_("%s · level %u"), day, run->level);
      else
        title = g_strdup_printf (_("%s · run"), day);
      distance = run->distance_m > 0 ? kw_format_distance (run->distance_m)
                                     : g_strdup (_("distance not measured"));
      /* Translators: minutes, a distance, then how the knee did */
      subtitle = g_strdup_printf (_("%u min · %s · %s"), run->duration_s / 60, distance, why);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_label_set_label (GTK_LABEL (zone_label), kw_run_zone_get_label (zone));
      gtk_widget_add_css_class (zone_label, "caption-heading");
      gtk_widget_add_css_class (zone_label, zone_classes[zone]);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), zone_label);

      adw_preferences_group_add (self->runs_group, row);
      g_ptr_array_add (self->run_rows, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->runs_group), status->runs->len > 0);
  adw_preferences_group_set_description (self->runs_group,
                                         status->runs->len > 0 ? status->weekly.reason : NULL);
}

static void
update_load_guard (KwReturnPage *self)
{
  guint distance_m = (guint) (gtk_spin_button_get_value (self->distance_spin) * 1000 + 0.5);
  GDate today = get_today (self);
  KwRunCheck check;

  if (self->stage != KW_WALK_RUN_COMPLETE || self->runs == NULL || distance_m == 0)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->load_guard_row), FALSE);
      return;
    }

  kw_load_guard_check_run ((const KwRunLog *) self->runs->data, self->runs->len, &today,
                           distance_m, 0, &check);
  adw_action_row_set_subtitle (self->load_guard_row, check.reason);
  gtk_image_set_from_icon_name (self->load_guard_icon,
                                check.warn ? "dialog-warning-symbolic" : "object-select-symbolic");
  /* The icon says warning or fine: say it in words too. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->load_guard_icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  check.warn ? _("Warning") : _("Fine"),
                                  -1);
  if (check.warn)
    gtk_widget_add_css_class (GTK_WIDGET (self->load_guard_row), "kw-load-warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->load_guard_row), "kw-load-warning");
  gtk_widget_set_visible (GTK_WIDGET (self->load_guard_row), TRUE);
  kw_run_check_clear (&check);
}

static void
on_distance_changed_cb (KwReturnPage *self)
{
  update_load_guard (self);
}

static void
on_timer_finished_cb (KwReturnPage *self)
{
  /* Offer what the timer measured, rounded to whole minutes. */
  gtk_spin_button_set_value (self->duration_spin,
                             (kw_interval_timer_get_elapsed (self->timer) + 30) / 60);
}

static void
on_save_run_clicked_cb (KwReturnPage *self)
{
  g_autoptr(GError) error = NULL;
  KwRunLog run = { 0, };

  run.date = get_today (self);
  run.level = self->stage == KW_WALK_RUN_COMPLETE ? 0 : self->level;
  run.duration_s = (guint) gtk_spin_button_get_value_as_int (self->duration_spin) * 60;
  run.distance_m = (guint) (gtk_spin_button_get_value (self->distance_spin) * 1000 + 0.5);
  run.pain_during = gtk_spin_button_get_value_as_int (self->pain_spin);
  run.next_morning = KW_NEXT_MORNING_UNKNOWN;
  run.swelling = gtk_switch_get_active (self->swelling_switch);
  run.limp = gtk_switch_get_active (self->limp_switch);

  if (kw_return_log_run (self->store, &run, &error) == 0)
    {
      show_error (self, error->message);
      return;
    }

  show_error (self, NULL);
  kw_interval_timer_reset (self->timer);
  gtk_switch_set_active (self->limp_switch, FALSE);
  gtk_switch_set_active (self->swelling_switch, FALSE);
}

static void
on_save_morning_clicked_cb (KwReturnPage *self)
{
  g_autoptr(GError) error = NULL;
  KwNextMorning answer = (KwNextMorning) (adw_combo_row_get_selected (self->morning_row) + 1);

  if (!kw_return_set_next_morning (self->store, self->pending_run_id, answer,
                                   gtk_switch_get_active (self->morning_swelling_switch),
                                   &error))
    {
      show_error (self, error->message);
      return;
    }

  show_error (self, NULL);
  gtk_switch_set_active (self->morning_swelling_switch, FALSE);
}

static void
on_start_tests_clicked_cb (KwReturnPage *self)
{
  g_autoptr(GError) error = NULL;
  GDate today = get_today (self);

  if (kw_return_begin_readiness (self->store, &today,
                                 gtk_switch_get_active (self->tendon_switch), &error) == 0)
    {
      show_error (self, error->message);
      return;
    }

  show_error (self, NULL);
}

/* Everything */

static void
update_rest (KwReturnPage         *self,
             const KwReturnStatus *status)
{
  gboolean has_dates = g_date_valid (&status->rest.start) && status->rest_open;
  gboolean show = has_dates || status->step == KW_RETURN_STEP_NONE;

  gtk_widget_set_visible (GTK_WIDGET (self->rest_group), show);
  gtk_widget_set_visible (GTK_WIDGET (self->rest_start_row), has_dates);
  gtk_widget_set_visible (GTK_WIDGET (self->rest_check_row), has_dates);
  gtk_widget_set_visible (GTK_WIDGET (self->rest_see_row), has_dates);

  if (has_dates)
    {
      g_autofree char *start = kw_date_format (&status->rest.start);
      g_autofree char *check = kw_date_format (&status->rest.reassess);
      g_autofree char *see = kw_date_format (&status->rest.see_someone);
      /* Translators: %s is a date, in all three */
      g_autofree char *start_title = g_strdup_printf (_("Resting from running since %s"), start);
      g_autofree char *check_title = g_strdup_printf (_("Check again on %s"), check);
      g_autofree char *see_title = g_strdup_printf (_("See a physio or doctor by %s"), see);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rest_start_row), start_title);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rest_check_row), check_title);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rest_see_row), see_title);
      adw_preferences_group_set_description (self->rest_group, NULL);
    }
  else
    adw_preferences_group_set_description (self->rest_group,
                                           _("If the assessment tells you to rest from "
                                             "running, this is what to do."));
}

static void
update_readiness (KwReturnPage         *self,
                  const KwReturnStatus *status)
{
  gboolean walk_run = status->step == KW_RETURN_STEP_WALK_RUN ||
                      status->step == KW_RETURN_STEP_RUNNING;
  gboolean can_start;

  self->attempt_id = 0;
  if (status->attempt != NULL &&
      status->readiness.verdict != KW_READINESS_PASSED &&
      status->readiness.verdict != KW_READINESS_FAILED)
    self->attempt_id = status->attempt->id;

  can_start = self->attempt_id == 0 && !walk_run;
  gtk_widget_set_visible (GTK_WIDGET (self->start_tests_button), can_start);
  /* While resting the tests wait for the check date. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->start_tests_button),
                            status->step != KW_RETURN_STEP_RESTING);
  gtk_widget_set_visible (GTK_WIDGET (self->tendon_row), can_start);

  /* Not twice: the headline may already say it. */
  gtk_widget_set_visible (GTK_WIDGET (self->readiness_status_row),
                          status->headline != status->readiness.reason);
  if (status->attempt != NULL)
    adw_action_row_set_subtitle (self->readiness_status_row, status->readiness.reason);
  else
    adw_action_row_set_subtitle (self->readiness_status_row,
                                 _("Not started. Start when the check date comes, after "
                                   "the warning-sign questions."));

  update_tests (self, status);
}

static void
update_walk_run (KwReturnPage         *self,
                 const KwReturnStatus *status)
{
  const KwWalkRunState *wr = &status->walk_run;
  gboolean active = wr->stage == KW_WALK_RUN_ACTIVE;
  gboolean logging = active || wr->stage == KW_WALK_RUN_COMPLETE;

  self->stage = wr->stage;
  self->level = wr->level;

  gtk_widget_set_visible (GTK_WIDGET (self->walk_run_status_row),
                          status->headline != wr->reason);
  adw_action_row_set_subtitle (self->walk_run_status_row, wr->reason);
  update_levels (self, status);

  gtk_widget_set_visible (GTK_WIDGET (self->timer), active);
  if (active && !kw_interval_timer_get_running (self->timer))
    kw_interval_timer_set_level (self->timer, wr->level);

  gtk_widget_set_visible (GTK_WIDGET (self->log_group), logging);
  if (active && !kw_interval_timer_get_finished (self->timer))
    gtk_spin_button_set_value (self->duration_spin,
                               KW_WALK_RUN_WARM_UP_MIN +
                               kw_walk_run_get_level (wr->level)->total_min);
  if (wr->stage == KW_WALK_RUN_COMPLETE)
    {
      GDate today = get_today (self);
      g_autofree char *text = NULL;
      KwRunCheck check;

      kw_load_guard_check_run ((const KwRunLog *) status->runs->data, status->runs->len,
                               &today, 0, 0, &check);
      if (check.has_basis)
        {
          g_autofree char *limit = kw_format_distance (check.limit_m / 100 * 100);

          /* Translators: %s is a distance */
          text = g_strdup_printf (_("Each run is checked against your longest run of the "
                                    "last 30 days: up to %s today."), limit);
        }
      else
        text = g_strdup (_("Each run is checked against your longest run of the last 30 "
                           "days; log distances to get the check."));
      adw_preferences_group_set_description (self->log_group, text);
      kw_run_check_clear (&check);
    }
  else
    adw_preferences_group_set_description (self->log_group, NULL);

  /* The next-morning question for the last run. */
  self->pending_run_id = status->pending_run_id;
  gtk_widget_set_visible (GTK_WIDGET (self->morning_group), status->pending_run_id != 0);
  if (status->pending_run_id != 0)
    {
      for (guint i = 0; i < status->runs->len; i++)
        {
          const KwRunLog *run = &g_array_index (status->runs, KwRunLog, i);

          if (run->id == status->pending_run_id)
            {
              g_autofree char *day = kw_date_format (&run->date);
              /* Translators: %s is a date */
              g_autofree char *question = g_strdup_printf (_("How is the knee the morning "
                                                             "after your run on %s?"), day);

              adw_preferences_group_set_description (self->morning_group, question);
            }
        }
    }
}

static void
reload (KwReturnPage *self)
{
  g_autoptr(GError) error = NULL;
  KwReturnStatus status;
  GDate today = get_today (self);

  self->dirty = FALSE;
  g_clear_pointer (&self->runs, g_array_unref);

  if (self->store == NULL || !kw_return_status_load (self->store, &today, &status, &error))
    {
      gtk_label_set_label (self->step_label, _("Return to Run"));
      gtk_label_set_label (self->headline_label,
                           error != NULL ? error->message : _("Your data is not open yet."));
      self->stage = KW_WALK_RUN_LOCKED;
      self->attempt_id = 0;
      self->pending_run_id = 0;
      gtk_widget_set_sensitive (GTK_WIDGET (self->readiness_group), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->timer), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->log_group), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->morning_group), FALSE);
      return;
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->readiness_group), TRUE);
  gtk_label_set_label (self->step_label, kw_return_step_get_title (status.step));
  gtk_label_set_label (self->headline_label, status.headline);
  gtk_widget_set_visible (self->rescreen_box, status.rescreen_red_flags);

  update_rest (self, &status);
  update_readiness (self, &status);
  update_walk_run (self, &status);
  update_runs (self, &status);

  self->runs = g_array_ref (status.runs);
  update_load_guard (self);

  kw_return_status_clear (&status);
}

/* Now if the runner can see it, else when they next do. */
static void
reload_when_shown (KwReturnPage *self)
{
  if (self->built && gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
  else
    self->dirty = TRUE;
}

/* The latest assessment: shown on top, starts a rest period when it says
 * rest-and-rehab, and tells whether the tendon test applies. */
static void
follow_assessment (KwReturnPage *self)
{
  g_autoptr(KwAssessment) latest = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  latest = kw_assessment_load_latest (self->store, &error);
  if (error == NULL)
    kw_return_follow_assessment (self->store, latest, NULL, &error);
  if (error != NULL)
    show_error (self, error->message);

  gtk_widget_set_visible (GTK_WIDGET (self->triage_label), latest != NULL);
  if (latest != NULL)
    {
      GDate given;
      g_autofree char *when = NULL;
      g_autofree char *text = NULL;

      kw_date_set_local (&given, kw_assessment_get_created (latest));
      when = kw_date_format (&given);
      /* Translators: the date of the last assessment, then its result */
      text = g_strdup_printf (_("Assessment of %s: %s"), when,
                              kw_triage_get_title (kw_assessment_get_triage (latest)));
      gtk_label_set_label (self->triage_label, text);
      gtk_switch_set_active (self->tendon_switch,
                             kw_return_points_to_tendinopathy (latest));
    }
}

static void
on_store_changed_cb (KwStore      *store,
                     const char   *what,
                     KwReturnPage *self)
{
  if (g_strcmp0 (what, "assessments") == 0)
    follow_assessment (self);
  else if (g_strcmp0 (what, "return-to-run") == 0)
    reload_when_shown (self);
}

static void
kw_return_page_map (GtkWidget *widget)
{
  KwReturnPage *self = KW_RETURN_PAGE (widget);

  if (!self->built)
    {
      build_rest_rows (self);
      build_test_rows (self);
      build_level_rows (self);
      self->built = TRUE;
      self->dirty = TRUE;
    }
  if (self->dirty)
    reload (self);

  GTK_WIDGET_CLASS (kw_return_page_parent_class)->map (widget);
}

static void
kw_return_page_dispose (GObject *object)
{
  KwReturnPage *self = KW_RETURN_PAGE (object);

  kw_return_page_set_store (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KW_TYPE_RETURN_PAGE);

  G_OBJECT_CLASS (kw_return_page_parent_class)->dispose (object);
}

static void
kw_return_page_finalize (GObject *object)
{
  KwReturnPage *self = KW_RETURN_PAGE (object);

  g_clear_pointer (&self->runs, g_array_unref);
  g_clear_pointer (&self->run_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (kw_return_page_parent_class)->finalize (object);
}

static void
kw_return_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KwReturnPage *self = KW_RETURN_PAGE (object);

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
kw_return_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  KwReturnPage *self = KW_RETURN_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      kw_return_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kw_return_page_class_init (KwReturnPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kw_return_page_dispose;
  object_class->finalize = kw_return_page_finalize;
  object_class->get_property = kw_return_page_get_property;
  object_class->set_property = kw_return_page_set_property;

  widget_class->map = kw_return_page_map;

  /**
   * KwReturnPage:store:
   *
   * The store to show and write to; %NULL until it is open.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         KW_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KW_TYPE_INTERVAL_TIMER);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/kw-return-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KwReturnPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, KwReturnPage, triage_label);
  gtk_widget_class_bind_template_child (widget_class, KwReturnPage, step_label);
  gtk_widget_class_bind_template_child (widget_class, KwReturnPage, headline_label);
  gtk_widget_class_bind_template_child (widget_class, KwReturnPage, rescreen_box);
  gtk_widget_class_bind_template_child (widget_class, KwReturnPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, KwReturnPage, rest_group);
  gtk_widget_class_bind_template_child (widget_class, KwReturnPage, rest_start_row);
  gtk_widget_class_bind_template_child (widget_class, KwReturnPage, rest_check_row);
  gtk_widget_class_bind_template_child (widget_class, KwReturnPage, rest_see_row);
  gtk_widget_class_bind_template_child (widget_class, KwReturnPage, readiness_group);
  gtk_widget_class_bind_template_child (widget_class, KwReturnPage, start_tests_button);
  gtk_widget_class_bind_template_child (widget_class, KwReturnPage, readiness_status_row);
  gtk_widget_class_bind_template_child (widget_class, KwReturnPage, tendon_row);
  gtk_widget_class_bind_template_child (widget_class, KwReturnPage, tendon_switch);
  gtk_widget_class_bind_template_child (widget_class, KwReturnPage, walk_run_group);
  gtk_widget_class_bind_template_child (widget_class, KwReturnPage, walk_run_status_row);
  gtk_widget_class_bind_template_child (widget_class, KwReturnPage, timer);
  gtk_widget_class_bind_template_child (widget_class, KwReturnPage, log_group);
  gtk_widget_class_bind_template_child (widget_class, KwReturnPage, duration_spin);
  gtk_widget_class_bind_template_child (widget_class, KwReturnPage, distance_spin);
  gtk_widget_class_bind_template_child (widget_class, KwReturnPage, load_guard_row);
  gtk_widget_class_bind_template_child (widget_class, KwReturnPage, load_guard_icon);
  gtk_widget_class_bind_template_child (widget_class, KwReturnPage, pain_spin);
  gtk_widget_class_bind_template_child (widget_class, KwReturnPage, limp_switch);
  gtk_widget_class_bind_template_child (widget_class, KwReturnPage, swelling_switch);
  gtk_widget_class_bind_template_child (widget_class, KwReturnPage, morning_group);
  gtk_widget_class_bind_template_child (widget_class, KwReturnPage, morning_row);
  gtk_widget_class_bind_template_child (widget_class, KwReturnPage, morning_swelling_switch);
  gtk_widget_class_bind_template_child (widget_class, KwReturnPage, runs_group);
  gtk_widget_class_bind_template_callback (widget_class, on_start_tests_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_distance_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_timer_finished_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_run_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_morning_clicked_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
kw_return_page_init (KwReturnPage *self)
{
  g_autoptr(GtkStringList) mornings = next_morning_model (FALSE);

  gtk_widget_init_template (GTK_WIDGET (self));

  g_date_clear (&self->today, 1);
  self->run_rows = g_ptr_array_new ();
  adw_combo_row_set_model (self->morning_row, G_LIST_MODEL (mornings));
  self->dirty = TRUE;
}

GtkWidget *
kw_return_page_new (void)
{
  return g_object_new (KW_TYPE_RETURN_PAGE, NULL);
}

KwStore *
kw_return_page_get_store (KwReturnPage *self)
{
  g_return_val_if_fail (KW_IS_RETURN_PAGE (self), NULL);

  return self->store;
}

/**
 * kw_return_page_set_store:
 * @store: (nullable): the open store
 */
void
kw_return_page_set_store (KwReturnPage *self,
                          KwStore      *store)
{
  g_return_if_fail (KW_IS_RETURN_PAGE (self));
  g_return_if_fail (store == NULL || KW_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_set_object (&self->store, store);
  if (store != NULL)
    self->changed_id = g_signal_connect (store, "changed",
                                         G_CALLBACK (on_store_changed_cb), self);

  /* Not while disposing: the template children are already gone. */
  if (self->step_label != NULL)
    {
      follow_assessment (self);
      reload_when_shown (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * kw_return_page_set_today:
 * @today: (nullable): the day to show the page for, or %NULL for the real
 *   local date
 *
 * Dates are injected in tests; the app never sets this.
 */
void
kw_return_page_set_today (KwReturnPage *self,
                          const GDate  *today)
{
  g_return_if_fail (KW_IS_RETURN_PAGE (self));

  if (today != NULL && g_date_valid (today))
    self->today = *today;
  else
    g_date_clear (&self->today, 1);

  reload_when_shown (self);
}
