# SPDX-License-Identifier: GPL-3.0-or-later
# Expands a calendar with python-icalendar (Debian's python3-icalendar) and dateutil's
# rrule, and prints one line per session in [FROM, TO): uid|start UTC|status|location,
# like expand-icaljs.cjs. Usage: python3 expand-icalendar.py FILE FROM TO (ISO instants).
import sys
from datetime import datetime, timedelta, timezone
from dateutil.rrule import rrulestr
import icalendar

path, first, last = sys.argv[1], sys.argv[2], sys.argv[3]
begin = datetime.fromisoformat(first.replace('Z', '+00:00'))
end = datetime.fromisoformat(last.replace('Z', '+00:00'))
calendar = icalendar.Calendar.from_ical(open(path, 'rb').read())
events = [c for c in calendar.walk('VEVENT')]
changes = {}
for e in events:
    if 'RECURRENCE-ID' in e:
        changes[(str(e['UID']), e['RECURRENCE-ID'].dt.astimezone(timezone.utc))] = e
lines = []
for e in events:
    if 'RECURRENCE-ID' in e:
        continue
    start = e['DTSTART'].dt
    zone = start.tzinfo
    rule = 'RRULE:' + e['RRULE'].to_ical().decode() if 'RRULE' in e else ''
    starts = set()
    if rule:
        # The rule runs on local wall-clock times, each then placed in its zone (pytz
        # zones must localize every time themselves, or winter keeps summer's offset).
        local = start.replace(tzinfo=None)
        margin = timedelta(days=2)
        window = (begin.replace(tzinfo=None) - margin, end.replace(tzinfo=None) + margin)
        for t in rrulestr(rule, dtstart=local).between(window[0], window[1], inc=True):
            starts.add(zone.localize(t) if hasattr(zone, 'localize') else t.replace(tzinfo=zone))
    else:
        starts.add(start)
    for prop in ('RDATE',):
        values = e.get(prop, [])
        for v in values if isinstance(values, list) else [values]:
            for d in v.dts:
                starts.add(d.dt)
    excluded = set()
    values = e.get('EXDATE', [])
    for v in values if isinstance(values, list) else [values]:
        for d in v.dts:
            excluded.add(d.dt.astimezone(timezone.utc))
    uid = str(e['UID'])
    for t in sorted(starts):
        utc = t.astimezone(timezone.utc)
        if utc in excluded:
            continue
        shown = changes.get((uid, utc), e)
        actual = shown['DTSTART'].dt.astimezone(timezone.utc) if shown is not e else utc
        if not (begin <= actual < end):
            continue
        lines.append('|'.join([uid, actual.strftime('%Y-%m-%dT%H:%M:%SZ'), str(shown.get('STATUS', '')), str(shown.get('LOCATION', ''))]))
print('\n'.join(sorted(lines)))
