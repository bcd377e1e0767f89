/* test-data-archive.c: export all the data, import it back, refuse bad files
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Real SQLite files filled through the core API, as the app fills them.
 * Set KW_DATA_EXPORT_SAMPLE_OUT to a path to write the full export (the
 * source of tests/data-export/valid-full.json).
 */

#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "kw-assessment.h"
#include "kw-data-archive.h"
#include "kw-plan.h"
#include "kw-reminder-store.h"
#include "kw-return-store.h"
#include "kw-store-private.h"
#include "kw-test-date.h"

static gint64
at (guint y,
    guint m,
    guint d,
    guint h,
    guint min)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (y, m, d, h, min, 0);
  return g_date_time_to_unix (dt);
}

static KwStore *
open_store (const char *name)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), name, "kneewise.db", NULL);
  g_autoptr(GError) error = NULL;
  KwStore *store = kw_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

/* Something in every table, through the same calls the app makes. */
static void
fill_store (KwStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *ini = g_test_build_filename (G_TEST_DIST, "assessment", "01-pfp-classic.ini",
                                                NULL);
  g_autoptr(KwAnswers) answers = kw_answers_new_from_file (ini, &error);
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 10, 30, 18, 5, 0);
  g_autoptr(KwAssessment) assessment = NULL;
  g_autoptr(KwPlanPrefs) prefs = kw_plan_prefs_new_default ();
  g_autoptr(KwPlan) plan = NULL;
  g_autoptr(KwPainLog) log = NULL;
  g_autoptr(KwPainLog) skipped = NULL;
  g_autoptr(KwReminderRule) weekly = NULL;
  g_autoptr(KwReminderRule) once = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  KwReadinessEntry entry = { "daily-life", TRUE, 1, KW_NEXT_MORNING_NOT_WORSE, FALSE };
  KwRunLog run = { 0 };
  KwScheduleDue due = { 0 };
  KwQuietHours quiet = { 21, 30, 7, 0 };
  KwReminderKindSettings kind = { TRUE, 7, 45, KW_WEEKDAY_MONDAY | KW_WEEKDAY_FRIDAY };
  GDate monday = kw_test_day (2026, 11, 2);
  GDate tuesday = kw_test_day (2026, 11, 3);
  GDate wednesday = kw_test_day (2026, 11, 4);
  GDate saturday = kw_test_day (2026, 11, 7);
  GDate sunday = kw_test_day (2026, 11, 8);
  gint64 attempt, fired_id = 0;

  g_assert_no_error (error);
  assessment = kw_assessment_new_at (answers, when);
  g_assert_true (kw_assessment_save (assessment, store, &error));
  g_assert_no_error (error);

  g_assert_true (kw_store_set_value (store, "welcome-seen", "2026-10-30", &error));

  plan = kw_plan_new ("patellofemoral-pain", KW_TRIAGE_REDUCE_AND_CONTINUE, &monday, prefs,
                      &error);
  g_assert_no_error (error);
  g_assert_true (kw_plan_save (plan, store, &error));
  g_assert_no_error (error);

  log = kw_pain_log_new (&monday, KW_SESSION_DONE, 3);
  log->baseline = 1;
  log->pain_evening = 2;
  g_assert_true (kw_plan_log_session (plan, store, log, &monday, NULL, &error));
  g_assert_no_error (error);
  log->morning = 1;
  log->settled_by_midday = TRUE;
  g_assert_true (kw_plan_log_session (plan, store, log, &tuesday, NULL, &error));
  g_assert_no_error (error);
  skipped = kw_pain_log_new (&wednesday, KW_SESSION_SKIPPED, KW_PAIN_UNKNOWN);
  g_assert_true (kw_plan_log_session (plan, store, skipped, &wednesday, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (kw_return_start_rest (store, KW_TRIAGE_REST_AND_REHAB, &monday, NULL, &error));
  g_assert_no_error (error);
  attempt = kw_return_begin_readiness (store, &saturday, FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (kw_return_record_readiness (store, attempt, &entry, &saturday, &error));
  g_assert_no_error (error);
  run.date = sunday;
  run.level = 1;
  run.duration_s = 1200;
  run.distance_m = 2500;
  run.pain_during = 2;
  g_assert_cmpint (kw_return_log_run (store, &run, &error), >, 0);
  g_assert_no_error (error);

  weekly = kw_reminder_rule_new_weekly (KW_REMINDER_KIND_EXERCISE_SESSION, 18, 30,
                                        KW_WEEKDAY_MONDAY | KW_WEEKDAY_THURSDAY, "session:week-1");
  weekly->label = g_strdup ("Week 1, “phase” 1\tand a tab");
  g_assert_true (kw_reminder_store_add_rule (store, KW_REMINDER_SOURCE_PLAN, weekly,
                                             at (2026, 11, 1, 12, 0), &error));
  once = kw_reminder_rule_new_once (KW_REMINDER_KIND_SEE_SOMEONE, 9, 0, 2026, 12, 31,
                                    "see-someone");
  g_assert_true (kw_reminder_store_add_rule (store, KW_REMINDER_SOURCE_USER, once,
                                             at (2026, 11, 1, 12, 0), &error));
  g_assert_no_error (error);

  due.rule = weekly;
  due.occurrence = at (2026, 11, 2, 18, 30);
  due.fire_time = due.occurrence;
  due.n_occurrences = 1;
  g_assert_true (kw_reminder_store_record_fired (store, &due, utc, at (2026, 11, 2, 18, 31),
                                                 &fired_id, &error));
  g_assert_no_error (error);
  g_assert_true (kw_reminder_store_mark_done (store, fired_id, utc, at (2026, 11, 2, 19, 0),
                                              &error));
  g_assert_no_error (error);
  g_assert_true (kw_reminder_store_set_kind_settings (store, KW_REMINDER_KIND_MORNING_CHECK_IN,
                                                      &kind, &error));
  g_assert_true (kw_reminder_store_set_quiet_hours (store, &quiet, &error));
  g_assert_true (kw_reminder_store_set_enabled (store, TRUE, &error));
  g_assert_no_error (error);
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Every table of the database, every row as text, rows sorted: two
 * stores with the same dump hold the same data. */
static char *
dump (KwStore  *store,
      gboolean  expect_rows)
{
  g_autoptr(sqlite3_stmt) tables = _kw_store_prepare (store,
    "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name", NULL);
  GString *out = g_string_new (NULL);

  g_assert_nonnull (tables);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (tables, 0);
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s", name);
      g_autoptr(sqlite3_stmt) rows = _kw_store_prepare (store, sql, NULL);
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

      g_assert_nonnull (rows);
      while (sqlite3_step (rows) == SQLITE_ROW)
        {
          GString *line = g_string_new (NULL);

          for (int c = 0; c < sqlite3_column_count (rows); c++)
            {
              if (sqlite3_column_type (rows, c) == SQLITE_NULL)
                g_string_append (line, "NULL|");
              else
                g_string_append_printf (line, "%s=%s|", sqlite3_column_name (rows, c),
                                        sqlite3_column_text (rows, c));
            }
          g_ptr_array_add (lines, g_string_free (line, FALSE));
        }
      g_ptr_array_sort (lines, compare_lines);
      if (expect_rows && lines->len == 0)
        g_error ("The fixture left table %s empty: the round trip would not test it", name);

      g_string_append_printf (out, "[%s]\n", name);
      for (guint i = 0; i < lines->len; i++)
        g_string_append_printf (out, "%s\n", (char *) g_ptr_array_index (lines, i));
    }
  return g_string_free (out, FALSE);
}

/* The export without its exported_at line, which is the only part that
 * may differ between two exports of the same data. */
static char *
without_time (GBytes *bytes)
{
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], "\"exported_at\"") == NULL)
      g_string_append_printf (out, "%s\n", lines[i]);
  return g_string_free (out, FALSE);
}

