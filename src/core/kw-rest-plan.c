/* kw-rest-plan.c: relative rest after a rest-and-rehab triage
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Content from clinical.md section 3 and the source articles. The runner
 * rests from running only: walking, daily life, pain-free cross-training and
 * the first exercises go on, because complete rest is not advised.
 */

#define G_LOG_DOMAIN "kw-rest-plan"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kw-date.h"
#include "kw-rest-plan.h"

static const KwRestItem items[] = {
  { "keep-walking", KW_REST_ITEM_KEEP,
    N_("Keep walking and doing your day as long as the knee stays at 3 out of 10 or less."),
    "Clinical convention", "E" },
  { "keep-exercises", KW_REST_ITEM_KEEP,
    N_("Start the first, gentle exercises of your plan now: they help the knee settle."),
    "Clinical convention", "E" },
  { "keep-moving", KW_REST_ITEM_KEEP,
    N_("Rest from running, not from moving: lying up all day is not advised, "
       "least of all for a sore tendon."),
    "Clinical convention", "E" },
  { "stop-running", KW_REST_ITEM_STOP,
    N_("No running for now, usually 3 to 7 days."),
    "Clinical convention", "E" },
  { "stop-until-painless", KW_REST_ITEM_STOP,
    N_("Don’t run again until you can walk, squat and go up and down stairs without pain."),
    "Run For Health Life", "E" },
  { "stop-painful", KW_REST_ITEM_STOP,
    N_("Leave out whatever makes the knee hurt more than 3 out of 10: deep squats, "
       "jumps, twisting, hills and long stair descents."),
    "Clinical convention; Run For Health Life", "E" },
  { "swim", KW_REST_ITEM_CROSS_TRAIN,
    N_("Swimming and running in the pool are fine if they don’t hurt."),
    "Clinical convention", "E" },
  { "bike", KW_REST_ITEM_CROSS_TRAIN,
    N_("Cycling is fine only if it is pain-free. Mind the saddle: too low strains the "
       "front of the knee, too high the outside of the knee."),
    "Clinical convention", "E" },
  { "ice", KW_REST_ITEM_ICE,
    N_("If the knee is swollen, cool it for 10 to 15 minutes at a time. Wrap the ice in "
       "a cloth: never put it on bare skin."),
    "NHS trust leaflets", "E" },
  { "expect", KW_REST_ITEM_EXPECT,
    N_("Knee pain in runners usually takes 6 to 12 weeks to settle fully: that is normal, "
       "and you can run again well before then."),
    "RUN CLEVER (Mulvad 2018); UHMB NHS", "C" },
};

static const char *kind_titles[KW_REST_ITEM_N_KINDS] = {
  [KW_REST_ITEM_KEEP] = N_("Keep doing"),
  [KW_REST_ITEM_STOP] = N_("Stop for now"),
  [KW_REST_ITEM_CROSS_TRAIN] = N_("Fine instead of running"),
  [KW_REST_ITEM_ICE] = N_("If it is swollen"),
  [KW_REST_ITEM_EXPECT] = N_("What to expect"),
};

/**
 * kw_rest_plan_get_items:
 * @n_items: (out): the number of items
 *
 * Returns: (array length=n_items) (transfer none): the rest checklist;
 *   translate text with g_dgettext (GETTEXT_PACKAGE, …)
 */
const KwRestItem *
kw_rest_plan_get_items (guint *n_items)
{
  g_return_val_if_fail (n_items != NULL, NULL);

  *n_items = G_N_ELEMENTS (items);
  return items;
}

const char *
kw_rest_item_kind_get_title (KwRestItemKind kind)
{
  g_return_val_if_fail (kind < KW_REST_ITEM_N_KINDS, NULL);

  return g_dgettext (GETTEXT_PACKAGE, kind_titles[kind]);
}

/**
 * kw_rest_plan_applies_to:
 *
 * Only a rest-and-rehab triage starts a rest period: more urgent levels
 * send the runner to be seen, reduce-and-continue keeps running.
 */
gboolean
kw_rest_plan_applies_to (KwTriage triage)
{
  return triage == KW_TRIAGE_REST_AND_REHAB;
}

/**
 * kw_rest_dates_init:
 * @dates: (out): the dates
 * @start: the first day of rest
 *
 * The reassessment is on day %KW_REST_REASSESS_DAY and the see-someone date
 * on day %KW_REST_SEE_SOMEONE_DAY after @start, in calendar days.
 */
void
kw_rest_dates_init (KwRestDates *dates,
                    const GDate *start)
{
  g_return_if_fail (dates != NULL);
  g_return_if_fail (start != NULL && g_date_valid (start));

  dates->start = *start;
  dates->reassess = kw_date_plus_days (start, KW_REST_REASSESS_DAY);
  dates->see_someone = kw_date_plus_days (start, KW_REST_SEE_SOMEONE_DAY);
}

/**
 * kw_rest_plan_get_stage:
 * @dates: the rest dates
 * @today: the local date now
 * @reason: (out) (optional) (transfer full): one line saying why
 *
 * Returns: where the runner stands in the rest period
 */
KwRestStage
kw_rest_plan_get_stage (const KwRestDates  *dates,
                        const GDate        *today,
                        char              **reason)
{
  KwRestStage stage;
  g_autofree char *when = NULL;

  g_return_val_if_fail (dates != NULL, KW_REST_STAGE_RESTING);
  g_return_val_if_fail (today != NULL && g_date_valid (today), KW_REST_STAGE_RESTING);

  if (g_date_compare (today, &dates->see_someone) >= 0)
    stage = KW_REST_STAGE_SEE_SOMEONE;
  else if (g_date_compare (today, &dates->reassess) >= 0)
    stage = KW_REST_STAGE_REASSESS;
  else
    stage = KW_REST_STAGE_RESTING;

  if (reason == NULL)
    return stage;

  switch (stage)
    {
    case KW_REST_STAGE_RESTING:
      when = kw_date_format (&dates->reassess);
      /* Translators: %s is a date */
      *reason = g_strdup_printf (_("Rest from running until the check on %s: "
                                   "most knees settle in 3 to 7 days."), when);
      break;
    case KW_REST_STAGE_REASSESS:
      *reason = g_strdup (_("Time to check again: answer the warning-sign questions, "
                            "then try the readiness tests."));
      break;
    case KW_REST_STAGE_SEE_SOMEONE:
      *reason = g_strdup (_("Two weeks have passed without the knee clearly settling: "
                            "please book a physio or your doctor."));
      break;
    default:
      g_assert_not_reached ();
    }

  return stage;
}

/**
 * kw_rest_stage_rescreens_red_flags:
 *
 * The reassessment and the two-week date both ask the red-flag questions
 * again before anything else: a knee that has not settled may be one that
 * needs to be seen.
 *
 * Returns: whether the assessment's red-flag questions must be asked again
 */
gboolean
kw_rest_stage_rescreens_red_flags (KwRestStage stage)
{
  return stage == KW_REST_STAGE_REASSESS || stage == KW_REST_STAGE_SEE_SOMEONE;
}
