// SPDX-License-Identifier: GPL-3.0-or-later
// bench-expand: what indexing the national catalogue costs in recurrence expansion.
// Expands many weekly series (DTSTART years back) over an 8-week window with
// OccurrenceExpander and ZoneRules::amsterdam() (transitions cached, binary search),
// and, as the baseline in the same run, turns the same wall-clock times into instants
// with a QTimeZone call per occurrence. See BENCHMARKS.md.
#include "recurrence/occurrenceexpander.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimeZone>

#include <cstdio>

using namespace Buurtplein;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int series = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 100000;
    const qint64 from = QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 to = from + 8 * 7 * 86400;

    RecurrenceSet set;
    set.startDate = QDate(2019, 1, 1);
    set.startTime = QTime(19, 0);
    set.zone = ZoneRules::amsterdam();
    set.durationSecs = 5400;
    set.rule = RecurrenceRule::parse(QStringLiteral("FREQ=WEEKLY;BYDAY=TU,SA"));

    QElapsedTimer timer;
    timer.start();
    qint64 sessions = 0;
    for (int i = 0; i < series; ++i)
        sessions += OccurrenceExpander::expand(set, from, to).size();
    const double expandMs = double(timer.nsecsElapsed()) / 1e6;

    // Baseline: the same sessions' wall-clock times through QTimeZone, one call each.
    const QTimeZone amsterdam("Europe/Amsterdam");
    const QList<ExpandedOccurrence> one = OccurrenceExpander::expand(set, from, to);
    timer.restart();
    qint64 checksum = 0;
    for (int i = 0; i < series; ++i) {
        for (const ExpandedOccurrence &o : one)
            checksum += QDateTime(o.localDate, o.localTime, amsterdam).toSecsSinceEpoch();
    }
    const double qtMs = double(timer.nsecsElapsed()) / 1e6;

    std::printf("series=%d sessions=%lld checksum=%lld\n", series, static_cast<long long>(sessions),
                static_cast<long long>(checksum % 1000));
    std::printf("expand expand_ms=%.1f qtimezone_only_ms=%.1f ratio=%.3f\n", expandMs, qtMs, expandMs / qtMs);
    return sessions > 0 ? 0 : 1;
}
