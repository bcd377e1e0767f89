/* test-assessment.c: answers, content, the engine and the history, no display
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The golden vignettes in tests/assessment/ run one test each: NN-name.ini
 * against NN-name.expected (the [result] exactly as kneewise-cli prints it),
 * and bad-name.ini against bad-name.expected (the exit code and a pattern for
 * the one error message).
 */

#include "config.h"

#include <glib/gstdio.h>

#include "kw-answers.h"
#include "kw-assessment.h"
#include "kw-condition.h"
#include "kw-red-flag.h"
#include "kw-store-private.h"

/* Which ids the vignettes as a whole produced, to check coverage at the end. */
static GHashTable *seen;

static char *
vignette_dir (void)
{
  return g_test_build_filename (G_TEST_DIST, "assessment", NULL);
}

static GKeyFile *
load_result (const char *text)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GError) error = NULL;

  g_key_file_load_from_data (file, text, -1, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&file);
}

static void
note_seen (const char *prefix,
           const char *list)
{
  g_auto(GStrv) ids = g_strsplit (list, ";", -1);

  for (guint i = 0; ids[i] != NULL; i++)
    if (*ids[i] != '\0')
      g_hash_table_add (seen, g_strconcat (prefix, ids[i], NULL));
}

static void
test_vignette (gconstpointer data)
{
  const char *ini = data;
  g_autofree char *base = g_strndup (ini, strlen (ini) - strlen (".ini"));
  g_autofree char *expected_path = g_strconcat (base, ".expected", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *result = NULL;
  g_autofree char *again = NULL;
  g_autofree char *data_text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KwAnswers) answers = NULL;
  g_autoptr(KwAnswers) reread = NULL;
  g_autoptr(KwAssessment) assessment = NULL;
  g_autoptr(KwAssessment) assessment2 = NULL;
  g_autoptr(GKeyFile) parsed = NULL;
  g_autofree char *triage = NULL;
  g_autofree char *conditions = NULL;
  g_autofree char *flags = NULL;
  const char * const *reasons;
  KwTriage level;

  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, &error));
  g_assert_no_error (error);

  answers = kw_answers_new_from_file (ini, &error);
  g_assert_no_error (error);
  assessment = kw_assessment_new (answers);
  result = kw_assessment_format_result (assessment);
  g_assert_cmpstr (result, ==, expected);

  /* The result is a real key file, one reason per pattern, none of them
   * able to break the ;-separated list. */
  parsed = load_result (result);
  triage = g_key_file_get_string (parsed, "result", "triage", &error);
  g_assert_no_error (error);
  g_assert_true (kw_triage_from_id (triage, &level));
  g_assert_cmpint (level, ==, kw_assessment_get_triage (assessment));
  reasons = kw_assessment_get_reasons (assessment);
  g_assert_cmpuint (g_strv_length ((char **) reasons), ==,
                    g_strv_length ((char **) kw_assessment_get_condition_ids (assessment)));
  for (guint i = 0; reasons[i] != NULL; i++)
    {
      g_assert_cmpstr (reasons[i], !=, "");
      g_assert_null (strchr (reasons[i], ';'));
      g_assert_null (strchr (reasons[i], '\n'));
      g_assert_nonnull (kw_condition_lookup (kw_assessment_get_condition_ids (assessment)[i]));
    }
  for (guint i = 0; kw_assessment_get_red_flag_ids (assessment)[i] != NULL; i++)
    {
      const KwRedFlag *flag = kw_red_flag_lookup (kw_assessment_get_red_flag_ids (assessment)[i]);

      g_assert_nonnull (flag);
      /* Red flags always win. */
      g_assert_cmpint (kw_assessment_get_triage (assessment), <=, kw_red_flag_get_tier (flag));
    }

  /* The answers survive the trip through storage text, with the same result. */
  data_text = kw_answers_to_data (answers);
  reread = kw_answers_new_from_data (data_text, -1, "round-trip", &error);
  g_assert_no_error (error);
  g_assert_true (kw_answers_equal (answers, reread));
  assessment2 = kw_assessment_new (reread);
  again = kw_assessment_format_result (assessment2);
  g_assert_cmpstr (again, ==, result);

  conditions = g_key_file_get_string (parsed, "result", "conditions", NULL);
  flags = g_key_file_get_string (parsed, "result", "red-flags", NULL);
  g_hash_table_add (seen, g_strconcat ("triage:", triage, NULL));
  note_seen ("condition:", conditions);
  note_seen ("flag:", flags);
}

