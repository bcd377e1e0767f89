/* kw-reminder-preferences-page.c: reminders on or off, quiet hours, kinds
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only kneewise-reminders fires reminders; this page edits what it reads
 * (it notices through PRAGMA data_version) and starts or stops it.
 */

#define G_LOG_DOMAIN "kw-reminder-preferences-page"

#include "config.h"

#include <glib/gi18n.h>

#include "kw-reminder-autostart.h"
#include "kw-reminder-preferences-page.h"
#include "kw-reminder-store.h"

struct _KwReminderPreferencesPage
{
  AdwPreferencesPage  parent_instance;

  KwStore            *store;
  GCancellable       *cancellable;
  gboolean            updating;

  /* template children */
  GtkSwitch          *enabled_switch;
  AdwActionRow       *enabled_row;
  AdwEntryRow        *quiet_start_row;
  AdwEntryRow        *quiet_end_row;
  AdwPreferencesGroup *kinds_group;

  /* per kind */
  AdwExpanderRow     *kind_rows[KW_REMINDER_N_KINDS];
  AdwEntryRow        *time_rows[KW_REMINDER_N_KINDS];
  GtkToggleButton    *day_buttons[KW_REMINDER_N_KINDS][7];
};

G_DEFINE_FINAL_TYPE (KwReminderPreferencesPage, kw_reminder_preferences_page,
                     ADW_TYPE_PREFERENCES_PAGE)

static const char *weekday_names[7] = {
  NC_("weekday", "Mon"), NC_("weekday", "Tue"), NC_("weekday", "Wed"),
  NC_("weekday", "Thu"), NC_("weekday", "Fri"), NC_("weekday", "Sat"),
  NC_("weekday", "Sun"),
};

static void
toast (KwReminderPreferencesPage *self,
       const char                *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (message));
  else
    g_message ("%s", message);
}

static char *
describe_kind (const KwReminderKindSettings *settings,
               gboolean                      repeating)
{
  g_autofree char *time = kw_reminder_format_time (settings->hour, settings->minute);
  g_autoptr(GString) days = g_string_new (NULL);

  if (!repeating)
    /* Translators: when a reminder due on one date fires */
    return g_strdup_printf (_("At %s on the day"), time);

  if (settings->weekdays == 0)
    /* Translators: a time of day */
    return g_strdup_printf (_("At %s on the days of your plan"), time);

  for (guint i = 0; i < 7; i++)
    if (settings->weekdays & (1u << i))
      {
        if (days->len > 0)
          g_string_append (days, ", ");
        g_string_append (days, g_dpgettext2 (NULL, "weekday", weekday_names[i]));
      }

  /* Translators: a time of day, then days ("Mon, Thu") */
  return g_strdup_printf (_("At %s on %s"), time, days->str);
}

static void
load_kind (KwReminderPreferencesPage *self,
           KwReminderKind             kind)
{
  KwReminderKindSettings settings;
  g_autofree char *time = NULL;
  g_autofree char *subtitle = NULL;

  kw_reminder_store_get_kind_settings (self->store, kind, &settings);
  time = kw_reminder_format_time (settings.hour, settings.minute);
  subtitle = describe_kind (&settings, kw_reminder_kind_is_repeating (kind));

  self->updating = TRUE;
  adw_expander_row_set_enable_expansion (self->kind_rows[kind], settings.enabled);
  adw_expander_row_set_subtitle (self->kind_rows[kind], subtitle);
  gtk_editable_set_text (GTK_EDITABLE (self->time_rows[kind]), time);
  for (guint i = 0; i < 7; i++)
    if (self->day_buttons[kind][i] != NULL)
      gtk_toggle_button_set_active (self->day_buttons[kind][i], (settings.weekdays >> i) & 1);
  self->updating = FALSE;
}

static void
load (KwReminderPreferencesPage *self)
{
  KwQuietHours quiet;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self), self->store != NULL);
  if (self->store == NULL)
    return;

  kw_reminder_store_get_quiet_hours (self->store, &quiet);
  start = kw_reminder_format_time (quiet.start_hour, quiet.start_minute);
  end = kw_reminder_format_time (quiet.end_hour, quiet.end_minute);

  self->updating = TRUE;
  gtk_switch_set_active (self->enabled_switch, kw_reminder_store_get_enabled (self->store));
  gtk_editable_set_text (GTK_EDITABLE (self->quiet_start_row), start);
  gtk_editable_set_text (GTK_EDITABLE (self->quiet_end_row), end);
  self->updating = FALSE;

  for (guint kind = 0; kind < KW_REMINDER_N_KINDS; kind++)
    load_kind (self, kind);
}

