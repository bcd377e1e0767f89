/* kw-reminder-autostart.c: start kneewise-reminders now and at every login
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Inside Flatpak the Background portal is the only sanctioned way to start
 * at login (Flathub rejects write access to ~/.config/autostart). Outside,
 * the portal's GTK backend would write an unnamed entry, so we write a named
 * XDG autostart entry ourselves. Either way the service is started right
 * away too, and turning reminders off asks it to quit through its "quit"
 * action on the session bus, which works inside and outside the sandbox.
 */

#define G_LOG_DOMAIN "kw-reminder-autostart"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <libportal-gtk4/portal-gtk4.h>

#include "kw-reminder-autostart.h"

#define SERVICE_BINARY "kneewise-reminders"
#define SERVICE_PATH "/io/github/kneewise/Kneewise/Reminders"

/**
 * kw_reminder_autostart_is_sandboxed:
 *
 * Returns: %TRUE inside Flatpak
 */
gboolean
kw_reminder_autostart_is_sandboxed (void)
{
  return g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS);
}

/**
 * kw_reminder_autostart_dup_desktop_path:
 *
 * Returns: (transfer full): where the autostart entry lives outside Flatpak
 */
char *
kw_reminder_autostart_dup_desktop_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "autostart",
                           APP_ID ".Reminders.desktop", NULL);
}

/* The test suite and `meson devenv` point this at the build tree. */
static char *
dup_service_binary (void)
{
  const char *override = g_getenv ("KNEEWISE_REMINDERS");

  if (override != NULL && *override != '\0')
    return g_strdup (override);
  if (kw_reminder_autostart_is_sandboxed ())
    return g_strdup (SERVICE_BINARY);
  return g_build_filename (BINDIR, SERVICE_BINARY, NULL);
}

static gboolean
write_desktop_file (GError **error)
{
  g_autofree char *path = kw_reminder_autostart_dup_desktop_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *binary = dup_service_binary ();
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *exec = NULL;
  g_autofree char *data = NULL;
  const char *group = G_KEY_FILE_DESKTOP_GROUP;

  /* Desktop-entry quoting: only needed when the path has a space. */
  if (strpbrk (binary, " \t\"\\$`") != NULL)
    {
      g_autoptr(GString) quoted = g_string_new ("\"");

      for (const char *p = binary; *p != '\0'; p++)
        {
          if (strchr ("\"`$\\", *p) != NULL)
            g_string_append_c (quoted, '\\');
          g_string_append_c (quoted, *p);
        }
      g_string_append_c (quoted, '"');
      exec = g_string_free (g_steal_pointer (&quoted), FALSE);
    }
  else
    exec = g_strdup (binary);

  g_key_file_set_string (key_file, group, G_KEY_FILE_DESKTOP_KEY_TYPE, "Application");
  g_key_file_set_string (key_file, group, G_KEY_FILE_DESKTOP_KEY_NAME, _("Kneewise Reminders"));
  g_key_file_set_string (key_file, group, G_KEY_FILE_DESKTOP_KEY_COMMENT,
                         _("Reminds you of your knee plan when Kneewise is closed"));
  g_key_file_set_string (key_file, group, G_KEY_FILE_DESKTOP_KEY_EXEC, exec);
  g_key_file_set_string (key_file, group, G_KEY_FILE_DESKTOP_KEY_ICON, APP_ID);
  g_key_file_set_boolean (key_file, group, G_KEY_FILE_DESKTOP_KEY_NO_DISPLAY, TRUE);
  g_key_file_set_boolean (key_file, group, "X-GNOME-Autostart-enabled", TRUE);
  g_key_file_set_boolean (key_file, group, "X-GNOME-UsesNotifications", TRUE);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (dir);

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not create the folder “%s”: %s"), display, g_strerror (saved_errno));
      return FALSE;
    }

  data = g_key_file_to_data (key_file, NULL, NULL);
  return g_file_set_contents_full (path, data, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644, error);
}

