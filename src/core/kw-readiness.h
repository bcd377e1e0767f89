/* kw-readiness.h: the readiness checklist before running again
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* [E] A failed checklist is tried again after one week. */
#define KW_READINESS_RETEST_DAYS 7

typedef struct
{
  const char *id;
  const char *title;          /* N_() */
  const char *how;            /* N_(): what to do, in plain words */
  const char *pass_mark;      /* N_(): what counts as a pass */
  int         max_pain;       /* pain during allowed, 0-10 */
  gboolean    tendinopathy_only;
  const char *source;
  const char *evidence;
} KwReadinessTest;

/**
 * KwNextMorning:
 * @KW_NEXT_MORNING_UNKNOWN: not told yet
 * @KW_NEXT_MORNING_NOT_WORSE: no worse than usual the next morning
 * @KW_NEXT_MORNING_WORSE_SETTLED: a little worse (1 point) but settled by midday
 * @KW_NEXT_MORNING_WORSE: worse by 2 or more, or not settled by midday
 */
typedef enum
{
  KW_NEXT_MORNING_UNKNOWN,
  KW_NEXT_MORNING_NOT_WORSE,
  KW_NEXT_MORNING_WORSE_SETTLED,
  KW_NEXT_MORNING_WORSE,
} KwNextMorning;

#define KW_NEXT_MORNING_N_VALUES (KW_NEXT_MORNING_WORSE + 1)

typedef struct
{
  const char    *test_id;
  gboolean       done;          /* FALSE: tried and could not do it */
  int            pain;          /* 0-10 during */
  KwNextMorning  next_morning;
  gboolean       new_swelling;
} KwReadinessEntry;

/**
 * KwReadinessVerdict:
 * @KW_READINESS_NOT_STARTED: nothing recorded
 * @KW_READINESS_INCOMPLETE: some tests not done yet
 * @KW_READINESS_WAITING: all done; waiting for the next morning
 * @KW_READINESS_PASSED: all passed: the walk-run program is open
 * @KW_READINESS_FAILED: at least one test failed; retest later
 */
typedef enum
{
  KW_READINESS_NOT_STARTED,
  KW_READINESS_INCOMPLETE,
  KW_READINESS_WAITING,
  KW_READINESS_PASSED,
  KW_READINESS_FAILED,
} KwReadinessVerdict;

typedef struct
{
  KwReadinessVerdict  verdict;
  guint               n_tests;       /* that apply */
  guint               n_done;
  const char         *failed_test;   /* (nullable): id of the first failed test */
  GDate               retest;        /* valid only when FAILED */
  char               *reason;        /* one translated line */
} KwReadinessResult;

const KwReadinessTest *kw_readiness_get_tests      (guint                  *n_tests);
const KwReadinessTest *kw_readiness_find_test      (const char             *id);
gboolean               kw_readiness_test_applies   (const KwReadinessTest  *test,
                                                    gboolean                tendinopathy);
gboolean               kw_readiness_entry_passes   (const KwReadinessEntry *entry,
                                                    char                  **reason);
gboolean               kw_readiness_entry_validate (const KwReadinessEntry *entry,
                                                    GError                **error);
void                   kw_readiness_evaluate       (const KwReadinessEntry *entries,
                                                    guint                   n_entries,
                                                    gboolean                tendinopathy,
                                                    const GDate            *tested_on,
                                                    KwReadinessResult      *result);
void                   kw_readiness_result_clear   (KwReadinessResult      *result);
const char            *kw_next_morning_get_label   (KwNextMorning           next_morning);

G_END_DECLS