/* Parses a time row; on bad input marks it and says why. */
static gboolean
read_time_row (KwReminderPreferencesPage *self,
               AdwEntryRow               *row,
               guint                     *hour,
               guint                     *minute)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (!kw_reminder_parse_time (text, hour, minute, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      toast (self, error->message);
      return FALSE;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  return TRUE;
}

static void
autostart_done_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(KwReminderPreferencesPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (kw_reminder_autostart_set_finish (result, &error))
    return;

  /* The window closed while the portal was asking. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* Could not start: reminders stay off, and the runner is told why. */
  toast (self, error->message);
  if (self->store != NULL)
    kw_reminder_store_set_enabled (self->store, FALSE, NULL);
  self->updating = TRUE;
  gtk_switch_set_active (self->enabled_switch, FALSE);
  self->updating = FALSE;
}

static void
on_enabled_switch_active_cb (KwReminderPreferencesPage *self)
{
  g_autoptr(GError) error = NULL;
  gboolean active = gtk_switch_get_active (self->enabled_switch);
  GtkRoot *root;

  if (self->updating || self->store == NULL)
    return;

  /* Saved first: the service quits at once if it finds reminders off. */
  if (!kw_reminder_store_set_enabled (self->store, active, &error))
    {
      toast (self, error->message);
      self->updating = TRUE;
      gtk_switch_set_active (self->enabled_switch, !active);
      self->updating = FALSE;
      return;
    }

  root = gtk_widget_get_root (GTK_WIDGET (self));
  kw_reminder_autostart_set_async (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, active,
                                   self->cancellable, autostart_done_cb, g_object_ref (self));
}

static void
on_quiet_row_apply_cb (KwReminderPreferencesPage *self)
{
  g_autoptr(GError) error = NULL;
  KwQuietHours quiet;
  guint sh, sm, eh, em;

  if (self->store == NULL)
    return;

  if (!read_time_row (self, self->quiet_start_row, &sh, &sm) ||
      !read_time_row (self, self->quiet_end_row, &eh, &em))
    return;

  quiet.start_hour = sh;
  quiet.start_minute = sm;
  quiet.end_hour = eh;
  quiet.end_minute = em;
  if (!kw_reminder_store_set_quiet_hours (self->store, &quiet, &error))
    toast (self, error->message);
  else if (sh == eh && sm == em)
    toast (self, _("No quiet hours: reminders can come at any time"));
  else
    toast (self, _("Quiet hours saved"));
}

static KwReminderKind
row_kind (gpointer row)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "kind"));
}

/* Saves one kind's switch, time and days from its rows. */
static void
save_kind (KwReminderPreferencesPage *self,
           KwReminderKind             kind)
{
  g_autoptr(GError) error = NULL;
  KwReminderKindSettings settings;
  guint hour, minute;

  if (self->updating || self->store == NULL)
    return;

  kw_reminder_store_get_kind_settings (self->store, kind, &settings);
  settings.enabled = adw_expander_row_get_enable_expansion (self->kind_rows[kind]);
  if (read_time_row (self, self->time_rows[kind], &hour, &minute))
    {
      settings.hour = hour;
      settings.minute = minute;
    }
  settings.weekdays = 0;
  for (guint i = 0; i < 7; i++)
    if (self->day_buttons[kind][i] != NULL && gtk_toggle_button_get_active (self->day_buttons[kind][i]))
      settings.weekdays |= 1u << i;

  if (!kw_reminder_store_set_kind_settings (self->store, kind, &settings, &error))
    toast (self, error->message);

  load_kind (self, kind);
}

static void
on_kind_enabled_cb (AdwExpanderRow            *row,
                    GParamSpec                *pspec,
                    KwReminderPreferencesPage *self)
{
  save_kind (self, row_kind (row));
}

static void
on_time_apply_cb (AdwEntryRow               *row,
                  KwReminderPreferencesPage *self)
{
  save_kind (self, row_kind (row));
}

static void
on_day_toggled_cb (GtkToggleButton           *button,
                   KwReminderPreferencesPage *self)
{
  save_kind (self, row_kind (button));
}

