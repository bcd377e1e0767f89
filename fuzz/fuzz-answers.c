/* fuzz-answers.c: libFuzzer target for the answers parser
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `kneewise-cli assess FILE` hands whatever file it is given to
 * kw_answers_new_from_data(). Beyond "no crash, no leak": the parser gives
 * exactly one of answers and an error, an error message names the file, and
 * answers it accepts survive kw_answers_to_data() and back unchanged (what
 * the app saves, it reads back the same).
 */

#define G_LOG_DOMAIN "fuzz-answers"

#include <string.h>

#include "kw-answers.h"
#include "kw-fuzz.h"

#define NAME "fuzzed.ini"

KW_FUZZ_INITIALIZE

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KwAnswers) answers = NULL;
  g_autoptr(KwAnswers) again = NULL;
  g_autofree char *text = NULL;

  answers = kw_answers_new_from_data ((const char *) data, (gssize) size, NAME, &error);
  if ((answers == NULL) == (error == NULL))
    abort ();
  if (answers == NULL)
    {
      if (error->domain != KW_ANSWERS_ERROR || strstr (error->message, NAME) == NULL)
        abort ();
      return 0;
    }

  text = kw_answers_to_data (answers);
  again = kw_answers_new_from_data (text, -1, NAME, &error);
  if (again == NULL || !kw_answers_equal (answers, again))
    {
      g_printerr ("Round trip failed: %s\n%s", error != NULL ? error->message : "not equal",
                  text);
      abort ();
    }

  return 0;
}
