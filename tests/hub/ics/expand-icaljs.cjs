// SPDX-License-Identifier: GPL-3.0-or-later
// Expands a calendar with ical.js (Mozilla's parser, used by Thunderbird and many web
// calendars) and prints one line per session in [FROM, TO): uid|start UTC|status|location.
// Usage: node expand-icaljs.cjs ICALJS_CJS FILE FROM TO (ISO instants).
const [, , library, file, from, to] = process.argv;
const ICAL = require(library);
const fs = require('fs');
const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(file, 'utf8')));
for (const zone of calendar.getAllSubcomponents('vtimezone'))
    ICAL.TimezoneService.register(zone);
const events = calendar.getAllSubcomponents('vevent');
const lines = [];
for (const master of events.filter(e => !e.hasProperty('recurrence-id'))) {
    const uid = master.getFirstPropertyValue('uid');
    const changes = events.filter(e => e.hasProperty('recurrence-id') && e.getFirstPropertyValue('uid') === uid);
    const event = new ICAL.Event(master, { strictExceptions: true, exceptions: changes });
    const it = event.iterator();
    let next;
    while ((next = it.next())) {
        if (next.toJSDate().toISOString() >= to)
            break;
        const details = event.getOccurrenceDetails(next);
        const start = details.startDate.toJSDate().toISOString().replace('.000', '');
        if (start < from || start >= to)
            continue;
        const item = details.item.component;
        lines.push([event.uid, start, item.getFirstPropertyValue('status') || '', item.getFirstPropertyValue('location') || ''].join('|'));
    }
}
console.log(lines.sort().join('\n'));
