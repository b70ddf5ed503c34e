// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/notifier.h"

namespace Buurtplein {

Notifier::Notifier(QObject *parent)
    : QObject(parent)
{
}

void Notifier::notify(const QString &title, const QString &text)
{
    Q_EMIT notified(title, text);
}

} // namespace Buurtplein