static guint
count_backups (KwStore *store)
{
  g_autofree char *dir = g_path_get_dirname (kw_store_get_path (store));
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, "kneewise-before-import-") && g_str_has_suffix (name, ".db"))
      n++;
  return n;
}

static void
count_changed (KwStore    *store,
               const char *what,
               GString    *seen)
{
  g_string_append_printf (seen, "%s;", what);
}

static void
test_round_trip (void)
{
  g_autoptr(KwStore) source = open_store ("source");
  g_autoptr(KwStore) target = open_store ("target");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(KwDataArchive) archive = NULL;
  g_autoptr(KwPlan) plan = NULL;
  g_autoptr(GString) changed = g_string_new (NULL);
  g_autofree char *backup = NULL;
  g_autofree char *source_dump = NULL;
  g_autofree char *target_dump = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *summary = NULL;
  const char *sample_out = g_getenv ("KW_DATA_EXPORT_SAMPLE_OUT");

  fill_store (source);
  source_dump = dump (source, TRUE);

  bytes = kw_data_archive_export_to_bytes (source, &error);
  g_assert_no_error (error);
  if (sample_out != NULL)
    g_assert_true (g_file_set_contents (sample_out, g_bytes_get_data (bytes, NULL),
                                        g_bytes_get_size (bytes), NULL));

  archive = kw_data_archive_parse (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kw_data_archive_get_app_version (archive), ==, PACKAGE_VERSION);
  g_assert_cmpint (kw_data_archive_get_store_version (archive), ==,
                   kw_store_get_latest_version ());
  g_assert_cmpuint (kw_data_archive_get_count (archive, "assessments"), ==, 1);
  g_assert_cmpuint (kw_data_archive_get_count (archive, "plans"), ==, 1);
  g_assert_cmpuint (kw_data_archive_get_count (archive, "sessions"), ==, 2);
  g_assert_cmpuint (kw_data_archive_get_count (archive, "runs"), ==, 1);
  g_assert_cmpuint (kw_data_archive_get_count (archive, "reminder_rules"), ==, 2);
  summary = kw_data_archive_describe (archive, FALSE);
  g_assert_nonnull (strstr (summary, "Assessments: 1\n"));
  g_assert_nonnull (strstr (summary, "Logged sessions: 2\n"));
  g_assert_nonnull (strstr (summary, "Walk-run sessions: 1\n"));
  g_assert_nonnull (strstr (summary, "Plan phases: "));
  g_clear_pointer (&summary, g_free);
  summary = kw_data_archive_describe (archive, TRUE);
  g_assert_nonnull (strstr (summary, "Logged sessions: 2\n"));
  g_assert_null (strstr (summary, "Plan phases"));
  g_assert_null (strstr (summary, "Settings"));

  g_signal_connect (target, "changed", G_CALLBACK (count_changed), changed);
  g_assert_true (kw_data_archive_import (archive, target, &backup, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (changed->str, ==, "values;assessments;plan;return-to-run;reminders;");

  /* Everything is there, equal, in every table. */
  target_dump = dump (target, TRUE);
  g_assert_cmpstr (target_dump, ==, source_dump);

  /* And the app reads it back: the plan with its logs. */
  plan = kw_plan_load_active (target, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kw_plan_get_logs (plan)->len, ==, 2);

  /* The copy of the data as it was is next to the database, private. */
  g_assert_nonnull (backup);
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  {
    g_autofree char *base = g_path_get_basename (backup);

    g_assert_true (g_str_has_prefix (base, "kneewise-before-import-"));
    /* kneewise-before-import-YYYYMMDD-HHMMSS.db */
    g_assert_cmpuint (strlen (base), ==, strlen ("kneewise-before-import-20261203-083000.db"));
    g_assert_true (g_str_has_suffix (base, ".db"));
  }
  {
    g_autofree char *dir = g_path_get_dirname (backup);
    g_autofree char *store_dir = g_path_get_dirname (kw_store_get_path (target));
    struct stat st;

    g_assert_cmpstr (dir, ==, store_dir);
    g_assert_no_errno (g_stat (backup, &st));
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  }

  /* Exporting again gives the same file, but for the time. */
  again = kw_data_archive_export_to_bytes (target, &error);
  g_assert_no_error (error);
  first = without_time (bytes);
  second = without_time (again);
  g_assert_cmpstr (second, ==, first);
}

/* Import replaces: what was there before is gone, and kept in the copy. */
static void
test_import_replaces (void)
{
  g_autoptr(KwStore) source = open_store ("source");
  g_autoptr(KwStore) target = open_store ("target");
  g_autoptr(KwStore) kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KwDataArchive) archive = NULL;
  g_autoptr(KwPlanPrefs) prefs = kw_plan_prefs_new_default ();
  g_autoptr(KwPlan) old_plan = NULL;
  g_autoptr(KwPlan) plan = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *before = NULL;
  g_autofree char *kept_dump = NULL;
  g_autofree char *units = NULL;
  GDate start = kw_test_day (2025, 1, 6);

  g_assert_true (kw_store_set_value (source, "units", "metric", &error));
  bytes = kw_data_archive_export_to_bytes (source, &error);
  g_assert_no_error (error);

  old_plan = kw_plan_new ("iliotibial-band-syndrome", KW_TRIAGE_SEE_CLINICIAN, &start, prefs,
                          &error);
  g_assert_true (kw_plan_save (old_plan, target, &error));
  g_assert_no_error (error);
  before = dump (target, FALSE);

  archive = kw_data_archive_parse (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kw_data_archive_get_total (archive), ==, 2);
  g_assert_true (kw_data_archive_import (archive, target, &backup, &error));
  g_assert_no_error (error);

  plan = kw_plan_load_active (target, &error);
  g_assert_error (error, KW_PLAN_ERROR, KW_PLAN_ERROR_NO_ACTIVE_PLAN);
  g_assert_null (plan);
  g_clear_error (&error);
  units = kw_store_dup_value (target, "units");
  g_assert_cmpstr (units, ==, "metric");

  kept = kw_store_open (backup, &error);
  g_assert_no_error (error);
  kept_dump = dump (kept, FALSE);
  g_assert_cmpstr (kept_dump, ==, before);
}

/* A failure in the store half-way: nothing changes, no copy is left. */
static void
test_import_disk_full (void)
{
  g_autoptr(KwStore) source = open_store ("source");
  g_autoptr(KwStore) target = open_store ("target");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KwDataArchive) archive = NULL;
  g_autoptr(sqlite3_stmt) pages = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *filler = g_strnfill (2000, 'x');
  gint64 max_pages;

  fill_store (source);
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *key = g_strdup_printf ("filler-%u", i);
      g_assert_true (kw_store_set_value (source, key, filler, &error));
    }
  bytes = kw_data_archive_export_to_bytes (source, &error);
  g_assert_no_error (error);
  archive = kw_data_archive_parse (bytes, &error);
  g_assert_no_error (error);

  g_assert_true (kw_store_set_value (target, "mine", "keep me", &error));
  before = dump (target, FALSE);
  pages = _kw_store_prepare (target, "PRAGMA page_count", NULL);
  g_assert_cmpint (sqlite3_step (pages), ==, SQLITE_ROW);
  max_pages = sqlite3_column_int64 (pages, 0);
  g_clear_pointer (&pages, sqlite3_finalize);
  _kw_store_set_max_pages (target, max_pages);

  g_assert_false (kw_data_archive_import (archive, target, NULL, &error));
  g_assert_error (error, KW_STORE_ERROR, KW_STORE_ERROR_DISK_FULL);
  g_assert_nonnull (strstr (error->message, "Nothing was imported; your data is as it was."));

  after = dump (target, FALSE);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (count_backups (target), ==, 0);
}

