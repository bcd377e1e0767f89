/* kw-store.c: the user's health records, in one SQLite file
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kw-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kw-store-private.h"

/* An SQLite file starts with this 16-byte string; its user_version (our
 * schema version) is a big-endian 32-bit integer at offset 60. Reading them
 * ourselves lets us refuse a newer database before SQLite touches it.
 */
#define SQLITE_MAGIC "SQLite format 3"
#define SQLITE_HEADER_SIZE 100
#define SQLITE_USER_VERSION_OFFSET 60

/* The files SQLite keeps beside the database. A rollback journal left by a
 * crash belongs to a damaged file too: left behind, SQLite would delete it
 * as stale next to the fresh database. */
static const char * const side_files[] = { "-wal", "-shm", "-journal" };

/* How long to wait for another process holding the write lock. */
#define BUSY_TIMEOUT_MS 3000

struct _KwStore
{
  GObject  parent_instance;

  sqlite3 *db;
  char    *path;
  char    *moved_aside_path;
  int      version;
  guint    txn_depth;
};

G_DEFINE_FINAL_TYPE (KwStore, kw_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_QUARK (kw-store-error-quark, kw_store_error)

typedef enum {
  HEADER_MISSING,
  HEADER_OK,
  HEADER_NOT_SQLITE,
} HeaderState;

static HeaderState
read_header (const char  *path,
             int         *user_version,
             GError     **error)
{
  guint8 header[SQLITE_HEADER_SIZE];
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize n_read = 0;

  *user_version = 0;

  in = g_file_read (file, NULL, &local_error);
  if (in == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return HEADER_MISSING;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return HEADER_NOT_SQLITE;
    }

  if (!g_input_stream_read_all (G_INPUT_STREAM (in), header, sizeof header, &n_read,
                                NULL, error))
    return HEADER_NOT_SQLITE;

  /* An empty file is what we create before SQLite writes the first page. */
  if (n_read == 0)
    return HEADER_MISSING;

  if (n_read < sizeof header || memcmp (header, SQLITE_MAGIC, sizeof SQLITE_MAGIC) != 0)
    return HEADER_NOT_SQLITE;

  *user_version = (int) (((guint32) header[SQLITE_USER_VERSION_OFFSET] << 24) |
                         ((guint32) header[SQLITE_USER_VERSION_OFFSET + 1] << 16) |
                         ((guint32) header[SQLITE_USER_VERSION_OFFSET + 2] << 8) |
                         ((guint32) header[SQLITE_USER_VERSION_OFFSET + 3]));
  return HEADER_OK;
}

static void
set_error_from_errno (GError     **error,
                      int          saved_errno,
                      const char  *path,
                      const char  *what)
{
  g_autofree char *display = g_filename_display_name (path);

  if (saved_errno == EACCES || saved_errno == EROFS || saved_errno == EPERM)
    g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_READ_ONLY,
                 /* Translators: the first %s is a file or folder path, the second why */
                 _("Kneewise cannot write to “%s”: the folder is read-only. "
                   "Nothing was changed. (%s)"),
                 display, what);
  else if (saved_errno == ENOSPC || saved_errno == EDQUOT)
    g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_DISK_FULL,
                 _("The disk holding “%s” is full. Nothing was changed; "
                   "free some space and try again."),
                 display);
  else
    g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_FAILED,
                 _("Kneewise cannot open “%s”: %s"), display, what);
}

/* Keeps the damaged file (and its journal) next to the original, under a
 * name that says when it was moved. Nothing is ever deleted.
 */
static char *
move_aside (const char  *path,
            GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *aside = NULL;

  for (guint i = 0; aside == NULL || g_file_test (aside, G_FILE_TEST_EXISTS); i++)
    {
      g_free (aside);
      if (i == 0)
        aside = g_strdup_printf ("%s.corrupt-%s", path, stamp);
      else
        aside = g_strdup_printf ("%s.corrupt-%s-%u", path, stamp, i);
    }

  if (g_rename (path, aside) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_CORRUPT,
                   _("The database “%s” is damaged and could not be moved aside (%s). "
                     "It was left as it is."),
                   display, g_strerror (saved_errno));
      return NULL;
    }

  for (guint i = 0; i < G_N_ELEMENTS (side_files); i++)
    {
      const char *suffix = side_files[i];
      g_autofree char *from = g_strconcat (path, suffix, NULL);
      g_autofree char *to = g_strconcat (aside, suffix, NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS) && g_rename (from, to) != 0)
        g_warning ("Could not move %s aside: %s", from, g_strerror (errno));
    }

  g_message ("Moved a damaged database aside to %s", aside);
  return g_steal_pointer (&aside);
}