static void
test_bad_input (gconstpointer data)
{
  const char *expected_path = data;
  g_autofree char *base = g_strndup (expected_path,
                                     strlen (expected_path) - strlen (".expected"));
  g_autofree char *ini = g_strconcat (base, ".ini", NULL);
  g_autoptr(GKeyFile) expected = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KwAnswers) answers = NULL;
  g_autofree char *pattern = NULL;

  g_key_file_load_from_file (expected, expected_path, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_key_file_get_integer (expected, "expect", "exit", NULL), ==, 2);
  pattern = g_key_file_get_string (expected, "expect", "stderr", &error);
  g_assert_no_error (error);

  answers = kw_answers_new_from_file (ini, &error);
  g_assert_null (answers);
  g_assert_nonnull (error);
  g_assert_true (error->domain == KW_ANSWERS_ERROR);
  if (!g_pattern_match_simple (pattern, error->message))
    g_error ("“%s” does not match “%s”", error->message, pattern);
  /* The file is named in full, as given. */
  g_assert_true (g_str_has_prefix (error->message, ini));
  g_assert_null (strchr (error->message, '\n'));
}

static void
test_vignettes_cover_everything (void)
{
  /* Runs after all the vignettes (tests run in the order added). */
  for (guint t = 0; t < KW_TRIAGE_N_LEVELS; t++)
    {
      g_autofree char *key = g_strconcat ("triage:", kw_triage_to_id (t), NULL);
      if (!g_hash_table_contains (seen, key))
        g_error ("No vignette has triage %s", kw_triage_to_id (t));
    }
  for (guint i = 0; kw_condition_get_nth (i) != NULL; i++)
    {
      g_autofree char *key = g_strconcat ("condition:",
                                          kw_condition_get_id (kw_condition_get_nth (i)), NULL);
      if (!g_hash_table_contains (seen, key))
        g_error ("No vignette suggests %s", key);
    }
  for (guint i = 0; i < kw_red_flag_get_n (); i++)
    {
      g_autofree char *key = g_strconcat ("flag:",
                                          kw_red_flag_get_id (kw_red_flag_get_nth (i)), NULL);
      if (!g_hash_table_contains (seen, key))
        g_error ("No vignette raises %s", key);
    }
}

/* ------------------------------------------------------------------------ */

static void
test_answers_defaults (void)
{
  g_autoptr(KwAnswers) answers = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  answers = kw_answers_new_from_data ("[answers]\nlocations=back\n", -1, "x.ini", &error);
  g_assert_no_error (error);
  g_assert_true (kw_answers_has_item (answers, "locations", "back"));
  g_assert_false (kw_answers_has_item (answers, "locations", "front"));
  g_assert_cmpuint (kw_answers_count_items (answers, "locations"), ==, 1);
  g_assert_cmpuint (kw_answers_count_items (answers, "feel"), ==, 0);
  g_assert_null (kw_answers_get_choice (answers, "onset"));
  g_assert_null (kw_answers_get_choice (answers, "swelling"));
  g_assert_true (kw_answers_get_flag (answers, "can-walk-4-steps"));
  for (const char * const *k = kw_answers_get_keys (); *k != NULL; k++)
    {
      KwAnswersKind kind;

      g_assert_true (kw_answers_key_get_kind (*k, &kind));
      if (kind == KW_ANSWERS_KIND_FLAG && !g_str_equal (*k, "can-walk-4-steps"))
        g_assert_false (kw_answers_get_flag (answers, *k));
      if (kind == KW_ANSWERS_KIND_NUMBER)
        g_assert_cmpint (kw_answers_get_number (answers, *k), ==, -1);
    }
  g_assert_cmpuint (g_strv_length ((char **) kw_answers_get_keys ()), ==, 23);

  /* Every key and value has words the app can show. */
  for (const char * const *k = kw_answers_get_keys (); *k != NULL; k++)
    {
      KwAnswersKind kind;

      g_assert_cmpuint (strlen (kw_answers_key_get_label (*k)), >, 5);
      kw_answers_key_get_kind (*k, &kind);
      if (kind == KW_ANSWERS_KIND_LIST || kind == KW_ANSWERS_KIND_CHOICE)
        for (const char * const *v = kw_answers_key_get_values (*k); *v != NULL; v++)
          g_assert_cmpuint (strlen (kw_answers_value_get_label (*k, *v)), >, 3);
    }
  g_assert_cmpstr (kw_answers_value_get_label ("swelling", "rapid"), ==,
                   "Swelled up within two hours of an injury");

  /* Only what was answered is written back. */
  text = kw_answers_to_data (answers);
  g_assert_cmpstr (text, ==, "[answers]\nlocations=back\n");
}

