#!/usr/bin/env bash
# Builds Buurtplein and starts the app on the bundled demo neighbourhood (embedded
# SQLite, no server). Extra arguments go to the app, e.g. --db /tmp/other.sqlite.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${BUURTPLEIN_BUILD_DIR:-$root/build}"

"$root/scripts/setup-debian.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" --target buurtplein -j2
exec "$build/bin/buurtplein" "$@"