static void
test_export_file (void)
{
  g_autoptr(KwStore) store = open_store ("source");
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "export.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KwDataArchive) archive = NULL;
  g_autofree char *text = NULL;
  struct stat st;

  fill_store (store);
  g_assert_true (kw_data_archive_export_to_file (store, file, &error));
  g_assert_no_error (error);
  g_assert_no_errno (g_stat (path, &st));
  /* Health records: readable by the user only. */
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "{\n  \"format\": \"io.github.kneewise.Kneewise.data\",\n"
                                         "  \"format_version\": 1,\n"));
  /* One entry a line, every member named. */
  g_assert_nonnull (strstr (text, "\n  \"runs\": [\n    {\"id\": 1, \"date\": \"2026-11-08\", "
                                  "\"level\": 1, \"duration_s\": 1200, \"distance_m\": 2500, "
                                  "\"pain_during\": 2, \"next_morning\": 0, \"swelling\": false, "
                                  "\"limp\": false}\n  ],\n"));
  g_assert_nonnull (strstr (text, "\"label\": \"Week 1, “phase” 1\\tand a tab\""));

  archive = kw_data_archive_load (file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kw_data_archive_get_count (archive, "sessions"), ==, 2);
}

static GBytes *
load_sample (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data-export", name, NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &text, &len, &error));
  g_assert_no_error (error);
  return g_bytes_new_take (text, len);
}

