// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

#include "common/occurrencelistmodel.h"

namespace Buurtplein {

/** The occurrences of the coming days in the device's catalogue, by start, for the home page. */
class UpcomingModel : public OccurrenceListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppRoot as a singleton of Buurtplein.Resident")
    Q_PROPERTY(int days READ days WRITE setDays NOTIFY daysChanged)

public:
    explicit UpcomingModel(QSqlDatabase db, QObject *parent = nullptr);

    int days() const { return m_days; }
    void setDays(int days);

    /** Reads the coming days again from the catalogue, starting at @p now (the last time given when invalid). */
    Q_INVOKABLE void reload(const QDateTime &now = {});

Q_SIGNALS:
    void daysChanged();
    /** A reload finished (pull to refresh lets go of its spinner). */
    void reloaded();

private:
    QSqlDatabase m_db;
    QDateTime m_now;
    int m_days = 7;
};

} // namespace Buurtplein
