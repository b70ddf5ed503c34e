// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/bearerauth.h"
#include "hubtest.h"
#include "store/hubdatabase.h"
#include "store/hubsecret.h"
#include "store/organisationstore.h"
#include "store/tokenstore.h"

#include <QDir>
#include <QTest>

using namespace Buurtplein;
using namespace Buurtplein::HubTest;

// Tokens: made once, stored only as a hash, verified by hash, revoked for good; and the
// bearer check that every future route uses.
class TestTokenStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<FreshDatabase> m_fresh;
    std::unique_ptr<HubDatabase> m_db;

    bool openFresh(const QString &dialect, QString *error)
    {
        m_db.reset();
        m_fresh = std::make_unique<FreshDatabase>();
        if (!m_fresh->create(dialect, error))
            return false;
        m_db = std::make_unique<HubDatabase>();
        if (!m_db->open(m_fresh->location())) {
            *error = m_db->errorString();
            return false;
        }
        return OrganisationStore(*m_db).create({QStringLiteral("org-a"), QStringLiteral("Welzijn A"), QStringLiteral("welzijn")}, 100, error)
            && OrganisationStore(*m_db).create({QStringLiteral("org-b"), QStringLiteral("Bibliotheek B"), QStringLiteral("bibliotheek")}, 100, error);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup()
    {
        m_db.reset();
        m_fresh.reset();
    }

    void dialect_data()
    {
        QTest::addColumn<QString>("dialect");
        for (const QString &d : dialects())
            QTest::newRow(qPrintable(d)) << d;
    }

    void createVerifyRevoke_data() { dialect_data(); }
    void createVerifyRevoke()
    {
        QFETCH(QString, dialect);
        QString error;
        QVERIFY2(openFresh(dialect, &error), qPrintable(error));
        TokenStore tokens(*m_db);
        const auto worker = tokens.create(Role::Worker, QStringLiteral("org-a"), QStringLiteral("tablet"), 1000, &error);
        QVERIFY2(worker, qPrintable(error));
        const auto admin = tokens.create(Role::Admin, QString(), QString(), 1001, &error);
        QVERIFY2(admin, qPrintable(error));
        QVERIFY(worker->id != admin->id);

        const auto info = tokens.verify(worker->token);
        QVERIFY(info);
        QCOMPARE(info->role, Role::Worker);
        QCOMPARE(info->organisationUid, QStringLiteral("org-a"));
        QCOMPARE(info->label, QStringLiteral("tablet"));
        QCOMPARE(info->created, 1000);
        QCOMPARE(tokens.verify(admin->token)->role, Role::Admin);
        QVERIFY(!tokens.verify(worker->token.chopped(1)));
        QVERIFY(!tokens.verify(QString()));

        // Only the hash is kept.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT hash FROM api_token ORDER BY id")) && q.next());
        QCOMPARE(q.value(0).toString(), HubSecret::sha256Hex(worker->token));

        QVERIFY2(tokens.revoke(worker->id, 2000, &error), qPrintable(error));
        QVERIFY(!tokens.verify(worker->token));
        QCOMPARE(tokens.idOf(worker->token), std::optional<qint64>(worker->id));
        QVERIFY2(tokens.revoke(worker->id, 3000, &error), qPrintable(error));
        QCOMPARE(tokens.find(worker->id)->revoked, 2000);
        QVERIFY(tokens.verify(admin->token));
        QVERIFY(!tokens.revoke(9999, 3000, &error));
        QCOMPARE(tokens.list().size(), 2);
    }

    void refusesWrongOrganisation_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("organisation");
        for (const QString &d : dialects()) {
            QTest::newRow(qPrintable(d + QStringLiteral(" worker without organisation"))) << d << int(Role::Worker) << QString();
            QTest::newRow(qPrintable(d + QStringLiteral(" worker of unknown organisation"))) << d << int(Role::Worker) << QStringLiteral("nope");
            QTest::newRow(qPrintable(d + QStringLiteral(" evaluator with organisation"))) << d << int(Role::Evaluator) << QStringLiteral("org-a");
            QTest::newRow(qPrintable(d + QStringLiteral(" admin with organisation"))) << d << int(Role::Admin) << QStringLiteral("org-a");
        }
    }

    void refusesWrongOrganisation()
    {
        QFETCH(QString, dialect);
        QFETCH(int, role);
        QFETCH(QString, organisation);
        QString error;
        QVERIFY2(openFresh(dialect, &error), qPrintable(error));
        TokenStore tokens(*m_db);
        QVERIFY(!tokens.create(Role(role), organisation, QString(), 1, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(tokens.list().isEmpty());
    }

    void bearerAuth_data()
    {
        QTest::addColumn<QString>("dialect");
        for (const QString &d : dialects())
            QTest::newRow(qPrintable(d)) << d;
    }

    void bearerAuth()
    {
        QFETCH(QString, dialect);
        QString error;
        QVERIFY2(openFresh(dialect, &error), qPrintable(error));
        TokenStore tokens(*m_db);
        const auto worker = tokens.create(Role::Worker, QStringLiteral("org-b"), QString(), 1, &error);
        const auto evaluator = tokens.create(Role::Evaluator, QString(), QString(), 1, &error);
        const auto revoked = tokens.create(Role::Admin, QString(), QString(), 1, &error);
        QVERIFY(worker && evaluator && revoked);
        QVERIFY(tokens.revoke(revoked->id, 2, &error));
        const BearerAuth auth(tokens);
        const QList<Role> writers{Role::Worker, Role::Admin};

        const AuthResult ok = auth.check("Bearer " + worker->token.toLatin1(), writers);
        QVERIFY(ok.caller);
        QCOMPARE(ok.caller->organisationUid, QStringLiteral("org-b"));

        const AuthResult forbidden = auth.check("Bearer " + evaluator->token.toLatin1(), writers);
        QCOMPARE(forbidden.status, 403);
        QCOMPARE(forbidden.error, QStringLiteral("forbidden"));

        for (const QByteArray &header : {QByteArray(), QByteArray("Bearer "), QByteArray("Basic abc"),
                                         "Bearer " + revoked->token.toLatin1(), "bearer " + worker->token.toLatin1(),
                                         QByteArray("Bearer nonsense")}) {
            const AuthResult refused = auth.check(header, writers);
            QVERIFY2(!refused.caller, header.constData());
            QCOMPARE(refused.status, 401);
            QCOMPARE(refused.error, QStringLiteral("unauthorised"));
        }
    }

    // The database file and its WAL hold the hash, never the token.
    void tokenIsNowhereInTheFile()
    {
        QString error;
        QVERIFY2(openFresh(QStringLiteral("sqlite"), &error), qPrintable(error));
        QStringList made;
        TokenStore tokens(*m_db);
        for (Role role : {Role::Worker, Role::Evaluator, Role::Admin}) {
            const auto token = tokens.create(role, role == Role::Worker ? QStringLiteral("org-a") : QString(), QString(), 1, &error);
            QVERIFY2(token, qPrintable(error));
            made.append(token->token);
        }
        const QString file = m_fresh->sqliteFile();
        m_db.reset();
        QByteArray bytes;
        for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
            QFile f(file + QLatin1String(suffix));
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        QVERIFY(bytes.contains(HubSecret::sha256Hex(made.first()).toLatin1()));
        for (const QString &token : made) {
            QVERIFY2(!bytes.contains(token.toLatin1()), "token stored in clear");
            QVERIFY(!bytes.contains(QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding)));
        }
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
