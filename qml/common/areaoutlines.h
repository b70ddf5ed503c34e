// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointF>
#include <QPolygonF>
#include <QQmlEngine>
#include <QRectF>
#include <QVariantMap>

namespace Buurtplein {

/**
 * Area outlines ready to draw on a map (issue 20): each CBS area's rings on the Web
 * Mercator unit square, its name and a label point inside it. The evaluator's
 * choropleth fills them with figures (StatsClient reads them from the hub); the
 * resident's neighbourhood chooser draws them from the map package on the device
 * (MapRegion) and finds the one under a finger. Reading and projecting happen off the UI
 * thread (read()); the UI thread only swaps the finished set in (set()).
 */
class AreaOutlines : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY changed)

public:
    struct Outline {
        QString code;
        QString name;
        QList<QPolygonF> rings; ///< unit square; holes are rings too (drawn even-odd)
        QRectF bounds;          ///< of the rings, unit square
        double lat = 0;         ///< a point inside the area, for its label and distances
        double lon = 0;
    };
    using Set = QHash<QString, Outline>;

    explicit AreaOutlines(QObject *parent = nullptr) : QObject(parent) {}

    const Set &outlines() const { return m_outlines; }
    int count() const { return int(m_outlines.size()); }
    void set(const Set &outlines);

    /** The area whose outline contains the point (@p x, @p y) of the unit square (the smallest, when several do); empty when none. */
    Q_INVOKABLE QString codeAt(double x, double y) const;
    /** {code, name, lat, lon} of @p code; empty when unknown. */
    Q_INVOKABLE QVariantMap outline(const QString &code) const;

    /** One outline from a GeoJSON Polygon or MultiPolygon geometry in lon/lat; std::nullopt when it is neither. */
    static std::optional<Outline> read(const QString &code, const QString &name, const QJsonObject &geometry);
    /** The features of a GeoJSON FeatureCollection with properties.code (and .name); unreadable features are left out. */
    static Set readFeatureCollection(const QByteArray &json);

Q_SIGNALS:
    void changed();

private:
    Set m_outlines;
};

} // namespace Buurtplein
