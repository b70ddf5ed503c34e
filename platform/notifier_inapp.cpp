// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop backend: the in-app banner only. A desktop notification daemon would show
// the text to anyone near the screen and keep it in its history, out of discreet mode's reach.
#include "platform/notifier.h"

namespace Buurtplein {

Notifier *Notifier::create(QObject *parent)
{
    return new Notifier(parent);
}

} // namespace Buurtplein
