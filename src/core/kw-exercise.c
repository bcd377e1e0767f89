/* kw-exercise.c: the exercise catalogue, as data
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Facts and doses from clinical.md section 4; the words are our own. Every
 * entry keeps its source and evidence tag (G guideline, SR systematic
 * review, RCT, C cohort, B biomechanics, E expert opinion, D our default).
 */

#define G_LOG_DOMAIN "kw-exercise"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kw-exercise.h"

#define MAX_STEPS 7
#define MAX_CUES 4
#define MAX_PROGRESSIONS 6
#define MAX_REGRESSIONS 4
#define NO_LIMIT (-1)
#define PICTURE(id) "/io/github/kneewise/Kneewise/exercises/" id ".svg"

struct _KwExercise
{
  const char     *id;
  const char     *name;
  const char     *purpose;
  KwMuscle        muscles;
  KwExerciseType  type;
  KwEquipment     equipment;
  int             knee_min;
  int             knee_max;
  KwDose          dose;
  guint           reps_min;
  guint           reps_max;
  guint           max_hold;
  const char     *instructions[MAX_STEPS];
  const char     *cues[MAX_CUES];
  const char     *progressions[MAX_PROGRESSIONS];
  const char     *regressions[MAX_REGRESSIONS];
  const char     *alternative;
  const char     *source;
  const char     *evidence;
  const char     *picture;
  /* Only where a load step also sets the repetitions (heavy slow resistance). */
  guint           level_reps[MAX_PROGRESSIONS];
};

#define REPS(s, r, rest, pw) { .sets = s, .reps = r, .rest_s = rest, .per_week = pw }
#define REPS_SIDE(s, r, rest, pw) { .sets = s, .reps = r, .rest_s = rest, .per_week = pw, .each_side = TRUE }
#define HOLD(s, h, rest, pw) { .sets = s, .hold_s = h, .rest_s = rest, .per_week = pw }
#define HOLD_SIDE(s, h, rest, pw) { .sets = s, .hold_s = h, .rest_s = rest, .per_week = pw, .each_side = TRUE }
#define DISTANCE(s, m, rest, pw) { .sets = s, .distance_m = m, .rest_s = rest, .per_week = pw }

#define SRC_ACSM "ACSM position stand on resistance training progression, 2009"
#define SRC_BANDY "Bandy et al., Phys Ther 1997"
#define SRC_PFP "Crossley et al., BJSM 2016; Collins et al., BJSM 2018"
#define SRC_HIP "Distefano et al., JOSPT 2009"