static void
test_valid_samples (void)
{
  static const struct {
    const char *file;
    guint       total;
    guint       plans;
  } samples[] = {
    { "valid-full.json", 32, 1 },
    { "valid-empty.json", 1, 0 },
    { "valid-store-version-2.json", 2, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *name = g_strdup_printf ("valid-%u", i);
      g_autoptr(KwStore) store = open_store (name);
      g_autoptr(GBytes) bytes = load_sample (samples[i].file);
      g_autoptr(GError) error = NULL;
      g_autoptr(KwDataArchive) archive = kw_data_archive_parse (bytes, &error);

      g_test_message ("%s", samples[i].file);
      g_assert_no_error (error);
      g_assert_cmpuint (kw_data_archive_get_total (archive), ==, samples[i].total);
      g_assert_cmpuint (kw_data_archive_get_count (archive, "plans"), ==, samples[i].plans);
      g_assert_true (kw_data_archive_import (archive, store, NULL, &error));
      g_assert_no_error (error);
    }
}

/* The example in docs/data-format.md is a file Kneewise imports. */
static void
test_documented_example (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "docs", "data-format.md",
                                                 NULL);
  g_autofree char *text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KwDataArchive) archive = NULL;
  g_autoptr(GError) error = NULL;
  const char *start, *end;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  start = strstr (text, "```json\n");
  g_assert_nonnull (start);
  start += strlen ("```json\n");
  end = strstr (start, "```");
  g_assert_nonnull (end);

  bytes = g_bytes_new (start, end - start);
  archive = kw_data_archive_parse (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kw_data_archive_get_count (archive, "sessions"), ==, 1);
}