static void
test_answers_build_like_the_wizard (void)
{
  g_autoptr(KwAnswers) answers = kw_answers_new ();
  g_autoptr(KwAnswers) reread = NULL;
  g_autoptr(KwAnswers) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  int min, max;

  g_assert_false (kw_answers_validate (answers, &error));
  g_assert_error (error, KW_ANSWERS_ERROR, KW_ANSWERS_ERROR_MISSING);
  g_clear_error (&error);

  kw_answers_set_item (answers, "locations", "outside", TRUE);
  kw_answers_set_item (answers, "locations", "front", TRUE);
  kw_answers_set_item (answers, "locations", "front", FALSE);
  kw_answers_set_item (answers, "worse-with", "downhill", TRUE);
  kw_answers_set_choice (answers, "onset", "gradual");
  kw_answers_set_flag (answers, "can-walk-4-steps", TRUE);
  kw_answers_set_number (answers, "pain-running", 6);
  kw_answers_set_number (answers, "age", 0);
  g_assert_true (kw_answers_validate (answers, &error));
  g_assert_no_error (error);

  text = kw_answers_to_data (answers);
  g_assert_cmpstr (text, ==,
                   "[answers]\nlocations=outside\nworse-with=downhill\nonset=gradual\n"
                   "can-walk-4-steps=true\npain-running=6\nage=0\n");
  reread = kw_answers_new_from_data (text, -1, "x", &error);
  g_assert_no_error (error);
  g_assert_true (kw_answers_equal (answers, reread));

  copy = kw_answers_copy (answers);
  kw_answers_unset (copy, "age");
  g_assert_cmpint (kw_answers_get_number (copy, "age"), ==, -1);
  g_assert_false (kw_answers_equal (answers, copy));
  kw_answers_set_choice (copy, "onset", NULL);
  g_assert_null (kw_answers_get_choice (copy, "onset"));

  g_assert_true (kw_answers_key_get_range ("pain-now", &min, &max));
  g_assert_cmpint (min, ==, 0);
  g_assert_cmpint (max, ==, 10);
  g_assert_false (kw_answers_key_get_range ("feel", NULL, NULL));
  g_assert_cmpstrv (kw_answers_key_get_values ("swelling"),
                    ((const char * const[]) { "none", "mild", "marked", "rapid", NULL }));
}

static void
test_answers_programmer_errors (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(KwAnswers) answers = kw_answers_new ();

      kw_answers_set_item (answers, "locations", "shin", TRUE);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*Unknown value*shin*for answers key*locations*");
}

static void
test_answers_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KwAnswers) answers = NULL;

  g_assert_no_errno (g_mkdir_with_parents (g_get_user_data_dir (), 0700));
  answers = kw_answers_new_from_file (g_get_user_data_dir (), &error);
  g_assert_null (answers);
  g_assert_error (error, KW_ANSWERS_ERROR, KW_ANSWERS_ERROR_READ);
  g_assert_nonnull (strstr (error->message, "it is a folder"));
}

/* ------------------------------------------------------------------------ */

static void
test_conditions_content (void)
{
  guint n = 0;
  const char *ids[] = {
    "patellofemoral-pain", "iliotibial-band-syndrome", "patellar-tendinopathy",
    "pes-anserine", "meniscal-irritation", "posterior-knee", "knee-osteoarthritis",
  };

  g_assert_nonnull (kw_condition_get_all (&n));
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (ids));
  g_assert_null (kw_condition_lookup ("runners-knee"));
  g_assert_null (kw_condition_get_nth (n));

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      const KwCondition *c = kw_condition_lookup (ids[i]);
      const KwSource *sources;
      guint n_sources = 0;
      const char *texts[6];

      g_assert_nonnull (c);
      g_assert_true (c == kw_condition_get_nth (i));
      g_assert_cmpstr (kw_condition_get_id (c), ==, ids[i]);
      texts[0] = kw_condition_get_title (c);
      texts[1] = kw_condition_get_explainer (c);
      texts[2] = kw_condition_get_course (c);
      texts[3] = kw_condition_get_helps (c);
      texts[4] = kw_condition_get_avoid (c);
      texts[5] = kw_condition_get_see_someone (c);
      for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
        {
          g_assert_nonnull (texts[t]);
          g_assert_cmpuint (strlen (texts[t]), >, 10);
          /* Education, not a diagnosis: the app never says "you have". */
          g_assert_null (strstr (texts[t], "You have"));
          g_assert_null (strstr (texts[t], "you have"));
        }

      sources = kw_condition_get_sources (c, &n_sources);
      g_assert_cmpuint (n_sources, >=, 1);
      for (guint s = 0; s < n_sources; s++)
        {
          KwEvidence back;

          g_assert_cmpuint (strlen (sources[s].citation), >, 3);
          g_assert_cmpuint (strlen (kw_source_get_claim (&sources[s])), >, 10);
          g_assert_true (kw_evidence_from_tag (kw_evidence_get_tag (sources[s].evidence), &back));
          g_assert_cmpint (back, ==, sources[s].evidence);
        }
    }

  g_assert_cmpint (kw_condition_get_min_age (kw_condition_lookup ("knee-osteoarthritis")), ==, 45);
  g_assert_cmpstr (kw_evidence_get_label (KW_EVIDENCE_EXPERT), ==, "Expert opinion");
  g_assert_true (g_str_has_prefix (kw_evidence_get_label (KW_EVIDENCE_GUIDELINE),
                                   "Well supported"));
  g_assert_false (kw_evidence_from_tag ("X", NULL));
}

