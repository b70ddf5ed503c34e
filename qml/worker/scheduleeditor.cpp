// SPDX-License-Identifier: GPL-3.0-or-later
#include "worker/scheduleeditor.h"

#include "common/amsterdamtime.h"
#include "schedule/dutchholidays.h"
#include "schedule/holidayoffers.h"
#include "schedule/schedulepatterns.h"
#include "search/schedulerecurrence.h"
#include "schedule/schoolholidays.h"
#include "worker/workerenrolment.h"

#include <QLocale>

#include <algorithm>

namespace Buurtplein {

namespace {

using Kind = SchedulePattern::Kind;
using End = SchedulePattern::End;

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QDate fromIso(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

// The day of the month as "the first..fourth or last such weekday".
int ordinalOf(const QDate &date)
{
    const int n = (date.day() - 1) / 7 + 1;
    return n > 4 ? SchedulePattern::LastWeekday : n;
}

void sortUnique(QList<QDate> *days)
{
    std::sort(days->begin(), days->end());
    days->erase(std::unique(days->begin(), days->end()), days->end());
}

} // namespace

ScheduleEditor::ScheduleEditor(QObject *parent)
    : QObject(parent)
{
}

void ScheduleEditor::setEnrolment(WorkerEnrolment *enrolment)
{
    const bool changedSession = followEnrolment(m_enrolment, enrolment, this, [this](WorkerEnrolment *s) {
        // The pattern being edited stays; what follows from stored data (school holidays) is read again.
        const auto reread = [this] {
            refresh();
            Q_EMIT changed();
        };
        connect(s, &WorkerEnrolment::changed, this, reread);
        connect(s, &WorkerEnrolment::schoolRegionChanged, this, reread);
    });
    if (changedSession)
        Q_EMIT enrolmentChanged();
}

QString ScheduleEditor::kind() const { return SchedulePatterns::kindName(m_pattern.kind); }
QString ScheduleEditor::startDate() const { return isoDate(m_pattern.startDate); }
QString ScheduleEditor::startTime() const { return m_pattern.startTime.toString(QStringLiteral("HH:mm")); }
QString ScheduleEditor::end() const { return SchedulePatterns::endName(m_pattern.end); }
QString ScheduleEditor::untilDate() const { return isoDate(m_pattern.untilDate); }

QList<int> ScheduleEditor::weekdays() const
{
    QList<int> days;
    for (Qt::DayOfWeek day : m_pattern.weekdays)
        days.append(day);
    return days;
}

QStringList ScheduleEditor::exceptionDays() const
{
    QStringList days;
    for (const QDate &day : m_pattern.exceptionDays)
        days.append(isoDate(day));
    return days;
}

void ScheduleEditor::setKind(const QString &name)
{
    const std::optional<Kind> kind = SchedulePatterns::kindNamed(name);
    if (!kind)
        return;
    edit([kind](SchedulePattern &p) {
        if (p.kind == *kind)
            return;
        p.kind = *kind;
        // A new kind starts from the day already chosen: "every Monday", "the last Monday", "day 30".
        if (!p.startDate.isValid())
            return;
        const auto day = Qt::DayOfWeek(p.startDate.dayOfWeek());
        if (p.kind == Kind::Weekly && p.weekdays.isEmpty())
            p.weekdays = {day};
        if (p.kind == Kind::MonthlyByWeekday) {
            p.weekday = day;
            p.ordinal = ordinalOf(p.startDate);
        }
        if (p.kind == Kind::MonthlyByDay)
            p.dayOfMonth = p.startDate.day();
    });
}

void ScheduleEditor::setStartDate(const QString &date) { edit([date](SchedulePattern &p) { p.startDate = fromIso(date); }); }
void ScheduleEditor::setStartTime(const QString &time) { edit([time](SchedulePattern &p) { p.startTime = QTime::fromString(time, QStringLiteral("HH:mm")); }); }
void ScheduleEditor::setDurationMinutes(int minutes) { edit([minutes](SchedulePattern &p) { p.durationMinutes = minutes; }); }
void ScheduleEditor::setInterval(int interval) { edit([interval](SchedulePattern &p) { p.interval = interval; }); }

void ScheduleEditor::setWeekdays(const QList<int> &days)
{
    edit([days](SchedulePattern &p) {
        p.weekdays.clear();
        for (int day : days) {
            if (day >= Qt::Monday && day <= Qt::Sunday && !p.weekdays.contains(Qt::DayOfWeek(day)))
                p.weekdays.append(Qt::DayOfWeek(day));
        }
        std::sort(p.weekdays.begin(), p.weekdays.end());
    });
}

void ScheduleEditor::toggleWeekday(int day)
{
    QList<int> days = weekdays();
    if (!days.removeAll(day))
        days.append(day);
    setWeekdays(days);
}

void ScheduleEditor::setOrdinal(int ordinal) { edit([ordinal](SchedulePattern &p) { p.ordinal = ordinal; }); }

void ScheduleEditor::setWeekday(int day)
{
    if (day < Qt::Monday || day > Qt::Sunday)
        return;
    edit([day](SchedulePattern &p) { p.weekday = Qt::DayOfWeek(day); });
}

void ScheduleEditor::setDayOfMonth(int day) { edit([day](SchedulePattern &p) { p.dayOfMonth = day; }); }

void ScheduleEditor::setEnd(const QString &name)
{
    const std::optional<End> end = SchedulePatterns::endNamed(name);
    if (!end)
        return;
    edit([end](SchedulePattern &p) {
        p.end = *end;
        // Choosing an end proposes one: a quarter of a year, or ten sessions.
        if (p.end == End::UntilDate && !p.untilDate.isValid() && p.startDate.isValid())
            p.untilDate = p.startDate.addMonths(3);
        if (p.end == End::AfterCount && p.count < 1)
            p.count = 10;
    });
}

void ScheduleEditor::setUntilDate(const QString &date) { edit([date](SchedulePattern &p) { p.untilDate = fromIso(date); }); }
void ScheduleEditor::setCount(int count) { edit([count](SchedulePattern &p) { p.count = count; }); }

void ScheduleEditor::setExceptionDays(const QStringList &days)
{
    edit([days](SchedulePattern &p) {
        p.exceptionDays.clear();
        for (const QString &day : days) {
            if (const QDate date = fromIso(day); date.isValid())
                p.exceptionDays.append(date);
        }
        sortUnique(&p.exceptionDays);
    });
}

void ScheduleEditor::toggleOffer(const QString &id)
{
    const auto found = std::find_if(m_offers.cbegin(), m_offers.cend(), [&id](const QVariant &offer) {
        return offer.toMap().value(QStringLiteral("id")).toString() == id;
    });
    if (found == m_offers.cend())
        return;
    const QVariantMap offer = found->toMap();
    const bool chosen = offer.value(QStringLiteral("chosen")).toBool();
    const QStringList days = offer.value(QStringLiteral("days")).toStringList();
    edit([chosen, days](SchedulePattern &p) {
        for (const QString &day : days) {
            if (chosen)
                p.exceptionDays.removeAll(fromIso(day));
            else
                p.exceptionDays.append(fromIso(day));
        }
        sortUnique(&p.exceptionDays);
    });
}

bool ScheduleEditor::load(const QString &activityUid, const QString &scheduleUid)
{
    return open(activityUid, scheduleUid, false);
}

bool ScheduleEditor::loadNew(const QString &activityUid)
{
    return open(activityUid, {}, true);
}

bool ScheduleEditor::open(const QString &activityUid, const QString &scheduleUid, bool addNew)
{
    setError({});
    if (!m_enrolment) {
        setError(QStringLiteral("The schedule editor has no worker session."));
        return false;
    }
    const CatalogueStore &catalogue = m_enrolment->store().catalogue();
    if (!catalogue.activity(activityUid)) {
        //: Schedule editor: the activity was removed (e.g. by a sync) before its schedule was opened.
        setError(tr("This activity no longer exists."));
        return false;
    }
    std::optional<Schedule> stored;
    if (!scheduleUid.isEmpty()) {
        stored = catalogue.schedule(scheduleUid);
        if (!stored || stored->activityUid != activityUid) {
            //: Schedule editor: the schedule was removed (e.g. by a sync) before it was opened.
            setError(tr("This schedule no longer exists."));
            return false;
        }
    } else if (const QList<Schedule> schedules = catalogue.schedulesOf(activityUid); !addNew && !schedules.isEmpty()) {
        stored = schedules.first();
    }

    m_replaceOnly = false;
    m_importedDescription.clear();
    if (!stored) {
        m_base = Schedule();
        m_base.activityUid = activityUid;
        m_pattern = freshPattern(QTime(14, 0), 90);
    } else if (const std::optional<SchedulePattern> pattern = SchedulePatterns::fromSchedule(*stored)) {
        m_base = *stored;
        m_pattern = *pattern;
    } else {
        // The words cannot say it: a fresh pattern at the same time replaces it when saved.
        m_base = *stored;
        m_replaceOnly = true;
        m_importedDescription = importedSessions(*stored);
        m_pattern = freshPattern(stored->startTime.isValid() ? stored->startTime : QTime(14, 0),
                                 stored->durationMinutes > 0 ? stored->durationMinutes : 90);
    }
    Q_EMIT loaded();
    refresh();
    Q_EMIT changed();
    return true;
}

bool ScheduleEditor::save()
{
    setError({});
    if (!m_enrolment) {
        setError(QStringLiteral("The schedule editor has no worker session."));
        return false;
    }
    QString error;
    std::optional<Schedule> schedule = SchedulePatterns::toSchedule(m_pattern, m_base, &error);
    if (!schedule) {
        setError(error);
        return false;
    }
    if (!m_enrolment->store().saveSchedule(*schedule)) {
        setError(m_enrolment->store().errorString());
        return false;
    }
    m_base = *schedule;
    m_replaceOnly = false;
    m_importedDescription.clear();
    Q_EMIT loaded();
    m_enrolment->notifyChanged();
    Q_EMIT saved();
    return true;
}

QDate ScheduleEditor::today() const
{
    const QDateTime now = m_enrolment ? m_enrolment->now() : QDateTime::currentDateTimeUtc();
    return AmsterdamTime::local(now.toSecsSinceEpoch()).date();
}

SchedulePattern ScheduleEditor::freshPattern(const QTime &time, int minutes) const
{
    SchedulePattern p;
    p.kind = Kind::Weekly;
    p.startDate = today().addDays(7);
    p.weekdays = {Qt::DayOfWeek(p.startDate.dayOfWeek())};
    p.startTime = time;
    p.durationMinutes = minutes;
    return p;
}

QString ScheduleEditor::importedSessions(const Schedule &schedule) const
{
    QStringList starts;
    for (const QDateTime &start : SchedulePatterns::preview(schedule, AmsterdamTime::startOfDay(today()), 3)) {
        const QDateTime local = AmsterdamTime::local(start.toSecsSinceEpoch());
        starts << QLocale().toString(local.date(), QStringLiteral("dddd d MMMM")) + QLatin1Char(' ')
                + local.time().toString(QStringLiteral("HH:mm"));
    }
    if (starts.isEmpty()) {
        //: Schedule editor: an imported schedule whose repetition cannot be shown in words and that has no future sessions.
        return tr("This schedule was imported in a form that cannot be shown here, and it has no more sessions. "
                  "What you save replaces it.");
    }
    //: Schedule editor: an imported schedule whose repetition cannot be shown in words; %1 lists its next sessions.
    return tr("This schedule was imported in a form that cannot be shown here. Its next sessions: %1. "
              "What you save replaces it.").arg(QLocale().createSeparatedList(starts));
}

void ScheduleEditor::edit(const std::function<void(SchedulePattern &)> &change)
{
    SchedulePattern p = m_pattern;
    change(p);
    if (p == m_pattern)
        return;
    m_pattern = p;
    refresh();
    Q_EMIT changed();
}

void ScheduleEditor::refresh()
{
    m_problem = SchedulePatterns::problem(m_pattern);
    // The exceptions the coming year holds, from the worker's day (the app's clock).
    m_description = m_pattern.startDate.isValid() ? SchedulePatterns::describe(m_pattern, QLocale(), today()) : QString();
    m_preview.clear();
    m_previewStarts.clear();
    if (m_problem.isEmpty()) {
        if (const std::optional<Schedule> s = SchedulePatterns::toSchedule(m_pattern, m_base, nullptr))
            m_previewStarts = SchedulePatterns::preview(*s, AmsterdamTime::startOfDay(today()), 10);
    }
    const qint64 length = qint64(m_pattern.durationMinutes) * 60;
    for (const QDateTime &start : std::as_const(m_previewStarts)) {
        const qint64 secs = start.toSecsSinceEpoch();
        const QDate day = AmsterdamTime::local(secs).date();
        const QString date = QLocale().toString(day, QStringLiteral("dddd d MMMM yyyy"));
        const QString time = AmsterdamTime::timeRange(secs, secs + length);
        //: Schedule editor preview: %1 is a date such as "Monday 30 November 2026", %2 a time range "14:00–15:30".
        const QString label = tr("%1, %2").arg(date, time);
        m_preview.append(QVariantMap{{QStringLiteral("start"), start}, {QStringLiteral("label"), label},
                                     {QStringLiteral("date"), date}, {QStringLiteral("time"), time}});
    }
    refreshOffers();
}

QList<QDate> ScheduleEditor::sessionDates(const QDate &from, const QDate &to) const
{
    SchedulePattern p = m_pattern;
    p.exceptionDays.clear();
    const std::optional<Schedule> s = SchedulePatterns::toSchedule(p, m_base, nullptr);
    if (!s)
        return {};
    // Bounded by the span, unlike preview(): a pattern may have few sessions a year.
    QString error;
    const qint64 fromUtc = AmsterdamTime::startOfDay(from).toSecsSinceEpoch();
    const qint64 toUtc = AmsterdamTime::startOfDay(to.addDays(1)).toSecsSinceEpoch();
    QList<QDate> dates;
    for (const ExpandedOccurrence &o : ScheduleRecurrence::expand(*s, fromUtc, toUtc, &error))
        dates.append(o.localDate);
    return dates;
}

void ScheduleEditor::refreshOffers()
{
    m_offers.clear();
    m_schoolHolidaysKnown = false;
    if (!m_enrolment)
        return;
    const QString region = m_enrolment->schoolRegion();
    const SchoolHolidayStore schoolHolidays(m_enrolment->connection());
    // The pattern's span from today, at most a year ahead; COUNT ends it inside the expansion.
    const SchedulePattern p = SchedulePatterns::normalised(m_pattern);
    const QDate from = std::max(p.startDate, today());
    // Dates imported for school years that have ended say nothing about the coming ones.
    m_schoolHolidaysKnown = !schoolHolidays.holidaysBetween(region, from, QDate(9999, 12, 31)).isEmpty();
    if (!m_problem.isEmpty())
        return;

    QDate to = from.addYears(1).addDays(-1);
    if (p.end == End::UntilDate)
        to = std::min(to, p.untilDate);
    const QList<QDate> dates = sessionDates(from, to);
    if (dates.isEmpty())
        return;
    const QLocale locale;
    const QString format = QStringLiteral("d MMMM");
    const auto offers = HolidayOffers::forSessions(dates, DutchHolidays::publicHolidaysBetween(from, to),
                                                   schoolHolidays.holidaysBetween(region, from, to), region);
    for (const HolidayOffers::Offer &offer : offers) {
        QStringList isoDays;
        bool chosen = true;
        for (const QDate &day : offer.days) {
            isoDays << isoDate(day);
            chosen = chosen && m_pattern.exceptionDays.contains(day);
        }
        QString label;
        if (offer.kind == HolidayOffers::Offer::Public) {
            //: Holiday offer in the schedule editor: %1 a holiday's name, %2 its date, e.g. "Christmas Day, Friday 25 December".
            label = tr("%1, %2").arg(offer.name, locale.toString(offer.firstDay, QStringLiteral("dddd d MMMM")));
        } else {
            //: Holiday offer in the schedule editor: %1 a school holiday's name, %2 and %3 its first and last day.
            label = tr("%1, %2 to %3").arg(offer.name, locale.toString(offer.firstDay, format), locale.toString(offer.lastDay, format));
        }
        m_offers.append(QVariantMap{{QStringLiteral("id"), offer.id}, {QStringLiteral("label"), label},
                                    {QStringLiteral("days"), isoDays}, {QStringLiteral("chosen"), chosen}});
    }
}

void ScheduleEditor::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorStringChanged();
}

} // namespace Buurtplein
