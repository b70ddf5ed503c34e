// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import Buurtplein.Common

// A round-length scale bar for the map at latitude lat and zoom.
Item {
    id: root

    property real lat
    property real zoom
    readonly property var bar: MapProjection.scaleBar(lat, zoom, 120)

    implicitWidth: bar.pixels
    implicitHeight: label.implicitHeight + 8

    Rectangle {
        anchors.bottom: parent.bottom
        width: root.bar.pixels
        height: 4
        color: "#333333"
    }
    Rectangle { anchors.bottom: parent.bottom; width: 2; height: 10; color: "#333333" }
    Rectangle { anchors.bottom: parent.bottom; x: root.bar.pixels - 2; width: 2; height: 10; color: "#333333" }
    Label {
        id: label
        text: root.bar.text
        font.pixelSize: Theme.small
        style: Text.Outline
        styleColor: "white"
    }
}
