/* kw-data-archive.c: all the user's data in one file, and back
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One table below describes every member of the file: its table in the
 * store, and for each row member its column, type and the app's rule for
 * it. Export, validation and import all walk that one description, so they
 * cannot drift apart, and the file names every value explicitly, never by
 * column position. docs/data-format.md documents the same rules for people.
 *
 * kw_data_archive_parse() is pure (no store, no I/O) and takes any bytes:
 * it is the fuzzing entry point. Import validates first, then replaces
 * everything in one transaction, so a bad file changes nothing.
 */

#define G_LOG_DOMAIN "kw-data-archive"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kw-answers.h"
#include "kw-condition.h"
#include "kw-data-archive.h"
#include "kw-date.h"
#include "kw-dose.h"
#include "kw-exercise.h"
#include "kw-json.h"
#include "kw-pain-log.h"
#include "kw-plan-change.h"
#include "kw-readiness.h"
#include "kw-red-flag.h"
#include "kw-reminder-store.h"
#include "kw-store-private.h"
#include "kw-triage.h"

G_DEFINE_QUARK (kw-data-archive-error-quark, kw_data_archive_error)

/* 9999-12-31T23:59:59Z: times are Unix seconds, never before 1970. */
#define MAX_UTC G_GINT64_CONSTANT (253402300799)

/* ---- The checks for text values ---------------------------------------- */

typedef gboolean (*CheckFunc) (const char *value);

static gboolean
check_triage (const char *value)
{
  KwTriage triage;
  return kw_triage_from_id (value, &triage);
}

static gboolean
check_condition (const char *value)
{
  return kw_condition_lookup (value) != NULL;
}

static gboolean
check_id_list (const char *value,
               gboolean    conditions)
{
  g_auto(GStrv) ids = NULL;

  if (*value == '\0')
    return TRUE;
  ids = g_strsplit (value, ";", -1);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (conditions ? kw_condition_lookup (ids[i]) == NULL : kw_red_flag_lookup (ids[i]) == NULL)
        return FALSE;
    }
  return TRUE;
}

static gboolean
check_conditions (const char *value)
{
  return check_id_list (value, TRUE);
}

static gboolean
check_red_flags (const char *value)
{
  return check_id_list (value, FALSE);
}

static gboolean
check_answers (const char *value)
{
  g_autoptr(KwAnswers) answers = kw_answers_new_from_data (value, -1, "answers", NULL);
  return answers != NULL;
}

static gboolean
check_exercise (const char *value)
{
  return kw_exercise_lookup (value) != NULL;
}

static gboolean
check_status (const char *value)
{
  KwSessionStatus status;
  return kw_session_status_from_id (value, &status);
}

static gboolean
check_swelling (const char *value)
{
  KwSwelling swelling;
  return kw_swelling_from_id (value, &swelling);
}

static gboolean
check_zone (const char *value)
{
  for (KwPainZone zone = KW_PAIN_ZONE_UNKNOWN; zone <= KW_PAIN_ZONE_RED; zone++)
    if (g_str_equal (value, kw_pain_zone_to_id (zone)))
      return TRUE;
  return FALSE;
}

static gboolean
check_change_kind (const char *value)
{
  KwPlanChangeKind kind;
  return kw_plan_change_kind_from_id (value, &kind);
}

/* A dose as the plan store keeps it: eight whole numbers and commas, in
 * the order of KwDose, and a dose the plan could hold. */
static gboolean
parse_dose (const char *value,
            KwDose     *dose)
{
  guint64 n[8];
  const char *p = value;

  for (guint i = 0; i < 8; i++)
    {
      const char *digits = p;
      char *stop = NULL;

      while (*p >= '0' && *p <= '9')
        p++;
      if (p == digits || p - digits > 6)
        return FALSE;
      n[i] = g_ascii_strtoull (digits, &stop, 10);
      if (stop != p || *p != (i < 7 ? ',' : '\0'))
        return FALSE;
      if (i < 7)
        p++;
    }
  if (n[7] > 1)
    return FALSE;

  *dose = (KwDose) { (guint) n[0], (guint) n[1], (guint) n[2], (guint) n[3], (guint) n[4],
                     (guint) n[5], (guint) n[6], n[7] != 0 };
  return kw_dose_is_valid (dose);
}

static gboolean
check_dose (const char *value)
{
  KwDose dose;
  return parse_dose (value, &dose);
}

static gboolean
check_readiness_test (const char *value)
{
  return kw_readiness_find_test (value) != NULL;
}

static gboolean
check_source (const char *value)
{
  return g_str_equal (value, KW_REMINDER_SOURCE_USER) ||
         g_str_equal (value, KW_REMINDER_SOURCE_PLAN) ||
         g_str_equal (value, KW_REMINDER_SOURCE_RETURN_TO_RUN) ||
         g_str_equal (value, KW_REMINDER_SOURCE_ASSESSMENT);
}

static gboolean
check_reminder_kind (const char *value)
{
  KwReminderKind kind;
  return kw_reminder_kind_from_id (value, &kind);
}

static gboolean
check_action (const char *value)
{
  return g_str_equal (value, "done") || g_str_equal (value, "snoozed") ||
         g_str_equal (value, "opened");
}

static gboolean
check_not_empty (const char *value)
{
  return *value != '\0';
}

static gboolean
check_date (const char *value)
{
  GDate date;
  return kw_date_set_iso (&date, value);
}

static gboolean
two_digits (const char *p,
            guint       max)
{
  return g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) &&
         (guint) ((p[0] - '0') * 10 + (p[1] - '0')) <= max;
}

/* "HH:MM", a time on the 24-hour clock. */
static gboolean
check_time (const char *value)
{
  return strlen (value) == 5 && two_digits (value, 23) && value[2] == ':' &&
         two_digits (value + 3, 59);
}

/* "YYYY-MM-DDTHH:MM:SSZ", in UTC, exactly as SQLite's strftime writes it. */
static gboolean
check_timestamp (const char *value)
{
  g_autofree char *day = NULL;

  if (strlen (value) != 20 || value[10] != 'T' || value[13] != ':' || value[16] != ':' ||
      value[19] != 'Z')
    return FALSE;
  day = g_strndup (value, 10);
  return check_date (day) && two_digits (value + 11, 23) && two_digits (value + 14, 59) &&
         two_digits (value + 17, 59);
}

/* ---- The description of the file -------------------------------------- */

typedef enum
{
  FIELD_ID,         /* whole number >= 1, unique in its list */
  FIELD_INT,        /* whole number from min to max */
  FIELD_BOOL,       /* true or false; 1 or 0 in the store */
  FIELD_TEXT,       /* a string, checked by check if set */
  FIELD_REF,        /* the id of an entry in the list ref */
} FieldKind;

typedef struct
{
  const char *name;       /* the member, and the column */
  FieldKind   kind;
  gboolean    nullable;
  gint64      min;
  gint64      max;
  CheckFunc   check;
  const char *rule;       /* N_(): what is allowed, for the message */
  const char *ref;
} Field;

