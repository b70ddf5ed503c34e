// SPDX-License-Identifier: GPL-3.0-or-later
#include "worker/cataloguepayload.h"
#include "catalogue/cataloguestore.h"
#include "storage/database.h"
#include "places/demoloader.h"
#include "worker/outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Buurtplein;

namespace {

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *name : list)
        out.append(QString::fromLatin1(name));
    return out;
}

// The members of each catalogue type, in order. The structured bindings in the tests
// stop compiling when a member is added, so these lists cannot silently fall behind.
const QStringList activityMembers = names({"id", "uid", "organisationUid", "placeUid", "title", "description", "textLanguage",
                                           "translations", "category", "languagesSpoken", "audience", "costCents", "costNote",
                                           "ageMin", "ageMax", "capacity", "registrationRequired", "hostPresent", "programme",
                                           "contact", "status", "version"});
const QStringList scheduleMembers = names({"id", "uid", "activityUid", "startDate", "startTime", "timeZone", "durationMinutes",
                                           "rrule", "exceptionDays", "exceptionStarts", "extraStarts", "validFrom", "validTo",
                                           "version"});
const QStringList organisationMembers = names({"id", "uid", "name", "kind", "version"});
const QStringList placeMembers = names({"id", "uid", "name", "kind", "street", "houseNumber", "postcode", "city", "lat", "lon",
                                        "hasCoordinates", "gemeenteCode", "wijkCode", "buurtCode", "indoorOutdoor",
                                        "accessibility", "openingHours", "validFrom", "validTo", "source", "sourceId",
                                        "version"});
const QStringList overrideMembers = names({"occurrenceUid", "activityUid", "originalStart", "status", "newStart", "newEnd",
                                           "newPlaceUid", "reason", "version"});

Organisation organisation()
{
    Organisation o;
    o.id = 987654321;
    o.uid = QStringLiteral("org-buurt");
    o.name = QStringLiteral("Buurtwerk");
    o.kind = QStringLiteral("welzijn");
    o.version = 2;
    return o;
}

Place place()
{
    Place p;
    p.id = 987654321;
    p.uid = QStringLiteral("mvzn:MV2946-1");
    p.name = QStringLiteral("OBA Javaplein");
    p.kind = QStringLiteral("bibliotheek");
    p.lat = 52.364156;
    p.lon = 4.938757;
    p.hasCoordinates = true;
    p.accessibility = {QStringLiteral("wheelchair")};
    p.validTo = QDate(2027, 1, 1);
    p.version = 4;
    return p;
}

Activity activity()
{
    Activity a;
    a.id = 987654321;
    a.uid = QStringLiteral("org-buurt:act-1");
    a.organisationUid = QStringLiteral("org-buurt");
    a.title = QStringLiteral("Inloopkoffie");
    a.translations.insert(QStringLiteral("en"), {QStringLiteral("Coffee morning"), QStringLiteral("Drop in.")});
    a.category = QStringLiteral("inloop_koffie");
    a.languagesSpoken = {QStringLiteral("nl"), QStringLiteral("ar")};
    a.version = 3;
    return a;
}

Schedule schedule()
{
    Schedule s;
    s.id = 987654321;
    s.uid = QStringLiteral("sch-1");
    s.activityUid = QStringLiteral("org-buurt:act-1");
    s.startDate = QDate(2026, 9, 1);
    s.startTime = QTime(14, 0);
    s.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TU");
    s.exceptionDays = {QDate(2026, 12, 29)};
    s.version = 2;
    return s;
}

OccurrenceOverride change()
{
    OccurrenceOverride o;
    o.occurrenceUid = QStringLiteral("org-buurt:act-1/20261124T130000Z");
    o.activityUid = QStringLiteral("org-buurt:act-1");
    o.originalStart = QDateTime(QDate(2026, 11, 24), QTime(13, 0), Qt::UTC);
    o.status = QStringLiteral("moved");
    o.newStart = QDateTime(QDate(2026, 11, 25), QTime(13, 0), Qt::UTC);
    o.version = 5;
    return o;
}

