/* kw-answers.c: what the runner told us about their knee
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The answers are a GLib key file with one group, [answers]. The schema is a
 * table below; parsing is strict (unknown keys and values are errors, not
 * silently dropped) because a typo in a red-flag key would otherwise read as
 * "no" and under-triage the runner.
 */

#define G_LOG_DOMAIN "kw-answers"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>

#include "kw-answers.h"

#define GROUP "answers"

static const char * const location_values[] = {
  "front", "below-kneecap", "outside", "inside", "inside-below", "back", "whole", NULL
};
static const char * const feel_values[] = {
  "ache", "sharp", "burning", "stiffness", "grinding", "catching", "fullness", NULL
};
static const char * const worse_values[] = {
  "stairs-down", "stairs-up", "sitting", "squatting", "kneeling", "downhill", "uphill",
  "long-runs", "jumping", "speed", "twisting", "straightening", "morning", "night", "rest", NULL
};
static const char * const onset_values[] = { "gradual", "sudden", "injury", NULL };
static const char * const swelling_values[] = { "none", "mild", "marked", "rapid", NULL };

/* What the app shows for each value, in the same order as the ids. */
static const char * const location_labels[] = {
  N_("Front, around the kneecap"), N_("Just below the kneecap"), N_("Outside"),
  N_("Inside, at the joint"), N_("Inside, below the joint"), N_("Back of the knee"),
  N_("The whole knee"),
};
static const char * const feel_labels[] = {
  N_("A dull ache"), N_("Sharp"), N_("Burning"), N_("Stiff"), N_("Grinding or crunching"),
  N_("Catching or clicking"), N_("Full or tight, as if swollen behind"),
};
static const char * const worse_labels[] = {
  N_("Going down stairs"), N_("Going up stairs"), N_("Sitting with the knee bent"),
  N_("Squatting"), N_("Kneeling"), N_("Running downhill"), N_("Running uphill"),
  N_("Long runs"), N_("Jumping or hopping"), N_("Running fast"), N_("Twisting or turning"),
  N_("Straightening the leg fully"), N_("In the morning"), N_("At night"), N_("At rest"),
};
static const char * const onset_labels[] = {
  N_("Gradually, over days or weeks"), N_("Suddenly, without an injury"),
  N_("With an injury: a twist, fall or knock"),
};
static const char * const swelling_labels[] = {
  N_("No swelling"), N_("A little swollen"), N_("Badly swollen"),
  N_("Swelled up within two hours of an injury"),
};

typedef struct
{
  const char         *key;
  KwAnswersKind       kind;
  const char * const *values;    /* lists and choices */
  const char * const *labels;
  int                 min, max;  /* numbers */
  gboolean            dflt;      /* flags */
  gboolean            required;
  const char         *label;     /* the question, N_() */
} KeySpec;

