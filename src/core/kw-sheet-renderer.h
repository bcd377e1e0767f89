/* kw-sheet-renderer.h: draws printed weeks of the plan with cairo and Pango
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "kw-week-sheet.h"

G_BEGIN_DECLS

/**
 * KwSheetPaper:
 * @KW_SHEET_PAPER_A4: ISO A4, 210 × 297 mm
 * @KW_SHEET_PAPER_LETTER: US Letter, 8.5 × 11 in
 */
typedef enum
{
  KW_SHEET_PAPER_A4,
  KW_SHEET_PAPER_LETTER,
} KwSheetPaper;

/**
 * KwSheetMargins:
 *
 * The page margins, in points (1/72 inch).
 */
typedef struct
{
  double top;
  double right;
  double bottom;
  double left;
} KwSheetMargins;

/* 15 mm, in points: wider than the hard margins of common printers and
 * than GTK's default page margins (14.2 mm at most), so the printed page
 * and the PDF export are laid out alike, and what the PDF shows is what
 * the printer prints. */
#define KW_SHEET_MIN_MARGIN (15.0 / 25.4 * 72.0)

gboolean      kw_sheet_paper_from_name          (const char           *name,
                                                 KwSheetPaper         *paper);
const char   *kw_sheet_paper_to_name            (KwSheetPaper          paper);
KwSheetPaper  kw_sheet_paper_for_locale_name    (const char           *locale);
KwSheetPaper  kw_sheet_paper_for_locale         (void);
void          kw_sheet_paper_get_size           (KwSheetPaper          paper,
                                                 double               *width,
                                                 double               *height);

void          kw_sheet_margins_init             (KwSheetMargins       *margins);
void          kw_sheet_margins_clamp            (KwSheetMargins       *margins);

void          kw_sheet_renderer_draw_page       (cairo_t              *cr,
                                                 double                width,
                                                 double                height,
                                                 const KwSheetMargins *margins,
                                                 KwWeekSheet          *sheet,
                                                 guint                 page,
                                                 guint                 n_pages);

char         *kw_sheet_renderer_dup_title       (KwWeekSheet          *first,
                                                 guint                 n_weeks);

gboolean      kw_sheet_renderer_write_pdf       (GPtrArray            *sheets,
                                                 KwSheetPaper          paper,
                                                 const char           *path,
                                                 GError              **error);

gboolean      kw_sheet_export_pdf               (KwStore              *store,
                                                 const GDate          *first_day,
                                                 guint                 n_weeks,
                                                 const GDate          *today,
                                                 KwSheetPaper          paper,
                                                 const char           *path,
                                                 GError              **error);

G_END_DECLS
