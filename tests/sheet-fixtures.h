/* sheet-fixtures.h: weeks to print, built by hand, and PDF helpers
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kw-week-sheet.h"

G_BEGIN_DECLS

typedef struct
{
  const char *id;
  const char *name;
  const char *dose;
  guint       sets;
  guint8      days;    /* bit 0 is the sheet's first day */
} FixtureExercise;

extern const FixtureExercise fixture_exercises[];
extern const guint fixture_n_exercises;

KwWeekSheet *fixture_sheet_new        (const GDate *first_day,
                                       const char  *runner_name);
KwWeekSheet *fixture_crowded_sheet_new (const GDate *first_day);

char        *fixture_run              (const char  *const *argv,
                                       int         *exit_status);
char        *fixture_pdf_text         (const char  *pdf);
char        *fixture_pdf_info         (const char  *pdf);
guint        fixture_pdf_pages        (const char  *pdf);
void         fixture_pdf_page_size    (const char  *pdf,
                                       double      *width,
                                       double      *height);
void         fixture_assert_white_margins (const char *pdf,
                                           guint       page,
                                           double      margin);

G_END_DECLS
