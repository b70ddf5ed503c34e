// SPDX-License-Identifier: GPL-3.0-or-later
// A team logs together (issue 18, docs/protocol.md): the real `buurtplein-hub serve` on an
// SQLite file and on PostgreSQL keeps one log per session. A colleague's second log of a
// session is answered as a conflict with the first one's counts and stored nowhere (the
// figures count the session once); naming the first in "replaces" makes it give way; the
// organisation's devices can list which sessions were logged, and nobody else can.
#include "hubtest.h"
#include "hubcatalogfixture.h"
#include "worker/sessionlogpayload.h"
#include "store/hubdatabase.h"
#include "store/organisationstore.h"
#include "store/tokenstore.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

#include <map>

using namespace Buurtplein;
using namespace Buurtplein::HubTest;

namespace {

const QString west = QStringLiteral("welzijn-west");
const QString oost = QStringLiteral("welzijn-oost");
const QString taalcafe = QStringLiteral("welzijn-west:taalcafe");

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/** A log of the taalcafé session at @p stamp, as a device pushes it. */
QJsonObject logOf(const QString &uuid, int attendance, int revision = 1, const QString &stamp = QStringLiteral("20261117T130000Z"),
                  const QString &replaces = {})
{
    SessionLog log;
    log.uuid = uuid;
    log.activityUid = taalcafe;
    log.occurrenceUid = taalcafe + QLatin1Char('/') + stamp;
    log.revision = revision;
    log.attendance = attendance;
    log.volunteers = 1;
    log.replaces = replaces;
    return SessionLogPayload::build(log);
}

QByteArray batch(const QJsonArray &items)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("items"), items}}).toJson(QJsonDocument::Compact);
}

} // namespace

class TestHubTeamLogs : public QObject
{
    Q_OBJECT

    struct Site {
        FreshDatabase fresh;
        HubDatabase db;
        HubProcess hub;
        QByteArray tablet, phone, oostWorker, evaluator, admin; // tablet and phone: two devices of welzijn-west
    };
    QNetworkAccessManager m_nam;

