/* kw-assessment-page.c: the step-by-step assessment, its result and history
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The wizard only collects KwAnswers; the result is whatever the core engine
 * (kw_assessment_new()) says, so the app, the CLI and the tests agree. The
 * questions are built from the answers schema, in the core's words.
 */

#define G_LOG_DOMAIN "kw-assessment-page"

#include "config.h"

#include <glib/gi18n.h>

#include "kw-assessment-page.h"
#include "kw-condition.h"
#include "kw-red-flag.h"
#include "kw-widget-util.h"

typedef struct
{
  const char *name;
  const char *title;   /* N_() */
  const char *intro;   /* N_() */
} Step;

static const Step steps[] = {
  { "where", N_("Where does it hurt?"),
    N_("Click or tap every place that hurts, on the front or the back. With the keyboard, "
       "use the arrow keys to move and Space to mark. This drawing is a right knee; for the "
       "left knee, outside and inside swap sides.") },
  { "feel", N_("How does it feel?"), NULL },
  { "when", N_("When does it hurt?"), N_("Choose everything that makes it worse.") },
  { "more", N_("How long, and how much?"), NULL },
  { "safety", N_("A few safety questions"),
    N_("These check for signs that need a doctor rather than exercises. Answer them even if "
       "they seem unlikely.") },
  { "safety-more", N_("More safety questions"), NULL },
  { "health", N_("Your health"),
    N_("Rarely, knee pain comes from something elsewhere in the body. These questions "
       "look for that.") },
};

#define N_STEPS G_N_ELEMENTS (steps)

/* The red-flag questions, four to a step: the knee itself, then the body,
 * then general health. */
static const char * const safety_keys[] = {
  "can-walk-4-steps", "locked", "giving-way", "deformity",
  "fever", "calf-swelling", "bony-tenderness", "getting-worse",
  "long-morning-stiffness", "weight-loss-or-cancer", "periods-or-bone-injuries",
  "hip-or-thigh-pain",
};

G_STATIC_ASSERT (G_N_ELEMENTS (safety_keys) == 3 * 4);

struct _KwAssessmentPage
{
  AdwBin        parent_instance;

  KwStore      *store;
  gulong        store_changed_id;
  KwAssessment *shown;
  GHashTable   *inputs;    /* "key" or "key:value" → its widget */
  guint         step;
  KwKneeMap    *map;
  GtkWidget    *banner;

  /* template children */
  GtkStack     *stack;
  GtkStack     *steps;
  GtkLabel     *step_label;
  GtkLabel     *step_title;
  GtkButton    *back_button;
  GtkButton    *next_button;
  GtkLabel     *hint_label;
  GtkBox       *result_box;
  GtkScrolledWindow *result_scroller;
  GtkListBox   *history_list;
  GtkLabel     *history_empty;
};

G_DEFINE_FINAL_TYPE (KwAssessmentPage, kw_assessment_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------------ */
/* Building the questions                                                   */

static GtkWidget *
new_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
register_input (KwAssessmentPage *self,
                GtkWidget        *widget,
                const char       *name)
{
  gtk_widget_set_name (widget, name);
  g_hash_table_insert (self->inputs, g_strdup (name), widget);
}

static GtkWidget *
add_group (GtkWidget  *box,
           const char *title,
           const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_box_append (GTK_BOX (box), group);
  return group;
}

/* A list key as check boxes, or a choice key as radio buttons. */
static void
add_values_group (KwAssessmentPage *self,
                  GtkWidget        *box,
                  const char       *key,
                  const char       *description)
{
  GtkWidget *group = add_group (box, kw_answers_key_get_label (key), description);
  const char * const *values = kw_answers_key_get_values (key);
  KwAnswersKind kind;
  GtkCheckButton *first = NULL;

  kw_answers_key_get_kind (key, &kind);
  for (guint i = 0; values[i] != NULL; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      g_autofree char *name = g_strconcat (key, ":", values[i], NULL);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     kw_answers_value_get_label (key, values[i]));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      kw_answers_value_get_label (key, values[i]), -1);
      if (kind == KW_ANSWERS_KIND_CHOICE)
        {
          if (first == NULL)
            first = GTK_CHECK_BUTTON (check);
          else
            gtk_check_button_set_group (GTK_CHECK_BUTTON (check), first);
        }
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      register_input (self, check, name);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

static void
add_switch_row (KwAssessmentPage *self,
                GtkWidget        *group,
                const char       *key,
                const char       *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), kw_answers_key_get_label (key));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  kw_answers_key_get_label (key), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  register_input (self, toggle, key);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