// Member by member: the first member in which @p a and @p b differ, or an empty string.
QString difference(const Organisation &a, const Organisation &b)
{
    const std::pair<const char *, bool> same[] = {{"uid", a.uid == b.uid}, {"name", a.name == b.name}, {"kind", a.kind == b.kind},
                                                   {"version", a.version == b.version}};
    for (const auto &[name, equal] : same) {
        if (!equal)
            return QString::fromLatin1(name);
    }
    return {};
}

QString difference(const Place &a, const Place &b)
{
    const std::pair<const char *, bool> same[] = {
        {"uid", a.uid == b.uid}, {"name", a.name == b.name}, {"kind", a.kind == b.kind}, {"street", a.street == b.street},
        {"houseNumber", a.houseNumber == b.houseNumber}, {"postcode", a.postcode == b.postcode}, {"city", a.city == b.city},
        {"lat", a.lat == b.lat}, {"lon", a.lon == b.lon}, {"hasCoordinates", a.hasCoordinates == b.hasCoordinates},
        {"gemeenteCode", a.gemeenteCode == b.gemeenteCode}, {"wijkCode", a.wijkCode == b.wijkCode},
        {"buurtCode", a.buurtCode == b.buurtCode}, {"indoorOutdoor", a.indoorOutdoor == b.indoorOutdoor},
        {"accessibility", a.accessibility == b.accessibility}, {"openingHours", a.openingHours == b.openingHours},
        {"validFrom", a.validFrom == b.validFrom}, {"validTo", a.validTo == b.validTo}, {"source", a.source == b.source},
        {"sourceId", a.sourceId == b.sourceId}, {"version", a.version == b.version}};
    for (const auto &[name, equal] : same) {
        if (!equal)
            return QString::fromLatin1(name);
    }
    return {};
}

QString difference(const Activity &a, const Activity &b)
{
    bool translationsEqual = a.translations.keys() == b.translations.keys();
    for (auto it = a.translations.cbegin(); translationsEqual && it != a.translations.cend(); ++it)
        translationsEqual = it->title == b.translations.value(it.key()).title && it->description == b.translations.value(it.key()).description;
    const std::pair<const char *, bool> same[] = {
        {"uid", a.uid == b.uid}, {"organisationUid", a.organisationUid == b.organisationUid}, {"placeUid", a.placeUid == b.placeUid},
        {"title", a.title == b.title}, {"description", a.description == b.description}, {"textLanguage", a.textLanguage == b.textLanguage},
        {"translations", translationsEqual}, {"category", a.category == b.category},
        {"languagesSpoken", a.languagesSpoken == b.languagesSpoken}, {"audience", a.audience == b.audience},
        {"costCents", a.costCents == b.costCents}, {"costNote", a.costNote == b.costNote}, {"ageMin", a.ageMin == b.ageMin},
        {"ageMax", a.ageMax == b.ageMax}, {"capacity", a.capacity == b.capacity},
        {"registrationRequired", a.registrationRequired == b.registrationRequired}, {"hostPresent", a.hostPresent == b.hostPresent},
        {"programme", a.programme == b.programme}, {"contact", a.contact == b.contact}, {"status", a.status == b.status},
        {"version", a.version == b.version}};
    for (const auto &[name, equal] : same) {
        if (!equal)
            return QString::fromLatin1(name);
    }
    return {};
}

QString difference(const Schedule &a, const Schedule &b)
{
    const std::pair<const char *, bool> same[] = {
        {"uid", a.uid == b.uid}, {"activityUid", a.activityUid == b.activityUid}, {"startDate", a.startDate == b.startDate},
        {"startTime", a.startTime == b.startTime}, {"timeZone", a.timeZone == b.timeZone},
        {"durationMinutes", a.durationMinutes == b.durationMinutes}, {"rrule", a.rrule == b.rrule},
        {"exceptionDays", a.exceptionDays == b.exceptionDays}, {"exceptionStarts", a.exceptionStarts == b.exceptionStarts},
        {"extraStarts", a.extraStarts == b.extraStarts}, {"validFrom", a.validFrom == b.validFrom}, {"validTo", a.validTo == b.validTo},
        {"version", a.version == b.version}};
    for (const auto &[name, equal] : same) {
        if (!equal)
            return QString::fromLatin1(name);
    }
    return {};
}

