#!/usr/bin/env bash
# Measures the idle footprint of kneewise-reminders: resident memory and
# wake-ups per minute. Not a test: the figures depend on the machine.
# Goal: under 12 MB resident, at most 2 wake-ups a minute while idle.
#
#   bench/reminders-idle.sh BUILDDIR [SECONDS]
#
# Runs on a private session bus with python3-dbusmock as the notification
# server, against a throwaway database holding one reminder due tomorrow.
# Wake-ups are counted twice, over SECONDS each: voluntary context switches
# of all the service's threads (each sleep → wake → sleep is one), then,
# with strace, the poll calls that returned.
set -euo pipefail

if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] || [ -z "${KW_BENCH_IN_SESSION:-}" ]; then
  exec env KW_BENCH_IN_SESSION=1 dbus-run-session -- "$0" "$@"
fi

build=$(realpath "${1:-build}")
seconds=${2:-120}
service="$build/src/reminders/kneewise-reminders"
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
export HOME=$work XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache
db=$work/kneewise.db

/usr/bin/python3 -m dbusmock --session --template notification_daemon \
  -p '{"capabilities": "body actions"}' >/dev/null 2>&1 &
for _ in $(seq 100); do
  gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
    --method org.freedesktop.DBus.NameHasOwner org.freedesktop.Notifications | grep -q true && break
  sleep 0.1
done

# Creates the schema (and exits: reminders are off), then turn them on.
"$service" --database="$db" --once >/dev/null 2>&1 || true
/usr/bin/python3 - "$db" <<'PY'
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1])
tomorrow = time.strftime('%H:%M', time.localtime(time.time() + 12 * 3600))
db.execute("UPDATE reminder_settings SET enabled = 1")
db.execute("INSERT INTO reminder_rule (source, kind, target, local_time, weekdays, active_since_utc)"
           " VALUES ('plan', 'exercise-session', 'session:bench', ?, 127, ?)",
           (tomorrow, int(time.time())))
db.commit()
PY

"$service" --database="$db" >/dev/null 2>&1 &
pid=$!
sleep 3

switches() {
  local total=0 n
  for f in /proc/"$pid"/task/*/status; do
    n=$(awk '/^voluntary_ctxt_switches/ {print $2}' "$f")
    total=$((total + n))
  done
  echo "$total"
}

threads=$(ls /proc/"$pid"/task | wc -l)
# First without a tracer (ptrace stops would count as switches)…
before=$(switches)
sleep "$seconds"
after=$(switches)
# …then the same time under strace, counting poll calls of every thread.
if command -v strace >/dev/null; then
  timeout --signal=INT "$seconds" strace -f -qq -c -e trace=poll,ppoll -p "$pid" \
    -o "$work/strace.txt" || true
fi

rss=$(awk '/^VmRSS/ {print $2}' /proc/"$pid"/status)
hwm=$(awk '/^VmHWM/ {print $2}' /proc/"$pid"/status)
polls=$(awk '$NF == "poll" || $NF == "ppoll" {s += $4} END {print s + 0}' "$work/strace.txt" 2>/dev/null || echo 0)

echo "kneewise-reminders idle for $seconds s ($threads threads)"
echo "  resident:   $((rss / 1024)).$(( (rss % 1024) * 10 / 1024 )) MB (VmRSS $rss kB, peak $hwm kB)"
awk -v n=$((after - before)) -v s="$seconds" \
  'BEGIN { printf "  wake-ups:   %.1f per minute (voluntary context switches, all threads)\n", n * 60 / s }'
awk -v n="$polls" -v s="$seconds" \
  'BEGIN { printf "  poll calls: %.1f per minute (strace)\n", n * 60 / s }'
