/* kw-week-sheet.h: what goes on one printed week of the plan
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "kw-plan.h"
#include "kw-return-status.h"
#include "kw-store.h"

G_BEGIN_DECLS

#define KW_WEEK_SHEET_N_DAYS 7

/**
 * KwSheetExercise:
 * @id: the catalogue id, also the name of its picture
 * @name: the exercise's name, translated
 * @dose: the dose as the runner reads it ("3 × 12"), translated
 * @sets: how many tick boxes the day gets for it (one per set)
 *
 * One exercise on one day of the sheet.
 */
typedef struct
{
  char  *id;
  char  *name;
  char  *dose;
  guint  sets;
} KwSheetExercise;

/**
 * KwSheetWalkRun:
 * @title: a short name for the session ("Level 3"), translated
 * @detail: the whole session spelled out, with its intervals, translated
 * @repeats: how many run/walk repeats the session has (one tick box each)
 *
 * The walk-run session of one day.
 */
typedef struct
{
  char  *title;
  char  *detail;
  guint  repeats;
} KwSheetWalkRun;

/**
 * KwSheetRange:
 * @KW_SHEET_RANGE_THIS_WEEK: the week that holds today
 * @KW_SHEET_RANGE_NEXT_WEEK: the week after it
 * @KW_SHEET_RANGE_PHASE: every week of the current phase
 *
 * The weeks the app offers to print.
 */
typedef enum
{
  KW_SHEET_RANGE_THIS_WEEK,
  KW_SHEET_RANGE_NEXT_WEEK,
  KW_SHEET_RANGE_PHASE,
} KwSheetRange;

#define KW_TYPE_WEEK_SHEET (kw_week_sheet_get_type ())

G_DECLARE_FINAL_TYPE (KwWeekSheet, kw_week_sheet, KW, WEEK_SHEET, GObject)

KwWeekSheet           *kw_week_sheet_new               (const GDate  *first_day);

const GDate           *kw_week_sheet_get_first_day     (KwWeekSheet  *self);
void                   kw_week_sheet_get_day_date      (KwWeekSheet  *self,
                                                        guint         day,
                                                        GDate        *date);

const char            *kw_week_sheet_get_title         (KwWeekSheet  *self);
void                   kw_week_sheet_set_title         (KwWeekSheet  *self,
                                                        const char   *title);
const char            *kw_week_sheet_get_subtitle      (KwWeekSheet  *self);
void                   kw_week_sheet_set_subtitle      (KwWeekSheet  *self,
                                                        const char   *subtitle);
const char            *kw_week_sheet_get_runner_name   (KwWeekSheet  *self);
void                   kw_week_sheet_set_runner_name   (KwWeekSheet  *self,
                                                        const char   *name);

void                   kw_week_sheet_add_exercise      (KwWeekSheet  *self,
                                                        guint         day,
                                                        const char   *id,
                                                        const char   *name,
                                                        const char   *dose,
                                                        guint         sets);
guint                  kw_week_sheet_get_n_exercises   (KwWeekSheet  *self,
                                                        guint         day);
const KwSheetExercise *kw_week_sheet_get_exercise      (KwWeekSheet  *self,
                                                        guint         day,
                                                        guint         position);

void                   kw_week_sheet_set_walk_run      (KwWeekSheet  *self,
                                                        guint         day,
                                                        const char   *title,
                                                        const char   *detail,
                                                        guint         repeats);
const KwSheetWalkRun  *kw_week_sheet_get_walk_run      (KwWeekSheet  *self,
                                                        guint         day);
gboolean               kw_week_sheet_has_walk_run      (KwWeekSheet  *self);

void                   kw_week_sheet_set_rest_day      (KwWeekSheet  *self,
                                                        guint         day,
                                                        gboolean      rest);
gboolean               kw_week_sheet_is_rest_day       (KwWeekSheet  *self,
                                                        guint         day);
gboolean               kw_week_sheet_has_session       (KwWeekSheet  *self,
                                                        guint         day);

void                   kw_week_sheet_add_avoid         (KwWeekSheet  *self,
                                                        const char   *text);
GPtrArray             *kw_week_sheet_get_avoid         (KwWeekSheet  *self);
void                   kw_week_sheet_add_stop_sign     (KwWeekSheet  *self,
                                                        const char   *text);
GPtrArray             *kw_week_sheet_get_stop_signs    (KwWeekSheet  *self);

char                  *kw_week_sheet_to_text           (KwWeekSheet  *self);

KwWeekSheet           *kw_week_sheet_new_for_plan      (KwPlan               *plan,
                                                        const GDate          *day,
                                                        const KwReturnStatus *status,
                                                        const char           *runner_name);
GPtrArray             *kw_week_sheet_load              (KwStore              *store,
                                                        const GDate          *first_day,
                                                        guint                 n_weeks,
                                                        const GDate          *today,
                                                        GError              **error);
GPtrArray             *kw_week_sheet_load_range        (KwStore              *store,
                                                        KwSheetRange          range,
                                                        const GDate          *today,
                                                        GError              **error);
gboolean               kw_sheet_range_from_name        (const char           *name,
                                                        KwSheetRange         *range);
void                   kw_week_sheet_get_phase_weeks   (KwPlan               *plan,
                                                        const GDate          *today,
                                                        GDate                *first_monday,
                                                        guint                *n_weeks);

/* The most weeks printed at once: half a year. */
#define KW_WEEK_SHEET_MAX_WEEKS 26

G_END_DECLS