static gboolean
remove_desktop_file (GError **error)
{
  g_autofree char *path = kw_reminder_autostart_dup_desktop_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) local_error = NULL;

  if (!g_file_delete (file, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/**
 * kw_reminder_autostart_start_service:
 * @error: return location for an error
 *
 * Starts kneewise-reminders now. A second copy sees the first on the bus
 * and exits at once, so this is safe to call when it may be running.
 *
 * Returns: %TRUE if it was started
 */
gboolean
kw_reminder_autostart_start_service (GError **error)
{
  g_autofree char *binary = dup_service_binary ();
  const char *argv[] = { binary, NULL };

  /* Not reaped here: GLib double-forks, so the service outlives the app. */
  if (!g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH,
                      NULL, NULL, NULL, error))
    return FALSE;

  return TRUE;
}

static void
service_quit_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (object), result, &error);

  /* Not running is as good as stopped. */
  if (reply == NULL)
    g_debug ("Could not stop the reminder service: %s", error->message);

  g_task_return_boolean (task, TRUE);
}

static void
stop_service (GTask *task)
{
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GError) error = NULL;

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, g_task_get_cancellable (task), &error);
  if (bus == NULL)
    {
      g_debug ("No session bus to stop the reminder service: %s", error->message);
      g_task_return_boolean (task, TRUE);
      g_object_unref (task);
      return;
    }

  g_dbus_connection_call (bus, KW_REMINDER_AUTOSTART_SERVICE_ID, SERVICE_PATH,
                          "org.freedesktop.Application", "ActivateAction",
                          g_variant_new ("(s@ava{sv})", "quit",
                                         g_variant_new_array (G_VARIANT_TYPE_VARIANT, NULL, 0),
                                         NULL),
                          NULL, G_DBUS_CALL_FLAGS_NO_AUTO_START, -1,
                          g_task_get_cancellable (task), service_quit_cb, task);
}

static void
background_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  gboolean enabled = GPOINTER_TO_INT (g_task_get_task_data (task));

  if (!xdp_portal_request_background_finish (XDP_PORTAL (object), result, &error))
    {
      if (!enabled)
        {
          /* Turning off must not fail: at worst the service still starts
           * at login and finds reminders turned off, and quits. */
          g_debug ("The Background portal refused to turn autostart off: %s", error->message);
          stop_service (g_steal_pointer (&task));
          return;
        }

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                                 _("Kneewise is not allowed to run in the background, so it "
                                   "cannot remind you. Allow it under Apps in Settings, or run "
                                   "“flatpak permission-reset %s”."),
                                 APP_ID);
      else
        g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED,
                                 _("Kneewise could not ask to run in the background: %s"),
                                 error->message);
      return;
    }

  if (!enabled)
    {
      stop_service (g_steal_pointer (&task));
      return;
    }

  if (!kw_reminder_autostart_start_service (&error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_boolean (task, TRUE);
}

/**
 * kw_reminder_autostart_set_async:
 * @parent: (nullable): the window asking, for the portal's dialog
 * @enabled: whether reminders should run now and at every login
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: for @callback
 *
 * Turning on registers kneewise-reminders to start at login and starts it
 * now; turning off removes the registration and stops it.
 */
void
kw_reminder_autostart_set_async (GtkWindow           *parent,
                                 gboolean             enabled,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, kw_reminder_autostart_set_async);
  g_task_set_task_data (task, GINT_TO_POINTER (enabled), NULL);

  if (kw_reminder_autostart_is_sandboxed ())
    {
      g_autoptr(XdpPortal) portal = xdp_portal_new ();
      g_autoptr(GPtrArray) commandline = g_ptr_array_new_with_free_func (g_free);
      XdpParent *xdp_parent = parent != NULL ? xdp_parent_new_gtk (parent) : NULL;

      g_ptr_array_add (commandline, g_strdup (SERVICE_BINARY));
      xdp_portal_request_background (portal, xdp_parent,
                                     _("Kneewise reminds you of your knee plan "
                                       "when its window is closed."),
                                     commandline,
                                     enabled ? XDP_BACKGROUND_FLAG_AUTOSTART
                                             : XDP_BACKGROUND_FLAG_NONE,
                                     cancellable, background_cb, g_steal_pointer (&task));
      g_clear_pointer (&xdp_parent, xdp_parent_free);
      return;
    }

  if (enabled)
    {
      if (!write_desktop_file (&error) || !kw_reminder_autostart_start_service (&error))
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      g_task_return_boolean (task, TRUE);
      return;
    }

  if (!remove_desktop_file (&error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  stop_service (g_steal_pointer (&task));
}

/**
 * kw_reminder_autostart_set_finish:
 * @result: the result
 * @error: return location for an error, in words for the user
 *
 * Returns: %TRUE if done
 */
gboolean
kw_reminder_autostart_set_finish (GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