static void
add_spin_row (KwAssessmentPage *self,
              GtkWidget        *group,
              const char       *key,
              const char       *subtitle,
              int               max)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin;
  int min;

  kw_answers_key_get_range (key, &min, NULL);
  spin = gtk_spin_button_new_with_range (min, max, 1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), kw_answers_key_get_label (key));
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  kw_answers_key_get_label (key), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  register_input (self, spin, key);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

static GtkWidget *
new_step_box (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);

  return box;
}

static void
on_map_changed_cb (KwAssessmentPage *self)
{
  gtk_label_set_text (self->hint_label, "");
}

static void
build_steps (KwAssessmentPage *self)
{
  GtkWidget *box, *group;

  for (guint i = 0; i < N_STEPS; i++)
    {
      box = new_step_box ();
      if (steps[i].intro != NULL)
        gtk_box_append (GTK_BOX (box), new_label (_(steps[i].intro), NULL));

      switch (i)
        {
        case 0:
          self->map = KW_KNEE_MAP (kw_knee_map_new ());
          gtk_widget_set_halign (GTK_WIDGET (self->map), GTK_ALIGN_CENTER);
          g_signal_connect_swapped (self->map, "changed", G_CALLBACK (on_map_changed_cb), self);
          gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->map));
          break;
        case 1:
          add_values_group (self, box, "feel", _("Choose all that fit."));
          add_values_group (self, box, "onset", NULL);
          break;
        case 2:
          add_values_group (self, box, "worse-with", NULL);
          break;
        case 3:
          group = add_group (box, _("Duration and pain"), NULL);
          add_spin_row (self, group, "days", NULL, 3650);
          add_spin_row (self, group, "pain-now", NULL, 10);
          add_spin_row (self, group, "pain-running", _("The worst it gets during a run"), 10);
          add_spin_row (self, group, "age",
                        _("Leave at 0 if you would rather not say; after an injury "
                          "Kneewise then plays safe"),
                        120);
          group = add_group (box, _("After running"), NULL);
          add_switch_row (self, group, "settles-within-48h", NULL);
          add_switch_row (self, group, "limping", NULL);
          add_values_group (self, box, "swelling", NULL);
          break;
        case 4:
        case 5:
        case 6:
          group = add_group (box, NULL, NULL);
          for (guint k = (i - 4) * 4; k < (i - 3) * 4; k++)
            add_switch_row (self, group, safety_keys[k], NULL);
          break;
        default:
          g_assert_not_reached ();
        }

      gtk_stack_add_named (self->steps, box, steps[i].name);
    }
}

static void reset_inputs (KwAssessmentPage *self);

/* The seven steps hold some eighty widgets. Most starts show the history,
 * not the wizard, so they are built the first time something needs them
 * rather than on the start-up path. */
static void
ensure_steps (KwAssessmentPage *self)
{
  if (self->map != NULL)
    return;

  build_steps (self);
  reset_inputs (self);
}

static void
reset_inputs (KwAssessmentPage *self)
{
  g_autoptr(KwAnswers) defaults = kw_answers_new ();
  GHashTableIter iter;
  gpointer key, value;

  kw_knee_map_clear (self->map);
  g_hash_table_iter_init (&iter, self->inputs);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (GTK_IS_CHECK_BUTTON (value))
        gtk_check_button_set_active (value, FALSE);
      else if (GTK_IS_SWITCH (value))
        gtk_switch_set_active (value, kw_answers_get_flag (defaults, key));
      else if (GTK_IS_SPIN_BUTTON (value))
        gtk_spin_button_set_value (value, 0);
    }
}

/* The answers as the widgets hold them. Unanswered stays unanswered: no
 * list, choice or flag is written unless the runner changed it, so the
 * engine treats it exactly as a file without that key. */