#define ID(n)                      { n, FIELD_ID, FALSE, 1, G_MAXINT64, NULL, NULL, NULL }
#define INT(n, lo, hi, rule)       { n, FIELD_INT, FALSE, lo, hi, NULL, rule, NULL }
#define INT_NULL(n, lo, hi, rule)  { n, FIELD_INT, TRUE, lo, hi, NULL, rule, NULL }
#define UTC(n)                     INT (n, 0, MAX_UTC, UTC_RULE)
#define UTC_NULL(n)                INT_NULL (n, 0, MAX_UTC, UTC_RULE)
#define PAIN(n)                    INT (n, 0, 10, PAIN_RULE)
#define PAIN_NULL(n)               INT_NULL (n, 0, 10, PAIN_RULE)
#define BOOL(n)                    { n, FIELD_BOOL, FALSE, 0, 1, NULL, NULL, NULL }
#define BOOL_NULL(n)               { n, FIELD_BOOL, TRUE, 0, 1, NULL, NULL, NULL }
#define TEXT(n)                    { n, FIELD_TEXT, FALSE, 0, 0, NULL, NULL, NULL }
#define TEXT_NULL(n)               { n, FIELD_TEXT, TRUE, 0, 0, NULL, NULL, NULL }
#define CHECKED(n, f, rule)        { n, FIELD_TEXT, FALSE, 0, 0, f, rule, NULL }
#define CHECKED_NULL(n, f, rule)   { n, FIELD_TEXT, TRUE, 0, 0, f, rule, NULL }
#define DATE(n)                    CHECKED (n, check_date, DATE_RULE)
#define DATE_NULL(n)               CHECKED_NULL (n, check_date, DATE_RULE)
#define TIME(n)                    CHECKED (n, check_time, TIME_RULE)
#define TIME_NULL(n)               CHECKED_NULL (n, check_time, TIME_RULE)
#define REF(n, list)               { n, FIELD_REF, FALSE, 1, G_MAXINT64, NULL, NULL, list }

#define PAIN_RULE N_("pain scores go from 0 to 10")
#define DATE_RULE N_("dates are written YYYY-MM-DD and must exist in the calendar")
#define TIME_RULE N_("times are written HH:MM on the 24-hour clock")
#define UTC_RULE N_("times are whole seconds since 1970 (UTC)")
#define TRIAGE_RULE N_("the triage levels are emergency, same-day, see-clinician, " \
                       "rest-and-rehab and reduce-and-continue")
#define MORNING_RULE N_("next-morning answers go from 0 to 3")
#define WEEKDAYS_RULE N_("weekdays are flags from 0 to 127 (1 is Monday, 64 is Sunday)")
#define DOSE_RULE N_("a dose is eight whole numbers separated by commas, for a dose the " \
                     "plan could hold")
#define KIND_RULE N_("this is not a kind of reminder Kneewise knows")

typedef struct _Table Table;

typedef gboolean (*RowCheck) (const Table       *table,
                              guint              index,
                              const KwJsonNode  *row,
                              GError           **error);

struct _Table
{
  const char        *member;    /* in the file */
  const char        *table;     /* in the store */
  const char        *label;     /* N_(): for the summary */
  int                since;     /* the schema version that added the table */
  const char        *changed;   /* the store's "changed" detail */
  const char        *order_by;
  const Field       *fields;
  guint              n_fields;
  const char        *unique[2]; /* comma-separated members whose values
                                 * together appear only once */
  RowCheck           row_check;
  gboolean           headline;  /* a kind of record a person recognises */
};

static gboolean check_dose_row (const Table *, guint, const KwJsonNode *, GError **);
static gboolean check_session_row (const Table *, guint, const KwJsonNode *, GError **);
static gboolean check_rule_row (const Table *, guint, const KwJsonNode *, GError **);

static const Field value_fields[] = {
  TEXT ("key"),
  TEXT ("value"),
};

static const Field assessment_fields[] = {
  ID ("id"),
  UTC ("created"),
  CHECKED ("answers", check_answers,
           N_("the answers must be a key file with a group [answers] Kneewise can read")),
  CHECKED ("triage", check_triage, TRIAGE_RULE),
  CHECKED ("conditions", check_conditions,
           N_("conditions are known condition ids separated by “;”")),
  CHECKED ("red_flags", check_red_flags,
           N_("warning signs are known warning-sign ids separated by “;”")),
};

static const Field plan_fields[] = {
  ID ("id"),
  CHECKED ("condition", check_condition,
           N_("this is not a condition Kneewise knows (such as patellofemoral-pain)")),
  CHECKED ("triage", check_triage, TRIAGE_RULE),
  DATE ("start_date"),
  INT ("days_per_week", 1, 7, N_("a plan has 1 to 7 days a week")),
  INT ("minutes", 10, 90, N_("sessions last 10 to 90 minutes")),
  INT ("equipment", 0, 63, N_("equipment is a set of flags from 0 to 63")),
  INT ("phase", 1, 4, N_("phases go from 1 to 4")),
  BOOL ("active"),
  CHECKED ("created", check_timestamp,
           N_("times of day are written YYYY-MM-DDTHH:MM:SSZ, in UTC")),
};

static const Field phase_fields[] = {
  REF ("plan_id", "plans"),
  DATE ("start_date"),
  INT ("phase", 1, 4, N_("phases go from 1 to 4")),
};

static const Field dose_fields[] = {
  REF ("plan_id", "plans"),
  CHECKED ("exercise", check_exercise,
           N_("this is not an exercise Kneewise knows (such as wall-sit)")),
  INT ("sets", 1, KW_DOSE_MAX_SETS, N_("a dose has 1 to 10 sets")),
  INT ("reps", 0, KW_DOSE_MAX_REPS, N_("a dose has 0 to 40 repetitions")),
  INT ("hold_s", 0, KW_DOSE_MAX_HOLD_S, N_("a hold lasts 0 to 120 seconds")),
  INT ("distance_m", 0, KW_DOSE_MAX_DISTANCE_M, N_("a dose covers 0 to 100 metres")),
  INT ("rest_s", 0, KW_DOSE_MAX_REST_S, N_("a rest lasts 0 to 300 seconds")),
  INT ("per_week", 1, 7, N_("an exercise is done 1 to 7 times a week")),
  INT ("level", 0, 10, N_("exercise levels go from 0 to 10")),
  BOOL ("each_side"),
  DATE_NULL ("last_progress"),
  CHECKED_NULL ("restore", check_dose, DOSE_RULE),
  DATE_NULL ("restore_from"),
};

static const Field session_fields[] = {
  ID ("id"),
  REF ("plan_id", "plans"),
  DATE ("date"),
  CHECKED ("status", check_status, N_("a session is done, partial or skipped")),
  PAIN_NULL ("pain_during"),
  PAIN_NULL ("pain_evening"),
  PAIN ("baseline"),
  PAIN_NULL ("morning"),
  BOOL_NULL ("settled"),
  CHECKED ("swelling", check_swelling, N_("swelling is none, same or more")),
  BOOL ("limp"),
  BOOL ("running"),
  CHECKED ("zone", check_zone, N_("the zone is unknown, green, amber or red")),
};

