/* kw-crash-writer.h: the sessions kw-crash-writer logs, shared with its test
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Session i of the crash test falls on day i of a plan that starts on
 * Monday 1 January 2024, and its answers are a pure function of i. The test
 * can then tell a complete session from a half-written one by comparing
 * every column of a row with what the writer was asked to save.
 */

#pragma once

#include "kw-pain-log.h"

G_BEGIN_DECLS

#define KW_CRASH_SESSIONS 1000

static inline void
kw_crash_plan_start (GDate *start)
{
  g_date_clear (start, 1);
  g_date_set_dmy (start, 1, G_DATE_JANUARY, 2024);
}

static inline void
kw_crash_session_date (guint  i,
                       GDate *date)
{
  kw_crash_plan_start (date);
  g_date_add_days (date, i);
}

/* Mostly gentle sessions (so the plan keeps moving), a skipped one each
 * week, a partial one now and then, and every optional answer in turn. */
static inline KwPainLog *
kw_crash_session_new (guint i)
{
  GDate date;
  KwSessionStatus status;
  KwPainLog *log;

  kw_crash_session_date (i, &date);
  if (i % 7 == 6)
    status = KW_SESSION_SKIPPED;
  else if (i % 5 == 4)
    status = KW_SESSION_PARTIAL;
  else
    status = KW_SESSION_DONE;

  log = kw_pain_log_new (&date, status,
                         status == KW_SESSION_SKIPPED ? KW_PAIN_UNKNOWN : (int) (i % 5));
  log->pain_evening = i % 3 == 0 ? KW_PAIN_UNKNOWN : (int) (i % 4);
  log->baseline = (int) (i % 2);
  log->morning = (int) (i % 3);
  log->settled_by_midday = log->morning > log->baseline ? (i % 2 == 0) : KW_PAIN_UNKNOWN;
  if (status != KW_SESSION_SKIPPED)
    {
      log->swelling = (KwSwelling) (i % 11 == 0 ? KW_SWELLING_SAME : KW_SWELLING_NONE);
      log->limp = FALSE;
      log->running = i % 4 == 1;
    }
  return log;
}

G_END_DECLS
