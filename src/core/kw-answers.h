/* kw-answers.h: what the runner told us about their knee
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KW_ANSWERS_ERROR (kw_answers_error_quark ())

/**
 * KwAnswersError:
 * @KW_ANSWERS_ERROR_READ: the file is missing or cannot be read
 * @KW_ANSWERS_ERROR_NOT_KEY_FILE: the text is not a key file
 * @KW_ANSWERS_ERROR_NO_GROUP: there is no `[answers]` group
 * @KW_ANSWERS_ERROR_UNKNOWN_KEY: a key that is not part of the answers
 * @KW_ANSWERS_ERROR_UNKNOWN_VALUE: a value that the key does not take
 * @KW_ANSWERS_ERROR_NOT_A_NUMBER: a number key holds something else
 * @KW_ANSWERS_ERROR_OUT_OF_RANGE: a number outside what the key allows
 * @KW_ANSWERS_ERROR_MISSING: a required key is missing or empty
 * @KW_ANSWERS_ERROR_DUPLICATE: a key is given more than once
 *
 * Every message names the file, the key and the problem.
 */
typedef enum
{
  KW_ANSWERS_ERROR_READ,
  KW_ANSWERS_ERROR_NOT_KEY_FILE,
  KW_ANSWERS_ERROR_NO_GROUP,
  KW_ANSWERS_ERROR_UNKNOWN_KEY,
  KW_ANSWERS_ERROR_UNKNOWN_VALUE,
  KW_ANSWERS_ERROR_NOT_A_NUMBER,
  KW_ANSWERS_ERROR_OUT_OF_RANGE,
  KW_ANSWERS_ERROR_MISSING,
  KW_ANSWERS_ERROR_DUPLICATE,
} KwAnswersError;

/**
 * KwAnswersKind:
 * @KW_ANSWERS_KIND_LIST: zero or more values from a fixed set (`;`-separated)
 * @KW_ANSWERS_KIND_CHOICE: one value from a fixed set
 * @KW_ANSWERS_KIND_FLAG: true or false
 * @KW_ANSWERS_KIND_NUMBER: a whole number within a range
 */
typedef enum
{
  KW_ANSWERS_KIND_LIST,
  KW_ANSWERS_KIND_CHOICE,
  KW_ANSWERS_KIND_FLAG,
  KW_ANSWERS_KIND_NUMBER,
} KwAnswersKind;

#define KW_TYPE_ANSWERS (kw_answers_get_type ())

G_DECLARE_FINAL_TYPE (KwAnswers, kw_answers, KW, ANSWERS, GObject)

GQuark              kw_answers_error_quark     (void);

/* The schema: the keys of the [answers] group and what they take. */
const char * const *kw_answers_get_keys        (void);
gboolean            kw_answers_key_get_kind    (const char   *key,
                                                KwAnswersKind *kind);
const char * const *kw_answers_key_get_values  (const char   *key);
const char         *kw_answers_key_get_label   (const char   *key);
const char         *kw_answers_value_get_label (const char   *key,
                                                const char   *value);
gboolean            kw_answers_key_get_range   (const char   *key,
                                                int          *min,
                                                int          *max);

KwAnswers          *kw_answers_new             (void);
KwAnswers          *kw_answers_new_from_file   (const char   *path,
                                                GError      **error);
KwAnswers          *kw_answers_new_from_data   (const char   *data,
                                                gssize        length,
                                                const char   *name,
                                                GError      **error);
char               *kw_answers_to_data         (KwAnswers    *self);
KwAnswers          *kw_answers_copy            (KwAnswers    *self);
gboolean            kw_answers_equal           (KwAnswers    *a,
                                                KwAnswers    *b);
gboolean            kw_answers_validate        (KwAnswers    *self,
                                                GError      **error);

/* Lists (locations, feel, worse-with) */
gboolean            kw_answers_has_item        (KwAnswers    *self,
                                                const char   *key,
                                                const char   *value);
void                kw_answers_set_item        (KwAnswers    *self,
                                                const char   *key,
                                                const char   *value,
                                                gboolean      present);
guint               kw_answers_count_items     (KwAnswers    *self,
                                                const char   *key);

/* Choices (onset, swelling): NULL when not answered */
const char         *kw_answers_get_choice      (KwAnswers    *self,
                                                const char   *key);
void                kw_answers_set_choice      (KwAnswers    *self,
                                                const char   *key,
                                                const char   *value);

/* True/false questions: the documented default until set */
gboolean            kw_answers_get_flag        (KwAnswers    *self,
                                                const char   *key);
void                kw_answers_set_flag        (KwAnswers    *self,
                                                const char   *key,
                                                gboolean      value);

/* Numbers: -1 when not answered */
int                 kw_answers_get_number      (KwAnswers    *self,
                                                const char   *key);
void                kw_answers_set_number      (KwAnswers    *self,
                                                const char   *key,
                                                int           value);
void                kw_answers_unset           (KwAnswers    *self,
                                                const char   *key);

G_END_DECLS
