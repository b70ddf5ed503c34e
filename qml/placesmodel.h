// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QQmlEngine>
#include <QSqlDatabase>

namespace Buurtplein {

/**
 * The meeting places around a point, for the offline map: each with its position on the
 * Web Mercator unit square and the category most of its coming sessions have.
 */
class PlacesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppContext")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(double centreLat READ centreLat NOTIFY loaded)
    Q_PROPERTY(double centreLon READ centreLon NOTIFY loaded)

public:
    enum Role {
        UidRole = Qt::UserRole + 1,
        NameRole,
        KindRole,
        LatRole,
        LonRole,
        UnitXRole,
        UnitYRole,
        CategoryRole,
        ColorRole,
        SessionCountRole,
    };
    Q_ENUM(Role)

    /** The largest number of places the map draws at once. */
    static constexpr int MaxPlaces = 1500;

    explicit PlacesModel(QSqlDatabase db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    double centreLat() const { return m_lat; }
    double centreLon() const { return m_lon; }

    /** Sessions are counted from @p now for the coming week. */
    void setNow(const QDateTime &now) { m_now = now; }

    /** Loads the places within @p radiusMetres of (@p lat, @p lon), nearest first. */
    Q_INVOKABLE void loadAround(double lat, double lon, double radiusMetres = 4000);
    /** Loads around the middle of the catalogue's places (where the map opens without a location). */
    Q_INVOKABLE void loadAroundCatalogue();

Q_SIGNALS:
    void countChanged();
    void loaded();

private:
    struct Row {
        QString uid;
        QString name;
        QString kind;
        double lat = 0;
        double lon = 0;
        QString category;
        int sessions = 0;
    };

    QSqlDatabase m_db;
    QList<Row> m_rows;
    QDateTime m_now;
    double m_lat = 0;
    double m_lon = 0;
};

} // namespace Buurtplein