/* Each sample is named for its defect; the message names it and where. */
static const struct {
  const char *file;
  int         code;
  const char *message;
} invalid_samples[] = {
  { "not-json.txt", KW_DATA_ARCHIVE_ERROR_NOT_JSON,
    "This is not a Kneewise data file: it is not valid JSON (line 1, column 1: expected a "
    "value: a string, number, list, object, true, false or null)." },
  { "empty.json", KW_DATA_ARCHIVE_ERROR_NOT_JSON,
    "This is not a Kneewise data file: it is not valid JSON (line 1, column 1: the text is "
    "empty)." },
  { "truncated.json", KW_DATA_ARCHIVE_ERROR_NOT_JSON,
    "This is not a Kneewise data file: it is not valid JSON (line 11, column 49: this string "
    "is never closed)." },
  { "trailing-comma.json", KW_DATA_ARCHIVE_ERROR_NOT_JSON,
    "This is not a Kneewise data file: it is not valid JSON (line 18, column 3: expected a "
    "value: a string, number, list, object, true, false or null)." },
  { "not-utf8.json", KW_DATA_ARCHIVE_ERROR_NOT_JSON,
    "This is not a Kneewise data file: it is not valid JSON (line 8, column 50: the text is "
    "not valid UTF-8)." },
  { "duplicate-member.json", KW_DATA_ARCHIVE_ERROR_NOT_JSON,
    "This is not a Kneewise data file: it is not valid JSON (line 3, column 3: the member "
    "“format” appears twice in one object)." },
  { "number-too-large.json", KW_DATA_ARCHIVE_ERROR_NOT_JSON,
    "This is not a Kneewise data file: it is not valid JSON (line 14, column 12: the number "
    "99999999999999999999 is too large)." },
  { "nested-too-deep.json", KW_DATA_ARCHIVE_ERROR_NOT_JSON,
    "This is not a Kneewise data file: it is not valid JSON (line 1, column 65: lists and "
    "objects nest more than 64 levels deep)." },
  { "foreign-format.json", KW_DATA_ARCHIVE_ERROR_FOREIGN,
    "This is not a Kneewise data file: its format is \"org.example.Steps.backup\", not "
    "“io.github.kneewise.Kneewise.data”." },
  { "foreign-list.json", KW_DATA_ARCHIVE_ERROR_FOREIGN,
    "This is not a Kneewise data file: it holds a list, not an object with a “format” "
    "member." },
  { "newer-format-version.json", KW_DATA_ARCHIVE_ERROR_NEWER_VERSION,
    "This file was exported by a newer version of Kneewise (data format 2; this version "
    "reads format 1). Update Kneewise to import it." },
  { "missing-sessions.json", KW_DATA_ARCHIVE_ERROR_INVALID,
    "The file has no member “sessions”." },
  { "unknown-member.json", KW_DATA_ARCHIVE_ERROR_INVALID,
    "The file has a member “photos” that this version of Kneewise does not know." },
  { "pain-score-11.json", KW_DATA_ARCHIVE_ERROR_INVALID,
    "sessions[1].pain_during is 11; pain scores go from 0 to 10" },
  { "pain-score-fraction.json", KW_DATA_ARCHIVE_ERROR_INVALID,
    "sessions[0].pain_during is 2.5; it must be a whole number or null" },
  { "pain-score-string.json", KW_DATA_ARCHIVE_ERROR_INVALID,
    "runs[0].pain_during is \"2\"; it must be a whole number" },
  { "unknown-triage.json", KW_DATA_ARCHIVE_ERROR_INVALID,
    "plans[0].triage is \"urgent\"; the triage levels are emergency, same-day, see-clinician, "
    "rest-and-rehab and reduce-and-continue" },
  { "date-not-a-date.json", KW_DATA_ARCHIVE_ERROR_INVALID,
    "sessions[1].date is \"2026-02-30\"; dates are written YYYY-MM-DD and must exist in the "
    "calendar" },
  { "session-missing-member.json", KW_DATA_ARCHIVE_ERROR_INVALID,
    "sessions[0] has no member “zone”" },
  { "session-extra-member.json", KW_DATA_ARCHIVE_ERROR_INVALID,
    "sessions[0] has a member “mood” that Kneewise does not know" },
  { "session-of-missing-plan.json", KW_DATA_ARCHIVE_ERROR_INVALID,
    "sessions[0].plan_id is 7; no entry in “plans” has that id" },
  { "two-sessions-one-day.json", KW_DATA_ARCHIVE_ERROR_INVALID,
    "sessions[1] has the same plan_id, date as sessions[0]; each may appear only once" },
  { "two-active-plans.json", KW_DATA_ARCHIVE_ERROR_INVALID,
    "plans[1] is active, and so is an earlier plan; only one plan is active at a time" },
  { "reminder-time-25-00.json", KW_DATA_ARCHIVE_ERROR_INVALID,
    "reminder_rules[0].local_time is \"25:00\"; times are written HH:MM on the 24-hour clock" },
  { "dose-two-kinds.json", KW_DATA_ARCHIVE_ERROR_INVALID,
    "plan_doses[0] has reps 17, hold_s 30 and distance_m 0; a dose is exactly one of "
    "repetitions, a hold or a distance" },
};