static const Field change_fields[] = {
  ID ("id"),
  REF ("plan_id", "plans"),
  DATE ("date"),
  CHECKED ("kind", check_change_kind, N_("this is not a kind of plan change Kneewise knows")),
  TEXT_NULL ("exercise"),
  CHECKED_NULL ("dose_before", check_dose, DOSE_RULE),
  CHECKED_NULL ("dose_after", check_dose, DOSE_RULE),
  TEXT ("reason"),
};

static const Field rest_fields[] = {
  ID ("id"),
  DATE ("started"),
  DATE ("reassess"),
  DATE ("see_someone"),
  DATE_NULL ("ended"),
};

static const Field attempt_fields[] = {
  ID ("id"),
  DATE ("started"),
  BOOL ("tendinopathy"),
};

static const Field result_fields[] = {
  REF ("attempt_id", "readiness_attempts"),
  CHECKED ("test_id", check_readiness_test,
           N_("this is not a readiness test Kneewise knows (such as stairs)")),
  BOOL ("done"),
  PAIN ("pain"),
  INT ("next_morning", 0, 3, MORNING_RULE),
  BOOL ("swelling"),
  DATE ("recorded"),
};

static const Field run_fields[] = {
  ID ("id"),
  DATE ("date"),
  INT ("level", 0, 10, N_("walk-run levels go from 0 to 10")),
  INT ("duration_s", 1, 86400, N_("a run lasts from 1 second to 24 hours")),
  INT ("distance_m", 0, 500000, N_("a run covers 0 to 500 000 metres")),
  PAIN ("pain_during"),
  INT ("next_morning", 0, 3, MORNING_RULE),
  BOOL ("swelling"),
  BOOL ("limp"),
};

static const Field rule_fields[] = {
  ID ("id"),
  CHECKED ("source", check_source,
           N_("a reminder comes from user, plan, return-to-run or assessment")),
  CHECKED ("kind", check_reminder_kind, KIND_RULE),
  CHECKED ("target", check_not_empty, N_("a reminder needs a target")),
  TEXT_NULL ("label"),
  TIME ("local_time"),
  INT ("weekdays", 0, 127, WEEKDAYS_RULE),
  DATE_NULL ("on_date"),
  BOOL ("enabled"),
  UTC ("active_since_utc"),
  UTC_NULL ("snoozed_until_utc"),
  UTC_NULL ("last_fired_utc"),
};

static const Field fired_fields[] = {
  ID ("id"),
  REF ("rule_id", "reminder_rules"),
  UTC ("occurrence_utc"),
  UTC ("snoozed_until_utc"),
  UTC ("fired_utc"),
  BOOL ("missed"),
  CHECKED_NULL ("action", check_action, N_("the action is done, snoozed or opened")),
  UTC_NULL ("action_utc"),
};

static const Field done_fields[] = {
  CHECKED ("target", check_not_empty, N_("a reminder needs a target")),
  DATE ("day"),
  CHECKED ("kind", check_reminder_kind, KIND_RULE),
  UTC ("done_utc"),
};

static const Field kind_fields[] = {
  CHECKED ("kind", check_reminder_kind, KIND_RULE),
  BOOL ("enabled"),
  TIME_NULL ("local_time"),
  INT ("weekdays", 0, 127, WEEKDAYS_RULE),
};

static const Field settings_fields[] = {
  INT ("id", 1, 1, N_("there is one row of reminder settings, with id 1")),
  BOOL ("enabled"),
  TIME ("quiet_start"),
  TIME ("quiet_end"),
};

#define FIELDS(f) f, G_N_ELEMENTS (f)

/* In the order of the file and of the import: every list comes after the
 * lists it refers to. */
static const Table tables[] = {
  { "values", "kw_value", N_("Settings"), 1, "values", "key",
    FIELDS (value_fields), { "key", NULL }, NULL },
  { "assessments", "assessment", N_("Assessments"), 2, "assessments", "id",
    FIELDS (assessment_fields), { "id", NULL }, NULL, TRUE },
  { "plans", "plan", N_("Exercise plans"), 3, "plan", "id",
    FIELDS (plan_fields), { "id", NULL }, NULL, TRUE },
  { "plan_phases", "plan_phase", N_("Plan phases"), 3, "plan", "plan_id, start_date",
    FIELDS (phase_fields), { "plan_id,start_date", NULL }, NULL },
  { "plan_doses", "plan_dose", N_("Exercise doses"), 3, "plan", "plan_id, exercise",
    FIELDS (dose_fields), { "plan_id,exercise", NULL }, check_dose_row },
  { "sessions", "plan_session", N_("Logged sessions"), 3, "plan", "id",
    FIELDS (session_fields), { "id", "plan_id,date" }, check_session_row, TRUE },
  { "plan_changes", "plan_change", N_("Plan changes"), 3, "plan", "id",
    FIELDS (change_fields), { "id", NULL }, NULL },
  { "rest_periods", "rtr_rest", N_("Rest periods"), 4, "return-to-run", "id",
    FIELDS (rest_fields), { "id", NULL }, NULL, TRUE },
  { "readiness_attempts", "rtr_readiness_attempt", N_("Readiness checks"), 4, "return-to-run",
    "id", FIELDS (attempt_fields), { "id", NULL }, NULL, TRUE },
  { "readiness_results", "rtr_readiness_result", N_("Readiness test results"), 4,
    "return-to-run", "attempt_id, test_id",
    FIELDS (result_fields), { "attempt_id,test_id", NULL }, NULL },
  { "runs", "rtr_run", N_("Walk-run sessions"), 4, "return-to-run", "id",
    FIELDS (run_fields), { "id", NULL }, NULL, TRUE },
  { "reminder_rules", "reminder_rule", N_("Reminders"), 5, "reminders", "id",
    FIELDS (rule_fields), { "id", "source,kind,target" }, check_rule_row, TRUE },
  { "reminders_fired", "reminder_fired", N_("Reminders shown"), 5, "reminders", "id",
    FIELDS (fired_fields), { "id", "rule_id,occurrence_utc,snoozed_until_utc" }, NULL },
  { "reminders_done", "reminder_done", N_("Reminders ticked off"), 5, "reminders",
    "target, day", FIELDS (done_fields), { "target,day", NULL }, NULL },
  { "reminder_kinds", "reminder_kind", N_("Reminder preferences"), 5, "reminders", "kind",
    FIELDS (kind_fields), { "kind", NULL }, NULL },
  { "reminder_settings", "reminder_settings", N_("Reminder settings"), 5, "reminders", "id",
    FIELDS (settings_fields), { "id", NULL }, NULL },
};

static const char * const header_members[] = {
  "format", "format_version", "app_version", "exported_at", "store_version",
};

/* ---- The archive ------------------------------------------------------ */

struct _KwDataArchive
{
  GObject     parent_instance;

