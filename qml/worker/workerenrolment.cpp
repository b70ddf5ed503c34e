// SPDX-License-Identifier: GPL-3.0-or-later
#include "worker/workerenrolment.h"
#include "catalogue/cataloguestore.h"
#include "storage/database.h"
#include "device/devicesettings.h"
#include "worker/enrolcode.h"
#include "worker/enrolment.h"
#include "hubclient/hubrequest.h"
#include "schedule/schoolholidays.h"
#include "platform/securetokenstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <memory>

Q_LOGGING_CATEGORY(lcWorkerSession, "buurtplein.app.worker", QtInfoMsg)

namespace Buurtplein {

namespace {

const QStringList workerSettings{SettingKey::workerOrganisationUid, SettingKey::workerOrganisationName,
                                 SettingKey::workerHubUrl, SettingKey::workerSchoolRegion};

/** The sentence for a hub that answered @p status with the error id @p error. */
QString hubRefusal(int status, const QString &error)
{
    if (error == QLatin1String("unknown_code"))
        //: Enrolment failed: the hub does not know the typed code
        return QCoreApplication::translate("Buurtplein::WorkerEnrolment", "The hub does not know this code. Check that you typed it correctly, or ask your coordinator for a new one.");
    if (error == QLatin1String("code_used"))
        //: Enrolment failed: the one-time code was already redeemed
        return QCoreApplication::translate("Buurtplein::WorkerEnrolment", "This code has already been used: each code works only once. Ask your coordinator for a new one.");
    if (error == QLatin1String("code_expired"))
        //: Enrolment failed: the one-time code is too old
        return QCoreApplication::translate("Buurtplein::WorkerEnrolment", "This code has expired. Ask your coordinator for a new one.");
    if (error == QLatin1String("invalid_code"))
        //: Enrolment failed: the hub says the text is not a code at all
        return QCoreApplication::translate("Buurtplein::WorkerEnrolment", "The hub says this is not an enrolment code. A code has 16 letters and digits, like K7QM-3XPA-9RTD-2FHC.");
    //: Enrolment failed with an HTTP error the app has no sentence for; %1 is the status number
    return QCoreApplication::translate("Buurtplein::WorkerEnrolment", "The hub could not enrol this device (error %1). Try again later, or ask your coordinator.").arg(status);
}

QString storageName(SecureTokenStore::Storage storage)
{
    switch (storage) {
    case SecureTokenStore::Storage::Keychain:
        return QStringLiteral("keychain");
    case SecureTokenStore::Storage::ProtectedFile:
        return QStringLiteral("file");
    case SecureTokenStore::Storage::None:
        break;
    }
    return {};
}

} // namespace

WorkerEnrolment::WorkerEnrolment(QSqlDatabase db, DeviceSettings &settings, SecureTokenStore *tokens,
                             HubClient hub, WorkerStore::Clock clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_settings(settings)
    , m_tokens(tokens)
    , m_hub(hub)
    , m_store(db, std::move(clock))
{
    restore();
}

WorkerEnrolment::~WorkerEnrolment() = default;

void WorkerEnrolment::restore()
{
    m_organisationUid = m_settings.value(SettingKey::workerOrganisationUid);
    m_organisationName = m_settings.value(SettingKey::workerOrganisationName);
    m_hubUrl = m_settings.value(SettingKey::workerHubUrl);
    m_store.setOrganisationUid(m_organisationUid);
    if (!enrolled() || !m_tokens)
        return;
    // Where the token lives is only known once it was read: the enrolment page says so.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_tokens, &SecureTokenStore::loaded, this,
                          [this, connection](const QString &key, const QString &, bool found, const QString &error) {
        if (key != TokenKey)
            return;
        disconnect(*connection);
        if (!found) {
            qCWarning(lcWorkerSession) << "enrolled, but the organisation token is not on this device" << error;
            return;
        }
        m_tokenStorage = storageName(m_tokens->storage());
        Q_EMIT enrolmentChanged();
    });
    m_tokens->load(TokenKey);
}

QString WorkerEnrolment::schoolRegion() const
{
    // Amsterdam, where the demo neighbourhood is, lies in region noord.
    return m_settings.value(SettingKey::workerSchoolRegion, QStringLiteral("noord"));
}

void WorkerEnrolment::setSchoolRegion(const QString &region)
{
    if (region == schoolRegion() || !SchoolHolidayStore::regions().contains(region))
        return;
    if (m_settings.setValue(SettingKey::workerSchoolRegion, region))
        Q_EMIT schoolRegionChanged();
}

int WorkerEnrolment::waitingChanges() const
{
    return m_store.outbox().pendingCount();
}

int WorkerEnrolment::setAsideChanges() const
{
    return int(m_store.outbox().setAsideItems().size());
}

void WorkerEnrolment::notifyChanged()
{
    Q_EMIT changed();
}

void WorkerEnrolment::enrol(const QString &codeOrLink, const QString &hubUrl, const QString &deviceName)
{
    if (m_busy)
        return;
    QString error;
    const auto enrolment = EnrolCode::read(codeOrLink, &error);
    if (!enrolment) {
        Q_EMIT enrolFailed(error);
        return;
    }
    // A device whose key the hub refused renews it with a new code of the same organisation,
    // keeping its unsent changes; any other enrolled device leaves its organisation first.
    const bool renewing = enrolled() && m_accessRefused;
    if (enrolled() && !renewing) {
        //: Enrolment refused: the device already belongs to an organisation; %1 is its name
        Q_EMIT enrolFailed(tr("This device is already enrolled for %1. Leave that organisation first.").arg(m_organisationName));
        return;
    }
    QUrl hub = enrolment->hub.isEmpty() ? QUrl() : HubRequest::tidy(enrolment->hub);
    if (hub.isEmpty()) {
        const auto typed = HubRequest::readAddress(hubUrl);
        if (!typed) {
            Q_EMIT enrolFailed(hubUrl.trimmed().isEmpty()
                                   //: Enrolment: a bare code was given without the hub's address
                                   ? tr("Enter the hub's address as well, such as https://hub.example.nl. Your coordinator gives it with the code.")
                                   //: Enrolment: the typed hub address is not a web address
                                   : tr("The hub's address is not a web address. It looks like https://hub.example.nl."));
            return;
        }
        hub = *typed;
    }
    if (!m_hub.isValid() || !m_tokens) {
        qCWarning(lcWorkerSession) << "enrolment needs a network and a token store";
        //: Enrolment: this build of the app cannot talk to a hub
        Q_EMIT enrolFailed(tr("This device cannot enrol: the app has no connection to the hub."));
        return;
    }

    m_busy = true;
    Q_EMIT busyChanged();

    const QString hubText = hub.toString();
    auto finish = [this](const QString &failure) {
        m_busy = false;
        Q_EMIT busyChanged();
        if (failure.isEmpty()) {
            Q_EMIT enrolmentChanged();
            Q_EMIT enrolSucceeded();
        } else {
            Q_EMIT enrolFailed(failure);
        }
    };
    Enrolment::redeem(m_hub, hub, enrolment->code, deviceName, this, [this, hubText, finish, renewing](const Enrolment::Result &result) {
        switch (result.kind) {
        case Enrolment::Result::Offline:
            qCInfo(lcWorkerSession) << "enrolment: no answer from" << hubText << result.networkError;
            //: Enrolment: the hub could not be reached; %1 is its address
            finish(tr("The hub at %1 cannot be reached. Check the address and the internet connection, then try again.").arg(hubText));
            return;
        case Enrolment::Result::Refused:
            qCInfo(lcWorkerSession) << "enrolment refused:" << result.status << result.errorId;
            finish(hubRefusal(result.status, result.errorId));
            return;
        case Enrolment::Result::NotAHub:
            qCWarning(lcWorkerSession) << "enrolment: the hub's answer lacks a token or organisation";
            //: Enrolment: the server answered, but not as a Buurtplein hub would
            finish(tr("The answer from %1 is not what a Buurtplein hub sends. Check the hub's address, or ask your coordinator.").arg(hubText));
            return;
        case Enrolment::Result::Enrolled:
            break;
        }

        if (renewing && result.redeemed.organisation.uid != m_organisationUid) {
            qCWarning(lcWorkerSession) << "renewal: the code is for" << result.redeemed.organisation.uid << "not" << m_organisationUid;
            //: Renewing a device's access with a code of another organisation; %1 is the code's organisation, %2 the device's
            finish(tr("This code is for %1, but this device works for %2, and its unsent changes belong to %2. "
                      "Ask your coordinator for a code of %2.").arg(result.redeemed.organisation.name, m_organisationName));
            return;
        }
        // The code is spent now: whatever fails from here needs a new code.
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(m_tokens, &SecureTokenStore::stored, this,
                              [this, connection, redeemed = result.redeemed, hubText, finish](const QString &key, bool ok, const QString &error) {
            if (key != TokenKey)
                return;
            disconnect(*connection);
            if (!ok) {
                qCWarning(lcWorkerSession) << "enrolment: cannot keep the token:" << error;
                //: Enrolment: the hub gave access but the device could not keep its key safely
                finish(tr("This device could not keep the organisation's key safely, so it is not enrolled. "
                          "Ask your coordinator for a new code and try again."));
                return;
            }
            Organisation organisation = redeemed.organisation;
            CatalogueStore catalogue(m_db);
            Transaction tx(m_db);
            const bool saved = (catalogue.organisation(organisation.uid) || catalogue.save(organisation))
                && m_settings.setValue(SettingKey::workerOrganisationUid, organisation.uid)
                && m_settings.setValue(SettingKey::workerOrganisationName, organisation.name)
                && m_settings.setValue(SettingKey::workerHubUrl, hubText)
                && tx.commit();
            if (!saved) {
                qCWarning(lcWorkerSession) << "enrolment: cannot save it on the device:" << catalogue.errorString();
                m_tokens->erase(TokenKey);
                //: Enrolment: the device's own database refused the enrolment
                finish(tr("This device could not save the enrolment, so it is not enrolled. "
                          "Ask your coordinator for a new code and try again."));
                return;
            }
            m_organisationUid = organisation.uid;
            m_organisationName = organisation.name;
            m_hubUrl = hubText;
            m_tokenStorage = storageName(m_tokens->storage());
            m_store.setOrganisationUid(m_organisationUid);
            setAccessRefused(false);
            qCInfo(lcWorkerSession) << "enrolled for" << m_organisationUid << "at" << m_hubUrl << "token in" << m_tokenStorage;
            if (!m_pendingCode.isEmpty() || !m_pendingHub.isEmpty()) {
                m_pendingCode.clear();
                m_pendingHub.clear();
                Q_EMIT pendingChanged();
            }
            finish(QString());
        });
        m_tokens->store(TokenKey, result.redeemed.token);
    });
}

void WorkerEnrolment::requestRenewal()
{
    Q_EMIT enrolmentRequested();
}

QString WorkerEnrolment::refusedAccessSentence() const
{
    if (waitingChanges() == 0) {
        //: Sync card: the hub refused the device's key (401) and no change waits on the device
        return tr("The hub no longer accepts this device. Ask your coordinator for a new code and enter it with “Enter a new code”.");
    }
    //: Sync card: the hub refused the device's key (401), e.g. the coordinator withdrew it; %n changes wait on the device
    return tr("The hub no longer accepts this device. %n change(s) wait on it and stay: ask your coordinator for a new code "
              "and enter it with “Enter a new code”; they are sent then. Leaving the organisation would remove them.",
              nullptr, waitingChanges());
}

void WorkerEnrolment::setAccessRefused(bool refused)
{
    if (m_accessRefused == refused)
        return;
    m_accessRefused = refused;
    Q_EMIT accessRefusedChanged();
}

bool WorkerEnrolment::openLink(const QString &url)
{
    if (!url.trimmed().startsWith(QLatin1String("buurtplein:"), Qt::CaseInsensitive))
        return false;
    const auto enrolment = EnrolCode::read(url);
    if (!enrolment)
        return false;
    m_pendingCode = EnrolCode::grouped(enrolment->code);
    m_pendingHub = enrolment->hub.isEmpty() ? QString() : HubRequest::tidy(enrolment->hub).toString();
    Q_EMIT pendingChanged();
    Q_EMIT enrolmentRequested();
    return true;
}

QString WorkerEnrolment::leaveWarning() const
{
    const int unsent = waitingChanges() + setAsideChanges();
    if (unsent == 0) {
        //: Leave dialog when no change waits for the hub; %1 is the organisation
        return tr("This device leaves %1. No changes are waiting to be sent; the session logs and notes on this device are removed.")
            .arg(m_organisationName);
    }
    //: Leave dialog: %1 is the organisation, %n the number of changes the hub has not received
    return tr("This device leaves %1. %n change(s) not yet sent to the hub will be lost, "
              "and the session logs and notes on this device are removed.", nullptr, unsent)
        .arg(m_organisationName);
}

void WorkerEnrolment::leave()
{
    if (!enrolled()) {
        //: Leaving refused: the device belongs to no organisation
        Q_EMIT leaveFailed(tr("This device is not enrolled for an organisation."));
        return;
    }
    auto forget = [this] {
        const QString regionBefore = schoolRegion();
        Transaction tx(m_db);
        bool ok = m_store.forgetOrganisationData();
        for (const QString &key : workerSettings)
            ok = ok && m_settings.remove(key);
        if (!ok || !tx.commit()) {
            qCWarning(lcWorkerSession) << "leaving: cannot forget the organisation's data:" << m_store.errorString();
            //: Leaving failed: the device's database refused to remove the organisation's data
            Q_EMIT leaveFailed(tr("The session logs on this device could not be removed, so it is still enrolled. Try again."));
            return;
        }
        qCInfo(lcWorkerSession) << "left" << m_organisationUid;
        const bool regionChanged = schoolRegion() != regionBefore;
        m_organisationUid.clear();
        m_organisationName.clear();
        m_hubUrl.clear();
        m_tokenStorage.clear();
        m_store.setOrganisationUid(QString());
        Q_EMIT enrolmentChanged();
        if (regionChanged)
            Q_EMIT schoolRegionChanged();
        Q_EMIT changed();
        Q_EMIT left();
    };
    if (!m_tokens) {
        forget();
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_tokens, &SecureTokenStore::erased, this,
                          [this, connection, forget](const QString &key, bool ok, const QString &error) {
        if (key != TokenKey)
            return;
        disconnect(*connection);
        if (!ok) {
            qCWarning(lcWorkerSession) << "leaving: cannot remove the token:" << error;
            //: Leaving failed: the organisation's key could not be removed from the device
            Q_EMIT leaveFailed(tr("The organisation's key could not be removed from this device, so it is still enrolled. Try again."));
            return;
        }
        forget();
    });
    m_tokens->erase(TokenKey);
}

bool followEnrolment(QPointer<WorkerEnrolment> &current, WorkerEnrolment *next, QObject *follower,
                     const std::function<void(WorkerEnrolment *)> &follow)
{
    if (current == next)
        return false;
    if (current)
        QObject::disconnect(current, nullptr, follower, nullptr);
    current = next;
    if (current && follow)
        follow(current);
    return true;
}

} // namespace Buurtplein
