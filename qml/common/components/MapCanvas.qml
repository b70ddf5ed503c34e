// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import Buurtplein.Common

// The offline map: OpenStreetMap vector tiles drawn off the UI thread (VectorMapLayer),
// places on top, the resident's position with 500 m and 1 km rings; pan by dragging,
// pinch or wheel to zoom. The places of the visible area load a moment after the view
// stops moving. The attribution OpenStreetMap's licence asks for is always shown.
Item {
    id: root

    // The places to draw (PlacesModel); null draws none (the evaluator's map of areas).
    property var places: null
    property real centerX: 0.5     // the view's centre on the unit square
    property real centerY: 0.5
    property real zoom: 16
    property bool hasMe: false
    property real meLat
    property real meLon
    // The MBTiles file the streets come from; empty: the demo neighbourhood's tiles the app carries.
    property string tileSource: ""
    // Outlines to draw over the streets (AreaOutlines; null: none), the one marked, and
    // whether a tap beside the places names the area under it (areaTapped).
    property var areaOutlines: null
    property string highlightedArea: ""
    readonly property real minZoom: 11
    readonly property real maxZoom: 19
    // Room kept around a framed area for the dots and the first letters of their labels.
    readonly property real framePadding: 56

    readonly property real worldSize: MapProjection.worldSize(zoom)
    readonly property point origin: Qt.point(width / 2 - centerX * worldSize, height / 2 - centerY * worldSize)
    readonly property real centreLat: MapProjection.fromUnit(centerX, centerY).y
    property var pendingFrame: null

    signal placeOpened(string placeUid)
    // A tap on the map (not on a place) while outlines are shown: the area's code there, or "".
    signal areaTapped(string code)

    function centreOn(lat, lon) {
        const unit = MapProjection.toUnit(lat, lon)
        centerX = unit.x
        centerY = unit.y
    }
    function zoomBy(steps) {
        zoom = Math.max(minZoom, Math.min(maxZoom, zoom + steps))
    }
    // Shows the box {north, west, south, east} as large as fits (once the map has a size).
    function frame(box) {
        pendingFrame = box
        applyFrame()
    }
    function applyFrame() {
        if (!pendingFrame || width <= 0 || height <= 0)
            return
        const box = pendingFrame
        pendingFrame = null
        zoom = Math.max(minZoom, Math.min(17, MapProjection.fitZoom(box, width, height, framePadding, 17)))
        const northWest = MapProjection.toUnit(box.north, box.west)
        const southEast = MapProjection.toUnit(box.south, box.east)
        centerX = (northWest.x + southEast.x) / 2
        centerY = (northWest.y + southEast.y) / 2
        showVisibleArea()
    }
    function showVisibleArea() {
        areaTimer.stop()
        if (width <= 0 || height <= 0)
            return
        const box = MapProjection.visibleBox(centerX, centerY, zoom, width, height)
        if (places) // the dashboard's map of areas shows no places
            places.showArea(box.north, box.west, box.south, box.east)
    }

    clip: true
    onWidthChanged: { applyFrame(); areaTimer.restart() }
    onHeightChanged: { applyFrame(); areaTimer.restart() }
    onCenterXChanged: areaTimer.restart()
    onCenterYChanged: areaTimer.restart()
    onZoomChanged: areaTimer.restart()

    Timer {
        id: areaTimer
        interval: 250
        onTriggered: root.showVisibleArea()
    }

    // The land colour of the tiles, so that a tile still being drawn is no hole.
    Rectangle { anchors.fill: parent; color: "#f2efe9" }

    VectorMapLayer {
        id: tiles
        objectName: "mapTiles"
        anchors.fill: parent
        centerX: root.centerX
        centerY: root.centerY
        zoom: root.zoom
        textScale: Theme.scale
        source: root.tileSource
    }

    AreaOutlineLayer {
        objectName: "mapAreaOutlines"
        anchors.fill: parent
        visible: root.areaOutlines !== null
        source: root.areaOutlines
        highlighted: root.highlightedArea
        lineColor: "#b31f5f5b"
        lineWidth: 1.5
        origin: root.origin
        worldSize: root.worldSize
    }
    TapHandler {
        enabled: root.areaOutlines !== null
        onTapped: (point) => root.areaTapped(root.areaOutlines.codeAt((point.position.x - root.origin.x) / root.worldSize,
                                                                      (point.position.y - root.origin.y) / root.worldSize))
    }

    // What the map's street and area names keep clear of: the position dot, the places'
    // dots and their names. Worked out from the same projection as the markers, so that it
    // does not wait for their bindings.
    function obstacleRects() {
        const out = []
        if (root.hasMe) {
            const me = MapProjection.toUnit(root.meLat, root.meLon)
            out.push(Qt.rect(root.origin.x + me.x * root.worldSize - 14, root.origin.y + me.y * root.worldSize - 14, 28, 28))
        }
        for (let i = 0; i < rings.count; ++i) {
            const ring = rings.itemAt(i)
            if (ring && ring.labelBox.width > 0)
                out.push(ring.labelBox)
        }
        for (let i = 0; i < markers.count; ++i) {
            const m = markers.itemAt(i)
            if (!m)
                continue
            const x = root.origin.x + m.unitX * root.worldSize
            const y = root.origin.y + m.unitY * root.worldSize
            if (x < -200 || y < -50 || x > root.width + 200 || y > root.height + 50)
                continue
            out.push(Qt.rect(x - 12, y - 12, 24, 24))
            const r = m.labelRect
            if (r.width > 0)
                out.push(Qt.rect(x - m.width / 2 + r.x, y - m.height / 2 + r.y, r.width, r.height))
        }
        return out
    }
    function updateObstacles() { tiles.obstacles = obstacleRects() }
    // Places' names avoid each other: the places with the most sessions name themselves
    // first; a name that would cover a placed name, another place's dot or the position
    // dot stays hidden until there is room (zoom in).
    function resolveMarkerLabels() {
        const list = []
        for (let i = 0; i < markers.count; ++i) {
            const m = markers.itemAt(i)
            if (m)
                list.push(m)
        }
        list.sort((a, b) => b.sessionCount - a.sessionCount || a.name.localeCompare(b.name))
        const dots = list.map(m => Qt.rect(m.x + m.width / 2 - 10, m.y + m.height / 2 - 10, 20, 20))
        if (root.hasMe) {
            const me = MapProjection.toUnit(root.meLat, root.meLon)
            dots.push(Qt.rect(root.origin.x + me.x * root.worldSize - 12, root.origin.y + me.y * root.worldSize - 12, 24, 24))
        }
        const overlaps = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
        const placed = []
        for (let i = 0; i < list.length; ++i) {
            const m = list[i]
            const w = m.wantedLabelRect
            const r = Qt.rect(m.x + w.x, m.y + w.y, w.width, w.height)
            let clear = placed.every(p => !overlaps(p, r))
            for (let j = 0; clear && j < dots.length; ++j)
                clear = j === i || !overlaps(dots[j], r)
            m.labelAllowed = clear
            if (clear)
                placed.push(r)
        }
    }
    // Once per turn of the event loop, after the markers' own bindings moved their names.
    onOriginChanged: { Qt.callLater(resolveMarkerLabels); Qt.callLater(updateObstacles) }
    onHasMeChanged: Qt.callLater(updateObstacles)

    Repeater {
        id: rings
        model: root.hasMe ? [500, 1000] : []
        Item {
            id: ring
            required property int modelData
            readonly property point me: MapProjection.toUnit(root.meLat, root.meLon)
            readonly property real r: modelData / (40075016.686 * Math.cos(root.meLat * Math.PI / 180)) * root.worldSize
            readonly property real cx: root.origin.x + me.x * root.worldSize
            readonly property real cy: root.origin.y + me.y * root.worldSize
            // The label sits on the ring where it stays whole on screen: top, bottom, left or right.
            readonly property var spot: MapProjection.ringLabel(cx, cy, r, root.width, root.height,
                                                                ringLabel.implicitWidth, ringLabel.implicitHeight, 4)
            // The map's names keep clear of the distance label too.
            readonly property rect labelBox: spot.visible ? Qt.rect(spot.x, spot.y, ringLabel.implicitWidth, ringLabel.implicitHeight)
                                                          : Qt.rect(0, 0, 0, 0)
            anchors.fill: parent

            Rectangle {
                x: ring.cx - ring.r
                y: ring.cy - ring.r
                width: 2 * ring.r
                height: 2 * ring.r
                radius: ring.r
                color: "transparent"
                border.color: "#8fb5b2"
                border.width: 1
            }
            Label {
                id: ringLabel
                objectName: "ringLabel" + ring.modelData
                visible: ring.spot.visible
                x: ring.spot.x
                y: ring.spot.y
                text: Terms.distanceText(ring.modelData)
                font.pixelSize: Theme.small
                color: Theme.primary
                style: Text.Outline
                styleColor: "#eef2ec"
            }
        }
    }

    Repeater {
        id: markers
        model: root.places
        onCountChanged: { Qt.callLater(root.resolveMarkerLabels); Qt.callLater(root.updateObstacles) }
        MapPlaceMarker {
            onLabelRectChanged: Qt.callLater(root.updateObstacles)
            origin: root.origin
            worldSize: root.worldSize
            viewWidth: root.width
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
        onActiveScaleChanged: if (active) root.zoom = Math.max(root.minZoom, Math.min(root.maxZoom, startZoom + Math.log2(activeScale)))
    }
    WheelHandler {
        acceptedDevices: PointerDevice.Mouse | PointerDevice.TouchPad
        onWheel: (event) => root.zoomBy(event.angleDelta.y / 240)
    }

    ScaleBar {
        id: scaleBar
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        lat: root.centreLat
        zoom: root.zoom
    }

    // ODbL: the source is named wherever the map is shown.
    Label {
        objectName: "mapAttribution"
        anchors.left: parent.left
        anchors.bottom: scaleBar.top
        anchors.leftMargin: Theme.margin
        anchors.bottomMargin: 4
        z: 4
        padding: 2
        // Clear of the map's buttons on the other side, wrapping rather than hidden at 200 % text.
        width: Math.min(implicitWidth, root.width - Theme.touch - 3 * Theme.margin)
        wrapMode: Text.Wrap
        text: "© OpenStreetMap contributors"
        font.pixelSize: Theme.small * 0.85
        color: "#333333"
        background: Rectangle { color: "#ccffffff"; radius: 2 }
    }
}
