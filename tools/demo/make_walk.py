#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes assets/demo/walk-indische-buurt.nmea: a walk through the Indische Buurt,
Amsterdam-Oost, as a phone's GPS would log it (GPRMC + GPGGA, 1 Hz).

The walk starts on the Javaplein (by OBA Javaplein), follows the line of Javastraat and
the Javaplantsoen east and ends at the Insulindeweg by the Flevopark: about 750 m at a
walking pace, some nine minutes. The route is drawn through hand-picked waypoints, not
recorded: each fix gets a small, seeded position jitter and varying HDOP and satellite
counts so it reads like a real log, and the output is the same on every run.

The clock starts on Monday 23 November 2026 at 08:00:00 UTC (09:00 in Amsterdam), the
"now" of the demo neighbourhood and of the tests.

Usage: tools/demo/make_walk.py [OUTPUT]   (default: assets/demo/walk-indische-buurt.nmea)
Replay:  buurtplein --replay-nmea assets/demo/walk-indische-buurt.nmea
"""
import math
import os
import random
import sys
from datetime import datetime, timedelta, timezone

WAYPOINTS = [  # (lat, lon)
    (52.36395, 4.93960),  # Javaplein, in front of OBA Javaplein
    (52.36368, 4.94120),  # Javastraat
    (52.36330, 4.94330),  # Javastraat, by the Makassarstraat
    (52.36300, 4.94500),  # Javaplantsoen, by Jav'Art
    (52.36262, 4.94730),  # Javaplantsoen
    (52.36225, 4.95000),  # Insulindeweg, by the Flevopark
]
START = datetime(2026, 11, 23, 8, 0, 0, tzinfo=timezone.utc)
SPEED = 1.35          # metres per second, an unhurried walk
EARTH = 6371000.0
JITTER = 1.5          # metres, standard deviation per axis


def metres(a, b):
    """Equirectangular distance in metres between two (lat, lon) points."""
    x = math.radians(b[1] - a[1]) * math.cos(math.radians((a[0] + b[0]) / 2))
    y = math.radians(b[0] - a[0])
    return math.hypot(x, y) * EARTH


def along(route, s):
    """The point s metres along the route."""
    for a, b in zip(route, route[1:]):
        d = metres(a, b)
        if s <= d:
            t = s / d
            return (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))
        s -= d
    return route[-1]


def course(a, b):
    """True course in degrees from a to b."""
    x = math.radians(b[1] - a[1]) * math.cos(math.radians((a[0] + b[0]) / 2))
    y = math.radians(b[0] - a[0])
    return (math.degrees(math.atan2(x, y)) + 360) % 360


def checksum(body):
    value = 0
    for ch in body:
        value ^= ord(ch)
    return "%02X" % value


def sentence(body):
    return "$%s*%s\r\n" % (body, checksum(body))


def nmea_lat(lat):
    d = int(abs(lat))
    return "%02d%07.4f,%s" % (d, (abs(lat) - d) * 60, "N" if lat >= 0 else "S")


def nmea_lon(lon):
    d = int(abs(lon))
    return "%03d%07.4f,%s" % (d, (abs(lon) - d) * 60, "E" if lon >= 0 else "W")


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "assets", "demo", "walk-indische-buurt.nmea")
    rng = random.Random(20261123)
    length = sum(metres(a, b) for a, b in zip(WAYPOINTS, WAYPOINTS[1:]))
    seconds = int(length / SPEED) + 1
    lines = []
    previous = None
    for i in range(seconds + 1):
        true = along(WAYPOINTS, min(i * SPEED, length))
        north = rng.gauss(0, JITTER)
        east = rng.gauss(0, JITTER)
        lat = true[0] + math.degrees(north / EARTH)
        lon = true[1] + math.degrees(east / (EARTH * math.cos(math.radians(true[0]))))
        ahead = along(WAYPOINTS, min((i + 1) * SPEED, length))
        heading = course(true, ahead) if ahead != true else course(previous or WAYPOINTS[-2], true)
        moving = i * SPEED < length
        knots = (SPEED if moving else 0.0) / 0.514444
        stamp = START + timedelta(seconds=i)
        hms = stamp.strftime("%H%M%S") + ".00"
        dmy = stamp.strftime("%d%m%y")
        satellites = rng.choice([7, 8, 8, 9, 9, 10])
        hdop = round(rng.uniform(0.8, 1.4), 1)
        altitude = round(rng.uniform(0.5, 2.5), 1)
        lines.append(sentence("GPRMC,%s,A,%s,%s,%.1f,%.1f,%s,,,A" % (hms, nmea_lat(lat), nmea_lon(lon), knots, heading, dmy)))
        lines.append(sentence("GPGGA,%s,%s,%s,1,%02d,%.1f,%.1f,M,46.5,M,," % (hms, nmea_lat(lat), nmea_lon(lon), satellites, hdop, altitude)))
        previous = true
    with open(out, "w", newline="") as f:
        f.writelines(lines)
    print("%s: %d fixes, %.0f m" % (out, seconds + 1, length))


if __name__ == "__main__":
    main()
