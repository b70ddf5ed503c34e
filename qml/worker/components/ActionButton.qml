// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common

// A button with an icon and its words, a full touch target.
Button {
    id: button

    property string iconName
    property color tint: Theme.primary

    implicitHeight: Theme.touch
    flat: true
    leftPadding: 8
    rightPadding: 12
    Accessible.name: text
    contentItem: Row {
        spacing: 6
        Icon {
            anchors.verticalCenter: parent.verticalCenter
            name: button.iconName
            size: Theme.iconSize - 4
            color: button.tint
        }
        Label {
            anchors.verticalCenter: parent.verticalCenter
            text: button.text
            font.pixelSize: Theme.body
            font.capitalization: Font.MixedCase
            color: button.tint
        }
    }
}
