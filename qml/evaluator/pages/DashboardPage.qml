// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Evaluator

// The programme evaluator's dashboard of released figures (issue 6): filters, the trend
// over time, areas as a table and on the map (shaded, never ranked), and the category and
// programme breakdowns; each table exports as CSV, and the quarterly report as a PDF.
// Desktop and tablet first; usable on a phone.
Page {
    id: root

    readonly property var stats: Evaluator.stats
    readonly property bool wide: width >= 1000
    readonly property bool narrow: width < 600
    property var exportQuery: ({})
    property string exportMessage
    //: Dashboard: the trend's time step
    property string trendRows: "period:month"
    property string areaRows: "area:buurt"
    /** "", "areas" or "report": the section shown first (--page dashboard:areas, for pictures). */
    property string section

    //: Title of the evaluator's dashboard
    title: qsTr("Evaluate")
    padding: 0

    function tableQuery(rows, columns) {
        const q = filters.query()
        q.rows = rows
        if (columns)
            q.columns = columns
        return q
    }
    function reload() {
        if (!filters.from || !filters.to)
            return
        stats.loadTable(trendModel, tableQuery(trendRows))
        stats.loadTable(areaModel, tableQuery(areaRows, "period:quarter"))
        stats.loadTable(categoryModel, tableQuery("category"))
        stats.loadTable(programmeModel, tableQuery("programme"))
    }
    function exportTable(query) {
        exportQuery = query
        exportMessage = ""
        if (Qt.platform.os === "android" || Qt.platform.os === "ios") {
            stats.exportCsv(query, Language.code, stats.defaultExportFile(query))
            return
        }
        saveDialog.selectedFile = stats.defaultExportFile(query)
        saveDialog.open()
    }

    // The preset sets the period and emits applied(), which loads every table.
    Component.onCompleted: { stats.loadDimensions(); filters.preset("year") }

    StatsTableModel { id: trendModel }
    StatsTableModel {
        id: areaModel
        onTableChanged: if (root.section === "areas") flick.contentY = Math.max(0, areaSection.y - Theme.margin)
    }
    StatsTableModel { id: categoryModel }
    StatsTableModel {
        id: programmeModel
        // The last table to come: then the report form at the bottom can be scrolled to.
        onTableChanged: if (root.section === "report") Qt.callLater(() => flick.contentY = Math.max(0, flick.contentHeight - flick.height))
    }

    Connections {
        target: root.stats
        function onExported(path) {
            //: Dashboard: where the CSV export was saved; %1 is the file's path
            root.exportMessage = qsTr("Saved as %1").arg(path)
        }
        function onExportFailed(message) { root.exportMessage = message }
        function onDimensionsChanged() { map.frameAreas() }
    }

    FileDialog {
        id: saveDialog
        fileMode: FileDialog.SaveFile
        //: File dialog filter for the CSV export
        nameFilters: [qsTr("CSV files (*.csv)")]
        onAccepted: root.stats.exportCsv(root.exportQuery, Language.code, selectedFile)
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true

        ColumnLayout {
            id: column

            width: Math.min(flick.width, 1400) - 2 * Theme.margin
            x: (flick.width - width) / 2
            y: Theme.margin
            spacing: Theme.spacing

            PageHeading {
                Layout.fillWidth: true
                icon: "insert_chart"
                //: Dashboard heading
                title: qsTr("Participation in figures")
                subtitle: Evaluator.hubUrl
            }
            DashboardFilters {
                id: filters
                objectName: "dashboardFilters"
                Layout.fillWidth: true
                dimensions: root.stats.dimensions
                today: Launch.now
                onApplied: root.reload()
            }
            Label {
                objectName: "suppressionRule"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: Theme.small
                color: Theme.muted
                //: Dashboard: how the released figures are protected; %1 is the largest perturbation (4), %2 is k, %3 the minimum sessions
                text: qsTr("Every figure carries a little fixed noise (at most %1 either way), so totals may differ slightly from the sum of their parts; cells with fewer than %2 participants or %3 sessions are not shown.")
                      .arg(root.stats.dimensions.maxNoise || 4).arg(root.stats.dimensions.k || 10)
                      .arg(root.stats.dimensions.minSessions || 3)
            }
            Label {
                objectName: "dimensionsError"
                Layout.fillWidth: true
                visible: text.length > 0
                text: root.stats.dimensionsError
                color: Theme.cancelled
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "exportMessage"
                Layout.fillWidth: true
                visible: text.length > 0
                text: root.exportMessage
                wrapMode: Text.Wrap
                font.pixelSize: Theme.small
            }

            DashboardSection {
                Layout.fillWidth: true
                narrow: root.narrow
                //: Dashboard section: the chosen figure over time
                title: qsTr("Over time: %1").arg(filters.metricLabel(filters.metric))
                choiceObjectName: "trendStep"
                //: Dashboard: screen reader name of the per week / per month choice
                choiceName: qsTr("Time step")
                //: Dashboard: trend per week or per month
                choices: [{ key: "period:month", name: qsTr("Per month") }, { key: "period:week", name: qsTr("Per week") }]
                exportObjectName: "exportTrend"
                onChosen: key => { root.trendRows = key; root.stats.loadTable(trendModel, root.tableQuery(root.trendRows)) }
                onExportRequested: root.exportTable(root.tableQuery(root.trendRows))
            }
            TrendChart { Layout.fillWidth: true; model: trendModel }

            DashboardSection {
                id: areaSection
                Layout.fillWidth: true
                narrow: root.narrow
                //: Dashboard section: the figure per area, as a table and on the map
                title: qsTr("By area")
                choiceObjectName: "areaLevel"
                //: Dashboard: screen reader name of the per buurt / per wijk choice
                choiceName: qsTr("Area level")
                //: Dashboard: areas per buurt or per wijk
                choices: [{ key: "area:buurt", name: qsTr("Per buurt") }, { key: "area:wijk", name: qsTr("Per wijk") }]
                exportObjectName: "exportAreas"
                onChosen: key => { root.areaRows = key; root.stats.loadTable(areaModel, root.tableQuery(root.areaRows, "period:quarter")) }
                onExportRequested: root.exportTable(root.tableQuery(root.areaRows, "period:quarter"))
            }
            GridLayout {
                Layout.fillWidth: true
                columns: root.wide ? 2 : 1
                columnSpacing: Theme.margin
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 1
                    StatsTableView { objectName: "areaTable"; Layout.fillWidth: true; model: areaModel }
                    StatsNote { Layout.fillWidth: true; model: areaModel }
                }
                AreaMap {
                    id: map
                    objectName: "areaMap"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: 420
                    model: areaModel
                    stats: root.stats
                    areas: root.stats.dimensions.areas || []
                    metricLabel: filters.metricLabel(filters.metric)
                }
            }

            GridLayout {
                Layout.fillWidth: true
                columns: root.wide ? 2 : 1
                columnSpacing: 2 * Theme.margin
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 1
                    DashboardSection {
                        Layout.fillWidth: true
                        //: Dashboard section: the figure per activity category
                        title: qsTr("By category")
                        exportObjectName: "exportCategories"
                        onExportRequested: root.exportTable(root.tableQuery("category"))
                    }
                    StatsBars { objectName: "categoryBars"; Layout.fillWidth: true; model: categoryModel }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 1
                    DashboardSection {
                        Layout.fillWidth: true
                        //: Dashboard section: the figure per programme
                        title: qsTr("By programme")
                        exportObjectName: "exportProgrammes"
                        onExportRequested: root.exportTable(root.tableQuery("programme"))
                    }
                    StatsBars { objectName: "programmeBars"; Layout.fillWidth: true; model: programmeModel }
                }
            }

            //: Dashboard section: the printable quarterly report
            SectionHeading { Layout.fillWidth: true; text: qsTr("Quarterly report (PDF)") }
            QuarterlyReport {
                objectName: "quarterlyReport"
                Layout.fillWidth: true
                stats: root.stats
                dimensions: root.stats.dimensions
                gemeente: filters.gemeente
                today: Launch.now
            }
        }
    }
}
