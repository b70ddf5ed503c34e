// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubtest.h"
#include "worker/sessionlogpayload.h"
#include "store/hubdatabase.h"
#include "store/hubsecret.h"
#include "store/joincountstore.h"
#include "store/organisationstore.h"
#include "store/sessionlogstore.h"
#include "store/tokenstore.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>

#include <map>

using namespace Buurtplein;
using namespace Buurtplein::HubTest;

namespace {

const QString west = QStringLiteral("welzijn-west");
const QString oost = QStringLiteral("welzijn-oost");
const QString noord = QStringLiteral("welzijn-noord"); // an organisation without logs
const QString westOccurrence = QStringLiteral("welzijn-west:taalcafe/20261124T130000Z");

// Short names for the seeded logs, so that rows can say which logs they expect.
const QHash<QString, QString> names = {
    {QStringLiteral("6f1c1a52-0000-4000-8000-000000000001"), QStringLiteral("w1")},
    {QStringLiteral("6f1c1a52-0000-4000-8000-000000000002"), QStringLiteral("w2")},
    {QStringLiteral("6f1c1a52-0000-4000-8000-000000000003"), QStringLiteral("o1")},
};

QString uuidOf(const QString &name)
{
    return names.key(name);
}

SessionLog makeLog(const QString &name, int revision, const QString &activity)
{
    SessionLog log;
    log.uuid = uuidOf(name);
    log.activityUid = activity;
    // The hub keeps one log per session: w2 logs the session a week before w1's.
    log.occurrenceUid = activity + (name == QLatin1String("w2") ? QStringLiteral("/20261117T130000Z") : QStringLiteral("/20261124T130000Z"));
    log.revision = revision;
    log.attendance = revision; // so that the exported row shows which revision won
    log.ageBands = {0, 1, 0, 0, 0};
    return log;
}

/**
 * Three organisations: west has w1 (pushed at revisions 1, 3, then 2) and w2 (revision 2),
 * oost has o1 (revision 5), noord has none; and four anonymous joins of west's session.
 */
bool seed(HubDatabase &db, QString *error)
{
    OrganisationStore organisations(db);
    for (const QString &uid : {west, oost, noord}) {
        if (!organisations.create({uid, uid.toUpper(), QStringLiteral("welzijn")}, 1, error))
            return false;
    }
    SessionLogStore store(db);
    const QString westActivity = QStringLiteral("welzijn-west:taalcafe");
    return store.store({makeLog(QStringLiteral("w1"), 1, westActivity), makeLog(QStringLiteral("w2"), 2, westActivity)}, west, 10, error)
        && store.store({makeLog(QStringLiteral("w1"), 3, westActivity)}, west, 11, error)
        && store.store({makeLog(QStringLiteral("w1"), 2, westActivity)}, west, 12, error)
        && store.store({makeLog(QStringLiteral("o1"), 5, QStringLiteral("welzijn-oost:koffie"))}, oost, 13, error)
        && JoinCountStore(db).store({{westOccurrence, HubSecret::newToken()}, {westOccurrence, HubSecret::newToken()},
                                     {westOccurrence, HubSecret::newToken()}, {westOccurrence, HubSecret::newToken()}}, error) == 4;
}

/** @p items as sorted "name:revision:attendance:organisation", which says which logs, at which revision, of whom. */
QStringList summary(const QJsonArray &items)
{
    QStringList out;
    for (const QJsonValue &v : items) {
        const QJsonObject row = v.toObject();
        out.append(QStringLiteral("%1:%2:%3:%4")
                       .arg(names.value(row.value(QStringLiteral("uuid")).toString(), QStringLiteral("?")))
                       .arg(row.value(QStringLiteral("revision")).toInt())
                       .arg(row.value(QStringLiteral("attendance")).toInt())
                       .arg(row.value(QStringLiteral("organisation")).toString()));
    }
    out.sort();
    return out;
}

QStringList expected(const QString &rows)
{
    QStringList out = rows.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    out.sort();
    return out;
}

QJsonArray readItems(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("items")).toArray();
}

} // namespace

// Raw session logs are personal data (SPEC, privacy 8): an organisation's logs can be
// exported (CLI and the admin HTTP export's filter) and deleted, and only its own.
class TestHubLogs : public QObject
{
    Q_OBJECT

