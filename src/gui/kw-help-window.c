/* kw-help-window.c: the short user guide (F1)
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A few plain pages, one per part of the app, in a sidebar that folds away
 * on a narrow window. The words are data (the topics table below), so they
 * are translated like every other string and a test can read them all.
 */

#define G_LOG_DOMAIN "kw-help-window"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "kw-help-window.h"
#include "kw-widget-util.h"

#define MAX_PARAGRAPHS 5

/* Stands in a topic for the path of the user's data file, which is known
 * only when the window is made. */
static const char data_path_paragraph[] = "";

typedef struct
{
  const char *id;
  const char *title;
  const char *paragraphs[MAX_PARAGRAPHS];
} Topic;

static const Topic topics[] = {
  { "assessment", N_("The Assessment"), {
      N_("The assessment asks where your knee hurts, how it feels, what makes it worse, "
         "and a few safety questions. It takes about three minutes."),
      N_("Mark where it hurts on the knee map with the mouse, or with the keyboard: Tab "
         "to the map, move between the areas with the arrow keys, and press Space to mark "
         "one."),
      N_("At the end Kneewise tells you what to do next: keep running with less load, rest "
         "from running and rebuild, see a physiotherapist, or get checked today. If an "
         "answer points to something a doctor should see, it says so first."),
      N_("You can assess again at any time. Every result is kept, so you can compare."),
    } },
  { "plan", N_("Your Plan"), {
      N_("After the assessment you can start a plan: a few short exercise sessions a week "
         "that make the hip, thigh and calf stronger. The Plan page shows the week; the "
         "Today page shows what to do today."),
      N_("Each exercise has a drawing, how many sets and repetitions to do, and a timer "
         "for the ones you hold. Some discomfort is fine: up to 3 out of 10, settling by "
         "the next morning. If it is worse, do a little less next time."),
      N_("Log how your knee feels after each session. The Progress page draws your pain "
         "over the weeks, so you can see it settle."),
    } },
  { "return-to-run", N_("Return to Running"), {
      N_("The Return to Run page takes you back to running step by step: a rest from "
         "running if you need one, a short readiness check, then walking and running in "
         "turns that build up week by week."),
      N_("Move on only when the knee stays calm while you run and the morning after. If "
         "it flares up, go back a step: that is normal, not a failure."),
    } },
  { "reminders", N_("Reminders"), {
      N_("Kneewise can remind you of your sessions and check-ins, even when its window is "
         "closed. Turn reminders on in Preferences (Ctrl+,), and choose what to be "
         "reminded of and when to be left in peace."),
      N_("A reminder offers “Log It…” to record what you did, or “Snooze 15 min”."),
    } },
  { "printing", N_("Printing"), {
      N_("Print your plan to keep it where you exercise: in the main menu, choose Print, "
         "then This Week, Next Week or The Whole Phase. Ctrl+P prints this week."),
      N_("Export PDF, in the same menu, saves the same pages as a file you can send or "
         "print elsewhere."),
    } },
  { "data", N_("Your Data"), {
      N_("Everything you enter stays on this computer. Nothing is sent anywhere. It is "
         "all in one file:"),
      data_path_paragraph,
      N_("To keep a copy or move to another computer, use Export Data… and Import Data… "
         "in the main menu."),
      N_("Kneewise is self-care education, not a diagnosis. If you are worried, or your "
         "knee is swollen, locks, gives way or keeps getting worse, see a physiotherapist "
         "or doctor."),
    } },
};

static const char *topic_ids[G_N_ELEMENTS (topics) + 1];

struct _KwHelpWindow
{
  AdwWindow       parent_instance;

  AdwLeaflet     *leaflet;
  GtkWidget      *sidebar;
  GtkWidget      *content;
  GtkSearchEntry *search_entry;
  GtkListBox     *topic_list;
  GtkStack       *topic_stack;
  AdwWindowTitle *content_title;
  GtkButton      *back_button;

  char           *data_path;
  /* Each topic's words, case-folded, for the search. */
  char           *haystacks[G_N_ELEMENTS (topics)];
};