static KwAnswers *
collect_answers (KwAssessmentPage *self)
{
  KwAnswers *answers = kw_answers_new ();
  g_autoptr(KwAnswers) defaults = kw_answers_new ();
  const char * const *keys = kw_answers_get_keys ();

  for (guint k = 0; keys[k] != NULL; k++)
    {
      KwAnswersKind kind;
      GtkWidget *widget;

      kw_answers_key_get_kind (keys[k], &kind);
      switch (kind)
        {
        case KW_ANSWERS_KIND_LIST:
        case KW_ANSWERS_KIND_CHOICE:
          for (const char * const *v = kw_answers_key_get_values (keys[k]); *v != NULL; v++)
            {
              gboolean on;

              if (g_str_equal (keys[k], "locations"))
                on = kw_knee_map_get_selected (self->map, *v);
              else
                {
                  g_autofree char *name = g_strconcat (keys[k], ":", *v, NULL);
                  widget = g_hash_table_lookup (self->inputs, name);
                  g_assert (widget != NULL);
                  on = gtk_check_button_get_active (GTK_CHECK_BUTTON (widget));
                }
              if (!on)
                continue;
              if (kind == KW_ANSWERS_KIND_LIST)
                kw_answers_set_item (answers, keys[k], *v, TRUE);
              else
                kw_answers_set_choice (answers, keys[k], *v);
            }
          break;

        case KW_ANSWERS_KIND_FLAG:
          widget = g_hash_table_lookup (self->inputs, keys[k]);
          if (widget != NULL)
            {
              gboolean on = gtk_switch_get_active (GTK_SWITCH (widget));

              if (on != kw_answers_get_flag (defaults, keys[k]))
                kw_answers_set_flag (answers, keys[k], on);
            }
          break;

        case KW_ANSWERS_KIND_NUMBER:
          {
            int value;

            widget = g_hash_table_lookup (self->inputs, keys[k]);
            g_assert (widget != NULL);
            value = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (widget));
            /* 0 years is "would rather not say". */
            if (!(g_str_equal (keys[k], "age") && value == 0))
              kw_answers_set_number (answers, keys[k], value);
            break;
          }

        default:
          g_assert_not_reached ();
        }
    }

  return answers;
}

/* ------------------------------------------------------------------------ */
/* The result                                                               */

static GtkWidget *
evidence_badge (KwEvidence evidence)
{
  GtkWidget *badge = gtk_label_new (kw_evidence_get_label (evidence));
  g_autofree char *tag = g_ascii_strdown (kw_evidence_get_tag (evidence), -1);
  g_autofree char *css = g_strconcat ("evidence-", tag, NULL);

  gtk_widget_add_css_class (badge, "evidence-badge");
  gtk_widget_add_css_class (badge, css);
  gtk_widget_set_halign (badge, GTK_ALIGN_START);
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  return badge;
}

static GtkWidget *
source_row (const KwSource *source)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  g_autofree char *cite = g_strdup_printf ("— %s", source->citation);

  gtk_box_append (GTK_BOX (box), new_label (kw_source_get_claim (source), NULL));
  {
    GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
    GtkWidget *citation = new_label (cite, "dim-label");

    gtk_box_append (GTK_BOX (line), evidence_badge (source->evidence));
    gtk_widget_add_css_class (citation, "caption");
    gtk_box_append (GTK_BOX (line), citation);
    gtk_box_append (GTK_BOX (box), line);
  }
  return box;
}

