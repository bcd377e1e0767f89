/* kw-program.c: exercise programs per condition and phase, as data
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * From clinical.md section 5. Where the source lists no calf or hip work for
 * a phase, we add it (marked [D] in the spec's sense): every week of every
 * plan works the quads, glutes, hips and calves.
 */

#define G_LOG_DOMAIN "kw-program"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kw-program.h"

#define MAX_ITEMS 10
#define MAX_AVOIDS 12
#define N_PHASES 4
/* An item without its own knee range uses the exercise's. */
#define SAME (-2)

struct _KwProgramItem
{
  const char *exercise_id;
  KwDose      dose;         /* sets == 0: the catalogue's starting dose */
  int         knee_min;
  int         knee_max;
  const char *note;
};

struct _KwAvoid
{
  const char *exercise_id;  /* NULL for an activity */
  const char *what;
  const char *reason;
  KwPhase     until;        /* 0: always; else avoided before this phase */
};

struct _KwProgram
{
  const char    *condition_id;
  const char    *title;
  const char    *evidence_summary;
  const char    *source;
  const char    *evidence;
  KwProgramItem  phases[N_PHASES][MAX_ITEMS];
  const char    *phase_notes[N_PHASES];
  const char    *phase_tests[N_PHASES];  /* NULL: the common test */
  KwAvoid        avoids[MAX_AVOIDS];
};

#define I(id) { id, { 0 }, SAME, SAME, NULL }
#define I_RANGE(id, lo, hi) { id, { 0 }, lo, hi, NULL }
#define I_DOSE(id, ...) { id, __VA_ARGS__, SAME, SAME, NULL }
#define I_NOTE(id, note) { id, { 0 }, SAME, SAME, note }
#define HOLD(s, h, rest, pw) { .sets = s, .hold_s = h, .rest_s = rest, .per_week = pw }
#define REPS(s, r, rest, pw) { .sets = s, .reps = r, .rest_s = rest, .per_week = pw }
#define REPS_SIDE(s, r, rest, pw) { .sets = s, .reps = r, .rest_s = rest, .per_week = pw, .each_side = TRUE }

#define AVOID_JUMPING(until, why) \
  { "pogo-hops", N_("Pogo hops"), why, until }, \
  { "single-leg-hop", N_("Single-leg hops"), why, until }, \
  { "a-skips", N_("Running drills (A-skips)"), why, until }

#define AVOID_KNEELING(why) { "hip-flexor-stretch", N_("Kneeling, including the kneeling hip-flexor stretch"), why, 0 }

static const char *common_tests[N_PHASES] = {
  N_("Hold a wall sit for 30 seconds and do 15 glute bridges, with pain at most 3 out of 10 "
     "and no worse the next morning."),
  N_("15 slow step-downs from a low step on the sore leg, pain-free, knee over the second toe."),
  N_("The return-to-run checklist: a week of daily pain at most 2 out of 10, a 30-minute brisk "
     "walk, stairs, 10 single-leg squats, 15 single-leg bridges, a 30-second side plank, "
     "20 single-leg calf raises and pain-free hops."),
  NULL,
};

