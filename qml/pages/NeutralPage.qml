// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import Buurtplein

// What the quick exit shows: a plain screen that gives nothing away. A long press returns.
Rectangle {
    id: root

    signal resumed()

    color: "#fafafa"

    Label {
        anchors.centerIn: parent
        //: The neutral screen of the quick exit: looks like a blank notes page
        text: qsTr("Notes")
        font.pixelSize: Theme.title
        color: "#9e9e9e"
    }
    MouseArea {
        anchors.fill: parent
        pressAndHoldInterval: 1500
        onPressAndHold: root.resumed()
    }
}