static GtkWidget *
build_banner (KwAssessment *assessment)
{
  KwTriage triage = kw_assessment_get_triage (assessment);
  const char * const *flags = kw_assessment_get_red_flag_ids (assessment);
  GtkWidget *banner = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *title = new_label (kw_triage_get_title (triage), "title-1");
  g_autofree char *css = g_strconcat ("triage-", kw_triage_to_id (triage), NULL);

  gtk_widget_set_name (banner, "triage-banner");
  gtk_widget_add_css_class (banner, "triage-banner");
  gtk_widget_add_css_class (banner, css);
  /* The first thing a screen reader or the Tab key reaches. */
  gtk_widget_set_focusable (banner, TRUE);
  gtk_box_append (GTK_BOX (banner), title);

  /* Emergency and same day: what to do now, before anything else. */
  if (triage <= KW_TRIAGE_SAME_DAY)
    {
      for (guint i = 0; flags[i] != NULL; i++)
        {
          const KwRedFlag *flag = kw_red_flag_lookup (flags[i]);

          if (kw_red_flag_get_tier (flag) != triage)
            continue;
          gtk_box_append (GTK_BOX (banner), new_label (kw_red_flag_get_advice (flag), "heading"));
          break;
        }
    }
  gtk_box_append (GTK_BOX (banner), new_label (kw_assessment_get_advice (assessment), NULL));

  gtk_accessible_update_property (GTK_ACCESSIBLE (banner),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, kw_triage_get_title (triage),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  kw_assessment_get_advice (assessment),
                                  -1);
  return banner;
}

static void
add_red_flags (GtkBox       *box,
               KwAssessment *assessment)
{
  const char * const *flags = kw_assessment_get_red_flag_ids (assessment);
  GtkWidget *list;

  if (flags[0] == NULL)
    return;

  gtk_box_append (box, new_label (_("Why"), "title-3"));
  list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_add_css_class (list, "card");
  gtk_widget_add_css_class (list, "result-card");
  for (guint i = 0; flags[i] != NULL; i++)
    {
      const KwRedFlag *flag = kw_red_flag_lookup (flags[i]);
      GtkWidget *item = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

      gtk_box_append (GTK_BOX (item), new_label (kw_red_flag_get_summary (flag), "heading"));
      gtk_box_append (GTK_BOX (item), new_label (kw_red_flag_get_advice (flag), NULL));
      gtk_box_append (GTK_BOX (item), source_row (kw_red_flag_get_source (flag)));
      gtk_box_append (GTK_BOX (list), item);
    }
  gtk_box_append (box, list);
}

static GtkWidget *
detail_section (const char *title,
                const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  gtk_box_append (GTK_BOX (box), new_label (title, "heading"));
  gtk_box_append (GTK_BOX (box), new_label (text, NULL));
  return box;
}

static void
add_patterns (GtkBox       *box,
              KwAssessment *assessment)
{
  const char * const *ids = kw_assessment_get_condition_ids (assessment);
  const char * const *reasons = kw_assessment_get_reasons (assessment);
  KwTriage triage = kw_assessment_get_triage (assessment);

  gtk_box_append (box, new_label (triage <= KW_TRIAGE_SAME_DAY
                                  ? _("For later, once the knee has been checked")
                                  : _("Likely patterns"),
                                  "title-3"));
  if (ids[0] == NULL)
    {
      gtk_box_append (box, new_label (_("Your answers do not point to one common pattern. "
                                        "That is not a bad sign; a physio can tell more by "
                                        "examining the knee."), NULL));
      return;
    }

  for (guint i = 0; ids[i] != NULL; i++)
    {
      const KwCondition *condition = kw_condition_lookup (ids[i]);
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
      GtkWidget *expander, *details;
      g_autofree char *why = g_strdup_printf (_("Because of: %s"), reasons[i]);
      const KwSource *sources;
      guint n_sources;

      gtk_widget_add_css_class (card, "card");
      gtk_widget_add_css_class (card, "result-card");
      gtk_widget_set_name (card, ids[i]);
      gtk_box_append (GTK_BOX (card), new_label (kw_condition_get_title (condition), "title-4"));
      gtk_box_append (GTK_BOX (card), new_label (why, "dim-label"));
      gtk_box_append (GTK_BOX (card), new_label (kw_condition_get_explainer (condition), NULL));

      details = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
      gtk_widget_set_margin_top (details, 6);
      gtk_box_append (GTK_BOX (details),
                      detail_section (_("How it usually goes"),
                                      kw_condition_get_course (condition)));
      gtk_box_append (GTK_BOX (details),
                      detail_section (_("What helps"), kw_condition_get_helps (condition)));
      gtk_box_append (GTK_BOX (details),
                      detail_section (_("What to avoid for now"),
                                      kw_condition_get_avoid (condition)));
      gtk_box_append (GTK_BOX (details),
                      detail_section (_("When to see someone"),
                                      kw_condition_get_see_someone (condition)));
      gtk_box_append (GTK_BOX (details), new_label (_("Sources"), "heading"));
      sources = kw_condition_get_sources (condition, &n_sources);
      for (guint s = 0; s < n_sources; s++)
        gtk_box_append (GTK_BOX (details), source_row (&sources[s]));

      expander = gtk_expander_new_with_mnemonic (_("_More about it, with sources"));
      gtk_expander_set_child (GTK_EXPANDER (expander), details);
      /* GTK 4.8 does not name an expander after its label; and there may be
       * several: say which one. */
      {
        /* Translators: the accessible name of a result's expander */
        g_autofree char *more = g_strdup_printf (_("More about it, with sources: %s"),
                                                 kw_condition_get_title (condition));

        gtk_accessible_update_property (GTK_ACCESSIBLE (expander),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, more,
                                        -1);
      }
      /* The best fit opens with its advice and sources in view. */
      gtk_expander_set_expanded (GTK_EXPANDER (expander),
                                 i == 0 && triage >= KW_TRIAGE_SEE_CLINICIAN);
      gtk_box_append (GTK_BOX (card), expander);
      gtk_box_append (box, card);
    }
}

