/* kw-knee-map.h: a drawn knee, front and back, to point at where it hurts
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KW_TYPE_KNEE_MAP (kw_knee_map_get_type ())

G_DECLARE_FINAL_TYPE (KwKneeMap, kw_knee_map, KW, KNEE_MAP, GtkWidget)

GtkWidget  *kw_knee_map_new             (void);
gboolean    kw_knee_map_get_selected    (KwKneeMap  *self,
                                         const char *location);
void        kw_knee_map_set_selected    (KwKneeMap  *self,
                                         const char *location,
                                         gboolean    selected);
void        kw_knee_map_clear           (KwKneeMap  *self);
const char *kw_knee_map_get_focus       (KwKneeMap  *self);
void        kw_knee_map_move_focus      (KwKneeMap  *self,
                                         int         delta);
void        kw_knee_map_toggle_focus    (KwKneeMap  *self);
const char *kw_knee_map_region_at       (KwKneeMap  *self,
                                         double      x,
                                         double      y);
gboolean    kw_knee_map_get_region_center (KwKneeMap  *self,
                                           const char *location,
                                           double     *x,
                                           double     *y);

G_END_DECLS
