/* kw-test-cli.h: run the real kneewise-cli from a test
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  int   status;   /* the exit status */
  char *out;      /* everything printed on stdout */
  char *err;      /* everything printed on stderr */
} KwTestCliResult;

void             kw_test_cli_result_free (KwTestCliResult    *result);

KwTestCliResult *kw_test_cli_runv        (const char * const *env,
                                          const char         *stdin_text,
                                          const char * const *args);
KwTestCliResult *kw_test_cli_run         (const char         *first,
                                          ...) G_GNUC_NULL_TERMINATED;
KwTestCliResult *kw_test_cli_run_env     (const char * const *env,
                                          const char         *first,
                                          ...) G_GNUC_NULL_TERMINATED;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwTestCliResult, kw_test_cli_result_free)

G_END_DECLS
