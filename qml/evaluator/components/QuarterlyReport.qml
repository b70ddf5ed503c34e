// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Evaluator

// The quarterly report (PDF) of a gemeente or a programme (issue 6): the person picks the
// quarter and the subject, ReportExport fetches the released tables and draws the PDF into
// the file chosen here (a file dialog on desktop, Documents on a phone or tablet).
ColumnLayout {
    id: root

    property StatsClient stats
    property var dimensions: ({})
    /** The gemeente chosen in the dashboard's filters: the report's subject to start with. */
    property string gemeente
    property date today: new Date()
    property string message
    readonly property bool busy: exporter.busy

    // Gemeenten first, then programmes, each group by name (as the hub's dimensions are).
    readonly property var subjects: {
        const list = (dimensions.areas || []).filter(a => a.level === "gemeente")
            .map(a => ({ subject: "gemeente", key: a.code, name: a.name,
                         //: Quarterly report subject: a gemeente; %1 is its name
                         text: qsTr("Gemeente %1").arg(a.name) }))
        for (const p of (dimensions.programmes || []))
            //: Quarterly report subject: a programme; %1 is its name
            list.push({ subject: "programme", key: p.key, name: p.name, text: qsTr("Programme %1").arg(p.name) })
        return list
    }

    // "quarter" or "lastQuarter", relative to today (the app's --now).
    function preset(name) {
        let y = today.getFullYear()
        let q = Math.floor(today.getMonth() / 3) + 1
        if (name === "lastQuarter" && --q === 0) { q = 4; --y }
        yearBox.value = y
        quarterBox.currentIndex = q - 1
    }
    function request() {
        const s = subjects[subjectBox.currentIndex]
        if (!s)
            return {}
        return { subject: s.subject, key: s.key, subjectName: s.name, year: yearBox.value, quarter: quarterBox.currentIndex + 1,
                 language: Language.code === "en" ? "en" : "nl" }
    }
    function make() {
        message = ""
        const r = request()
        if (Qt.platform.os === "android" || Qt.platform.os === "ios") {
            exporter.write(r, exporter.defaultFile(r))
            return
        }
        saveDialog.selectedFile = exporter.defaultFile(r)
        saveDialog.open()
    }
    function selectGemeente() {
        const i = subjects.findIndex(s => s.subject === "gemeente" && s.key === gemeente)
        if (i >= 0)
            subjectBox.currentIndex = i
    }

    spacing: Theme.spacing
    onGemeenteChanged: selectGemeente()
    onSubjectsChanged: selectGemeente()
    Component.onCompleted: preset("lastQuarter")

    ReportExport {
        id: exporter
        stats: root.stats
        //: Dashboard: where the quarterly report was saved; %1 is the file's path
        onWritten: (path) => root.message = qsTr("Saved as %1").arg(path)
        onFailed: (message) => root.message = message
    }

    FileDialog {
        id: saveDialog
        fileMode: FileDialog.SaveFile
        //: File dialog filter for the quarterly report
        nameFilters: [qsTr("PDF files (*.pdf)")]
        onAccepted: exporter.write(root.request(), selectedFile)
    }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: Theme.small
        color: Theme.muted
        //: Dashboard: what the quarterly report holds
        text: qsTr("A printable report of one quarter: key figures, the trend, areas, categories and how the figures are protected.")
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing

        ComboBox {
            id: subjectBox
            objectName: "reportSubject"
            width: Math.min(320, root.width)
            font.pixelSize: Theme.body
            model: root.subjects
            textRole: "text"
            //: Quarterly report: no gemeente or programme to report on yet
            displayText: count > 0 ? currentText : qsTr("No gemeente or programme yet")
            //: Quarterly report: what the report is about
            Accessible.name: qsTr("Report about")
        }
        ComboBox {
            id: quarterBox
            objectName: "reportQuarter"
            width: 90
            font.pixelSize: Theme.body
            //: Quarterly report: a quarter of the year; %1 is 1 to 4
            model: [1, 2, 3, 4].map(n => qsTr("Q%1").arg(n))
            //: Quarterly report: which quarter of the year
            Accessible.name: qsTr("Quarter")
        }
        SpinBox {
            id: yearBox
            objectName: "reportYear"
            focusPolicy: Qt.StrongFocus // reachable with Tab
            from: 2000
            to: 2100
            editable: true
            font.pixelSize: Theme.body
            textFromValue: (value) => String(value) // no thousands separator in a year
            //: Quarterly report: the year of the quarter
            Accessible.name: qsTr("Year")
        }
        Button {
            objectName: "reportThisQuarter"
            flat: true
            font.pixelSize: Theme.body
            //: Quarterly report preset
            text: qsTr("This quarter")
            onClicked: root.preset("quarter")
        }
        Button {
            objectName: "reportLastQuarter"
            flat: true
            font.pixelSize: Theme.body
            //: Quarterly report preset
            text: qsTr("Last quarter")
            onClicked: root.preset("lastQuarter")
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Button {
            objectName: "makeReport"
            highlighted: true
            enabled: !exporter.busy && subjectBox.count > 0
            font.pixelSize: Theme.body
            //: Dashboard: makes the quarterly report as a PDF file
            text: qsTr("Make PDF report")
            Accessible.name: text
            onClicked: root.make()
        }
        BusyIndicator {
            running: exporter.busy
            visible: running
            implicitWidth: 32
            implicitHeight: 32
        }
        Label {
            objectName: "reportMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.message
            wrapMode: Text.Wrap
            font.pixelSize: Theme.small
        }
    }
}