    // One seeded hub per dialect for the exports, which change nothing.
    struct Site {
        FreshDatabase fresh;
        HubDatabase db;
        HubProcess hub;
        QByteArray admin, worker;
    };
    std::map<QString, std::unique_ptr<Site>> m_sites;
    QNetworkAccessManager m_nam;

    Site *site(const QString &dialect)
    {
        auto &slot = m_sites[dialect];
        if (slot)
            return slot.get();
        auto made = std::make_unique<Site>();
        QString error;
        if (!made->fresh.create(dialect, &error) || !made->db.open(made->fresh.location()) || !seed(made->db, &error)
            || !made->hub.start(made->fresh.location(), &error)) {
            qWarning("%s %s", qPrintable(error), qPrintable(made->db.errorString()));
            return nullptr;
        }
        TokenStore tokens(made->db);
        made->admin = tokens.create(Role::Admin, {}, {}, 1, &error).value_or(NewToken()).token.toLatin1();
        made->worker = tokens.create(Role::Worker, west, {}, 1, &error).value_or(NewToken()).token.toLatin1();
        if (made->admin.isEmpty() || made->worker.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        slot = std::move(made);
        return slot.get();
    }

    Answer httpExport(Site *s, const QString &query, const QByteArray &token)
    {
        return call(m_nam, "GET", s->hub.url(QStringLiteral("/v1/session-logs/export") + query), {}, token);
    }

    static QStringList everything(HubDatabase &db)
    {
        QString error;
        const QStringList all = summary(SessionLogStore(db).exportAll(&error));
        return error.isEmpty() ? all : QStringList{error};
    }

    static qint64 joinTotal(HubDatabase &db)
    {
        return JoinCountStore(db).total(westOccurrence);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFile::exists(hubPath()), qPrintable(hubPath()));
    }

    void cleanupTestCase()
    {
        for (auto &[dialect, s] : m_sites) {
            const QByteArray log = s->hub.stop();
            QVERIFY2(log.contains("path=/v1/session-logs/export status=200"), log.constData());
            QVERIFY2(!log.contains("\"uuid\"") && !log.contains("attendance"), log.constData());
        }
        m_sites.clear();
    }

