// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common

// A one-line text field of a worker's form, 48 px high at least so it is easy to touch.
TextField {
    implicitHeight: Math.max(Theme.touch, contentHeight + topPadding + bottomPadding)
    Layout.fillWidth: true
    font.pixelSize: Theme.body
    Accessible.name: placeholderText
}