static void
on_assess_again_clicked_cb (KwAssessmentPage *self)
{
  kw_assessment_page_start (self);
}

static void
on_history_clicked_cb (KwAssessmentPage *self)
{
  gtk_stack_set_visible_child_name (self->stack, "start");
}

static void
add_next_step (KwAssessmentPage *self,
               KwAssessment     *assessment)
{
  KwTriage triage = kw_assessment_get_triage (assessment);
  GtkBox *box = self->result_box;
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *button;
  const char *text;

  gtk_box_append (box, new_label (_("Next step"), "title-3"));
  if (triage <= KW_TRIAGE_SAME_DAY)
    text = _("No exercise plan until the knee has been checked. Come back and assess again "
             "afterwards.");
  else if (triage == KW_TRIAGE_SEE_CLINICIAN)
    text = _("See a physio or doctor first. Until then the gentle first phase of a plan is "
             "safe to do.");
  else
    text = _("Start a plan: a few exercises every other day, built for this pattern, with "
             "pain checks that tell you when to step up or back.");
  gtk_box_append (box, new_label (text, NULL));

  gtk_widget_set_halign (buttons, GTK_ALIGN_START);
  if (kw_triage_allows_plan (triage))
    {
      button = gtk_button_new_with_mnemonic (triage == KW_TRIAGE_SEE_CLINICIAN
                                             ? _("Start the _Gentle Phase")
                                             : _("Start a _Plan"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-page");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", "plan");
      gtk_widget_add_css_class (button, "suggested-action");
      gtk_widget_add_css_class (button, "pill");
      gtk_box_append (GTK_BOX (buttons), button);
    }
  button = gtk_button_new_with_mnemonic (_("_Assess Again"));
  gtk_widget_add_css_class (button, "pill");
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_assess_again_clicked_cb), self);
  gtk_box_append (GTK_BOX (buttons), button);
  button = gtk_button_new_with_mnemonic (_("_History"));
  gtk_widget_add_css_class (button, "pill");
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_history_clicked_cb), self);
  gtk_box_append (GTK_BOX (buttons), button);
  gtk_box_append (box, buttons);
}

static void
show_result (KwAssessmentPage *self,
             KwAssessment     *assessment,
             const char       *save_error)
{
  GtkAdjustment *vadj;
  g_autofree char *when = NULL;

  g_set_object (&self->shown, assessment);
  kw_box_remove_all (self->result_box);

  when = g_date_time_format (kw_assessment_get_created (assessment),
                             /* Translators: date and time of an assessment, see strftime */
                             _("%-d %B %Y, %H:%M"));
  gtk_box_append (self->result_box, new_label (g_strstrip (when), "dim-label"));

  self->banner = build_banner (assessment);
  gtk_box_append (self->result_box, self->banner);

  if (save_error != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("This result was not saved: %s"), save_error);
      GtkWidget *label = new_label (text, "error");

      gtk_widget_set_name (label, "save-error");
      gtk_box_append (self->result_box, label);
    }

  add_red_flags (self->result_box, assessment);
  add_patterns (self->result_box, assessment);
  add_next_step (self, assessment);
  gtk_box_append (self->result_box,
                  new_label (_("Kneewise gives self-care education, not a diagnosis. If you are "
                               "worried, or it is not getting better, see a physio or doctor."),
                             "dim-label"));

  gtk_stack_set_visible_child_name (self->stack, "result");
  vadj = gtk_scrolled_window_get_vadjustment (self->result_scroller);
  gtk_adjustment_set_value (vadj, 0);
  /* Focus on the banner, so the keyboard and a screen reader start there. */
  gtk_widget_grab_focus (self->banner);
}

