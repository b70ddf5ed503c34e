#!/usr/bin/env bash
# Builds everything and runs every test; ctest's summary is the last line.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${BUURTPLEIN_BUILD_DIR:-$root/build}"

"$root/scripts/setup-debian.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j2
cd "$build"
export QT_QPA_PLATFORM=offscreen
exec ctest --output-on-failure --timeout 600 -j2