  KwJsonNode *root;
  const char *app_version;
  const char *exported_at;
  int         store_version;
  /* The list of each table, or NULL if the file has none (a table newer
   * than the store that wrote the file). */
  KwJsonNode *lists[G_N_ELEMENTS (tables)];
};

G_DEFINE_FINAL_TYPE (KwDataArchive, kw_data_archive, G_TYPE_OBJECT)

static void
kw_data_archive_finalize (GObject *object)
{
  KwDataArchive *self = (KwDataArchive *) object;

  g_clear_pointer (&self->root, kw_json_node_free);

  G_OBJECT_CLASS (kw_data_archive_parent_class)->finalize (object);
}

static void
kw_data_archive_class_init (KwDataArchiveClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kw_data_archive_finalize;
}

static void
kw_data_archive_init (KwDataArchive *self)
{
}

static const Table *
find_table (const char *member)
{
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (g_str_equal (tables[i].member, member))
      return &tables[i];
  return NULL;
}

static const Field *
find_field (const Table *table,
            const char  *name)
{
  for (guint i = 0; i < table->n_fields; i++)
    if (g_str_equal (table->fields[i].name, name))
      return &table->fields[i];
  return NULL;
}

/* ---- Validation ------------------------------------------------------- */

/* A member name from the file, for a message: cut by characters (never
 * inside one) so a name of a million characters cannot flood the dialog. */
static char *
shorten (const char *name)
{
  g_autofree char *cut = NULL;

  if (g_utf8_strlen (name, -1) <= 60)
    return g_strdup (name);
  cut = g_utf8_substring (name, 0, 60);
  return g_strconcat (cut, "…", NULL);
}

static gboolean
invalid (GError     **error,
         const char  *format,
         ...) G_GNUC_PRINTF (2, 3);