static const KwExercise catalog[] = {
  {
    "quad-set", N_("Quad set"),
    N_("Wakes up the thigh muscle without bending the knee."),
    KW_MUSCLE_QUADS, KW_EXERCISE_ISOMETRIC, KW_EQUIPMENT_NONE, 0, 0,
    HOLD (10, 10, 10, 7), 0, 0, 10,
    { N_("Sit or lie with the sore leg straight and a rolled towel under the knee."),
      N_("Tighten the front of the thigh and press the back of the knee down into the towel."),
      N_("Hold for the time shown, then relax fully for a few seconds."),
      NULL },
    { N_("Watch the kneecap slide up as the muscle tightens."),
      N_("Keep breathing; don’t hold your breath."), NULL },
    { N_("Lift the heel just off the floor while you tighten"), NULL },
    { N_("Fewer holds: 5 instead of 10"), NULL },
    NULL, SRC_PFP, "E", PICTURE ("quad-set"),
  },
  {
    "straight-leg-raise", N_("Straight-leg raise"),
    N_("Strengthens the thigh and hip flexors with the knee kept straight."),
    KW_MUSCLE_QUADS | KW_MUSCLE_HIPS, KW_EXERCISE_STRENGTH, KW_EQUIPMENT_NONE, 0, 0,
    REPS_SIDE (3, 10, 60, 3), 10, 15, 0,
    { N_("Lie on your back, the other knee bent with the foot flat."),
      N_("Tighten the thigh of the straight leg as in a quad set."),
      N_("Lift the straight leg to the height of the other knee, slowly."),
      N_("Hold for a breath, lower it slowly, and rest it down fully."),
      NULL },
    { N_("Keep the knee locked straight all the way up and down."),
      N_("Keep your lower back flat on the floor."), NULL },
    { N_("0.5 kg ankle weight"), N_("1 kg ankle weight"), N_("2 kg ankle weight"), NULL },
    { N_("Quad sets instead"), N_("Lift only half as high"), NULL },
    NULL, SRC_PFP, "E", PICTURE ("straight-leg-raise"),
  },
  {
    "wall-sit", N_("Wall sit"),
    N_("A held half-squat that loads the thigh and the kneecap tendon gently and eases pain."),
    KW_MUSCLE_QUADS | KW_MUSCLE_GLUTES, KW_EXERCISE_ISOMETRIC, KW_EQUIPMENT_WALL, 30, 60,
    HOLD (5, 30, 60, 7), 0, 0, 45,
    { N_("Stand with your back against a wall, feet hip-width apart and a step forward."),
      N_("Slide down until the knees are bent a little, about a quarter of the way to sitting."),
      N_("Hold, pushing your back into the wall."),
      N_("Slide back up and rest before the next hold."),
      NULL },
    { N_("Knees in line with the second toe, not falling inwards."),
      N_("Pain may reach 3 out of 10, no more."), NULL },
    { N_("Slide a little lower, to about 60° of knee bend"), N_("Hold a weight against your chest"),
      NULL },
    { N_("Stay higher, with less knee bend"), N_("Shorter holds: 20 s"), NULL },
    "isometric-knee-extension", "Rio et al., BJSM 2015", "RCT", PICTURE ("wall-sit"),
  },
  {
    "isometric-knee-extension", N_("Seated isometric knee extension"),
    N_("A strong held push that calms a painful kneecap tendon."),
    KW_MUSCLE_QUADS, KW_EXERCISE_ISOMETRIC, KW_EQUIPMENT_NONE, 60, 60,
    HOLD (5, 45, 120, 7), 0, 0, 45,
    { N_("Sit on a high chair or table, knees bent to about a right angle."),
      N_("Hook the ankle of the sore leg behind a heavy sofa or table leg, or a strap tied to it."),
      /* xgettext:no-c-format */
      N_("Push the shin forward against it without the knee moving, at about 70% of your effort."),
      N_("Hold for the full time, then rest two minutes."),
      NULL },
    { N_("Build up the push over two or three seconds; don’t jerk."),
      N_("Pain should ease over the holds, not climb."), NULL },
    /* xgettext:no-c-format */
    { N_("Push at about 80% of your effort"), N_("Leg press instead, when that is comfortable"), NULL },
    { N_("Push at half your effort"), N_("Shorter holds: 30 s"), NULL },
    NULL, "Rio et al., BJSM 2015", "RCT", PICTURE ("isometric-knee-extension"),
  },
  {
    "side-lying-hip-abduction", N_("Side-lying hip abduction"),
    N_("The best exercise for the side of the hip, which steadies the knee when you run."),
    KW_MUSCLE_HIPS | KW_MUSCLE_GLUTES, KW_EXERCISE_STRENGTH, KW_EQUIPMENT_NONE, NO_LIMIT, NO_LIMIT,
    REPS_SIDE (3, 10, 60, 3), 10, 15, 0,
    { N_("Lie on your side, the bottom knee bent for balance, the top leg straight."),
      N_("Turn the top toes slightly down towards the floor."),
      N_("Lift the top leg up and a little back, slowly, about 30 cm."),
      N_("Lower it slowly. Do all the repetitions, then turn over."),
      NULL },
    { N_("Lead with the heel; don’t let the leg drift forward."),
      N_("Keep the hips stacked; don’t roll backwards."), NULL },
    { N_("0.5 kg ankle weight"), N_("1 kg ankle weight"), N_("2 kg ankle weight"), NULL },
    { N_("Smaller lift"), N_("Fewer repetitions: 3 × 8"), NULL },
    NULL, SRC_HIP, "B", PICTURE ("side-lying-hip-abduction"),
  },
  {
    "clamshell", N_("Clamshell"),
    N_("Works the side and back of the hip that turn the thigh out."),
    KW_MUSCLE_HIPS | KW_MUSCLE_GLUTES, KW_EXERCISE_STRENGTH, KW_EQUIPMENT_NONE, NO_LIMIT, NO_LIMIT,
    REPS_SIDE (3, 15, 45, 3), 12, 20, 0,
    { N_("Lie on your side with hips and knees bent, heels together."),
      N_("Keeping the heels together, open the top knee like a clamshell."),
      N_("Pause at the top, then close slowly."),
      NULL },
    { N_("Don’t let the top hip roll back; the movement is small."), NULL },
    { N_("Light band around the thighs"), N_("Medium band"), N_("Strong band"), NULL },
    { N_("Smaller opening"), N_("Fewer repetitions: 2 × 12"), NULL },
    NULL, SRC_HIP, "B", PICTURE ("clamshell"),
  },
  {
    "glute-bridge", N_("Glute bridge"),
    N_("Strengthens the buttocks and the back of the thighs."),
    KW_MUSCLE_GLUTES | KW_MUSCLE_HAMSTRINGS, KW_EXERCISE_STRENGTH, KW_EQUIPMENT_NONE,
    NO_LIMIT, NO_LIMIT,
    REPS (3, 12, 60, 3), 10, 15, 0,
    { N_("Lie on your back, knees bent, feet flat and hip-width apart."),
      N_("Squeeze the buttocks and lift the hips until the body is straight from knees to shoulders."),
      N_("Hold for two seconds at the top."),
      N_("Lower slowly, one vertebra at a time."),
      NULL },
    { N_("Push through the heels."), N_("Don’t arch the lower back at the top."), NULL },
    { N_("Band around the thighs, knees pushing out"), N_("A weight resting on the hips"), NULL },
    { N_("Smaller lift"), N_("Feet closer to the buttocks (shorter lever)"), NULL },
    NULL, SRC_PFP, "E", PICTURE ("glute-bridge"),
  },
  {
    "single-leg-bridge", N_("Single-leg bridge"),
    N_("A harder bridge: one leg carries the hips, as in running."),
    KW_MUSCLE_GLUTES | KW_MUSCLE_HAMSTRINGS | KW_MUSCLE_CORE, KW_EXERCISE_STRENGTH,
    KW_EQUIPMENT_NONE, NO_LIMIT, NO_LIMIT,
    REPS_SIDE (3, 10, 60, 3), 10, 12, 0,
    { N_("Lie on your back, knees bent, feet flat."),
      N_("Lift one foot and hold that knee towards your chest, or stretch the leg out."),
      N_("Push through the other heel and lift the hips until level."),
      N_("Lower slowly. Do all the repetitions, then change legs."),
      NULL },
    { N_("Keep the pelvis level; don’t let one side drop."), NULL },
    { N_("Foot on a step for a longer lever"), N_("A weight resting on the hips"), NULL },
    { N_("Glute bridge on both legs"), N_("Fewer repetitions: 2 × 8"), NULL },
    "glute-bridge", "Collins et al., BJSM 2018", "E", PICTURE ("single-leg-bridge"),
  },
  {
    "prone-hip-extension", N_("Prone hip extension"),
    N_("Strengthens the big buttock muscle that drives you forward."),
    KW_MUSCLE_GLUTES | KW_MUSCLE_HAMSTRINGS, KW_EXERCISE_STRENGTH, KW_EQUIPMENT_NONE,
    NO_LIMIT, NO_LIMIT,
    REPS_SIDE (3, 12, 60, 3), 10, 15, 0,
    { N_("Lie on your front with a pillow under the hips, forehead on your hands."),
      N_("Squeeze the buttock and lift one straight leg a hand’s width off the floor."),
      N_("Hold for a breath and lower slowly."),
      NULL },
    { N_("The lift is small; don’t arch the lower back."), NULL },
    { N_("0.5 kg ankle weight"), N_("1 kg ankle weight"), N_("2 kg ankle weight"), NULL },
    { N_("Knee bent, smaller lift"), NULL },
    NULL, SRC_HIP, "E", PICTURE ("prone-hip-extension"),
  },
  {
    "calf-raise", N_("Calf raise"),
    N_("Strengthens the calves, which take most of the load when you run."),
    KW_MUSCLE_CALVES, KW_EXERCISE_STRENGTH, KW_EQUIPMENT_NONE, NO_LIMIT, NO_LIMIT,
    REPS (3, 15, 60, 3), 12, 20, 0,
    { N_("Stand tall, fingertips on a wall or chair for balance."),
      N_("Rise onto the balls of both feet as high as you can, over two seconds."),
      N_("Lower slowly over two seconds."),
      N_("Do half the sets with straight knees and half with knees slightly bent."),
      NULL },
    { N_("Keep the weight over the big toe; don’t roll out."), NULL },
    { N_("Single leg"), N_("Single leg, holding a weight"), N_("Single leg, heavier weight"), NULL },
    { N_("Both legs, smaller rise"), N_("Fewer repetitions: 2 × 10"), NULL },
    NULL, "Pure Physio return-to-run test", "E", PICTURE ("calf-raise"),
  },
  {
    "front-plank", N_("Front plank"),
    N_("Holds the trunk steady, so the legs work from a firm base."),
    KW_MUSCLE_CORE | KW_MUSCLE_GLUTES, KW_EXERCISE_ISOMETRIC, KW_EQUIPMENT_NONE,
    NO_LIMIT, NO_LIMIT,
    HOLD (3, 20, 30, 3), 0, 0, 60,
    { N_("Lie on your front, elbows under the shoulders."),
      N_("Lift the body onto forearms and toes, in one straight line."),
      N_("Hold, breathing steadily, then lower."),
      NULL },
    { N_("Squeeze the buttocks; don’t let the hips sag or pike up."), NULL },
    { N_("Lift one foot a little, changing halfway"), NULL },
    { N_("On the knees instead of the toes"), NULL },
    NULL, SRC_ACSM, "E", PICTURE ("front-plank"),
  },
  {
    "side-plank", N_("Side plank"),
    N_("Works the side of the trunk and the hip that keeps the pelvis level."),
    KW_MUSCLE_CORE | KW_MUSCLE_HIPS, KW_EXERCISE_ISOMETRIC, KW_EQUIPMENT_NONE, NO_LIMIT, NO_LIMIT,
    HOLD_SIDE (3, 20, 30, 3), 0, 0, 45,
    { N_("Lie on your side, elbow under the shoulder, legs straight and stacked."),
      N_("Lift the hips so the body is in one straight line."),
      N_("Hold, then lower and change sides."),
      NULL },
    { N_("Push the hips forward; don’t let them sag."), NULL },
    { N_("Lift the top leg 8 to 10 times during the hold"), NULL },
    { N_("Knees bent, on the bottom knee"), NULL },
    NULL, "Fredericson et al., Clin J Sport Med 2000", "C", PICTURE ("side-plank"),
  },
  {
    "dead-bug", N_("Dead bug"),
    N_("Teaches the trunk to stay still while arms and legs move."),
    KW_MUSCLE_CORE, KW_EXERCISE_BALANCE, KW_EQUIPMENT_NONE, NO_LIMIT, NO_LIMIT,
    REPS_SIDE (3, 8, 30, 3), 8, 12, 0,
    { N_("Lie on your back, arms up to the ceiling, hips and knees bent to a right angle."),
      N_("Press the lower back gently into the floor."),
      N_("Slowly reach one arm back and the opposite leg out, then return."),
      N_("Change sides each time."),
      NULL },
    { N_("Move slowly; the back stays flat the whole time."), NULL },
    { N_("Slower: three seconds out, three back"), N_("Longer reach, leg lower to the floor"), NULL },
    { N_("Move the legs only"), NULL },
    NULL, SRC_ACSM, "E", PICTURE ("dead-bug"),
  },
  {
    "lateral-band-walk", N_("Lateral band walk"),
    N_("Sideways steps against a band, for the side of the hip."),
    KW_MUSCLE_HIPS | KW_MUSCLE_GLUTES, KW_EXERCISE_STRENGTH, KW_EQUIPMENT_BAND, 0, 30,
    REPS (3, 12, 60, 3), 10, 15, 0,
    { N_("Put a band around the legs just above the knees."),
      N_("Stand with feet hip-width apart and bend the knees a little, as if to sit."),
      N_("Step sideways, then bring the other foot after it, keeping the band tight."),
      N_("Take the steps shown one way, then come back the other way."),
      NULL },
    { N_("Stay low and keep the toes pointing forward."),
      N_("Knees over the toes, not falling inwards."), NULL },
    { N_("Band around the ankles"), N_("Band around the feet"), N_("Stronger band"), NULL },
    { N_("Lighter band"), N_("Side-lying hip abduction instead"), NULL },
    "side-lying-hip-abduction", "Lewis et al., J Athl Train 2018", "B",
    PICTURE ("lateral-band-walk"),
  },
  {
    "leg-press", N_("Leg press"),
    N_("Strengthens the thighs and buttocks with the load set exactly."),
    KW_MUSCLE_QUADS | KW_MUSCLE_GLUTES, KW_EXERCISE_STRENGTH, KW_EQUIPMENT_MACHINE, 0, 60,
    REPS (3, 10, 90, 3), 10, 15, 0,
    { N_("Sit in the machine, feet hip-width apart in the middle of the plate."),
      N_("Set a load you could push about 15 times."),
      N_("Push the plate away until the knees are almost straight."),
      N_("Return slowly only as far as the allowed knee bend."),
      NULL },
    { N_("Knees in line with the second toe."), N_("Don’t lock the knees at the top."), NULL },
    /* xgettext:no-c-format */
    { N_("Add 5–10% to the load"), N_("Add another 5–10%"), N_("Add another 5–10%"),
      N_("Bend a little deeper, to 75°, if pain-free"), N_("Bend to 90°, if pain-free"), NULL },
    { N_("Lighter load"), N_("Less knee bend"), N_("Wall sit hold instead"), NULL },
    "box-squat", "Powers et al., 2014; Steinkamp et al., 1993", "B", PICTURE ("leg-press"),
  },
  {
    "box-squat", N_("Box squat"),
    N_("A squat to a seat, so the depth stays where the knee is comfortable."),
    KW_MUSCLE_QUADS | KW_MUSCLE_GLUTES, KW_EXERCISE_STRENGTH, KW_EQUIPMENT_NONE, 0, 60,
    REPS (3, 10, 60, 3), 10, 12, 0,
    { N_("Stand in front of a chair or firm box, feet hip-width apart."),
      N_("Push the hips back and bend the knees until you just touch the seat."),
      N_("Stand up again, squeezing the buttocks at the top."),
      NULL },
    { N_("Knees over the toes, not falling inwards."),
      N_("Weight through the heels and the middle of the foot."), NULL },
    { N_("Hold a weight at the chest (goblet squat)"), N_("Heavier weight"),
      N_("Lower seat, to about 75°"), NULL },
    { N_("Higher seat"), N_("Wall sit hold instead"), NULL },
    NULL, "Powers et al., 2014", "B", PICTURE ("box-squat"),
  },
  {
    "knee-extension-machine", N_("Knee extension machine"),
    N_("Strengthens the front of the thigh in the range that is kind to the kneecap."),
    KW_MUSCLE_QUADS, KW_EXERCISE_STRENGTH, KW_EQUIPMENT_MACHINE, 45, 90,
    REPS (3, 10, 90, 3), 10, 15, 0,
    { N_("Sit in the machine with the pad on the lower shin, knees bent at a right angle."),
      N_("Straighten the knees slowly, stopping halfway (45° of bend)."),
      N_("Lower slowly back to the start."),
      NULL },
    { N_("Stay between 90° and 45°: don’t straighten fully while the knee is sore."), NULL },
    /* xgettext:no-c-format */
    { N_("Add 5–10% to the load"), N_("Add another 5–10%"), N_("Add another 5–10%"), NULL },
    { N_("Lighter load"), N_("Seated isometric hold instead"), NULL },
    "isometric-knee-extension", "Steinkamp et al., 1993; Powers et al., 2014", "B",
    PICTURE ("knee-extension-machine"),
  },
  {
    "step-up", N_("Step-up"),
    N_("Strengthens the thigh and hip on one leg at a time, like climbing stairs."),
    KW_MUSCLE_QUADS | KW_MUSCLE_GLUTES | KW_MUSCLE_HIPS, KW_EXERCISE_STRENGTH, KW_EQUIPMENT_STEP,
    0, 60,
    REPS_SIDE (3, 10, 60, 3), 10, 12, 0,
    { N_("Stand facing a low step (10 cm) or the bottom stair."),
      N_("Put the whole sore-side foot on the step."),
      N_("Push through that heel to stand up on the step, without pushing off the back foot."),
      N_("Step down slowly with the other foot. Do all the repetitions, then change legs."),
      NULL },
    { N_("Knee over the second toe; pelvis level."), NULL },
    { N_("Higher step, 20 cm"), N_("Hold dumbbells"), N_("Step up sideways (lateral step-up)"),
      NULL },
    { N_("Lower step"), N_("Hold a rail"), NULL },
    "box-squat", SRC_PFP, "E", PICTURE ("step-up"),
  },
  {
    "single-leg-deadlift", N_("Single-leg deadlift"),
    N_("Strengthens the back of the thigh and the buttock while you balance."),
    KW_MUSCLE_HAMSTRINGS | KW_MUSCLE_GLUTES | KW_MUSCLE_CORE, KW_EXERCISE_STRENGTH,
    KW_EQUIPMENT_NONE, 0, 20,
    REPS_SIDE (3, 8, 60, 3), 8, 10, 0,
    { N_("Stand on one leg, the knee soft."),
      N_("Hinge at the hips: the body tips forward as the other leg reaches back."),
      N_("Go until you feel the back of the standing thigh, then come back up."),
      N_("Do all the repetitions, then change legs."),
      NULL },
    { N_("Keep the back flat and the hips square to the floor."), NULL },
    { N_("Hold a dumbbell in the opposite hand"), N_("Heavier dumbbell"), NULL },
    { N_("Back toes on the floor for balance"), NULL },
    NULL, SRC_ACSM, "E", PICTURE ("single-leg-deadlift"),
  },
  {
    "hamstring-curl", N_("Hamstring curl"),
    N_("Strengthens the back of the thigh that bends the knee."),
    KW_MUSCLE_HAMSTRINGS, KW_EXERCISE_STRENGTH, KW_EQUIPMENT_NONE, NO_LIMIT, NO_LIMIT,
    REPS (3, 10, 60, 3), 10, 12, 0,
    { N_("Lie on your back on a smooth floor, heels on a towel, knees bent."),
      N_("Lift the hips into a bridge."),
      N_("Slide the heels away until the legs are almost straight, then pull them back."),
      N_("Lower the hips to rest after each set."),
      NULL },
    { N_("Keep the hips up while the heels move."), NULL },
    { N_("Heels on a gym ball"), N_("One leg at a time"), NULL },
    { N_("Hips down, slide the heels only"), NULL },
    NULL, "Clinical convention (back-of-knee tendons)", "E", PICTURE ("hamstring-curl"),
  },
  {
    "split-squat", N_("Split squat"),
    N_("A lunge on the spot: strength for one leg at a time."),
    KW_MUSCLE_QUADS | KW_MUSCLE_GLUTES, KW_EXERCISE_STRENGTH, KW_EQUIPMENT_NONE, 0, 90,
    REPS_SIDE (3, 8, 60, 2), 8, 10, 0,
    { N_("Stand with one foot a long step in front of the other."),
      N_("Lower straight down, bending both knees, only as far as is pain-free."),
      N_("Push up through the front heel. Do all the repetitions, then change legs."),
      NULL },
    { N_("Front knee over the second toe; trunk upright."), NULL },
    { N_("Hold dumbbells"), N_("Heavier dumbbells"), N_("Back foot on a step"), NULL },
    { N_("Smaller depth"), N_("Hold a chair"), NULL },
    NULL, SRC_ACSM, "E", PICTURE ("split-squat"),
  },
  {
    "step-down", N_("Step-down"),
    N_("Controls the knee while lowering, the part of running where it often drifts in."),
    KW_MUSCLE_QUADS | KW_MUSCLE_HIPS, KW_EXERCISE_STRENGTH, KW_EQUIPMENT_STEP, 0, 60,
    REPS_SIDE (3, 10, 60, 2), 10, 15, 0,
    { N_("Stand on a low step on the sore leg, the other foot in the air beside it."),
      N_("Slowly bend the standing knee until the other heel touches the floor."),
      N_("Push back up. Do all the repetitions, then change legs."),
      NULL },
    { N_("Knee over the second toe, pelvis level: use a mirror."), NULL },
    { N_("Higher step"), N_("Step down forwards"), N_("Hold dumbbells"), NULL },
    { N_("Lower step"), N_("Hold a rail"), NULL },
    "split-squat", "Collins et al., BJSM 2018", "E", PICTURE ("step-down"),
  },
  {
    "single-leg-squat", N_("Single-leg squat to a box"),
    N_("Full control on one leg, the position every running stride lands in."),
    KW_MUSCLE_QUADS | KW_MUSCLE_GLUTES | KW_MUSCLE_HIPS, KW_EXERCISE_STRENGTH, KW_EQUIPMENT_NONE,
    0, 60,
    REPS_SIDE (3, 8, 60, 2), 8, 10, 0,
    { N_("Stand on one leg in front of a high chair or box."),
      N_("Sit back slowly until you just touch the seat."),
      N_("Stand up again on the same leg. Do all the repetitions, then change legs."),
      NULL },
    { N_("Knee over the second toe, pelvis level."), NULL },
    { N_("Lower box"), N_("Hold a weight"), NULL },
    { N_("Higher box"), N_("Lightly touch down with the other foot"), NULL },
    NULL, "Collins et al., BJSM 2018", "E", PICTURE ("single-leg-squat"),
  },
  {
    "single-leg-balance", N_("Single-leg balance"),
    N_("Trains the small muscles of the hip and ankle that keep you steady."),
    KW_MUSCLE_HIPS | KW_MUSCLE_CALVES | KW_MUSCLE_CORE, KW_EXERCISE_BALANCE, KW_EQUIPMENT_NONE,
    NO_LIMIT, NO_LIMIT,
    HOLD_SIDE (3, 30, 30, 7), 0, 0, 60,
    { N_("Stand on one leg near a wall or chair, knee soft."),
      N_("Hold your balance for the time shown."),
      N_("Change legs."),
      NULL },
    { N_("Pelvis level, knee over the toes."), NULL },
    { N_("Eyes closed"), N_("Reach the free foot forward, to the side and back (Y balance)"),
      N_("Stand on a cushion"), NULL },
    { N_("Fingertips on the wall"), NULL },
    NULL, "Rambaud et al., BJSM 2018", "E", PICTURE ("single-leg-balance"),
  },
  {
    "heavy-slow-resistance", N_("Heavy slow resistance"),
    N_("Slow, heavy squats and presses that rebuild a painful kneecap tendon."),
    KW_MUSCLE_QUADS | KW_MUSCLE_GLUTES, KW_EXERCISE_STRENGTH, KW_EQUIPMENT_WEIGHTS, 0, 90,
    REPS (4, 15, 150, 3), 6, 15, 0,
    { N_("Choose a squat holding dumbbells, or a leg press."),
      N_("Pick a load you can lift exactly as many times as shown, and no more."),
      N_("Take three seconds to go down and three seconds to come up."),
      N_("Rest two to three minutes between sets."),
      NULL },
    { N_("Slow and steady; pain at most 3 out of 10."),
      N_("Keep two days between these sessions."), NULL },
    { N_("Heavier: 4 × 12"), N_("Heavier: 4 × 10"), N_("Heavier: 4 × 8"), N_("Heavier: 4 × 6"),
      NULL },
    { N_("Lighter load"), N_("Less knee bend"), N_("Isometric holds instead"), NULL },
    "box-squat", "Kongsgaard et al., SJMSS 2009", "RCT", PICTURE ("heavy-slow-resistance"),
    { 15, 12, 10, 8, 6 },
  },
  {
    "pogo-hops", N_("Pogo hops"),
    N_("Small springy hops that make the calf and tendons ready for running."),
    KW_MUSCLE_CALVES, KW_EXERCISE_PLYOMETRIC, KW_EQUIPMENT_NONE, 0, 20,
    REPS (3, 20, 60, 2), 20, 30, 0,
    { N_("Stand on both feet, knees almost straight."),
      N_("Hop up and down on the balls of the feet, quickly, a few centimetres high."),
      N_("Land softly and spring straight back up."),
      NULL },
    { N_("Quiet landings; stiff ankles, soft knees."), NULL },
    { N_("Hop forwards and back"), N_("Single-leg pogo hops"), NULL },
    { N_("Calf raises instead"), NULL },
    NULL, "Silbernagel-style return-to-run tests", "E", PICTURE ("pogo-hops"),
  },
  {
    "single-leg-hop", N_("Single-leg hop"),
    N_("Hops on one leg: the spring that running needs."),
    KW_MUSCLE_CALVES | KW_MUSCLE_QUADS, KW_EXERCISE_PLYOMETRIC, KW_EQUIPMENT_NONE, 0, 30,
    REPS_SIDE (3, 10, 60, 2), 10, 20, 0,
    { N_("Stand on one leg."),
      N_("Hop in place, landing softly on the same leg."),
      N_("Do all the hops, then change legs."),
      NULL },
    { N_("Land with the knee over the toes, soft and quiet."), NULL },
    { N_("Hop forwards"), N_("Hop further"), NULL },
    { N_("Pogo hops on both legs"), NULL },
    NULL, "20-second hop test, clinical convention", "E", PICTURE ("single-leg-hop"),
  },
  {
    "a-skips", N_("A-skips"),
    N_("A running drill: knee up, quick foot down, light and rhythmic."),
    KW_MUSCLE_HIPS | KW_MUSCLE_CALVES, KW_EXERCISE_PLYOMETRIC, KW_EQUIPMENT_NONE, NO_LIMIT, NO_LIMIT,
    DISTANCE (3, 20, 60, 2), 0, 0, 0,
    { N_("Mark out 20 metres on flat ground."),
      N_("Skip forwards, lifting one knee to hip height while the other foot pushes off."),
      N_("Swing the arms as in running. Walk back to rest."),
      NULL },
    { N_("Land on the front of the foot under the hip."), NULL },
    { N_("Quicker rhythm"), N_("Quicker rhythm and further: 30 m"), NULL },
    { N_("Marching with high knees"), NULL },
    NULL, "Return-to-run protocols, Trials 2023", "E", PICTURE ("a-skips"),
  },
  {
    "quad-stretch", N_("Standing quad stretch"),
    N_("Stretches the front of the thigh."),
    KW_MUSCLE_QUADS, KW_EXERCISE_STRETCH, KW_EQUIPMENT_NONE, NO_LIMIT, NO_LIMIT,
    HOLD_SIDE (3, 30, 10, 7), 0, 0, 30,
    { N_("Stand tall holding a wall or chair."),
      N_("Bend one knee and hold the ankle behind you."),
      N_("Tuck the pelvis under until you feel a gentle stretch at the front of the thigh."),
      N_("Hold, then change legs."),
      NULL },
    { N_("A gentle pull, never pain. Skip it if the kneecap flares."), NULL },
    { NULL },
    { N_("Lie on your side and use a strap around the ankle"), NULL },
    NULL, SRC_BANDY, "RCT", PICTURE ("quad-stretch"),
  },
  {
    "hamstring-stretch", N_("Hamstring stretch"),
    N_("Stretches the back of the thigh."),
    KW_MUSCLE_HAMSTRINGS, KW_EXERCISE_STRETCH, KW_EQUIPMENT_NONE, NO_LIMIT, NO_LIMIT,
    HOLD_SIDE (3, 30, 10, 7), 0, 0, 30,
    { N_("Sit on the edge of a chair, one leg straight out with the heel on the floor."),
      N_("Sit tall and lean forward from the hips until you feel the back of the thigh."),
      N_("Hold, then change legs."),
      NULL },
    { N_("Keep the back straight; lean from the hips."), NULL },
    { NULL },
    { N_("Lean less far"), NULL },
    NULL, SRC_BANDY, "RCT", PICTURE ("hamstring-stretch"),
  },
  {
    "calf-stretch", N_("Calf stretch"),
    N_("Stretches both calf muscles: straight knee, then bent knee."),
    KW_MUSCLE_CALVES, KW_EXERCISE_STRETCH, KW_EQUIPMENT_WALL, NO_LIMIT, NO_LIMIT,
    HOLD_SIDE (3, 30, 10, 7), 0, 0, 30,
    { N_("Stand facing a wall, hands on it, one foot a long step behind the other."),
      N_("Keep the back heel down and the back knee straight; lean in until the calf stretches."),
      N_("Hold, then bend the back knee a little to stretch lower down, and hold again."),
      N_("Change legs."),
      NULL },
    { N_("Back foot pointing straight forward."), NULL },
    { NULL },
    { N_("Shorter step"), NULL },
    NULL, SRC_BANDY, "RCT", PICTURE ("calf-stretch"),
  },
  {
    "hip-flexor-stretch", N_("Kneeling hip-flexor stretch"),
    N_("Stretches the front of the hip, which gets tight with sitting."),
    KW_MUSCLE_HIPS, KW_EXERCISE_STRETCH, KW_EQUIPMENT_NONE, NO_LIMIT, NO_LIMIT,
    HOLD_SIDE (3, 30, 10, 7), 0, 0, 30,
    { N_("Kneel on one knee on a cushion, the other foot flat in front."),
      N_("Tuck the pelvis under and shift forward until the front of the back hip stretches."),
      N_("Hold, then change sides."),
      NULL },
    { N_("Pad the knee well; stop if kneeling hurts."), NULL },
    { NULL },
    { N_("Standing version: one foot on a step behind you"), NULL },
    NULL, SRC_BANDY, "E", PICTURE ("hip-flexor-stretch"),
  },
  {
    "lateral-hip-stretch", N_("Lateral hip stretch"),
    N_("Eases the outside of the hip; for comfort, as the band itself barely lengthens."),
    KW_MUSCLE_HIPS | KW_MUSCLE_GLUTES, KW_EXERCISE_STRETCH, KW_EQUIPMENT_NONE, NO_LIMIT, NO_LIMIT,
    HOLD_SIDE (2, 30, 10, 7), 0, 0, 30,
    { N_("Stand side-on to a wall, the sore leg nearer the wall."),
      N_("Cross the sore leg behind the other one."),
      N_("Push the hip towards the wall until you feel the outside of the hip stretch."),
      N_("Hold, then change sides."),
      NULL },
    { N_("For comfort only: it should feel easy."), NULL },
    { NULL },
    { N_("Smaller lean"), NULL },
    NULL, "Fredericson & Wolf, 2005", "E", PICTURE ("lateral-hip-stretch"),
  },
};