QString difference(const OccurrenceOverride &a, const OccurrenceOverride &b)
{
    const std::pair<const char *, bool> same[] = {
        {"occurrenceUid", a.occurrenceUid == b.occurrenceUid}, {"activityUid", a.activityUid == b.activityUid},
        {"originalStart", a.originalStart == b.originalStart}, {"status", a.status == b.status}, {"newStart", a.newStart == b.newStart},
        {"newEnd", a.newEnd == b.newEnd}, {"newPlaceUid", a.newPlaceUid == b.newPlaceUid}, {"reason", a.reason == b.reason},
        {"version", a.version == b.version}};
    for (const auto &[name, equal] : same) {
        if (!equal)
            return QString::fromLatin1(name);
    }
    return {};
}

// build() then the strict reader gives back the very record; @p what names it in a failure.
template<typename T, typename Read>
void roundTrip(const T &record, Read read, const QString &what)
{
    QString error;
    const QJsonObject json = CataloguePayload::build(record);
    // Through text, as the record travels.
    const QJsonObject travelled = QJsonDocument::fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact)).object();
    const std::optional<T> back = read(travelled, &error);
    QVERIFY2(back, qPrintable(what + QStringLiteral(": ") + error));
    const QString differs = difference(record, *back);
    QVERIFY2(differs.isEmpty(), qPrintable(what + QStringLiteral(" differs in ") + differs));
}

QStringList uids(const QSqlDatabase &db, const char *sql)
{
    QStringList out;
    QSqlQuery q(db);
    q.exec(QString::fromLatin1(sql));
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

} // namespace

class TestCataloguePayload : public QObject
{
    Q_OBJECT

private:
    static void checkDecisions(const QString &kind, const QStringList &members, const QJsonObject &payload)
    {
        const QStringList allowed = CataloguePayload::allowedFields(kind);
        const QStringList deviceOnly = CataloguePayload::deviceOnlyMembers(kind);
        QVERIFY(!toSet(allowed).intersects(toSet(deviceOnly)));
        QCOMPARE(toSet(allowed + deviceOnly), toSet(members));
        QCOMPARE(toSet(payload.keys()), toSet(allowed));
        const QByteArray json = QJsonDocument(payload).toJson(QJsonDocument::Compact);
        QVERIFY2(!json.contains("987654321"), json.constData());
    }