static const KeySpec keys[] = {
  { "locations", KW_ANSWERS_KIND_LIST, location_values, location_labels, 0, 0, FALSE, TRUE,
    N_("Where does it hurt?") },
  { "feel", KW_ANSWERS_KIND_LIST, feel_values, feel_labels, 0, 0, FALSE, FALSE,
    N_("How does it feel?") },
  { "worse-with", KW_ANSWERS_KIND_LIST, worse_values, worse_labels, 0, 0, FALSE, FALSE,
    N_("What makes it worse?") },
  { "onset", KW_ANSWERS_KIND_CHOICE, onset_values, onset_labels, 0, 0, FALSE, FALSE,
    N_("How did it start?") },
  { "swelling", KW_ANSWERS_KIND_CHOICE, swelling_values, swelling_labels, 0, 0, FALSE, FALSE,
    N_("Is the knee swollen?") },
  { "settles-within-48h", KW_ANSWERS_KIND_FLAG, NULL, NULL, 0, 0, FALSE, FALSE,
    N_("Does the pain settle within two days after a run?") },
  { "getting-worse", KW_ANSWERS_KIND_FLAG, NULL, NULL, 0, 0, FALSE, FALSE,
    N_("Is it getting worse, even when you rest from running?") },
  { "limping", KW_ANSWERS_KIND_FLAG, NULL, NULL, 0, 0, FALSE, FALSE,
    N_("Are you limping, or does the pain change how you run?") },
  { "locked", KW_ANSWERS_KIND_FLAG, NULL, NULL, 0, 0, FALSE, FALSE,
    N_("Is the knee stuck so that you cannot fully straighten it?") },
  { "giving-way", KW_ANSWERS_KIND_FLAG, NULL, NULL, 0, 0, FALSE, FALSE,
    N_("Has the knee given way under you, or did you feel a pop?") },
  { "fever", KW_ANSWERS_KIND_FLAG, NULL, NULL, 0, 0, FALSE, FALSE,
    N_("Do you have a fever or feel unwell, with a hot, red or swollen knee?") },
  { "calf-swelling", KW_ANSWERS_KIND_FLAG, NULL, NULL, 0, 0, FALSE, FALSE,
    N_("Is your calf swollen, warm or painful, or are you short of breath?") },
  { "deformity", KW_ANSWERS_KIND_FLAG, NULL, NULL, 0, 0, FALSE, FALSE,
    N_("Does the knee or leg look out of shape, or is there an open wound?") },
  { "bony-tenderness", KW_ANSWERS_KIND_FLAG, NULL, NULL, 0, 0, FALSE, FALSE,
    N_("Is one spot on the bone very tender when you press it?") },
  { "long-morning-stiffness", KW_ANSWERS_KIND_FLAG, NULL, NULL, 0, 0, FALSE, FALSE,
    N_("Are your joints stiff for more than half an hour in the morning, do several joints "
       "hurt or swell, or do you have psoriasis?") },
  { "weight-loss-or-cancer", KW_ANSWERS_KIND_FLAG, NULL, NULL, 0, 0, FALSE, FALSE,
    N_("Have you lost weight without trying, or have you ever had cancer?") },
  { "periods-or-bone-injuries", KW_ANSWERS_KIND_FLAG, NULL, NULL, 0, 0, FALSE, FALSE,
    N_("Have your periods stopped or become irregular, or have you had more than one bone "
       "stress injury?") },
  { "hip-or-thigh-pain", KW_ANSWERS_KIND_FLAG, NULL, NULL, 0, 0, FALSE, FALSE,
    N_("Do you also have pain in the hip, groin or thigh?") },
  { "can-walk-4-steps", KW_ANSWERS_KIND_FLAG, NULL, NULL, 0, 0, TRUE, FALSE,
    N_("Can you take four steps on this leg, putting weight on it?") },
  { "pain-now", KW_ANSWERS_KIND_NUMBER, NULL, NULL, 0, 10, FALSE, FALSE,
    N_("Pain right now, from 0 (none) to 10 (worst)") },
  { "pain-running", KW_ANSWERS_KIND_NUMBER, NULL, NULL, 0, 10, FALSE, FALSE,
    N_("Pain while running, from 0 to 10") },
  /* "0 or more"; the cap only keeps nonsense (and overflow) out. */
  { "days", KW_ANSWERS_KIND_NUMBER, NULL, NULL, 0, 36500, FALSE, FALSE,
    N_("How many days has it been going on?") },
  { "age", KW_ANSWERS_KIND_NUMBER, NULL, NULL, 0, 120, FALSE, FALSE,
    N_("Your age in years") },
};

#define N_KEYS G_N_ELEMENTS (keys)

struct _KwAnswers
{
  GObject parent_instance;

  /* Per key: a bit mask (list), a value index (choice), 0/1 (flag) or the
   * number; meaningful only where is_set is TRUE. */
  int      value[N_KEYS];
  gboolean is_set[N_KEYS];
};

G_DEFINE_FINAL_TYPE (KwAnswers, kw_answers, G_TYPE_OBJECT)

G_DEFINE_QUARK (kw-answers-error-quark, kw_answers_error)

static int
find_key (const char *key)
{
  for (guint i = 0; i < N_KEYS; i++)
    if (g_strcmp0 (keys[i].key, key) == 0)
      return (int) i;
  return -1;
}

static int
find_value (const char * const *values,
            const char         *value)
{
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    if (g_strcmp0 (values[i], value) == 0)
      return (int) i;
  return -1;
}

