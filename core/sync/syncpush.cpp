// SPDX-License-Identifier: GPL-3.0-or-later
// The push half of a sync cycle: the outbox drained in queue order.
#include "sync/backoff.h"
#include "storage/database.h"
#include "sync/feedapplier.h"
#include "sync/synclog.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace Buurtplein {

namespace {
bool isLog(const OutboxItem &row)
{
    return row.kind == Outbox::SessionLogKind;
}
} // namespace

// Takes the head of the queue: a run of session logs, or a run of catalogue edits. The
// queue order is kept, so an activity goes before the schedules that name it.
void SyncEngine::pushNext()
{
    if (m_token.isEmpty()) {
        pullNext();
        return;
    }
    const QDateTime due = m_respectBackoff ? m_clock() : QDateTime();
    const QList<OutboxItem> pending = m_outbox.pending(m_limit + int(m_handled.size()), due);
    QList<OutboxItem> run;
    for (const OutboxItem &row : pending) {
        if (m_handled.contains(row.uuid))
            continue;
        if (!run.isEmpty() && (isLog(row) != isLog(run.first()) || run.size() >= m_limit))
            break;
        run.append(row);
    }
    if (run.isEmpty()) {
        emit countsChanged();
        pullNext();
        return;
    }
    if (isLog(run.first()))
        pushLogs(run);
    else
        pushChanges(run);
}

void SyncEngine::pushLogs(const QList<OutboxItem> &rows)
{
    QJsonArray items;
    for (const OutboxItem &row : rows)
        items.append(row.payload);
    post(QStringLiteral("/v1/session-logs"), {{QStringLiteral("items"), items}},
         [this, rows](const Answer &answer) { handleLogsAnswer(rows, answer); });
}

void SyncEngine::pushChanges(const QList<OutboxItem> &rows)
{
    QJsonArray items;
    for (const OutboxItem &row : rows) {
        // The hub's version the first of the record's waiting edits started from: the
        // device's own version counts each local edit and is no base (docs/sync.md).
        items.append(QJsonObject{{QStringLiteral("kind"), row.kind},
                                 {QStringLiteral("id"), row.entityUid},
                                 {QStringLiteral("baseVersion"), row.baseVersion},
                                 {QStringLiteral("data"), row.payload}});
    }
    post(QStringLiteral("/v1/changes"), {{QStringLiteral("items"), items}},
         [this, rows](const Answer &answer) { handleChangesAnswer(rows, answer); });
}

void SyncEngine::retryAll(const QList<OutboxItem> &rows, const Answer &answer)
{
    QRandomGenerator *random = m_random ? m_random : QRandomGenerator::global();
    Transaction tx(m_db);
    for (const OutboxItem &row : rows) {
        const qint64 wait = Backoff::delayMs(row.attempts, *random, answer.retryAfterMs);
        m_outbox.retryLater(row.uuid, m_clock().addMSecs(wait), answer.message());
    }
    tx.commit();
}

bool SyncEngine::handleRefusal(const QList<OutboxItem> &rows, const Answer &answer)
{
    if (answer.transient()) {
        retryAll(rows, answer);
        //: Changes could not be sent to the hub and wait for the next try; %1 is the reason.
        end(false, tr("Changes could not be sent to the hub and will be sent later: %1").arg(answer.message()));
        return false;
    }
    if (answer.status == 401) {
        //: The hub no longer accepts this device (e.g. its access was revoked); %1 is the hub's sentence.
        end(false, tr("The hub did not accept this device's access: %1").arg(answer.message()));
        return false;
    }
    // One refused item refuses the whole request: send one at a time to find it.
    if (rows.size() > 1) {
        qCInfo(lcSync) << "the hub refused a batch of" << rows.size() << "; sending them one by one";
        m_limit = 1;
        return true;
    }
    for (const OutboxItem &row : rows) {
        m_handled.insert(row.uuid);
        m_outbox.setAside(row.uuid, answer.message());
        qCInfo(lcSync) << "the hub refused" << row.kind << row.entityUid << "status" << answer.status;
    }
    return true;
}

void SyncEngine::handleLogsAnswer(const QList<OutboxItem> &rows, const Answer &answer)
{
    if (answer.status != 200) {
        if (handleRefusal(rows, answer))
            pushNext();
        return;
    }
    QSet<QString> answered;
    QHash<QString, QJsonObject> conflicts; // log uuid → the colleague's log the hub holds for its session
    for (const QJsonValue &value : answer.json.value(QStringLiteral("items")).toArray()) {
        const QString status = value[QStringLiteral("status")].toString();
        if (status == QLatin1String("stored") || status == QLatin1String("kept"))
            answered.insert(value[QStringLiteral("uuid")].toString());
        else if (status == QLatin1String("conflict") && value[QStringLiteral("current")].isObject())
            conflicts.insert(value[QStringLiteral("uuid")].toString(), value[QStringLiteral("current")].toObject());
    }
    QList<OutboxItem> unanswered;
    Transaction tx(m_db);
    for (const OutboxItem &row : rows) {
        m_handled.insert(row.uuid);
        const QString logUuid = row.payload.value(QStringLiteral("uuid")).toString();
        // "kept": the hub already has this revision or a higher one; either way it is there.
        if (conflicts.contains(logUuid)) {
            setAsideSecondLog(row, conflicts.value(logUuid));
        } else if (!answered.contains(logUuid)) {
            unanswered.append(row);
        } else if (!m_outbox.acknowledge(row.uuid)) {
            qCWarning(lcSync) << "cannot acknowledge" << row.uuid << m_outbox.errorString();
        }
    }
    if (!tx.commit()) {
        end(false, tr("The hub's answer could not be stored on this device; the changes will be sent again."));
        return;
    }
    if (!unanswered.isEmpty()) {
        Answer missing = answer;
        missing.json.insert(QStringLiteral("message"), QStringLiteral("The hub's answer left this session log out."));
        retryAll(unanswered, missing);
    }
    pushNext();
}

