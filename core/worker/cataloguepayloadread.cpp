// SPDX-License-Identifier: GPL-3.0-or-later
// The strict readers of CataloguePayload: what the hub accepts from a worker and what a
// device applies from the feed. The builders are in cataloguepayload.cpp.
#include "worker/cataloguepayload.h"
#include "catalogue/cataloguerows.h"
#include "storage/vocabulary.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace Buurtplein::CataloguePayload {

namespace {

// Reads one payload strictly. The first problem found is kept as a sentence; later
// reads then return empty values, so a reader runs to its end without checking each step.
class Reader
{
public:
    Reader(const QJsonObject &object, const QString &kind, QString *error)
        : m_object(object), m_kind(kind), m_error(error)
    {
        const QStringList allowed = allowedFields(kind);
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key())) {
                fail(QStringLiteral("has an unknown field '%1'.").arg(it.key()));
                return;
            }
        }
        for (const QString &key : allowed) {
            if (!object.contains(key)) {
                fail(QStringLiteral("lacks the field '%1'.").arg(key));
                return;
            }
        }
    }

    bool ok() const { return m_ok; }

    void fail(const QString &problem)
    {
        if (!m_ok)
            return;
        m_ok = false;
        const QString uid = m_object.value(m_kind == OverrideKind ? QStringLiteral("occurrenceUid") : QStringLiteral("uid")).toString();
        *m_error = uid.isEmpty() ? QStringLiteral("The %1 %2").arg(m_kind, problem)
                                 : QStringLiteral("The %1 '%2' %3").arg(m_kind, uid, problem);
    }

    QString string(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isString())
            fail(QStringLiteral("needs '%1' to be a string.").arg(key));
        return v.toString();
    }

    int integer(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::floor(d) || d < -2147483648.0 || d > 2147483647.0)
            fail(QStringLiteral("needs '%1' to be a whole number.").arg(key));
        return m_ok ? int(d) : 0;
    }

    bool boolean(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isBool())
            fail(QStringLiteral("needs '%1' to be true or false.").arg(key));
        return v.toBool();
    }

    std::optional<double> optionalNumber(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isNull())
            return std::nullopt;
        if (!v.isDouble())
            fail(QStringLiteral("needs '%1' to be a number or null.").arg(key));
        return v.toDouble();
    }

    QStringList strings(const QString &key)
    {
        QStringList out;
        const QJsonValue v = m_object.value(key);
        if (!v.isArray())
            fail(QStringLiteral("needs '%1' to be a list of strings.").arg(key));
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString())
                fail(QStringLiteral("needs '%1' to be a list of strings.").arg(key));
            out.append(item.toString());
        }
        return out;
    }

    QDate date(const QString &key) { return dateOf(m_object.value(key), key, true); }
    QDateTime instant(const QString &key) { return instantOf(m_object.value(key), key, true); }

    QTime time(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isNull())
            return {};
        const QTime t = QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
        if (!v.isString() || !t.isValid())
            fail(QStringLiteral("needs '%1' to be a time such as \"14:00\" or null.").arg(key));
        return t;
    }

    QList<QDate> dates(const QString &key)
    {
        QList<QDate> out;
        for (const QJsonValue &item : list(key))
            out.append(dateOf(item, key, false));
        return out;
    }

    QList<QDateTime> instants(const QString &key)
    {
        QList<QDateTime> out;
        for (const QJsonValue &item : list(key))
            out.append(instantOf(item, key, false));
        return out;
    }

    QJsonObject object(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isObject())
            fail(QStringLiteral("needs '%1' to be an object.").arg(key));
        return v.toObject();
    }

    /** A value of @p terms, or, when @p allowEmpty, "". */
    QString term(const QString &key, bool (*known)(const QString &), bool allowEmpty)
    {
        const QString value = string(key);
        if (m_ok && !(allowEmpty && value.isEmpty()) && !known(value))
            fail(QStringLiteral("has '%1' as %2, which Buurtplein does not know.").arg(value, key));
        return value;
    }

    // The device store's own checks, so that the hub never accepts what a device would refuse.
    // Activity problems read as a predicate ("needs a title."); the others as a clause.
    void check(const QString &problem, bool predicate = false)
    {
        if (!problem.isEmpty())
            fail(predicate ? problem : QStringLiteral("is refused: ") + problem);
    }

private:
    QJsonArray list(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isArray())
            fail(QStringLiteral("needs '%1' to be a list.").arg(key));
        return v.toArray();
    }

    QDate dateOf(const QJsonValue &v, const QString &key, bool nullable)
    {
        if (nullable && v.isNull())
            return {};
        const QDate d = QDate::fromString(v.toString(), QStringLiteral("yyyy-MM-dd"));
        if (!v.isString() || !d.isValid())
            fail(QStringLiteral("needs %1 in '%2' to be a date such as \"2026-09-01\".").arg(nullable ? QStringLiteral("the value") : QStringLiteral("each value"), key));
        return d;
    }

    QDateTime instantOf(const QJsonValue &v, const QString &key, bool nullable)
    {
        if (nullable && v.isNull())
            return {};
        const QString text = v.toString();
        const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
        if (!v.isString() || !t.isValid() || !text.endsWith(QLatin1Char('Z'))) {
            fail(QStringLiteral("needs %1 in '%2' to be a UTC time such as \"2026-11-24T13:00:00Z\".")
                     .arg(nullable ? QStringLiteral("the value") : QStringLiteral("each value"), key));
            return {};
        }
        return t.toUTC();
    }

    const QJsonObject &m_object;
    QString m_kind;
    QString *m_error;
    bool m_ok = true;
};

