// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import Buurtplein

// The coming days' sessions, grouped by day. Pull down to read the catalogue again.
Pane {
    id: root

    property var model
    property string sourceNote

    padding: 0

    ListView {
        id: list

        // One readable column on a desktop window, the full width on a phone.
        width: Math.min(parent.width, 720)
        height: parent.height
        anchors.horizontalCenter: parent.horizontalCenter
        model: root.model
        clip: true
        delegate: OccurrenceDelegate {
            width: ListView.view.width
        }
        section.property: "day"
        section.criteria: ViewSection.FullString
        section.delegate: Label {
            required property string section

            width: ListView.view.width
            topPadding: 16
            bottomPadding: 4
            leftPadding: 16
            text: section
            font.pixelSize: 17
            font.bold: true
            color: Material.primary
            Accessible.role: Accessible.Heading
        }
        footer: Label {
            width: ListView.view.width
            padding: 16
            wrapMode: Text.WordWrap
            text: root.sourceNote
            font.pixelSize: 12
            opacity: 0.7
        }
        onFlickEnded: if (contentY < -60 && root.model) root.model.reload()

        Label {
            anchors.centerIn: parent
            visible: list.count === 0
            width: parent.width - 48
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            //: Shown when the catalogue has nothing in the coming days
            text: qsTr("Nothing planned in the coming days.")
        }
    }
}
