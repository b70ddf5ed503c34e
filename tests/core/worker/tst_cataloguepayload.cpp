// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguepayload.h"
#include "outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

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
const QStringList overrideMembers = names({"occurrenceUid", "activityUid", "originalStart", "status", "newStart", "newEnd",
                                           "newPlaceUid", "reason", "version"});

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

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
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
