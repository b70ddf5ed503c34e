// SPDX-License-Identifier: GPL-3.0-or-later
#include "workersession.h"
#include "devicesettings.h"
#include "schoolholidays.h"
#include "securetokenstore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWorkerSession, "buurtplein.app.worker", QtInfoMsg)

namespace Buurtplein {

WorkerSession::WorkerSession(QSqlDatabase db, DeviceSettings &settings, SecureTokenStore *tokens,
                             QNetworkAccessManager *network, WorkerStore::Clock clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_settings(settings)
    , m_tokens(tokens)
    , m_network(network)
    , m_store(db, std::move(clock))
{
    restore();
}

WorkerSession::~WorkerSession() = default;

void WorkerSession::restore()
{
    m_organisationUid = m_settings.value(SettingKey::workerOrganisationUid);
    m_organisationName = m_settings.value(SettingKey::workerOrganisationName);
    m_hubUrl = m_settings.value(SettingKey::workerHubUrl);
    m_store.setOrganisationUid(m_organisationUid);
}

QString WorkerSession::schoolRegion() const
{
    // Amsterdam, where the demo neighbourhood is, lies in region noord.
    return m_settings.value(SettingKey::workerSchoolRegion, QStringLiteral("noord"));
}

void WorkerSession::setSchoolRegion(const QString &region)
{
    if (region == schoolRegion() || !SchoolHolidayStore::regions().contains(region))
        return;
    if (m_settings.setValue(SettingKey::workerSchoolRegion, region))
        Q_EMIT schoolRegionChanged();
}

int WorkerSession::waitingChanges() const
{
    return m_store.outbox().pendingCount();
}

int WorkerSession::setAsideChanges() const
{
    return int(m_store.outbox().setAsideItems().size());
}

void WorkerSession::notifyChanged()
{
    Q_EMIT changed();
}

// Enrolment, links and leaving: built by the enrolment work of issue 4.
void WorkerSession::enrol(const QString &, const QString &)
{
    Q_EMIT enrolFailed(QStringLiteral("Enrolment is not built yet."));
}

bool WorkerSession::openLink(const QString &)
{
    return false;
}

QString WorkerSession::leaveWarning() const
{
    return {};
}

void WorkerSession::leave()
{
    Q_EMIT leaveFailed(QStringLiteral("Leaving is not built yet."));
}

} // namespace Buurtplein
