// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import Buurtplein.Common
import Buurtplein.Evaluator

// Inside a MapCanvas: a circle at each area's CBS label point, shaded on a sequential
// scale by its released total (5 classes of a round width that reach the table's largest
// total, so the legend reads 0–50, 50–100, …). A suppressed
// area is an outline with "fewer than k". Shading only: no order, no ranks, no labels of
// better or worse.
Item {
    id: root

    property StatsTableModel model
    // The areas' outlines are drawn below (AreaOutlineLayer): only names and figures here.
    property bool outlined: false
    property var areas: []           // dimensions().areas: code -> label point
    property point origin
    property real worldSize
    property real zoom
    readonly property var scale: ["#e3f1ef", "#b0d8d2", "#74b8af", "#3a8b82", "#1f5f5b"]
    readonly property var points: {
        const out = {}
        for (const a of areas)
            if (a.located)
                out[a.code] = a
        return out
    }

    /** The width of one class: a round number (1, 2, 2.5, 5 or 7.5 times a power of ten) so that 5 classes hold the largest total. */
    readonly property real step: niceStep(model ? model.maxRowTotal : 0, model ? model.unit : "count")

    function niceStep(top, unit) {
        if (!(top > 0))
            return unit === "count" ? 5 : 0.2
        const raw = top / scale.length
        const magnitude = Math.pow(10, Math.floor(Math.log10(raw)))
        // A count class is whole: no 2.5 or 7.5 below ten.
        const factors = unit === "count" && magnitude < 10 ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 7.5, 10]
        for (const f of factors)
            if (f * magnitude >= raw - 1e-9)
                return Math.max(unit === "count" ? 1 : 0, f * magnitude)
        return 10 * magnitude
    }
    function classOf(value) { return Math.max(0, Math.min(scale.length - 1, Math.floor(value / step))) }
    function colourOf(value) { return scale[classOf(value)] }
    /** The bounds of class @p index as the legend shows them: "0–50", "20–40 %". */
    function classText(index) {
        const unit = model ? model.unit : "count"
        const share = unit === "share"
        const k = share ? 100 : 1
        const decimals = share ? (step * 100 % 1 === 0 ? 0 : 1) : (step % 1 === 0 ? 0 : 1)
        const bound = (v) => Number(v * k).toLocaleString(Qt.locale(), "f", decimals)
        //: Map legend: the bounds of one shading class; %1 and %2 are numbers
        const text = qsTr("%1–%2").arg(bound(index * step)).arg(bound((index + 1) * step))
        return share ? text + " %" : text
    }

    anchors.fill: parent
    z: 2

    Repeater {
        model: root.model
        Item {
            id: spot

            required property string key
            required property string label
            required property var total
            readonly property var area: root.points[key]
            readonly property point unit: area ? MapProjection.toUnit(area.lat, area.lon) : Qt.point(0, 0)
            readonly property real r: Math.max(14, Math.min(34, 4 * (root.zoom - 10)))

            objectName: "areaSpot-" + key
            visible: area !== undefined
            x: root.origin.x + unit.x * root.worldSize
            y: root.origin.y + unit.y * root.worldSize

            Rectangle {
                x: -spot.r
                y: -spot.r
                width: 2 * spot.r
                height: width
                radius: spot.r
                visible: !root.outlined
                opacity: 0.9
                color: spot.total.suppressed ? "white" : root.colourOf(spot.total.value)
                border.color: spot.total.suppressed ? Theme.muted : Theme.primary
                border.width: spot.total.suppressed ? 2 : 1
            }
            Column {
                x: -width / 2
                y: spot.r + 2
                Label {
                    anchors.horizontalCenter: parent.horizontalCenter
                    // Neighbouring areas' names wrap rather than run into each other.
                    width: Math.min(implicitWidth, 110)
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    text: spot.label
                    font.pixelSize: Theme.small
                    style: Text.Outline
                    styleColor: "#eef2ec"
                }
                Label {
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: spot.total.text
                    font.pixelSize: Theme.small
                    font.italic: spot.total.suppressed
                    color: Theme.muted
                    style: Text.Outline
                    styleColor: "#eef2ec"
                }
            }
        }
    }
}
