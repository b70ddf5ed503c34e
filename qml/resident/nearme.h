// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>
#include <QQmlEngine>
#include <QVariantList>

#include "search/searchquery.h"

#include <optional>

namespace Buurtplein {

class DeviceSettings;
class LocationResolver;
class PositionProvider;

/**
 * Where "near me" is: the device's position when the resident allows it and there is a
 * fix, else a neighbourhood or postcode the resident chose. The choice (not the
 * position) is remembered in the device settings; nothing here leaves the device.
 */
class NearMe : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool hasLocation READ hasLocation NOTIFY locationChanged)
    Q_PROPERTY(double lat READ lat NOTIFY locationChanged)
    Q_PROPERTY(double lon READ lon NOTIFY locationChanged)
    Q_PROPERTY(QString mode READ mode NOTIFY locationChanged)
    Q_PROPERTY(QString label READ label NOTIFY locationChanged)
    Q_PROPERTY(PositionState positionState READ positionState NOTIFY positionStateChanged)
    Q_PROPERTY(QString message READ message NOTIFY positionStateChanged)
    Q_PROPERTY(QVariantList areas READ areas CONSTANT)

public:
    enum PositionState { Off, Asking, Waiting, Fixed, Denied, Unavailable };
    Q_ENUM(PositionState)

    NearMe(DeviceSettings &settings, LocationResolver &resolver, PositionProvider *provider, QObject *parent = nullptr);

    bool hasLocation() const { return m_point.has_value(); }
    double lat() const { return m_point ? m_point->lat : 0; }
    double lon() const { return m_point ? m_point->lon : 0; }
    QString mode() const { return m_mode; }
    QString label() const { return m_label; }
    PositionState positionState() const { return m_state; }
    QString message() const { return m_message; }
    /** [{code, name, level}] of the neighbourhoods a resident can pick. */
    QVariantList areas() const;

    /** The point distances are measured from, when known. */
    std::optional<SearchQuery::Near> origin() const { return m_point; }

    /** Restores the choice the resident made last time. */
    void restore();

    /** Asks for permission (explaining why) and starts the position source. */
    Q_INVOKABLE void usePosition();
    /** [{code, name, level}] of the areas whose name holds @p text as typed, best first (LocationResolver::findAreas). */
    Q_INVOKABLE QVariantList findAreas(const QString &text, int limit = 8) const;
    /** Uses the label point of CBS area @p code; remembered on the device. */
    Q_INVOKABLE bool chooseArea(const QString &code);
    /**
     * Uses the buurt @p code the resident tapped on the map's outlines, with its @p name and
     * the point inside it (@p lat, @p lon) the outline gives; remembered on the device. For
     * codes of a newer division than the area list's (the map package's), so the point is
     * kept with the code.
     */
    Q_INVOKABLE bool chooseOutlinedArea(const QString &code, const QString &name, double lat, double lon);
    /** The CBS code of the chosen area; empty when the location is not an area. */
    Q_INVOKABLE QString areaCode() const;
    /** Uses the typed postcode; false with message() set when it is not known. */
    Q_INVOKABLE bool usePostcode(const QString &text);
    /** Forgets the location and the remembered choice. */
    Q_INVOKABLE void forget();

    /**
     * How long the device may look for a fix before the neighbourhood and postcode choice
     * is offered (state Unavailable with a sentence); the search goes on, and a late fix
     * still counts. Default DefaultFixTimeoutMs.
     */
    void setFixTimeoutMs(int ms);
    static constexpr int DefaultFixTimeoutMs = 12000;

Q_SIGNALS:
    void locationChanged();
    void positionStateChanged();

private:
    /** Makes area @p code at @p point (named @p name) the location, remembered with @p keptPoint ("name|lat|lon", or empty). */
    void keepArea(const QString &code, const QString &name, const SearchQuery::Near &point, const QString &keptPoint);
    void setState(PositionState state, const QString &message = {});
    void setPoint(std::optional<SearchQuery::Near> point, const QString &mode, const QString &label);
    void onPosition(double lat, double lon, double accuracyMetres);

    DeviceSettings &m_settings;
    LocationResolver &m_resolver;
    PositionProvider *m_provider;
    std::optional<SearchQuery::Near> m_point;
    QString m_mode;
    QString m_label;
    PositionState m_state = Off;
    QString m_message;
    QTimer *m_fixTimer = nullptr;
};

} // namespace Buurtplein
