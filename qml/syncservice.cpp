// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncservice.h"
#include "clock.h"
#include "amsterdamtime.h"
#include "backoff.h"
#include "devicesettings.h"
#include "joincountsender.h"
#include "securetokenstore.h"
#include "workersession.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QRandomGenerator>

// qml/CMakeLists.txt passes the cache variable BUURTPLEIN_DEFAULT_HUB; empty: no hub.
#ifndef BUURTPLEIN_DEFAULT_HUB
#define BUURTPLEIN_DEFAULT_HUB ""
#endif

Q_LOGGING_CATEGORY(lcSyncService, "buurtplein.app.sync", QtInfoMsg)

namespace Buurtplein {

namespace {
/** Device setting: when the last cycle synced (UTC, ISO 8601), so the card says it after a restart. */
const QString lastSyncedKey = QStringLiteral("sync.lastSynced");
constexpr int DefaultPeriodMs = 5 * 60 * 1000;
// A change whose backoff runs out is fetched no sooner than this after the last cycle.
constexpr qint64 MinRetryMs = 1000;
} // namespace

SyncService::SyncService(const QString &databasePath, WorkerSession *worker, DeviceSettings &settings,
                         SecureTokenStore *tokens, SyncRunner::Clock clock, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
    , m_settings(settings)
    , m_tokens(tokens)
    , m_clock(Clocks::orSystem(std::move(clock)))
    , m_runner(new SyncRunner(databasePath, m_clock))
    , m_setAside(worker->store())
{
    Q_ASSERT(worker);
    qRegisterMetaType<Buurtplein::SyncJob>();
    qRegisterMetaType<Buurtplein::SyncOutcome>();
    m_runner->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    connect(m_runner, &SyncRunner::ended, this, &SyncService::receive);
    m_thread.setObjectName(QStringLiteral("sync"));
    m_thread.start();

    m_lastSynced = QDateTime::fromString(m_settings.value(lastSyncedKey), Qt::ISODate);
    m_residentHubSet = m_settings.contains(HubKey);
    m_residentHub = m_settings.value(HubKey);
    m_kick.setSingleShot(true);
    connect(&m_kick, &QTimer::timeout, this, &SyncService::run);
    m_periodic.setInterval(DefaultPeriodMs);
    connect(&m_periodic, &QTimer::timeout, this, [this] { request(Trigger::Periodic); });
    connect(m_worker, &WorkerSession::changed, this, [this] {
        if (m_refreshing)
            return;
        refresh(false);
        request(Trigger::Change);
    });
    connect(m_worker, &WorkerSession::enrolmentChanged, this, &SyncService::hubChanged);
}

SyncService::~SyncService()
{
    m_thread.quit();
    m_thread.wait();
}

void SyncService::setPeriodMs(int ms)
{
    m_periodic.setInterval(ms);
}

void SyncService::start()
{
    m_started = true;
    m_periodic.start();
    request(Trigger::Start);
}

void SyncService::watchNetwork()
{
    if (!QNetworkInformation::loadDefaultBackend() || !QNetworkInformation::instance()) {
        qCInfo(lcSyncService) << "no network information backend; the periodic sync covers a network that comes back";
        return;
    }
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
        if (reachability == QNetworkInformation::Reachability::Online && m_state == Offline)
            request(Trigger::NetworkBack);
    });
}

bool SyncService::configured() const
{
    return !hubUrl().isEmpty();
}

QString SyncService::hubUrl() const
{
    if (m_worker->enrolled())
        return m_worker->hubUrl();
    if (!m_runHub.isEmpty())
        return m_runHub;
    return m_residentHubSet ? m_residentHub : defaultHub();
}

bool SyncService::hubEditable() const
{
    return !m_worker->enrolled() && m_runHub.isEmpty();
}

QString SyncService::defaultHub()
{
    static const QString hub = [] {
        const QString built = QStringLiteral(BUURTPLEIN_DEFAULT_HUB);
        const std::optional<QUrl> url = WorkerSession::readHubAddress(built);
        if (!built.isEmpty() && !url)
            qCWarning(lcSyncService) << "the build's default hub is not an http(s) address; ignored:" << built;
        return url ? url->toString() : QString();
    }();
    return hub;
}

bool SyncService::workerSync() const
{
    return m_worker->enrolled();
}

void SyncService::setRunHub(const QString &url)
{
    const std::optional<QUrl> hub = WorkerSession::readHubAddress(url);
    const QString tidy = hub ? hub->toString() : QString();
    if (tidy == m_runHub)
        return;
    const QString before = hubUrl();
    m_runHub = tidy;
    if (hubUrl() != before)
        hubChanged();
    else
        Q_EMIT configuredChanged();
}

