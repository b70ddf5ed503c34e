#!/usr/bin/env bash
# Saves the app's main pages at phone and desktop size into docs/screenshots, on the
# demo neighbourhood at a fixed moment so the pictures are reproducible.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${BUURTPLEIN_BUILD_DIR:-$root/build}"
out="$root/docs/screenshots"
now="2026-11-23T09:00:00+01:00"

cmake --build "$build" --target buurtplein -j2
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen
for size in phone:400x800 desktop:1280x800; do
    name="${size%%:*}"
    "$build/bin/buurtplein" --db :memory: --now "$now" --size "${size#*:}" --screenshot "$out/home-$name.png"
    echo "wrote $out/home-$name.png"
done