static gboolean
invalid (GError     **error,
         const char  *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, KW_DATA_ARCHIVE_ERROR, KW_DATA_ARCHIVE_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
bad_value (GError           **error,
           const Table       *table,
           guint              index,
           const char        *member,
           const KwJsonNode  *value,
           const char        *rule)
{
  g_autofree char *shown = kw_json_node_to_string (value);

  /* Translators: "sessions[3].pain_during is 11; pain scores go from 0 to 10".
   * The first three are names in the file, then the value, then the rule. */
  return invalid (error, _("%s[%u].%s is %s; %s"), table->member, index, member, shown,
                  g_dgettext (GETTEXT_PACKAGE, rule));
}

static gboolean
check_field (const Table       *table,
             guint              index,
             const Field       *field,
             const KwJsonNode  *value,
             GError           **error)
{
  KwJsonType type = kw_json_node_get_node_type (value);
  KwJsonType want = KW_JSON_STRING;
  g_autofree char *rule = NULL;

  switch (field->kind)
    {
    case FIELD_ID:
    case FIELD_INT:
    case FIELD_REF:
      want = KW_JSON_INTEGER;
      break;
    case FIELD_BOOL:
      want = KW_JSON_BOOLEAN;
      break;
    case FIELD_TEXT:
    default:
      want = KW_JSON_STRING;
      break;
    }

  if (type == KW_JSON_NULL && field->nullable)
    return TRUE;

  if (type != want)
    {
      /* Translators: %s is a type such as "a whole number" */
      rule = g_strdup_printf (field->nullable ? _("it must be %s or null") : _("it must be %s"),
                              kw_json_type_get_name (want));
      return bad_value (error, table, index, field->name, value, rule);
    }

  switch (field->kind)
    {
    case FIELD_ID:
    case FIELD_REF:
    case FIELD_INT:
      {
        gint64 n = kw_json_node_get_integer (value);

        if (n < field->min || n > field->max)
          {
            g_autofree char *min = NULL;

            if (field->rule != NULL)
              return bad_value (error, table, index, field->name, value, field->rule);
            min = g_strdup_printf ("%" G_GINT64_FORMAT, field->min);
            /* Translators: %s is a number */
            rule = g_strdup_printf (_("it must be %s or more"), min);
            return bad_value (error, table, index, field->name, value, rule);
          }
        return TRUE;
      }
    case FIELD_TEXT:
      if (field->check != NULL && !field->check (kw_json_node_get_string (value)))
        return bad_value (error, table, index, field->name, value, field->rule);
      return TRUE;
    case FIELD_BOOL:
    default:
      return TRUE;
    }
}

static gint64
member_int (const KwJsonNode *row,
            const char       *name)
{
  KwJsonNode *value = kw_json_node_get_member (row, name);

  if (value == NULL || kw_json_node_get_node_type (value) != KW_JSON_INTEGER)
    return -1;
  return kw_json_node_get_integer (value);
}

static gboolean
member_is_null (const KwJsonNode *row,
                const char       *name)
{
  KwJsonNode *value = kw_json_node_get_member (row, name);

  return value == NULL || kw_json_node_get_node_type (value) == KW_JSON_NULL;
}

static gboolean
check_dose_row (const Table       *table,
                guint              index,
                const KwJsonNode  *row,
                GError           **error)
{
  KwDose dose = {
    (guint) member_int (row, "sets"), (guint) member_int (row, "reps"),
    (guint) member_int (row, "hold_s"), (guint) member_int (row, "distance_m"),
    (guint) member_int (row, "rest_s"), (guint) member_int (row, "per_week"),
    (guint) member_int (row, "level"),
    kw_json_node_get_boolean (kw_json_node_get_member (row, "each_side")),
  };

  if (!kw_dose_is_valid (&dose))
    return invalid (error, _("%s[%u] has reps %u, hold_s %u and distance_m %u; a dose is "
                             "exactly one of repetitions, a hold or a distance"),
                    table->member, index, dose.reps, dose.hold_s, dose.distance_m);
  if (member_is_null (row, "restore") != member_is_null (row, "restore_from"))
    return invalid (error, _("%s[%u] has only one of restore and restore_from; they go "
                             "together"), table->member, index);
  return TRUE;
}

static gboolean
check_session_row (const Table       *table,
                   guint              index,
                   const KwJsonNode  *row,
                   GError           **error)
{
  const char *status = kw_json_node_get_string (kw_json_node_get_member (row, "status"));

  if (!g_str_equal (status, "skipped") && member_is_null (row, "pain_during"))
    return invalid (error, _("%s[%u].pain_during is null; a session that was not skipped "
                             "has a pain score from 0 to 10"), table->member, index);
  return TRUE;
}

static gboolean
check_rule_row (const Table       *table,
                guint              index,
                const KwJsonNode  *row,
                GError           **error)
{
  if ((member_int (row, "weekdays") == 0) == member_is_null (row, "on_date"))
    return invalid (error, _("%s[%u] has weekdays %d and on_date %s; a reminder repeats on "
                             "weekdays or comes once on a date, not both or neither"),
                    table->member, index, (int) member_int (row, "weekdays"),
                    member_is_null (row, "on_date") ? "null" :
                      kw_json_node_get_string (kw_json_node_get_member (row, "on_date")));
  return TRUE;
}

/* A key made of the values of @members, for the uniqueness checks. Strings
 * carry their length, so no two different rows can give the same key. */
static char *
row_key (const KwJsonNode *row,
         const char       *members)
{
  g_auto(GStrv) names = g_strsplit (members, ",", -1);
  GString *key = g_string_new (NULL);

  for (guint i = 0; names[i] != NULL; i++)
    {
      KwJsonNode *value = kw_json_node_get_member (row, names[i]);

      if (kw_json_node_get_node_type (value) == KW_JSON_STRING)
        {
          const char *text = kw_json_node_get_string (value);
          g_string_append_printf (key, "s%zu:%s;", strlen (text), text);
        }
      else
        {
          g_autofree char *shown = kw_json_node_to_string (value);
          g_string_append_printf (key, "v%s;", shown);
        }
    }
  return g_string_free (key, FALSE);
}

typedef struct
{
  /* For each table: its ids (gint64 → row index), for the references. */
  GHashTable *ids[G_N_ELEMENTS (tables)];
} Context;

static void
context_clear (Context *ctx)
{
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    g_clear_pointer (&ctx->ids[i], g_hash_table_unref);
}

static gboolean
check_row (const Table       *table,
           guint              index,
           const KwJsonNode  *row,
           Context           *ctx,
           GError           **error)
{
  g_autofree char *shown = NULL;

  if (kw_json_node_get_node_type (row) != KW_JSON_OBJECT)
    {
      shown = kw_json_node_to_string (row);
      return invalid (error, _("%s[%u] is %s; each entry must be an object"),
                      table->member, index, shown);
    }

  for (guint i = 0; i < kw_json_node_get_length (row); i++)
    {
      const char *name = kw_json_node_get_member_name (row, i);

      if (find_field (table, name) == NULL)
        {
          g_autofree char *short_name = shorten (name);

          return invalid (error, _("%s[%u] has a member “%s” that Kneewise does not know"),
                          table->member, index, short_name);
        }
    }

  for (guint i = 0; i < table->n_fields; i++)
    {
      const Field *field = &table->fields[i];
      KwJsonNode *value = kw_json_node_get_member (row, field->name);

      if (value == NULL)
        return invalid (error, _("%s[%u] has no member “%s”"), table->member, index,
                        field->name);
      if (!check_field (table, index, field, value, error))
        return FALSE;

      if (field->kind == FIELD_REF)
        {
          const Table *target = find_table (field->ref);
          GHashTable *ids = ctx->ids[target - tables];
          gint64 id = kw_json_node_get_integer (value);

          if (ids == NULL || !g_hash_table_contains (ids, &id))
            {
              shown = kw_json_node_to_string (value);
              /* Translators: "sessions[2].plan_id is 7; no entry in “plans” has that id" */
              return invalid (error, _("%s[%u].%s is %s; no entry in “%s” has that id"),
                              table->member, index, field->name, shown, field->ref);
            }
        }
    }

  if (table->row_check != NULL && !table->row_check (table, index, row, error))
    return FALSE;

  return TRUE;
}

static gboolean
check_rows (const Table       *table,
            const KwJsonNode  *list,
            Context           *ctx,
            GHashTable       **seen,
            GError           **error)
{
  guint n_active = 0;

  for (guint i = 0; i < kw_json_node_get_length (list); i++)
    {
      const KwJsonNode *row = kw_json_node_get_element (list, i);

      if (!check_row (table, i, row, ctx, error))
        return FALSE;

      for (guint u = 0; u < G_N_ELEMENTS (table->unique) && seen[u] != NULL; u++)
        {
          g_autofree char *key = row_key (row, table->unique[u]);
          gpointer first;

          if (g_hash_table_lookup_extended (seen[u], key, NULL, &first))
            {
              g_autofree char *members = NULL;
              g_auto(GStrv) names = g_strsplit (table->unique[u], ",", -1);

              members = g_strjoinv (", ", names);
              /* Translators: "sessions[4] has the same plan_id, date as sessions[2]" */
              return invalid (error, _("%s[%u] has the same %s as %s[%u]; each may appear "
                                       "only once"),
                              table->member, i, members, table->member,
                              GPOINTER_TO_UINT (first));
            }
          g_hash_table_insert (seen[u], g_steal_pointer (&key), GUINT_TO_POINTER (i));
        }

      if (ctx->ids[table - tables] != NULL)
        {
          gint64 id = kw_json_node_get_integer (kw_json_node_get_member (row, "id"));
          g_hash_table_add (ctx->ids[table - tables], g_memdup2 (&id, sizeof id));
        }

      if (g_str_equal (table->member, "plans") &&
          kw_json_node_get_boolean (kw_json_node_get_member (row, "active")) &&
          ++n_active > 1)
        return invalid (error, _("%s[%u] is active, and so is an earlier plan; only one plan "
                                 "is active at a time"), table->member, i);
    }

  return TRUE;
}

static gboolean
check_list (const Table       *table,
            const KwJsonNode  *list,
            Context           *ctx,
            GError           **error)
{
  GHashTable *seen[G_N_ELEMENTS (table->unique)] = { NULL, NULL };
  gboolean ok;

  if (kw_json_node_get_node_type (list) != KW_JSON_ARRAY)
    {
      g_autofree char *shown = kw_json_node_to_string (list);
      return invalid (error, _("“%s” is %s; it must be a list"), table->member, shown);
    }

  for (guint u = 0; u < G_N_ELEMENTS (seen) && table->unique[u] != NULL; u++)
    seen[u] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (find_field (table, "id") != NULL && find_field (table, "id")->kind == FIELD_ID)
    ctx->ids[table - tables] = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  ok = check_rows (table, list, ctx, seen, error);

  for (guint u = 0; u < G_N_ELEMENTS (seen); u++)
    g_clear_pointer (&seen[u], g_hash_table_unref);
  return ok;
}

static gboolean
check_header (KwDataArchive  *self,
              GError        **error)
{
  KwJsonNode *root = self->root;
  KwJsonNode *format, *version, *app, *exported, *store;

  if (kw_json_node_get_node_type (root) != KW_JSON_OBJECT)
    {
      g_set_error (error, KW_DATA_ARCHIVE_ERROR, KW_DATA_ARCHIVE_ERROR_FOREIGN,
                   /* Translators: %s is a type such as "a list" */
                   _("This is not a Kneewise data file: it holds %s, not an object with "
                     "a “format” member."),
                   kw_json_type_get_name (kw_json_node_get_node_type (root)));
      return FALSE;
    }

  format = kw_json_node_get_member (root, "format");
  if (format == NULL || kw_json_node_get_node_type (format) != KW_JSON_STRING ||
      !g_str_equal (kw_json_node_get_string (format), KW_DATA_ARCHIVE_FORMAT))
    {
      g_autofree char *shown = format != NULL ? kw_json_node_to_string (format) : NULL;

      if (shown != NULL)
        g_set_error (error, KW_DATA_ARCHIVE_ERROR, KW_DATA_ARCHIVE_ERROR_FOREIGN,
                     _("This is not a Kneewise data file: its format is %s, not “%s”."),
                     shown, KW_DATA_ARCHIVE_FORMAT);
      else
        g_set_error (error, KW_DATA_ARCHIVE_ERROR, KW_DATA_ARCHIVE_ERROR_FOREIGN,
                     _("This is not a Kneewise data file: it has no “format” member "
                       "saying “%s”."),
                     KW_DATA_ARCHIVE_FORMAT);
      return FALSE;
    }

  version = kw_json_node_get_member (root, "format_version");
  if (version == NULL || kw_json_node_get_node_type (version) != KW_JSON_INTEGER ||
      kw_json_node_get_integer (version) < 1)
    {
      g_autofree char *shown = version != NULL ? kw_json_node_to_string (version) : NULL;

      if (shown == NULL)
        return invalid (error, _("The file has no member “format_version”."));
      return invalid (error, _("format_version is %s; it must be a whole number from 1"), shown);
    }
  if (kw_json_node_get_integer (version) > KW_DATA_ARCHIVE_FORMAT_VERSION)
    {
      g_autofree char *shown = kw_json_node_to_string (version);

      g_set_error (error, KW_DATA_ARCHIVE_ERROR, KW_DATA_ARCHIVE_ERROR_NEWER_VERSION,
                   /* Translators: two version numbers */
                   _("This file was exported by a newer version of Kneewise (data format "
                     "%s; this version reads format %d). Update Kneewise to import it."),
                   shown, KW_DATA_ARCHIVE_FORMAT_VERSION);
      return FALSE;
    }

  app = kw_json_node_get_member (root, "app_version");
  if (app == NULL || kw_json_node_get_node_type (app) != KW_JSON_STRING ||
      *kw_json_node_get_string (app) == '\0')
    {
      g_autofree char *shown = app != NULL ? kw_json_node_to_string (app) : NULL;

      if (shown == NULL)
        return invalid (error, _("The file has no member “app_version”."));
      return invalid (error, _("app_version is %s; it must be a version such as “1.0.0”"),
                      shown);
    }
  self->app_version = kw_json_node_get_string (app);

  exported = kw_json_node_get_member (root, "exported_at");
  if (exported == NULL || kw_json_node_get_node_type (exported) != KW_JSON_STRING ||
      !check_timestamp (kw_json_node_get_string (exported)))
    {
      g_autofree char *shown = exported != NULL ? kw_json_node_to_string (exported) : NULL;

      if (shown == NULL)
        return invalid (error, _("The file has no member “exported_at”."));
      return invalid (error, _("exported_at is %s; it must be a time written "
                               "YYYY-MM-DDTHH:MM:SSZ, in UTC"), shown);
    }
  self->exported_at = kw_json_node_get_string (exported);

  store = kw_json_node_get_member (root, "store_version");
  if (store == NULL || kw_json_node_get_node_type (store) != KW_JSON_INTEGER ||
      kw_json_node_get_integer (store) < 1 || kw_json_node_get_integer (store) > G_MAXINT)
    {
      g_autofree char *shown = store != NULL ? kw_json_node_to_string (store) : NULL;

      if (shown == NULL)
        return invalid (error, _("The file has no member “store_version”."));
      return invalid (error, _("store_version is %s; it must be a whole number from 1"), shown);
    }
  self->store_version = (int) kw_json_node_get_integer (store);

  return TRUE;
}

/**
 * kw_data_archive_parse:
 * @bytes: the file's contents: anything at all
 * @error: return location for a #KwDataArchiveError
 *
 * Reads and fully checks a data file, without a store and without I/O:
 * its JSON, its format and version, every member's type, and every value
 * against the app's rules and the other entries it refers to. If this
 * succeeds, kw_data_archive_import() can only fail in the store.
 *
 * Returns: (transfer full) (nullable): the archive, or %NULL with @error
 *   naming the problem and where it is
 */
KwDataArchive *
kw_data_archive_parse (GBytes  *bytes,
                       GError **error)
{
  g_autoptr(KwDataArchive) self = NULL;
  g_autoptr(GError) json_error = NULL;
  Context ctx = { { NULL } };
  KwJsonNode *root;
  gconstpointer data;
  gsize size;
  gboolean ok = TRUE;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (size > KW_DATA_ARCHIVE_MAX_SIZE)
    {
      g_set_error (error, KW_DATA_ARCHIVE_ERROR, KW_DATA_ARCHIVE_ERROR_TOO_LARGE,
                   _("This is not a Kneewise data file: at %u MB it is far larger than "
                     "one can be."),
                   (guint) MIN (size / (1024 * 1024), G_MAXUINT));
      return NULL;
    }

  root = kw_json_parse (data, size, &json_error);
  if (root == NULL)
    {
      g_set_error (error, KW_DATA_ARCHIVE_ERROR, KW_DATA_ARCHIVE_ERROR_NOT_JSON,
                   _("This is not a Kneewise data file: it is not valid JSON (%s)."),
                   json_error->message);
      return NULL;
    }

  self = g_object_new (KW_TYPE_DATA_ARCHIVE, NULL);
  self->root = root;

  if (!check_header (self, error))
    return NULL;

  for (guint i = 0; i < kw_json_node_get_length (root); i++)
    {
      const char *name = kw_json_node_get_member_name (root, i);
      gboolean known = find_table (name) != NULL;

      for (guint h = 0; h < G_N_ELEMENTS (header_members) && !known; h++)
        known = g_str_equal (name, header_members[h]);
      if (!known)
        {
          g_autofree char *shown = shorten (name);

          invalid (error, _("The file has a member “%s” that this version of Kneewise does "
                            "not know."), shown);
          return NULL;
        }
    }

  for (guint t = 0; t < G_N_ELEMENTS (tables) && ok; t++)
    {
      KwJsonNode *list = kw_json_node_get_member (root, tables[t].member);

      /* A store older than a table could not have written it: the file
       * simply has none of those entries. */
      if (list == NULL)
        {
          if (tables[t].since <= self->store_version)
            ok = invalid (error, _("The file has no member “%s”."), tables[t].member);
          continue;
        }

      ok = check_list (&tables[t], list, &ctx, error);
      self->lists[t] = list;
    }
  context_clear (&ctx);

  if (!ok)
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * kw_data_archive_load:
 * @file: a data file
 * @error: return location for a #KwDataArchiveError or #GIOError
 *
 * Reads @file (refusing one larger than %KW_DATA_ARCHIVE_MAX_SIZE before
 * reading it) and checks it with kw_data_archive_parse().
 *
 * Returns: (transfer full) (nullable): the archive, or %NULL with @error set
 */
KwDataArchive *
kw_data_archive_load (GFile   *file,
                      GError **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            NULL, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_size (info) > KW_DATA_ARCHIVE_MAX_SIZE)
    {
      g_set_error (error, KW_DATA_ARCHIVE_ERROR, KW_DATA_ARCHIVE_ERROR_TOO_LARGE,
                   _("This is not a Kneewise data file: at %u MB it is far larger than "
                     "one can be."),
                   (guint) MIN (g_file_info_get_size (info) / (1024 * 1024), G_MAXUINT));
      return NULL;
    }

  if (!(bytes = g_file_load_bytes (file, NULL, NULL, error)))
    return NULL;

  return kw_data_archive_parse (bytes, error);
}

/* ---- Reading the archive ---------------------------------------------- */

const char *
kw_data_archive_get_app_version (KwDataArchive *self)
{
  g_return_val_if_fail (KW_IS_DATA_ARCHIVE (self), NULL);
  return self->app_version;
}

/**
 * kw_data_archive_get_exported_at:
 *
 * Returns: when the file was written, "YYYY-MM-DDTHH:MM:SSZ" in UTC
 */
const char *
kw_data_archive_get_exported_at (KwDataArchive *self)
{
  g_return_val_if_fail (KW_IS_DATA_ARCHIVE (self), NULL);
  return self->exported_at;
}

/**
 * kw_data_archive_get_store_version:
 *
 * Returns: the schema version of the store that wrote the file
 */
int
kw_data_archive_get_store_version (KwDataArchive *self)
{
  g_return_val_if_fail (KW_IS_DATA_ARCHIVE (self), 0);
  return self->store_version;
}

/**
 * kw_data_archive_get_count:
 * @self: a #KwDataArchive
 * @member: a list of the file ("sessions")
 *
 * Returns: how many entries the list holds
 */
guint
kw_data_archive_get_count (KwDataArchive *self,
                           const char    *member)
{
  const Table *table;

  g_return_val_if_fail (KW_IS_DATA_ARCHIVE (self), 0);
  g_return_val_if_fail (member != NULL, 0);

  table = find_table (member);
  g_return_val_if_fail (table != NULL, 0);

  if (self->lists[table - tables] == NULL)
    return 0;
  return kw_json_node_get_length (self->lists[table - tables]);
}

/**
 * kw_data_archive_get_total:
 *
 * Returns: how many entries all the lists hold together
 */
guint
kw_data_archive_get_total (KwDataArchive *self)
{
  guint total = 0;

  g_return_val_if_fail (KW_IS_DATA_ARCHIVE (self), 0);

  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    total += kw_data_archive_get_count (self, tables[t].member);
  return total;
}

/**
 * kw_data_archive_describe:
 * @headline_only: only the kinds of record a person knows from the app
 *   (assessments, plans, logged sessions…), not the plan's inner workings
 *
 * Returns: (transfer full): one line per kind of record the file holds,
 *   "Logged sessions: 12", in the current language; lists that are empty
 *   are left out
 */
char *
kw_data_archive_describe (KwDataArchive *self,
                          gboolean       headline_only)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (KW_IS_DATA_ARCHIVE (self), NULL);

  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      guint n = kw_data_archive_get_count (self, tables[t].member);

      if (n == 0 || (headline_only && !tables[t].headline))
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* Translators: a kind of record, then how many */
      g_string_append_printf (text, _("%s: %u"), g_dgettext (GETTEXT_PACKAGE, tables[t].label), n);
    }
  if (text->len == 0)
    g_string_append (text, _("No records: importing it leaves Kneewise empty."));

  return g_string_free (text, FALSE);
}

