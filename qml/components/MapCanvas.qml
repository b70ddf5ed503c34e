// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import Buurtplein

// The offline map: places on Web Mercator, the resident's position with 500 m and 1 km
// rings, pan by dragging, pinch or wheel to zoom. No tiles: the places are the map.
Item {
    id: root

    property var places: AppContext.places
    property real centerX: 0.5     // the view's centre on the unit square
    property real centerY: 0.5
    property real zoom: 16
    property bool hasMe: false
    property real meLat
    property real meLon

    readonly property real worldSize: MapProjection.worldSize(zoom)
    readonly property point origin: Qt.point(width / 2 - centerX * worldSize, height / 2 - centerY * worldSize)
    readonly property real centreLat: MapProjection.fromUnit(centerX, centerY).y

    signal placeOpened(string placeUid)

    function centreOn(lat, lon) {
        const unit = MapProjection.toUnit(lat, lon)
        centerX = unit.x
        centerY = unit.y
    }
    function zoomBy(steps) {
        zoom = Math.max(11, Math.min(19, zoom + steps))
    }

    clip: true

    Rectangle { anchors.fill: parent; color: "#eef2ec" }

    Repeater {
        model: root.hasMe ? [500, 1000] : []
        Rectangle {
            required property int modelData
            readonly property point me: MapProjection.toUnit(root.meLat, root.meLon)
            readonly property real r: modelData / (40075016.686 * Math.cos(root.meLat * Math.PI / 180)) * root.worldSize
            x: root.origin.x + me.x * root.worldSize - r
            y: root.origin.y + me.y * root.worldSize - r
            width: 2 * r
            height: 2 * r
            radius: r
            color: "transparent"
            border.color: "#8fb5b2"
            border.width: 1
            Label {
                anchors.horizontalCenter: parent.horizontalCenter
                y: -height / 2
                text: Terms.distanceText(parent.modelData)
                font.pixelSize: Theme.small
                color: Theme.primary
            }
        }
    }

    Repeater {
        model: root.places
        MapPlaceMarker {
            origin: root.origin
            worldSize: root.worldSize
            showLabel: root.zoom >= 15.5
            onClicked: root.placeOpened(uid)
        }
    }

    Rectangle {
        objectName: "myPosition"
        visible: root.hasMe
        readonly property point me: MapProjection.toUnit(root.meLat, root.meLon)
        x: root.origin.x + me.x * root.worldSize - width / 2
        y: root.origin.y + me.y * root.worldSize - height / 2
        width: 18
        height: 18
        radius: 9
        color: "#1a73e8"
        border.color: "white"
        border.width: 3
        z: 3
    }

    DragHandler {
        id: drag
        target: null
        property real startX
        property real startY
        onActiveChanged: if (active) { startX = root.centerX; startY = root.centerY }
        onTranslationChanged: {
            if (!active)
                return
            root.centerX = startX - translation.x / root.worldSize
            root.centerY = startY - translation.y / root.worldSize
        }
    }
    PinchHandler {
        target: null
        property real startZoom
        onActiveChanged: if (active) startZoom = root.zoom
        onActiveScaleChanged: if (active) root.zoom = Math.max(11, Math.min(19, startZoom + Math.log2(activeScale)))
    }
    WheelHandler {
        acceptedDevices: PointerDevice.Mouse | PointerDevice.TouchPad
        onWheel: (event) => root.zoomBy(event.angleDelta.y / 240)
    }

    ScaleBar {
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        lat: root.centreLat
        zoom: root.zoom
    }
}