void
_kw_store_set_error (KwStore  *self,
                     int       rc,
                     GError  **error)
{
  g_autofree char *display = g_filename_display_name (self->path);
  int primary = rc & 0xff;
  int sys_errno = self->db != NULL ? sqlite3_system_errno (self->db) : 0;

  if (primary == SQLITE_FULL || (primary == SQLITE_IOERR && sys_errno == ENOSPC))
    g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_DISK_FULL,
                 _("The disk holding “%s” is full, so this change was not saved. "
                   "Everything saved before is safe; free some space and try again."),
                 display);
  else if (primary == SQLITE_READONLY || primary == SQLITE_PERM ||
           (primary == SQLITE_CANTOPEN && (sys_errno == EACCES || sys_errno == EROFS)) ||
           (primary == SQLITE_IOERR && (sys_errno == EACCES || sys_errno == EROFS)))
    g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_READ_ONLY,
                 _("“%s” or its folder is read-only, so this change was not saved. "
                   "Nothing already saved was lost."),
                 display);
  else if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
    g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_LOCKED,
                 _("Another program is using “%s”. Close it and try again; "
                   "nothing was changed."),
                 display);
  else if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
    g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_CORRUPT,
                 _("The database “%s” is damaged (%s)."),
                 display, sqlite3_errstr (rc));
  else
    g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_FAILED,
                 _("Kneewise could not use “%s”: %s"),
                 display,
                 self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
}

sqlite3 *
_kw_store_get_db (KwStore *self)
{
  g_return_val_if_fail (KW_IS_STORE (self), NULL);

  return self->db;
}

