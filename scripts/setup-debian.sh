#!/usr/bin/env bash
# Installs the Debian 12 packages Buurtplein builds and runs with. Idempotent: it asks
# apt only for what is missing. Needs root or sudo.
#   scripts/setup-debian.sh          build + app + tests
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-declarative-dev qt6-positioning-dev qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev
    qt6-l10n-tools qt6-tools-dev libqt6sql6-sqlite libqt6sql6-psql postgresql
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtqml-workerscript
    qml6-module-qtquick-shapes qml6-module-qtpositioning qml6-module-qttest
    qml6-module-qtcharts qml6-module-qtquick-dialogs
    libical-dev libsqlite3-dev zlib1g-dev qtkeychain-qt6-dev libgl-dev libprotozero-dev
    fonts-material-design-icons-iconfont fonts-noto-core
    tzdata xvfb xauth xdotool imagemagick
    poppler-utils faketime
    python3-icalendar python3-dateutil
    qt6-speech-dev qml6-module-qttexttospeech qt6-speech-flite-plugin qt6-speech-speechd-plugin
    speech-dispatcher speech-dispatcher-espeak-ng
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

# Node and npm for the npm test tools: Debian's, unless the machine has them already
# (e.g. from NodeSource, whose nodejs package carries npm and conflicts with Debian's).
if ! command -v npm >/dev/null; then
    missing+=(nodejs npm)
fi

root="$(cd "$(dirname "$0")/.." && pwd)"

# Test tools from npm, kept in .test-tools (not committed): ical.js, the calendar parser
# the .ics tests read the hub's calendars with, OpenActive's RPDE validator for the
# catalogue feed, and Mapbox's vector tile reader (with pbf) that the map tests count
# features with. Pinned, installed only when missing.
npm_tools() {
    if [ ! -f "$root/.test-tools/node_modules/ical.js/package.json" ] \
        || [ ! -f "$root/.test-tools/node_modules/@openactive/rpde-validator/package.json" ] \
        || [ ! -f "$root/.test-tools/node_modules/@mapbox/vector-tile/package.json" ]; then
        echo "setup: installing ical.js, @openactive/rpde-validator and @mapbox/vector-tile into .test-tools"
        npm install --prefix "$root/.test-tools" --no-audit --no-fund --loglevel=error \
            ical.js@2.2.1 @openactive/rpde-validator@3.0.3571 @mapbox/vector-tile@1.3.1 pbf@3.2.1
    fi
}

if [ ${#missing[@]} -eq 0 ]; then
    echo "setup: all ${#packages[@]} Debian packages are installed"
    npm_tools
    exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then
        sudo_cmd=(sudo)
    else
        echo "setup: missing packages (${missing[*]}) and neither root nor sudo to install them" >&2
        exit 1
    fi
fi

echo "setup: installing ${missing[*]}"
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
npm_tools
