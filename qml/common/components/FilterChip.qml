// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import Buurtplein.Common

// A filter that is on or off: an optional icon and a label, highlighted while on.
Button {
    id: root

    property string iconName

    checkable: true
    highlighted: checked
    flat: !checked
    implicitHeight: Theme.touch
    leftPadding: 12
    rightPadding: 14
    Material.background: checked ? Theme.primary : Theme.surface
    Accessible.role: Accessible.CheckBox
    Accessible.checked: checked

    contentItem: Row {
        spacing: 6

        Icon {
            visible: root.iconName.length > 0
            anchors.verticalCenter: parent.verticalCenter
            name: root.checked ? "check" : root.iconName
            size: Theme.iconSize - 4
            color: root.checked ? "white" : Theme.primary
        }
        Label {
            anchors.verticalCenter: parent.verticalCenter
            text: root.text
            font.pixelSize: Theme.body
            font.capitalization: Font.MixedCase
            color: root.checked ? "white" : Material.foreground
        }
    }
}