sqlite3_stmt *
_kw_store_prepare (KwStore     *self,
                   const char  *sql,
                   GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (KW_IS_STORE (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _kw_store_set_error (self, rc, error);
      return NULL;
    }

  return stmt;
}

/* Only for constant SQL (schema, pragmas, transaction control). */
gboolean
_kw_store_exec (KwStore     *self,
                const char  *sql,
                GError     **error)
{
  int rc;

  g_return_val_if_fail (KW_IS_STORE (self), FALSE);

  rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      _kw_store_set_error (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

gboolean
_kw_store_step_done (KwStore       *self,
                     sqlite3_stmt  *stmt,
                     GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      _kw_store_set_error (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

/* Transactions nest through savepoints, so a feature operation can call
 * another one and still commit or roll back as a whole.
 */
gboolean
_kw_store_begin (KwStore  *self,
                 GError  **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (KW_IS_STORE (self), FALSE);

  if (self->txn_depth == 0)
    sql = g_strdup ("BEGIN IMMEDIATE");
  else
    sql = g_strdup_printf ("SAVEPOINT kw%u", self->txn_depth);

  if (!_kw_store_exec (self, sql, error))
    return FALSE;

  self->txn_depth++;
  return TRUE;
}

gboolean
_kw_store_commit (KwStore  *self,
                  GError  **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (KW_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->txn_depth > 0, FALSE);

  if (self->txn_depth == 1)
    sql = g_strdup ("COMMIT");
  else
    sql = g_strdup_printf ("RELEASE kw%u", self->txn_depth - 1);

  if (!_kw_store_exec (self, sql, error))
    {
      _kw_store_rollback (self);
      return FALSE;
    }

  self->txn_depth--;
  return TRUE;
}

void
_kw_store_rollback (KwStore *self)
{
  g_autofree char *sql = NULL;

  g_return_if_fail (KW_IS_STORE (self));
  g_return_if_fail (self->txn_depth > 0);

  if (self->txn_depth == 1)
    sql = g_strdup ("ROLLBACK");
  else
    sql = g_strdup_printf ("ROLLBACK TO kw%u; RELEASE kw%u",
                           self->txn_depth - 1, self->txn_depth - 1);

  /* After SQLITE_FULL and friends SQLite may already have rolled back. */
  if (sqlite3_get_autocommit (self->db) == 0)
    sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  self->txn_depth--;
}

/* Feature modules call this after a successful commit. */
void
_kw_store_emit_changed (KwStore    *self,
                        const char *what)
{
  g_return_if_fail (KW_IS_STORE (self));
  g_return_if_fail (what != NULL);

  g_signal_emit (self, signals[CHANGED], g_quark_from_string (what), what);
}

/* Test hook: makes the next write that needs a new page fail with
 * SQLITE_FULL, exactly as a full disk would.
 */
void
_kw_store_set_max_pages (KwStore *self,
                         gint64   pages)
{
  g_autofree char *sql = NULL;

  g_return_if_fail (KW_IS_STORE (self));

  sql = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT, pages);
  sqlite3_exec (self->db, sql, NULL, NULL, NULL);
}

static gboolean
read_version (KwStore  *self,
              int      *version,
              GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (!(stmt = _kw_store_prepare (self, "PRAGMA user_version", error)))
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      _kw_store_set_error (self, rc, error);
      return FALSE;
    }

  *version = sqlite3_column_int (stmt, 0);
  return TRUE;
}

/* quick_check reads every page once; a real file of ten years of logs is a
 * few megabytes, and the GUI opens the store after its first frame.
 */
static gboolean
check_integrity (KwStore  *self,
                 GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *result;
  int rc;

  if (!(stmt = _kw_store_prepare (self, "PRAGMA quick_check(1)", error)))
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      _kw_store_set_error (self, rc, error);
      return FALSE;
    }

  result = (const char *) sqlite3_column_text (stmt, 0);
  if (g_strcmp0 (result, "ok") != 0)
    {
      _kw_store_set_error (self, SQLITE_CORRUPT, error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
migrate (KwStore  *self,
         GError  **error)
{
  for (guint i = 0; i < _kw_store_n_migrations; i++)
    {
      const KwMigration *m = &_kw_store_migrations[i];
      g_autofree char *bump = NULL;

      if (m->version <= self->version)
        continue;

      g_debug ("Migrating %s to version %d (%s)", self->path, m->version, m->name);

      if (!_kw_store_begin (self, error))
        return FALSE;

      bump = g_strdup_printf ("PRAGMA user_version = %d", m->version);
      if (!_kw_store_exec (self, m->sql, error) ||
          !_kw_store_exec (self, bump, error) ||
          !_kw_store_commit (self, error))
        {
          if (self->txn_depth > 0)
            _kw_store_rollback (self);
          return FALSE;
        }

      self->version = m->version;
    }

  return TRUE;
}

static gboolean
newer_version_error (const char  *path,
                     int          version,
                     GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, KW_STORE_ERROR, KW_STORE_ERROR_NEWER_VERSION,
               _("“%s” was saved by a newer version of Kneewise (data version %d; "
                 "this version reads up to %d). It was left untouched: "
                 "please update Kneewise to open it."),
               display, version, kw_store_get_latest_version ());
  return FALSE;
}

/* The messages for a failed write say "this change was not saved". Opening
 * fails for the same reasons even just to look (a read-only file, a folder
 * where SQLite cannot make its -wal and -shm files, a disk without room for
 * them), and then the user needs to know what to fix instead. */
static void
rephrase_open_error (const char *path,
                     GError     *error)
{
  g_autofree char *display = g_filename_display_name (path);
  char *message;

  if (g_error_matches (error, KW_STORE_ERROR, KW_STORE_ERROR_READ_ONLY))
    message = g_strdup_printf (_("“%s” or its folder is read-only, and Kneewise needs to write "
                                 "there to keep your records. Nothing saved was changed; make "
                                 "it writable and try again."),
                               display);
  else if (g_error_matches (error, KW_STORE_ERROR, KW_STORE_ERROR_DISK_FULL))
    message = g_strdup_printf (_("The disk holding “%s” is full, and Kneewise needs a little "
                                 "room there to open your records. Nothing saved was changed; "
                                 "free some space and try again."),
                               display);
  else
    return;

  g_free (error->message);
  error->message = message;
}

typedef enum {
  OPEN_OK,
  OPEN_FAILED,
  OPEN_CORRUPT,
} OpenResult;

static OpenResult
open_database (KwStore  *self,
               GError  **error)
{
  g_autoptr(GError) local_error = NULL;
  int rc;

  rc = sqlite3_open_v2 (self->path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_EXRESCODE,
                        NULL);
  if (rc != SQLITE_OK)
    {
      _kw_store_set_error (self, rc, error);
      return OPEN_FAILED;
    }

  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  sqlite3_extended_result_codes (self->db, TRUE);

  /* SQLite silently falls back to read-only when the file is write-protected. */
  if (sqlite3_db_readonly (self->db, "main") == 1)
    {
      _kw_store_set_error (self, SQLITE_READONLY, error);
      return OPEN_FAILED;
    }

  if (!read_version (self, &self->version, &local_error) ||
      !check_integrity (self, &local_error))
    {
      if (g_error_matches (local_error, KW_STORE_ERROR, KW_STORE_ERROR_CORRUPT))
        return OPEN_CORRUPT;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return OPEN_FAILED;
    }

  /* A WAL file may hold a newer version that the header did not show yet. */
  if (self->version > kw_store_get_latest_version ())
    {
      newer_version_error (self->path, self->version, error);
      return OPEN_FAILED;
    }

  /* FULL costs one fsync per commit; logs are rare and health records matter. */
  if (!_kw_store_exec (self, "PRAGMA journal_mode = WAL", error) ||
      !_kw_store_exec (self, "PRAGMA synchronous = FULL", error) ||
      !_kw_store_exec (self, "PRAGMA foreign_keys = ON", error))
    return OPEN_FAILED;

  if (!migrate (self, error))
    return OPEN_FAILED;

  return OPEN_OK;
}

static void
close_database (KwStore *self)
{
  if (self->db != NULL)
    {
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }
}

static gboolean
create_empty (const char  *path,
              GError     **error)
{
  /* Created by us first so that the file (and SQLite's -wal and -shm files,
   * which copy its mode) is private from the start. */
  int fd = g_open (path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);

  if (fd < 0)
    {
      int saved_errno = errno;

      if (saved_errno == EEXIST)
        return TRUE;
      set_error_from_errno (error, saved_errno, path, g_strerror (saved_errno));
      return FALSE;
    }

  g_close (fd, NULL);
  return TRUE;
}

/**
 * kw_store_open:
 * @path: the database file; its folder is created (mode 0700) if missing
 * @error: return location for a #KwStoreError
 *
 * Opens the database, creating it (mode 0600) and bringing its schema up to
 * date. A database written by a newer Kneewise is refused and left as it
 * is. A damaged one is moved aside (see kw_store_get_moved_aside_path())
 * and a fresh one is created in its place.
 *
 * Returns: (transfer full) (nullable): the store, or %NULL with @error set
 */
KwStore *
kw_store_open (const char  *path,
               GError     **error)
{
  g_autoptr(KwStore) self = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GError) header_error = NULL;
  HeaderState header;
  int header_version = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (KW_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      set_error_from_errno (error, saved_errno, dir, g_strerror (saved_errno));
      return NULL;
    }

  header = read_header (path, &header_version, &header_error);
  if (header_error != NULL)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, KW_STORE_ERROR,
                   g_error_matches (header_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED)
                     ? KW_STORE_ERROR_READ_ONLY : KW_STORE_ERROR_FAILED,
                   _("Kneewise cannot read “%s”: %s"), display, header_error->message);
      return NULL;
    }

  if (header == HEADER_OK && header_version > kw_store_get_latest_version ())
    {
      newer_version_error (path, header_version, error);
      return NULL;
    }

  if (header == HEADER_NOT_SQLITE)
    {
      if (!(self->moved_aside_path = move_aside (path, error)))
        return NULL;
    }

  for (guint attempt = 0; attempt < 2; attempt++)
    {
      g_autoptr(GError) open_error = NULL;
      OpenResult result;

      if (!create_empty (path, error))
        return NULL;

      result = open_database (self, &open_error);
      if (result == OPEN_OK)
        return g_steal_pointer (&self);
      if (open_error != NULL)
        {
          rephrase_open_error (path, open_error);
          g_propagate_error (error, g_steal_pointer (&open_error));
        }

      close_database (self);

      if (result == OPEN_FAILED || self->moved_aside_path != NULL)
        {
          if (result == OPEN_CORRUPT)
            _kw_store_set_error (self, SQLITE_CORRUPT, error);
          return NULL;
        }

      /* OPEN_CORRUPT: keep the damaged file and start afresh once. */
      if (!(self->moved_aside_path = move_aside (path, error)))
        return NULL;
      self->version = 0;
    }

  g_assert_not_reached ();
}

/**
 * kw_store_open_default:
 * @error: return location for a #KwStoreError
 *
 * Opens `$XDG_DATA_HOME/kneewise/kneewise.db`.
 *
 * Returns: (transfer full) (nullable): the store, or %NULL with @error set
 */
KwStore *
kw_store_open_default (GError **error)
{
  g_autofree char *path = kw_store_dup_default_path ();

  return kw_store_open (path, error);
}

/**
 * kw_store_dup_default_path:
 *
 * Returns: (transfer full): where the user's database lives
 */
char *
kw_store_dup_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "kneewise", "kneewise.db", NULL);
}

