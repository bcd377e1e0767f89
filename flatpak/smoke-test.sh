#!/bin/bash
# Installs the app that flatpak-standin (or flatpak-builder --repo) exported and
# starts it as a user would, with `flatpak run`, on a private Xvfb display and
# session bus: the window must appear, and the command-line tool and the
# reminder service must run from the same install. Leaves a screenshot.
#
# usage: flatpak/smoke-test.sh REPO [SCREENSHOT.png]
#   e.g. FLATPAK_USER_DIR=/tmp/flatpak-standin/user-inst \
#        flatpak/smoke-test.sh /tmp/flatpak-standin/apprepo
set -euo pipefail
repo=$(realpath "${1:?usage: smoke-test.sh REPO [SCREENSHOT.png]}")
shot=$(realpath -m "${2:-flatpak-run.png}")
app=io.github.kneewise.Kneewise

if [[ -z ${IN_XVFB:-} ]]; then
  flatpak --user remote-add --no-gpg-verify --if-not-exists kneewise-smoke "file://$repo"
  flatpak --user install -y --noninteractive --reinstall kneewise-smoke "$app" >/dev/null
  exec env IN_XVFB=1 xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- "$0" "$@"
fi

flatpak --user run --env=GSK_RENDERER=cairo "$app" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 60); do
  if xwininfo -root -tree | grep -q '"Kneewise"'; then
    break
  fi
  sleep 0.5
done
xwininfo -root -tree | grep -q '"Kneewise"' || { echo "FAIL: no Kneewise window after 30 s"; exit 1; }
sleep 2
import -window root "$shot"
echo "ok: the Kneewise window is up; screenshot $shot"
flatpak run --command=kneewise-cli "$app" --version
flatpak run --command=kneewise-reminders "$app" --help | head -n 1
