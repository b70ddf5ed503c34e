// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QString>

#include "recurrence/clock.h"

namespace Buurtplein {

/**
 * How this run of the app was started (its command line): the text size, the page it
 * opens on and its clock (--now pretends the whole app lives at that moment). QML reads it as the singleton Launch; the composition root fills it before
 * QML loads.
 */
class LaunchOptions : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Launch is the app's one LaunchOptions")
    /** Text larger than the platform's, e.g. 2.0 for 200 %. */
    Q_PROPERTY(double textScale READ textScale CONSTANT)
    /** The page the app opens on: "home", "search", "map", "my", "settings", "activity:UID", "place:UID". */
    Q_PROPERTY(QString startPage READ startPage CONSTANT)
    /** The current moment (UTC) as this run sees it: --now in tests and screenshots. */
    Q_PROPERTY(QDateTime now READ now CONSTANT)

public:
    using QObject::QObject;

    double textScale() const { return m_textScale; }
    void setTextScale(double scale) { m_textScale = scale; }
    QString startPage() const { return m_startPage; }
    void setStartPage(const QString &page) { m_startPage = page; }
    QDateTime now() const { return m_clock ? m_clock() : Clocks::system(); }
    /** The clock now() reads; none: the system's. */
    void setClock(Clocks::Source clock) { m_clock = std::move(clock); }

private:
    double m_textScale = 1.0;
    QString m_startPage;
    Clocks::Source m_clock;
};

} // namespace Buurtplein
