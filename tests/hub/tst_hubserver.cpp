// SPDX-License-Identifier: GPL-3.0-or-later
#include "worker/enrolcode.h"
#include "hubtest.h"
#include "store/enrolstore.h"
#include "store/hubdatabase.h"
#include "store/hubsecret.h"
#include "store/organisationstore.h"
#include "store/tokenstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

#include <map>

using namespace Buurtplein;
using namespace Buurtplein::HubTest;

// The real `buurtplein-hub serve`, on an SQLite file and on PostgreSQL, spoken to over
// loopback as the app will: enrolment, the bearer check, strict bodies, and the race of
// two devices for one code.
class TestHubServer : public QObject
{
    Q_OBJECT

    /** One database with a hub serving it, and the test's own connection to look inside. */
    struct Site {
        FreshDatabase fresh;
        HubDatabase db;
        HubProcess hub;
    };
    std::map<QString, std::unique_ptr<Site>> m_sites;
    QNetworkAccessManager m_nam;
    QStringList m_secrets; ///< every code made and token received: none may appear in a log

    Site *site(const QString &dialect)
    {
        auto &slot = m_sites[dialect];
        if (slot)
            return slot.get();
        auto made = std::make_unique<Site>();
        QString error;
        if (!made->fresh.create(dialect, &error) || !made->hub.start(made->fresh.location(), &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        if (!made->db.open(made->fresh.location())
            || !OrganisationStore(made->db).create({QStringLiteral("welzijn-west"), QStringLiteral("Welzijn West"), QStringLiteral("welzijn")},
                                                   1, &error)) {
            qWarning("%s %s", qPrintable(made->db.errorString()), qPrintable(error));
            return nullptr;
        }
        slot = std::move(made);
        return slot.get();
    }

    QString newCode(Site *s, qint64 expires = TestClock::nowSecs() + 3600)
    {
        QString error;
        const QString code = EnrolStore(s->db).create(QStringLiteral("welzijn-west"), expires, &error).value_or(QString());
        m_secrets.append(code);
        return code;
    }

    static int count(Site *s, const char *sql)
    {
        QSqlQuery q(s->db.connection());
        return q.exec(QString::fromLatin1(sql)) && q.next() ? q.value(0).toInt() : -1;
    }

    static QByteArray enrolBody(const QString &code) { return QJsonDocument(QJsonObject{{QStringLiteral("code"), code}}).toJson(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFile::exists(hubPath()), qPrintable(hubPath()));
    }

    void cleanupTestCase()
    {
        // What the hubs logged: one line per request, and never a token, a code or an address.
        for (auto &[dialect, s] : m_sites) {
            const QByteArray log = s->hub.stop();
            QVERIFY2(log.contains("method=POST path=/v1/enrol status="), log.constData());
            for (const QByteArray &line : log.split('\n')) {
                if (line.contains("method="))
                    QVERIFY2(!line.contains("127.0.0.1") && !line.contains("Mozilla") && !line.contains("Qt/"), line.constData());
            }
            for (const QString &secret : std::as_const(m_secrets))
                QVERIFY2(!log.contains(secret.toLatin1()) && !log.contains(EnrolCode::grouped(secret).toLatin1()), "a secret in the log");
        }
        m_sites.clear();
    }

    void dialect_data()
    {
        QTest::addColumn<QString>("dialect");
        for (const QString &d : dialects())
            QTest::newRow(qPrintable(d)) << d;
    }

    void health_data() { dialect_data(); }
    void health()
    {
        QFETCH(QString, dialect);
        Site *s = site(dialect);
        QVERIFY(s);
        const Answer a = call(m_nam, "GET", s->hub.url(QStringLiteral("/v1/health")));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(call(m_nam, "POST", s->hub.url(QStringLiteral("/v1/health")), "{}").status, 405);
        QCOMPARE(call(m_nam, "GET", s->hub.url(QStringLiteral("/v1/nothing"))).error(), QStringLiteral("not_found"));
    }

    void enrolOnce_data() { dialect_data(); }
    void enrolOnce()
    {
        QFETCH(QString, dialect);
        Site *s = site(dialect);
        QVERIFY(s);
        const QString code = newCode(s);
        QVERIFY(!code.isEmpty());
        const int tokensBefore = count(s, "SELECT count(*) FROM api_token");

        // Typed the way a person might: lower case, spaces, O for zero.
        QString typed = EnrolCode::grouped(code).toLower().replace(QLatin1Char('-'), QLatin1Char(' ')).replace(QLatin1Char('0'), QLatin1Char('o'));
        const Answer first = call(m_nam, "POST", s->hub.url(QStringLiteral("/v1/enrol")), enrolBody(typed));
        QCOMPARE(first.status, 200);
        const QJsonObject json = first.json();
        QCOMPARE(json.value(QStringLiteral("role")).toString(), QStringLiteral("worker"));
        const QJsonObject organisation = json.value(QStringLiteral("organisation")).toObject();
        QCOMPARE(organisation.value(QStringLiteral("uid")).toString(), QStringLiteral("welzijn-west"));
        QCOMPARE(organisation.value(QStringLiteral("name")).toString(), QStringLiteral("Welzijn West"));
        QCOMPARE(organisation.value(QStringLiteral("kind")).toString(), QStringLiteral("welzijn"));
        const QByteArray token = json.value(QStringLiteral("token")).toString().toLatin1();
        QCOMPARE(token.size(), 43);
        m_secrets.append(QString::fromLatin1(token));
        QCOMPARE(count(s, "SELECT count(*) FROM api_token"), tokensBefore + 1);

        const Answer me = call(m_nam, "GET", s->hub.url(QStringLiteral("/v1/whoami")), {}, token);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(QStringLiteral("role")).toString(), QStringLiteral("worker"));
        QCOMPARE(me.json().value(QStringLiteral("organisation")).toObject().value(QStringLiteral("uid")).toString(), QStringLiteral("welzijn-west"));

        const Answer second = call(m_nam, "POST", s->hub.url(QStringLiteral("/v1/enrol")), enrolBody(code));
        QCOMPARE(second.status, 410);
        QCOMPARE(second.error(), QStringLiteral("code_used"));
        QVERIFY(!second.json().value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(count(s, "SELECT count(*) FROM api_token"), tokensBefore + 1);
    }

    void refusedCodes_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("which");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        for (const QString &d : dialects()) {
            QTest::newRow(qPrintable(d + QStringLiteral(" unknown"))) << d << "unknown" << 404 << "unknown_code";
            QTest::newRow(qPrintable(d + QStringLiteral(" expired"))) << d << "expired" << 410 << "code_expired";
            QTest::newRow(qPrintable(d + QStringLiteral(" not a code"))) << d << "malformed" << 400 << "invalid_code";
        }
    }

    void refusedCodes()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, which);
        QFETCH(int, status);
        QFETCH(QString, error);
        Site *s = site(dialect);
        QVERIFY(s);
        QString code = EnrolCode::generate();
        if (which == QLatin1String("expired"))
            code = newCode(s, TestClock::nowSecs() - 60);
        else if (which == QLatin1String("malformed"))
            code = QStringLiteral("K7QM-3XPA-U");
        const int tokensBefore = count(s, "SELECT count(*) FROM api_token");
        const int usedBefore = count(s, "SELECT count(*) FROM enrol_code WHERE used_at IS NOT NULL");
        const Answer a = call(m_nam, "POST", s->hub.url(QStringLiteral("/v1/enrol")), enrolBody(code));
        QCOMPARE(a.status, status);
        QCOMPARE(a.error(), error);
        QVERIFY(!a.json().value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(count(s, "SELECT count(*) FROM api_token"), tokensBefore);
        QCOMPARE(count(s, "SELECT count(*) FROM enrol_code WHERE used_at IS NOT NULL"), usedBefore);
    }

