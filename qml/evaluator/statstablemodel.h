// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantMap>

#include "stats/statsanswer.h"

namespace Buurtplein {

/**
 * A released statistics table for QML: one row per row key with its cells and total,
 * suppressed cells as a state with the text "fewer than k", never as 0. Areas,
 * categories, programmes and organisations are ordered by name, never by value: the
 * dashboard must not rank neighbourhoods (SPEC privacy 6). StatsClient fills it with
 * tables read by StatsAnswer::read, the reader the report shares.
 */
class StatsTableModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY statusChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY tableChanged)
    Q_PROPERTY(QString metric READ metric NOTIFY tableChanged)
    Q_PROPERTY(QString unit READ unit NOTIFY tableChanged)
    Q_PROPERTY(QString rowDimension READ rowDimension NOTIFY tableChanged)
    Q_PROPERTY(QString columnDimension READ columnDimension NOTIFY tableChanged)
    Q_PROPERTY(QStringList columnKeys READ columnKeys NOTIFY tableChanged)
    Q_PROPERTY(QStringList columnLabels READ columnLabels NOTIFY tableChanged)
    /** Each column's total as {text, suppressed, value}. */
    Q_PROPERTY(QVariantList columnTotals READ columnTotals NOTIFY tableChanged)
    Q_PROPERTY(QVariantMap grandTotal READ grandTotal NOTIFY tableChanged)
    /** The largest released cell and row total: the top of bar and shading scales. */
    Q_PROPERTY(double maxCell READ maxCell NOTIFY tableChanged)
    Q_PROPERTY(double maxRowTotal READ maxRowTotal NOTIFY tableChanged)
    Q_PROPERTY(int suppressedCount READ suppressedCount NOTIFY tableChanged)
    Q_PROPERTY(int k READ k NOTIFY tableChanged)
    Q_PROPERTY(int minSessions READ minSessions NOTIFY tableChanged)
    Q_PROPERTY(int maxNoise READ maxNoise NOTIFY tableChanged)
    /** When the hub made these figures (they may come from the device's cache). */
    Q_PROPERTY(QDateTime asOf READ asOf NOTIFY tableChanged)
    /** The figures come from this device's cache because the hub could not be reached. */
    Q_PROPERTY(bool fromCache READ fromCache NOTIFY tableChanged)

public:
    enum Status { Empty, Loading, Ready, Error };
    Q_ENUM(Status)
    enum Role { KeyRole = Qt::UserRole + 1, LabelRole, CellsRole, TotalRole };

    explicit StatsTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Status status() const { return m_status; }
    QString errorString() const { return m_error; }
    QString metric() const { return m_table.metric; }
    QString unit() const { return m_table.unit; }
    QString rowDimension() const { return m_table.rows.dimension; }
    QString columnDimension() const { return m_table.columns.dimension; }
    QStringList columnKeys() const { return m_table.columns.keys; }
    QStringList columnLabels() const { return m_table.columns.labels; }
    QVariantList columnTotals() const;
    QVariantMap grandTotal() const { return cellMap(m_table.grandTotal); }
    double maxCell() const;
    double maxRowTotal() const;
    int suppressedCount() const;
    int k() const { return m_table.rules.k; }
    int minSessions() const { return m_table.rules.minSessions; }
    int maxNoise() const { return m_table.rules.maxNoise; }
    QDateTime asOf() const { return m_asOf; }
    bool fromCache() const { return m_fromCache; }

    /** The cell at (@p row, @p column) as {text, suppressed, value}; for QML and tests. */
    Q_INVOKABLE QVariantMap cell(int row, int column) const;
    /** Every row in display order as {key, label, total}: for charts and maps drawn in JavaScript. */
    Q_INVOKABLE QVariantList rows() const;
    /** The row key at @p row (after ordering). */
    Q_INVOKABLE QString keyAt(int row) const;
    /** The row total of the row with @p key as {text, suppressed, value}; empty when absent. */
    Q_INVOKABLE QVariantMap totalFor(const QString &key) const;

    /** Shows @p table; @p asOf is when the hub made it, @p fromCache whether it is the device's copy. */
    void setTable(const StatsAnswer::Table &table, const QDateTime &asOf, bool fromCache);
    /** A request for new figures is under way; the old ones stay visible meanwhile. */
    void setLoading();
    /** Shows @p message instead of the figures (which are cleared: never half a table). */
    void setError(const QString &message);
    /** Bumped by each request, so that a late answer to an older one is dropped. */
    quint64 nextGeneration() { return ++m_generation; }
    quint64 generation() const { return m_generation; }

    /** How a cell of a table in @p unit reads: "35", "45 %", "4.5", or "fewer than k". */
    static QString cellText(const StatsAnswer::Figure &cell, const QString &unit, int k);

Q_SIGNALS:
    void statusChanged();
    void tableChanged();

private:
    QVariantMap cellMap(const StatsAnswer::Figure &cell) const;
    void setStatus(Status status, const QString &error = {});

    StatsAnswer::Table m_table;
    QList<int> m_order; ///< display row -> row in m_table
    Status m_status = Empty;
    QString m_error;
    QDateTime m_asOf;
    bool m_fromCache = false;
    quint64 m_generation = 0;
};

} // namespace Buurtplein
