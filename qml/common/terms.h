// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace Buurtplein {

/**
 * What the app shows for the catalogue's fixed ids: translated labels, a Material Icons
 * ligature and a colour per category, language names. The ids themselves come from
 * core/storage/vocabulary.h; the labels here are English source strings for tr().
 */
class Terms : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    /** [{id, label, icon, color}] of every category, in the vocabulary's order. */
    Q_INVOKABLE QVariantList categories() const;
    /** [{id, label}] of every audience. */
    Q_INVOKABLE QVariantList audiences() const;
    /** [{id, label}] of the languages residents filter on most. */
    Q_INVOKABLE QVariantList languages() const;

    Q_INVOKABLE static QString categoryLabel(const QString &id);
    Q_INVOKABLE static QString categoryIcon(const QString &id);
    Q_INVOKABLE static QString categoryColor(const QString &id);
    Q_INVOKABLE static QString audienceLabel(const QString &id);
    Q_INVOKABLE static QString languageName(const QString &code);
    Q_INVOKABLE static QString accessibilityLabel(const QString &id);
    Q_INVOKABLE static QString accessibilityIcon(const QString &id);
    Q_INVOKABLE static QString placeKindLabel(const QString &id);
    Q_INVOKABLE static QString placeKindIcon(const QString &id);
    /** "Free", or the amount in euros in the current locale. */
    Q_INVOKABLE static QString costText(int cents);
    /** Great-circle metres between two points. */
    Q_INVOKABLE static double distanceMetres(double lat1, double lon1, double lat2, double lon2);
    /** "350 m", "1.2 km"; empty for a negative distance (unknown). */
    Q_INVOKABLE static QString distanceText(double metres);
};

} // namespace Buurtplein