static const char * const *
all_keys (void)
{
  static const char *names[N_KEYS + 1];

  if (names[0] == NULL)
    for (guint i = 0; i < N_KEYS; i++)
      names[i] = keys[i].key;
  return names;
}

/**
 * kw_answers_get_keys:
 *
 * Returns: (transfer none): every key of the [answers] group, in file order
 */
const char * const *
kw_answers_get_keys (void)
{
  return all_keys ();
}

gboolean
kw_answers_key_get_kind (const char    *key,
                         KwAnswersKind *kind)
{
  int k = find_key (key);

  if (k < 0)
    return FALSE;
  if (kind != NULL)
    *kind = keys[k].kind;
  return TRUE;
}

/**
 * kw_answers_key_get_values:
 *
 * Returns: (transfer none) (nullable): the values a list or choice key takes
 */
const char * const *
kw_answers_key_get_values (const char *key)
{
  int k = find_key (key);

  g_return_val_if_fail (k >= 0, NULL);
  return keys[k].values;
}

/**
 * kw_answers_key_get_label:
 *
 * Returns: the question for @key, translated
 */
const char *
kw_answers_key_get_label (const char *key)
{
  int k = find_key (key);

  g_return_val_if_fail (k >= 0, NULL);
  return g_dgettext (GETTEXT_PACKAGE, keys[k].label);
}

/**
 * kw_answers_value_get_label:
 *
 * Returns: how the app shows @value of the list or choice @key, translated
 */
const char *
kw_answers_value_get_label (const char *key,
                            const char *value)
{
  int k = find_key (key);
  int v;

  g_return_val_if_fail (k >= 0, NULL);
  v = find_value (keys[k].values, value);
  g_return_val_if_fail (v >= 0, NULL);
  return g_dgettext (GETTEXT_PACKAGE, keys[k].labels[v]);
}

gboolean
kw_answers_key_get_range (const char *key,
                          int        *min,
                          int        *max)
{
  int k = find_key (key);

  if (k < 0 || keys[k].kind != KW_ANSWERS_KIND_NUMBER)
    return FALSE;
  if (min != NULL)
    *min = keys[k].min;
  if (max != NULL)
    *max = keys[k].max;
  return TRUE;
}

static void
kw_answers_class_init (KwAnswersClass *klass)
{
}

static void
kw_answers_init (KwAnswers *self)
{
}

/**
 * kw_answers_new:
 *
 * Empty answers, for the app's wizard to fill in.
 *
 * Returns: (transfer full): a new #KwAnswers
 */
KwAnswers *
kw_answers_new (void)
{
  return g_object_new (KW_TYPE_ANSWERS, NULL);
}