/* ------------------------------------------------------------------------ */
/* The wizard                                                               */

static void
show_step (KwAssessmentPage *self,
           guint             step)
{
  g_autofree char *count = NULL;

  self->step = step;
  /* Translators: "Step 2 of 5" */
  count = g_strdup_printf (_("Step %u of %u"), step + 1, (guint) N_STEPS);
  gtk_label_set_text (self->step_label, count);
  gtk_label_set_text (self->step_title, _(steps[step].title));
  gtk_label_set_text (self->hint_label, "");
  gtk_stack_set_visible_child_name (self->steps, steps[step].name);
  gtk_button_set_label (self->back_button, step == 0 ? _("_Cancel") : _("_Back"));
  gtk_button_set_label (self->next_button, step == N_STEPS - 1 ? _("_See Result") : _("_Next"));
  if (step == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->map));
}

static void
finish (KwAssessmentPage *self)
{
  g_autoptr(KwAnswers) answers = collect_answers (self);
  g_autoptr(KwAssessment) assessment = kw_assessment_new (answers);
  g_autoptr(GError) error = NULL;

  if (self->store != NULL)
    kw_assessment_save (assessment, self->store, &error);
  else
    g_set_error_literal (&error, KW_STORE_ERROR, KW_STORE_ERROR_FAILED,
                         _("the database is not open."));

  show_result (self, assessment, error != NULL ? error->message : NULL);
}

static void
on_next_clicked_cb (KwAssessmentPage *self)
{
  if (self->step == 0)
    {
      g_autoptr(KwAnswers) answers = collect_answers (self);

      if (!kw_answers_validate (answers, NULL))
        {
          gtk_label_set_text (self->hint_label, _("Mark at least one place on the knee."));
          gtk_widget_grab_focus (GTK_WIDGET (self->map));
          return;
        }
    }

  if (self->step + 1 < N_STEPS)
    show_step (self, self->step + 1);
  else
    finish (self);
}

static void
on_back_clicked_cb (KwAssessmentPage *self)
{
  if (self->step == 0)
    gtk_stack_set_visible_child_name (self->stack, "start");
  else
    show_step (self, self->step - 1);
}

static void
on_start_clicked_cb (KwAssessmentPage *self)
{
  kw_assessment_page_start (self);
}

/* ------------------------------------------------------------------------ */
/* History                                                                  */

static GtkWidget *
history_row (KwAssessment *assessment)
{
  GtkWidget *row = adw_action_row_new ();
  const char * const *ids = kw_assessment_get_condition_ids (assessment);
  g_autofree char *when = g_date_time_format (kw_assessment_get_created (assessment),
                                              _("%-d %B %Y, %H:%M"));
  g_autofree char *subtitle = NULL;

  if (ids[0] != NULL)
    /* Translators: triage title · likely pattern */
    subtitle = g_strdup_printf (_("%s · %s"),
                                kw_triage_get_title (kw_assessment_get_triage (assessment)),
                                kw_condition_get_title (kw_condition_lookup (ids[0])));
  else
    subtitle = g_strdup (kw_triage_get_title (kw_assessment_get_triage (assessment)));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), g_strstrip (when));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  /* The arrow only says "opens": a screen reader need not read it. */
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             g_object_new (GTK_TYPE_IMAGE,
                                           "icon-name", "go-next-symbolic",
                                           "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                           NULL));
  g_object_set_data_full (G_OBJECT (row), "assessment", g_object_ref (assessment), g_object_unref);
  return row;
}