static const KwProgram programs[] = {
  {
    "patellofemoral-pain", N_("Pain around the kneecap"),
    N_("Exercise reduces kneecap pain in the short and long term, and hip plus knee "
       "exercises work better than knee exercises alone."),
    "Crossley et al., BJSM 2016; Collins et al., BJSM 2018; Nascimento et al., JOSPT 2018", "G",
    {
      { I ("quad-set"), I_RANGE ("wall-sit", 30, 45), I ("side-lying-hip-abduction"),
        I ("clamshell"), I ("glute-bridge"), I ("calf-raise"), I ("front-plank"),
        I ("calf-stretch"), I ("hamstring-stretch"), I ("lateral-hip-stretch") },
      { I_RANGE ("leg-press", 0, 60), I ("box-squat"), I_RANGE ("knee-extension-machine", 45, 90),
        I ("step-up"), I ("lateral-band-walk"), I ("single-leg-bridge"), I ("side-plank"),
        I ("calf-raise"), I ("calf-stretch"), I ("quad-stretch") },
      { I ("split-squat"), I ("step-down"), I ("single-leg-squat"), I ("single-leg-deadlift"),
        I ("single-leg-balance"), I ("calf-raise"), I ("side-plank"), I ("calf-stretch"),
        I ("quad-stretch"), I ("hamstring-stretch") },
      { I ("pogo-hops"), I ("single-leg-hop"), I ("step-down"), I ("single-leg-squat"),
        I ("side-plank"), I ("single-leg-bridge"), I ("calf-raise"), I ("calf-stretch"),
        I ("quad-stretch") },
    },
    { N_("Stand up and straighten the knee every 30 minutes when sitting."),
      N_("Squats stay within 0–60° of knee bend; leg extensions within 90–45°."),
      N_("Heavier now: 3 to 4 sets of 6 to 10, only as deep as is pain-free."),
      /* xgettext:no-c-format */
      N_("Walk-run with a quicker step: 5–10% more steps a minute eases the kneecap.") },
    { NULL, NULL, NULL, NULL },
    {
      AVOID_KNEELING (N_("Kneeling presses right on the sore kneecap.")),
      AVOID_JUMPING (KW_PHASE_RETURN_TO_RUN,
                     N_("Jumping loads the kneecap hard; it comes back in the return-to-run phase.")),
      { NULL, N_("Deep loaded squats or lunges beyond the pain-free depth"),
        N_("Kneecap pressure rises as the knee bends under load; start within 0–60°."), 0 },
      { NULL, N_("Heavy leg extensions in the last 45° before straight"),
        N_("That range presses the kneecap hardest on a machine."), 0 },
      { NULL, N_("Downhill running and hill repeats"),
        N_("Running downhill loads the front of the knee much more."), 0 },
      { NULL, N_("Going down many stairs"),
        N_("Stair descents are among the most painful loads for the kneecap."), 0 },
      { NULL, N_("Sitting long with the knee bent"),
        N_("Stand up or straighten the leg every 30 minutes."), 0 },
      { NULL, N_("A low bike saddle"),
        N_("A low saddle bends the knee further under load."), 0 },
      { NULL, N_("Sudden jumps in pace or distance"),
        N_("Abrupt increases are the most common cause of flare-ups."), 0 },
    },
  },
  {
    "iliotibial-band-syndrome", N_("Pain on the outside of the knee"),
    N_("Runners with this problem have weaker hip muscles on the sore side; six weeks of hip "
       "strengthening got most back to pain-free running in small studies."),
    "Fredericson et al., Clin J Sport Med 2000; Beers et al., Physiother Can 2008", "C",
    {
      { I ("side-lying-hip-abduction"), I ("clamshell"), I ("side-plank"), I ("glute-bridge"),
        I_RANGE ("wall-sit", 30, 45), I ("calf-raise"), I ("lateral-hip-stretch"),
        I ("calf-stretch") },
      { I ("lateral-band-walk"), I ("step-up"), I ("single-leg-deadlift"), I ("side-plank"),
        I ("glute-bridge"), I ("calf-raise"), I ("box-squat"), I ("lateral-hip-stretch"),
        I ("quad-stretch") },
      { I ("step-down"), I ("single-leg-squat"), I ("single-leg-deadlift"),
        I ("lateral-band-walk"), I ("side-plank"), I ("calf-raise"), I ("single-leg-balance"),
        I ("lateral-hip-stretch"), I ("calf-stretch") },
      { I ("pogo-hops"), I ("a-skips"), I ("single-leg-squat"), I ("lateral-band-walk"),
        I ("side-plank"), I ("calf-raise"), I ("lateral-hip-stretch") },
    },
    { N_("Often one to two weeks without running; swimming, or cycling with the saddle a "
         "little lower, if pain-free."),
      NULL, NULL,
      N_("Walk-run on the flat; swap the side of the road or the direction on the track. "
         "Shorter, slightly quicker runs first.") },
    { NULL, NULL, NULL, NULL },
    {
      AVOID_JUMPING (KW_PHASE_RETURN_TO_RUN,
                     N_("Hops come back with running, once the hip is strong.")),
      { NULL, N_("Downhill running"),
        N_("It keeps the knee longer near 30° of bend, where this pain is worst."), 0 },
      { NULL, N_("Cambered roads on the same side, and running a track one way"),
        N_("Both load the outside of the same knee over and over."), 0 },
      { NULL, N_("Long slow runs early on"),
        N_("Slow running spends more time in the painful knee angle."), 0 },
      { NULL, N_("Big jumps in weekly distance"),
        N_("Sudden mileage rises are a known trigger."), 0 },
      { NULL, N_("A high bike saddle"),
        N_("A high saddle stretches the outside of the knee at the bottom of the stroke."), 0 },
      { NULL, N_("Going down many stairs"), N_("Stair descents provoke it."), 0 },
    },
  },
  {
    "patellar-tendinopathy", N_("Pain just below the kneecap"),
    N_("A tendon that hurts recovers with staged loading: held contractions to calm it, then "
       "heavy slow strength work, then springy loading. Heavy slow resistance worked as well as "
       "the older eccentric programme, and people liked it more."),
    "Malliaras et al., JOSPT 2015; Kongsgaard et al., SJMSS 2009; Breda et al., BJSM 2021",
    "RCT",
    {
      { I ("isometric-knee-extension"), I_DOSE ("wall-sit", HOLD (5, 30, 120, 7)),
        I ("side-lying-hip-abduction"), I ("glute-bridge"), I ("calf-raise"),
        I ("calf-stretch"), I ("quad-stretch") },
      { I ("heavy-slow-resistance"), { "leg-press", REPS (4, 15, 150, 3), 0, 90, NULL },
        I ("isometric-knee-extension"), I ("lateral-band-walk"), I ("single-leg-bridge"),
        I ("calf-raise"), I ("calf-stretch"), I ("hamstring-stretch") },
      { I_NOTE ("pogo-hops", N_("On one of the heavy days, instead of the heavy lifts")),
        I ("heavy-slow-resistance"), I ("single-leg-hop"), I ("lateral-band-walk"),
        I ("side-plank"), I ("calf-raise"), I ("calf-stretch"), I ("quad-stretch") },
      { I ("pogo-hops"), I ("single-leg-hop"), I ("a-skips"), I ("heavy-slow-resistance"),
        I ("side-plank"), I ("side-lying-hip-abduction"), I ("calf-stretch") },
    },
    { N_("Holds may be repeated up to three times a day for pain relief; pain at most 3 out of 10."),
      N_("Keep two days between the heavy sessions."),
      N_("Raise the number of hops before their height."),
      N_("Walk-run first; hills and speed work come last.") },
    { N_("Five 45-second holds with pain at most 3 out of 10 and nothing worse the next "
         "morning, for a week."),
      N_("Heavy slow resistance at your 10-repetition maximum with pain at most 3 out of 10."),
      N_("The return-to-run checklist, and a single-leg decline squat with pain at most "
         "3 out of 10."),
      NULL },
    {
      { "pogo-hops", N_("Pogo hops"),
        N_("Jumping before the tendon is ready tends to flare it."), KW_PHASE_CAPACITY },
      { "single-leg-hop", N_("Single-leg hops"),
        N_("Jumping before the tendon is ready tends to flare it."), KW_PHASE_CAPACITY },
      { "a-skips", N_("Running drills (A-skips)"),
        N_("Drills come back with running."), KW_PHASE_RETURN_TO_RUN },
      { NULL, N_("Complete rest"),
        N_("Tendons need load to recover; rest alone makes them weaker."), 0 },
      { NULL, N_("Hill sprints and jumping sports before phase 3"),
        N_("Fast loading before the tendon is ready tends to flare it."), 0 },
      { NULL, N_("Decline-board squats during a running block"),
        N_("Too much tendon load on top of running."), 0 },
      { NULL, N_("Deep loaded knee bends with pain above 3 out of 10"),
        N_("Pain above 3 means the tendon is overloaded."), 0 },
      { NULL, N_("Heavy days back to back"),
        N_("A tendon needs 48 hours between heavy loads."), 0 },
    },
  },
  {
    "pes-anserine", N_("Pain on the inside of the shin, below the knee"),
    N_("Evidence is thin; relative rest, adjusting the load, and strengthening the thigh and "
       "hip are the usual care."),
    "StatPearls: pes anserine bursitis", "E",
    {
      { I ("quad-set"), I ("straight-leg-raise"), I ("side-lying-hip-abduction"),
        I ("clamshell"), I_NOTE ("glute-bridge", N_("Feet close to the buttocks (short lever)")),
        I ("calf-raise"), I_NOTE ("hamstring-stretch", N_("Gently")), I ("calf-stretch") },
      { I ("leg-press"), I ("box-squat"), I ("step-up"), I ("lateral-band-walk"),
        I ("glute-bridge"), I ("calf-raise"), I ("hamstring-stretch"), I ("calf-stretch") },
      { I_NOTE ("single-leg-deadlift", N_("Light")), I ("step-up"), I ("box-squat"),
        I ("lateral-band-walk"), I ("hamstring-curl"), I ("calf-raise"),
        I ("single-leg-balance"), I ("hamstring-stretch") },
      { I ("pogo-hops"), I ("a-skips"), I ("step-up"), I ("single-leg-deadlift"),
        I ("lateral-band-walk"), I ("calf-raise"), I ("hamstring-stretch") },
    },
    { N_("Ice for 10–15 minutes if it is swollen, never straight on the skin."),
      NULL, NULL,
      N_("Walk-run on the flat first.") },
    { NULL, NULL, NULL, NULL },
    {
      { "hamstring-curl", N_("Heavy hamstring curls early on"),
        N_("The hamstring tendons attach at the sore spot."), KW_PHASE_CAPACITY },
      AVOID_JUMPING (KW_PHASE_RETURN_TO_RUN, N_("Hops come back with running.")),
      { NULL, N_("Hills and many stairs"), N_("Both load the sore spot with every step."), 0 },
      { NULL, N_("Breaststroke kick"), N_("The whip kick strains the inside of the knee."), 0 },
      { NULL, N_("Crossing your legs, and sleeping with the knees together"),
        N_("Both press on the sore spot; put a pillow between the knees at night."), 0 },
      { NULL, N_("Sudden increases in distance"), N_("They often start it."), 0 },
    },
  },
  {
    "meniscal-irritation", N_("Pain at the joint line"),
    N_("In people aged 35 to 60 with a worn meniscus, 12 weeks of exercise did as well as "
       "keyhole surgery two years on."),
    "Kise et al., BMJ 2016", "RCT",
    {
      { I ("quad-set"), I ("straight-leg-raise"), I ("glute-bridge"), I ("calf-raise"),
        I ("side-lying-hip-abduction"), I ("calf-stretch"), I ("hamstring-stretch") },
      { I_RANGE ("leg-press", 0, 60), I_RANGE ("box-squat", 0, 60), I ("step-up"),
        I ("single-leg-balance"), I ("calf-raise"), I ("side-lying-hip-abduction"),
        I ("calf-stretch"), I ("hamstring-stretch") },
      { I_RANGE ("leg-press", 0, 90), I ("box-squat"), I ("step-up"), I ("single-leg-balance"),
        I ("calf-raise"), I ("single-leg-deadlift"), I ("lateral-band-walk"),
        I ("hamstring-stretch") },
      { I ("pogo-hops"), I ("single-leg-hop"), I ("split-squat"), I ("step-down"),
        I ("lateral-band-walk"), I ("calf-raise"), I ("calf-stretch") },
    },
    { N_("A stationary bike is fine if it is pain-free."),
      N_("Stay within the pain-free range, often 0–60° of knee bend."),
      N_("Up to 90° of knee bend if pain-free."),
      N_("Flat, even ground first; trails come last.") },
    { NULL, NULL, NULL, NULL },
    {
      AVOID_KNEELING (N_("Kneeling and deep bending squeeze the meniscus.")),
      { "split-squat", N_("Full-depth lunges"),
        N_("Deep bending under load squeezes the meniscus."), KW_PHASE_RETURN_TO_RUN },
      AVOID_JUMPING (KW_PHASE_RETURN_TO_RUN, N_("Jump landings twist and compress the joint.")),
      { NULL, N_("Deep squats"), N_("Deep bending squeezes the back of the meniscus."), 0 },
      { NULL, N_("Pivoting, twisting and cutting sports"),
        N_("Twisting on a bent knee is how the meniscus gets hurt."), 0 },
      { NULL, N_("Trails and uneven ground until phase 4"),
        N_("Uneven ground twists the knee unexpectedly."), 0 },
    },
  },
  {
    "posterior-knee", N_("Pain at the back of the knee"),
    N_("Advice for tendon pain at the back of the knee rests on expert opinion; it starts only "
       "once a blood clot has been ruled out."),
    "Clinical convention (expert opinion)", "E",
    {
      { I_DOSE ("glute-bridge", HOLD (5, 30, 60, 7)), I ("calf-raise"), I ("quad-set"),
        I ("side-lying-hip-abduction"), I_NOTE ("calf-stretch", N_("Gently")) },
      { I ("single-leg-bridge"), I ("hamstring-curl"), I ("single-leg-deadlift"),
        I_DOSE ("calf-raise", { .sets = 3, .reps = 15, .rest_s = 60, .per_week = 3, .level = 1 }),
        I ("box-squat"), I ("lateral-band-walk"), I ("calf-stretch"), I ("hamstring-stretch") },
      { I ("single-leg-bridge"), I ("hamstring-curl"), I ("single-leg-deadlift"),
        I_DOSE ("calf-raise", { .sets = 3, .reps = 15, .rest_s = 60, .per_week = 3, .level = 2 }),
        I ("step-up"), I ("side-plank"), I ("calf-stretch"), I ("hamstring-stretch") },
      { I ("pogo-hops"), I ("a-skips"), I ("single-leg-deadlift"), I ("step-up"),
        I ("calf-raise"), I ("side-plank"), I ("calf-stretch") },
    },
    { N_("If there is a swelling behind the knee (a cyst), the plan treats the knee problem "
         "behind it."),
      NULL, NULL,
      N_("Flat ground first; hills and sprints come last.") },
    { NULL, NULL, NULL, NULL },
    {
      { "quad-stretch", N_("Forcing the knee into a deep bend"),
        N_("It squeezes the back of the knee and any cyst there."), 0 },
      { "hamstring-stretch", N_("Strong stretching of the back of the thigh early on"),
        N_("Stretching hard presses on an irritable tendon where it attaches."),
        KW_PHASE_STRENGTH },
      AVOID_JUMPING (KW_PHASE_RETURN_TO_RUN, N_("Hops come back with running.")),
      { NULL, N_("Downhill running"), N_("It loads the popliteus tendon behind the knee."), 0 },
      { NULL, N_("Sprints and hill repeats"),
        N_("Fast and uphill running load the hamstring and calf tendons."), 0 },
    },
  },
  {
    "knee-osteoarthritis", N_("Aching knee joint (wear and tear)"),
    N_("Exercise, weight management and information are the core treatment; recreational "
       "running is not linked to more arthritis."),
    "NICE NG226, 2022; Alentorn-Geli et al., JOSPT 2017", "G",
    {
      { I ("quad-set"), I ("straight-leg-raise"), I ("side-lying-hip-abduction"),
        I ("glute-bridge"), I ("calf-raise"), I_RANGE ("wall-sit", 30, 45),
        I ("calf-stretch"), I ("hamstring-stretch") },
      { I ("box-squat"), I ("step-up"), I ("leg-press"), I ("lateral-band-walk"),
        I ("calf-raise"), I ("single-leg-bridge"), I ("calf-stretch"), I ("quad-stretch") },
      { I ("step-up"), I ("single-leg-deadlift"), I ("single-leg-balance"), I ("box-squat"),
        I ("calf-raise"), I ("side-lying-hip-abduction"), I ("side-plank"),
        I ("hamstring-stretch") },
      { I ("pogo-hops"), I ("step-up"), I ("split-squat"), I ("calf-raise"),
        I ("side-plank"), I ("lateral-band-walk"), I ("calf-stretch") },
    },
    { N_("Keep walking and cycling; they help the joint."),
      N_("Progress more slowly than for younger knees."),
      NULL,
      N_("Running can go on if the knee settles within 24 hours.") },
    { NULL, NULL, NULL, NULL },
    {
      AVOID_KNEELING (N_("Deep kneeling loads the worn joint surfaces.")),
      AVOID_JUMPING (KW_PHASE_RETURN_TO_RUN,
                     N_("High-impact work waits until the knee is settled and strong.")),
      { NULL, N_("Lots of high-impact exercise during a flare"),
        N_("A flare settles faster with walking and cycling instead."), 0 },
    },
  },
};

