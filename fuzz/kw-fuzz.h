/* kw-fuzz.h: what every libFuzzer target of Kneewise shares
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A target is one file, fuzz/fuzz-<thing>.c. For a parser that takes bytes
 * and returns an object or NULL with a GError, the whole target is:
 *
 *   #include "kw-fuzz.h"
 *   #include "kw-data-archive.h"
 *   KW_FUZZ_BYTES_PARSER (kw_data_archive_parse, g_object_unref)
 *
 * and one line in fuzz/meson.build. A parser may reject any input with an
 * error, but must never crash, leak, trip a sanitizer, or log a warning or a
 * critical: those abort, so libFuzzer keeps the input that did it.
 */

#pragma once

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <glib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);
int LLVMFuzzerInitialize   (int           *argc,
                            char        ***argv);

static GLogWriterOutput
kw_fuzz_log_writer (GLogLevelFlags   level,
                    const GLogField *fields,
                    gsize            n_fields,
                    gpointer         user_data)
{
  /* Debug and info output would only slow the fuzzer down. */
  if ((level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING)) == 0)
    return G_LOG_WRITER_HANDLED;

  g_log_writer_standard_streams (level, fields, n_fields, user_data);
  abort ();
}

/* Called once by libFuzzer before the first input. */
static inline void
kw_fuzz_init (void)
{
  g_log_set_writer_func (kw_fuzz_log_writer, NULL, NULL);
}

#define KW_FUZZ_INITIALIZE                                         \
  int                                                              \
  LLVMFuzzerInitialize (int *argc, char ***argv)                   \
  {                                                                \
    kw_fuzz_init ();                                               \
    return 0;                                                      \
  }

/* A target for `Thing *parse (GBytes *bytes, GError **error)`. */
#define KW_FUZZ_BYTES_PARSER(parse, free_result)                   \
  KW_FUZZ_INITIALIZE                                               \
  int                                                              \
  LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)        \
  {                                                                \
    GBytes *bytes = g_bytes_new (data, size);                      \
    GError *error = NULL;                                          \
    gpointer result = parse (bytes, &error);                       \
                                                                   \
    /* Exactly one of a result and an error. */                    \
    if ((result == NULL) == (error == NULL))                       \
      abort ();                                                    \
    if (result != NULL)                                            \
      free_result (result);                                        \
    g_clear_error (&error);                                        \
    g_bytes_unref (bytes);                                         \
    return 0;                                                      \
  }