static void
reload_history (KwAssessmentPage *self)
{
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  guint n = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->history_list))) != NULL)
    gtk_list_box_remove (self->history_list, child);

  if (self->store != NULL)
    {
      list = kw_assessment_list (self->store, &error);
      if (list == NULL)
        {
          gtk_label_set_text (self->history_empty, error->message);
          gtk_widget_set_visible (GTK_WIDGET (self->history_empty), TRUE);
          gtk_widget_set_visible (GTK_WIDGET (self->history_list), FALSE);
          return;
        }
      n = g_list_model_get_n_items (list);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(KwAssessment) item = g_list_model_get_item (list, i);
          gtk_list_box_append (self->history_list, history_row (item));
        }
    }

  gtk_label_set_text (self->history_empty,
                      _("None yet. Your assessments will be listed here, so you can see how "
                        "your knee changes."));
  gtk_widget_set_visible (GTK_WIDGET (self->history_empty), n == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->history_list), n > 0);
}

static void
on_history_row_activated_cb (KwAssessmentPage *self,
                             GtkListBoxRow    *row)
{
  KwAssessment *assessment = g_object_get_data (G_OBJECT (row), "assessment");

  g_return_if_fail (KW_IS_ASSESSMENT (assessment));
  show_result (self, assessment, NULL);
}

static void
on_store_changed_cb (KwStore          *store,
                     const char       *what,
                     KwAssessmentPage *self)
{
  reload_history (self);
}

/* ------------------------------------------------------------------------ */

static void
kw_assessment_page_dispose (GObject *object)
{
  KwAssessmentPage *self = KW_ASSESSMENT_PAGE (object);

  kw_assessment_page_set_store (self, NULL);
  g_clear_object (&self->shown);
  /* AdwBin unparents its child (the template's stack) itself. */
  adw_bin_set_child (ADW_BIN (self), NULL);

  G_OBJECT_CLASS (kw_assessment_page_parent_class)->dispose (object);
}

static void
kw_assessment_page_finalize (GObject *object)
{
  KwAssessmentPage *self = KW_ASSESSMENT_PAGE (object);

  g_clear_pointer (&self->inputs, g_hash_table_unref);

  G_OBJECT_CLASS (kw_assessment_page_parent_class)->finalize (object);
}

