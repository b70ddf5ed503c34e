// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>

#include "upcomingmodel.h"

namespace Buurtplein {



/**
 * What the app's QML sees of the device's catalogue. Built in main() around the open
 * database and handed to QML as a singleton owned by C++.
 */
class AppContext : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Buurtplein::UpcomingModel *upcoming READ upcoming CONSTANT)
    Q_PROPERTY(QString sourceNote READ sourceNote CONSTANT)

public:
    AppContext(UpcomingModel *upcoming, QObject *parent = nullptr);

    UpcomingModel *upcoming() const { return m_upcoming; }
    QString sourceNote() const;

    /** The instance main() built; QML's singleton factory returns it. */
    static void setInstance(AppContext *instance);
    static AppContext *create(QQmlEngine *engine, QJSEngine *scriptEngine);

private:
    UpcomingModel *m_upcoming;
};

} // namespace Buurtplein
