/* test-ui-hostile.c: the app on a full disk, in a read-only folder, against
 * a locked database and a database from a newer Kneewise
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The trouble is made for real (kw-test-hostile.c); the real window under
 * Xvfb must show a message that names the problem and the file, on screen
 * (mapped, not just set), and nothing saved before may change.
 */

#include "config.h"

#include <string.h>
#include <unistd.h>

#include "kw-plan.h"
#include "kw-test-hostile.h"
#include "kw-test-ui.h"
#include "kw-today-page.h"

typedef struct
{
  const char *problem;   /* what the message must say */
  char       *db;
  KwTestMount *disk;
} Case;

static GtkWidget *
find_label_containing (GtkWidget  *widget,
                       const char *needle)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), needle) != NULL)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_containing (child, needle);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The message is on screen, and says what happened and to which file. */
static void
assert_shows_problem (GtkWidget  *root,
                      const char *problem,
                      const char *db)
{
  GtkWidget *label;
  const char *text;

  kw_test_ui_iterate (50);
  label = find_label_containing (root, problem);
  g_assert_nonnull (label);
  text = gtk_label_get_text (GTK_LABEL (label));
  g_test_message ("The window says: %s", text);
  g_assert_true (gtk_widget_get_mapped (label));
  g_assert_nonnull (strstr (text, db));
}

/* Opening fails: the window shows why instead of the pages. */
static void
refused_scenario (KwApplication *app,
                  KwWindow      *window,
                  gpointer       data)
{
  Case *c = data;

  g_assert_null (kw_window_get_store (window));
  g_assert_nonnull (kw_application_get_store_error (app));
  assert_shows_problem (GTK_WIDGET (window), c->problem, c->db);
  kw_test_ui_screenshot (GTK_WIDGET (window), "hostile-refused");
}

static void
test_newer_version (void)
{
  Case c = { "newer version of Kneewise", kw_store_dup_default_path (), NULL };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize len, len_after;

  kw_test_make_saved_data (c.db);
  kw_test_set_user_version (c.db, kw_store_get_latest_version () + 1);
  g_assert_true (g_file_get_contents (c.db, &before, &len, NULL));

  kw_test_ui_skip_welcome ();
  kw_test_ui_run (refused_scenario, &c);

  /* Left exactly as the newer version wrote it. */
  g_assert_true (g_file_get_contents (c.db, &after, &len_after, NULL));
  g_assert_cmpmem (before, len, after, len_after);
  g_free (c.db);
}

static void
test_read_only_folder (void)
{
  Case c = { "read-only", kw_store_dup_default_path (), NULL };
  g_autofree char *dir = kw_test_dup_data_dir ();
  g_autofree char *why_not = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(KwTestMount) disk = NULL;

  /* Root writes through file modes: a read-only mount stops it too. */
  if (geteuid () == 0 && (disk = kw_test_mount_tmpfs (dir, 4096, &why_not)) == NULL)
    {
      g_test_skip (why_not);
      g_free (c.db);
      return;
    }

  kw_test_make_saved_data (c.db);
  before = kw_test_dump_database (c.db);
  if (disk != NULL)
    kw_test_mount_set_read_only (disk, TRUE);
  else
    kw_test_make_folder_read_only (dir, TRUE);

  kw_test_ui_skip_welcome ();
  kw_test_ui_run (refused_scenario, &c);

  if (disk != NULL)
    kw_test_mount_set_read_only (disk, FALSE);
  else
    kw_test_make_folder_read_only (dir, FALSE);
  after = kw_test_dump_database (c.db);
  g_assert_cmpstr (after, ==, before);
  g_free (c.db);
}

/* Started on a full disk: SQLite has no room for its -shm file, so even
 * showing the records fails; the window says so. */
static void
test_disk_full_at_start (void)
{
  Case c = { "is full", kw_store_dup_default_path (), NULL };
  g_autofree char *dir = kw_test_dup_data_dir ();
  g_autofree char *why_not = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if ((c.disk = kw_test_mount_tmpfs (dir, 1024, &why_not)) == NULL)
    {
      g_test_skip (why_not);
      g_free (c.db);
      return;
    }

  kw_test_make_saved_data (c.db);
  before = kw_test_dump_database (c.db);
  kw_test_mount_fill (c.disk);

  kw_test_ui_skip_welcome ();
  kw_test_ui_run (refused_scenario, &c);

  kw_test_mount_free_space (c.disk);
  after = kw_test_dump_database (c.db);
  g_assert_cmpstr (after, ==, before);
  kw_test_mount_free (c.disk);
  g_free (c.db);
}