static void
test_red_flags_content (void)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  KwTriage previous = KW_TRIAGE_EMERGENCY;

  g_assert_cmpuint (kw_red_flag_get_n (), >=, 15);
  g_assert_null (kw_red_flag_get_nth (kw_red_flag_get_n ()));
  g_assert_null (kw_red_flag_lookup ("nope"));

  for (guint i = 0; i < kw_red_flag_get_n (); i++)
    {
      const KwRedFlag *flag = kw_red_flag_get_nth (i);
      const KwSource *source = kw_red_flag_get_source (flag);

      g_assert_true (g_hash_table_add (ids, (gpointer) kw_red_flag_get_id (flag)));
      g_assert_true (kw_red_flag_lookup (kw_red_flag_get_id (flag)) == flag);
      /* Most urgent first, and never a self-care level. */
      g_assert_cmpint (kw_red_flag_get_tier (flag), >=, previous);
      g_assert_cmpint (kw_red_flag_get_tier (flag), <=, KW_TRIAGE_SEE_CLINICIAN);
      previous = kw_red_flag_get_tier (flag);
      g_assert_true (kw_answers_key_get_kind (kw_red_flag_get_key (flag), NULL));
      g_assert_true (g_str_has_suffix (kw_red_flag_get_question (flag), "?"));
      g_assert_cmpuint (strlen (kw_red_flag_get_summary (flag)), >, 10);
      g_assert_cmpuint (strlen (kw_red_flag_get_advice (flag)), >, 10);
      g_assert_cmpuint (strlen (source->citation), >, 3);
      g_assert_cmpuint (strlen (kw_source_get_claim (source)), >, 10);
      if (kw_red_flag_get_tier (flag) == KW_TRIAGE_EMERGENCY)
        g_assert_nonnull (strstr (kw_red_flag_get_advice (flag), "now"));
      if (kw_red_flag_get_tier (flag) == KW_TRIAGE_SAME_DAY)
        g_assert_nonnull (strstr (kw_red_flag_get_advice (flag), "today"));
    }
}

/* Mild answers that on their own allow keep-running. */
static KwAnswers *
mild_answers (void)
{
  g_autoptr(GError) error = NULL;
  KwAnswers *answers = kw_answers_new_from_data ("[answers]\nlocations=front\nfeel=ache\n"
                                                 "onset=gradual\nswelling=none\n"
                                                 "pain-now=1\npain-running=2\n"
                                                 "settles-within-48h=true\ndays=5\nage=30\n",
                                                 -1, "mild", &error);
  g_assert_no_error (error);
  return answers;
}

