// SPDX-License-Identifier: GPL-3.0-or-later
#include "recurrence/recurrencerule.h"

#include <QSet>
#include <QStringList>

#include <algorithm>
#include <array>

namespace Buurtplein {

namespace {

using Frequency = RecurrenceRule::Frequency;

constexpr std::array<const char *, 7> FrequencyNames = {
    "SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"};
constexpr std::array<const char *, 7> DayNames = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

std::optional<Qt::DayOfWeek> dayFromName(const QString &name)
{
    for (int i = 0; i < 7; ++i) {
        if (name == QLatin1String(DayNames[std::size_t(i)]))
            return Qt::DayOfWeek(i + 1);
    }
    return std::nullopt;
}

QString dayName(Qt::DayOfWeek day)
{
    return QLatin1String(DayNames[std::size_t(day - 1)]);
}

bool fail(QString *error, const QString &sentence)
{
    if (error)
        *error = sentence;
    return false;
}

// A strictly formed integer, optionally signed: "+3", "-1", "15".
std::optional<int> toInt(const QString &text)
{
    if (text.isEmpty() || text.size() > 9)
        return std::nullopt;
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

bool parseIntList(const QString &key, const QStringList &items, int min, int max, bool allowNegative,
                  QList<int> *out, QString *error)
{
    for (const QString &item : items) {
        const std::optional<int> v = toInt(item);
        const bool inRange = v && ((*v >= min && *v <= max) || (allowNegative && *v <= -min && *v >= -max));
        if (!inRange) {
            const QString range = allowNegative ? QStringLiteral("%1 to %2 or -%2 to -%1").arg(min).arg(max)
                                                : QStringLiteral("%1 to %2").arg(min).arg(max);
            return fail(error, QStringLiteral("%1 has the value \"%2\", but it must be a whole number from %3.")
                                   .arg(key, item, range));
        }
        if (!out->contains(*v))
            out->append(*v);
    }
    return true;
}

bool parseByDay(const QStringList &items, QList<WeekdayNum> *out, QString *error)
{
    for (const QString &item : items) {
        const QString name = item.right(2);
        const std::optional<Qt::DayOfWeek> day = dayFromName(name);
        const QString ordinalText = item.left(item.size() - 2);
        std::optional<int> ordinal = ordinalText.isEmpty() ? std::optional<int>(0) : toInt(ordinalText);
        if (!day || !ordinal)
            return fail(error, QStringLiteral("BYDAY has the value \"%1\", which is not a weekday such as MO, 2TU or -1FR.").arg(item));
        if (*ordinal < -53 || *ordinal > 53 || (*ordinal == 0 && !ordinalText.isEmpty()))
            return fail(error, QStringLiteral("BYDAY has the value \"%1\"; the number before the weekday must be from 1 to 53 or -53 to -1.").arg(item));
        const WeekdayNum entry{*ordinal, *day};
        if (!out->contains(entry))
            out->append(entry);
    }
    return true;
}

std::optional<std::pair<QDate, QTime>> parseUntil(const QString &text, bool *isDate, bool *isUtc)
{
    *isDate = text.size() == 8;
    *isUtc = text.endsWith(QLatin1Char('Z'));
    const QDate date = QDate::fromString(text.left(8), QStringLiteral("yyyyMMdd"));
    if (!date.isValid())
        return std::nullopt;
    if (*isDate)
        return std::make_pair(date, QTime());
    const QString timeText = text.mid(8);
    if (timeText.size() != (*isUtc ? 8 : 7) || !timeText.startsWith(QLatin1Char('T')))
        return std::nullopt;
    const QTime time = QTime::fromString(timeText.mid(1, 6), QStringLiteral("HHmmss"));
    if (!time.isValid())
        return std::nullopt;
    return std::make_pair(date, time);
}

bool checkCombinations(const RecurrenceRule &r, QString *error)
{
    const bool monthlyOrYearly = r.frequency == Frequency::Monthly || r.frequency == Frequency::Yearly;
    const bool numberedDay = std::any_of(r.byDay.begin(), r.byDay.end(), [](const WeekdayNum &d) { return d.ordinal != 0; });
    if (numberedDay && !monthlyOrYearly)
        return fail(error, QStringLiteral("A numbered weekday such as 2TU or -1FR only fits a monthly or yearly schedule."));
    if (numberedDay && r.frequency == Frequency::Yearly && !r.byWeekNo.isEmpty())
        return fail(error, QStringLiteral("A numbered weekday such as 2TU cannot be combined with BYWEEKNO."));
    if (numberedDay && r.frequency == Frequency::Monthly
        && std::any_of(r.byDay.begin(), r.byDay.end(), [](const WeekdayNum &d) { return std::abs(d.ordinal) > 5; }))
        return fail(error, QStringLiteral("A month has at most five of each weekday, so a monthly BYDAY number must be from 1 to 5 or -5 to -1."));
    if (!r.byMonthDay.isEmpty() && r.frequency == Frequency::Weekly)
        return fail(error, QStringLiteral("BYMONTHDAY cannot be used in a weekly schedule."));
    if (!r.byYearDay.isEmpty() && (r.frequency == Frequency::Daily || r.frequency == Frequency::Weekly || r.frequency == Frequency::Monthly))
        return fail(error, QStringLiteral("BYYEARDAY only fits a yearly schedule."));
    if (!r.byWeekNo.isEmpty() && r.frequency != Frequency::Yearly)
        return fail(error, QStringLiteral("BYWEEKNO only fits a yearly schedule."));
    const bool hasOtherBy = !r.byDay.isEmpty() || !r.byMonthDay.isEmpty() || !r.byYearDay.isEmpty() || !r.byWeekNo.isEmpty()
        || !r.byMonth.isEmpty() || !r.byHour.isEmpty() || !r.byMinute.isEmpty() || !r.bySecond.isEmpty();
    if (!r.bySetPos.isEmpty() && !hasOtherBy)
        return fail(error, QStringLiteral("BYSETPOS picks from the days given by another BY part (such as BYDAY), but the rule has none."));
    return true;
}

QString joinInts(const QList<int> &values)
{
    QStringList parts;
    parts.reserve(values.size());
    for (int v : values)
        parts.append(QString::number(v));
    return parts.join(QLatin1Char(','));
}

} // namespace

std::optional<RecurrenceRule> RecurrenceRule::parse(const QString &value, QString *error)
{
    QString text = value.trimmed().toUpper();
    if (text.startsWith(QLatin1String("RRULE:")))
        text = text.mid(6).trimmed();
    if (text.isEmpty()) {
        fail(error, QStringLiteral("The recurrence rule is empty."));
        return std::nullopt;
    }

    RecurrenceRule rule;
    QSet<QString> seen;
    bool hasFrequency = false;
    const QStringList parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &rawPart : parts) {
        const QString part = rawPart.trimmed();
        if (part.isEmpty())
            continue;
        const int eq = part.indexOf(QLatin1Char('='));
        const QString key = part.left(eq).trimmed();
        const QString val = eq < 0 ? QString() : part.mid(eq + 1).trimmed();
        if (eq < 0 || key.isEmpty() || val.isEmpty()) {
            fail(error, QStringLiteral("The recurrence rule part \"%1\" is not of the form NAME=VALUE.").arg(part));
            return std::nullopt;
        }
        if (key.startsWith(QLatin1String("X-")))
            continue; // Private extensions of other producers carry no meaning for us.
        if (seen.contains(key)) {
            fail(error, QStringLiteral("The recurrence rule gives %1 more than once.").arg(key));
            return std::nullopt;
        }
        seen.insert(key);

        QStringList items = val.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &item : items)
            item = item.trimmed();
        items.removeAll(QString());
        if (items.isEmpty()) {
            fail(error, QStringLiteral("The recurrence rule part %1 has no value.").arg(key));
            return std::nullopt;
        }