static char *
quote_list (const char * const *values)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; values[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (s, ", ");
      g_string_append (s, values[i]);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static gboolean
parse_key (KwAnswers   *self,
           GKeyFile    *file,
           guint        k,
           const char  *name,
           GError     **error)
{
  const KeySpec *spec = &keys[k];
  g_autofree char *raw = g_key_file_get_value (file, GROUP, spec->key, NULL);
  g_autofree char *text = NULL;

  if (raw == NULL)
    {
      if (spec->required)
        {
          g_set_error (error, KW_ANSWERS_ERROR, KW_ANSWERS_ERROR_MISSING,
                       /* Translators: %s are the file name and the key */
                       _("%s: key “%s” is missing; it needs at least one value"),
                       name, spec->key);
          return FALSE;
        }
      return TRUE;
    }

  text = g_strstrip (g_strdup (raw));

  switch (spec->kind)
    {
    case KW_ANSWERS_KIND_LIST:
      {
        g_auto(GStrv) items = g_strsplit (text, ";", -1);
        int mask = 0;

        for (guint i = 0; items[i] != NULL; i++)
          {
            const char *item = g_strstrip (items[i]);
            int v;

            /* "front;outside;" (GKeyFile's own list style) and "a;;b" are fine. */
            if (*item == '\0')
              continue;
            v = find_value (spec->values, item);
            if (v < 0)
              {
                g_autofree char *allowed = quote_list (spec->values);
                g_set_error (error, KW_ANSWERS_ERROR, KW_ANSWERS_ERROR_UNKNOWN_VALUE,
                             _("%s: key “%s”: unknown value “%s”; use one or more of: %s"),
                             name, spec->key, item, allowed);
                return FALSE;
              }
            mask |= 1 << v;
          }

        if (mask == 0 && spec->required)
          {
            g_set_error (error, KW_ANSWERS_ERROR, KW_ANSWERS_ERROR_MISSING,
                         _("%s: key “%s” is empty; it needs at least one value"),
                         name, spec->key);
            return FALSE;
          }
        self->value[k] = mask;
        self->is_set[k] = TRUE;
        return TRUE;
      }

    case KW_ANSWERS_KIND_CHOICE:
      {
        int v = find_value (spec->values, text);

        if (v < 0)
          {
            g_autofree char *allowed = quote_list (spec->values);
            g_set_error (error, KW_ANSWERS_ERROR, KW_ANSWERS_ERROR_UNKNOWN_VALUE,
                         _("%s: key “%s”: unknown value “%s”; use one of: %s"),
                         name, spec->key, text, allowed);
            return FALSE;
          }
        self->value[k] = v;
        self->is_set[k] = TRUE;
        return TRUE;
      }

    case KW_ANSWERS_KIND_FLAG:
      if (g_str_equal (text, "true"))
        self->value[k] = TRUE;
      else if (g_str_equal (text, "false"))
        self->value[k] = FALSE;
      else
        {
          g_set_error (error, KW_ANSWERS_ERROR, KW_ANSWERS_ERROR_UNKNOWN_VALUE,
                       _("%s: key “%s”: unknown value “%s”; use true or false"),
                       name, spec->key, text);
          return FALSE;
        }
      self->is_set[k] = TRUE;
      return TRUE;

    case KW_ANSWERS_KIND_NUMBER:
      {
        gint64 number = 0;
        g_autoptr(GError) local = NULL;

        if (!g_ascii_string_to_signed (text, 10, G_MININT64, G_MAXINT64, &number, &local))
          {
            if (g_error_matches (local, G_NUMBER_PARSER_ERROR,
                                 G_NUMBER_PARSER_ERROR_OUT_OF_BOUNDS))
              g_set_error (error, KW_ANSWERS_ERROR, KW_ANSWERS_ERROR_OUT_OF_RANGE,
                           _("%s: key “%s”: %s is out of range; use a whole number "
                             "from %d to %d"),
                           name, spec->key, text, spec->min, spec->max);
            else
              g_set_error (error, KW_ANSWERS_ERROR, KW_ANSWERS_ERROR_NOT_A_NUMBER,
                           _("%s: key “%s”: “%s” is not a whole number; use a whole "
                             "number from %d to %d"),
                           name, spec->key, text, spec->min, spec->max);
            return FALSE;
          }
        if (number < spec->min || number > spec->max)
          {
            g_set_error (error, KW_ANSWERS_ERROR, KW_ANSWERS_ERROR_OUT_OF_RANGE,
                         _("%s: key “%s”: %s is out of range; use a whole number "
                           "from %d to %d"),
                         name, spec->key, text, spec->min, spec->max);
            return FALSE;
          }
        self->value[k] = (int) number;
        self->is_set[k] = TRUE;
        return TRUE;
      }

    default:
      g_assert_not_reached ();
    }
}

/* GKeyFile quietly keeps the last of two equal keys (also across two
 * [answers] groups). Two answers to one question are a contradiction, and
 * picking one could pick the reassuring one: refuse them. */
static gboolean
check_duplicates (const char  *data,
                  gsize        length,
                  const char  *name,
                  GError     **error)
{
  g_autofree char *text = g_strndup (data, length);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gboolean in_answers = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);
      char *eq;

      if (*line == '\0' || *line == '#')
        continue;
      if (*line == '[')
        {
          in_answers = g_str_equal (line, "[" GROUP "]");
          continue;
        }
      if (!in_answers || (eq = strchr (line, '=')) == NULL)
        continue;
      *eq = '\0';
      g_strchomp (line);
      if (!g_hash_table_add (seen, g_strdup (line)))
        {
          g_set_error (error, KW_ANSWERS_ERROR, KW_ANSWERS_ERROR_DUPLICATE,
                       _("%s: key “%s” is given more than once; give each answer once"),
                       name, line);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * kw_answers_new_from_data:
 * @data: the key file text
 * @length: its length, or -1 if nul-terminated
 * @name: the file name to put in error messages
 * @error: return location for a #KwAnswersError
 *
 * Returns: (transfer full) (nullable): the answers, or %NULL with @error set
 */
KwAnswers *
kw_answers_new_from_data (const char  *data,
                          gssize       length,
                          const char  *name,
                          GError     **error)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GError) local = NULL;
  g_autoptr(KwAnswers) self = NULL;
  g_auto(GStrv) present = NULL;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (length < 0)
    length = strlen (data);

  /* GKeyFile stops at a NUL and would take the rest for "fine"; a binary
   * file is not a key file. */
  if (memchr (data, '\0', length) != NULL ||
      !g_utf8_validate (data, length, NULL) ||
      !g_key_file_load_from_data (file, data, length, G_KEY_FILE_NONE, &local))
    {
      g_set_error (error, KW_ANSWERS_ERROR, KW_ANSWERS_ERROR_NOT_KEY_FILE,
                   _("%s: not a key file (%s); answers go in a group “[answers]” "
                     "with lines like “locations=front”"),
                   name, local != NULL ? local->message : _("it holds binary data, not text"));
      return NULL;
    }

  if (!g_key_file_has_group (file, GROUP))
    {
      g_set_error (error, KW_ANSWERS_ERROR, KW_ANSWERS_ERROR_NO_GROUP,
                   _("%s: no group “[answers]”; the answers go in that group"),
                   name);
      return NULL;
    }

  if (!check_duplicates (data, length, name, error))
    return NULL;

  present = g_key_file_get_keys (file, GROUP, NULL, NULL);
  for (guint i = 0; present != NULL && present[i] != NULL; i++)
    {
      if (find_key (present[i]) < 0)
        {
          g_autofree char *allowed = quote_list (all_keys ());
          g_set_error (error, KW_ANSWERS_ERROR, KW_ANSWERS_ERROR_UNKNOWN_KEY,
                       _("%s: unknown key “%s” in [answers]; the keys are: %s"),
                       name, present[i], allowed);
          return NULL;
        }
    }

  self = kw_answers_new ();
  for (guint k = 0; k < N_KEYS; k++)
    if (!parse_key (self, file, k, name, error))
      return NULL;

  return g_steal_pointer (&self);
}

