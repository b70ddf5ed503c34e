#!/usr/bin/env bash
# Builds everything and runs every test; then runs the whole suite again under shifted
# clocks (docs/testing.md). ctest's summary of each run is printed; the script
# fails when any run fails.
#   BUURTPLEIN_SHIFTED_CLOCKS=0            skip the shifted runs
#   BUURTPLEIN_SHIFTED_CLOCKS="YYYY-MM-DD HH:MM:SS"   run only that moment (Amsterdam time)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${BUURTPLEIN_BUILD_DIR:-$root/build}"

"$root/scripts/setup-debian.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j2
cd "$build"
export QT_QPA_PLATFORM=offscreen

status=0
ctest --output-on-failure --timeout 600 -j2 || status=1

# Moments that stress calendars, in Europe/Amsterdam: a Monday in January, the DST gap
# day at 03:30, the DST overlap day, a leap day, the last half hour of a year.
moments=("2027-01-04 09:00:00" "2027-03-28 03:30:00" "2027-10-31 12:00:00" "2028-02-29 12:00:00" "2027-12-31 23:30:00")
case "${BUURTPLEIN_SHIFTED_CLOCKS:-all}" in
    0) moments=() ;;
    all) ;;
    *) moments=("$BUURTPLEIN_SHIFTED_CLOCKS") ;;
esac
libfaketime=$(find /usr/lib -name libfaketimeMT.so.1 -path '*faketime*' | head -n 1)
if [ ${#moments[@]} -gt 0 ] && [ -z "$libfaketime" ]; then
    echo "test: libfaketime not found (Debian package faketime)" >&2
    exit 1
fi
for moment in "${moments[@]}"; do
    # One offset for every process of the run (test, hub, CLI, PostgreSQL), so they agree on
    # the time and it keeps running. Monotonic clocks stay real, and so do timed waits on
    # them: libfaketime's "monotonic fix" makes QThread::wait(ms) return at once.
    offset=$(( $(TZ=Europe/Amsterdam date -d "$moment" +%s) - $(date +%s) ))
    echo "test: the whole suite again at $moment Europe/Amsterdam"
    TZ=Europe/Amsterdam FAKETIME="+${offset}" FAKETIME_DONT_FAKE_MONOTONIC=1 FAKETIME_FORCE_MONOTONIC_FIX=0 LD_PRELOAD="$libfaketime" \
        ctest --output-on-failure --timeout 600 -j2 || status=1
done
exit $status
