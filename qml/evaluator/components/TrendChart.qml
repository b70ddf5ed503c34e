// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import QtCharts
import Buurtplein.Common
import Buurtplein.Evaluator

// The metric over time (rows: periods) as a line. A suppressed period is a gap in the
// line, never a drop to 0, and the note under the chart names the periods left out.
// When every period is suppressed there is no line to draw: a sentence says why and
// what to try instead of an empty chart.
ColumnLayout {
    id: root

    property StatsTableModel model
    property var rowList: model ? model.rows() : []
    readonly property var gaps: gapLabels(rowList)
    readonly property bool nothingReleased: rowList.length > 0 && gaps.length === rowList.length

    function gapLabels(rows) {
        return rows.filter(r => r.total.suppressed).map(r => r.label)
    }
    // The hub's labels ("januari 2026") when they fit under their point; short ones
    // ("jan", "jan ’26", "W3") on a narrow chart, where long ones would be cut off.
    function axisLabels(rows) {
        if (rows.length === 0 || chart.width / rows.length >= 90)
            return rows.map(r => r.label)
        const oneYear = rows.every(r => r.key.slice(0, 4) === rows[0].key.slice(0, 4))
        return rows.map(r => {
            let m = /^(\d{4})-(\d{2})$/.exec(r.key)
            if (m)
                return Qt.locale().standaloneMonthName(Number(m[2]) - 1, Locale.ShortFormat) + (oneYear ? "" : " ’" + m[1].slice(2))
            m = /^\d{4}-W(\d{2})$/.exec(r.key)
            //: Trend chart axis on a narrow screen: ISO week %1 (a number)
            return m ? qsTr("W%1").arg(Number(m[1])) : r.label
        })
    }
    function rebuild() {
        chart.removeAllSeries()
        rowList = model ? model.rows() : []
        const rows = rowList
        xAxis.categories = axisLabels(rows)
        let top = 0
        for (const r of rows)
            if (!r.total.suppressed)
                top = Math.max(top, r.total.value)
        yAxis.max = model && model.unit === "share" ? 1 : Math.max(5, Math.ceil(top * 1.1 / 5) * 5)
        yAxis.applyNiceNumbers()
        let series = null
        for (let i = 0; i < rows.length; ++i) {
            if (rows[i].total.suppressed) {
                series = null // the next released period starts a new line: the gap stays visible
                continue
            }
            if (!series) {
                series = chart.createSeries(ChartView.SeriesTypeLine, "", xAxis, yAxis)
                series.color = Theme.primary
                series.width = 3
                series.pointsVisible = true
            }
            series.append(i, rows[i].total.value)
        }
    }

    spacing: 4

    Connections {
        target: root.model
        function onTableChanged() { root.rebuild() }
    }
    Component.onCompleted: rebuild()

    ChartView {
        id: chart
        objectName: "trendChart"

        Layout.fillWidth: true
        Layout.preferredHeight: 280
        visible: !root.nothingReleased
        antialiasing: true
        legend.visible: false
        backgroundRoundness: 0
        margins { left: 0; right: 0; top: 0; bottom: 0 }
        onWidthChanged: if (root.model) xAxis.categories = root.axisLabels(root.model.rows())

        BarCategoryAxis {
            id: xAxis
            labelsFont.pixelSize: Theme.small
            labelsAngle: categories.length > 8 ? -45 : 0
        }
        ValueAxis {
            id: yAxis
            min: 0
            labelFormat: root.model && root.model.unit === "share" ? "%.1f" : "%d"
            labelsFont.pixelSize: Theme.small
        }
    }
    Label {
        objectName: "trendGaps"
        Layout.fillWidth: true
        visible: root.gaps.length > 0 && !root.nothingReleased
        wrapMode: Text.Wrap
        font.pixelSize: Theme.small
        color: Theme.muted
        //: Under the trend chart: the periods shown as gaps; %1 lists them, %2 is k
        text: qsTr("Gaps in the line: %1. Fewer than %2 participants or 3 sessions, so no figure is shown.")
              .arg(root.gaps.join(", ")).arg(root.model ? root.model.k : 10)
    }
    Label {
        objectName: "trendNothingReleased"
        Layout.fillWidth: true
        Layout.topMargin: 8
        Layout.bottomMargin: 8
        visible: root.nothingReleased
        wrapMode: Text.Wrap
        //: Instead of the trend chart when no period can be shown; %1 is k (a number)
        text: qsTr("No period can be shown: each had fewer than %1 participants or 3 sessions, so that no figure "
                   + "could point to a person. Choose a longer period, months instead of weeks, or a wider area.")
              .arg(root.model ? root.model.k : 10)
    }
    StatsNote { Layout.fillWidth: true; model: root.model }
}