static const KwExercise *const *
all_pointers (void)
{
  static const KwExercise *pointers[G_N_ELEMENTS (catalog) + 1];
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      for (guint i = 0; i < G_N_ELEMENTS (catalog); i++)
        pointers[i] = &catalog[i];
      pointers[G_N_ELEMENTS (catalog)] = NULL;
      g_once_init_leave (&initialized, 1);
    }

  return pointers;
}

static const char *
tr (const char *msgid)
{
  return msgid != NULL ? g_dgettext (GETTEXT_PACKAGE, msgid) : NULL;
}

static guint
count_strv (const char * const *strv,
            guint               max)
{
  guint n = 0;

  while (n < max && strv[n] != NULL)
    n++;
  return n;
}

/**
 * kw_exercise_lookup:
 * @id: a public exercise id ("wall-sit")
 *
 * Returns: (nullable): the exercise, or %NULL if @id is not in the catalogue
 */
const KwExercise *
kw_exercise_lookup (const char *id)
{
  if (id == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (catalog); i++)
    {
      if (g_str_equal (catalog[i].id, id))
        return &catalog[i];
    }

  return NULL;
}

/**
 * kw_exercise_get_all:
 * @n: (out) (optional): the number of exercises
 *
 * Returns: (array length=n) (transfer none): every exercise, in catalogue
 *   order, %NULL-terminated
 */
