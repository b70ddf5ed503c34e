// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "worker/outbox.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace Buurtplein {

class WorkerStore;

/**
 * The changes the hub refused, for the social worker to read (docs/sync.md, In the app):
 * what each was about, the hub's sentence, and for a catalogue edit whether the device
 * now shows the hub's version instead of the edit. Oldest first. SyncService owns it and
 * re-reads it after each sync and dismissal.
 */
class SetAsideModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Sync.setAside is the device's list of refused changes")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        UuidRole = Qt::UserRole + 1,
        KindRole,       ///< the outbox kind: session_log, activity, schedule, override
        SubjectRole,    ///< "Activity “Inloopkoffie”", "Session log of “Inloopkoffie”, 24 November"
        MessageRole,    ///< the hub's sentence
        HubShownRole,   ///< true when the device shows the hub's version: the edit was not applied
        HubTitleRole,   ///< for an activity whose title differs: the title on the hub now
        LocalTitleRole, ///< and the title of the refused edit
        CanReplaceRole, ///< a log a colleague's log of the same session stopped: it can be sent to replace that one
    };
    Q_ENUM(Role)

    explicit SetAsideModel(WorkerStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Reads the set-aside rows again. */
    void reload();

Q_SIGNALS:
    void countChanged();

private:
    struct Row {
        OutboxItem item;
        QString subject;
        bool hubShown = false;
        QString hubTitle;
        QString localTitle;
    };
    Row describe(const OutboxItem &item) const;

    WorkerStore &m_store;
    QList<Row> m_rows;
};

} // namespace Buurtplein
