// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import Buurtplein.Common

// The head of a detail page: a round icon, the title (wrapping) and a line below it.
Item {
    id: root

    property string icon
    property color color: Theme.primary
    property string title
    property string subtitle

    implicitHeight: Math.max(circle.height, texts.implicitHeight)

    Rectangle {
        id: circle

        // Anchored, not placed at x 0, so that a mirrored (Arabic) layout puts it on the right.
        anchors.left: parent.left
        width: Theme.iconSize * 2
        height: width
        radius: width / 2
        color: root.color
        Icon { anchors.centerIn: parent; name: root.icon; color: "white" }
    }
    Column {
        id: texts

        anchors.left: circle.right
        anchors.leftMargin: 12
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        Label {
            width: parent.width
            text: root.title
            font.pixelSize: Theme.title
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        Label {
            width: parent.width
            text: root.subtitle
            font.pixelSize: Theme.small
            color: Theme.muted
            wrapMode: Text.Wrap
        }
    }
}