static void
test_engine_red_flags_always_win (void)
{
  /* Each red-flag question answered the worrying way, one at a time, on top
   * of answers that would otherwise allow running on. */
  static const struct {
    const char *key;
    const char *value;
    const char *onset;
    KwTriage    at_least;
  } cases[] = {
    { "fever", "true", NULL, KW_TRIAGE_EMERGENCY },
    { "calf-swelling", "true", NULL, KW_TRIAGE_EMERGENCY },
    { "deformity", "true", "injury", KW_TRIAGE_EMERGENCY },
    { "can-walk-4-steps", "false", "injury", KW_TRIAGE_EMERGENCY },
    { "can-walk-4-steps", "false", NULL, KW_TRIAGE_SAME_DAY },
    { "locked", "true", NULL, KW_TRIAGE_SAME_DAY },
    { "giving-way", "true", NULL, KW_TRIAGE_SAME_DAY },
    { "swelling", "rapid", "injury", KW_TRIAGE_SAME_DAY },
    { "swelling", "marked", NULL, KW_TRIAGE_SAME_DAY },
    { "swelling", "mild", NULL, KW_TRIAGE_SEE_CLINICIAN },
    { "bony-tenderness", "true", "injury", KW_TRIAGE_SAME_DAY },
    { "bony-tenderness", "true", NULL, KW_TRIAGE_SEE_CLINICIAN },
    { "age", "55", "injury", KW_TRIAGE_SAME_DAY },
    { "days", "15", NULL, KW_TRIAGE_SEE_CLINICIAN },
    { "getting-worse", "true", NULL, KW_TRIAGE_SEE_CLINICIAN },
    { "feel", "catching", NULL, KW_TRIAGE_SEE_CLINICIAN },
    { "worse-with", "night", NULL, KW_TRIAGE_SEE_CLINICIAN },
    { "worse-with", "rest", NULL, KW_TRIAGE_SEE_CLINICIAN },
  };
  g_autoptr(KwAnswers) base = mild_answers ();
  g_autoptr(KwAssessment) baseline = kw_assessment_new (base);

  g_assert_cmpint (kw_assessment_get_triage (baseline), ==, KW_TRIAGE_REDUCE_AND_CONTINUE);
  g_assert_cmpuint (g_strv_length ((char **) kw_assessment_get_red_flag_ids (baseline)), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(KwAnswers) answers = kw_answers_copy (base);
      g_autoptr(KwAssessment) result = NULL;
      KwAnswersKind kind;

      g_assert_true (kw_answers_key_get_kind (cases[i].key, &kind));
      if (kind == KW_ANSWERS_KIND_FLAG)
        kw_answers_set_flag (answers, cases[i].key, g_str_equal (cases[i].value, "true"));
      else if (kind == KW_ANSWERS_KIND_CHOICE)
        kw_answers_set_choice (answers, cases[i].key, cases[i].value);
      else if (kind == KW_ANSWERS_KIND_LIST)
        kw_answers_set_item (answers, cases[i].key, cases[i].value, TRUE);
      else
        kw_answers_set_number (answers, cases[i].key, atoi (cases[i].value));
      if (cases[i].onset != NULL)
        kw_answers_set_choice (answers, "onset", cases[i].onset);

      result = kw_assessment_new (answers);
      g_test_message ("%s=%s → %s", cases[i].key, cases[i].value,
                      kw_triage_to_id (kw_assessment_get_triage (result)));
      g_assert_cmpint (kw_assessment_get_triage (result), ==, cases[i].at_least);
      g_assert_cmpuint (g_strv_length ((char **) kw_assessment_get_red_flag_ids (result)), >=, 1);
      g_assert_false (kw_triage_allows_plan (kw_assessment_get_triage (result)) &&
                      cases[i].at_least < KW_TRIAGE_SEE_CLINICIAN);
    }
}

/* Random answers: whatever the combination, the engine never lets a fired
 * red flag be outranked, keeps running only when every mild criterion holds,
 * and gives the same result from the stored text. */