static void
test_invalid_samples (void)
{
  g_autoptr(KwStore) store = open_store ("target");
  g_autofree char *before = NULL;

  fill_store (store);
  before = dump (store, TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (invalid_samples); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data-export",
                                                     invalid_samples[i].file, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(KwDataArchive) archive = NULL;
      g_autoptr(GBytes) bytes = load_sample (invalid_samples[i].file);
      g_autofree char *after = NULL;

      g_test_message ("%s", invalid_samples[i].file);
      archive = kw_data_archive_load (file, &error);
      g_assert_null (archive);
      g_assert_error (error, KW_DATA_ARCHIVE_ERROR, invalid_samples[i].code);
      g_assert_cmpstr (error->message, ==, invalid_samples[i].message);
      g_clear_error (&error);

      /* The pure entry says the same as loading the file. */
      g_assert_null (kw_data_archive_parse (bytes, &error));
      g_assert_cmpstr (error->message, ==, invalid_samples[i].message);

      after = dump (store, TRUE);
      g_assert_cmpstr (after, ==, before);
    }
  g_assert_cmpuint (count_backups (store), ==, 0);
}

/* Every sample file is in one of the lists above (they seed the fuzzer:
 * a file nobody checks is a file nobody reads). */
static void
test_samples_listed (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data-export", NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      gboolean listed = g_str_has_prefix (name, "valid-");

      for (guint i = 0; i < G_N_ELEMENTS (invalid_samples) && !listed; i++)
        listed = g_str_equal (name, invalid_samples[i].file);
      if (!listed)
        g_error ("tests/data-export/%s is not checked by test-data-archive.c", name);
      n++;
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (invalid_samples) + 3);
}

/* Bytes that are not text at all, and cut-off files: refused, never read
 * past their end (ASan would see it). */
