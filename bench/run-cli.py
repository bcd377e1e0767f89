#!/usr/bin/python3
# run-cli.py: how long kneewise-cli takes, on a ten-year user database
#
# Copyright 2026 The Kneewise authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs `kneewise-cli assess` (a typical answers file, not saved) and
# `kneewise-cli plan` (this week, which loads the plan with ten years of
# logs) RUNS times each, alternately, on a copy of DATABASE, and prints the
# median wall time and peak RSS. Every run is a new process, as a user's is.
#
#   /usr/bin/python3 bench/run-cli.py BUILDDIR DATABASE [RUNS]

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def run_once(argv, env):
    start = time.monotonic()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, ru = os.wait4(proc.pid, 0)
    wall = (time.monotonic() - start) * 1000
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit('%s failed: %s' % (' '.join(argv), proc.stderr.read().decode()))
    proc.stderr.close()
    return wall, (ru.ru_utime + ru.ru_stime) * 1000, ru.ru_maxrss / 1024


def main():
    if len(sys.argv) < 3:
        raise SystemExit('Usage: run-cli.py BUILDDIR DATABASE [RUNS]')
    build = os.path.realpath(sys.argv[1])
    database = os.path.realpath(sys.argv[2])
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 15
    source = os.path.dirname(os.path.realpath(__file__))
    cli = os.path.join(build, 'src', 'cli', 'kneewise-cli')

    work = tempfile.mkdtemp(prefix='kw-bench-cli-')
    try:
        env = dict(os.environ, HOME=work, XDG_DATA_HOME=os.path.join(work, 'data'),
                   XDG_CONFIG_HOME=os.path.join(work, 'config'), LC_ALL='C.UTF-8')
        os.makedirs(os.path.join(work, 'data', 'kneewise'))
        shutil.copy(database, os.path.join(work, 'data', 'kneewise', 'kneewise.db'))
        commands = {
            'kneewise-cli assess': [cli, 'assess', os.path.join(source, 'answers.ini')],
            'kneewise-cli plan': [cli, 'plan'],
        }
        for argv in commands.values():
            run_once(argv, env)  # warm-up
        results = {name: [] for name in commands}
        for _ in range(runs):
            for name, argv in commands.items():
                results[name].append(run_once(argv, env))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print('| command (ten-year database, %d runs) | wall ms, median (min–max) | CPU ms | peak RSS MiB |'
          % runs)
    print('|---|---|---|---|')
    for name, rows in results.items():
        walls = [r[0] for r in rows]
        print('| `%s` | %.1f (%.1f–%.1f) | %.1f | %.1f |'
              % (name, statistics.median(walls), min(walls), max(walls),
                 statistics.median(r[1] for r in rows), statistics.median(r[2] for r in rows)))


if __name__ == '__main__':
    main()