/**
 * kw_store_get_latest_version:
 *
 * Returns: the schema version this build writes
 */
int
kw_store_get_latest_version (void)
{
  return _kw_store_migrations[_kw_store_n_migrations - 1].version;
}

const char *
kw_store_get_path (KwStore *self)
{
  g_return_val_if_fail (KW_IS_STORE (self), NULL);

  return self->path;
}

int
kw_store_get_version (KwStore *self)
{
  g_return_val_if_fail (KW_IS_STORE (self), 0);

  return self->version;
}

/**
 * kw_store_get_moved_aside_path:
 * @self: a #KwStore
 *
 * Returns: (nullable): where a damaged database was moved when this store
 *   was opened, so the user can be told; %NULL if nothing was moved
 */
const char *
kw_store_get_moved_aside_path (KwStore *self)
{
  g_return_val_if_fail (KW_IS_STORE (self), NULL);

  return self->moved_aside_path;
}

/**
 * kw_store_dup_value:
 * @self: a #KwStore
 * @key: the name of a stored value
 *
 * Returns: (transfer full) (nullable): the value, or %NULL if unset
 */
char *
kw_store_dup_value (KwStore    *self,
                    const char *key)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (KW_IS_STORE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  if (!(stmt = _kw_store_prepare (self, "SELECT value FROM kw_value WHERE key = ?1", NULL)))
    return NULL;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;

  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

/**
 * kw_store_set_value:
 * @self: a #KwStore
 * @key: the name of the value
 * @value: (nullable): the value, or %NULL to remove it
 * @error: return location for a #KwStoreError
 *
 * Returns: %TRUE if the value was saved
 */
gboolean
kw_store_set_value (KwStore     *self,
                    const char  *key,
                    const char  *value,
                    GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *sql;

  g_return_val_if_fail (KW_IS_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  if (value != NULL)
    sql = "INSERT INTO kw_value (key, value) VALUES (?1, ?2) "
          "ON CONFLICT (key) DO UPDATE SET value = excluded.value";
  else
    sql = "DELETE FROM kw_value WHERE key = ?1";

  if (!_kw_store_begin (self, error))
    return FALSE;

  if (!(stmt = _kw_store_prepare (self, sql, error)))
    goto fail;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (value != NULL)
    sqlite3_bind_text (stmt, 2, value, -1, SQLITE_TRANSIENT);

  if (!_kw_store_step_done (self, stmt, error))
    goto fail;

  g_clear_pointer (&stmt, sqlite3_finalize);
  if (!_kw_store_commit (self, error))
    return FALSE;

  _kw_store_emit_changed (self, "values");
  return TRUE;

fail:
  _kw_store_rollback (self);
  return FALSE;
}

static void
kw_store_finalize (GObject *object)
{
  KwStore *self = (KwStore *) object;

  close_database (self);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->moved_aside_path, g_free);

  G_OBJECT_CLASS (kw_store_parent_class)->finalize (object);
}

static void
kw_store_class_init (KwStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kw_store_finalize;

  /**
   * KwStore::changed:
   * @self: the store
   * @what: what changed, also the signal detail ("assessments", "plan"…)
   *
   * Emitted after a write has been committed, so that every view of the
   * data (in this process) can reload. Other processes watch
   * `PRAGMA data_version` instead.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
kw_store_init (KwStore *self)
{
}