static const KwProgram *const *
all_pointers (void)
{
  static const KwProgram *pointers[G_N_ELEMENTS (programs) + 1];
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      for (guint i = 0; i < G_N_ELEMENTS (programs); i++)
        pointers[i] = &programs[i];
      pointers[G_N_ELEMENTS (programs)] = NULL;
      g_once_init_leave (&initialized, 1);
    }

  return pointers;
}

static const char *
tr (const char *msgid)
{
  return msgid != NULL ? g_dgettext (GETTEXT_PACKAGE, msgid) : NULL;
}

/**
 * kw_phase_get_title:
 * @phase: a #KwPhase
 *
 * Returns: "Settle", "Strength", "Capacity & control", "Return to run"
 */
const char *
kw_phase_get_title (KwPhase phase)
{
  switch (phase)
    {
    case KW_PHASE_SETTLE: return _("Settle");
    case KW_PHASE_STRENGTH: return _("Strength");
    case KW_PHASE_CAPACITY: return _("Capacity & control");
    case KW_PHASE_RETURN_TO_RUN: return _("Return to run");
    default: g_return_val_if_reached (NULL);
    }
}

/**
 * kw_phase_get_summary:
 * @phase: a #KwPhase
 *
 * Returns: one sentence on what the phase is for
 */