    QTemporaryDir m_dir;
    Database m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_demo.open(m_dir.filePath(QStringLiteral("demo.sqlite"))), qPrintable(m_demo.errorString()));
        CatalogueStore store(m_demo);
        QString error;
        QVERIFY2(DemoLoader::load(store, QStringLiteral(BUURTPLEIN_ASSETS "/demo/demo-neighbourhood.json"), &error), qPrintable(error));
    }

    void organisationPayload()
    {
        Organisation o = organisation();
        auto &[id, uid, name, kind, version] = o;
        Q_UNUSED(id) Q_UNUSED(uid) Q_UNUSED(name) Q_UNUSED(kind) Q_UNUSED(version)
        const QJsonObject p = CataloguePayload::build(o);
        checkDecisions(CataloguePayload::OrganisationKind, organisationMembers, p);
        QCOMPARE(p.value(QStringLiteral("kind")).toString(), QStringLiteral("welzijn"));
    }

    void placePayload()
    {
        Place pl = place();
        auto &[id, uid, name, kind, street, houseNumber, postcode, city, lat, lon, hasCoordinates, gemeenteCode, wijkCode,
               buurtCode, indoorOutdoor, accessibility, openingHours, validFrom, validTo, source, sourceId, version] = pl;
        Q_UNUSED(id) Q_UNUSED(uid) Q_UNUSED(name) Q_UNUSED(kind) Q_UNUSED(street) Q_UNUSED(houseNumber) Q_UNUSED(postcode)
        Q_UNUSED(city) Q_UNUSED(lat) Q_UNUSED(lon) Q_UNUSED(hasCoordinates) Q_UNUSED(gemeenteCode) Q_UNUSED(wijkCode)
        Q_UNUSED(buurtCode) Q_UNUSED(indoorOutdoor) Q_UNUSED(accessibility) Q_UNUSED(openingHours) Q_UNUSED(validFrom)
        Q_UNUSED(validTo) Q_UNUSED(source) Q_UNUSED(sourceId) Q_UNUSED(version)
        const QJsonObject p = CataloguePayload::build(pl);
        checkDecisions(CataloguePayload::PlaceKind, placeMembers, p);
        QCOMPARE(p.value(QStringLiteral("lat")).toDouble(), 52.364156);
        QCOMPARE(p.value(QStringLiteral("validTo")).toString(), QStringLiteral("2027-01-01"));
        QVERIFY(p.value(QStringLiteral("validFrom")).isNull());
        pl.hasCoordinates = false;
        pl.lat = pl.lon = 0;
        QVERIFY(CataloguePayload::build(pl).value(QStringLiteral("lat")).isNull());
        roundTrip(pl, CataloguePayload::readPlace, QStringLiteral("a place without coordinates"));
    }

    // Every record of the demo neighbourhood, as the device's catalogue stores it, survives build() and the reader.
    void demoRoundTrip_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("uid");
        const QSqlDatabase db = m_demo.connection();
        const std::pair<QString, const char *> lists[] = {
            {CataloguePayload::OrganisationKind, "SELECT uid FROM organisation ORDER BY uid"},
            {CataloguePayload::PlaceKind, "SELECT uid FROM place ORDER BY uid"},
            {CataloguePayload::ActivityKind, "SELECT uid FROM activity ORDER BY uid"},
            {CataloguePayload::ScheduleKind, "SELECT uid FROM schedule ORDER BY uid"},
            {CataloguePayload::OverrideKind, "SELECT occurrence_uid FROM occurrence_override ORDER BY occurrence_uid"},
        };
        for (const auto &[kind, sql] : lists) {
            const QStringList found = uids(db, sql);
            QVERIFY2(!found.isEmpty(), qPrintable(kind));
            for (const QString &uid : found)
                QTest::newRow(qPrintable(kind + QLatin1Char(' ') + uid)) << kind << uid;
        }
    }

    void demoRoundTrip()
    {
        QFETCH(QString, kind);
        QFETCH(QString, uid);
        const CatalogueStore store(m_demo);
        if (kind == CataloguePayload::OrganisationKind) {
            roundTrip(store.organisation(uid).value(), CataloguePayload::readOrganisation, uid);
        } else if (kind == CataloguePayload::PlaceKind) {
            roundTrip(store.place(uid).value(), CataloguePayload::readPlace, uid);
        } else if (kind == CataloguePayload::ActivityKind) {
            roundTrip(store.activity(uid).value(), CataloguePayload::readActivity, uid);
        } else if (kind == CataloguePayload::ScheduleKind) {
            roundTrip(store.schedule(uid).value(), CataloguePayload::readSchedule, uid);
        } else {
            roundTrip(store.occurrenceOverride(uid).value(), CataloguePayload::readOverride, uid);
        }
    }

    // A payload that is not exactly right is refused with a sentence naming the problem.
    void refused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QJsonObject>("data");
        QTest::addColumn<QString>("message");
        const QJsonObject org = CataloguePayload::build(organisation());
        const QJsonObject pl = CataloguePayload::build(place());
        const QJsonObject act = CataloguePayload::build(activity());
        const QJsonObject sch = CataloguePayload::build(schedule());
        const QJsonObject ovr = CataloguePayload::build(change());
        auto with = [](QJsonObject o, const char *key, const QJsonValue &value) {
            o.insert(QString::fromLatin1(key), value);
            return o;
        };
        auto without = [](QJsonObject o, const char *key) {
            o.remove(QString::fromLatin1(key));
            return o;
        };
        QTest::newRow("organisation unknown field") << "organisation" << with(org, "phone", "0201234567") << "unknown field 'phone'";
        QTest::newRow("organisation missing kind") << "organisation" << without(org, "kind") << "lacks the field 'kind'";
        QTest::newRow("organisation unknown kind") << "organisation" << with(org, "kind", "casino") << "'casino' as kind";
        QTest::newRow("organisation without name") << "organisation" << with(org, "name", " ") << "needs a name";
        QTest::newRow("organisation version text") << "organisation" << with(org, "version", "2") << "'version' to be a whole number";
        QTest::newRow("place unknown kind") << "place" << with(pl, "kind", "kasteel") << "'kasteel' as kind";
        QTest::newRow("place lat only") << "place" << with(pl, "lon", QJsonValue()) << "both lat and lon";
        QTest::newRow("place off the globe") << "place" << with(pl, "lat", 91.5) << "outside the globe";
        QTest::newRow("place lat as text") << "place" << with(pl, "lat", "52.3") << "'lat' to be a number or null";
        QTest::newRow("place unknown feature") << "place" << with(pl, "accessibility", QJsonArray{"lift", 3}) << "list of strings";
        QTest::newRow("place bad date") << "place" << with(pl, "validTo", "1-1-2027") << "a date such as";
        QTest::newRow("place ends before start") << "place" << with(pl, "validFrom", "2028-01-01") << "is refused: it is valid from";
        QTest::newRow("place without uid") << "place" << with(pl, "uid", "") << "needs a uid";
        QTest::newRow("activity unknown category") << "activity" << with(act, "category", "bingo") << "'bingo' as category";
        QTest::newRow("activity unknown audience") << "activity" << with(act, "audience", "vips") << "'vips' as audience";
        QTest::newRow("activity without title") << "activity" << with(act, "title", "") << "needs a title";
        QTest::newRow("activity fractional cost") << "activity" << with(act, "costCents", 1.5) << "'costCents' to be a whole number";
        QTest::newRow("activity negative cost") << "activity" << with(act, "costCents", -100) << "negative cost";
        QTest::newRow("activity capacity -2") << "activity" << with(act, "capacity", -2) << "-1 (no limit) or more";
        QTest::newRow("activity host as text") << "activity" << with(act, "hostPresent", "yes") << "true or false";
        QTest::newRow("activity unknown status") << "activity" << with(act, "status", "deleted") << "status 'deleted'";
        QTest::newRow("activity bad translation") << "activity"
            << with(act, "translations", QJsonObject{{"en", QJsonObject{{"title", "x"}}}}) << "translation 'en'";
        QTest::newRow("activity is an organisation") << "activity" << org << "unknown field 'kind'";
        QTest::newRow("schedule bad rrule") << "schedule" << with(sch, "rrule", "FREQ=SOMETIMES") << "recurrence rule";
        QTest::newRow("schedule unknown zone") << "schedule" << with(sch, "timeZone", "Mars/Olympus") << "time zone 'Mars/Olympus'";
        QTest::newRow("schedule time with seconds") << "schedule" << with(sch, "startTime", "14:00:30") << "a time such as";
        QTest::newRow("schedule no start date") << "schedule" << with(sch, "startDate", QJsonValue()) << "start date is missing";
        QTest::newRow("schedule local instant") << "schedule" << with(sch, "extraStarts", QJsonArray{"2026-10-01T14:00:00"}) << "UTC time";
        QTest::newRow("schedule without activity") << "schedule" << with(sch, "activityUid", "") << "activityUid";
        QTest::newRow("override wrong id") << "override" << with(ovr, "occurrenceUid", "org-buurt:act-1/x") << "does not match";
        QTest::newRow("override unknown status") << "override" << with(ovr, "status", "postponed") << "status 'postponed'";
        QTest::newRow("override moved nowhere") << "override"
            << with(with(ovr, "newStart", QJsonValue()), "newPlaceUid", "") << "needs a new time or a new place";
        QTest::newRow("unknown kind") << "join" << org << "not a kind of catalogue record";
    }

    void refused()
    {
        QFETCH(QString, kind);
        QFETCH(QJsonObject, data);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!CataloguePayload::normalise(kind, data, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(error.endsWith(QLatin1Char('.')), qPrintable(error));
    }

    void normaliseKeepsGoodPayloads()
    {
        QString error;
        const QJsonObject act = CataloguePayload::build(activity());
        QCOMPARE(CataloguePayload::normalise(CataloguePayload::ActivityKind, act, &error).value_or(QJsonObject()), act);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void activityPayload()
    {
        Activity a = activity();
        auto &[id, uid, organisationUid, placeUid, title, description, textLanguage, translations, category, languagesSpoken,
               audience, costCents, costNote, ageMin, ageMax, capacity, registrationRequired, hostPresent, programme, contact,
               status, version] = a;
        Q_UNUSED(id) Q_UNUSED(uid) Q_UNUSED(organisationUid) Q_UNUSED(placeUid) Q_UNUSED(title) Q_UNUSED(description)
        Q_UNUSED(textLanguage) Q_UNUSED(translations) Q_UNUSED(category) Q_UNUSED(languagesSpoken) Q_UNUSED(audience)
        Q_UNUSED(costCents) Q_UNUSED(costNote) Q_UNUSED(ageMin) Q_UNUSED(ageMax) Q_UNUSED(capacity)
        Q_UNUSED(registrationRequired) Q_UNUSED(hostPresent) Q_UNUSED(programme) Q_UNUSED(contact) Q_UNUSED(status)
        Q_UNUSED(version)
        const QJsonObject p = CataloguePayload::build(a);
        checkDecisions(Outbox::ActivityKind, activityMembers, p);
        QCOMPARE(p.value(QStringLiteral("version")).toInt(), 3);
        QCOMPARE(p.value(QStringLiteral("translations")).toObject().value(QStringLiteral("en")).toObject()
                     .value(QStringLiteral("title")).toString(), QStringLiteral("Coffee morning"));
    }

    void schedulePayload()
    {
        Schedule s = schedule();
        auto &[id, uid, activityUid, startDate, startTime, timeZone, durationMinutes, rrule, exceptionDays, exceptionStarts,
               extraStarts, validFrom, validTo, version] = s;
        Q_UNUSED(id) Q_UNUSED(uid) Q_UNUSED(activityUid) Q_UNUSED(startDate) Q_UNUSED(startTime) Q_UNUSED(timeZone)
        Q_UNUSED(durationMinutes) Q_UNUSED(rrule) Q_UNUSED(exceptionDays) Q_UNUSED(exceptionStarts) Q_UNUSED(extraStarts)
        Q_UNUSED(validFrom) Q_UNUSED(validTo) Q_UNUSED(version)
        const QJsonObject p = CataloguePayload::build(s);
        checkDecisions(Outbox::ScheduleKind, scheduleMembers, p);
        QCOMPARE(p.value(QStringLiteral("startTime")).toString(), QStringLiteral("14:00"));
        QCOMPARE(p.value(QStringLiteral("exceptionDays")).toArray().first().toString(), QStringLiteral("2026-12-29"));
    }

    void overridePayload()
    {
        OccurrenceOverride o = change();
        auto &[occurrenceUid, activityUid, originalStart, status, newStart, newEnd, newPlaceUid, reason, version] = o;
        Q_UNUSED(occurrenceUid) Q_UNUSED(activityUid) Q_UNUSED(originalStart) Q_UNUSED(status) Q_UNUSED(newStart)
        Q_UNUSED(newEnd) Q_UNUSED(newPlaceUid) Q_UNUSED(reason) Q_UNUSED(version)
        const QJsonObject p = CataloguePayload::build(o);
        checkDecisions(Outbox::OverrideKind, overrideMembers, p);
        QCOMPARE(p.value(QStringLiteral("newStart")).toString(), QStringLiteral("2026-11-25T13:00:00Z"));
        QVERIFY(p.value(QStringLiteral("newEnd")).isNull());
    }

    void unknownKindAllowsNothing()
    {
        QVERIFY(CataloguePayload::allowedFields(QStringLiteral("join")).isEmpty());
        QVERIFY(CataloguePayload::allowedFields(Outbox::SessionLogKind).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCataloguePayload)
#include "tst_cataloguepayload.moc"
