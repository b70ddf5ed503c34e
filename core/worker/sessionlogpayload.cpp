// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionlogpayload.h"
#include "vocabulary.h"

#include <QJsonArray>

namespace Buurtplein::SessionLogPayload {

QJsonObject build(const SessionLog &log)
{
    QJsonObject out;
    out.insert(QStringLiteral("uuid"), log.uuid);
    out.insert(QStringLiteral("occurrence"), log.occurrenceUid);
    out.insert(QStringLiteral("activity"), log.activityUid);
    out.insert(QStringLiteral("revision"), log.revision);
    out.insert(QStringLiteral("held"), log.held);
    // Only a vocabulary id travels: free text typed into the reason stays on the device.
    if (!log.held && Vocabulary::isCancelReason(log.notHeldReason))
        out.insert(QStringLiteral("notHeldReason"), log.notHeldReason);
    out.insert(QStringLiteral("attendance"), log.attendance);
    out.insert(QStringLiteral("firstTimers"), log.firstTimers);
    out.insert(QStringLiteral("volunteers"), log.volunteers);
    out.insert(QStringLiteral("hostPresent"), log.hostPresent);
    if (log.ageBands.size() == SessionLog::AgeBandCount) {
        QJsonArray bands;
        for (int count : log.ageBands)
            bands.append(count);
        out.insert(QStringLiteral("ageBands"), bands);
    }
    if (log.newToNeighbourhood >= 0)
        out.insert(QStringLiteral("newToNeighbourhood"), log.newToNeighbourhood);
    return out;
}

const QList<std::pair<QString, QString>> &pushedMembers()
{
    static const QList<std::pair<QString, QString>> all = {
        {QStringLiteral("uuid"), QStringLiteral("uuid")},
        {QStringLiteral("occurrenceUid"), QStringLiteral("occurrence")},
        {QStringLiteral("activityUid"), QStringLiteral("activity")},
        {QStringLiteral("revision"), QStringLiteral("revision")},
        {QStringLiteral("held"), QStringLiteral("held")},
        {QStringLiteral("notHeldReason"), QStringLiteral("notHeldReason")},
        {QStringLiteral("attendance"), QStringLiteral("attendance")},
        {QStringLiteral("firstTimers"), QStringLiteral("firstTimers")},
        {QStringLiteral("volunteers"), QStringLiteral("volunteers")},
        {QStringLiteral("hostPresent"), QStringLiteral("hostPresent")},
        {QStringLiteral("ageBands"), QStringLiteral("ageBands")},
        {QStringLiteral("newToNeighbourhood"), QStringLiteral("newToNeighbourhood")},
    };
    return all;
}

const QStringList &allowedFields()
{
    static const QStringList all = [] {
        QStringList keys;
        for (const auto &[member, key] : pushedMembers())
            keys.append(key);
        return keys;
    }();
    return all;
}

const QStringList &deviceOnlyMembers()
{
    // The hub needs no timestamps: the occurrence says when the session was, and when
    // a social worker typed the log says something about them, not about the session.
    static const QStringList all = {QStringLiteral("note"), QStringLiteral("loggedAt"), QStringLiteral("updatedAt")};
    return all;
}

} // namespace Buurtplein::SessionLogPayload