const char *
kw_phase_get_summary (KwPhase phase)
{
  switch (phase)
    {
    case KW_PHASE_SETTLE:
      return _("Calm the knee with gentle holds and hip work; usually the first two weeks.");
    case KW_PHASE_STRENGTH:
      return _("Build strength in the thigh, hip and calf; usually weeks 2 to 6.");
    case KW_PHASE_CAPACITY:
      return _("Heavier work on one leg, with control; usually weeks 6 to 10.");
    case KW_PHASE_RETURN_TO_RUN:
      return _("Back to running step by step, keeping strength work once or twice a week.");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * kw_program_lookup:
 * @condition_id: a public condition id ("patellofemoral-pain")
 *
 * Returns: (nullable): the program, or %NULL for an unknown id
 */
const KwProgram *
kw_program_lookup (const char *condition_id)
{
  if (condition_id == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (programs); i++)
    {
      if (g_str_equal (programs[i].condition_id, condition_id))
        return &programs[i];
    }

  return NULL;
}

/**
 * kw_program_get_all:
 * @n: (out) (optional): the number of programs
 *
 * Returns: (transfer none): every program, %NULL-terminated
 */
const KwProgram * const *
kw_program_get_all (guint *n)
{
  if (n != NULL)
    *n = G_N_ELEMENTS (programs);

  return all_pointers ();
}

const char *
kw_program_get_condition_id (const KwProgram *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->condition_id;
}

/**
 * kw_program_get_title:
 * @self: a #KwProgram
 *
 * Returns: a plain name for the pattern ("Pain around the kneecap")
 */
const char *
kw_program_get_title (const KwProgram *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return tr (self->title);
}

const char *
kw_program_get_evidence_summary (const KwProgram *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return tr (self->evidence_summary);
}

const char *
kw_program_get_source (const KwProgram *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->source;
}

KwEvidence
kw_program_get_evidence (const KwProgram *self)
{
  KwEvidence evidence = KW_EVIDENCE_EXPERT;

  g_return_val_if_fail (self != NULL, KW_EVIDENCE_EXPERT);

  if (!kw_evidence_from_tag (self->evidence, &evidence))
    g_return_val_if_reached (KW_EVIDENCE_EXPERT);
  return evidence;
}

guint
kw_program_get_n_items (const KwProgram *self,
                        KwPhase          phase)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (KW_PHASE_IS_VALID (phase), 0);

  while (n < MAX_ITEMS && self->phases[phase - 1][n].exercise_id != NULL)
    n++;
  return n;
}

const KwProgramItem *
kw_program_get_item (const KwProgram *self,
                     KwPhase          phase,
                     guint            i)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (KW_PHASE_IS_VALID (phase), NULL);
  g_return_val_if_fail (i < kw_program_get_n_items (self, phase), NULL);

  return &self->phases[phase - 1][i];
}