const KwExercise * const *
kw_exercise_get_all (guint *n)
{
  if (n != NULL)
    *n = G_N_ELEMENTS (catalog);

  return all_pointers ();
}

const char *
kw_exercise_get_id (const KwExercise *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->id;
}

const char *
kw_exercise_get_name (const KwExercise *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return tr (self->name);
}

/**
 * kw_exercise_get_purpose:
 * @self: a #KwExercise
 *
 * Returns: one sentence on why the exercise is in the plan
 */
const char *
kw_exercise_get_purpose (const KwExercise *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return tr (self->purpose);
}

KwMuscle
kw_exercise_get_muscles (const KwExercise *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->muscles;
}

KwExerciseType
kw_exercise_get_exercise_type (const KwExercise *self)
{
  g_return_val_if_fail (self != NULL, KW_EXERCISE_STRENGTH);
  return self->type;
}

/**
 * kw_exercise_get_equipment:
 * @self: a #KwExercise
 *
 * Returns: what the basic exercise needs (progressions may add a weight or a band)
 */
KwEquipment
kw_exercise_get_equipment (const KwExercise *self)
{
  g_return_val_if_fail (self != NULL, KW_EQUIPMENT_NONE);
  return self->equipment;
}

/**
 * kw_exercise_get_knee_range:
 * @self: a #KwExercise
 * @min_degrees: (out) (optional): least knee bend
 * @max_degrees: (out) (optional): most knee bend
 *
 * The default allowed knee bend for a sensitive kneecap (0° is straight).
 *
 * Returns: %FALSE if the exercise has no knee-range limit
 */
