// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace Buurtplein {

/**
 * Shows the resident a reminder. Every backend emits notified(), which the app shows as
 * an in-app banner; a mobile backend also posts a system notification. Callers pass
 * texts that are already neutral in discreet mode (ReminderPlanner decides them).
 */
class Notifier : public QObject
{
    Q_OBJECT

public:
    /** The notifier of this platform. */
    static Notifier *create(QObject *parent);

    explicit Notifier(QObject *parent = nullptr);

    /** Shows @p title and @p text. */
    virtual void notify(const QString &title, const QString &text);

Q_SIGNALS:
    void notified(const QString &title, const QString &text);
};

} // namespace Buurtplein