G_DEFINE_FINAL_TYPE (KwHelpWindow, kw_help_window, ADW_TYPE_WINDOW)

static GtkWidget *
build_topic_page (KwHelpWindow *self,
                  guint         t)
{
  const Topic *topic = &topics[t];
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *heading = kw_wrapped_label_new (_(topic->title), "title-2");
  g_autoptr(GString) words = g_string_new (_(topic->title));

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_accessible_update_property (GTK_ACCESSIBLE (heading),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 1, -1);
  gtk_box_append (GTK_BOX (box), heading);

  for (guint p = 0; p < MAX_PARAGRAPHS; p++)
    {
      const char *text = topic->paragraphs[p];
      GtkWidget *label;

      if (text == data_path_paragraph)
        {
          g_autofree char *display = g_filename_display_name (self->data_path);

          /* Selectable, so it can be copied into a file manager. */
          label = kw_wrapped_label_new (display, "monospace");
          gtk_label_set_selectable (GTK_LABEL (label), TRUE);
          gtk_widget_add_css_class (label, "help-path");
          gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _("Your data file"), -1);
          gtk_box_append (GTK_BOX (box), label);
          g_string_append_printf (words, "\n%s", display);
          continue;
        }
      if (text == NULL)
        continue;

      gtk_box_append (GTK_BOX (box), kw_wrapped_label_new (_(text), NULL));
      g_string_append_printf (words, "\n%s", _(text));
    }

  self->haystacks[t] = g_utf8_casefold (words->str, -1);

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 600);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  return scrolled;
}

static GtkWidget *
build_topic_row (guint t)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (_(topics[t].title));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  g_object_set_data (G_OBJECT (row), "kw-topic", GUINT_TO_POINTER (t));
  return row;
}

static void
show_topic_index (KwHelpWindow *self,
                  guint         t,
                  gboolean      navigate)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->topic_list, (int) t);

  gtk_stack_set_visible_child_name (self->topic_stack, topics[t].id);
  adw_window_title_set_title (self->content_title, _(topics[t].title));
  if (gtk_list_box_get_selected_row (self->topic_list) != row)
    gtk_list_box_select_row (self->topic_list, row);
  if (navigate)
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
on_row_activated_cb (GtkListBox    *list,
                     GtkListBoxRow *row,
                     KwHelpWindow  *self)
{
  show_topic_index (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "kw-topic")),
                    TRUE);
}

static void
on_row_selected_cb (GtkListBox    *list,
                    GtkListBoxRow *row,
                    KwHelpWindow  *self)
{
  /* Moving through the list shows each topic beside it; only activating
   * one (Enter, a click) leaves the list on a folded window. */
  if (row != NULL)
    show_topic_index (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "kw-topic")),
                      FALSE);
}

static gboolean
filter_topic_cb (GtkListBoxRow *row,
                 gpointer       user_data)
{
  KwHelpWindow *self = user_data;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint t = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "kw-topic"));
  g_autofree char *folded = NULL;

  if (query == NULL || *query == '\0')
    return TRUE;
  folded = g_utf8_casefold (query, -1);
  return strstr (self->haystacks[t], folded) != NULL;
}

static void
on_search_changed_cb (KwHelpWindow *self)
{
  gtk_list_box_invalidate_filter (self->topic_list);

  /* Show the first topic that still matches. */
  for (guint t = 0; t < G_N_ELEMENTS (topics); t++)
    if (filter_topic_cb (gtk_list_box_get_row_at_index (self->topic_list, (int) t), self))
      {
        show_topic_index (self, t, FALSE);
        break;
      }
}

