// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import Buurtplein.Common
import Buurtplein.Evaluator

// The dashboard's areas on the offline map: each area's outline (from the hub, when it
// holds them; else a circle at its label point) shaded by the released figure in five
// round classes (never a ranking), hatched where the figure is "fewer than k", with a
// legend; the view frames the areas of the table shown.
MapCanvas {
    id: map

    property StatsTableModel model
    property StatsClient stats: null   // the outlines' source; none: circles only
    property var areas: []
    property string metricLabel

    places: null

    function frameAreas() {
        // The areas of the table shown, with room around a lone one.
        const shown = map.model ? map.model.rows().map(r => r.key) : []
        const located = map.areas.filter(a => a.located && shown.indexOf(a.code) >= 0)
        if (located.length === 0)
            return
        const box = { north: -90, south: 90, west: 180, east: -180 }
        for (const a of located) {
            box.north = Math.max(box.north, a.lat); box.south = Math.min(box.south, a.lat)
            box.east = Math.max(box.east, a.lon); box.west = Math.min(box.west, a.lon)
        }
        frame({ north: box.north + 0.004, south: box.south - 0.004, west: box.west - 0.008, east: box.east + 0.008 })
    }
    // Area code -> fill of the choropleth: a class colour, or "suppressed".
    property var fills: ({})
    function updateFills() {
        const out = {}
        for (const r of (map.model ? map.model.rows() : []))
            out[r.key] = r.total.suppressed ? "suppressed" : shading.colourOf(r.total.value)
        fills = out
        const level = map.model ? map.model.rowDimension.replace("area:", "") : ""
        if (map.stats && (level === "buurt" || level === "wijk"))
            map.stats.loadOutlines(level)
    }
    Connections {
        target: map.model
        function onTableChanged() { map.frameAreas(); map.updateFills() }
    }
    Component.onCompleted: { frameAreas(); updateFills() }

    AreaOutlineLayer {
        id: outlines
        objectName: "areaOutlines"
        anchors.fill: parent
        z: 1
        source: map.stats ? map.stats.outlineSet : null
        fills: map.fills
        origin: map.origin
        worldSize: map.worldSize
    }
    AreaShadingLayer {
        id: shading
        outlined: map.stats !== null && map.stats.outlineCount > 0
        model: map.model
        areas: map.areas
        origin: map.origin
        worldSize: map.worldSize
        zoom: map.zoom
    }
    Rectangle {
        objectName: "mapLegend"
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        width: legend.implicitWidth + 16
        height: legend.implicitHeight + 16
        color: "#f0ffffff"
        radius: 4
        z: 5
        Column {
            id: legend
            x: 8
            y: 8
            spacing: 2
            Label {
                text: map.metricLabel
                font.pixelSize: Theme.small
                font.bold: true
            }
            Repeater {
                model: 5
                Row {
                    required property int index
                    spacing: 6
                    Rectangle { width: 14; height: 14; radius: 7; color: shading.scale[index]; border.color: Theme.primary }
                    Label {
                        objectName: "legendClass" + index
                        font.pixelSize: Theme.small
                        text: shading.classText(index)
                    }
                }
            }
            Row {
                spacing: 6
                Rectangle { width: 14; height: 14; radius: 7; color: "white"; border.color: Theme.muted; border.width: 2 }
                Label {
                    font.pixelSize: Theme.small
                    //: Map legend: the outline circles of suppressed areas; %1 is k
                    text: qsTr("fewer than %1").arg(map.model ? map.model.k : 10)
                }
            }
        }
    }
}