/**
 * kw_answers_new_from_file:
 * @path: a key file
 * @error: return location for a #KwAnswersError
 *
 * Returns: (transfer full) (nullable): the answers, or %NULL with @error set
 */
KwAnswers *
kw_answers_new_from_file (const char  *path,
                          GError     **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *display = NULL;
  g_autoptr(GError) local = NULL;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);

  display = g_filename_display_name (path);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, KW_ANSWERS_ERROR, KW_ANSWERS_ERROR_READ,
                   _("%s: cannot read the answers: it is a folder, not a file"), display);
      return NULL;
    }

  if (!g_file_get_contents (path, &contents, &length, &local))
    {
      const char *why;

      if (g_error_matches (local, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        why = _("there is no such file");
      else if (g_error_matches (local, G_FILE_ERROR, G_FILE_ERROR_ACCES))
        why = _("permission denied");
      else
        why = local->message;
      g_set_error (error, KW_ANSWERS_ERROR, KW_ANSWERS_ERROR_READ,
                   _("%s: cannot read the answers: %s"), display, why);
      return NULL;
    }

  return kw_answers_new_from_data (contents, length, display, error);
}

/**
 * kw_answers_to_data:
 *
 * Writes the keys that were answered, in schema order. Reading the text back
 * with kw_answers_new_from_data() gives equal answers.
 *
 * Returns: (transfer full): the key file text
 */
char *
kw_answers_to_data (KwAnswers *self)
{
  g_autoptr(GString) s = g_string_new ("[" GROUP "]\n");

  g_return_val_if_fail (KW_IS_ANSWERS (self), NULL);

  for (guint k = 0; k < N_KEYS; k++)
    {
      const KeySpec *spec = &keys[k];

      if (!self->is_set[k])
        continue;

      g_string_append_printf (s, "%s=", spec->key);
      switch (spec->kind)
        {
        case KW_ANSWERS_KIND_LIST:
          {
            gboolean first = TRUE;

            for (guint v = 0; spec->values[v] != NULL; v++)
              {
                if (!(self->value[k] & (1 << v)))
                  continue;
                if (!first)
                  g_string_append_c (s, ';');
                g_string_append (s, spec->values[v]);
                first = FALSE;
              }
            break;
          }
        case KW_ANSWERS_KIND_CHOICE:
          g_string_append (s, spec->values[self->value[k]]);
          break;
        case KW_ANSWERS_KIND_FLAG:
          g_string_append (s, self->value[k] ? "true" : "false");
          break;
        case KW_ANSWERS_KIND_NUMBER:
          g_string_append_printf (s, "%d", self->value[k]);
          break;
        default:
          g_assert_not_reached ();
        }
      g_string_append_c (s, '\n');
    }

  return g_string_free (g_steal_pointer (&s), FALSE);
}

/**
 * kw_answers_copy:
 *
 * Returns: (transfer full): an independent copy
 */
KwAnswers *
kw_answers_copy (KwAnswers *self)
{
  KwAnswers *copy;

  g_return_val_if_fail (KW_IS_ANSWERS (self), NULL);

  copy = kw_answers_new ();
  memcpy (copy->value, self->value, sizeof self->value);
  memcpy (copy->is_set, self->is_set, sizeof self->is_set);
  return copy;
}

gboolean
kw_answers_equal (KwAnswers *a,
                  KwAnswers *b)
{
  g_return_val_if_fail (KW_IS_ANSWERS (a), FALSE);
  g_return_val_if_fail (KW_IS_ANSWERS (b), FALSE);

  for (guint k = 0; k < N_KEYS; k++)
    {
      if (a->is_set[k] != b->is_set[k])
        return FALSE;
      if (a->is_set[k] && a->value[k] != b->value[k])
        return FALSE;
    }
  return TRUE;
}

/**
 * kw_answers_validate:
 *
 * Checks what the file parser checks on answers built in the app.
 *
 * Returns: %TRUE if the answers are complete enough to assess
 */
gboolean
kw_answers_validate (KwAnswers  *self,
                     GError    **error)
{
  g_return_val_if_fail (KW_IS_ANSWERS (self), FALSE);

  for (guint k = 0; k < N_KEYS; k++)
    {
      if (keys[k].required && (!self->is_set[k] || self->value[k] == 0))
        {
          g_set_error (error, KW_ANSWERS_ERROR, KW_ANSWERS_ERROR_MISSING,
                       _("Choose at least one place where the knee hurts."));
          return FALSE;
        }
    }
  return TRUE;
}

static int
lookup (const char    *key,
        KwAnswersKind  kind)
{
  int k = find_key (key);

  if (k < 0)
    {
      g_critical ("Unknown answers key “%s”", key);
      return -1;
    }
  if (keys[k].kind != kind)
    {
      g_critical ("Answers key “%s” is not of the kind asked for", key);
      return -1;
    }
  return k;
}

static int
lookup_value (int         k,
              const char *value)
{
  int v = find_value (keys[k].values, value);

  if (v < 0)
    g_critical ("Unknown value “%s” for answers key “%s”", value, keys[k].key);
  return v;
}

gboolean
kw_answers_has_item (KwAnswers  *self,
                     const char *key,
                     const char *value)
{
  int k, v;

  g_return_val_if_fail (KW_IS_ANSWERS (self), FALSE);

  if ((k = lookup (key, KW_ANSWERS_KIND_LIST)) < 0 || (v = lookup_value (k, value)) < 0)
    return FALSE;
  return self->is_set[k] && (self->value[k] & (1 << v)) != 0;
}

void
kw_answers_set_item (KwAnswers  *self,
                     const char *key,
                     const char *value,
                     gboolean    present)
{
  int k, v;

  g_return_if_fail (KW_IS_ANSWERS (self));

  if ((k = lookup (key, KW_ANSWERS_KIND_LIST)) < 0 || (v = lookup_value (k, value)) < 0)
    return;
  if (!self->is_set[k])
    self->value[k] = 0;
  if (present)
    self->value[k] |= 1 << v;
  else
    self->value[k] &= ~(1 << v);
  self->is_set[k] = TRUE;
}

guint
kw_answers_count_items (KwAnswers  *self,
                        const char *key)
{
  guint n = 0;
  int k;

  g_return_val_if_fail (KW_IS_ANSWERS (self), 0);

  if ((k = lookup (key, KW_ANSWERS_KIND_LIST)) < 0 || !self->is_set[k])
    return 0;
  for (guint v = 0; keys[k].values[v] != NULL; v++)
    if (self->value[k] & (1 << v))
      n++;
  return n;
}

/**
 * kw_answers_get_choice:
 *
 * Returns: (nullable): the value, or %NULL if the question was not answered
 */
const char *
kw_answers_get_choice (KwAnswers  *self,
                       const char *key)
{
  int k;

  g_return_val_if_fail (KW_IS_ANSWERS (self), NULL);

  if ((k = lookup (key, KW_ANSWERS_KIND_CHOICE)) < 0 || !self->is_set[k])
    return NULL;
  return keys[k].values[self->value[k]];
}

/**
 * kw_answers_set_choice:
 * @value: (nullable): a value of @key, or %NULL to clear the answer
 */
void
kw_answers_set_choice (KwAnswers  *self,
                       const char *key,
                       const char *value)
{
  int k, v;

  g_return_if_fail (KW_IS_ANSWERS (self));

  if ((k = lookup (key, KW_ANSWERS_KIND_CHOICE)) < 0)
    return;
  if (value == NULL)
    {
      self->is_set[k] = FALSE;
      return;
    }
  if ((v = lookup_value (k, value)) < 0)
    return;
  self->value[k] = v;
  self->is_set[k] = TRUE;
}

gboolean
kw_answers_get_flag (KwAnswers  *self,
                     const char *key)
{
  int k;

  g_return_val_if_fail (KW_IS_ANSWERS (self), FALSE);

  if ((k = lookup (key, KW_ANSWERS_KIND_FLAG)) < 0)
    return FALSE;
  return self->is_set[k] ? self->value[k] : keys[k].dflt;
}

void
kw_answers_set_flag (KwAnswers  *self,
                     const char *key,
                     gboolean    value)
{
  int k;

  g_return_if_fail (KW_IS_ANSWERS (self));

  if ((k = lookup (key, KW_ANSWERS_KIND_FLAG)) < 0)
    return;
  self->value[k] = !!value;
  self->is_set[k] = TRUE;
}

int
kw_answers_get_number (KwAnswers  *self,
                       const char *key)
{
  int k;

  g_return_val_if_fail (KW_IS_ANSWERS (self), -1);

  if ((k = lookup (key, KW_ANSWERS_KIND_NUMBER)) < 0 || !self->is_set[k])
    return -1;
  return self->value[k];
}

void
kw_answers_set_number (KwAnswers  *self,
                       const char *key,
                       int         value)
{
  int k;

  g_return_if_fail (KW_IS_ANSWERS (self));

  if ((k = lookup (key, KW_ANSWERS_KIND_NUMBER)) < 0)
    return;
  g_return_if_fail (value >= keys[k].min && value <= keys[k].max);
  self->value[k] = value;
  self->is_set[k] = TRUE;
}

/**
 * kw_answers_unset:
 *
 * Forgets the answer to @key: back to "not answered" (and its default).
 */
void
kw_answers_unset (KwAnswers  *self,
                  const char *key)
{
  int k;

  g_return_if_fail (KW_IS_ANSWERS (self));

  if ((k = find_key (key)) < 0)
    {
      g_critical ("Unknown answers key “%s”", key);
      return;
    }
  self->is_set[k] = FALSE;
  self->value[k] = 0;
}