gboolean
kw_exercise_get_knee_range (const KwExercise *self,
                            int              *min_degrees,
                            int              *max_degrees)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->knee_min == NO_LIMIT)
    return FALSE;
  if (min_degrees != NULL)
    *min_degrees = self->knee_min;
  if (max_degrees != NULL)
    *max_degrees = self->knee_max;
  return TRUE;
}

const KwDose *
kw_exercise_get_start_dose (const KwExercise *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->dose;
}

/**
 * kw_exercise_get_rep_range:
 * @self: a #KwExercise
 * @min_reps: (out) (optional): bottom of the range
 * @max_reps: (out) (optional): top of the range, where sets are added next
 *
 * Both are 0 for held and timed exercises.
 */
void
kw_exercise_get_rep_range (const KwExercise *self,
                           guint            *min_reps,
                           guint            *max_reps)
{
  g_return_if_fail (self != NULL);

  if (min_reps != NULL)
    *min_reps = self->reps_min;
  if (max_reps != NULL)
    *max_reps = self->reps_max;
}

/**
 * kw_exercise_get_max_hold:
 * @self: a #KwExercise
 *
 * Returns: the longest hold in seconds before load is added instead; 0 if
 *   the exercise is not held
 */
guint
kw_exercise_get_max_hold (const KwExercise *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->max_hold;
}