/**
 * kw_program_get_phase_note:
 * @self: a #KwProgram
 * @phase: a #KwPhase
 *
 * Returns: (nullable): advice for the phase beyond the exercises
 */
const char *
kw_program_get_phase_note (const KwProgram *self,
                           KwPhase          phase)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (KW_PHASE_IS_VALID (phase), NULL);
  return tr (self->phase_notes[phase - 1]);
}

/**
 * kw_program_get_phase_test:
 * @self: a #KwProgram
 * @phase: a #KwPhase
 *
 * Returns: (nullable): the test that, after two green weeks, unlocks the
 *   next phase; %NULL for the last phase
 */
const char *
kw_program_get_phase_test (const KwProgram *self,
                           KwPhase          phase)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (KW_PHASE_IS_VALID (phase), NULL);

  if (self->phase_tests[phase - 1] != NULL)
    return tr (self->phase_tests[phase - 1]);
  return tr (common_tests[phase - 1]);
}

/**
 * kw_phase_test_is_readiness:
 * @phase: a #KwPhase
 *
 * Phase 3's test is the return-to-run readiness checklist (clinical.md
 * §5.1 and §7): it is taken on the Return to Running page, and passing it
 * there opens phase 4 (kw_return_record_readiness()).
 *
 * Returns: whether leaving @phase takes the readiness checklist
 */