/* ---- Export ----------------------------------------------------------- */

static gboolean
write_table (KwStore       *store,
             const Table   *table,
             KwJsonWriter  *writer,
             GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) sql = g_string_new ("SELECT ");
  int rc;

  /* Identifiers from the constant table above, never from user text. */
  for (guint i = 0; i < table->n_fields; i++)
    g_string_append_printf (sql, "%s%s", i > 0 ? ", " : "", table->fields[i].name);
  g_string_append_printf (sql, " FROM %s ORDER BY %s", table->table, table->order_by);

  if (!(stmt = _kw_store_prepare (store, sql->str, error)))
    return FALSE;

  kw_json_writer_member (writer, table->member);
  kw_json_writer_begin_array (writer, FALSE);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      kw_json_writer_begin_object (writer, TRUE);
      for (guint i = 0; i < table->n_fields; i++)
        {
          const Field *field = &table->fields[i];

          kw_json_writer_member (writer, field->name);
          if (sqlite3_column_type (stmt, (int) i) == SQLITE_NULL)
            kw_json_writer_null (writer);
          else if (field->kind == FIELD_BOOL)
            kw_json_writer_boolean (writer, sqlite3_column_int64 (stmt, (int) i) != 0);
          else if (field->kind == FIELD_TEXT)
            kw_json_writer_string (writer, (const char *) sqlite3_column_text (stmt, (int) i));
          else
            kw_json_writer_integer (writer, sqlite3_column_int64 (stmt, (int) i));
        }
      kw_json_writer_end_object (writer);
    }
  kw_json_writer_end_array (writer);

  if (rc != SQLITE_DONE)
    {
      _kw_store_set_error (store, rc, error);
      return FALSE;
    }
  return TRUE;
}