/**
 * kw_exercise_get_level_reps:
 * @self: a #KwExercise
 * @level: a progression level (0 is the basic exercise)
 *
 * Heavy slow resistance goes heavier as the repetitions go down (15, 12,
 * 10, 8, 6 repetition maximum): its load steps set the repetitions.
 *
 * Returns: the repetitions at @level, or 0 if the load steps keep the
 *   repetitions of the dose
 */
guint
kw_exercise_get_level_reps (const KwExercise *self,
                            guint             level)
{
  g_return_val_if_fail (self != NULL, 0);

  if (level >= MAX_PROGRESSIONS)
    return 0;
  return self->level_reps[level];
}

guint
kw_exercise_get_n_instructions (const KwExercise *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return count_strv (self->instructions, MAX_STEPS);
}

const char *
kw_exercise_get_instruction (const KwExercise *self,
                             guint             i)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (i < kw_exercise_get_n_instructions (self), NULL);
  return tr (self->instructions[i]);
}

guint
kw_exercise_get_n_cues (const KwExercise *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return count_strv (self->cues, MAX_CUES);
}

const char *
kw_exercise_get_cue (const KwExercise *self,
                     guint             i)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (i < kw_exercise_get_n_cues (self), NULL);
  return tr (self->cues[i]);
}

