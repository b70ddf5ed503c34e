// SPDX-License-Identifier: GPL-3.0-or-later
// WorkerEnrolment against the real buurtplein-hub on loopback (SQLite): enrolment with a
// one-time code or a buurtplein://enrol link, every way it can fail (each with its
// sentence, each changing nothing on the device), links the app is opened with, and
// leaving, which removes the token, the session logs and the unsent changes.
#include "device/devicesettings.h"
#include "worker/enrolcode.h"
#include "hubtest.h"
#include "platform/securetokenstore.h"
#include "workerfixture.h"
#include "worker/workerenrolment.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Buurtplein;

namespace {

// The coordinator's organisations on the hub: one the device's catalogue already holds
// (the fixture's "org-buurt"), one it does not know yet.
const QString knownOrg = WorkerFixture::org;
const QString newOrg = QStringLiteral("org-buurtteam-noord");

// What the failing rows expect, word for word (no translator is loaded: English).
const QString unknownSentence = QStringLiteral(
    "The hub does not know this code. Check that you typed it correctly, or ask your coordinator for a new one.");
const QString usedSentence = QStringLiteral(
    "This code has already been used: each code works only once. Ask your coordinator for a new one.");
const QString expiredSentence = QStringLiteral("This code has expired. Ask your coordinator for a new one.");
const QString garbageSentence = QStringLiteral(
    "This is not an enrolment code: a code has 16 letters and digits, like K7QM-3XPA-9RTD-2FHC.");
const QString noHubSentence = QStringLiteral(
    "Enter the hub's address as well, such as https://hub.example.nl. Your coordinator gives it with the code.");
const QString storageSentence = QStringLiteral(
    "This device could not keep the organisation's key safely, so it is not enrolled. Ask your coordinator for a new code and try again.");

/** One device: its database (the worker fixture), settings, token store and session. */
struct Device {
    QTemporaryDir dir;
    Database db;
    std::unique_ptr<DeviceSettings> settings;
    std::unique_ptr<SecureTokenStore> tokens;
    std::unique_ptr<WorkerEnrolment> session;

    QString tokenFile() const { return dir.filePath(QStringLiteral("secrets/") + WorkerEnrolment::TokenKey); }
    QSqlDatabase connection() { return db.connection(); }