static void
kw_assessment_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  KwAssessmentPage *self = KW_ASSESSMENT_PAGE (object);

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
kw_assessment_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  KwAssessmentPage *self = KW_ASSESSMENT_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      kw_assessment_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kw_assessment_page_class_init (KwAssessmentPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kw_assessment_page_dispose;
  object_class->finalize = kw_assessment_page_finalize;
  object_class->get_property = kw_assessment_page_get_property;
  object_class->set_property = kw_assessment_page_set_property;

  /**
   * KwAssessmentPage:store:
   *
   * Where assessments are saved and the history comes from; %NULL until the
   * app has opened it.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         KW_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KW_TYPE_KNEE_MAP);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/kw-assessment-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KwAssessmentPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KwAssessmentPage, steps);
  gtk_widget_class_bind_template_child (widget_class, KwAssessmentPage, step_label);
  gtk_widget_class_bind_template_child (widget_class, KwAssessmentPage, step_title);
  gtk_widget_class_bind_template_child (widget_class, KwAssessmentPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, KwAssessmentPage, next_button);
  gtk_widget_class_bind_template_child (widget_class, KwAssessmentPage, hint_label);
  gtk_widget_class_bind_template_child (widget_class, KwAssessmentPage, result_box);
  gtk_widget_class_bind_template_child (widget_class, KwAssessmentPage, result_scroller);
  gtk_widget_class_bind_template_child (widget_class, KwAssessmentPage, history_list);
  gtk_widget_class_bind_template_child (widget_class, KwAssessmentPage, history_empty);
  gtk_widget_class_bind_template_callback (widget_class, on_start_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_next_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_history_row_activated_cb);
}

static void
kw_assessment_page_init (KwAssessmentPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->inputs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  reload_history (self);
}

GtkWidget *
kw_assessment_page_new (void)
{
  return g_object_new (KW_TYPE_ASSESSMENT_PAGE, NULL);
}

/**
 * kw_assessment_page_get_store:
 *
 * Returns: (transfer none) (nullable): the store
 */
KwStore *
kw_assessment_page_get_store (KwAssessmentPage *self)
{
  g_return_val_if_fail (KW_IS_ASSESSMENT_PAGE (self), NULL);
  return self->store;
}

void
kw_assessment_page_set_store (KwAssessmentPage *self,
                              KwStore          *store)
{
  g_return_if_fail (KW_IS_ASSESSMENT_PAGE (self));
  g_return_if_fail (store == NULL || KW_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_clear_signal_handler (&self->store_changed_id, self->store);
  g_set_object (&self->store, store);
  if (store != NULL)
    self->store_changed_id = g_signal_connect (store, "changed::assessments",
                                               G_CALLBACK (on_store_changed_cb), self);
  if (self->inputs != NULL)
    reload_history (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * kw_assessment_page_start:
 *
 * Starts a fresh assessment at the knee map.
 */
void
kw_assessment_page_start (KwAssessmentPage *self)
{
  g_return_if_fail (KW_IS_ASSESSMENT_PAGE (self));

  ensure_steps (self);
  reset_inputs (self);
  gtk_stack_set_visible_child_name (self->stack, "wizard");
  show_step (self, 0);
}

/**
 * kw_assessment_page_get_view:
 *
 * Returns: "start" (history), "wizard" or "result"
 */
const char *
kw_assessment_page_get_view (KwAssessmentPage *self)
{
  g_return_val_if_fail (KW_IS_ASSESSMENT_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * kw_assessment_page_get_step:
 *
 * Returns: the name of the wizard step shown ("where", "feel", …)
 */
const char *
kw_assessment_page_get_step (KwAssessmentPage *self)
{
  g_return_val_if_fail (KW_IS_ASSESSMENT_PAGE (self), NULL);
  return steps[self->step].name;
}

/**
 * kw_assessment_page_get_knee_map:
 *
 * Returns: (transfer none): the knee map of the first step
 */
KwKneeMap *
kw_assessment_page_get_knee_map (KwAssessmentPage *self)
{
  g_return_val_if_fail (KW_IS_ASSESSMENT_PAGE (self), NULL);
  ensure_steps (self);
  return self->map;
}

/**
 * kw_assessment_page_get_input:
 * @name: an answers key ("locked") or "key:value" ("feel:sharp")
 *
 * Returns: (transfer none) (nullable): the widget that answers it
 */
GtkWidget *
kw_assessment_page_get_input (KwAssessmentPage *self,
                              const char       *name)
{
  g_return_val_if_fail (KW_IS_ASSESSMENT_PAGE (self), NULL);
  ensure_steps (self);
  return g_hash_table_lookup (self->inputs, name);
}

/**
 * kw_assessment_page_dup_answers:
 *
 * Returns: (transfer full): the answers as the wizard holds them now
 */
KwAnswers *
kw_assessment_page_dup_answers (KwAssessmentPage *self)
{
  g_return_val_if_fail (KW_IS_ASSESSMENT_PAGE (self), NULL);
  ensure_steps (self);
  return collect_answers (self);
}

/**
 * kw_assessment_page_get_shown:
 *
 * Returns: (transfer none) (nullable): the assessment on the result view
 */
KwAssessment *
kw_assessment_page_get_shown (KwAssessmentPage *self)
{
  g_return_val_if_fail (KW_IS_ASSESSMENT_PAGE (self), NULL);
  return self->shown;
}

/**
 * kw_assessment_page_get_banner:
 *
 * Returns: (transfer none) (nullable): the triage banner of the result
 */
GtkWidget *
kw_assessment_page_get_banner (KwAssessmentPage *self)
{
  g_return_val_if_fail (KW_IS_ASSESSMENT_PAGE (self), NULL);
  return self->banner;
}

/**
 * kw_assessment_page_get_history:
 *
 * Returns: (transfer none): the list of past assessments
 */
GtkListBox *
kw_assessment_page_get_history (KwAssessmentPage *self)
{
  g_return_val_if_fail (KW_IS_ASSESSMENT_PAGE (self), NULL);
  return self->history_list;
}