gboolean
kw_phase_test_is_readiness (KwPhase phase)
{
  return phase == KW_PHASE_CAPACITY;
}

guint
kw_program_get_n_avoids (const KwProgram *self)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);

  while (n < MAX_AVOIDS && self->avoids[n].what != NULL)
    n++;
  return n;
}

const KwAvoid *
kw_program_get_avoid (const KwProgram *self,
                      guint            i)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (i < kw_program_get_n_avoids (self), NULL);
  return &self->avoids[i];
}

/**
 * kw_program_avoids_exercise:
 * @self: a #KwProgram
 * @phase: the phase
 * @exercise_id: an exercise id
 * @avoid: (out) (optional) (transfer none): the entry that rules it out
 *
 * Returns: whether @exercise_id must not be scheduled in @phase
 */
gboolean
kw_program_avoids_exercise (const KwProgram  *self,
                            KwPhase           phase,
                            const char       *exercise_id,
                            const KwAvoid   **avoid)
{
  guint n;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (exercise_id != NULL, FALSE);

  n = kw_program_get_n_avoids (self);
  for (guint i = 0; i < n; i++)
    {
      const KwAvoid *a = &self->avoids[i];

      if (a->exercise_id != NULL && g_str_equal (a->exercise_id, exercise_id) &&
          kw_avoid_applies_in_phase (a, phase))
        {
          if (avoid != NULL)
            *avoid = a;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
kw_program_item_get_exercise_id (const KwProgramItem *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->exercise_id;
}

const KwExercise *
kw_program_item_get_exercise (const KwProgramItem *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return kw_exercise_lookup (self->exercise_id);
}

/**
 * kw_program_item_get_dose:
 * @self: a #KwProgramItem
 *
 * Returns: the dose the exercise starts at in this phase
 */
const KwDose *
kw_program_item_get_dose (const KwProgramItem *self)
{
  const KwExercise *exercise;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->dose.sets > 0)
    return &self->dose;

  exercise = kw_exercise_lookup (self->exercise_id);
  g_return_val_if_fail (exercise != NULL, NULL);
  return kw_exercise_get_start_dose (exercise);
}

/**
 * kw_program_item_get_knee_range:
 * @self: a #KwProgramItem
 * @min_degrees: (out) (optional): least knee bend
 * @max_degrees: (out) (optional): most knee bend
 *
 * Returns: %FALSE if the exercise has no knee-range limit in this phase
 */
gboolean
kw_program_item_get_knee_range (const KwProgramItem *self,
                                int                 *min_degrees,
                                int                 *max_degrees)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->knee_min == SAME)
    return kw_exercise_get_knee_range (kw_exercise_lookup (self->exercise_id),
                                       min_degrees, max_degrees);
  if (min_degrees != NULL)
    *min_degrees = self->knee_min;
  if (max_degrees != NULL)
    *max_degrees = self->knee_max;
  return TRUE;
}

const char *
kw_program_item_get_note (const KwProgramItem *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return tr (self->note);
}

/**
 * kw_avoid_get_exercise_id:
 * @self: a #KwAvoid
 *
 * Returns: (nullable): the catalogue exercise this entry rules out, or
 *   %NULL for an activity
 */
const char *
kw_avoid_get_exercise_id (const KwAvoid *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->exercise_id;
}

const char *
kw_avoid_get_what (const KwAvoid *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return tr (self->what);
}

const char *
kw_avoid_get_reason (const KwAvoid *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return tr (self->reason);
}

/**
 * kw_avoid_get_until_phase:
 * @self: a #KwAvoid
 *
 * Returns: the phase from which the entry no longer applies, or 0 if it
 *   always applies
 */
KwPhase
kw_avoid_get_until_phase (const KwAvoid *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->until;
}

gboolean
kw_avoid_applies_in_phase (const KwAvoid *self,
                           KwPhase        phase)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->until == 0 || phase < self->until;
}
