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
# The app follows the system language when none was chosen: the pictures are Dutch
# whatever this machine speaks (pages with --language override it).
export LANGUAGE=nl

cmake --build "$build" --target buurtplein -j2
mkdir -p "$out"
# Material's raised buttons draw their shadow with a shader effect, which Qt Quick's
# software renderer (the offscreen platform's only one) leaves out entirely, so the
# pictures are taken on a virtual X display with Mesa's OpenGL when there is one.
if command -v xvfb-run >/dev/null; then
    export QT_QPA_PLATFORM=xcb
    app() { xvfb-run -a -s "-screen 0 1400x1400x24" "$build/bin/buurtplein" "$@"; }
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
# The map around the chosen neighbourhood at zoom 14, 16 and 18 (docs/map.md).
for zoom in 14 16 18; do
    shoot "map-z$zoom" "map:$zoom"
done
shoot activity "activity:$activity"
shoot place "place:$place"
shoot my my
# A moved date names its new place and a cancelled one says why, on the activity page.
for changed in dialoog-meevaart:moved inloop-meevaart:cancelled; do
    app --db "$db" --now "$now" --size 400x800 --page "activity:demo:${changed%%:*}" --screenshot "$out/${changed#*:}-session-phone.png"
    echo "wrote $out/${changed#*:}-session-phone.png"
done
# A holiday the series skips is named where the gap is (Christmas week, a catalogue of its own),
# on the activity page and in the home list.
app --db "$scratch/christmas.sqlite" --now 2026-12-21T09:00:00+01:00 --size 400x800 \
    --page activity:demo:inloop-meevaart --screenshot "$out/activity-skipped-holiday.png"
app --db "$scratch/christmas.sqlite" --now 2026-12-24T12:00:00+01:00 --size 400x800 \
    --page home --screenshot "$out/home-skipped-holiday.png"
# The moved evening of 10 December on the home list: its new place and why.
app --db "$scratch/december.sqlite" --now 2026-12-10T12:00:00+01:00 --size 400x800 \
    --page home --screenshot "$out/home-moved-session.png"
echo "wrote $out/activity-skipped-holiday.png $out/home-skipped-holiday.png $out/home-moved-session.png"
app --db "$db" --now "$now" --size 400x800 --text-scale 2 --page home --screenshot "$out/home-phone-text200.png"
echo "wrote $out/home-phone-text200.png"
# Issue 7: the activity and search pages at 200 % text too (nothing clipped or overlapping).
app --db "$db" --now "$now" --size 400x800 --text-scale 2 --page "activity:$activity" --screenshot "$out/activity-phone-text200.png"
app --db "$db" --now "$now" --size 400x800 --text-scale 2 --page "search:koffie" --screenshot "$out/search-phone-text200.png"
echo "wrote $out/activity-phone-text200.png $out/search-phone-text200.png"
# Arabic (right to left, mirrored) and Tigrinya (Ge'ez script), at phone size.
for lang in ar ti; do
    for shot in home:home search:search:koffie activity:"activity:$activity"; do
        app --db "$db" --now "$now" --size 400x800 --language "$lang" --page "${shot#*:}" \
            --screenshot "$out/$lang-${shot%%:*}.png"
        echo "wrote $out/$lang-${shot%%:*}.png"
    done
done

# Social worker mode, on a device of its own enrolled with a real hub on loopback: the hub
# knows the demo's "Buurtwerk Oost" and hands out a one-time code, as a coordinator would.
hub="$build/bin/buurtplein-hub"
cmake --build "$build" --target buurtplein-hub -j2
# The hub lives at the same moment as the app: codes, logs and figures do not depend on today.
hub_at() { "$hub" "$@" --now "$now"; }
hubdb="$scratch/hub.sqlite"
hub_at org create --uid org:buurtwerk-oost --name "Buurtwerk Oost" --kind welzijn --db "$hubdb" >/dev/null
"$hub" serve --listen 127.0.0.1:0 --db "$hubdb" --now "$now" >"$scratch/hub.out" 2>"$scratch/hub.log" &
hubpid=$!
trap 'kill $hubpid 2>/dev/null; rm -rf "$scratch"' EXIT
for _ in $(seq 50); do grep -q "listening on" "$scratch/hub.out" && break; sleep 0.1; done
huburl="http://$(sed -n 's/^listening on //p' "$scratch/hub.out")"
code() { hub_at enrol-code create --org org:buurtwerk-oost --hub-url "$huburl" --db "$hubdb" | sed -n 1p; }
# The token goes to a keychain when one answers, else to a file under XDG_DATA_HOME.
export XDG_DATA_HOME="$scratch/data"
worker="$scratch/worker.sqlite"