template<typename T>
std::optional<T> result(const Reader &reader, const T &value)
{
    return reader.ok() ? std::optional<T>(value) : std::nullopt;
}

// A uid names a record between devices and the hub, so it must be there and be plain text.
void checkUid(Reader &r, const QString &uid)
{
    if (uid.trimmed().isEmpty() || uid != uid.trimmed() || uid.size() > 256)
        r.fail(QStringLiteral("needs a uid of 1 to 256 characters without surrounding spaces."));
}

void checkVersion(Reader &r, int version)
{
    if (version < 0)
        r.fail(QStringLiteral("cannot have a negative version."));
}

} // namespace

std::optional<Organisation> readOrganisation(const QJsonObject &data, QString *error)
{
    Reader r(data, OrganisationKind, error);
    Organisation o;
    o.uid = r.string(QStringLiteral("uid"));
    o.name = r.string(QStringLiteral("name"));
    o.kind = r.term(QStringLiteral("kind"), Vocabulary::isOrganisationKind, false);
    o.version = r.integer(QStringLiteral("version"));
    checkUid(r, o.uid);
    if (o.name.trimmed().isEmpty())
        r.fail(QStringLiteral("needs a name."));
    checkVersion(r, o.version);
    return result(r, o);
}

std::optional<Place> readPlace(const QJsonObject &data, QString *error)
{
    Reader r(data, PlaceKind, error);
    Place p;
    p.uid = r.string(QStringLiteral("uid"));
    p.name = r.string(QStringLiteral("name"));
    p.kind = r.term(QStringLiteral("kind"), Vocabulary::isPlaceKind, false);
    p.street = r.string(QStringLiteral("street"));
    p.houseNumber = r.string(QStringLiteral("houseNumber"));
    p.postcode = r.string(QStringLiteral("postcode"));
    p.city = r.string(QStringLiteral("city"));
    const auto lat = r.optionalNumber(QStringLiteral("lat"));
    const auto lon = r.optionalNumber(QStringLiteral("lon"));
    p.gemeenteCode = r.string(QStringLiteral("gemeenteCode"));
    p.wijkCode = r.string(QStringLiteral("wijkCode"));
    p.buurtCode = r.string(QStringLiteral("buurtCode"));
    p.indoorOutdoor = r.string(QStringLiteral("indoorOutdoor"));
    p.accessibility = r.strings(QStringLiteral("accessibility"));
    p.openingHours = r.string(QStringLiteral("openingHours"));
    p.validFrom = r.date(QStringLiteral("validFrom"));
    p.validTo = r.date(QStringLiteral("validTo"));
    p.source = r.string(QStringLiteral("source"));
    p.sourceId = r.string(QStringLiteral("sourceId"));
    p.version = r.integer(QStringLiteral("version"));
    checkUid(r, p.uid);
    if (p.name.trimmed().isEmpty())
        r.fail(QStringLiteral("needs a name."));
    if (lat.has_value() != lon.has_value())
        r.fail(QStringLiteral("needs both lat and lon, or neither."));
    p.hasCoordinates = lat && lon;
    p.lat = lat.value_or(0);
    p.lon = lon.value_or(0);
    if (p.hasCoordinates && (p.lat < -90 || p.lat > 90 || p.lon < -180 || p.lon > 180))
        r.fail(QStringLiteral("has coordinates outside the globe."));
    if (r.ok())
        r.check(CatalogueRows::placeProblem(p));
    checkVersion(r, p.version);
    return result(r, p);
}

