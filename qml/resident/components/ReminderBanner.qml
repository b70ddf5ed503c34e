// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Resident

// The in-app reminder of a joined session, above the page until dismissed.
Pane {
    id: root

    property var service: Reminders

    visible: service.showing
    Material.background: "#fff4d6"
    Material.elevation: 6
    padding: 12

    RowLayout {
        anchors.fill: parent
        spacing: 12
        Icon { name: "notifications_active"; color: Theme.accent }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                horizontalAlignment: Text.AlignLeft // mirrored in right-to-left layouts, whatever script the text is in
                Layout.fillWidth: true
                text: root.service.title
                font.pixelSize: Theme.body
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                text: root.service.text
                font.pixelSize: Theme.small
                wrapMode: Text.Wrap
            }
        }
        ToolButton {
            implicitWidth: Theme.touch
            implicitHeight: Theme.touch
            contentItem: Icon { name: "close" }
            //: Closes the reminder banner
            Accessible.name: qsTr("Dismiss")
            onClicked: root.service.dismiss()
        }
    }
}