/**
 * kw_exercise_get_n_progressions:
 * @self: a #KwExercise
 *
 * Returns: how many harder steps (load, range or speed) the exercise has,
 *   in order; a dose's level counts how many are in place
 */
guint
kw_exercise_get_n_progressions (const KwExercise *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return count_strv (self->progressions, MAX_PROGRESSIONS);
}

const char *
kw_exercise_get_progression (const KwExercise *self,
                             guint             i)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (i < kw_exercise_get_n_progressions (self), NULL);
  return tr (self->progressions[i]);
}

guint
kw_exercise_get_n_regressions (const KwExercise *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return count_strv (self->regressions, MAX_REGRESSIONS);
}

const char *
kw_exercise_get_regression (const KwExercise *self,
                            guint             i)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (i < kw_exercise_get_n_regressions (self), NULL);
  return tr (self->regressions[i]);
}

/**
 * kw_exercise_get_alternative_id:
 * @self: a #KwExercise
 *
 * Returns: (nullable): the exercise the plan uses instead when the
 *   equipment is not at hand
 */
const char *
kw_exercise_get_alternative_id (const KwExercise *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->alternative;
}

/**
 * kw_exercise_get_source:
 * @self: a #KwExercise
 *
 * Returns: the reference behind the exercise and its dose (not translated)
 */
