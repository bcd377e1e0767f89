#!/usr/bin/env bash
# run-all.sh: every benchmark, one table after another, with the machine.
# Not part of the test suite: the figures depend on the machine and its load.
#
#   bench/run-all.sh BUILDDIR [RUNS]      (or: meson compile -C BUILDDIR bench-all)
#
# Needs xvfb-run, dbus-run-session, python3-dbusmock and strace (the
# reminder service's wake-ups). Makes the ten-year user database once, in
# BUILDDIR/bench/ten-years.db, through the core API (kw-bench-make-db).
# Paste the output into docs/performance.md.
set -euo pipefail

build=$(realpath "${1:-build}")
runs=${2:-9}
here=$(dirname "$(realpath "$0")")
db=$build/bench/ten-years.db
idle_seconds=${KW_BENCH_IDLE_SECONDS:-60}

if [ ! -f "$db" ]; then
  "$build/bench/kw-bench-make-db" "$db.tmp"
  mv "$db.tmp" "$db"
fi

echo "# Kneewise benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "Machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores," \
  "$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) RAM," \
  "Debian $(cat /etc/debian_version), kernel $(uname -r);" \
  "load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
echo "GTK $(pkg-config --modversion gtk4), libadwaita $(pkg-config --modversion libadwaita-1)," \
  "GLib $(pkg-config --modversion glib-2.0), SQLite $(pkg-config --modversion sqlite3);" \
  "build type $(meson introspect --buildoptions "$build" | /usr/bin/python3 -c \
    'import json,sys; print(next(o["value"] for o in json.load(sys.stdin) if o["name"] == "buildtype"))')"
echo "Database: $(du -h "$db" | cut -f1) — $(sqlite3 "$db" 'SELECT COUNT(*) FROM plan_session' 2>/dev/null || echo '?') session logs," \
  "$(sqlite3 "$db" 'SELECT COUNT(*) FROM plan_change' 2>/dev/null || echo '?') plan changes," \
  "$(sqlite3 "$db" 'SELECT COUNT(*) FROM reminder_fired' 2>/dev/null || echo '?') reminders fired"
echo

echo "## Start-up"
echo
xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
  /usr/bin/python3 "$here/run-startup.py" "$build" "$db" "$runs" 2> >(grep -v 'fd limit' >&2)
echo

echo "## Command line"
echo
/usr/bin/python3 "$here/run-cli.py" "$build" "$db" "$((runs * 2))"
echo

echo "## Progress page queries (ten-year database)"
echo
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$db" "$work/kneewise.db"
echo '```'
"$build/bench/bench-progress" "$work/kneewise.db" 15
"$build/bench/bench-plan"
echo '```'
echo

echo "## PDF export"
echo
echo '```'
"$build/bench/bench-export-pdf" 15
echo '```'
echo

echo "## Data file: check, import and export of ten years"
echo
echo '```'
"$build/bench/bench-data-archive"
echo '```'
echo

echo "## Reminder service, idle"
echo
echo '```'
"$here/reminders-idle.sh" "$build" "$idle_seconds" 2> >(grep -v 'fd limit' >&2)
echo '```'
echo
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
