#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Pushes a year of made-up session logs of the demo organisation "Buurtwerk Oost" to a hub
# (POST /v1/session-logs with a worker token), so that the evaluator dashboard has figures.
# Usage: push-demo-session-logs.py HUB_URL WORKER_TOKEN. Deterministic (fixed seed).
import json, sys, urllib.request, uuid, random, datetime
hub, token = sys.argv[1], sys.argv[2]
acts = ["demo:inloop-meevaart", "demo:spreekuur-vonk", "demo:dialoog-meevaart", "demo:speelmiddag-sumatra",
        "demo:digitaal-cybersoek", "demo:ouderensoos-kramat", "demo:wandelen-flevopark", "demo:welkom-vonk"]
rng = random.Random(6)
items = []
day = datetime.datetime(2026, 1, 6, 9, 0)
while day < datetime.datetime(2026, 11, 20):
    for i, a in enumerate(acts):
        start = day + datetime.timedelta(days=i % 5, hours=i)
        held = rng.random() > 0.1
        att = rng.randint(4 + 2 * i, 14 + 3 * i) if held else 0
        item = {"uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "occurrence": a + "/" + start.strftime("%Y%m%dT%H%M%SZ"),
                "activity": a, "revision": 1, "held": held, "attendance": att, "firstTimers": min(att, rng.randint(0, 3)),
                "volunteers": rng.randint(0, 2) if held else 0, "hostPresent": held}
        if not held:
            item["notHeldReason"] = "host_afwezig"
        items.append(item)
    day += datetime.timedelta(days=7)
for n in range(0, len(items), 400):
    req = urllib.request.Request(hub + "/v1/session-logs", data=json.dumps({"items": items[n:n + 400]}).encode(),
                                 headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    urllib.request.urlopen(req).read()
print(len(items), "session logs pushed")