    // The name a worker gives the device at enrolment is the token's label in `token list`,
    // so a coordinator can tell which device to revoke; without one, "enrolled device".
    void enrolmentNamesTheDevice_data() { dialect_data(); }
    void enrolmentNamesTheDevice()
    {
        QFETCH(QString, dialect);
        Site *s = site(dialect);
        QVERIFY(s);
        const QString named = newCode(s), unnamed = newCode(s);
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("code"), named},
                                                          {QStringLiteral("label"), QStringLiteral("  tablet   buurthuis ")}}).toJson();
        const Answer a = call(m_nam, "POST", s->hub.url(QStringLiteral("/v1/enrol")), body);
        QCOMPARE(a.status, 200);
        m_secrets.append(a.json().value(QStringLiteral("token")).toString());
        const Answer b = call(m_nam, "POST", s->hub.url(QStringLiteral("/v1/enrol")), enrolBody(unnamed));
        QCOMPARE(b.status, 200);
        m_secrets.append(b.json().value(QStringLiteral("token")).toString());
        const CliRun list = runHub({QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--db"), s->fresh.location()});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QVERIFY2(list.out.contains("tablet buurthuis"), list.out.constData());
        QVERIFY(list.out.contains("enrolled device"));
    }

    void malformedBodies_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        const QByteArray json("application/json");
        for (const QString &d : dialects()) {
            const auto row = [&](const char *name) -> QTestData & { return QTest::newRow(qPrintable(d + QLatin1Char(' ') + QLatin1String(name))) << d; };
            // CODE stands for a valid, unused code: each body would succeed if it were read loosely.
            row("not JSON") << QByteArray("code=CODE") << json << 400 << "invalid_json";
            row("truncated JSON") << QByteArray("{\"code\": \"CODE\"") << json << 400 << "invalid_json";
            row("array") << QByteArray("[{\"code\": \"CODE\"}]") << json << 400 << "invalid_body";
            // Qt 6.4 reads JSON as RFC 4627 did: a bare string is not a JSON text at all.
            row("string") << QByteArray("\"CODE\"") << json << 400 << "invalid_json";
            row("number") << QByteArray("42") << json << 400 << "invalid_json";
            row("extra field") << QByteArray("{\"code\": \"CODE\", \"device\": \"x\"}") << json << 400 << "invalid_body";
            row("missing field") << QByteArray("{\"kode\": \"CODE\"}") << json << 400 << "invalid_body";
            row("empty object") << QByteArray("{}") << json << 400 << "invalid_body";
            row("wrong type") << QByteArray("{\"code\": 12345}") << json << 400 << "invalid_body";
            row("label not a text") << QByteArray("{\"code\": \"CODE\", \"label\": 7}") << json << 400 << "invalid_body";
            row("label too long") << QByteArray("{\"code\": \"CODE\", \"label\": \"") + QByteArray(61, 't') + QByteArray("\"}") << json << 400
                                  << "invalid_label";
            row("label with a control character") << QByteArray("{\"code\": \"CODE\", \"label\": \"tablet\\u0007\"}") << json << 400
                                                  << "invalid_label";
            row("null code") << QByteArray("{\"code\": null}") << json << 400 << "invalid_body";
            row("empty body") << QByteArray() << json << 400 << "invalid_json";
            row("not declared JSON") << QByteArray("{\"code\": \"CODE\"}") << QByteArray("text/plain") << 415 << "unsupported_media_type";
            row("oversized") << QByteArray("{\"code\": \"CODE\", \"pad\": \"") + QByteArray(70 * 1024, 'x') + QByteArray("\"}") << json << 413
                             << "too_large";
        }
    }

    void malformedBodies()
    {
        QFETCH(QString, dialect);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, error);
        Site *s = site(dialect);
        QVERIFY(s);
        const QString code = newCode(s);
        body.replace("CODE", code.toLatin1());
        const int tokensBefore = count(s, "SELECT count(*) FROM api_token");
        const int usedBefore = count(s, "SELECT count(*) FROM enrol_code WHERE used_at IS NOT NULL");

        const Answer a = call(m_nam, "POST", s->hub.url(QStringLiteral("/v1/enrol")), body, {}, contentType);
        QCOMPARE(a.status, status);
        QCOMPARE(a.error(), error);
        QVERIFY(a.json().value(QStringLiteral("message")).toString().size() > 10);
        QCOMPARE(count(s, "SELECT count(*) FROM api_token"), tokensBefore);
        QCOMPARE(count(s, "SELECT count(*) FROM enrol_code WHERE used_at IS NOT NULL"), usedBefore);
        // The code is still good for a well-formed request.
        QCOMPARE(call(m_nam, "POST", s->hub.url(QStringLiteral("/v1/enrol")), enrolBody(code)).status, 200);
    }

    void whoami_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("caller");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("answer"); // the role, or the error
        for (const QString &d : dialects()) {
            QTest::newRow(qPrintable(d + QStringLiteral(" evaluator"))) << d << "evaluator" << 200 << "evaluator";
            QTest::newRow(qPrintable(d + QStringLiteral(" admin"))) << d << "admin" << 200 << "admin";
            QTest::newRow(qPrintable(d + QStringLiteral(" revoked"))) << d << "revoked" << 401 << "unauthorised";
            QTest::newRow(qPrintable(d + QStringLiteral(" unknown"))) << d << "unknown" << 401 << "unauthorised";
            QTest::newRow(qPrintable(d + QStringLiteral(" none"))) << d << "none" << 401 << "unauthorised";
        }
    }

    void whoami()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, caller);
        QFETCH(int, status);
        QFETCH(QString, answer);
        Site *s = site(dialect);
        QVERIFY(s);
        TokenStore tokens(s->db);
        QString error;
        QByteArray bearer;
        if (caller == QLatin1String("evaluator") || caller == QLatin1String("admin") || caller == QLatin1String("revoked")) {
            const auto made = tokens.create(caller == QLatin1String("evaluator") ? Role::Evaluator : Role::Admin, QString(), QString(), 1, &error);
            QVERIFY2(made, qPrintable(error));
            bearer = made->token.toLatin1();
            if (caller == QLatin1String("revoked"))
                QVERIFY(tokens.revoke(made->id, 2, &error));
        } else if (caller == QLatin1String("unknown")) {
            bearer = HubSecret::newToken().toLatin1();
        }
        const Answer a = call(m_nam, "GET", s->hub.url(QStringLiteral("/v1/whoami")), {}, bearer);
        QCOMPARE(a.status, status);
        if (status == 200) {
            QCOMPARE(a.json().value(QStringLiteral("role")).toString(), answer);
            QVERIFY(a.json().value(QStringLiteral("organisation")).isNull());
        } else {
            QCOMPARE(a.error(), answer);
        }
    }

    // Two hub processes on one database, as behind a load balancer, each asked for the
    // same codes at the same moment: every code yields exactly one token.
    void concurrentRedemption_data() { dialect_data(); }
    void concurrentRedemption()
    {
        QFETCH(QString, dialect);
        Site *s = site(dialect);
        QVERIFY(s);
        HubProcess second;
        QString error;
        QVERIFY2(second.start(s->fresh.location(), &error), qPrintable(error));
        QStringList codes;
        for (int i = 0; i < 12; ++i)
            codes.append(newCode(s));
        const int tokensBefore = count(s, "SELECT count(*) FROM api_token");

        QList<QPair<QNetworkReply *, QNetworkReply *>> pairs;
        for (const QString &code : codes)
            pairs.append(qMakePair(request(m_nam, "POST", s->hub.url(QStringLiteral("/v1/enrol")), enrolBody(code)),
                                   request(m_nam, "POST", second.url(QStringLiteral("/v1/enrol")), enrolBody(code))));
        QSet<QString> tokensSeen;
        for (const auto &pair : pairs) {
            const Answer a = finish(pair.first);
            const Answer b = finish(pair.second);
            QList<int> statuses{a.status, b.status};
            std::sort(statuses.begin(), statuses.end());
            QCOMPARE(statuses, (QList<int>{200, 410}));
            const Answer &won = a.status == 200 ? a : b;
            const Answer &lost = a.status == 200 ? b : a;
            QCOMPARE(lost.error(), QStringLiteral("code_used"));
            tokensSeen.insert(won.json().value(QStringLiteral("token")).toString());
            m_secrets.append(won.json().value(QStringLiteral("token")).toString());
        }
        QCOMPARE(tokensSeen.size(), codes.size());
        QCOMPARE(count(s, "SELECT count(*) FROM api_token"), tokensBefore + int(codes.size()));
        const QByteArray log = second.stop();
        QVERIFY2(!log.contains("warning"), log.constData());
    }
};

QTEST_GUILESS_MAIN(TestHubServer)
#include "tst_hubserver.moc"