static void
test_engine_random_answers (void)
{
  const char * const *keys = kw_answers_get_keys ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261122);

  for (guint round = 0; round < 3000; round++)
    {
      g_autoptr(KwAnswers) answers = kw_answers_new ();
      g_autoptr(KwAnswers) reread = NULL;
      g_autoptr(KwAssessment) result = NULL;
      g_autoptr(KwAssessment) result2 = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      g_autofree char *r1 = NULL;
      g_autofree char *r2 = NULL;
      KwTriage triage;
      int pain_running, pain_now;

      for (guint k = 0; keys[k] != NULL; k++)
        {
          KwAnswersKind kind;
          const char * const *values = NULL;
          int min, max;

          /* About a third of the questions left unanswered. */
          if (g_rand_int_range (rand, 0, 3) == 0 && !g_str_equal (keys[k], "locations"))
            continue;
          kw_answers_key_get_kind (keys[k], &kind);
          switch (kind)
            {
            case KW_ANSWERS_KIND_LIST:
              values = kw_answers_key_get_values (keys[k]);
              for (guint v = 0; values[v] != NULL; v++)
                if (g_rand_int_range (rand, 0, 5) == 0)
                  kw_answers_set_item (answers, keys[k], values[v], TRUE);
              if (g_str_equal (keys[k], "locations"))
                kw_answers_set_item (answers, keys[k],
                                     values[g_rand_int_range (rand, 0,
                                                              g_strv_length ((char **) values))],
                                     TRUE);
              break;
            case KW_ANSWERS_KIND_CHOICE:
              values = kw_answers_key_get_values (keys[k]);
              kw_answers_set_choice (answers, keys[k],
                                     values[g_rand_int_range (rand, 0,
                                                              g_strv_length ((char **) values))]);
              break;
            case KW_ANSWERS_KIND_FLAG:
              /* Mostly the reassuring answer, so self-care results happen too. */
              kw_answers_set_flag (answers, keys[k],
                                   g_str_equal (keys[k], "can-walk-4-steps") ||
                                   g_str_equal (keys[k], "settles-within-48h")
                                   ? g_rand_int_range (rand, 0, 8) != 0
                                   : g_rand_int_range (rand, 0, 8) == 0);
              break;
            case KW_ANSWERS_KIND_NUMBER:
              kw_answers_key_get_range (keys[k], &min, &max);
              kw_answers_set_number (answers, keys[k],
                                     g_rand_int_range (rand, min, MIN (max, 80) + 1));
              break;
            default:
              g_assert_not_reached ();
            }
        }

      result = kw_assessment_new (answers);
      triage = kw_assessment_get_triage (result);

      for (guint i = 0; i < kw_red_flag_get_n (); i++)
        {
          const KwRedFlag *flag = kw_red_flag_get_nth (i);
          gboolean fired = g_strv_contains (kw_assessment_get_red_flag_ids (result),
                                            kw_red_flag_get_id (flag));

          g_assert_cmpint (fired, ==, kw_red_flag_fires (flag, answers));
          if (fired)
            g_assert_cmpint (triage, <=, kw_red_flag_get_tier (flag));
        }
      if (g_strv_length ((char **) kw_assessment_get_red_flag_ids (result)) == 0)
        g_assert_cmpint (triage, >=, KW_TRIAGE_REST_AND_REHAB);

      pain_running = kw_answers_get_number (answers, "pain-running");
      pain_now = kw_answers_get_number (answers, "pain-now");
      if (triage == KW_TRIAGE_REDUCE_AND_CONTINUE)
        {
          g_assert_cmpint (pain_running, >=, 0);
          g_assert_cmpint (pain_running, <=, 3);
          g_assert_cmpint (pain_now, <=, 3);
          g_assert_true (kw_answers_get_flag (answers, "settles-within-48h"));
          g_assert_false (kw_answers_has_item (answers, "feel", "sharp"));
          g_assert_false (kw_answers_get_flag (answers, "limping"));
          g_assert_false (kw_answers_get_flag (answers, "getting-worse"));
        }

      g_assert_cmpuint (g_strv_length ((char **) kw_assessment_get_condition_ids (result)), <=, 3);
      if (kw_answers_get_number (answers, "age") < 45)
        g_assert_false (g_strv_contains (kw_assessment_get_condition_ids (result),
                                         "knee-osteoarthritis"));

      text = kw_answers_to_data (answers);
      reread = kw_answers_new_from_data (text, -1, "random", &error);
      g_assert_no_error (error);
      g_assert_true (kw_answers_equal (answers, reread));
      result2 = kw_assessment_new (reread);
      r1 = kw_assessment_format_result (result);
      r2 = kw_assessment_format_result (result2);
      g_assert_cmpstr (r1, ==, r2);
    }
}

static void
test_engine_advice (void)
{
  for (guint t = 0; t < KW_TRIAGE_N_LEVELS; t++)
    g_assert_cmpuint (strlen (kw_assessment_get_triage_advice (t)), >, 20);
  g_assert_true (g_str_has_prefix (kw_assessment_get_triage_advice (KW_TRIAGE_EMERGENCY),
                                   "Stop."));
  g_assert_nonnull (strstr (kw_assessment_get_triage_advice (KW_TRIAGE_REST_AND_REHAB),
                            "3 to 7 days"));
}

/* ------------------------------------------------------------------------ */

static void
count_changes (KwStore    *store,
               const char *what,
               gpointer    user_data)
{
  guint *count = user_data;

  g_assert_cmpstr (what, ==, "assessments");
  (*count)++;
}

