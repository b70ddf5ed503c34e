// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QQuickItem;

namespace Buurtplein::AccessibilityWalk {

/**
 * Walks the visible item tree under @p root and returns one line per problem: an
 * interactive item (a button, delegate, check box, switch, text field or area, combo box,
 * slider, spin box, or an item taking Tab focus) without an accessible name or with no
 * fitting role, one Tab never reaches, one smaller than 48x48 px (actual and implicit
 * size), and a MouseArea or TapHandler whose item has no accessible name (unless it says
 * Accessible.ignored: true, as a map's pan surface does).
 */
QStringList check(QQuickItem *root);

/** "Button 'joinSeriesButton' in ActivityPage.qml at (16, 120) 180x48": to find an item again. */
QString describe(const QQuickItem *item);

} // namespace Buurtplein::AccessibilityWalk
