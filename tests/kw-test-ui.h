/* kw-test-ui.h: helpers for UI tests under Xvfb
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kw-application.h"
#include "kw-plan.h"
#include "kw-window.h"

G_BEGIN_DECLS

void           kw_test_ui_init            (int           *argc,
                                           char        ***argv);
typedef void (*KwTestUiScenario) (KwApplication *app,
                                  KwWindow      *window,
                                  gpointer       data);

void           kw_test_ui_run             (KwTestUiScenario scenario,
                                           gpointer        data);
KwWindow      *kw_test_ui_activate        (KwApplication  *app);
gboolean       kw_test_ui_wait_for        (gboolean      (*cond) (gpointer data),
                                           gpointer        data,
                                           guint           timeout_ms);
void           kw_test_ui_iterate         (guint           ms);
gboolean       kw_test_ui_store_is_open   (gpointer        window);
GtkWindow     *kw_test_ui_find_toplevel   (GType           type);
GtkButton     *kw_test_ui_find_button     (GtkWidget      *widget,
                                           const char     *label);
char          *kw_test_ui_collect_text    (GtkWidget      *widget);
void           kw_test_ui_screenshot      (GtkWidget      *widget,
                                           const char     *name);

GtkWidget     *kw_test_ui_find_child_of_type   (GtkWidget  *widget,
                                                GType       type);
GtkWidget     *kw_test_ui_find_visible_of_type (GtkWidget  *widget,
                                                GType       type);
GtkWidget     *kw_test_ui_find_by_tooltip      (GtkWidget  *widget,
                                                const char *tooltip);
GtkWidget     *kw_test_ui_find_row             (GtkWidget  *widget,
                                                const char *title);
GtkWidget     *kw_test_ui_show_page            (KwWindow   *window,
                                                const char *name,
                                                GType       type);
void           kw_test_ui_click                (GtkWidget  *root,
                                                const char *label);
void           kw_test_ui_assert_contains      (const char *haystack,
                                                const char *needle);
void           kw_test_ui_skip_welcome         (void);
gboolean       kw_test_ui_portal_missing       (const char    *what);
KwPlan        *kw_test_ui_make_plan            (KwStore    *store,
                                                KwTriage    triage,
                                                GDate      *monday);

G_END_DECLS

/* Keyboard and accessibility (issue 8). */
G_BEGIN_DECLS
gboolean       kw_test_ui_can_press_keys       (void);
void           kw_test_ui_press_key            (GtkWidget  *widget,
                                                const char *keys);
char          *kw_test_ui_accessible_property  (GtkWidget  *widget,
                                                GtkAccessibleProperty property);
char          *kw_test_ui_accessible_name      (GtkWidget  *widget);
GPtrArray     *kw_test_ui_focus_chain          (GtkWindow  *window);
char          *kw_test_ui_describe             (GtkWidget  *widget);
void           kw_test_ui_plan_under_way       (KwWindow   *window);
G_END_DECLS