const char *
kw_exercise_get_source (const KwExercise *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->source;
}

/**
 * kw_exercise_get_evidence:
 * @self: a #KwExercise
 *
 * Returns: how strong the support for the exercise and its dose is (the
 *   UI shows kw_evidence_get_label())
 */
KwEvidence
kw_exercise_get_evidence (const KwExercise *self)
{
  KwEvidence evidence = KW_EVIDENCE_EXPERT;

  g_return_val_if_fail (self != NULL, KW_EVIDENCE_EXPERT);

  if (!kw_evidence_from_tag (self->evidence, &evidence))
    g_return_val_if_reached (KW_EVIDENCE_EXPERT);
  return evidence;
}

/**
 * kw_exercise_get_picture_resource:
 * @self: a #KwExercise
 *
 * Returns: the GResource path of the line drawing,
 *   `/io/github/kneewise/Kneewise/exercises/<id>.svg`
 */
const char *
kw_exercise_get_picture_resource (const KwExercise *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->picture;
}

/**
 * kw_exercise_is_daily_allowed:
 * @self: a #KwExercise
 *
 * Holds, balance and stretches may be done every day; strength and hops
 * need a day off in between.
 *
 * Returns: whether the exercise may be done on consecutive days
 */
gboolean
kw_exercise_is_daily_allowed (const KwExercise *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->type == KW_EXERCISE_ISOMETRIC || self->type == KW_EXERCISE_STRETCH ||
         self->type == KW_EXERCISE_BALANCE;
}

/**
 * kw_muscle_get_name:
 * @muscle: one #KwMuscle flag
 *
 * Returns: its translated name ("quads")
 */
const char *
kw_muscle_get_name (KwMuscle muscle)
{
  switch ((int) muscle)
    {
    case KW_MUSCLE_QUADS: return _("quads");
    case KW_MUSCLE_GLUTES: return _("glutes");
    case KW_MUSCLE_HIPS: return _("hips");
    case KW_MUSCLE_CALVES: return _("calves");
    case KW_MUSCLE_HAMSTRINGS: return _("hamstrings");
    case KW_MUSCLE_CORE: return _("core");
    default: g_return_val_if_reached (NULL);
    }
}

/**
 * kw_muscle_to_string:
 * @muscles: #KwMuscle flags
 *
 * Returns: (transfer full): "quads, glutes"
 */
char *
kw_muscle_to_string (KwMuscle muscles)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint bit = 0; bit < 6; bit++)
    {
      if (muscles & (1u << bit))
        g_ptr_array_add (names, (gpointer) kw_muscle_get_name ((KwMuscle) (1u << bit)));
    }
  g_ptr_array_add (names, NULL);

  /* Translators: the separator between muscle or equipment names */
  return g_strjoinv (_(", "), (char **) names->pdata);
}

/**
 * kw_equipment_get_name:
 * @equipment: one #KwEquipment flag, or %KW_EQUIPMENT_NONE
 *
 * Returns: its translated name ("resistance band")
 */
const char *
kw_equipment_get_name (KwEquipment equipment)
{
  switch ((int) equipment)
    {
    case KW_EQUIPMENT_NONE: return _("no equipment");
    case KW_EQUIPMENT_BAND: return _("resistance band");
    case KW_EQUIPMENT_WEIGHTS: return _("weights");
    case KW_EQUIPMENT_MACHINE: return _("gym machine");
    case KW_EQUIPMENT_STEP: return _("step");
    case KW_EQUIPMENT_WALL: return _("wall");
    case KW_EQUIPMENT_BALL: return _("gym ball");
    default: g_return_val_if_reached (NULL);
    }
}

/**
 * kw_equipment_to_string:
 * @equipment: #KwEquipment flags
 *
 * Returns: (transfer full): "wall, step", or "no equipment"
 */
char *
kw_equipment_to_string (KwEquipment equipment)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  if (equipment == KW_EQUIPMENT_NONE)
    return g_strdup (kw_equipment_get_name (KW_EQUIPMENT_NONE));

  for (guint bit = 0; bit < 6; bit++)
    {
      if (equipment & (1u << bit))
        g_ptr_array_add (names, (gpointer) kw_equipment_get_name ((KwEquipment) (1u << bit)));
    }
  g_ptr_array_add (names, NULL);

  return g_strjoinv (_(", "), (char **) names->pdata);
}

const char *
kw_exercise_type_get_name (KwExerciseType type)
{
  switch (type)
    {
    case KW_EXERCISE_ISOMETRIC: return _("hold");
    case KW_EXERCISE_STRENGTH: return _("strength");
    case KW_EXERCISE_STRETCH: return _("stretch");
    case KW_EXERCISE_BALANCE: return _("balance and control");
    case KW_EXERCISE_PLYOMETRIC: return _("hops and drills");
    default: g_return_val_if_reached (NULL);
    }
}