# Enrolment as a link opens it: the code is filled in, the hub named.
app --db "$worker" --now "$now" --size 400x800 --screenshot "$out/enrol-phone.png" \
    "buurtplein://enrol?hub=$huburl&code=$(code)"
echo "wrote $out/enrol-phone.png"
# --no-sync: this throwaway hub's catalogue is empty, and a sync would make the device's
# equal to it; the pictures show the bundled demo instead.
app --db "$worker" --now "$now" --enrol "$(code)" --hub "$huburl" --self-test --no-sync >/dev/null

worker_shot() { # name page
    app --db "$worker" --now "$now" --size 400x800 --page "$2" --no-sync --screenshot "$out/$1-phone.png"
    echo "wrote $out/$1-phone.png"
}
worker_shot work-home work
worker_shot work-activity "work:activity:demo:inloop-meevaart"
worker_shot activity-editor "work:edit:demo:inloop-meevaart"
worker_shot schedule-editor "work:schedule:demo:inloop-meevaart"
worker_shot cancel-session "work:cancel:demo:inloop-meevaart/20261124T090000Z"
worker_shot log-session "work:log:demo:inloop-meevaart/20261120T090000Z"

# The programme evaluator's dashboard (issue 6): the same hub with the demo catalogue, a
# year of session logs pushed with a worker token, and an evaluator token.
hub_at import-demo --db "$hubdb" >/dev/null
# The city's buurt and wijk outlines: places get their buurt by point in polygon and the
# area map is a choropleth of those outlines (docs/map.md).
areas="$root/../shared/data/map/areas"
if [ -f "$areas/buurten.geojson" ]; then
    hub_at import-areas "$areas/buurten.geojson" --code cbsCode --name naam --division 2022 --db "$hubdb" >/dev/null
    hub_at import-areas "$areas/wijken_derived.geojson" --code cbsCode --name naam --division 2022 --db "$hubdb" >/dev/null
fi
logtoken="$(hub_at token create --role worker --org org:buurtwerk-oost --db "$hubdb" 2>/dev/null | sed -n 1p)"
evaltoken="$(hub_at token create --role evaluator --db "$hubdb" 2>/dev/null | sed -n 1p)"
python3 "$root/scripts/push-demo-session-logs.py" "$huburl" "$logtoken"
for page in dashboard dashboard:areas; do
    app --db "$scratch/evaluator.sqlite" --now "$now" --size 1280x800 --no-sync --evaluator "$evaltoken" --hub "$huburl" \
        --page "$page" --screenshot "$out/${page/:/-}.png"
    echo "wrote $out/${page/:/-}.png"
done
# The dashboard on a tablet held upright: one column, the map under the table.
app --db "$scratch/evaluator.sqlite" --now "$now" --size 800x1280 --no-sync --evaluator "$evaltoken" --hub "$huburl" \
    --page dashboard --screenshot "$out/dashboard-tablet.png"
echo "wrote $out/dashboard-tablet.png"

# A team logs together: the tablet of the buurthuis logged Friday's inloop; a colleague's
# phone, enrolled and synced with the hub, says so instead of asking for a log.
python3 - "$huburl" "$logtoken" <<'PY'
import json, sys, urllib.request
hub, token = sys.argv[1], sys.argv[2]
item = {"uuid": "7d0c5a3e-2f4b-4c1d-9a8e-5b6c7d8e9f01", "occurrence": "demo:inloop-meevaart/20261120T090000Z",
        "activity": "demo:inloop-meevaart", "revision": 1, "held": True, "attendance": 14, "firstTimers": 2,
        "volunteers": 1, "hostPresent": True}
req = urllib.request.Request(hub + "/v1/session-logs", data=json.dumps({"items": [item]}).encode(),
                             headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
urllib.request.urlopen(req).read()
PY
colleague="$scratch/colleague.sqlite"
app --db "$colleague" --now "$now" --enrol "$(code)" --hub "$huburl" --self-test >/dev/null
app --db "$colleague" --now "$now" --size 400x800 --page "work:activity:demo:inloop-meevaart" --no-sync \
    --screenshot "$out/work-colleague-logged-phone.png"
echo "wrote $out/work-colleague-logged-phone.png"

# The quarterly report (PDF) the hub makes of the same released figures; its key-figures
# page as a picture (pdftoppm from poppler-utils).
hub_at report --quarter 2026-Q3 --gemeente GM0363 --to "$scratch/report.pdf" --db "$hubdb" >/dev/null
pdftoppm -png -r 80 -f 2 -l 2 -singlefile "$scratch/report.pdf" "$out/report-page2"
echo "wrote $out/report-page2.png"
