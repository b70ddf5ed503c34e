// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import Buurtplein

ApplicationWindow {
    id: root

    width: 400
    height: 800
    minimumWidth: 360
    visible: true
    //: Window title: the app's name
    title: qsTr("Buurtplein")

    Material.theme: Material.Light
    Material.primary: "#1f5f5b"
    Material.accent: "#c8553d"

    header: ToolBar {
        implicitHeight: Math.max(56, title.implicitHeight + 16)

        background: Rectangle {
            color: root.Material.primary
        }

        Label {
            id: title

            anchors.fill: parent
            anchors.leftMargin: 16
            //: Home page heading: what happens in the neighbourhood this week
            text: qsTr("This week in the neighbourhood")
            font.pixelSize: 20
            font.bold: true
            color: "white"
            verticalAlignment: Text.AlignVCenter
            elide: Text.ElideRight
        }
    }

    UpcomingPage {
        anchors.fill: parent
        model: AppContext.upcoming
        sourceNote: AppContext.sourceNote
    }
}
