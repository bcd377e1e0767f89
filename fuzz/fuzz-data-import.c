/* fuzz-data-import.c: libFuzzer target for the data import
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Import Data… and `kneewise-cli import-data FILE` hand whatever file they
 * are given to kw_data_archive_parse(), which checks all of it before
 * anything touches the store: it must never crash, leak or trip a sanitizer.
 */

#define G_LOG_DOMAIN "fuzz-data-import"

#include "kw-data-archive.h"
#include "kw-fuzz.h"

KW_FUZZ_BYTES_PARSER (kw_data_archive_parse, g_object_unref)