    void exportPerOrganisation_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("organisation");
        QTest::addColumn<QString>("rows");
        for (const QString &d : dialects()) {
            QTest::addRow("%s west", qPrintable(d)) << d << west << "w1:3:3:welzijn-west w2:2:2:welzijn-west";
            QTest::addRow("%s oost", qPrintable(d)) << d << oost << "o1:5:5:welzijn-oost";
            QTest::addRow("%s noord, no logs", qPrintable(d)) << d << noord << "";
        }
    }

    // The CLI file and the HTTP filter hold exactly the organisation's logs at their highest
    // revision, each row exactly as the unfiltered export has it.
    void exportPerOrganisation()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, organisation);
        QFETCH(QString, rows);
        Site *s = site(dialect);
        QVERIFY(s);
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("logs.json"));
        const CliRun r = runHub({"logs", "export", "--org", organisation, "--to", target, "--db", s->fresh.location()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains(QStringLiteral("exported %1 session logs of %2").arg(expected(rows).size()).arg(organisation).toUtf8()),
                 r.out.constData());
        const QJsonArray fromFile = readItems(target);
        QCOMPARE(summary(fromFile), expected(rows));
        QCOMPARE(QFile::permissions(target) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());

        const Answer filtered = httpExport(s, QStringLiteral("?organisation=") + organisation, s->admin);
        QVERIFY2(filtered.status == 200, filtered.body.constData());
        QCOMPARE(filtered.json().value(QStringLiteral("items")).toArray(), fromFile);

        const Answer all = httpExport(s, {}, s->admin);
        QVERIFY2(all.status == 200, all.body.constData());
        QJsonArray own;
        for (const QJsonValue &v : all.json().value(QStringLiteral("items")).toArray()) {
            if (v.toObject().value(QStringLiteral("organisation")).toString() == organisation)
                own.append(v);
        }
        QCOMPARE(fromFile, own);
    }

    void exportRefused_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QStringList>("args"); // TARGET and DB stand for the file and the database
        QTest::addColumn<QString>("words");
        for (const QString &d : dialects()) {
            const auto row = [&](const char *name, const QStringList &args, const char *words) {
                QTest::addRow("%s %s", qPrintable(d), name) << d << args << QString::fromLatin1(words);
            };
            row("unknown organisation", {"--org", "nope", "--to", "TARGET", "--db", "DB"}, "The hub has no organisation nope; nothing was written");
            row("target exists", {"--org", "welzijn-west", "--to", "EXISTING", "--db", "DB"}, "exists already");
            row("no folder", {"--org", "welzijn-west", "--to", "NOFOLDER", "--db", "DB"}, "There is no folder");
            row("no --to", {"--org", "welzijn-west", "--db", "DB"}, "logs export needs --to");
            row("no --org", {"--to", "TARGET", "--db", "DB"}, "logs export needs --org");
            row("unknown option", {"--org", "welzijn-west", "--to", "TARGET", "--format", "csv", "--db", "DB"}, "has no option --format");
        }
        QTest::addRow("sqlite missing database") << QStringLiteral("sqlite") << QStringList{"--org", "welzijn-west", "--to", "TARGET", "--db", "MISSING"}
                                                 << QStringLiteral("There is no hub database");
    }

    // A refused export writes nothing, leaves an existing file as it was and changes no log.
    void exportRefused()
    {
        QFETCH(QString, dialect);
        QFETCH(QStringList, args);
        QFETCH(QString, words);
        Site *s = site(dialect);
        QVERIFY(s);
        QTemporaryDir dir;
        const QString existing = dir.filePath(QStringLiteral("existing.json"));
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("keep me") == 7);
        file.close();
        const QStringList before = everything(s->db);
        args.replaceInStrings(QRegularExpression(QStringLiteral("^TARGET$")), dir.filePath(QStringLiteral("logs.json")));
        args.replaceInStrings(QRegularExpression(QStringLiteral("^EXISTING$")), existing);
        args.replaceInStrings(QRegularExpression(QStringLiteral("^NOFOLDER$")), dir.filePath(QStringLiteral("no/such/logs.json")));
        args.replaceInStrings(QRegularExpression(QStringLiteral("^MISSING$")), dir.filePath(QStringLiteral("none.sqlite")));
        args.replaceInStrings(QRegularExpression(QStringLiteral("^DB$")), s->fresh.location());

        const CliRun r = runHub(QStringList{"logs", "export"} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(words.toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{"existing.json"});
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("keep me"));
        QCOMPARE(everything(s->db), before);
    }

    void httpExportRefused_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("caller");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        for (const QString &d : dialects()) {
            const auto row = [&](const char *name, const char *query, const char *caller, int status, const char *error) {
                QTest::addRow("%s %s", qPrintable(d), name) << d << QString::fromLatin1(query) << QString::fromLatin1(caller) << status
                                                           << QString::fromLatin1(error);
            };
            row("unknown organisation", "?organisation=nope", "admin", 404, "not_found");
            row("empty organisation", "?organisation=", "admin", 400, "invalid_query");
            row("organisation twice", "?organisation=welzijn-west&organisation=welzijn-oost", "admin", 400, "invalid_query");
            row("other parameter", "?organisation=welzijn-west&since=2026", "admin", 400, "invalid_query");
            row("worker, own organisation", "?organisation=welzijn-west", "worker", 403, "forbidden");
            row("nobody", "?organisation=welzijn-west", "nobody", 401, "unauthorised");
        }
    }

    void httpExportRefused()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, query);
        QFETCH(QString, caller);
        QFETCH(int, status);
        QFETCH(QString, error);
        Site *s = site(dialect);
        QVERIFY(s);
        const QByteArray token = caller == QLatin1String("admin") ? s->admin : caller == QLatin1String("worker") ? s->worker : QByteArray();
        const Answer a = httpExport(s, query, token);
        QVERIFY2(a.status == status, a.body.constData());
        QCOMPARE(a.error(), error);
        QVERIFY(!a.json().contains(QStringLiteral("items")));
        QVERIFY2(!a.json().value(QStringLiteral("message")).toString().isEmpty(), a.body.constData());
    }

    void deletePerOrganisation_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("organisation");
        QTest::addColumn<int>("deleted");
        QTest::addColumn<QString>("left");
        for (const QString &d : dialects()) {
            QTest::addRow("%s west", qPrintable(d)) << d << west << 2 << "o1:5:5:welzijn-oost";
            QTest::addRow("%s oost", qPrintable(d)) << d << oost << 1 << "w1:3:3:welzijn-west w2:2:2:welzijn-west";
            QTest::addRow("%s noord, no logs", qPrintable(d)) << d << noord << 0 << "o1:5:5:welzijn-oost w1:3:3:welzijn-west w2:2:2:welzijn-west";
        }
    }

    // Deleting one organisation's logs leaves the others' logs and every join count as they were.
    void deletePerOrganisation()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, organisation);
        QFETCH(int, deleted);
        QFETCH(QString, left);
        FreshDatabase fresh;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        QJsonArray othersBefore;
        {
            HubDatabase db;
            QVERIFY2(db.open(fresh.location()), qPrintable(db.errorString()));
            QVERIFY2(seed(db, &error), qPrintable(error));
            for (const QJsonValue &v : SessionLogStore(db).exportAll(&error)) {
                if (v.toObject().value(QStringLiteral("organisation")).toString() != organisation)
                    othersBefore.append(v);
            }
        }
        const CliRun r = runHub({"logs", "delete", "--org", organisation, "--confirm", organisation, "--db", fresh.location()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains(QStringLiteral("deleted %1 session logs of %2").arg(deleted).arg(organisation).toUtf8()), r.out.constData());
        HubDatabase db;
        QVERIFY2(db.open(fresh.location()), qPrintable(db.errorString()));
        QCOMPARE(everything(db), expected(left));
        QCOMPARE(SessionLogStore(db).exportAll(&error), othersBefore); // every field of the others' rows
        QVERIFY(SessionLogStore(db).exportOrganisation(organisation, &error).isEmpty());
        QCOMPARE(joinTotal(db), 4);
    }

    void deleteRefused_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("words");
        for (const QString &d : dialects()) {
            const auto row = [&](const char *name, const QStringList &args, const char *words) {
                QTest::addRow("%s %s", qPrintable(d), name) << d << args << QString::fromLatin1(words);
            };
            row("confirm mismatch", {"--org", "welzijn-west", "--confirm", "welzijn-oost"}, "--confirm must repeat the organisation uid");
            row("confirm differs in case", {"--org", "welzijn-west", "--confirm", "Welzijn-West"}, "--confirm must repeat");
            row("no confirm", {"--org", "welzijn-west"}, "logs delete needs --confirm");
            row("no org", {"--confirm", "welzijn-west"}, "logs delete needs --org");
            row("unknown organisation", {"--org", "nope", "--confirm", "nope"}, "The hub has no organisation nope; nothing was deleted");
            row("org twice", {"--org", "welzijn-west", "--org", "welzijn-oost", "--confirm", "welzijn-west"}, "given twice");
        }
    }

    // A refused deletion deletes nothing at all.
    void deleteRefused()
    {
        QFETCH(QString, dialect);
        QFETCH(QStringList, args);
        QFETCH(QString, words);
        FreshDatabase fresh;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        QStringList before;
        {
            HubDatabase db;
            QVERIFY2(db.open(fresh.location()), qPrintable(db.errorString()));
            QVERIFY2(seed(db, &error), qPrintable(error));
            before = everything(db);
        }
        QCOMPARE(before.size(), 3);
        const CliRun r = runHub(QStringList{"logs", "delete"} + args + QStringList{"--db", fresh.location()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(words.toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
        HubDatabase db;
        QVERIFY2(db.open(fresh.location()), qPrintable(db.errorString()));
        QCOMPARE(everything(db), before);
        QCOMPARE(joinTotal(db), 4);
    }

    // Deleting from a database that is not there must not make an empty one.
    void deleteNeedsADatabase()
    {
        QTemporaryDir dir;
        const CliRun r = runHub({"logs", "delete", "--org", "welzijn-west", "--confirm", "welzijn-west", "--db", dir.filePath(QStringLiteral("none.sqlite"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("There is no hub database"), r.err.constData());
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void help_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("usage");
        QTest::newRow("export") << QStringList{"logs", "export"} << "usage: buurtplein-hub logs export --org ORG_UID --to FILE [--db DB]";
        QTest::newRow("delete") << QStringList{"logs", "delete"} << "usage: buurtplein-hub logs delete --org ORG_UID --confirm ORG_UID [--db DB]";
    }

    void help()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, usage);
        const CliRun r = runHub(command + QStringList{"--help"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out.trimmed()), usage);
        QVERIFY(runHub({"--help"}).out.contains(usage.mid(QStringLiteral("usage: buurtplein-hub ").size()).toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestHubLogs)
#include "tst_hublogs.moc"
