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
#include "kw-test-date.h"
#include "kw-test-hostile.h"
#include "kw-test-ui.h"
#include "kw-today-page.h"

typedef struct _Case Case;

/* Makes the trouble; with @on FALSE, takes it away again. */
typedef void (*MakeTrouble) (Case *c, gboolean on);

struct _Case
{
  const char  *problem;   /* what the message must say */
  MakeTrouble  trouble;
  char        *db;        /* the database the app opens */
  char        *dir;       /* the folder it is in */
  KwTestMount *disk;      /* a tmpfs on @dir, to fill or make read-only */
  GPid         locker;
  int          release;
};

static Case
make_case (const char  *problem,
           MakeTrouble  trouble)
{
  Case c = { problem, trouble, kw_store_dup_default_path (), NULL, NULL, 0, -1 };

  c.dir = g_path_get_dirname (c.db);
  return c;
}

static void
case_clear (Case *c)
{
  g_clear_pointer (&c->disk, kw_test_mount_free);
  g_clear_pointer (&c->dir, g_free);
  g_clear_pointer (&c->db, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Case, case_clear)

/* A small disk of its own for the data folder: FALSE, and the test is
 * skipped, where this process cannot mount one. */
static gboolean
mount_disk (Case  *c,
            guint  size_kb)
{
  g_autofree char *why_not = NULL;

  c->disk = kw_test_mount_tmpfs (c->dir, size_kb, &why_not);
  if (c->disk == NULL)
    g_test_skip (why_not);
  return c->disk != NULL;
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
make_read_only (Case     *c,
                gboolean  on)
{
  if (c->disk != NULL)
    kw_test_mount_set_read_only (c->disk, on);
  else
    kw_test_make_folder_read_only (c->dir, on);
}

static void
lock_database (Case     *c,
               gboolean  on)
{
  if (on)
    c->locker = kw_test_lock_database (c->db, &c->release);
  else
    kw_test_unlock_database (c->locker, c->release);
}

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
  g_auto(Case) c = make_case ("newer version of Kneewise", NULL);
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
}

/* With the trouble made after the runner saved their data, the window
 * refuses to open it, and it is all still there once the trouble goes. */
static void
check_refused (Case *c)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  kw_test_make_saved_data (c->db);
  before = kw_test_dump_database (c->db);
  c->trouble (c, TRUE);

  kw_test_ui_skip_welcome ();
  kw_test_ui_run (refused_scenario, c);

  c->trouble (c, FALSE);
  after = kw_test_dump_database (c->db);
  g_assert_cmpstr (after, ==, before);
}

static void
test_read_only_folder (void)
{
  g_auto(Case) c = make_case ("read-only", make_read_only);

  /* Root writes through file modes: a read-only mount stops it too. */
  if (geteuid () == 0 && !mount_disk (&c, 4096))
    return;
  check_refused (&c);
}

/* Started on a full disk: SQLite has no room for its -shm file, so even
 * showing the records fails; the window says so. */
static void
test_disk_full_at_start (void)
{
  g_auto(Case) c = make_case ("is full", fill_disk);

  if (!mount_disk (&c, 1024))
    return;
  check_refused (&c);
}

/* Opening works, saving does not: the Today page's morning check-in. */
static void
save_scenario (KwApplication *app,
               KwWindow      *window,
               gpointer       data)
{
  Case *c = data;
  KwStore *store;
  KwTodayPage *page;
  g_autoptr(KwPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *text = NULL;
  /* The saved data's plan started on Monday, with that day's session. */
  GDate monday = kw_test_day (2026, 11, 2);
  GDate tuesday = kw_test_day (2026, 11, 3);

  g_assert_true (kw_test_ui_wait_for (kw_test_ui_store_is_open, window, 5000));
  store = kw_window_get_store (window);

  /* Tuesday: the app asks how the knee is after Monday's session. */
  page = KW_TODAY_PAGE (kw_test_ui_show_page (window, "today", KW_TYPE_TODAY_PAGE));
  kw_today_page_set_today (page, &tuesday);
  kw_test_ui_iterate (50);
  text = kw_test_ui_collect_text (GTK_WIDGET (page));
  kw_test_ui_assert_contains (text, "Good Morning");

  before = kw_test_dump_database (c->db);
  c->trouble (c, TRUE);
  kw_test_ui_click (GTK_WIDGET (page), "Save Morning Check-in");
  assert_shows_problem (GTK_WIDGET (page), c->problem, c->db);
  kw_test_ui_screenshot (GTK_WIDGET (window), "hostile-save");
  c->trouble (c, FALSE);

  /* Nothing saved was lost, and nothing was half-saved. */
  after = kw_test_dump_database (c->db);
  g_assert_cmpstr (after, ==, before);

  /* The answers are still there: the same button saves them now, and the
   * message and the question go. */
  kw_test_ui_click (GTK_WIDGET (page), "Save Morning Check-in");
  plan = kw_plan_load_active (store, &error);
  g_assert_no_error (error);
  g_assert_true (kw_pain_log_has_morning (kw_plan_get_log (plan, &monday)));
  g_assert_null (find_label_containing (GTK_WIDGET (page), c->problem));
  g_assert_null (kw_test_ui_find_button (GTK_WIDGET (page), "Save Morning Check-in"));
}

static void
test_disk_full (void)
{
  g_auto(Case) c = make_case ("is full", fill_disk);

  if (!mount_disk (&c, 1024))
    return;
  kw_test_make_saved_data (c.db);
  kw_test_ui_skip_welcome ();
  kw_test_ui_run (save_scenario, &c);
}

static void
test_locked (void)
{
  g_auto(Case) c = make_case ("Another program is using", lock_database);

  kw_test_make_saved_data (c.db);
  kw_test_ui_skip_welcome ();
  kw_test_ui_run (save_scenario, &c);
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
