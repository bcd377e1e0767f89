/* kw-pain-chart.h: pain over time, drawn with cairo
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/**
 * KwPainChartPoint:
 * @date: the day of the session
 * @during: most pain during the session, 0 to 10, or -1 if not logged
 * @next_morning: pain the next morning, 0 to 10, or -1 if not logged
 */
typedef struct
{
  GDate date;
  int   during;
  int   next_morning;
} KwPainChartPoint;

#define KW_TYPE_PAIN_CHART (kw_pain_chart_get_type ())

G_DECLARE_FINAL_TYPE (KwPainChart, kw_pain_chart, KW, PAIN_CHART, GtkWidget)

GtkWidget  *kw_pain_chart_new          (void);
void        kw_pain_chart_set_points   (KwPainChart            *self,
                                        const KwPainChartPoint *points,
                                        guint                   n_points);
guint       kw_pain_chart_get_n_points (KwPainChart            *self);
void        kw_pain_chart_set_zones    (KwPainChart            *self,
                                        int                     green_max,
                                        int                     amber_max);
const char *kw_pain_chart_get_summary  (KwPainChart            *self);

G_END_DECLS