// A colleague's device logged the session first: the hub keeps one log per session. This
// log waits, set aside, with both counts in its sentence, until the worker keeps the
// colleague's (dismiss) or their own (sent again, naming the log it replaces).
void SyncEngine::setAsideSecondLog(const OutboxItem &row, const QJsonObject &current)
{
    const int theirs = current.value(QStringLiteral("attendance")).toInt();
    const bool theirsHeld = current.value(QStringLiteral("held")).toBool(true);
    const bool mineHeld = row.payload.value(QStringLiteral("held")).toBool(true);
    const int mine = row.payload.value(QStringLiteral("attendance")).toInt();
    //: A colleague's log of a session (how many took part, or that it was not held)
    const QString theirCounts = theirsHeld ? tr("%n people took part", nullptr, theirs) : tr("not held");
    //: This device's log of the same session
    const QString myCounts = mineHeld ? tr("%n people took part", nullptr, mine) : tr("not held");
    //: A session log refused because a colleague logged the same session first; %1 and %2 are the two logs' counts
    const QString sentence = tr("A colleague logged this session already (%1). Yours (%2) was not sent: keep theirs, "
                                "or send yours to replace it.").arg(theirCounts, myCounts);
    QJsonObject payload = row.payload;
    payload.insert(QStringLiteral("replaces"), current.value(QStringLiteral("uuid")).toString());
    if (!m_outbox.setAside(row.uuid, sentence, payload))
        qCWarning(lcSync) << "cannot set aside" << row.uuid << m_outbox.errorString();
    qCInfo(lcSync) << "a colleague logged" << row.entityUid << "first; the log is set aside";
}

void SyncEngine::handleChangesAnswer(const QList<OutboxItem> &rows, const Answer &answer)
{
    if (answer.status != 200) {
        if (handleRefusal(rows, answer))
            pushNext();
        return;
    }
    QHash<QString, QJsonObject> answers;
    for (const QJsonValue &value : answer.json.value(QStringLiteral("items")).toArray())
        answers.insert(value[QStringLiteral("kind")].toString() + QLatin1Char('\n') + value[QStringLiteral("id")].toString(), value.toObject());
    FeedApplier applier(m_db, m_clock);
    QList<OutboxItem> unanswered;
    Transaction tx(m_db);
    for (const OutboxItem &row : rows) {
        m_handled.insert(row.uuid);
        const QJsonObject item = answers.value(row.kind + QLatin1Char('\n') + row.entityUid);
        const QString status = item.value(QStringLiteral("status")).toString();
        if (status == QLatin1String("stored")) {
            const int version = item.value(QStringLiteral("version")).toInt();
            // The record keeps the hub's version, so the next edit is based on it.
            if (m_outbox.acknowledge(row.uuid)) {
                applier.setVersion(row.kind, row.entityUid, version);
            } else if (m_outbox.rebase(row.kind, row.entityUid, row.baseVersion, version)) {
                // The person edited the record again while this payload was on its way:
                // the newer edit waits, builds on the stored one and keeps its own version.
                applier.setHubVersion(row.kind, row.entityUid, version);
            }
        } else if (status == QLatin1String("conflict")) {
            // The device's edit stays, set aside, for the person to see next to the hub's
            // record, which the device's catalogue now shows; nothing is overwritten unseen.
            const QJsonObject current = item.value(QStringLiteral("current")).toObject();
            //: A social worker's edit was refused because someone changed the same record on the hub first.
            const bool aside = m_outbox.setAside(row.uuid, tr("Someone else changed this on the hub first (now version %1). "
                                                              "Your change was kept aside; look at both and redo it if it is still needed.")
                                                               .arg(current.value(QStringLiteral("version")).toInt()));
            // A row replaced by a newer edit meanwhile is not this answer's: the record
            // keeps that edit until the hub answers it.
            const QJsonValue data = current.value(QStringLiteral("data"));
            if (aside && data.isObject() && !applier.applyRecord(row.kind, data.toObject(), current.value(QStringLiteral("version")).toInt()))
                qCWarning(lcSync) << "cannot show the hub's" << row.kind << row.entityUid << applier.errorString();
        } else {
            unanswered.append(row);
        }
    }
    if (!tx.commit()) {
        end(false, tr("The hub's answer could not be stored on this device; the changes will be sent again."));
        return;
    }
    if (!unanswered.isEmpty()) {
        Answer missing = answer;
        missing.json.insert(QStringLiteral("message"), QStringLiteral("The hub's answer left this change out."));
        retryAll(unanswered, missing);
    }
    pushNext();
}

} // namespace Buurtplein