    /** A new WorkerEnrolment over the same database and token folder, as at the next start of the app. */
    void restart(QNetworkAccessManager *network)
    {
        session.reset();
        tokens = std::make_unique<SecureTokenStore>(dir.path());
        tokens->setKeychainEnabled(false);
        session = std::make_unique<WorkerEnrolment>(connection(), *settings, tokens.get(), network,
                                                  [] { return WorkerFixture::now(); });
    }
};

/** Everything enrolment may touch on the device, as text. */
QStringList snapshot(Device &device)
{
    QFile token(device.tokenFile());
    const QString tokenState = token.open(QIODevice::ReadOnly) ? QStringLiteral("token:") + QString::fromUtf8(token.readAll())
                                                               : QStringLiteral("no token");
    return WorkerFixture::rows(device.connection(), QStringLiteral("device_setting"), QStringLiteral("key"))
        + QStringList{QStringLiteral("--")}
        + WorkerFixture::rows(device.connection(), QStringLiteral("organisation"), QStringLiteral("uid"))
        + QStringList{QStringLiteral("--"), tokenState};
}

/**
 * A web server on loopback that answers every request with 200 and @p body: a server
 * that is not a Buurtplein hub. The real hub never answers 200 without a token.
 */
class NotAHub : public QTcpServer
{
public:
    explicit NotAHub(const QByteArray &body) : m_body(body)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_request += socket->readAll();
                    if (!m_request.contains("\r\n\r\n"))
                        return;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\nContent-Length: "
                                  + QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

private:
    QByteArray m_body;
    QByteArray m_request;
};

int count(QSqlDatabase db, const QString &table)
{
    QSqlQuery q(db);
    // Table names come from the test's own constants.
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestWorkerSession : public QObject
{
    Q_OBJECT

private:
    HubTest::FreshDatabase m_hubDb;
    HubTest::HubProcess m_hub;
    QNetworkAccessManager m_network;
    std::unique_ptr<Device> m_device;

    QString hubUrl() const { return m_hub.url(QString()).toString(); }

    /** A fresh one-time code for @p org from the hub's CLI: {grouped code, link}. */
    QStringList makeCode(const QString &org, const QString &linkHub = {})
    {
        QStringList args{QStringLiteral("enrol-code"), QStringLiteral("create"), QStringLiteral("--org"), org,
                         QStringLiteral("--db"), m_hubDb.location()};
        if (!linkHub.isEmpty())
            args << QStringLiteral("--hub-url") << linkHub;
        const HubTest::CliRun run = HubTest::runHub(args);
        const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (run.exitCode != 0 || lines.size() != 2)
            qWarning() << "enrol-code create failed:" << run.exitCode << run.err;
        return lines;
    }

    /** The hub's own database: the CLI only makes codes valid for at least a day, so a test ages one here. */
    bool expire(const QString &code)
    {
        const QString name = QStringLiteral("expire-code");
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_hubDb.sqliteFile());
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("UPDATE enrol_code SET expires = 1 WHERE hash = :hash"));
                const QByteArray normalised = EnrolCode::normalise(code).value_or(QString()).toUtf8();
                q.bindValue(QStringLiteral(":hash"),
                            QString::fromLatin1(QCryptographicHash::hash(normalised, QCryptographicHash::Sha256).toHex()));
                ok = q.exec() && q.numRowsAffected() == 1;
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    /** An address on loopback where nothing listens. */
    static QString closedHub()
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost, 0))
            return {};
        const quint16 port = server.serverPort();
        server.close();
        return QStringLiteral("http://127.0.0.1:%1").arg(port);
    }

    /** Runs enrol() to its answer: true when it succeeded, else @p message holds the sentence. */
    bool enrol(const QString &codeOrLink, const QString &hub, QString *message = nullptr)
    {
        WorkerEnrolment &session = *m_device->session;
        QSignalSpy succeeded(&session, &WorkerEnrolment::enrolSucceeded);
        QSignalSpy failed(&session, &WorkerEnrolment::enrolFailed);
        session.enrol(codeOrLink, hub);
        if (succeeded.isEmpty() && failed.isEmpty())
            [&] { QTRY_VERIFY_WITH_TIMEOUT(succeeded.size() + failed.size() > 0, 60000); }();
        if (QTest::currentTestFailed())
            return false;
        if (message && !failed.isEmpty())
            *message = failed.first().first().toString();
        return succeeded.size() == 1 && failed.isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_hubDb.create(QStringLiteral("sqlite"), &error), qPrintable(error));
        for (const QStringList &org : {QStringList{knownOrg, QStringLiteral("Welzijn West"), QStringLiteral("welzijn")},
                                       QStringList{newOrg, QStringLiteral("Buurtteam Noord"), QStringLiteral("gemeente")}}) {
            const HubTest::CliRun made = HubTest::runHub({QStringLiteral("org"), QStringLiteral("create"), QStringLiteral("--uid"), org[0],
                                                          QStringLiteral("--name"), org[1], QStringLiteral("--kind"), org[2],
                                                          QStringLiteral("--db"), m_hubDb.location()});
            QVERIFY2(made.exitCode == 0, made.err.constData());
        }
        QVERIFY2(m_hub.start(m_hubDb.location(), &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_hub.stop();
    }

    void init()
    {
        m_device = std::make_unique<Device>();
        QVERIFY(m_device->dir.isValid());
        QString error;
        QVERIFY2(WorkerFixture::build(m_device->db, &error), qPrintable(error));
        m_device->settings = std::make_unique<DeviceSettings>(m_device->connection());
        m_device->restart(&m_network);
        QVERIFY(!m_device->session->enrolled());
    }

    void cleanup()
    {
        m_device.reset();
    }

    void enrolWithCode_data()
    {
        QTest::addColumn<QString>("spelling");
        QTest::addColumn<QString>("typedHub");
        QTest::newRow("as printed") << "grouped" << "%1";
        QTest::newRow("typed in lower case with spaces, hub with a slash") << "lower-spaced" << "%1/";
        QTest::newRow("without dashes, hub with spaces around") << "plain" << "  %1  ";
    }

    void enrolWithCode()
    {
        QFETCH(QString, spelling);
        QFETCH(QString, typedHub);
        QString code = makeCode(newOrg).value(0);
        QVERIFY(!code.isEmpty());
        if (spelling == QLatin1String("lower-spaced"))
            code = code.toLower().replace(QLatin1Char('-'), QLatin1Char(' '));
        else if (spelling == QLatin1String("plain"))
            code.remove(QLatin1Char('-'));
        WorkerEnrolment &session = *m_device->session;
        QSignalSpy busy(&session, &WorkerEnrolment::busyChanged);
        QSignalSpy enrolment(&session, &WorkerEnrolment::enrolmentChanged);
        QSignalSpy succeeded(&session, &WorkerEnrolment::enrolSucceeded);
        session.enrol(code, typedHub.arg(hubUrl()));
        QVERIFY(session.busy());
        QVERIFY(succeeded.wait(60000));
        QVERIFY(!session.busy());
        QCOMPARE(busy.size(), 2);
        QCOMPARE(enrolment.size(), 1);

        QVERIFY(session.enrolled());
        QCOMPARE(session.organisationUid(), newOrg);
        QCOMPARE(session.organisationName(), QStringLiteral("Buurtteam Noord"));
        QCOMPARE(session.hubUrl(), hubUrl());
        QCOMPARE(session.tokenStorage(), QStringLiteral("file"));
        QCOMPARE(session.store().organisationUid(), newOrg);

        DeviceSettings &settings = *m_device->settings;
        QCOMPARE(settings.value(SettingKey::workerOrganisationUid), newOrg);
        QCOMPARE(settings.value(SettingKey::workerOrganisationName), QStringLiteral("Buurtteam Noord"));
        QCOMPARE(settings.value(SettingKey::workerHubUrl), hubUrl());
        const auto organisation = session.store().catalogue().organisation(newOrg);
        QVERIFY(organisation);
        QCOMPARE(organisation->name, QStringLiteral("Buurtteam Noord"));
        QCOMPARE(organisation->kind, QStringLiteral("gemeente"));

        // The token sits in a file only this user can read, and the hub accepts it.
        QFile token(m_device->tokenFile());
        QVERIFY(token.open(QIODevice::ReadOnly));
        const QByteArray secret = token.readAll();
        QVERIFY(!secret.isEmpty());
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QVERIFY(token.permissions() & QFileDevice::ReadOwner);
        QVERIFY(!(token.permissions() & others));
        const HubTest::Answer who = HubTest::call(m_network, "GET", m_hub.url(QStringLiteral("/v1/whoami")), {}, secret);
        QCOMPARE(who.status, 200);
        QCOMPARE(who.json().value(QStringLiteral("organisation")).toObject().value(QStringLiteral("uid")).toString(), newOrg);
    }

    void enrolKnownOrganisationKeepsItsRow()
    {
        const QStringList before = WorkerFixture::rows(m_device->connection(), QStringLiteral("organisation"), QStringLiteral("uid"));
        QVERIFY(enrol(makeCode(knownOrg).value(0), hubUrl()));
        QCOMPARE(WorkerFixture::rows(m_device->connection(), QStringLiteral("organisation"), QStringLiteral("uid")), before);
        QCOMPARE(m_device->session->organisationName(), QStringLiteral("Welzijn West"));
    }

    void enrolFails_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("the same code again") << "used" << usedSentence;
        QTest::newRow("an unknown code") << "unknown" << unknownSentence;
        QTest::newRow("an expired code") << "expired" << expiredSentence;
        QTest::newRow("garbage text") << "garbage" << garbageSentence;
        QTest::newRow("a link of another kind") << "wrong link" << QStringLiteral("This link is not a Buurtplein enrolment link.");
        QTest::newRow("a code without a hub") << "no hub" << noHubSentence;
        QTest::newRow("an unreachable hub") << "unreachable" << QString();
        QTest::newRow("a hub address with a wrong path") << "wrong path" << QString();
        QTest::newRow("a web site that is not a hub") << "not a hub" << QString();
        QTest::newRow("no safe place for the token") << "no storage" << storageSentence;
    }

    void enrolFails()
    {
        QFETCH(QString, kind);
        QFETCH(QString, sentence);
        QString text = makeCode(newOrg).value(0);
        QString hub = hubUrl();
        NotAHub notAHub("<html><body>Welkom bij de gemeente</body></html>");
        if (kind == QLatin1String("used")) {
            const HubTest::Answer spent = HubTest::call(m_network, "POST", m_hub.url(QStringLiteral("/v1/enrol")),
                                                        QJsonDocument(QJsonObject{{QStringLiteral("code"), text}}).toJson());
            QCOMPARE(spent.status, 200);
        } else if (kind == QLatin1String("unknown")) {
            text = EnrolCode::grouped(EnrolCode::generate());
        } else if (kind == QLatin1String("expired")) {
            QVERIFY(expire(text));
        } else if (kind == QLatin1String("garbage")) {
            text = QStringLiteral("ask Fatima for the code");
        } else if (kind == QLatin1String("wrong link")) {
            text = QStringLiteral("buurtplein://join?code=") + text;
        } else if (kind == QLatin1String("no hub")) {
            hub.clear();
        } else if (kind == QLatin1String("unreachable")) {
            hub = closedHub();
            QVERIFY(!hub.isEmpty());
            sentence = QStringLiteral("The hub at %1 cannot be reached. Check the address and the internet connection, then try again.").arg(hub);
        } else if (kind == QLatin1String("wrong path")) {
            hub = hubUrl() + QStringLiteral("/buurtplein");
            sentence = QStringLiteral("The hub could not enrol this device (error 404). Try again later, or ask your coordinator.");
        } else if (kind == QLatin1String("not a hub")) {
            QVERIFY(notAHub.listen(QHostAddress::LocalHost, 0));
            hub = QStringLiteral("http://127.0.0.1:%1").arg(notAHub.serverPort());
            sentence = QStringLiteral("The answer from %1 is not what a Buurtplein hub sends. Check the hub's address, or ask your coordinator.")
                           .arg(hub);
        } else if (kind == QLatin1String("no storage")) {
            // A file where the folder of protected files should be: the token cannot be written.
            QFile blocker(m_device->dir.filePath(QStringLiteral("secrets")));
            QVERIFY(blocker.open(QIODevice::WriteOnly));
        }
        const QStringList before = snapshot(*m_device);

        QString message;
        QVERIFY(!enrol(text, hub, &message));
        QCOMPARE(message, sentence);
        QCOMPARE(snapshot(*m_device), before);
        QVERIFY(!m_device->session->enrolled());
        QVERIFY(!m_device->session->busy());
        QCOMPARE(m_device->session->tokenStorage(), QString());
        QCOMPARE(m_device->session->store().organisationUid(), QString());
    }

    void enrolTwiceIsRefused()
    {
        QVERIFY(enrol(makeCode(knownOrg).value(0), hubUrl()));
        const QStringList before = snapshot(*m_device);
        QString message;
        QVERIFY(!enrol(makeCode(newOrg).value(0), hubUrl(), &message));
        QCOMPARE(message, QStringLiteral("This device is already enrolled for Welzijn West. Leave that organisation first."));
        QCOMPARE(snapshot(*m_device), before);
    }

    void linkNamesItsHub_data()
    {
        QTest::addColumn<QString>("typedHub");
        QTest::newRow("no hub typed") << QString();
        QTest::newRow("another hub typed") << closedHub();
    }

    void linkNamesItsHub()
    {
        QFETCH(QString, typedHub);
        const QString link = makeCode(newOrg, hubUrl()).value(1);
        QVERIFY2(link.startsWith(QLatin1String("buurtplein://enrol?hub=")), qPrintable(link));
        QVERIFY(enrol(link, typedHub));
        QCOMPARE(m_device->session->hubUrl(), hubUrl());
        QCOMPARE(m_device->settings->value(SettingKey::workerHubUrl), hubUrl());
    }

    void openLink_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("opened");
        QTest::addColumn<QString>("pendingCode");
        QTest::addColumn<QString>("pendingHub");
        QTest::newRow("enrol link with hub")
            << "buurtplein://enrol?hub=https%3A%2F%2Fhub.example.nl&code=K7QM-3XPA-9RTD-2FHC" << true << "K7QM-3XPA-9RTD-2FHC"
            << "https://hub.example.nl";
        QTest::newRow("enrol link, hub with a trailing slash")
            << "buurtplein://enrol?hub=https%3A%2F%2Fhub.example.nl%2F&code=K7QM-3XPA-9RTD-2FHC" << true << "K7QM-3XPA-9RTD-2FHC"
            << "https://hub.example.nl";
        QTest::newRow("enrol link, code as read out") << "buurtplein://enrol?code=k7qm3xpa9rtd2fhc" << true
                                                      << "K7QM-3XPA-9RTD-2FHC" << "";
        QTest::newRow("wrong scheme") << "https://enrol?code=K7QM-3XPA-9RTD-2FHC" << false << "" << "";
        QTest::newRow("wrong host part") << "buurtplein://join?code=K7QM-3XPA-9RTD-2FHC" << false << "" << "";
        QTest::newRow("no code") << "buurtplein://enrol?hub=https%3A%2F%2Fhub.example.nl" << false << "" << "";
        QTest::newRow("damaged code") << "buurtplein://enrol?code=K7QM-3XPA" << false << "" << "";
        QTest::newRow("hub that is no web address") << "buurtplein://enrol?hub=ftp%3A%2F%2Fx&code=K7QM-3XPA-9RTD-2FHC" << false
                                                    << "" << "";
        QTest::newRow("not a link") << "hello" << false << "" << "";
    }

    void openLink()
    {
        QFETCH(QString, url);
        QFETCH(bool, opened);
        QFETCH(QString, pendingCode);
        QFETCH(QString, pendingHub);
        WorkerEnrolment &session = *m_device->session;
        QSignalSpy requested(&session, &WorkerEnrolment::enrolmentRequested);
        QSignalSpy pending(&session, &WorkerEnrolment::pendingChanged);
        const QStringList before = snapshot(*m_device);
        QCOMPARE(session.openLink(url), opened);
        QCOMPARE(requested.size(), opened ? 1 : 0);
        QCOMPARE(pending.size(), opened ? 1 : 0);
        QCOMPARE(session.pendingCode(), pendingCode);
        QCOMPARE(session.pendingHub(), pendingHub);
        QCOMPARE(snapshot(*m_device), before); // a link only fills in the page; it never enrols by itself
    }

    void pendingClearedByEnrolment()
    {
        const QString link = makeCode(newOrg, hubUrl()).value(1);
        WorkerEnrolment &session = *m_device->session;
        QVERIFY(session.openLink(link));
        QVERIFY(!session.pendingCode().isEmpty());
        QCOMPARE(session.pendingHub(), hubUrl());
        QVERIFY(enrol(session.pendingCode(), session.pendingHub()));
        QCOMPARE(session.pendingCode(), QString());
        QCOMPARE(session.pendingHub(), QString());
    }

    void restartKnowsTheEnrolment()
    {
        QVERIFY(enrol(makeCode(newOrg).value(0), hubUrl()));
        m_device->restart(&m_network);
        WorkerEnrolment &session = *m_device->session;
        QVERIFY(session.enrolled());
        QCOMPARE(session.organisationName(), QStringLiteral("Buurtteam Noord"));
        QCOMPARE(session.hubUrl(), hubUrl());
        // Read from the protected file; without a keychain that answers at once.
        QCOMPARE(session.tokenStorage(), QStringLiteral("file"));
    }

    void leaveWarning_data()
    {
        QTest::addColumn<int>("changes");
        QTest::addColumn<QString>("says");
        QTest::newRow("nothing waits") << 0 << "No changes are waiting to be sent";
        QTest::newRow("one change waits") << 1 << "1 change";
        QTest::newRow("two changes wait") << 2 << "2 change";
    }

    void leaveWarning()
    {
        QFETCH(int, changes);
        QFETCH(QString, says);
        QVERIFY(enrol(makeCode(knownOrg).value(0), hubUrl()));
        WorkerStore &store = m_device->session->store();
        if (changes > 0) {
            SessionLog log;
            log.occurrenceUid = WorkerFixture::koffieOn(11, 24);
            log.attendance = 7;
            QVERIFY2(store.logSession(log), qPrintable(store.errorString()));
        }
        if (changes > 1)
            QVERIFY2(store.cancelSession(WorkerFixture::koffieOn(12, 1), QStringLiteral("weer")), qPrintable(store.errorString()));
        QCOMPARE(m_device->session->waitingChanges(), changes);
        const QString warning = m_device->session->leaveWarning();
        QVERIFY2(warning.contains(QStringLiteral("Welzijn West")), qPrintable(warning));
        QVERIFY2(warning.contains(says), qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("session logs and notes on this device are removed")), qPrintable(warning));
    }

    void leaveRemovesTheOrganisationsData()
    {
        QVERIFY(enrol(makeCode(knownOrg).value(0), hubUrl()));
        WorkerEnrolment &session = *m_device->session;
        SessionLog log;
        log.occurrenceUid = WorkerFixture::koffieOn(11, 24);
        log.attendance = 12;
        log.note = QStringLiteral("Koffie was op");
        QVERIFY2(session.store().logSession(log), qPrintable(session.store().errorString()));
        session.notifyChanged();
        session.setSchoolRegion(QStringLiteral("zuid"));
        QCOMPARE(count(m_device->connection(), QStringLiteral("session_log")), 1);
        QCOMPARE(session.waitingChanges(), 1);
        QVERIFY(QFile::exists(m_device->tokenFile()));

        QSignalSpy left(&session, &WorkerEnrolment::left);
        QSignalSpy enrolment(&session, &WorkerEnrolment::enrolmentChanged);
        QSignalSpy changed(&session, &WorkerEnrolment::changed);
        QSignalSpy failed(&session, &WorkerEnrolment::leaveFailed);
        session.leave();
        if (left.isEmpty())
            QVERIFY(left.wait(30000));
        QVERIFY(failed.isEmpty());
        QCOMPARE(enrolment.size(), 1);
        QCOMPARE(changed.size(), 1);

        QVERIFY(!session.enrolled());
        QCOMPARE(session.organisationName(), QString());
        QCOMPARE(session.hubUrl(), QString());
        QCOMPARE(session.tokenStorage(), QString());
        QCOMPARE(session.store().organisationUid(), QString());
        QCOMPARE(session.waitingChanges(), 0);
        QVERIFY(!QFile::exists(m_device->tokenFile()));
        QCOMPARE(count(m_device->connection(), QStringLiteral("session_log")), 0);
        QCOMPARE(count(m_device->connection(), QStringLiteral("outbox")), 0);
        for (const QString &key : {SettingKey::workerOrganisationUid, SettingKey::workerOrganisationName,
                                   SettingKey::workerHubUrl, SettingKey::workerSchoolRegion})
            QVERIFY2(!m_device->settings->contains(key), qPrintable(key));
        // The public catalogue stays: the organisation's activities are still found.
        QVERIFY(session.store().catalogue().activity(WorkerFixture::koffie));

        // After leaving, the device can enrol again with a new code.
        QVERIFY(enrol(makeCode(newOrg).value(0), hubUrl()));
        QCOMPARE(session.organisationUid(), newOrg);
    }

    void leaveFailureKeepsTheEnrolment()
    {
        QVERIFY(enrol(makeCode(knownOrg).value(0), hubUrl()));
        WorkerEnrolment &session = *m_device->session;
        SessionLog log;
        log.occurrenceUid = WorkerFixture::koffieOn(11, 24);
        log.attendance = 5;
        QVERIFY2(session.store().logSession(log), qPrintable(session.store().errorString()));
        // The token cannot be removed when a folder (with something in it) stands in its place.
        QVERIFY(QFile::remove(m_device->tokenFile()));
        QVERIFY(QDir().mkpath(m_device->tokenFile() + QStringLiteral("/inside")));
        const QStringList before = snapshot(*m_device);

        QSignalSpy left(&session, &WorkerEnrolment::left);
        QSignalSpy failed(&session, &WorkerEnrolment::leaveFailed);
        session.leave();
        if (failed.isEmpty())
            QVERIFY(failed.wait(30000));
        QVERIFY(left.isEmpty());
        QCOMPARE(failed.first().first().toString(),
                 QStringLiteral("The organisation's key could not be removed from this device, so it is still enrolled. Try again."));
        QVERIFY(session.enrolled());
        QCOMPARE(session.store().organisationUid(), knownOrg);
        QCOMPARE(count(m_device->connection(), QStringLiteral("session_log")), 1);
        QCOMPARE(session.waitingChanges(), 1);
        QCOMPARE(snapshot(*m_device), before);
    }
};

QTEST_GUILESS_MAIN(TestWorkerSession)
#include "tst_workerenrolment.moc"
