// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import Buurtplein.Common

// A meeting place on the map: a dot in its main category's colour, its name when zoomed in.
AbstractButton {
    id: root
    objectName: "placeMarker"

    required property string uid
    required property string name
    required property string color
    required property real unitX
    required property real unitY
    required property int sessionCount
    property point origin      // where unit (0, 0) is drawn, in the map's pixels
    property real worldSize: 256
    property bool showLabel: false
    // The map lets a name show only where it overlaps no more important place's dot or name.
    property bool labelAllowed: true
    property real viewWidth: 400   // the map's width: labels near its right edge go left of the dot
    // The label keeps clear of the map's edges: left of the dot near the right edge, elided when neither side has room.
    readonly property real dotX: x + width / 2
    readonly property bool labelOnLeft: MapProjection.labelOnLeft(dotX, label.implicitWidth, viewWidth, 4)
    // Where the name is drawn, in this marker's coordinates (empty when hidden): the map's
    // street and area names keep clear of it.
    readonly property rect labelRect: label.visible ? Qt.rect(label.x, label.y, label.width, label.height) : Qt.rect(0, 0, 0, 0)
    // Where the name would go, shown or not (the map decides with it).
    readonly property rect wantedLabelRect: Qt.rect(label.x, label.y, label.width, label.height)

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
            id: label
            objectName: "placeLabel"
            // A dot beyond the edge shows no label: half a name with nothing to point at says nothing.
            visible: root.showLabel && root.labelAllowed && root.dotX >= 0 && root.dotX <= root.viewWidth
            width: Math.min(implicitWidth, MapProjection.labelRoom(root.dotX, root.labelOnLeft, root.viewWidth, 4))
            x: root.labelOnLeft ? parent.width / 2 - MapProjection.labelGap - width : parent.width / 2 + MapProjection.labelGap
            anchors.verticalCenter: parent.verticalCenter
            elide: Text.ElideRight
            text: root.name
            font.pixelSize: Theme.small
            style: Text.Outline
            styleColor: "white"
        }
    }
}
