// SPDX-License-Identifier: GPL-3.0-or-later
#include "worker/setasidemodel.h"
#include "common/amsterdamtime.h"
#include "worker/cataloguepayload.h"
#include "worker/sessionlogpayload.h"
#include "worker/workerstore.h"

#include <QLocale>

namespace Buurtplein {

namespace {

/** @p record without its version: two states of a record compared by what they say. */
QJsonObject content(QJsonObject record)
{
    record.remove(QStringLiteral("version"));
    return record;
}

/** The day an occurrence uid names, "24 November", in Amsterdam. */
QString occurrenceDay(const QString &occurrenceUid)
{
    const std::optional<qint64> start = SessionLogPayload::occurrenceStart(occurrenceUid);
    return start ? QLocale().toString(AmsterdamTime::local(*start).date(), QStringLiteral("d MMMM")) : QString();
}

} // namespace

SetAsideModel::SetAsideModel(WorkerStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    reload();
}

int SetAsideModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> SetAsideModel::roleNames() const
{
    return {{UuidRole, "uuid"}, {KindRole, "kind"}, {SubjectRole, "subject"}, {MessageRole, "message"},
            {HubShownRole, "hubShown"}, {HubTitleRole, "hubTitle"}, {LocalTitleRole, "localTitle"},
            {CanReplaceRole, "canReplace"}};
}

QVariant SetAsideModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case UuidRole:
        return row.item.uuid;
    case KindRole:
        return row.item.kind;
    case Qt::DisplayRole:
    case SubjectRole:
        return row.subject;
    case MessageRole:
        return row.item.lastError;
    case HubShownRole:
        return row.hubShown;
    case HubTitleRole:
        return row.hubTitle;
    case LocalTitleRole:
        return row.localTitle;
    case CanReplaceRole:
        return row.item.kind == Outbox::SessionLogKind && row.item.payload.contains(QStringLiteral("replaces"));
    }
    return {};
}

void SetAsideModel::reload()
{
    QList<Row> rows;
    for (const OutboxItem &item : m_store.outbox().setAsideItems())
        rows.append(describe(item));
    const int before = int(m_rows.size());
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (before != m_rows.size())
        Q_EMIT countChanged();
}

SetAsideModel::Row SetAsideModel::describe(const OutboxItem &item) const
{
    Row row;
    row.item = item;
    const CatalogueStore &catalogue = m_store.catalogue();
    const QJsonObject &payload = item.payload;
    const QString activityUid = item.kind == Outbox::ActivityKind ? item.entityUid
                              : item.kind == Outbox::SessionLogKind ? payload.value(QStringLiteral("activity")).toString()
                                                                    : payload.value(QStringLiteral("activityUid")).toString();
    const std::optional<Activity> activity = catalogue.activity(activityUid);
    const QString title = activity ? activity->title : payload.value(QStringLiteral("title")).toString();

    // What the device holds now, compared with the refused edit: after a conflict the
    // device shows the hub's record, so the edit is visibly not applied.
    std::optional<QJsonObject> shown;
    if (item.kind == Outbox::ActivityKind) {
        //: A refused change to an activity's details; %1 is the activity's title
        row.subject = tr("Activity “%1”").arg(title);
        if (activity)
            shown = CataloguePayload::build(*activity);
        const QString localTitle = payload.value(QStringLiteral("title")).toString();
        if (activity && activity->title != localTitle) {
            row.hubTitle = activity->title;
            row.localTitle = localTitle;
        }
    } else if (item.kind == Outbox::ScheduleKind) {
        //: A refused change to an activity's schedule; %1 is the activity's title
        row.subject = tr("Schedule of “%1”").arg(title);
        if (const auto schedule = catalogue.schedule(item.entityUid))
            shown = CataloguePayload::build(*schedule);
    } else if (item.kind == Outbox::OverrideKind) {
        //: A refused cancel or move of one session; %1 is the activity's title, %2 the session's day
        row.subject = tr("Session of “%1” on %2").arg(title, occurrenceDay(item.entityUid));
        if (const auto change = catalogue.occurrenceOverride(item.entityUid))
            shown = CataloguePayload::build(*change);
    } else {
        //: A refused session log; %1 is the activity's title, %2 the session's day
        row.subject = tr("Log of “%1” on %2").arg(title, occurrenceDay(payload.value(QStringLiteral("occurrence")).toString()));
    }
    row.hubShown = shown && content(*shown) != content(payload);
    return row;
}

} // namespace Buurtplein
