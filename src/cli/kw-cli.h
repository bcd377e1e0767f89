/* kw-cli.h: the subcommands of kneewise-cli
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kw-store.h"
#include "kw-triage.h"

G_BEGIN_DECLS

/* Exit codes: 0 done, 1 the store failed (disk, lock…), 2 bad input. */
#define KW_CLI_EXIT_OK 0
#define KW_CLI_EXIT_FAILED 1
#define KW_CLI_EXIT_USAGE 2

typedef int (*KwCliCommandFunc) (int argc, char **argv);

typedef struct
{
  const char       *name;
  const char       *summary;   /* N_() */
  KwCliCommandFunc  run;
} KwCliCommand;

int kw_cli_assess (int argc, char **argv);
int kw_cli_plan (int    argc,
                 char **argv);
int kw_cli_log  (int    argc,
                 char **argv);

/* kw-cli-plan.c: what `assess --save [--start DATE]` uses to make the plan. */
gboolean kw_cli_plan_parse_start            (const char         *text,
                                             GDate              *start);
int      kw_cli_plan_start_after_assessment (KwStore            *store,
                                             const char * const *condition_ids,
                                             KwTriage            triage,
                                             const GDate        *start);
int kw_cli_status (int argc, char **argv);
int kw_cli_export_pdf (int argc, char **argv);

/* Data export and import (issue 8). */
int kw_cli_export_data (int argc, char **argv);
int kw_cli_import_data (int argc, char **argv);

G_END_DECLS