/**
 * kw_data_archive_export_to_bytes:
 * @store: the store
 * @error: return location for a #KwStoreError
 *
 * Writes everything in the store as one data file (docs/data-format.md),
 * read in one transaction so the file is a consistent snapshot.
 *
 * Returns: (transfer full) (nullable): the file's contents
 */
GBytes *
kw_data_archive_export_to_bytes (KwStore  *store,
                                 GError  **error)
{
  g_autoptr(KwJsonWriter) writer = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

  g_return_val_if_fail (KW_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  writer = kw_json_writer_new ();
  kw_json_writer_begin_object (writer, FALSE);
  kw_json_writer_member (writer, "format");
  kw_json_writer_string (writer, KW_DATA_ARCHIVE_FORMAT);
  kw_json_writer_member (writer, "format_version");
  kw_json_writer_integer (writer, KW_DATA_ARCHIVE_FORMAT_VERSION);
  kw_json_writer_member (writer, "app_version");
  kw_json_writer_string (writer, PACKAGE_VERSION);
  kw_json_writer_member (writer, "exported_at");
  kw_json_writer_string (writer, stamp);
  kw_json_writer_member (writer, "store_version");
  kw_json_writer_integer (writer, kw_store_get_version (store));

  if (!_kw_store_begin (store, error))
    return NULL;
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      if (!write_table (store, &tables[t], writer, error))
        {
          _kw_store_rollback (store);
          return NULL;
        }
    }
  /* Nothing was written: ending the read cannot lose anything. */
  _kw_store_rollback (store);

  kw_json_writer_end_object (writer);
  return kw_json_writer_free_to_bytes (g_steal_pointer (&writer));
}

/**
 * kw_data_archive_export_to_file:
 * @store: the store
 * @file: where to write; replaced if it exists
 * @error: return location for a #KwStoreError or #GIOError
 *
 * Writes the data file atomically (a half-written file never replaces a
 * good one), readable only by the user: it holds health records.
 *
 * Returns: %TRUE if the file was written
 */
