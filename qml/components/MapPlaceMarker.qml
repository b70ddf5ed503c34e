// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import Buurtplein

// A meeting place on the map: a dot in its main category's colour, its name when zoomed in.
AbstractButton {
    id: root

    required property string uid
    required property string name
    required property string color
    required property real unitX
    required property real unitY
    required property int sessionCount
    property point origin      // where unit (0, 0) is drawn, in the map's pixels
    property real worldSize: 256
    property bool showLabel: false

    x: origin.x + unitX * worldSize - width / 2
    y: origin.y + unitY * worldSize - height / 2
    width: Theme.touch
    height: Theme.touch
    Accessible.name: name
    z: sessionCount > 0 ? 2 : 1

    contentItem: Item {}
    background: Item {
        Rectangle {
            anchors.centerIn: parent
            width: root.sessionCount > 0 ? 20 : 12
            height: width
            radius: width / 2
            color: root.color
            border.color: "white"
            border.width: 2
        }
        Label {
            visible: root.showLabel
            x: parent.width / 2 + 14
            anchors.verticalCenter: parent.verticalCenter
            text: root.name
            font.pixelSize: Theme.small
            style: Text.Outline
            styleColor: "white"
        }
    }
}
