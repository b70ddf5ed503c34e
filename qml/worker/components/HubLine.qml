// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common

// A hub's address under a small heading: an address wraps anywhere, not after "//".
RowLayout {
    id: line

    property string address

    spacing: 12
    Icon {
        Layout.alignment: Qt.AlignTop
        Layout.preferredWidth: Theme.iconSize
        name: "dns"
        color: Theme.primary
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 0
        Label {
            Layout.fillWidth: true
            font.pixelSize: Theme.small
            color: Theme.muted
            //: Small heading above the hub's web address
            text: qsTr("Hub")
        }
        Label {
            Layout.fillWidth: true
            font.pixelSize: Theme.body
            wrapMode: Text.WrapAnywhere
            text: line.address
        }
    }
}
