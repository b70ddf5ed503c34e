// SPDX-License-Identifier: GPL-3.0-or-later
#include "recurrence/zonerules.h"

#include "recurrence/recurrencelog.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QTimeZone>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace Buurtplein {

Q_LOGGING_CATEGORY(lcRecurrence, "buurtplein.recurrence")

namespace {

constexpr qint64 SecsPerDay = 86400;
constexpr qint64 EpochJulianDay = 2440588; // 1970-01-01

qint64 wallClockSecs(const QDate &date, const QTime &time)
{
    return (date.toJulianDay() - EpochJulianDay) * SecsPerDay + time.msecsSinceStartOfDay() / 1000;
}

class FixedZone final : public ZoneRules
{
public:
    FixedZone(int offset, QString id) : m_offset(offset), m_id(std::move(id)) {}
    QString id() const override { return m_id; }
    int offsetAtUtc(qint64) const override { return m_offset; }

private:
    int m_offset;
    QString m_id;
};

// An IANA zone whose transitions between 1970 and 2100 are read once from the system's
// tz database, so offsetAtUtc() is a binary search instead of a QTimeZone call.
class IanaZone final : public ZoneRules
{
public:
    explicit IanaZone(const QTimeZone &tz) : m_tz(tz)
    {
        const QDateTime from(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
        const QDateTime to(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC);
        m_rangeStart = from.toSecsSinceEpoch();
        m_rangeEnd = to.toSecsSinceEpoch();
        m_initialOffset = tz.offsetFromUtc(from);
        // Asked per year: with a slim tz database, Qt 6.4 returns nothing after the listed
        // changes (to 2037) for a range that starts inside them, though the zone's rule goes on.
        for (int year = 1970; year < 2100; ++year) {
            const QDateTime yearStart(QDate(year, 1, 1), QTime(0, 0), Qt::UTC);
            const QDateTime yearEnd(QDate(year + 1, 1, 1), QTime(0, 0), Qt::UTC);
            for (const QTimeZone::OffsetData &t : tz.transitions(yearStart, yearEnd)) {
                const qint64 at = t.atUtc.toSecsSinceEpoch();
                if (m_at.empty() || at > m_at.back()) {
                    m_at.push_back(at);
                    m_offsets.push_back(t.offsetFromUtc);
                }
            }
        }
    }

    QString id() const override { return QString::fromUtf8(m_tz.id()); }

    int offsetAtUtc(qint64 utcSecs) const override
    {
        if (utcSecs < m_rangeStart || utcSecs >= m_rangeEnd) {
            // Rare: QTimeZone's backends keep caches, so serialise access.
            QMutexLocker lock(&m_mutex);
            return m_tz.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSecs, Qt::UTC));
        }
        const auto it = std::upper_bound(m_at.begin(), m_at.end(), utcSecs);
        if (it == m_at.begin())
            return m_initialOffset;
        return m_offsets[std::size_t(it - m_at.begin() - 1)];
    }

private:
    QTimeZone m_tz;
    qint64 m_rangeStart = 0;
    qint64 m_rangeEnd = 0;
    int m_initialOffset = 0;
    std::vector<qint64> m_at;
    std::vector<int> m_offsets;
    mutable QMutex m_mutex;
};

// Central European Time with the EU's rules (since 1996), used only when the system has
// no tz database, so that the catalogue still expands in the right wall-clock time.
class EuropeanCentralZone final : public ZoneRules
{
public:
    QString id() const override { return QStringLiteral("Europe/Amsterdam"); }

    int offsetAtUtc(qint64 utcSecs) const override
    {
        const int year = QDateTime::fromSecsSinceEpoch(utcSecs, Qt::UTC).date().year();
        const bool summer = utcSecs >= lastSundayOneUtc(year, 3) && utcSecs < lastSundayOneUtc(year, 10);
        return summer ? 7200 : 3600;
    }

private:
    static qint64 lastSundayOneUtc(int year, int month)
    {
        QDate d(year, month, QDate(year, month, 1).daysInMonth());
        d = d.addDays(-(d.dayOfWeek() % 7));
        return wallClockSecs(d, QTime(1, 0));
    }
};

QString fixedId(int offsetSecs)
{
    if (offsetSecs == 0)
        return QStringLiteral("UTC");
    const int abs = std::abs(offsetSecs);
    return QStringLiteral("UTC%1%2:%3")
        .arg(offsetSecs < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(abs / 3600, 2, 10, QLatin1Char('0'))
        .arg((abs % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace

qint64 ZoneRules::toUtc(const QDate &date, const QTime &time) const
{
    const qint64 local = wallClockSecs(date, time.isValid() ? time : QTime(0, 0));
    const int before = offsetAtUtc(local - SecsPerDay);
    const int after = offsetAtUtc(local + SecsPerDay);
    if (before == after)
        return local - before;
    const bool beforeValid = offsetAtUtc(local - before) == before;
    const bool afterValid = offsetAtUtc(local - after) == after;
    if (beforeValid && afterValid)
        return std::min(local - before, local - after);
    if (afterValid)
        return local - after;
    // Valid with the earlier offset only, or in a spring-forward gap: read it with the
    // offset in force before the gap (RFC 5545 3.3.5: 02:30 becomes 03:30 CEST).
    return local - before;
}

std::shared_ptr<const ZoneRules> ZoneRules::amsterdam()
{
    static const std::shared_ptr<const ZoneRules> zone = [] {
        std::shared_ptr<const ZoneRules> z = fromIana(QStringLiteral("Europe/Amsterdam"));
        if (!z) {
            qCWarning(lcRecurrence) << "The system has no tz database entry for Europe/Amsterdam; using built-in EU rules";
            z = std::make_shared<EuropeanCentralZone>();
        }
        return z;
    }();
    return zone;
}

std::shared_ptr<const ZoneRules> ZoneRules::fromIana(const QString &ianaId)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const ZoneRules>> cache;

    QMutexLocker lock(&mutex);
    const auto it = cache.constFind(ianaId);
    if (it != cache.constEnd())
        return it.value();
    std::shared_ptr<const ZoneRules> zone;
    const QByteArray id = ianaId.trimmed().toUtf8();
    if (!id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id)) {
        const QTimeZone tz(id);
        if (tz.isValid())
            zone = std::make_shared<IanaZone>(tz);
    }
    if (!zone)
        qCDebug(lcRecurrence) << "Unknown time zone" << ianaId;
    cache.insert(ianaId, zone);
    return zone;
}

std::shared_ptr<const ZoneRules> ZoneRules::fixed(int offsetSecs, const QString &id)
{
    if (offsetSecs == 0 && id.isEmpty()) {
        static const std::shared_ptr<const ZoneRules> utc = std::make_shared<FixedZone>(0, QStringLiteral("UTC"));
        return utc;
    }
    return std::make_shared<FixedZone>(offsetSecs, id.isEmpty() ? fixedId(offsetSecs) : id);
}

} // namespace Buurtplein
