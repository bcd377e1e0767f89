/* kw-db-locker.c: another program holding the user's database
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: kw-db-locker DATABASE
 *
 * Opens DATABASE, starts an exclusive transaction, prints "locked" and
 * holds it until its stdin is closed, then rolls back: the hostile-
 * environment tests run kneewise-cli and the app against it.
 */

#include <stdio.h>
#include <sqlite3.h>

int
main (int   argc,
      char *argv[])
{
  sqlite3 *db = NULL;
  char buf[64];

  if (argc != 2)
    {
      fprintf (stderr, "Usage: kw-db-locker DATABASE\n");
      return 2;
    }

  if (sqlite3_open_v2 (argv[1], &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK ||
      sqlite3_exec (db, "BEGIN EXCLUSIVE", NULL, NULL, NULL) != SQLITE_OK)
    {
      fprintf (stderr, "kw-db-locker: %s\n", sqlite3_errmsg (db));
      return 1;
    }

  printf ("locked\n");
  fflush (stdout);

  while (fgets (buf, sizeof buf, stdin) != NULL)
    ;

  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (db);
  return 0;
}