static void
on_search_activate_cb (KwHelpWindow *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

/* Escape first clears the search, then closes the guide. */
static void
on_stop_search_cb (KwHelpWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (text != NULL && *text != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  else
    gtk_window_close (GTK_WINDOW (self));
}

static gboolean
escape_cb (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  on_stop_search_cb (KW_HELP_WINDOW (widget));
  return TRUE;
}

static void
on_back_clicked_cb (KwHelpWindow *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

static void
kw_help_window_finalize (GObject *object)
{
  KwHelpWindow *self = KW_HELP_WINDOW (object);

  g_free (self->data_path);
  for (guint t = 0; t < G_N_ELEMENTS (topics); t++)
    g_free (self->haystacks[t]);

  G_OBJECT_CLASS (kw_help_window_parent_class)->finalize (object);
}

static void
kw_help_window_class_init (KwHelpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = kw_help_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kneewise/Kneewise/ui/kw-help-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KwHelpWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, KwHelpWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, KwHelpWindow, content);
  gtk_widget_class_bind_template_child (widget_class, KwHelpWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KwHelpWindow, topic_list);
  gtk_widget_class_bind_template_child (widget_class, KwHelpWindow, topic_stack);
  gtk_widget_class_bind_template_child (widget_class, KwHelpWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, KwHelpWindow, back_button);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, escape_cb, NULL);
}

static void
kw_help_window_init (KwHelpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_filter_func (self->topic_list, filter_topic_cb, self, NULL);
  g_signal_connect (self->topic_list, "row-activated", G_CALLBACK (on_row_activated_cb), self);
  g_signal_connect (self->topic_list, "row-selected", G_CALLBACK (on_row_selected_cb), self);
  g_signal_connect_swapped (self->search_entry, "search-changed",
                            G_CALLBACK (on_search_changed_cb), self);
  g_signal_connect_swapped (self->search_entry, "activate",
                            G_CALLBACK (on_search_activate_cb), self);
  g_signal_connect_swapped (self->search_entry, "stop-search",
                            G_CALLBACK (on_stop_search_cb), self);
  g_signal_connect_swapped (self->back_button, "clicked", G_CALLBACK (on_back_clicked_cb), self);
  /* Typing anywhere in the window searches. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
}

/**
 * kw_help_window_new:
 * @parent: (nullable): the window it helps with
 * @store: (nullable): the open store, whose file the data topic names
 *
 * Returns: (transfer floating): the help window, on its first topic
 */
KwHelpWindow *
kw_help_window_new (GtkWindow *parent,
                    KwStore   *store)
{
  KwHelpWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (store == NULL || KW_IS_STORE (store), NULL);

  self = g_object_new (KW_TYPE_HELP_WINDOW,
                       "transient-for", parent,
                       NULL);

  /* The file actually open, or the one Kneewise would open. */
  self->data_path = store != NULL ? g_strdup (kw_store_get_path (store))
                                  : kw_store_dup_default_path ();

  for (guint t = 0; t < G_N_ELEMENTS (topics); t++)
    {
      gtk_stack_add_named (self->topic_stack, build_topic_page (self, t), topics[t].id);
      gtk_list_box_append (self->topic_list, build_topic_row (t));
    }
  show_topic_index (self, 0, FALSE);

  return self;
}

/**
 * kw_help_window_show_topic:
 * @topic: one of kw_help_window_get_topics()
 */
void
kw_help_window_show_topic (KwHelpWindow *self,
                           const char   *topic)
{
  g_return_if_fail (KW_IS_HELP_WINDOW (self));
  g_return_if_fail (topic != NULL);

  for (guint t = 0; t < G_N_ELEMENTS (topics); t++)
    if (g_str_equal (topics[t].id, topic))
      {
        show_topic_index (self, t, TRUE);
        return;
      }
  g_return_if_reached ();
}

/**
 * kw_help_window_get_topic:
 *
 * Returns: the topic shown
 */
const char *
kw_help_window_get_topic (KwHelpWindow *self)
{
  g_return_val_if_fail (KW_IS_HELP_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->topic_stack);
}

/**
 * kw_help_window_get_topics:
 *
 * Returns: (transfer none): the topics' ids, in their order, %NULL-terminated
 */
const char **
kw_help_window_get_topics (void)
{
  if (topic_ids[0] == NULL)
    for (guint t = 0; t < G_N_ELEMENTS (topics); t++)
      topic_ids[t] = topics[t].id;
  return topic_ids;
}
