// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common

// Icon-led navigation between the four main pages, each with a short label below, and a
// fifth for social worker mode once the device is enrolled for an organisation.
ToolBar {
    id: root

    property string current: "home"
    property bool worker: false
    property bool evaluator: false

    signal selected(string name)

    implicitHeight: Math.max(64, row.implicitHeight)
    Material.background: "white"
    Material.elevation: 8

    RowLayout {
        id: row

        anchors.fill: parent
        spacing: 0

        Repeater {
            model: [
                //: Bottom navigation: the home page (keep it one short word)
                { name: "home", icon: "home", label: qsTr("Home") },
                //: Bottom navigation: the search page (keep it one short word)
                { name: "search", icon: "search", label: qsTr("Search") },
                //: Bottom navigation: the map page (keep it one short word)
                { name: "map", icon: "map", label: qsTr("Map") },
                //: Bottom navigation: the activities the resident joined (keep it one short word)
                { name: "my", icon: "event_available", label: qsTr("Mine") }
            ].concat(root.worker ? [
                //: Bottom navigation: social worker mode, the organisation's activities (keep it one short word)
                { name: "work", icon: "work", label: qsTr("Work") }
            ] : []).concat(root.evaluator ? [
                //: Bottom navigation: the programme evaluator's dashboard of released figures (keep it one short word)
                { name: "dashboard", icon: "insert_chart", label: qsTr("Evaluate") }
            ] : [])
            ToolButton {
                id: button

                required property var modelData
                readonly property bool active: root.current === modelData.name

                objectName: "nav-" + modelData.name
                Layout.fillWidth: true
                Layout.fillHeight: true
                implicitHeight: Math.max(Theme.touch + 16, column.implicitHeight + 8)
                Accessible.name: modelData.label
                onClicked: root.selected(modelData.name)

                contentItem: Column {
                    id: column

                    spacing: 0
                    Icon {
                        anchors.horizontalCenter: parent.horizontalCenter
                        name: button.modelData.icon
                        color: button.active ? Theme.primary : Theme.muted
                    }
                    Label {
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: button.modelData.label
                        font.pixelSize: Theme.small
                        font.bold: button.active
                        color: button.active ? Theme.primary : Theme.muted
                    }
                }
            }
        }
    }
}
