// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common

// A radio choice whose text wraps at large text sizes.
RadioButton {
    id: choice

    Layout.fillWidth: true
    Accessible.name: text
    font.pixelSize: Theme.body
    contentItem: Label {
        leftPadding: choice.indicator.width + choice.spacing
        text: choice.text
        font: choice.font
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
    }
}
