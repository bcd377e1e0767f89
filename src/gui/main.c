/* main.c: the kneewise app
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "kw-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KwApplication) app = NULL;
  const char *localedir;

  setlocale (LC_ALL, "");
  /* Lets the test suite and `meson devenv` use the catalogs in the build tree. */
  localedir = g_getenv ("KNEEWISE_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = kw_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
