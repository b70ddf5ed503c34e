// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common

// A chip whose checked state the editor sets (the click does not toggle it), one of
// several when exclusive; its label wraps rather than run off a narrow column.
FilterChip {
    id: chip
    property bool exclusive: true
    checkable: false
    width: Math.min(implicitWidth, parent ? parent.width : implicitWidth)
    implicitHeight: Math.max(Theme.touch, chipContent.implicitHeight + topPadding + bottomPadding)
    Accessible.role: exclusive ? Accessible.RadioButton : Accessible.CheckBox
    contentItem: RowLayout {
        id: chipContent
        spacing: 6
        Icon {
            visible: chip.checked || chip.iconName.length > 0
            name: chip.checked ? "check" : chip.iconName
            size: Theme.iconSize - 4
            color: chip.checked ? "white" : Theme.primary
        }
        Label {
            Layout.fillWidth: true
            text: chip.text
            font.pixelSize: Theme.body
            color: chip.checked ? "white" : Material.foreground
            wrapMode: Text.Wrap
        }
    }
}