        bool ok = true;
        if (key == QLatin1String("FREQ")) {
            const auto it = std::find_if(FrequencyNames.begin(), FrequencyNames.end(),
                                         [&](const char *n) { return val == QLatin1String(n); });
            if (it == FrequencyNames.end()) {
                ok = fail(error, QStringLiteral("\"%1\" is not a known frequency; use DAILY, WEEKLY, MONTHLY or YEARLY.").arg(val));
            } else {
                rule.frequency = Frequency(int(it - FrequencyNames.begin()));
                hasFrequency = true;
                if (rule.frequency < Frequency::Daily)
                    ok = fail(error, QStringLiteral("Schedules that repeat every hour, minute or second are not supported; "
                                                    "use a daily schedule with BYHOUR instead."));
            }
        } else if (key == QLatin1String("INTERVAL") || key == QLatin1String("COUNT")) {
            const std::optional<int> n = toInt(val);
            if (!n || *n < 1 || val.startsWith(QLatin1Char('-')))
                ok = fail(error, QStringLiteral("%1 has the value \"%2\", but it must be a whole number of at least 1.").arg(key, val));
            else
                (key == QLatin1String("COUNT") ? rule.count : rule.interval) = *n;
        } else if (key == QLatin1String("UNTIL")) {
            const auto until = parseUntil(val, &rule.untilIsDate, &rule.untilIsUtc);
            if (!until) {
                ok = fail(error, QStringLiteral("UNTIL has the value \"%1\", which is not a date (20260131) or a date and time (20260131T235959Z).").arg(val));
            } else {
                rule.untilDate = until->first;
                rule.untilTime = until->second;
            }
        } else if (key == QLatin1String("BYDAY")) {
            ok = parseByDay(items, &rule.byDay, error);
        } else if (key == QLatin1String("BYMONTHDAY")) {
            ok = parseIntList(key, items, 1, 31, true, &rule.byMonthDay, error);
        } else if (key == QLatin1String("BYYEARDAY")) {
            ok = parseIntList(key, items, 1, 366, true, &rule.byYearDay, error);
        } else if (key == QLatin1String("BYWEEKNO")) {
            ok = parseIntList(key, items, 1, 53, true, &rule.byWeekNo, error);
        } else if (key == QLatin1String("BYMONTH")) {
            ok = parseIntList(key, items, 1, 12, false, &rule.byMonth, error);
        } else if (key == QLatin1String("BYHOUR")) {
            ok = parseIntList(key, items, 0, 23, false, &rule.byHour, error);
        } else if (key == QLatin1String("BYMINUTE")) {
            ok = parseIntList(key, items, 0, 59, false, &rule.byMinute, error);
        } else if (key == QLatin1String("BYSECOND")) {
            ok = parseIntList(key, items, 0, 59, false, &rule.bySecond, error);
        } else if (key == QLatin1String("BYSETPOS")) {
            ok = parseIntList(key, items, 1, 366, true, &rule.bySetPos, error);
        } else if (key == QLatin1String("WKST")) {
            const std::optional<Qt::DayOfWeek> day = dayFromName(val);
            if (!day)
                ok = fail(error, QStringLiteral("WKST has the value \"%1\", which is not a weekday such as MO or SU.").arg(val));
            else
                rule.weekStart = *day;
        } else {
            ok = fail(error, QStringLiteral("The recurrence rule contains \"%1\", which is not a known rule part.").arg(key));
        }
        if (!ok)
            return std::nullopt;
    }

