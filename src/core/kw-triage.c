/* kw-triage.c: how urgently the runner should act
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kw-triage"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kw-triage.h"

static const struct {
  const char *id;
  const char *title;
} levels[KW_TRIAGE_N_LEVELS] = {
  [KW_TRIAGE_EMERGENCY] = { "emergency", N_("Get emergency care now") },
  [KW_TRIAGE_SAME_DAY] = { "same-day", N_("Don’t run: get checked today") },
  [KW_TRIAGE_SEE_CLINICIAN] = { "see-clinician", N_("See a physio or doctor soon") },
  [KW_TRIAGE_REST_AND_REHAB] = { "rest-and-rehab", N_("Rest from running and rebuild") },
  [KW_TRIAGE_REDUCE_AND_CONTINUE] = { "reduce-and-continue", N_("Keep running, but less") },
};

/**
 * kw_triage_to_id:
 * @triage: a #KwTriage
 *
 * Returns: the stable public id ("rest-and-rehab"), used in files and the CLI
 */
const char *
kw_triage_to_id (KwTriage triage)
{
  g_return_val_if_fail (triage < KW_TRIAGE_N_LEVELS, NULL);

  return levels[triage].id;
}

/**
 * kw_triage_from_id:
 * @id: a public id
 * @triage: (out): the level
 *
 * Returns: %TRUE if @id names a level
 */
gboolean
kw_triage_from_id (const char *id,
                   KwTriage   *triage)
{
  g_return_val_if_fail (triage != NULL, FALSE);

  for (guint i = 0; i < KW_TRIAGE_N_LEVELS; i++)
    {
      if (g_strcmp0 (id, levels[i].id) == 0)
        {
          *triage = (KwTriage) i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * kw_triage_get_title:
 * @triage: a #KwTriage
 *
 * Returns: a short, translated headline for the level
 */
const char *
kw_triage_get_title (KwTriage triage)
{
  g_return_val_if_fail (triage < KW_TRIAGE_N_LEVELS, NULL);

  return g_dgettext (GETTEXT_PACKAGE, levels[triage].title);
}

/**
 * kw_triage_most_careful:
 *
 * Under-triage is the worst error: where two rules disagree, the more
 * urgent level wins.
 *
 * Returns: the more urgent of @a and @b
 */
KwTriage
kw_triage_most_careful (KwTriage a,
                        KwTriage b)
{
  return MIN (a, b);
}

/**
 * kw_triage_allows_plan:
 *
 * Emergency and same-day get no exercise plan; see-clinician still gets the
 * gentle first phase with the advice to be seen.
 *
 * Returns: whether an exercise plan may be offered at this level
 */
gboolean
kw_triage_allows_plan (KwTriage triage)
{
  return triage >= KW_TRIAGE_SEE_CLINICIAN && triage < KW_TRIAGE_N_LEVELS;
}
