// SPDX-License-Identifier: GPL-3.0-or-later
// The one client every conversation with a hub goes through, against a real HTTP server
// on loopback: what each answer means, that the token goes along only when given, that
// the hub's own path is kept, and that a silent or absent hub is "offline" within the
// deadline rather than a wait without end.
#include "hubclient/hubclient.h"
#include "hubclient/hubrequest.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <optional>

using namespace Buurtplein;

namespace {

/** Answers every request with one canned HTTP answer, or not at all; remembers what it was asked. */
class CannedHub : public QObject
{
public:
    explicit CannedHub(QByteArray answer)
        : m_answer(std::move(answer))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_request += socket->readAll();
                    if (!m_request.contains("\r\n\r\n") || m_answer.isEmpty())
                        return; // a silent hub reads and says nothing
                    const qsizetype headerEnd = m_request.indexOf("\r\n\r\n") + 4;
                    const QByteArray lower = m_request.left(headerEnd).toLower();
                    const qsizetype lengthAt = lower.indexOf("content-length:");
                    const int length = lengthAt < 0 ? 0 : lower.mid(lengthAt + 15, lower.indexOf("\r\n", lengthAt) - lengthAt - 15).trimmed().toInt();
                    if (m_request.size() < headerEnd + length)
                        return;
                    socket->write(m_answer);
                    socket->disconnectFromHost();
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl url(const QString &path = {}) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path)); }
    QByteArray request() const { return m_request; }

private:
    QTcpServer m_server;
    QByteArray m_answer;
    QByteArray m_request;
};

QByteArray answer(int status, const QByteArray &reason, const QByteArray &body, const QByteArray &extra = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + extra + "\r\n" + body;
}

/** Waits for @p done's answer. */
std::optional<HubAnswer> wait(const std::function<void(HubClient::Done)> &send)
{
    std::optional<HubAnswer> got;
    send([&got](const HubAnswer &a) { got = a; });
    QTest::qWaitFor([&got] { return got.has_value(); }, 20000);
    return got;
}

} // namespace

class TestHubClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindOf_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::newRow("no answer") << 0 << int(HubAnswer::Offline);
        QTest::newRow("200") << 200 << int(HubAnswer::Answered);
        QTest::newRow("204") << 204 << int(HubAnswer::Answered);
        QTest::newRow("304 not modified") << 304 << int(HubAnswer::Answered);
        QTest::newRow("302 is not an answer") << 302 << int(HubAnswer::Failed);
        QTest::newRow("400") << 400 << int(HubAnswer::Rejected);
        QTest::newRow("401 refused token") << 401 << int(HubAnswer::Refused);
        QTest::newRow("403 another role") << 403 << int(HubAnswer::Rejected);
        QTest::newRow("429") << 429 << int(HubAnswer::Rejected);
        QTest::newRow("500") << 500 << int(HubAnswer::Failed);
        QTest::newRow("503") << 503 << int(HubAnswer::Failed);
    }

    void kindOf()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        QCOMPARE(int(HubAnswer::kindOf(status)), kind);
    }

    void answersOverTheWire_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("errorId");
        QTest::addColumn<QString>("message");
        QTest::newRow("answered") << 200 << QByteArray(R"({"role":"evaluator"})") << int(HubAnswer::Answered) << QString() << QString();
        QTest::newRow("refused") << 401 << QByteArray(R"({"error":"unauthorized","message":"Unknown token."})")
                                 << int(HubAnswer::Refused) << QStringLiteral("unauthorized") << QStringLiteral("Unknown token.");
        QTest::newRow("rejected") << 400 << QByteArray(R"({"error":"invalid_code","message":"Not a code."})")
                                  << int(HubAnswer::Rejected) << QStringLiteral("invalid_code") << QStringLiteral("Not a code.");
        QTest::newRow("failed, no JSON") << 503 << QByteArray("busy") << int(HubAnswer::Failed) << QString() << QString();
    }

    void answersOverTheWire()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, errorId);
        QFETCH(QString, message);
        CannedHub hub(answer(status, "Whatever", body, "Retry-After: 120\r\n"));
        QNetworkAccessManager network;
        const HubClient client(&network);
        const auto got = wait([&](HubClient::Done done) {
            client.get(hub.url(), QStringLiteral("/v1/whoami"), QByteArrayLiteral("s3cret"), this, std::move(done));
        });
        QVERIFY(got);
        QCOMPARE(got->status, status);
        QCOMPARE(int(got->kind), kind);
        QCOMPARE(got->body, body);
        QCOMPARE(got->errorId(), errorId);
        QCOMPARE(got->hubMessage(), message);
        QCOMPARE(got->retryAfter, QByteArray("120"));
        QVERIFY(got->networkError.isEmpty());
    }

    // The token travels only when there is one, and a hub behind a path prefix keeps it.
    void tokenAndPath_data()
    {
        QTest::addColumn<QByteArray>("bearer");
        QTest::addColumn<bool>("post");
        QTest::newRow("get with a token") << QByteArray("tok-1") << false;
        QTest::newRow("get without") << QByteArray() << false;
        QTest::newRow("post with a token") << QByteArray("tok-2") << true;
        QTest::newRow("post without") << QByteArray() << true;
    }

    void tokenAndPath()
    {
        QFETCH(QByteArray, bearer);
        QFETCH(bool, post);
        CannedHub hub(answer(200, "OK", "{}"));
        QNetworkAccessManager network;
        const HubClient client(&network);
        const QUrl prefixed = hub.url(QStringLiteral("/buurt/"));
        const auto got = wait([&](HubClient::Done done) {
            if (post)
                client.postJson(prefixed, QStringLiteral("/v1/enrol"), R"({"code":"X"})", bearer, this, std::move(done));
            else
                client.get(prefixed, QStringLiteral("/v1/feed?after=3"), bearer, this, std::move(done));
        });
        QVERIFY(got && got->answered());
        const QByteArray request = hub.request();
        QVERIFY2(request.startsWith(post ? "POST /buurt/v1/enrol HTTP/1.1" : "GET /buurt/v1/feed?after=3 HTTP/1.1"), request.constData());
        QCOMPARE(request.toLower().contains("authorization: bearer " + bearer.toLower()), !bearer.isEmpty());
        if (bearer.isEmpty())
            QVERIFY(!request.toLower().contains("authorization"));
        QCOMPARE(request.contains("Content-Type: application/json"), post);
        QVERIFY(request.contains("User-Agent: Buurtplein\r\n"));
    }

    // A hub that takes the request and never answers is offline once the deadline passes.
    void silentHubIsOfflineAtTheDeadline()
    {
        CannedHub hub{QByteArray()};
        QNetworkAccessManager network;
        const HubClient client(&network);
        const auto got = wait([&](HubClient::Done done) {
            client.get(hub.url(), QStringLiteral("/v1/feed"), {}, this, std::move(done), 300);
        });
        QVERIFY(got);
        QCOMPARE(int(got->kind), int(HubAnswer::Offline));
        QCOMPARE(got->status, 0);
        QVERIFY(!got->networkError.isEmpty());
    }

    void absentHubIsOffline()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QNetworkAccessManager network;
        const HubClient client(&network);
        const auto got = wait([&](HubClient::Done done) {
            client.get(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QStringLiteral("/v1/feed"), {}, this, std::move(done));
        });
        QVERIFY(got);
        QCOMPARE(int(got->kind), int(HubAnswer::Offline));
    }

    // An answer for an object that is gone is dropped, not delivered to it.
    void goneContextHearsNothing()
    {
        CannedHub hub(answer(200, "OK", "{}"));
        QNetworkAccessManager network;
        const HubClient client(&network);
        bool called = false;
        auto context = std::make_unique<QObject>();
        QNetworkReply *reply = client.get(hub.url(), QStringLiteral("/v1/feed"), {}, context.get(), [&called](const HubAnswer &) { called = true; });
        QSignalSpy finished(reply, &QNetworkReply::finished);
        context.reset();
        QVERIFY(finished.wait(20000));
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }

    void readAddress_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("kept");
        QTest::newRow("bare host means https") << QStringLiteral(" hub.example.nl ") << QStringLiteral("https://hub.example.nl");
        QTest::newRow("trailing slash, query and fragment go") << QStringLiteral("http://hub.example.nl/buurt/?x=1#y")
                                                              << QStringLiteral("http://hub.example.nl/buurt");
        QTest::newRow("root path goes") << QStringLiteral("https://hub.example.nl/") << QStringLiteral("https://hub.example.nl");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("another scheme") << QStringLiteral("ftp://hub.example.nl") << QString();
        QTest::newRow("no host") << QStringLiteral("https://") << QString();
    }

    void readAddress()
    {
        QFETCH(QString, typed);
        QFETCH(QString, kept);
        const auto url = HubRequest::readAddress(typed);
        QCOMPARE(url ? url->toString() : QString(), kept);
    }
};

QTEST_GUILESS_MAIN(TestHubClient)
#include "tst_hubclient.moc"
