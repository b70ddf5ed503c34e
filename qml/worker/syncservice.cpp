// SPDX-License-Identifier: GPL-3.0-or-later
#include "worker/syncservice.h"
#include "common/amsterdamtime.h"
#include "recurrence/clock.h"
#include "device/devicesettings.h"
#include "hubclient/hubrequest.h"
#include "sync/joincountsender.h"
#include "platform/securetokenstore.h"
#include "worker/workerenrolment.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkInformation>

// qml/CMakeLists.txt passes the cache variable BUURTPLEIN_DEFAULT_HUB; empty: no hub.
#ifndef BUURTPLEIN_DEFAULT_HUB
#define BUURTPLEIN_DEFAULT_HUB ""
#endif

Q_LOGGING_CATEGORY(lcSyncService, "buurtplein.app.sync", QtInfoMsg)

namespace Buurtplein {

namespace {
/** Device setting: when the last cycle synced (UTC, ISO 8601), so the card says it after a restart. */
const QString lastSyncedKey = QStringLiteral("sync.lastSynced");
} // namespace

SyncService::SyncService(const QString &databasePath, WorkerEnrolment *worker, DeviceSettings &settings,
                         SecureTokenStore *tokens, SyncRunner::Clock clock, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
    , m_settings(settings)
    , m_tokens(tokens)
    , m_clock(Clocks::orSystem(std::move(clock)))
    , m_scheduler(databasePath, m_clock)
    , m_setAside(worker->store())
{
    Q_ASSERT(worker);
    connect(&m_scheduler, &SyncScheduler::jobNeeded, this, &SyncService::prepare);
    connect(&m_scheduler, &SyncScheduler::ended, this, &SyncService::receive);
    connect(&m_scheduler, &SyncScheduler::progress, this, &SyncService::showProgress);

    m_lastSynced = QDateTime::fromString(m_settings.value(lastSyncedKey), Qt::ISODate);
    if (m_settings.contains(HubKey))
        m_residentHub = m_settings.value(HubKey);
    m_scheduler.setEnabled(configured());
    connect(m_worker, &WorkerEnrolment::changed, this, [this] {
        if (m_refreshing)
            return;
        refresh(false);
        request(Trigger::Change);
    });
    connect(m_worker, &WorkerEnrolment::enrolmentChanged, this, &SyncService::hubChanged);
}

SyncService::~SyncService() = default;

void SyncService::setPeriodMs(int ms)
{
    m_scheduler.setPeriodMs(ms);
}

void SyncService::start()
{
    m_scheduler.start();
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
    return SyncHub::choose(m_worker->enrolled() ? m_worker->hubUrl() : QString(), m_runHub, m_residentHub, defaultHub());
}

bool SyncService::hubEditable() const
{
    return !m_worker->enrolled() && m_runHub.isEmpty();
}

QString SyncService::defaultHub()
{
    static const QString hub = [] {
        const QString built = QStringLiteral(BUURTPLEIN_DEFAULT_HUB);
        const std::optional<QUrl> url = HubRequest::readAddress(built);
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
    const std::optional<QUrl> hub = HubRequest::readAddress(url);
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
    if (text.trimmed().isEmpty() || HubRequest::readAddress(text))
        return {};
    //: Settings: the typed hub address is not a web address
    return tr("This is not a web address. A hub's address looks like https://hub.example.nl.");
}

bool SyncService::setHubAddress(const QString &text)
{
    if (!hubEditable() || !hubAddressProblem(text).isEmpty())
        return false;
    const std::optional<QUrl> url = HubRequest::readAddress(text);
    const QString hub = url ? url->toString() : QString();
    if (m_residentHub == hub)
        return true;
    if (!m_settings.setValue(HubKey, hub))
        return false;
    const QString before = hubUrl();
    m_residentHub = hub;
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

bool SyncService::sendReplacing(const QString &uuid)
{
    if (!m_worker->store().resendReplacing(uuid))
        return false;
    refresh(true);
    request(Trigger::Manual);
    return true;
}

void SyncService::request(Trigger trigger)
{
    m_scheduler.request(trigger);
}

void SyncService::prepare(bool manual)
{
    setState(Syncing);
    // A resident's device has no token and never asks for one: it only pulls and counts.
    if (!m_tokens || !workerSync()) {
        launch({}, manual);
        return;
    }
    // Each cycle reads the token afresh: enrolling again replaces it.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_tokens, &SecureTokenStore::loaded, this,
                          [this, connection, manual](const QString &key, const QString &secret, bool found, const QString &) {
        if (key != WorkerEnrolment::TokenKey)
            return;
        disconnect(*connection);
        // Without a token the engine only pulls; the hub refuses the push, which says to enrol again.
        launch(found ? secret.toUtf8() : QByteArray(), manual);
    });
    m_tokens->load(WorkerEnrolment::TokenKey);
}

void SyncService::launch(const QByteArray &token, bool manual)
{
    SyncJob job;
    job.hub = QUrl(hubUrl());
    job.token = workerSync() ? token : QByteArray();
    job.respectBackoff = !manual;
    job.countJoins = countJoins();
    if (workerSync()) {
        job.organisationUid = m_worker->organisationUid();
        job.organisationName = m_worker->organisationName();
    }
    job.enrolled = workerSync();
    m_scheduler.launch(job);
}

void SyncService::showProgress(qint64 received, qint64 total)
{
    const QLocale locale;
    if (received >= total) {
        //: Sync card: the catalogue file is downloaded and is being made searchable
        m_progress = tr("Catalogue downloaded; preparing it for search…");
    } else {
        //: Sync card: a first sync downloads the catalogue; %1 and %2 are sizes such as "12.3 MB"
        m_progress = tr("Downloading the catalogue: %1 of %2. You can keep using the app.")
                         .arg(locale.formattedDataSize(received, 1, QLocale::DataSizeSIFormat),
                              locale.formattedDataSize(total, 1, QLocale::DataSizeSIFormat));
    }
    Q_EMIT progressChanged();
}

void SyncService::receive(const SyncOutcome &outcome)
{
    if (!m_progress.isEmpty()) {
        m_progress.clear();
        Q_EMIT progressChanged();
    }
    switch (outcome.kind) {
    case SyncEngine::Synced:
        m_worker->setAccessRefused(false);
        m_lastSynced = outcome.lastSynced;
        m_settings.setValue(lastSyncedKey, m_lastSynced.toUTC().toString(Qt::ISODate));
        Q_EMIT lastSyncedChanged();
        setProblem({});
        setState(Idle);
        break;
    case SyncEngine::Offline:
        if (workerSync())
            //: Sync card: the hub could not be reached; nothing is lost
            setProblem(tr("The hub cannot be reached. Your changes stay on this device and are sent when it is back."));
        else
            //: Sync card on a resident's device: the hub could not be reached; the catalogue on the device still works
            setProblem(tr("The hub cannot be reached. The activities on this device stay available; the app tries again later."));
        setState(Offline);
        break;
    case SyncEngine::Refused:
        // Nothing is lost: a new code of the same organisation renews the key and the
        // waiting changes go then (WorkerEnrolment::enrol); leaving would remove them.
        m_worker->setAccessRefused(m_worker->enrolled());
        setProblem(m_worker->refusedAccessSentence());
        setState(Problem);
        break;
    case SyncEngine::Failed:
        setProblem(outcome.problem);
        setState(Problem);
        break;
    }
    refresh(outcome.changed);
    if (outcome.catalogueChanged)
        Q_EMIT catalogueChanged();
    Q_EMIT cycleEnded(outcome.kind == SyncEngine::Synced);
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

void SyncService::hubChanged()
{
    Q_EMIT configuredChanged();
    Q_EMIT countJoinsChanged();
    m_scheduler.setEnabled(configured());
    if (!configured()) {
        setProblem({});
        setState(Idle);
        return;
    }
    request(Trigger::Start);
}

} // namespace Buurtplein