gboolean
kw_data_archive_export_to_file (KwStore  *store,
                                GFile    *file,
                                GError  **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFileOutputStream) out = NULL;
  gsize size;
  gconstpointer data;

  g_return_val_if_fail (KW_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(bytes = kw_data_archive_export_to_bytes (store, error)))
    return FALSE;

  data = g_bytes_get_data (bytes, &size);
  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                        NULL, error);
  if (out == NULL)
    return FALSE;
  if (!g_output_stream_write_all (G_OUTPUT_STREAM (out), data, size, NULL, NULL, error))
    {
      /* Leaves the file that was there before. */
      g_autoptr(GCancellable) cancel = g_cancellable_new ();
      g_cancellable_cancel (cancel);
      g_output_stream_close (G_OUTPUT_STREAM (out), cancel, NULL);
      return FALSE;
    }
  return g_output_stream_close (G_OUTPUT_STREAM (out), NULL, error);
}

/* ---- Import ----------------------------------------------------------- */

/* A consistent copy of the whole database (WAL included) next to it,
 * created private first: VACUUM INTO would use the default file mode. */
static char *
back_up (KwStore  *store,
         GError  **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *dir = g_path_get_dirname (kw_store_get_path (store));
  g_autofree char *path = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int fd = -1;

  for (guint i = 0; fd < 0; i++)
    {
      g_autofree char *name = i == 0
        ? g_strdup_printf ("kneewise-before-import-%s.db", stamp)
        : g_strdup_printf ("kneewise-before-import-%s-%u.db", stamp, i);

      g_free (path);
      path = g_build_filename (dir, name, NULL);
      fd = g_open (path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
      if (fd < 0 && (errno != EEXIST || i > 100))
        {
          int saved_errno = errno;
          g_autofree char *display = g_filename_display_name (path);

          g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_FAILED,
                       _("Kneewise could not make a copy of your data in “%s” (%s), so "
                         "nothing was imported."),
                       display, g_strerror (saved_errno));
          return NULL;
        }
    }
  g_close (fd, NULL);

  if (!(stmt = _kw_store_prepare (store, "VACUUM INTO ?1", error)))
    goto fail;
  sqlite3_bind_text (stmt, 1, path, -1, SQLITE_TRANSIENT);
  if (!_kw_store_step_done (store, stmt, error))
    goto fail;

  return g_steal_pointer (&path);

fail:
  g_unlink (path);
  return NULL;
}

static void
bind_value (sqlite3_stmt     *stmt,
            int               column,
            const KwJsonNode *value)
{
  switch (kw_json_node_get_node_type (value))
    {
    case KW_JSON_BOOLEAN:
      sqlite3_bind_int (stmt, column, kw_json_node_get_boolean (value) ? 1 : 0);
      break;
    case KW_JSON_INTEGER:
      sqlite3_bind_int64 (stmt, column, kw_json_node_get_integer (value));
      break;
    case KW_JSON_STRING:
      sqlite3_bind_text (stmt, column, kw_json_node_get_string (value), -1, SQLITE_TRANSIENT);
      break;
    case KW_JSON_NULL:
    case KW_JSON_DOUBLE:
    case KW_JSON_ARRAY:
    case KW_JSON_OBJECT:
    default:
      /* Validation let only null through here. */
      sqlite3_bind_null (stmt, column);
      break;
    }
}

static gboolean
insert_rows (KwStore           *store,
             const Table       *table,
             const KwJsonNode  *list,
             GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) sql = g_string_new (NULL);

  g_string_printf (sql, "INSERT INTO %s (", table->table);
  for (guint i = 0; i < table->n_fields; i++)
    g_string_append_printf (sql, "%s%s", i > 0 ? ", " : "", table->fields[i].name);
  g_string_append (sql, ") VALUES (");
  for (guint i = 0; i < table->n_fields; i++)
    g_string_append_printf (sql, "%s?%u", i > 0 ? ", " : "", i + 1);
  g_string_append (sql, ")");

  if (!(stmt = _kw_store_prepare (store, sql->str, error)))
    return FALSE;

  for (guint r = 0; list != NULL && r < kw_json_node_get_length (list); r++)
    {
      const KwJsonNode *row = kw_json_node_get_element (list, r);

      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      for (guint i = 0; i < table->n_fields; i++)
        bind_value (stmt, (int) i + 1, kw_json_node_get_member (row, table->fields[i].name));
      if (!_kw_store_step_done (store, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
replace_all (KwDataArchive  *self,
             KwStore        *store,
             GError        **error)
{
  /* Children first, so no delete depends on ON DELETE CASCADE. */
  for (guint t = G_N_ELEMENTS (tables); t-- > 0;)
    {
      g_autofree char *sql = g_strdup_printf ("DELETE FROM %s", tables[t].table);

      if (!_kw_store_exec (store, sql, error))
        return FALSE;
    }

  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    if (!insert_rows (store, &tables[t], self->lists[t], error))
      return FALSE;

  /* The reminders read their one settings row; a file without it gets
   * the defaults, as a new store does. */
  if (kw_data_archive_get_count (self, "reminder_settings") == 0 &&
      !_kw_store_exec (store, "INSERT INTO reminder_settings (id) VALUES (1)", error))
    return FALSE;

  return TRUE;
}

/**
 * kw_data_archive_import:
 * @self: an archive from kw_data_archive_parse()
 * @store: the store whose data it replaces
 * @backup_path: (out) (optional) (transfer full): where the copy of the
 *   data as it was before was kept
 * @error: return location for a #KwStoreError
 *
 * Replaces all the data in @store with the archive's, in one transaction,
 * after copying the database to `kneewise-before-import-YYYYMMDD-HHMMSS.db`
 * next to it. On any error nothing changed (no copy is left either), and
 * the message says so. Emits the store's "changed" signal for every part.
 *
 * Returns: %TRUE if the data was imported
 */
gboolean
kw_data_archive_import (KwDataArchive  *self,
                        KwStore        *store,
                        char          **backup_path,
                        GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *backup = NULL;

  g_return_val_if_fail (KW_IS_DATA_ARCHIVE (self), FALSE);
  g_return_val_if_fail (KW_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(backup = back_up (store, &local_error)))
    goto fail;

  if (!_kw_store_begin (store, &local_error))
    goto fail;
  if (!replace_all (self, store, &local_error))
    {
      _kw_store_rollback (store);
      goto fail;
    }
  if (!_kw_store_commit (store, &local_error))
    goto fail;

  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    if (t == 0 || !g_str_equal (tables[t].changed, tables[t - 1].changed))
      _kw_store_emit_changed (store, tables[t].changed);

  if (backup_path != NULL)
    *backup_path = g_steal_pointer (&backup);
  return TRUE;

fail:
  if (backup != NULL)
    g_unlink (backup);
  g_set_error (error, local_error->domain, local_error->code,
               /* Translators: %s says what went wrong */
               _("%s Nothing was imported; your data is as it was."), local_error->message);
  return FALSE;
}