std::optional<Activity> readActivity(const QJsonObject &data, QString *error)
{
    Reader r(data, ActivityKind, error);
    Activity a;
    a.uid = r.string(QStringLiteral("uid"));
    a.organisationUid = r.string(QStringLiteral("organisationUid"));
    a.placeUid = r.string(QStringLiteral("placeUid"));
    a.title = r.string(QStringLiteral("title"));
    a.description = r.string(QStringLiteral("description"));
    a.textLanguage = r.string(QStringLiteral("textLanguage"));
    const QJsonObject translations = r.object(QStringLiteral("translations"));
    for (auto it = translations.begin(); it != translations.end() && r.ok(); ++it) {
        const QJsonObject t = it.value().toObject();
        const QStringList names = t.keys();
        const QSet<QString> keys(names.cbegin(), names.cend());
        if (!it.value().isObject() || keys != QSet<QString>{QStringLiteral("title"), QStringLiteral("description")}
            || !t.value(QStringLiteral("title")).isString() || !t.value(QStringLiteral("description")).isString()) {
            r.fail(QStringLiteral("needs translation '%1' to be {\"title\": string, \"description\": string}.").arg(it.key()));
            break;
        }
        a.translations.insert(it.key(), {t.value(QStringLiteral("title")).toString(), t.value(QStringLiteral("description")).toString()});
    }
    a.category = r.term(QStringLiteral("category"), Vocabulary::isCategory, false);
    a.languagesSpoken = r.strings(QStringLiteral("languagesSpoken"));
    a.audience = r.term(QStringLiteral("audience"), Vocabulary::isAudience, true);
    a.costCents = r.integer(QStringLiteral("costCents"));
    a.costNote = r.string(QStringLiteral("costNote"));
    a.ageMin = r.integer(QStringLiteral("ageMin"));
    a.ageMax = r.integer(QStringLiteral("ageMax"));
    a.capacity = r.integer(QStringLiteral("capacity"));
    a.registrationRequired = r.boolean(QStringLiteral("registrationRequired"));
    a.hostPresent = r.boolean(QStringLiteral("hostPresent"));
    a.programme = r.string(QStringLiteral("programme"));
    a.contact = r.string(QStringLiteral("contact"));
    a.status = r.string(QStringLiteral("status"));
    a.version = r.integer(QStringLiteral("version"));
    checkUid(r, a.uid);
    if (a.ageMin < -1 || a.ageMax < -1 || a.capacity < -1)
        r.fail(QStringLiteral("needs ageMin, ageMax and capacity to be -1 (no limit) or more."));
    if (r.ok())
        r.check(CatalogueRows::activityProblem(a), true);
    checkVersion(r, a.version);
    return result(r, a);
}

std::optional<Schedule> readSchedule(const QJsonObject &data, QString *error)
{
    Reader r(data, ScheduleKind, error);
    Schedule s;
    s.uid = r.string(QStringLiteral("uid"));
    s.activityUid = r.string(QStringLiteral("activityUid"));
    s.startDate = r.date(QStringLiteral("startDate"));
    s.startTime = r.time(QStringLiteral("startTime"));
    s.timeZone = r.string(QStringLiteral("timeZone"));
    s.durationMinutes = r.integer(QStringLiteral("durationMinutes"));
    s.rrule = r.string(QStringLiteral("rrule"));
    s.exceptionDays = r.dates(QStringLiteral("exceptionDays"));
    s.exceptionStarts = r.instants(QStringLiteral("exceptionStarts"));
    s.extraStarts = r.instants(QStringLiteral("extraStarts"));
    s.validFrom = r.date(QStringLiteral("validFrom"));
    s.validTo = r.date(QStringLiteral("validTo"));
    s.version = r.integer(QStringLiteral("version"));
    checkUid(r, s.uid);
    if (s.activityUid.isEmpty())
        r.fail(QStringLiteral("needs the activityUid of its activity."));
    if (r.ok())
        r.check(CatalogueRows::scheduleProblem(s));
    checkVersion(r, s.version);
    return result(r, s);
}

std::optional<OccurrenceOverride> readOverride(const QJsonObject &data, QString *error)
{
    Reader r(data, OverrideKind, error);
    OccurrenceOverride o;
    o.occurrenceUid = r.string(QStringLiteral("occurrenceUid"));
    o.activityUid = r.string(QStringLiteral("activityUid"));
    o.originalStart = r.instant(QStringLiteral("originalStart"));
    o.status = r.string(QStringLiteral("status"));
    o.newStart = r.instant(QStringLiteral("newStart"));
    o.newEnd = r.instant(QStringLiteral("newEnd"));
    o.newPlaceUid = r.string(QStringLiteral("newPlaceUid"));
    o.reason = r.string(QStringLiteral("reason"));
    o.version = r.integer(QStringLiteral("version"));
    if (o.activityUid.isEmpty())
        r.fail(QStringLiteral("needs the activityUid of its activity."));
    if (r.ok())
        r.check(CatalogueRows::overrideProblem(o));
    checkVersion(r, o.version);
    return result(r, o);
}

std::optional<QJsonObject> normalise(const QString &kind, const QJsonObject &data, QString *error)
{
    auto rebuild = [](const auto &record) -> std::optional<QJsonObject> {
        if (!record)
            return std::nullopt;
        return build(*record);
    };
    if (kind == OrganisationKind)
        return rebuild(readOrganisation(data, error));
    if (kind == PlaceKind)
        return rebuild(readPlace(data, error));
    if (kind == ActivityKind)
        return rebuild(readActivity(data, error));
    if (kind == ScheduleKind)
        return rebuild(readSchedule(data, error));
    if (kind == OverrideKind)
        return rebuild(readOverride(data, error));
    *error = QStringLiteral("'%1' is not a kind of catalogue record; use one of %2.").arg(kind, kinds().join(QStringLiteral(", ")));
    return std::nullopt;
}

} // namespace Buurtplein::CataloguePayload