/* Opening works, saving does not: the Today page's morning check-in. */
typedef void (*MakeTrouble) (Case *c, gboolean on);

typedef struct
{
  Case        c;
  MakeTrouble trouble;
  GPid        locker;
  int         release;
} SaveCase;

static void
save_scenario (KwApplication *app,
               KwWindow      *window,
               gpointer       data)
{
  SaveCase *sc = data;
  KwStore *store;
  KwTodayPage *page;
  g_autoptr(KwPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *text = NULL;
  GDate monday, tuesday;

  g_assert_true (kw_test_ui_wait_for (kw_test_ui_store_is_open, window, 5000));
  store = kw_window_get_store (window);

  /* Tuesday: the app asks how the knee is after Monday's session. */
  g_date_clear (&monday, 1);
  g_date_set_dmy (&monday, 2, G_DATE_NOVEMBER, 2026);
  tuesday = monday;
  g_date_add_days (&tuesday, 1);
  kw_window_show_page (window, "today");
  page = KW_TODAY_PAGE (kw_test_ui_find_child_of_type (GTK_WIDGET (window), KW_TYPE_TODAY_PAGE));
  kw_today_page_set_today (page, &tuesday);
  kw_test_ui_iterate (50);
  text = kw_test_ui_collect_text (GTK_WIDGET (page));
  kw_test_ui_assert_contains (text, "Good Morning");

  before = kw_test_dump_database (sc->c.db);
  sc->trouble (&sc->c, TRUE);
  kw_test_ui_click (GTK_WIDGET (page), "Save Morning Check-in");
  assert_shows_problem (GTK_WIDGET (page), sc->c.problem, sc->c.db);
  kw_test_ui_screenshot (GTK_WIDGET (window), "hostile-save");
  sc->trouble (&sc->c, FALSE);

  /* Nothing saved was lost, and nothing was half-saved. */
  after = kw_test_dump_database (sc->c.db);
  g_assert_cmpstr (after, ==, before);

  /* The answers are still there: the same button saves them now. */
  kw_test_ui_click (GTK_WIDGET (page), "Save Morning Check-in");
  plan = kw_plan_load_active (store, &error);
  g_assert_no_error (error);
  g_assert_true (kw_pain_log_has_morning (kw_plan_get_log (plan, &monday)));
}

static void
fill_disk (Case     *c,
           gboolean  on)
{
  if (on)
    kw_test_mount_fill (c->disk);
  else
    kw_test_mount_free_space (c->disk);
}

static void
test_disk_full (void)
{
  SaveCase sc = { { "is full", kw_store_dup_default_path (), NULL }, fill_disk, 0, -1 };
  g_autofree char *dir = kw_test_dup_data_dir ();
  g_autofree char *why_not = NULL;

  if ((sc.c.disk = kw_test_mount_tmpfs (dir, 1024, &why_not)) == NULL)
    {
      g_test_skip (why_not);
      g_free (sc.c.db);
      return;
    }

  kw_test_make_saved_data (sc.c.db);
  kw_test_ui_skip_welcome ();
  kw_test_ui_run (save_scenario, &sc);

  kw_test_mount_free (sc.c.disk);
  g_free (sc.c.db);
}

static SaveCase *lock_case;

static void
lock_database (Case     *c,
               gboolean  on)
{
  if (on)
    lock_case->locker = kw_test_lock_database (c->db, &lock_case->release);
  else
    kw_test_unlock_database (lock_case->locker, lock_case->release);
}

static void
test_locked (void)
{
  SaveCase sc = { { "Another program is using", kw_store_dup_default_path (), NULL },
                  lock_database, 0, -1 };

  lock_case = &sc;
  kw_test_make_saved_data (sc.c.db);
  kw_test_ui_skip_welcome ();
  kw_test_ui_run (save_scenario, &sc);
  lock_case = NULL;
  g_free (sc.c.db);
}

int
main (int   argc,
      char *argv[])
{
  kw_test_hostile_init ();
  kw_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui-hostile/newer-version", test_newer_version);
  g_test_add_func ("/ui-hostile/read-only-folder", test_read_only_folder);
  g_test_add_func ("/ui-hostile/disk-full-at-start", test_disk_full_at_start);
  g_test_add_func ("/ui-hostile/disk-full", test_disk_full);
  g_test_add_func ("/ui-hostile/locked", test_locked);

  return g_test_run ();
}