    std::unique_ptr<Site> site(const QString &dialect)
    {
        auto made = std::make_unique<Site>();
        QString error;
        if (!made->fresh.create(dialect, &error) || !made->hub.start(made->fresh.location(), &error) || !made->db.open(made->fresh.location())) {
            qWarning("%s %s", qPrintable(error), qPrintable(made->db.errorString()));
            return nullptr;
        }
        OrganisationStore organisations(made->db);
        TokenStore tokens(made->db);
        const auto token = [&](Role role, const QString &org, const QString &label) {
            return tokens.create(role, org, label, 1, &error).value_or(NewToken()).token.toLatin1();
        };
        if (!organisations.create({west, QStringLiteral("Welzijn West"), QStringLiteral("welzijn")}, 1, &error)
            || !organisations.create({oost, QStringLiteral("Welzijn Oost"), QStringLiteral("welzijn")}, 1, &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        if (!catalogueActivity(made->db, taalcafe, west, &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        made->tablet = token(Role::Worker, west, QStringLiteral("tablet buurthuis"));
        made->phone = token(Role::Worker, west, QStringLiteral("telefoon ambulant"));
        made->oostWorker = token(Role::Worker, oost, QStringLiteral("tablet oost"));
        made->evaluator = token(Role::Evaluator, {}, {});
        made->admin = token(Role::Admin, {}, {});
        if (made->admin.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        return made;
    }

    Answer push(Site *s, const QJsonArray &items, const QByteArray &token)
    {
        return call(m_nam, "POST", s->hub.url(QStringLiteral("/v1/session-logs")), batch(items), token);
    }

    /** The status of each pushed item, in order. */
    static QStringList statuses(const Answer &a)
    {
        QStringList out;
        for (const QJsonValue &item : a.json().value(QStringLiteral("items")).toArray())
            out.append(item[QStringLiteral("status")].toString());
        return out;
    }

    /** The hub's raw logs (admin export): uuid → attendance. */
    QMap<QString, int> stored(Site *s)
    {
        const Answer a = call(m_nam, "GET", s->hub.url(QStringLiteral("/v1/session-logs/export")), {}, s->admin);
        QMap<QString, int> out;
        for (const QJsonValue &v : a.json().value(QStringLiteral("items")).toArray())
            out.insert(v[QStringLiteral("uuid")].toString(), v[QStringLiteral("attendance")].toInt());
        return out;
    }

    /** What the rollups the figures are released from hold: "logs|attendance". */
    static QString rollups(Site *s)
    {
        QSqlQuery q(s->db.connection());
        if (!q.exec(QStringLiteral("SELECT sum(logged), sum(attendance) FROM stats_day")) || !q.next())
            return QStringLiteral("unreadable");
        return QStringLiteral("%1|%2").arg(q.value(0).toLongLong()).arg(q.value(1).toLongLong());
    }

private slots:
    void dialects_data()
    {
        QTest::addColumn<QString>("dialect");
        for (const QString &d : dialects())
            QTest::newRow(qPrintable(d)) << d;
    }

    // The tablet logs the session first; the phone's log of it is a conflict that names
    // the tablet's counts, is stored nowhere and counts nowhere, however often it is sent.
    void secondLogIsAConflict_data() { dialects_data(); }
    void secondLogIsAConflict()
    {
        QFETCH(QString, dialect);
        const auto s = site(dialect);
        QVERIFY(s);
        const QString first = newUuid(), second = newUuid();
        QCOMPARE(statuses(push(s.get(), {logOf(first, 12)}, s->tablet)), QStringList{QStringLiteral("stored")});
        for (int attempt = 0; attempt < 2; ++attempt) {
            const Answer a = push(s.get(), {logOf(second, 15)}, s->phone);
            QCOMPARE(a.status, 200);
            const QJsonObject item = a.json().value(QStringLiteral("items")).toArray().at(0).toObject();
            QCOMPARE(item.value(QStringLiteral("status")).toString(), QStringLiteral("conflict"));
            QCOMPARE(item.value(QStringLiteral("uuid")).toString(), second);
            const QJsonObject current = item.value(QStringLiteral("current")).toObject();
            QCOMPARE(current.value(QStringLiteral("uuid")).toString(), first);
            QCOMPARE(current.value(QStringLiteral("attendance")).toInt(), 12);
            QCOMPARE(current.value(QStringLiteral("held")).toBool(), true);
            QCOMPARE(current.value(QStringLiteral("revision")).toInt(), 1);
        }
        QCOMPARE(stored(s.get()), (QMap<QString, int>{{first, 12}}));
        QCOMPARE(rollups(s.get()), QStringLiteral("1|12"));
        // The first log's own revisions are not second logs.
        QCOMPARE(statuses(push(s.get(), {logOf(first, 13, 2)}, s->tablet)), QStringList{QStringLiteral("stored")});
        QCOMPARE(rollups(s.get()), QStringLiteral("1|13"));
        // Two logs of one session in one request: the first is the session's log.
        const QString a = newUuid(), b = newUuid();
        const QString other = QStringLiteral("20261118T130000Z");
        QCOMPARE(statuses(push(s.get(), {logOf(a, 20, 1, other), logOf(b, 30, 1, other)}, s->phone)),
                 (QStringList{QStringLiteral("stored"), QStringLiteral("conflict")}));
        QCOMPARE(rollups(s.get()), QStringLiteral("2|33"));
    }

    // The phone's worker keeps their own counts: the log that names the tablet's in
    // "replaces" is stored and the tablet's gives way, in the raw logs and the figures.
    // Naming any other log replaces nothing.
    void replacingLogGivesWay_data() { dialects_data(); }
    void replacingLogGivesWay()
    {
        QFETCH(QString, dialect);
        const auto s = site(dialect);
        QVERIFY(s);
        const QString first = newUuid(), second = newUuid(), stranger = newUuid();
        QCOMPARE(statuses(push(s.get(), {logOf(first, 12)}, s->tablet)), QStringList{QStringLiteral("stored")});
        QCOMPARE(statuses(push(s.get(), {logOf(second, 15, 1, QStringLiteral("20261117T130000Z"), stranger)}, s->phone)),
                 QStringList{QStringLiteral("conflict")});
        QCOMPARE(stored(s.get()), (QMap<QString, int>{{first, 12}}));
        QCOMPARE(statuses(push(s.get(), {logOf(second, 15, 1, QStringLiteral("20261117T130000Z"), first)}, s->phone)),
                 QStringList{QStringLiteral("stored")});
        QCOMPARE(stored(s.get()), (QMap<QString, int>{{second, 15}}));
        QCOMPARE(rollups(s.get()), QStringLiteral("1|15"));
        // Sent again, it changes nothing; the tablet's next edit is now the second log.
        QCOMPARE(statuses(push(s.get(), {logOf(second, 15, 1, QStringLiteral("20261117T130000Z"), first)}, s->phone)),
                 QStringList{QStringLiteral("kept")});
        const Answer late = push(s.get(), {logOf(first, 14, 2)}, s->tablet);
        QCOMPARE(statuses(late), QStringList{QStringLiteral("conflict")});
        QCOMPARE(late.json().value(QStringLiteral("items")).toArray().at(0)[QStringLiteral("current")][QStringLiteral("uuid")].toString(),
                 second);
        QCOMPARE(rollups(s.get()), QStringLiteral("1|15"));
    }

    void badReplacesIsRefused_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("replaces");
        for (const QString &d : dialects()) {
            QTest::addRow("%s itself", qPrintable(d)) << d << QStringLiteral("self");
            QTest::addRow("%s not a uuid", qPrintable(d)) << d << QStringLiteral("de log van gisteren");
            QTest::addRow("%s braces", qPrintable(d)) << d << QStringLiteral("{3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f}");
        }
    }
    void badReplacesIsRefused()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, replaces);
        const auto s = site(dialect);
        QVERIFY(s);
        const QString uuid = newUuid();
        QJsonObject log = logOf(uuid, 9);
        log.insert(QStringLiteral("replaces"), replaces == QLatin1String("self") ? uuid : replaces);
        const Answer a = push(s.get(), {log}, s->phone);
        QCOMPARE(a.status, 400);
        QVERIFY2(a.json().value(QStringLiteral("message")).toString().contains(QLatin1String("'replaces'")), a.body.constData());
        QVERIFY(stored(s.get()).isEmpty());
    }

    // Which sessions the organisation logged lately: its own devices see them (occurrence
    // ids, no counts), another organisation and an evaluator do not.
    void loggedSessionsAreListed_data() { dialects_data(); }
    void loggedSessionsAreListed()
    {
        QFETCH(QString, dialect);
        const auto s = site(dialect);
        QVERIFY(s);
        const QStringList stamps = {QStringLiteral("20261117T130000Z"), QStringLiteral("20261110T130000Z"), QStringLiteral("20260801T120000Z")};
        for (const QString &stamp : stamps)
            QCOMPARE(statuses(push(s.get(), {logOf(newUuid(), 11, 1, stamp)}, s->tablet)), QStringList{QStringLiteral("stored")});
        const QUrl url = s->hub.url(QStringLiteral("/v1/session-logs/logged"));
        const Answer phone = call(m_nam, "GET", url, {}, s->phone);
        QCOMPARE(phone.status, 200);
        // The hub's day is 23 November 2026: August is beyond the 70 days a device looks back.
        QCOMPARE(phone.json().value(QStringLiteral("occurrences")).toVariant().toStringList(),
                 (QStringList{taalcafe + QStringLiteral("/20261110T130000Z"), taalcafe + QStringLiteral("/20261117T130000Z")}));
        QCOMPARE(phone.json().keys(), (QStringList{QStringLiteral("from"), QStringLiteral("occurrences")}));
        QVERIFY(!phone.body.contains("attendance"));

        const Answer other = call(m_nam, "GET", url, {}, s->oostWorker);
        QCOMPARE(other.status, 200);
        QVERIFY(other.json().value(QStringLiteral("occurrences")).toArray().isEmpty());
        QCOMPARE(call(m_nam, "GET", url, {}, s->evaluator).status, 403);
        QCOMPARE(call(m_nam, "GET", url, {}, s->admin).status, 403);
        QCOMPARE(call(m_nam, "GET", url).status, 401);
        QCOMPARE(call(m_nam, "GET", s->hub.url(QStringLiteral("/v1/session-logs/logged?organisation=welzijn-oost")), {}, s->phone).status, 400);
    }
};

QTEST_MAIN(TestHubTeamLogs)
#include "tst_hubteamlogs.moc"