    if (!hasFrequency) {
        fail(error, QStringLiteral("The recurrence rule does not say how often it repeats (FREQ is missing)."));
        return std::nullopt;
    }
    if (rule.count > 0 && rule.untilDate) {
        fail(error, QStringLiteral("The recurrence rule gives both COUNT and UNTIL; it may give only one of them."));
        return std::nullopt;
    }
    if (!checkCombinations(rule, error))
        return std::nullopt;
    for (QList<int> *list : {&rule.byMonthDay, &rule.byYearDay, &rule.byWeekNo, &rule.byMonth, &rule.byHour,
                             &rule.byMinute, &rule.bySecond, &rule.bySetPos})
        std::sort(list->begin(), list->end());
    return rule;
}

QString RecurrenceRule::toString() const
{
    QStringList parts;
    parts << QStringLiteral("FREQ=") + QLatin1String(FrequencyNames[std::size_t(frequency)]);
    if (untilDate) {
        QString until = untilDate->toString(QStringLiteral("yyyyMMdd"));
        if (!untilIsDate)
            until += QLatin1Char('T') + untilTime.toString(QStringLiteral("HHmmss")) + (untilIsUtc ? QStringLiteral("Z") : QString());
        parts << QStringLiteral("UNTIL=") + until;
    }
    if (count > 0)
        parts << QStringLiteral("COUNT=%1").arg(count);
    if (interval != 1)
        parts << QStringLiteral("INTERVAL=%1").arg(interval);
    const auto addList = [&parts](const char *key, const QList<int> &values) {
        if (!values.isEmpty())
            parts << QLatin1String(key) + QLatin1Char('=') + joinInts(values);
    };
    addList("BYSECOND", bySecond);
    addList("BYMINUTE", byMinute);
    addList("BYHOUR", byHour);
    if (!byDay.isEmpty()) {
        QStringList days;
        for (const WeekdayNum &d : byDay)
            days << (d.ordinal != 0 ? QString::number(d.ordinal) : QString()) + dayName(d.day);
        parts << QStringLiteral("BYDAY=") + days.join(QLatin1Char(','));
    }
    addList("BYMONTHDAY", byMonthDay);
    addList("BYYEARDAY", byYearDay);
    addList("BYWEEKNO", byWeekNo);
    addList("BYMONTH", byMonth);
    addList("BYSETPOS", bySetPos);
    if (weekStart != Qt::Monday)
        parts << QStringLiteral("WKST=") + dayName(weekStart);
    return parts.join(QLatin1Char(';'));
}

bool RecurrenceRule::operator==(const RecurrenceRule &o) const
{
    return frequency == o.frequency && interval == o.interval && count == o.count && untilDate == o.untilDate
        && (untilIsDate || untilTime == o.untilTime) && untilIsDate == o.untilIsDate && untilIsUtc == o.untilIsUtc
        && byDay == o.byDay && byMonthDay == o.byMonthDay && byYearDay == o.byYearDay && byWeekNo == o.byWeekNo
        && byMonth == o.byMonth && byHour == o.byHour && byMinute == o.byMinute && bySecond == o.bySecond
        && bySetPos == o.bySetPos && weekStart == o.weekStart;
}

} // namespace Buurtplein