static void
test_store_history (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KwStore) store = kw_store_open_default (&error);
  g_autoptr(KwAssessment) none = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(KwAssessment) latest = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  const char *texts[] = {
    "[answers]\nlocations=outside\nfeel=burning\nworse-with=downhill\n",
    "[answers]\nlocations=front\nfever=true\n",
    "[answers]\nlocations=below-kneecap\nworse-with=jumping\npain-running=2\n"
    "settles-within-48h=true\n",
  };
  /* Saved out of order: the history sorts by date, not by insertion. */
  const int days[] = { 3, 1, 2 };
  guint changes = 0;

  g_assert_no_error (error);
  g_signal_connect (store, "changed::assessments", G_CALLBACK (count_changes), &changes);

  none = kw_assessment_load_latest (store, &error);
  g_assert_no_error (error);
  g_assert_null (none);
  list = kw_assessment_list (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_clear_object (&list);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(KwAnswers) answers = kw_answers_new_from_data (texts[i], -1, "t", &error);
      g_autoptr(GDateTime) when = g_date_time_new (utc, 2026, 11, days[i], 7, 30, 0);
      g_autoptr(KwAssessment) assessment = NULL;

      g_assert_no_error (error);
      assessment = kw_assessment_new_at (answers, when);
      g_assert_cmpint (kw_assessment_get_id (assessment), ==, 0);
      g_assert_true (kw_assessment_save (assessment, store, &error));
      g_assert_no_error (error);
      g_assert_cmpint (kw_assessment_get_id (assessment), >, 0);
    }
  g_assert_cmpuint (changes, ==, 3);

  /* Reopened from disk. */
  g_clear_object (&store);
  store = kw_store_open_default (&error);
  g_assert_no_error (error);

  latest = kw_assessment_load_latest (store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (latest);
  g_assert_cmpint (g_date_time_get_day_of_month (kw_assessment_get_created (latest)), ==, 3);
  g_assert_cmpstr (kw_assessment_get_condition_ids (latest)[0], ==, "iliotibial-band-syndrome");
  g_assert_cmpstr (kw_assessment_get_reasons (latest)[0], ==,
                   "outside of the knee, a burning feeling, worse running downhill");
  g_assert_cmpint (kw_assessment_get_triage (latest), ==, KW_TRIAGE_REST_AND_REHAB);

  list = kw_assessment_list (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  {
    g_autoptr(KwAssessment) first = g_list_model_get_item (list, 0);
    g_autoptr(KwAssessment) second = g_list_model_get_item (list, 1);
    g_autoptr(KwAssessment) third = g_list_model_get_item (list, 2);
    g_autoptr(KwAnswers) original = kw_answers_new_from_data (texts[1], -1, "t", NULL);

    g_assert_cmpint (kw_assessment_get_id (first), ==, kw_assessment_get_id (latest));
    g_assert_cmpint (g_date_time_get_day_of_month (kw_assessment_get_created (second)), ==, 2);
    g_assert_cmpint (kw_assessment_get_triage (second), ==, KW_TRIAGE_REDUCE_AND_CONTINUE);
    g_assert_cmpint (kw_assessment_get_triage (third), ==, KW_TRIAGE_EMERGENCY);
    g_assert_cmpstrv (kw_assessment_get_red_flag_ids (third),
                      ((const char * const[]) { "fever", NULL }));
    g_assert_true (kw_answers_equal (kw_assessment_get_answers (third), original));
  }
}

static void
test_store_history_keeps_what_was_said (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KwStore) store = kw_store_open_default (&error);
  g_autoptr(GListModel) list = NULL;
  g_autoptr(KwAssessment) latest = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_no_error (error);

  /* A row as an older rule set saved it: the history shows what the runner
   * was told then, even where today's engine would say something else. */
  stmt = _kw_store_prepare (store, "INSERT INTO assessment (created, answers, triage, "
                            "conditions, red_flags) VALUES (100, ?1, 'see-clinician', "
                            "'pes-anserine', 'long-lasting')", &error);
  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, "[answers]\nlocations=inside-below\n", -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  g_clear_pointer (&stmt, sqlite3_finalize);

  latest = kw_assessment_load_latest (store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kw_assessment_get_triage (latest), ==, KW_TRIAGE_SEE_CLINICIAN);
  g_assert_cmpstrv (kw_assessment_get_red_flag_ids (latest),
                    ((const char * const[]) { "long-lasting", NULL }));
  g_assert_cmpstr (kw_assessment_get_reasons (latest)[0], ==,
                   "inside of the shin below the knee");
  g_clear_object (&latest);

  /* A damaged row is reported, and does not hide the good ones. */
  g_assert_true (_kw_store_exec (store, "INSERT INTO assessment (created, answers, triage, "
                                 "conditions, red_flags) VALUES (200, 'garbage', "
                                 "'rest-and-rehab', '', '')", &error));
  latest = kw_assessment_load_latest (store, &error);
  g_assert_null (latest);
  g_assert_error (error, KW_STORE_ERROR, KW_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "cannot be read"));
  g_clear_error (&error);

  g_clear_object (&store);
}

