// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import Buurtplein.Common

// What the quick exit shows: a plain screen that gives nothing away. A long press returns.
Rectangle {
    id: root

    signal resumed()

    color: "#fafafa"

    Label {
        id: notes

        anchors.centerIn: parent
        //: The neutral screen of the quick exit: looks like a blank notes page
        text: qsTr("Notes")
        font.pixelSize: Theme.title
        color: "#616161" // WCAG AA on the page's grey (5.9:1); #9e9e9e was 2.5:1
    }
    MouseArea {
        anchors.fill: parent
        // A screen reader hears what anyone sees: a notes page, nothing about the app.
        Accessible.name: notes.text
        pressAndHoldInterval: 1500
        onPressAndHold: root.resumed()
    }
}