QString SyncService::hubAddressProblem(const QString &text) const
{
    if (text.trimmed().isEmpty() || WorkerSession::readHubAddress(text))
        return {};
    //: Settings: the typed hub address is not a web address
    return tr("This is not a web address. A hub's address looks like https://hub.example.nl.");
}

bool SyncService::setHubAddress(const QString &text)
{
    if (!hubEditable() || !hubAddressProblem(text).isEmpty())
        return false;
    const std::optional<QUrl> url = WorkerSession::readHubAddress(text);
    const QString hub = url ? url->toString() : QString();
    if (m_residentHubSet && hub == m_residentHub)
        return true;
    if (!m_settings.setValue(HubKey, hub))
        return false;
    const QString before = hubUrl();
    m_residentHub = hub;
    m_residentHubSet = true;
    if (hubUrl() == before)
        return true;
    // "Last synced" spoke of the other hub.
    m_lastSynced = {};
    m_settings.remove(lastSyncedKey);
    Q_EMIT lastSyncedChanged();
    hubChanged();
    return true;
}

QString SyncService::lastSyncedText() const
{
    if (!m_lastSynced.isValid())
        //: Sync card: this device has never finished a sync with the hub
        return tr("Not synced yet");
    const QDateTime local = m_lastSynced.toTimeZone(AmsterdamTime::zone());
    const QString time = local.time().toString(QStringLiteral("HH:mm"));
    if (local.date() == m_clock().toTimeZone(AmsterdamTime::zone()).date())
        //: Sync card: when the last sync with the hub ended, today; %1 is the time, e.g. 10:42
        return tr("Last synced %1").arg(time);
    //: Sync card: when the last sync with the hub ended, before today; %1 is the day, %2 the time
    return tr("Last synced %1, %2").arg(QLocale().toString(local.date(), QStringLiteral("d MMMM")), time);
}

int SyncService::waitingChanges() const
{
    return m_worker->waitingChanges();
}

int SyncService::setAsideChanges() const
{
    return m_worker->setAsideChanges();
}

bool SyncService::countJoins() const
{
    const QString value = m_settings.value(JoinCountSender::EnabledKey);
    return value.isEmpty() ? configured() : value == QLatin1String("1");
}

void SyncService::setCountJoins(bool on)
{
    if (on == countJoins() && m_settings.contains(JoinCountSender::EnabledKey))
        return;
    if (m_settings.setValue(JoinCountSender::EnabledKey, on ? QStringLiteral("1") : QStringLiteral("0")))
        Q_EMIT countJoinsChanged();
}

void SyncService::syncNow()
{
    request(Trigger::Manual);
}

bool SyncService::dismiss(const QString &uuid)
{
    if (!m_worker->store().dismissSetAside(uuid))
        return false;
    refresh(true);
    return true;
}

void SyncService::request(Trigger trigger)
{
    if (!m_started || !configured())
        return;
    if (trigger == Trigger::Manual)
        m_manual = true;
    if (m_running) {
        m_again = true;
        return;
    }
    qint64 delay = trigger == Trigger::Change ? m_coalesceMs : 0;
    // Only triggers nobody asked for wait out the backoff of a failed cycle.
    if ((trigger == Trigger::Change || trigger == Trigger::Periodic) && backingOff())
        delay = std::max(delay, m_backoff.remainingTime());
    if (m_kick.isActive() && m_kick.remainingTime() <= delay)
        return;
    m_kick.start(int(std::min<qint64>(delay, std::numeric_limits<int>::max())));
}

void SyncService::run()
{
    if (m_running || !configured())
        return;
    m_running = true;
    setState(Syncing);
    // A resident's device has no token and never asks for one: it only pulls and counts.
    if (!m_tokens || !workerSync()) {
        launch({});
        return;
    }
    // Each cycle reads the token afresh: enrolling again replaces it.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_tokens, &SecureTokenStore::loaded, this,
                          [this, connection](const QString &key, const QString &secret, bool found, const QString &) {
        if (key != WorkerSession::TokenKey)
            return;
        disconnect(*connection);
        // Without a token the engine only pulls; the hub refuses the push, which says to enrol again.
        launch(found ? secret.toUtf8() : QByteArray());
    });
    m_tokens->load(WorkerSession::TokenKey);
}

void SyncService::launch(const QByteArray &token)
{
    if (!m_running)
        return;
    SyncJob job;
    job.hub = QUrl(hubUrl());
    job.token = workerSync() ? token : QByteArray();
    job.respectBackoff = !m_manual;
    job.countJoins = countJoins();
    if (workerSync()) {
        job.organisationUid = m_worker->organisationUid();
        job.organisationName = m_worker->organisationName();
    }
    keepCursorFor(job.hub);
    m_manual = false;
    QMetaObject::invokeMethod(m_runner, "run", Qt::QueuedConnection, Q_ARG(Buurtplein::SyncJob, job));
}