static void
test_any_bytes (void)
{
  g_autoptr(GBytes) full = load_sample ("valid-full.json");
  gsize size = g_bytes_get_size (full);
  const guint8 *data = g_bytes_get_data (full, NULL);

  for (gsize cut = 0; cut < size - 2; cut += 7)
    {
      /* An exact-size copy, so a read past the end is a heap overflow. */
      g_autofree guint8 *copy = g_memdup2 (data, cut);
      g_autoptr(GBytes) part = g_bytes_new_static (copy, cut);
      g_autoptr(GError) error = NULL;
      g_autoptr(KwDataArchive) archive = kw_data_archive_parse (part, &error);

      g_assert_null (archive);
      g_assert_error (error, KW_DATA_ARCHIVE_ERROR, KW_DATA_ARCHIVE_ERROR_NOT_JSON);
    }
}

/* The valid file with bytes changed, inserted or removed at random (a
 * fixed seed, so a failure can be replayed): each is either a file Kneewise
 * can import or refused with a data-file error, never a crash (under the
 * sanitizers, never a read out of bounds or a leak). */
static void
test_mutations (void)
{
  g_autoptr(GBytes) full = load_sample ("valid-full.json");
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261203);
  static const char pieces[] = "{}[]\",:0123456789-.eE tfnul\\/\x01\xff\xc3";
  guint n_valid = 0;

  for (guint i = 0; i < 2000; i++)
    {
      g_autoptr(GByteArray) data = g_byte_array_new ();
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(KwDataArchive) archive = NULL;
      guint n_edits = g_rand_int_range (rand, 1, 4);

      g_byte_array_append (data, g_bytes_get_data (full, NULL), g_bytes_get_size (full));
      for (guint e = 0; e < n_edits && data->len > 0; e++)
        {
          guint at = g_rand_int_range (rand, 0, data->len);
          guint8 piece = (guint8) pieces[g_rand_int_range (rand, 0, sizeof pieces - 1)];

          switch (g_rand_int_range (rand, 0, 3))
            {
            case 0:
              data->data[at] = piece;
              break;
            case 1:
              g_array_insert_val ((GArray *) data, at, piece);
              break;
            default:
              {
                guint len = (guint) g_rand_int_range (rand, 1, 40);

                g_byte_array_remove_range (data, at, MIN (data->len - at, len));
                break;
              }
            }
        }

      bytes = g_byte_array_free_to_bytes (g_steal_pointer (&data));
      archive = kw_data_archive_parse (bytes, &error);
      if (archive != NULL)
        n_valid++;
      else
        g_assert_true (error != NULL && error->domain == KW_DATA_ARCHIVE_ERROR &&
                       g_utf8_validate (error->message, -1, NULL));
    }
  /* Some edits land where they change nothing that matters (inside a
   * reason text); most break the file. */
  g_assert_cmpuint (n_valid, >, 0);
  g_assert_cmpuint (n_valid, <, 2000);
}

/* A member name of a hundred thousand characters: the message shows 60,
 * cut between characters, never inside one. */
static void
test_long_names (void)
{
  g_autoptr(GBytes) full = load_sample ("valid-empty.json");
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (full, NULL),
                                              g_bytes_get_size (full));
  g_autoptr(GString) name = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KwDataArchive) archive = NULL;
  g_autofree char *expected = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append (name, "é");
  g_string_replace (text, "\"values\": [],", "\"values\": [], \"\": 1,", 1);
  g_string_insert (text, strstr (text->str, "\"\": 1") - text->str + 1, name->str);
  bytes = g_string_free_to_bytes (g_steal_pointer (&text));

  archive = kw_data_archive_parse (bytes, &error);
  g_assert_null (archive);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_string_truncate (name, 120);
  expected = g_strdup_printf ("The file has a member “%s…” that this version of Kneewise does "
                              "not know.", name->str);
  g_assert_cmpstr (error->message, ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/data-archive/round-trip", test_round_trip);
  g_test_add_func ("/data-archive/import-replaces", test_import_replaces);
  g_test_add_func ("/data-archive/import-disk-full", test_import_disk_full);
  g_test_add_func ("/data-archive/export-file", test_export_file);
  g_test_add_func ("/data-archive/valid-samples", test_valid_samples);
  g_test_add_func ("/data-archive/documented-example", test_documented_example);
  g_test_add_func ("/data-archive/invalid-samples", test_invalid_samples);
  g_test_add_func ("/data-archive/samples-listed", test_samples_listed);
  g_test_add_func ("/data-archive/any-bytes", test_any_bytes);
  g_test_add_func ("/data-archive/long-names", test_long_names);
  g_test_add_func ("/data-archive/mutations", test_mutations);

  return g_test_run ();
}
