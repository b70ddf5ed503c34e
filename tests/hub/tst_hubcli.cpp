// SPDX-License-Identifier: GPL-3.0-or-later
#include "worker/enrolcode.h"
#include "hubtest.h"
#include "store/enrolstore.h"
#include "store/hubdatabase.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QTest>

using namespace Buurtplein;
using namespace Buurtplein::HubTest;

// buurtplein-hub's command line: what a coordinator types to set up organisations,
// tokens and enrol codes. Refused input exits 2 with a message and changes nothing.
class TestHubCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString dbPath() const { return m_dir.filePath(QStringLiteral("hub.sqlite")); }

    /** Every row of the hub's tables, to compare before and after a refused command. */
    static QStringList dump(const QString &path)
    {
        QStringList rows;
        if (!QFile::exists(path))
            return rows;
        HubDatabase db;
        if (!db.open(path))
            return {db.errorString()};
        for (const char *table : {"organisation", "api_token", "enrol_code"}) {
            QSqlQuery q(db.connection());
            q.exec(QStringLiteral("SELECT * FROM ") + QLatin1String(table) + QStringLiteral(" ORDER BY 1"));
            while (q.next()) {
                QStringList columns{QLatin1String(table)};
                for (int i = 0; i < q.record().count(); ++i)
                    columns.append(q.value(i).toString());
                rows.append(columns.join(QLatin1Char('|')));
            }
        }
        return rows;
    }

    QString whyNotRefused(const CliRun &run, const QString &messagePart) const
    {
        if (run.exitCode != 2)
            return QStringLiteral("exit code %1, not 2; stderr: %2").arg(run.exitCode).arg(QString::fromUtf8(run.err));
        if (!run.out.isEmpty())
            return QStringLiteral("stdout is not empty: ") + QString::fromUtf8(run.out);
        if (!QString::fromUtf8(run.err).contains(messagePart))
            return QStringLiteral("stderr lacks '%1': %2").arg(messagePart, QString::fromUtf8(run.err));
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFile::exists(hubPath()), qPrintable(hubPath()));
        QVERIFY(m_dir.isValid());
        const CliRun org = runHub({"org", "create", "--uid", "org-a", "--name", "Welzijn A", "--kind", "welzijn", "--db", dbPath()});
        QVERIFY2(org.exitCode == 0, org.err.constData());
        const CliRun token = runHub({"token", "create", "--role", "worker", "--org", "org-a", "--db", dbPath()});
        QVERIFY2(token.exitCode == 0, token.err.constData());
        const CliRun code = runHub({"enrol-code", "create", "--org", "org-a", "--db", dbPath()});
        QVERIFY2(code.exitCode == 0, code.err.constData());
    }

    void help_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("start");
        QTest::newRow("--help") << QStringList{"--help"} << "usage: buurtplein-hub COMMAND";
        QTest::newRow("help") << QStringList{"help"} << "usage: buurtplein-hub COMMAND";
        for (const char *command : {"serve", "token create", "token revoke", "token list", "enrol-code create", "org create", "org list"}) {
            const QStringList words = QString::fromLatin1(command).split(QLatin1Char(' '));
            QTest::newRow(command) << (words + QStringList{"--help"}) << QStringLiteral("usage: buurtplein-hub %1").arg(QLatin1String(command));
        }
    }

    void help()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, start);
        const CliRun r = runHub(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QVERIFY2(r.out.startsWith(start.toUtf8()), r.out.constData());
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("onNewFile"); // false: the refusal needs what the existing database holds
        QTest::newRow("no command") << QStringList{} << "usage: buurtplein-hub" << true;
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << "unknown command 'frobnicate'" << true;
        QTest::newRow("half a command") << QStringList{"token"} << "unknown command 'token'" << true;
        QTest::newRow("token create without role") << QStringList{"token", "create"} << "needs --role" << true;
        QTest::newRow("unknown role") << QStringList{"token", "create", "--role", "resident"} << "'resident' is not a role" << true;
        QTest::newRow("worker without org") << QStringList{"token", "create", "--role", "worker"} << "needs --org" << true;
        QTest::newRow("worker of unknown org") << QStringList{"token", "create", "--role", "worker", "--org", "nope"} << "no organisation nope" << true;
        QTest::newRow("admin with org") << QStringList{"token", "create", "--role", "admin", "--org", "org-a"} << "Only worker tokens" << true;
        QTest::newRow("option twice") << QStringList{"token", "create", "--role", "admin", "--role", "admin"} << "given twice" << true;
        QTest::newRow("option without value") << QStringList{"token", "create", "--role"} << "needs a value" << true;
        QTest::newRow("value forgotten") << QStringList{"token", "create", "--role", "--label", "x"} << "needs a value" << true;
        QTest::newRow("unknown option") << QStringList{"token", "create", "--role", "admin", "--colour", "red"} << "has no option --colour" << true;
        QTest::newRow("stray argument") << QStringList{"token", "create", "--role", "admin", "extra"} << "Unexpected argument 'extra'" << true;
        QTest::newRow("--now that is no moment") << QStringList{"token", "create", "--role", "admin", "--now", "tomorrow"}
                                                 << "--now needs one ISO 8601 time with an offset" << true;
        QTest::newRow("revoke nothing") << QStringList{"token", "revoke"} << "either --token TOKEN or --id ID" << true;
        QTest::newRow("revoke both") << QStringList{"token", "revoke", "--id", "1", "--token", "x"} << "either --token TOKEN or --id ID" << true;
        QTest::newRow("revoke bad id") << QStringList{"token", "revoke", "--id", "one"} << "--id takes" << true;
        QTest::newRow("revoke unknown id") << QStringList{"token", "revoke", "--id", "999"} << "no such token" << true;
        QTest::newRow("revoke unknown token") << QStringList{"token", "revoke", "--token", "abc"} << "no such token" << true;
        QTest::newRow("list with argument") << QStringList{"token", "list", "all"} << "Unexpected argument" << true;
        QTest::newRow("code without org") << QStringList{"enrol-code", "create"} << "needs --org" << true;
        QTest::newRow("code of unknown org") << QStringList{"enrol-code", "create", "--org", "nope"} << "no organisation nope" << true;
        QTest::newRow("code valid 0 days") << QStringList{"enrol-code", "create", "--org", "org-a", "--valid-days", "0"} << "--valid-days" << true;
        QTest::newRow("code valid 91 days") << QStringList{"enrol-code", "create", "--org", "org-a", "--valid-days", "91"} << "--valid-days" << true;
        QTest::newRow("code valid seven days") << QStringList{"enrol-code", "create", "--org", "org-a", "--valid-days", "seven"} << "--valid-days" << true;
        QTest::newRow("code for ftp hub") << QStringList{"enrol-code", "create", "--org", "org-a", "--hub-url", "ftp://hub.example.nl"} << "--hub-url" << true;
        QTest::newRow("org taken") << QStringList{"org", "create", "--uid", "org-a", "--name", "X", "--kind", "welzijn"} << "already an organisation" << false;
        QTest::newRow("org of unknown kind") << QStringList{"org", "create", "--uid", "org-z", "--name", "X", "--kind", "casino"} << "not an organisation kind" << true;
        QTest::newRow("org uid with space") << QStringList{"org", "create", "--uid", "org z", "--name", "X", "--kind", "welzijn"} << "not an organisation uid" << true;
        QTest::newRow("org without name") << QStringList{"org", "create", "--uid", "org-z", "--name", "  ", "--kind", "welzijn"} << "needs a name" << true;
        QTest::newRow("org without kind") << QStringList{"org", "create", "--uid", "org-z", "--name", "Z"} << "needs --kind" << true;
        QTest::newRow("serve on nonsense") << QStringList{"serve", "--listen", "everywhere"} << "--listen takes" << true;
        QTest::newRow("serve on port 70000") << QStringList{"serve", "--listen", "127.0.0.1:70000"} << "--listen takes" << true;
    }

    // Each refusal runs twice: on the existing hub database, which must not change, and
    // on a path where none exists yet, which must stay empty.
    void refused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QFETCH(bool, onNewFile);
        const QStringList before = dump(dbPath());
        QVERIFY(before.size() >= 3);
        const bool takesDb = !args.isEmpty() && args.first() != QLatin1String("frobnicate") && args.size() > 1;
        QString why = whyNotRefused(runHub(takesDb ? args + QStringList{"--db", dbPath()} : args), message);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QCOMPARE(dump(dbPath()), before);
        if (takesDb && onNewFile) {
            const QString fresh = m_dir.filePath(QStringLiteral("never.sqlite"));
            why = whyNotRefused(runHub(args + QStringList{"--db", fresh}), message);
            QVERIFY2(why.isEmpty(), qPrintable(why));
            QVERIFY2(QDir(m_dir.path()).entryList({QStringLiteral("never.sqlite*")}).isEmpty(), "a refused command left a database behind");
        }
    }

    void badDatabaseLocation()
    {
        const CliRun r = runHub({"org", "list", "--db", "postgresql://nobody@/x"});
        QString why = whyNotRefused(r, QStringLiteral("not a PostgreSQL URL"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void tokenRoundTrip()
    {
        const CliRun made = runHub({"token", "create", "--role", "evaluator", "--label", "gemeente", "--db", dbPath()});
        QCOMPARE(made.exitCode, 0);
        const QByteArray token = made.out.trimmed();
        QVERIFY2(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$")).match(QString::fromLatin1(token)).hasMatch(), made.out.constData());
        QVERIFY2(made.err.contains("shown only this once"), made.err.constData());

        const CliRun listed = runHub({"token", "list", "--db", dbPath()});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(!listed.out.contains(token));
        const QJsonArray list = QJsonDocument::fromJson(listed.out).array();
        QJsonObject entry;
        for (const QJsonValue &v : list) {
            if (v.toObject().value(QStringLiteral("label")).toString() == QLatin1String("gemeente"))
                entry = v.toObject();
        }
        QCOMPARE(entry.value(QStringLiteral("role")).toString(), QStringLiteral("evaluator"));
        QVERIFY(entry.value(QStringLiteral("organisation")).isNull());
        QVERIFY(entry.value(QStringLiteral("revoked")).isNull());
        const int id = entry.value(QStringLiteral("id")).toInt();
        QVERIFY(id > 0);

        const CliRun revoked = runHub({"token", "revoke", "--token", QString::fromLatin1(token), "--db", dbPath()});
        QCOMPARE(revoked.exitCode, 0);
        QVERIFY2(revoked.err.contains(QStringLiteral("revoked token %1").arg(id).toUtf8()), revoked.err.constData());
        const CliRun again = runHub({"token", "revoke", "--id", QString::number(id), "--db", dbPath()});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.err.contains("already"), again.err.constData());
        const QJsonArray after = QJsonDocument::fromJson(runHub({"token", "list", "--db", dbPath()}).out).array();
        bool found = false;
        for (const QJsonValue &v : after) {
            if (v.toObject().value(QStringLiteral("id")).toInt() == id) {
                found = true;
                QVERIFY(!v.toObject().value(QStringLiteral("revoked")).toString().isEmpty());
            }
        }
        QVERIFY(found);
    }

    void enrolCodeRoundTrip()
    {
        const CliRun made = runHub({"enrol-code", "create", "--org", "org-a", "--valid-days", "3", "--hub-url", "https://hub.example.nl", "--db", dbPath()});
        QCOMPARE(made.exitCode, 0);
        const QList<QByteArray> lines = made.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QString grouped = QString::fromLatin1(lines.at(0));
        QVERIFY2(QRegularExpression(QStringLiteral("^([0-9A-HJKMNP-TV-Z]{4}-){3}[0-9A-HJKMNP-TV-Z]{4}$")).match(grouped).hasMatch(), qPrintable(grouped));
        QCOMPARE(QString::fromLatin1(lines.at(1)), QStringLiteral("buurtplein://enrol?hub=https%3A%2F%2Fhub.example.nl&code=") + grouped);

        HubDatabase db;
        QVERIFY2(db.open(dbPath()), qPrintable(db.errorString()));
        const qint64 now = TestClock::nowSecs();
        // Valid for three days: redeemable just before, expired just after.
        EnrolStore codes(db);
        QCOMPARE(codes.redeem(*EnrolCode::normalise(grouped), now + 4 * 24 * 3600).outcome, Redemption::CodeExpired);
        const Redemption r = codes.redeem(*EnrolCode::normalise(grouped), now + 3 * 24 * 3600 - 120);
        QCOMPARE(r.outcome, Redemption::Redeemed);
        QCOMPARE(r.organisation.uid, QStringLiteral("org-a"));
    }

    void orgList()
    {
        QCOMPARE(runHub({"org", "create", "--uid", "bieb-oost", "--name", "Bibliotheek Oost", "--kind", "bibliotheek", "--db", dbPath()}).exitCode, 0);
        const CliRun listed = runHub({"org", "list", "--db", dbPath()});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(listed.out).array();
        QStringList uids;
        for (const QJsonValue &v : list)
            uids.append(v.toObject().value(QStringLiteral("uid")).toString());
        QCOMPARE(uids, (QStringList{"bieb-oost", "org-a"}));
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("bibliotheek"));
    }
};

QTEST_GUILESS_MAIN(TestHubCli)
#include "tst_hubcli.moc"
