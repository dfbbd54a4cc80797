#!/usr/bin/env bash
# Measures the time from starting DIN Explorer to its main window being on screen, under a virtual display.
#
# Usage: installers/linux/time-to-window.sh [LAUNCHER] [RUNS]
#   LAUNCHER  default /opt/din-explorer/bin/din-explorer (the installed .deb); any launcher taking --data-dir works
#   RUNS      default 3
# Needs xvfb-run and xwininfo (Debian: apt-get install xvfb xauth x11-utils). Each run polls every 50 ms for a
# top-level window whose title starts with "DIN Explorer", prints the seconds, then stops the app it started.
set -euo pipefail

if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi

launcher=${1:-/opt/din-explorer/bin/din-explorer}
runs=${2:-3}
[ -x "$launcher" ] || { echo "no launcher at $launcher" >&2; exit 1; }
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

for run in $(seq 1 "$runs"); do
    start=$(date +%s%N)
    "$launcher" --data-dir "$data" >"$data/run-$run.out" 2>&1 &
    app=$!
    shown=""
    for _ in $(seq 1 1200); do
        if xwininfo -root -children 2>/dev/null | grep -q '"DIN Explorer'; then
            shown=$(( ($(date +%s%N) - start) / 1000000 ))
            break
        fi
        kill -0 "$app" 2>/dev/null || break
        sleep 0.05
    done
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    if [ -z "$shown" ]; then
        cat "$data/run-$run.out" >&2
        echo "run $run: no main window within 60 s" >&2
        exit 1
    fi
    printf 'run %d: main window after %d.%03d s\n' "$run" $((shown / 1000)) $((shown % 1000))
done
