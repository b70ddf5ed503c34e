// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluator/statstablemodel.h"
#include "common/terms.h"
#include "storage/vocabulary.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Buurtplein {

namespace {

// Keeps the label the hub gave, but speaks the app's own words for a category it knows.
QString rowLabel(const QString &dimension, const QString &key, const QString &label)
{
    if (dimension == QLatin1String("category") && Vocabulary::isCategory(key))
        return Terms::categoryLabel(key);
    return label.isEmpty() ? key : label;
}

} // namespace

StatsTableModel::StatsTableModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int StatsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

QVariant StatsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int r = m_order.at(index.row());
    switch (role) {
    case KeyRole:
        return m_table.rows.keys.at(r);
    case Qt::DisplayRole:
    case LabelRole:
        return rowLabel(m_table.rows.dimension, m_table.rows.keys.at(r), m_table.rows.labels.at(r));
    case CellsRole: {
        QVariantList cells;
        for (const StatsAnswer::Figure &c : m_table.cells.at(r))
            cells.append(cellMap(c));
        return cells;
    }
    case TotalRole:
        return cellMap(m_table.rowTotals.at(r));
    }
    return {};
}

QHash<int, QByteArray> StatsTableModel::roleNames() const
{
    return {{KeyRole, "key"}, {LabelRole, "label"}, {CellsRole, "cells"}, {TotalRole, "total"}};
}

QVariantList StatsTableModel::columnTotals() const
{
    QVariantList out;
    for (const StatsAnswer::Figure &c : m_table.columnTotals)
        out.append(cellMap(c));
    return out;
}

double StatsTableModel::maxCell() const
{
    double top = 0;
    for (const auto &row : m_table.cells)
        for (const StatsAnswer::Figure &c : row)
            if (!c.suppressed)
                top = std::max(top, c.value);
    return top;
}

double StatsTableModel::maxRowTotal() const
{
    double top = 0;
    for (const StatsAnswer::Figure &c : m_table.rowTotals)
        if (!c.suppressed)
            top = std::max(top, c.value);
    return top;
}

int StatsTableModel::suppressedCount() const
{
    int n = 0;
    for (const auto &row : m_table.cells)
        n += int(std::count_if(row.begin(), row.end(), [](const StatsAnswer::Figure &c) { return c.suppressed; }));
    return n;
}

QVariantMap StatsTableModel::cell(int row, int column) const
{
    if (row < 0 || row >= m_order.size() || column < 0 || column >= m_table.columns.keys.size())
        return {};
    return cellMap(m_table.cells.at(m_order.at(row)).at(column));
}

QVariantList StatsTableModel::rows() const
{
    QVariantList out;
    for (int r : m_order) {
        out.append(QVariantMap{{QStringLiteral("key"), m_table.rows.keys.at(r)},
                               {QStringLiteral("label"), rowLabel(m_table.rows.dimension, m_table.rows.keys.at(r), m_table.rows.labels.at(r))},
                               {QStringLiteral("total"), cellMap(m_table.rowTotals.at(r))}});
    }
    return out;
}

QString StatsTableModel::keyAt(int row) const
{
    return row >= 0 && row < m_order.size() ? m_table.rows.keys.at(m_order.at(row)) : QString();
}

QVariantMap StatsTableModel::totalFor(const QString &key) const
{
    const qsizetype r = m_table.rows.keys.indexOf(key);
    return r < 0 ? QVariantMap() : cellMap(m_table.rowTotals.at(r));
}

void StatsTableModel::setTable(const StatsAnswer::Table &table, const QDateTime &asOf, bool fromCache)
{
    beginResetModel();
    m_table = table;
    m_asOf = asOf;
    m_fromCache = fromCache;
    m_order.clear();
    for (int i = 0; i < m_table.rows.keys.size(); ++i)
        m_order.append(i);
    // Periods keep their time order; everything else goes by name, whatever order the hub
    // sent, so that no list of areas or groups ever reads as a ranking.
    if (!m_table.rows.dimension.startsWith(QLatin1String("period:"))) {
        QCollator collator;
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
            const QString la = rowLabel(m_table.rows.dimension, m_table.rows.keys.at(a), m_table.rows.labels.at(a));
            const QString lb = rowLabel(m_table.rows.dimension, m_table.rows.keys.at(b), m_table.rows.labels.at(b));
            const int byName = collator.compare(la, lb);
            return byName != 0 ? byName < 0 : m_table.rows.keys.at(a) < m_table.rows.keys.at(b);
        });
    }
    endResetModel();
    setStatus(Ready);
    Q_EMIT tableChanged();
}

void StatsTableModel::setLoading()
{
    setStatus(Loading);
}

void StatsTableModel::setError(const QString &message)
{
    beginResetModel();
    m_table = StatsAnswer::Table();
    m_order.clear();
    m_asOf = {};
    m_fromCache = false;
    endResetModel();
    setStatus(Error, message);
    Q_EMIT tableChanged();
}

void StatsTableModel::setStatus(Status status, const QString &error)
{
    if (status == m_status && error == m_error)
        return;
    m_status = status;
    m_error = error;
    Q_EMIT statusChanged();
}

QString StatsTableModel::cellText(const StatsAnswer::Figure &cell, const QString &unit, int k)
{
    if (cell.suppressed)
        //: A suppressed statistics cell: too few participants to show; %1 is the threshold k (e.g. 10)
        return tr("fewer than %1").arg(k);
    const QLocale locale;
    if (unit == QLatin1String("share"))
        //: A share in a statistics table; %1 is a whole percentage
        return tr("%1 %").arg(locale.toString(qRound(cell.value * 100)));
    if (unit == QLatin1String("mean"))
        return locale.toString(cell.value, 'f', 1);
    return locale.toString(qint64(std::llround(cell.value)));
}

QVariantMap StatsTableModel::cellMap(const StatsAnswer::Figure &cell) const
{
    return {{QStringLiteral("text"), cellText(cell, m_table.unit, m_table.rules.k)},
            {QStringLiteral("suppressed"), cell.suppressed},
            {QStringLiteral("value"), cell.suppressed ? QVariant() : QVariant(cell.value)}};
}

} // namespace Buurtplein
