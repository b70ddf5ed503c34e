// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Worker

// When a schedule starts, at what time and for how long, and when the series stops.
ColumnLayout {
    id: form

    required property ScheduleEditor editor

    spacing: Theme.spacing

    //: Schedule editor section: first session date, time and length
    SectionHeading { text: qsTr("When") }
    //: Label above the date of the first session
    BodySentence { text: form.editor.kind === "once" ? qsTr("Date") : qsTr("First session") }
    DateField {
        objectName: "startDate"
        name: qsTr("First session")
        Layout.fillWidth: true
        date: form.editor.startDate
        onPicked: (d) => form.editor.startDate = d
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        TextField {
            implicitHeight: Math.max(Theme.touch, contentHeight + topPadding + bottomPadding) // 48 px to touch
            objectName: "startTime"
            //: Start time of every session, typed as HH:mm
            placeholderText: qsTr("Start (14:00)")
            Accessible.name: qsTr("Start time")
            font.pixelSize: Theme.body
            width: Math.max(implicitWidth, Theme.body * 7)
            text: form.editor.startTime
            inputMethodHints: Qt.ImhPreferNumbers
            validator: RegularExpressionValidator { regularExpression: /([01]?\d|2[0-3]):[0-5]\d/ }
            onTextEdited: if (acceptableInput) form.editor.startTime = text.length === 4 ? "0" + text : text
        }
        SpinBox {
            focusPolicy: Qt.StrongFocus // reachable with Tab
            objectName: "duration"
            //: Accessible name of the length of a session
            Accessible.name: qsTr("Length of a session")
            font.pixelSize: Theme.body
            from: 15; to: 720; stepSize: 15
            value: form.editor.durationMinutes
            //: Length of a session in minutes, e.g. "90 min"
            textFromValue: (v) => qsTr("%1 min").arg(v)
            valueFromText: (t) => parseInt(t)
            onValueModified: form.editor.durationMinutes = value
        }
    }

    ColumnLayout {
        visible: form.editor.kind !== "once"
        Layout.fillWidth: true
        //: Schedule editor section: when the series stops
        SectionHeading { text: qsTr("Until") }
        WrappingChoice {
            objectName: "end-never"
            //: The series has no end date
            text: qsTr("No end date")
            checked: form.editor.end === "never"
            onClicked: form.editor.end = "never"
        }
        WrappingChoice {
            objectName: "end-until"
            //: The series ends on a date
            text: qsTr("Until a date")
            checked: form.editor.end === "until"
            onClicked: form.editor.end = "until"
        }
        DateField {
            objectName: "untilDate"
            name: qsTr("Last session")
            visible: form.editor.end === "until"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.touch
            date: form.editor.untilDate
            onPicked: (d) => form.editor.untilDate = d
        }
        WrappingChoice {
            objectName: "end-count"
            //: The series ends after a number of sessions
            text: qsTr("After a number of sessions")
            checked: form.editor.end === "count"
            onClicked: form.editor.end = "count"
        }
        SpinBox {
            focusPolicy: Qt.StrongFocus // reachable with Tab
            objectName: "count"
            //: Accessible name of the number of sessions
            Accessible.name: qsTr("Number of sessions")
            visible: form.editor.end === "count"
            Layout.leftMargin: Theme.touch
            font.pixelSize: Theme.body
            from: 0; to: 500
            value: form.editor.count
            onValueModified: form.editor.count = value
        }
    }
}