void SyncService::receive(const SyncOutcome &outcome)
{
    m_running = false;
    switch (outcome.kind) {
    case SyncOutcome::Synced:
        m_failures = 0;
        m_backoff = QDeadlineTimer(0);
        m_lastSynced = outcome.lastSynced;
        m_settings.setValue(lastSyncedKey, m_lastSynced.toUTC().toString(Qt::ISODate));
        Q_EMIT lastSyncedChanged();
        setProblem({});
        setState(Idle);
        break;
    case SyncOutcome::Offline:
        if (workerSync())
            //: Sync card: the hub could not be reached; nothing is lost
            setProblem(tr("The hub cannot be reached. Your changes stay on this device and are sent when it is back."));
        else
            //: Sync card on a resident's device: the hub could not be reached; the catalogue on the device still works
            setProblem(tr("The hub cannot be reached. The activities on this device stay available; the app tries again later."));
        setState(Offline);
        break;
    case SyncOutcome::Refused:
        //: Sync card: the hub refused the device's key (401), e.g. the coordinator withdrew it
        setProblem(tr("The hub no longer accepts this device, so nothing can be sent. Ask your coordinator for a new code, "
                      "then leave the organisation in Settings and enrol again."));
        setState(Problem);
        break;
    case SyncOutcome::Failed:
        setProblem(outcome.problem);
        setState(Problem);
        break;
    }
    if (outcome.kind != SyncOutcome::Synced) {
        QRandomGenerator *random = QRandomGenerator::global();
        const qint64 wait = Backoff::delayMs(m_failures++, *random);
        m_backoff = QDeadlineTimer(wait);
        qCInfo(lcSyncService) << "sync failed" << m_failures << "time(s) in a row; automatic syncs wait" << wait << "ms";
        // Try again by itself once the backoff ran out; a refused token waits for the person.
        if (outcome.kind != SyncOutcome::Refused && !m_again)
            m_kick.start(int(std::max<qint64>(wait, MinRetryMs)));
    }
    refresh(outcome.changed);
    if (outcome.catalogueChanged)
        Q_EMIT catalogueChanged();
    Q_EMIT cycleEnded(outcome.kind == SyncOutcome::Synced);
    if (m_again) {
        m_again = false;
        request(m_manual ? Trigger::Manual : Trigger::Change);
    } else if (outcome.kind == SyncOutcome::Synced && outcome.nextAttempt.isValid()) {
        // The hub is there, but a change still waits out the backoff of an earlier failure:
        // come back when it is due rather than at the next periodic sync.
        const qint64 due = std::max<qint64>(m_clock().msecsTo(outcome.nextAttempt), MinRetryMs);
        if (due < m_periodic.interval() && (!m_kick.isActive() || m_kick.remainingTime() > due))
            m_kick.start(int(due));
    }
}

void SyncService::refresh(bool notifyWorker)
{
    m_setAside.reload();
    Q_EMIT countsChanged();
    if (notifyWorker && !m_refreshing) {
        // The worker's lists re-read what the sync wrote; that is not a change to send.
        m_refreshing = true;
        m_worker->notifyChanged();
        m_refreshing = false;
    }
}

void SyncService::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

void SyncService::setProblem(const QString &problem)
{
    if (m_problem == problem)
        return;
    m_problem = problem;
    Q_EMIT lastProblemChanged();
}

void SyncService::keepCursorFor(const QUrl &hub)
{
    const QString address = hub.toString();
    const QString cursorHub = m_settings.value(CursorHubKey);
    if (cursorHub == address)
        return;
    // A cursor counts in one hub's feed: against another hub it would skip or repeat
    // changes, so a resident's device that changed hubs rebuilds its catalogue from the
    // new one's whole feed. An enrolled device keeps its catalogue as it always did.
    if (!cursorHub.isEmpty() && !workerSync()) {
        qCInfo(lcSyncService) << "the hub changed; the next sync fetches the whole catalogue";
        m_settings.remove(SettingKey::syncFeedCursor);
    }
    m_settings.setValue(CursorHubKey, address);
}

void SyncService::hubChanged()
{
    Q_EMIT configuredChanged();
    Q_EMIT countJoinsChanged();
    if (!configured()) {
        m_kick.stop();
        m_failures = 0;
        m_backoff = QDeadlineTimer(0);
        setProblem({});
        setState(Idle);
        return;
    }
    request(Trigger::Start);
}

} // namespace Buurtplein
