#!/usr/bin/python3
# run-startup.py: kneewise's start-up against a bare libadwaita window
#
# Copyright 2026 The Kneewise authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs `kneewise` (KNEEWISE_BENCH=settled, on a copy of a ten-year user
# database) and bench-bare-window alternately, RUNS times each, and prints
# the medians and the ratios. Both print a "kw-bench first-frame" line after
# their first frame's after-paint, with the monotonic time, the CPU time
# used so far and the peak resident memory (VmHWM) so far; kneewise also
# prints "kw-bench settled" after the first frame that follows opening the
# store and loading the page shown (a third set of runs also opens the
# Progress page, the one with the most rows). Wall time runs from just
# before fork.
# Peak RSS of the whole process (to exit) comes from wait4().
#
# Run under a display and a session bus (bench/run-all.sh does):
#   xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
#     /usr/bin/python3 bench/run-startup.py BUILDDIR DATABASE [RUNS]

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

GOAL_TIME = 1.25
GOAL_MEMORY = 1.3

# The test suite's mode (see tests/meson.build): no GL under Xvfb, where it
# would be software rendering (llvmpipe) costing both ~60 MB and ~100 ms.
BASE_ENV = {
    'GDK_BACKEND': 'x11',
    'GSK_RENDERER': 'cairo',
    'GDK_DEBUG': 'gl-disable',
    'GTK_A11Y': 'none',
}


def run_once(argv, env):
    start = time.monotonic_ns() // 1000
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)
    out = proc.stdout.read()
    _, status, ru = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    marks = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] == 'kw-bench':
            marks[parts[1]] = {k: int(v) for k, v in (p.split('=') for p in parts[2:])}
    if proc.returncode != 0 or 'first-frame' not in marks or 'settled' not in marks:
        raise SystemExit('%s failed (exit %d): %r' % (argv[0], proc.returncode, out))
    ff, st = marks['first-frame'], marks['settled']
    return {
        'first_ms': (ff['mono_us'] - start) / 1000,
        'first_cpu_ms': ff['cpu_us'] / 1000,
        'first_mib': ff['hwm_kb'] / 1024,
        'settled_ms': (st['mono_us'] - start) / 1000,
        'settled_cpu_ms': st['cpu_us'] / 1000,
        'settled_mib': st['hwm_kb'] / 1024,
        'exit_mib': ru.ru_maxrss / 1024,
    }


def main():
    if len(sys.argv) < 3:
        raise SystemExit('Usage: run-startup.py BUILDDIR DATABASE [RUNS]')
    build = os.path.realpath(sys.argv[1])
    database = os.path.realpath(sys.argv[2])
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 9

    work = tempfile.mkdtemp(prefix='kw-bench-startup-')
    try:
        env = dict(os.environ, **BASE_ENV)
        env.update({
            'HOME': work,
            'XDG_DATA_HOME': os.path.join(work, 'data'),
            'XDG_CONFIG_HOME': os.path.join(work, 'config'),
            'XDG_CACHE_HOME': os.path.join(work, 'cache'),
            # A returning user: the welcome page was read, so the pages show.
            'GSETTINGS_BACKEND': 'keyfile',
            'GSETTINGS_SCHEMA_DIR': os.path.join(build, 'data'),
            'KNEEWISE_LOCALEDIR': os.path.join(build, 'po'),
        })
        os.makedirs(os.path.join(work, 'data', 'kneewise'))
        shutil.copy(database, os.path.join(work, 'data', 'kneewise', 'kneewise.db'))
        os.makedirs(os.path.join(work, 'config', 'glib-2.0', 'settings'))
        with open(os.path.join(work, 'config', 'glib-2.0', 'settings', 'keyfile'), 'w') as f:
            f.write('[io/github/kneewise/Kneewise]\nwelcome-done=true\n')

        apps = {
            'kneewise': ([os.path.join(build, 'src', 'gui', 'kneewise')],
                         dict(env, KNEEWISE_BENCH='settled')),
            'bare': ([os.path.join(build, 'bench', 'bench-bare-window')], env),
            # Not compared with the bare window: opening the page with the
            # most data, as a click right after start-up would.
            'progress': ([os.path.join(build, 'src', 'gui', 'kneewise')],
                         dict(env, KNEEWISE_BENCH='settled', KNEEWISE_BENCH_PAGE='progress')),
        }
        # One warm-up each (page cache, fontconfig cache), not counted.
        for argv, app_env in apps.values():
            run_once(argv, app_env)
        results = {name: [] for name in apps}
        for _ in range(runs):
            for name, (argv, app_env) in apps.items():
                results[name].append(run_once(argv, app_env))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    def med(name, key):
        return statistics.median(r[key] for r in results[name])

    def spread(name, key):
        values = [r[key] for r in results[name]]
        return '%.0f–%.0f' % (min(values), max(values))

    rows = [
        ('first frame, wall ms', 'first_ms', GOAL_TIME),
        ('first frame, CPU ms', 'first_cpu_ms', None),
        ('peak RSS at first frame, MiB', 'first_mib', GOAL_MEMORY),
        ('settled (store open, pages filled), wall ms', 'settled_ms', None),
        ('settled, CPU ms', 'settled_cpu_ms', None),
        ('peak RSS when settled, MiB', 'settled_mib', GOAL_MEMORY),
        ('peak RSS to exit (wait4), MiB', 'exit_mib', None),
    ]
    print('Start-up, %d alternating runs each, medians (min–max); GSK_RENDERER=cairo, '
          'GDK_DEBUG=gl-disable, Xvfb; load average %s'
          % (runs, ' '.join(open('/proc/loadavg').read().split()[:3])))
    print('| measure | kneewise | bare window | ratio | goal |')
    print('|---|---|---|---|---|')
    for label, key, goal in rows:
        k, b = med('kneewise', key), med('bare', key)
        ratio = k / b if b else float('nan')
        verdict = ''
        if goal is not None:
            verdict = '≤ %.2fx: %s' % (goal, 'met' if ratio <= goal else 'missed')
        print('| %s | %.1f (%s) | %.1f (%s) | %.2fx | %s |'
              % (label, k, spread('kneewise', key), b, spread('bare', key), ratio, verdict))
    print()
    print('| kneewise, then the Progress page opened at once | median (min–max) |')
    print('|---|---|')
    for label, key in [('Progress shown, wall ms from start', 'settled_ms'),
                       ('Progress shown, CPU ms', 'settled_cpu_ms'),
                       ('peak RSS, MiB', 'settled_mib')]:
        print('| %s | %.1f (%s) |' % (label, med('progress', key), spread('progress', key)))


if __name__ == '__main__':
    main()