static void
test_store_history_skips_damaged_rows (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KwStore) store = kw_store_open_default (&error);
      g_autoptr(GListModel) list = NULL;

      g_assert_no_error (error);
      g_assert_true (_kw_store_exec (store, "INSERT INTO assessment (created, answers, "
                                     "triage, conditions, red_flags) VALUES "
                                     "(100, '[answers]\nlocations=back\n', 'rest-and-rehab', "
                                     "'posterior-knee', ''), "
                                     "(200, 'garbage', 'rest-and-rehab', '', ''), "
                                     "(300, '[answers]\nlocations=back\n', 'no-such-level', "
                                     "'', '')", &error));
      /* Warnings are fatal in tests; this one must only be logged. */
      g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
      list = kw_assessment_list (store, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*cannot be read*(assessment 3): unknown date or result"
                             "*cannot be read*(assessment 2): not a key file*");
}

static void
test_store_save_fails_cleanly (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KwStore) store = kw_store_open_default (&error);
  g_autoptr(KwAnswers) answers = mild_answers ();
  g_autoptr(KwAssessment) assessment = kw_assessment_new (answers);
  g_autoptr(KwAssessment) latest = NULL;
  sqlite3 *other = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (kw_store_get_path (store), &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_false (kw_assessment_save (assessment, store, &error));
  g_assert_error (error, KW_STORE_ERROR, KW_STORE_ERROR_LOCKED);
  g_assert_cmpint (kw_assessment_get_id (assessment), ==, 0);
  g_clear_error (&error);

  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (other);

  latest = kw_assessment_load_latest (store, &error);
  g_assert_no_error (error);
  g_assert_null (latest);
  g_assert_true (kw_assessment_save (assessment, store, &error));
  g_assert_no_error (error);
}

/* Test data lives until the end of main(): a test run in a subprocess
 * never frees the data of the tests it skips. */
static GPtrArray *kept;

static char *
keep (char *path)
{
  g_ptr_array_add (kept, path);
  return path;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
add_vignette_tests (void)
{
  g_autofree char *dir = vignette_dir ();
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  guint n_good = 0, n_bad = 0;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *stem = NULL;
      g_autofree char *test_path = NULL;

      if (g_str_has_prefix (file, "bad-") && g_str_has_suffix (file, ".expected"))
        {
          stem = g_strndup (file, strlen (file) - strlen (".expected"));
          test_path = g_strconcat ("/assessment/bad-input/", stem + strlen ("bad-"), NULL);
          g_test_add_data_func (test_path, keep (g_build_filename (dir, file, NULL)),
                                test_bad_input);
          n_bad++;
        }
      else if (!g_str_has_prefix (file, "bad-") && g_str_has_suffix (file, ".ini"))
        {
          stem = g_strndup (file, strlen (file) - strlen (".ini"));
          test_path = g_strconcat ("/assessment/vignette/", stem, NULL);
          g_test_add_data_func (test_path, keep (g_build_filename (dir, file, NULL)),
                                test_vignette);
          n_good++;
        }
    }

  /* Guards against a lost directory turning the suite silently green. */
  g_assert_cmpuint (n_good, >=, 40);
  g_assert_cmpuint (n_bad, >=, 15);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  kept = g_ptr_array_new_with_free_func (g_free);

  g_test_add_func ("/assessment/answers/defaults", test_answers_defaults);
  g_test_add_func ("/assessment/answers/build-like-the-wizard", test_answers_build_like_the_wizard);
  g_test_add_func ("/assessment/answers/programmer-errors", test_answers_programmer_errors);
  g_test_add_func ("/assessment/answers/folder", test_answers_folder);
  g_test_add_func ("/assessment/content/conditions", test_conditions_content);
  g_test_add_func ("/assessment/content/red-flags", test_red_flags_content);
  g_test_add_func ("/assessment/engine/red-flags-always-win", test_engine_red_flags_always_win);
  g_test_add_func ("/assessment/engine/random-answers", test_engine_random_answers);
  g_test_add_func ("/assessment/engine/advice", test_engine_advice);
  g_test_add_func ("/assessment/store/history", test_store_history);
  g_test_add_func ("/assessment/store/keeps-what-was-said", test_store_history_keeps_what_was_said);
  g_test_add_func ("/assessment/store/skips-damaged-rows", test_store_history_skips_damaged_rows);
  g_test_add_func ("/assessment/store/save-fails-cleanly", test_store_save_fails_cleanly);
  add_vignette_tests ();
  g_test_add_func ("/assessment/vignette/~covers-everything", test_vignettes_cover_everything);

  ret = g_test_run ();
  g_hash_table_unref (seen);
  g_ptr_array_unref (kept);
  return ret;
}
