// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/syncrunner.h"
#include "recurrence/clock.h"
#include "catalogue/cataloguestore.h"
#include "storage/database.h"
#include "device/devicesettings.h"
#include "sync/joincountsender.h"
#include "sync/syncengine.h"
#include "sync/syncscheduler.h"
#include "sync/synclog.h"

#include <QSqlQuery>

namespace Buurtplein {

SyncRunner::SyncRunner(const QString &databasePath, Clock clock)
    : m_path(databasePath)
    , m_clock(std::move(clock))
{
}

// The engine holds replies of the network manager, so it goes first.
SyncRunner::~SyncRunner()
{
    m_joins.reset();
    m_engine.reset();
    m_network.reset();
    m_db.reset();
}

bool SyncRunner::open(QString *error)
{
    if (m_engine)
        return true;
    // Opened here, on the sync thread: Qt SQL connections and network managers stay on theirs.
    auto db = std::make_unique<Database>();
    if (!db->open(m_path)) {
        *error = db->errorString();
        return false;
    }
    m_db = std::move(db);
    m_network = std::make_unique<HubNetwork>();
    m_engine = std::make_unique<SyncEngine>(m_db->connection(), m_network->client());
    if (m_clock)
        m_engine->setClock(m_clock);
    // A first sync may start from the hub's snapshot, downloaded beside the database.
    if (m_path != QLatin1String(":memory:"))
        m_engine->setSnapshotFolder(m_path + QStringLiteral(".download"));
    connect(m_engine.get(), &SyncEngine::finished, this, &SyncRunner::cycleFinished);
    connect(m_engine.get(), &SyncEngine::snapshotProgress, this, &SyncRunner::progress);
    m_joins = std::make_unique<JoinCountSender>(m_db->connection(), m_network->client(),
                                                Clocks::orSystem(m_clock));
    return true;
}

QString SyncRunner::fingerprint() const
{
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(set_aside), 0), COALESCE(MAX(id), 0), "
                          "COALESCE(GROUP_CONCAT(uuid), '') FROM outbox"));
    const QString outbox = q.next() ? QStringLiteral("%1/%2/%3/%4").arg(q.value(0).toString(), q.value(1).toString(),
                                                                      q.value(2).toString(), q.value(3).toString())
                                    : QString();
    return outbox + QLatin1Char('|') + DeviceSettings(m_db->connection()).value(SettingKey::syncFeedCursor);
}

bool SyncRunner::keepOrganisation()
{
    // `org create` puts the organisation in the hub's feed, but an organisation made
    // otherwise (an older hub, a database edited by hand) may be missing from it: the
    // first resync would then remove the record enrolment stored, and without it the
    // worker could not make the first activity that would put it there.
    CatalogueStore catalogue(m_db->connection());
    if (m_job.organisationUid.isEmpty() || catalogue.organisation(m_job.organisationUid))
        return false;
    Organisation organisation{0, m_job.organisationUid, m_job.organisationName, QString(), 0};
    if (!catalogue.save(organisation)) {
        qCWarning(lcSync) << "cannot keep the enrolled organisation:" << catalogue.errorString();
        return false;
    }
    qCInfo(lcSync) << "the hub does not list" << m_job.organisationUid << "yet; kept it on the device";
    return true;
}

QDateTime SyncRunner::nextAttempt() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT MIN(next_attempt) FROM outbox WHERE set_aside = 0 AND next_attempt IS NOT NULL")) || !q.next()
        || q.value(0).isNull())
        return {};
    return QDateTime::fromString(q.value(0).toString(), Qt::ISODate).toUTC();
}

void SyncRunner::run(const SyncJob &job)
{
    QString error;
    if (!open(&error)) {
        qCWarning(lcSync) << "cannot open the device database for sync:" << error;
        finish({SyncEngine::Failed, error, {}, false});
        return;
    }
    if (m_engine->isRunning())
        return;
    m_job = job;
    // Here, on the connection the cycle reads the cursor with: another hub's cursor is
    // forgotten before the cycle asks the new hub for changes after it.
    DeviceSettings settings(m_db->connection());
    SyncHub::keepCursorFor(settings, job.hub, job.enrolled);
    m_before = fingerprint();
    m_cursorBefore = settings.value(SettingKey::syncFeedCursor);
    m_engine->setHubUrl(job.hub);
    m_engine->setToken(job.token);
    m_engine->setRespectBackoff(job.respectBackoff);
    m_engine->syncOnce();
}

void SyncRunner::cycleFinished(bool synced)
{
    SyncOutcome outcome;
    outcome.changed = fingerprint() != m_before;
    // A resync that found the same feed leaves the cursor where it was, and the catalogue too.
    outcome.catalogueChanged = DeviceSettings(m_db->connection()).value(SettingKey::syncFeedCursor) != m_cursorBefore;
    outcome.problem = m_engine->lastProblem();
    outcome.nextAttempt = nextAttempt();
    outcome.kind = m_engine->lastOutcome();
    if (synced) {
        outcome.changed = keepOrganisation() || outcome.changed;
        outcome.lastSynced = m_engine->lastSynced();
    }
    // Join counts only go to a hub that just answered; they never hold up the sync's news.
    if (!synced || !m_job.countJoins) {
        finish(outcome);
        return;
    }
    m_joins->send(m_job.hub, [this, outcome](bool) { finish(outcome); });
}

void SyncRunner::finish(SyncOutcome outcome)
{
    Q_EMIT ended(outcome);
}

} // namespace Buurtplein