static GtkWidget *
find_switch (GtkWidget *widget)
{
  if (GTK_IS_SWITCH (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_switch (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
build_kind_rows (KwReminderPreferencesPage *self)
{
  for (guint kind = 0; kind < KW_REMINDER_N_KINDS; kind++)
    {
      AdwExpanderRow *row = ADW_EXPANDER_ROW (adw_expander_row_new ());
      AdwEntryRow *time_row = ADW_ENTRY_ROW (adw_entry_row_new ());

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), kw_reminder_kind_get_title (kind));
      adw_expander_row_set_show_enable_switch (row, TRUE);
      /* libadwaita 1.2 leaves the row's own switch without a name: a screen
       * reader would say only "switch". */
      {
        GtkWidget *enable = find_switch (GTK_WIDGET (row));
        /* Translators: the accessible name of a reminder's on/off switch,
         * e.g. "Remind me: Exercise sessions" */
        g_autofree char *name = g_strdup_printf (_("Remind me: %s"),
                                                 kw_reminder_kind_get_title (kind));

        if (enable != NULL)
          gtk_accessible_update_property (GTK_ACCESSIBLE (enable),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                          -1);
      }
      g_object_set_data (G_OBJECT (row), "kind", GUINT_TO_POINTER (kind));
      g_signal_connect (row, "notify::enable-expansion", G_CALLBACK (on_kind_enabled_cb), self);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (time_row), _("Time"));
      adw_entry_row_set_show_apply_button (time_row, TRUE);
      gtk_editable_set_max_width_chars (GTK_EDITABLE (time_row), 5);
      g_object_set_data (G_OBJECT (time_row), "kind", GUINT_TO_POINTER (kind));
      g_signal_connect (time_row, "apply", G_CALLBACK (on_time_apply_cb), self);
      adw_expander_row_add_row (row, GTK_WIDGET (time_row));

      if (kw_reminder_kind_is_repeating (kind))
        {
          AdwActionRow *days_row = ADW_ACTION_ROW (adw_action_row_new ());
          GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (days_row), _("Days"));
          gtk_widget_add_css_class (box, "linked");
          gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
          for (guint i = 0; i < 7; i++)
            {
              GtkWidget *button = gtk_toggle_button_new_with_label (
                g_dpgettext2 (NULL, "weekday", weekday_names[i]));

              g_object_set_data (G_OBJECT (button), "kind", GUINT_TO_POINTER (kind));
              g_signal_connect (button, "toggled", G_CALLBACK (on_day_toggled_cb), self);
              gtk_box_append (GTK_BOX (box), button);
              self->day_buttons[kind][i] = GTK_TOGGLE_BUTTON (button);
            }
          adw_action_row_add_suffix (days_row, box);
          adw_expander_row_add_row (row, GTK_WIDGET (days_row));
        }

      adw_preferences_group_add (self->kinds_group, GTK_WIDGET (row));
      self->kind_rows[kind] = row;
      self->time_rows[kind] = time_row;
    }
}

static void
kw_reminder_preferences_page_dispose (GObject *object)
{
  KwReminderPreferencesPage *self = KW_REMINDER_PREFERENCES_PAGE (object);

  g_cancellable_cancel (self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (object), KW_TYPE_REMINDER_PREFERENCES_PAGE);

  G_OBJECT_CLASS (kw_reminder_preferences_page_parent_class)->dispose (object);
}

static void
kw_reminder_preferences_page_finalize (GObject *object)
{
  KwReminderPreferencesPage *self = KW_REMINDER_PREFERENCES_PAGE (object);

  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (kw_reminder_preferences_page_parent_class)->finalize (object);
}

static void
kw_reminder_preferences_page_class_init (KwReminderPreferencesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kw_reminder_preferences_page_dispose;
  object_class->finalize = kw_reminder_preferences_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               APP_PATH "ui/kw-reminder-preferences-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KwReminderPreferencesPage, enabled_switch);
  gtk_widget_class_bind_template_child (widget_class, KwReminderPreferencesPage, enabled_row);
  gtk_widget_class_bind_template_child (widget_class, KwReminderPreferencesPage, quiet_start_row);
  gtk_widget_class_bind_template_child (widget_class, KwReminderPreferencesPage, quiet_end_row);
  gtk_widget_class_bind_template_child (widget_class, KwReminderPreferencesPage, kinds_group);
  gtk_widget_class_bind_template_callback (widget_class, on_enabled_switch_active_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_quiet_row_apply_cb);
}

static void
kw_reminder_preferences_page_init (KwReminderPreferencesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  build_kind_rows (self);
}

/**
 * kw_reminder_preferences_page_new:
 * @store: (nullable): the open store; without it the page is insensitive
 *
 * Returns: (transfer full): a new page
 */
KwReminderPreferencesPage *
kw_reminder_preferences_page_new (KwStore *store)
{
  KwReminderPreferencesPage *self;

  g_return_val_if_fail (store == NULL || KW_IS_STORE (store), NULL);

  self = g_object_new (KW_TYPE_REMINDER_PREFERENCES_PAGE, NULL);
  self->store = store != NULL ? g_object_ref (store) : NULL;
  load (self);

  return self;
}
