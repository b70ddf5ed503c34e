#!/usr/bin/env bash
# Saves the app's main pages at phone and desktop size into docs/screenshots, on the
# demo neighbourhood at a fixed moment and a fixed location (a chosen neighbourhood), so
# the pictures are reproducible. Usage: scripts/screenshots.sh (BUURTPLEIN_BUILD_DIR to
# pick the build folder).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${BUURTPLEIN_BUILD_DIR:-$root/build}"
out="$root/docs/screenshots"
now="2026-11-23T09:00:00+01:00"
activity="demo:taalcafe-javaplein"
place="mvzn:MV2946-1"

cmake --build "$build" --target buurtplein -j2
mkdir -p "$out"
# Material's raised buttons draw their shadow with a shader effect, which Qt Quick's
# software renderer (the offscreen platform's only one) leaves out entirely, so the
# pictures are taken on a virtual X display with Mesa's OpenGL when there is one.
if command -v xvfb-run >/dev/null; then
    export QT_QPA_PLATFORM=xcb
    app() { xvfb-run -a -s "-screen 0 1400x900x24" "$build/bin/buurtplein" "$@"; }
else
    echo "xvfb-run not found: raised buttons will be missing from the pictures" >&2
    export QT_QPA_PLATFORM=offscreen
    app() { "$build/bin/buurtplein" "$@"; }
fi
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# One catalogue for all pictures, with a neighbourhood chosen and two joins, like a resident's.
db="$scratch/catalogue.sqlite"
app --db "$db" --now "$now" --self-test --area BU03630531 \
    --join "$activity" --join demo:inloop-meevaart >/dev/null

shoot() { # name page
    local name="$1" page="$2" size
    for size in phone:400x800 desktop:1280x800; do
        app --db "$db" --now "$now" --size "${size#*:}" --page "$page" \
            --screenshot "$out/$name-${size%%:*}.png"
        echo "wrote $out/$name-${size%%:*}.png"
    done
}
shoot home home
shoot search "search:koffie"
shoot map map
shoot activity "activity:$activity"
shoot place "place:$place"
shoot my my
app --db "$db" --now "$now" --size 400x800 --text-scale 2 --page home --screenshot "$out/home-phone-text200.png"
echo "wrote $out/home-phone-text200.png"
