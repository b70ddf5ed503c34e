// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Worker

// How often a schedule meets: once, on weekdays every N weeks, or monthly on a weekday or a date.
ColumnLayout {
    id: form

    required property ScheduleEditor editor

    spacing: Theme.spacing

    //: Schedule editor section: once, weekly or monthly
    SectionHeading { text: qsTr("How often") }
    GridLayout {
        id: kinds

        readonly property var choices: [
            //: Schedule kind: a single session
            { id: "once", text: qsTr("Once") },
            //: Schedule kind: every week (or every N weeks)
            { id: "weekly", text: qsTr("Weekly") },
            //: Schedule kind: every month (or every N months)
            { id: "monthly", text: qsTr("Monthly") }
        ]
        // Side by side while the longest word fits a third of the width, else stacked.
        columns: longest.advanceWidth + 12 > (width - 2 * columnSpacing) / 3 ? 1 : 3
        Layout.fillWidth: true
        columnSpacing: 4
        rowSpacing: 4
        TextMetrics {
            id: longest
            font.pixelSize: Theme.body
            font.bold: true
            text: kinds.choices.map((c) => c.text).reduce((a, b) => (a.length >= b.length ? a : b))
        }
        Repeater {
            model: kinds.choices
            Button {
                required property var modelData
                readonly property bool chosen: form.editor.kind.startsWith(modelData.id)

                objectName: "kind-" + modelData.id
                Accessible.name: modelData.text
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.preferredHeight: Theme.touch + 8
                text: modelData.text
                font.pixelSize: Theme.body
                font.bold: true
                leftPadding: 6
                rightPadding: 6
                checkable: true
                checked: chosen
                Accessible.role: Accessible.RadioButton
                Accessible.checked: chosen
                Material.background: chosen ? Theme.primary : Theme.surface
                Material.elevation: chosen ? 2 : 0
                contentItem: Label {
                    text: parent.text
                    font: parent.font
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    color: parent.chosen ? "white" : Theme.primary
                }
                onClicked: {
                    checked = Qt.binding(() => chosen)
                    if (!chosen)
                        form.editor.kind = modelData.id === "monthly" ? "monthlyByWeekday" : modelData.id
                }
            }
        }
    }

    Flow {
        objectName: "weekdays"
        visible: form.editor.kind === "weekly"
        Layout.fillWidth: true
        spacing: 4
        Repeater {
            model: 7
            AbstractButton {
                required property int index
                readonly property int day: index + 1

                objectName: "weekday-" + day
                Accessible.name: Qt.locale().dayName(day % 7, Locale.LongFormat)
                Accessible.role: Accessible.CheckBox
                width: Theme.touch
                height: Theme.touch
                checkable: true
                checked: form.editor.weekdays.indexOf(day) >= 0
                onClicked: {
                    checked = Qt.binding(() => form.editor.weekdays.indexOf(day) >= 0)
                    form.editor.toggleWeekday(day)
                }
                background: Rectangle {
                    radius: width / 2
                    color: parent.checked ? Theme.primary : Theme.surface
                    border.color: Theme.primary
                    border.width: parent.visualFocus ? 3 : 1
                }
                contentItem: Label {
                    text: Qt.locale().dayName(parent.day % 7, Locale.ShortFormat)
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    font.pixelSize: Theme.small
                    font.bold: parent.checked
                    color: parent.checked ? "white" : Theme.primary
                }
            }
        }
    }

    ColumnLayout {
        visible: form.editor.kind.startsWith("monthly")
        Layout.fillWidth: true
        WrappingChoice {
            objectName: "monthlyByWeekday"
            //: Monthly schedule: on a weekday of the month, such as the first Wednesday
            text: qsTr("On a day of the week")
            checked: form.editor.kind === "monthlyByWeekday"
            onClicked: form.editor.kind = "monthlyByWeekday"
        }
        Flow {
            visible: form.editor.kind === "monthlyByWeekday"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.touch
            spacing: Theme.spacing
            ComboBox {
                id: ordinalBox
                //: Which weekday of the month: ordinals for "the first/second/.../last Wednesday"
                readonly property var values: [[1, qsTr("first")], [2, qsTr("second")], [3, qsTr("third")], [4, qsTr("fourth")], [-1, qsTr("last")]]
                objectName: "ordinal"
                //: Accessible name of the choice first/second/third/fourth/last
                Accessible.name: qsTr("Which week of the month")
                font.pixelSize: Theme.body
                implicitContentWidthPolicy: ComboBox.WidestText
                model: values.map((v) => v[1])
                currentIndex: values.findIndex((v) => v[0] === form.editor.ordinal)
                onActivated: (i) => form.editor.ordinal = values[i][0]
            }
            ComboBox {
                objectName: "weekday"
                //: Accessible name of the weekday choice of a monthly schedule
                Accessible.name: qsTr("Day of the week")
                font.pixelSize: Theme.body
                implicitContentWidthPolicy: ComboBox.WidestText
                model: Array.from({ length: 7 }, (_, i) => Qt.locale().dayName((i + 1) % 7, Locale.LongFormat))
                currentIndex: form.editor.weekday - 1
                onActivated: (i) => form.editor.weekday = i + 1
            }
        }
        WrappingChoice {
            objectName: "monthlyByDay"
            //: Monthly schedule: on a numbered day of the month
            text: qsTr("On a date: day %1 of the month").arg(form.editor.dayOfMonth)
            checked: form.editor.kind === "monthlyByDay"
            onClicked: form.editor.kind = "monthlyByDay"
        }
        SpinBox {
            focusPolicy: Qt.StrongFocus // reachable with Tab
            objectName: "dayOfMonth"
            //: Accessible name of the day-of-the-month choice
            Accessible.name: qsTr("Day of the month")
            visible: form.editor.kind === "monthlyByDay"
            Layout.leftMargin: Theme.touch
            font.pixelSize: Theme.body
            from: 1; to: 31
            value: form.editor.dayOfMonth
            onValueModified: form.editor.dayOfMonth = value
        }
    }

    Flow {
        visible: form.editor.kind !== "once"
        Layout.fillWidth: true
        spacing: Theme.spacing
        //: Before the "every N weeks/months" number
        Label { height: Theme.touch; verticalAlignment: Text.AlignVCenter; font.pixelSize: Theme.body; text: qsTr("Every") }
        SpinBox {
            focusPolicy: Qt.StrongFocus // reachable with Tab
            objectName: "interval"
            //: Accessible name of the "every N weeks/months" number
            Accessible.name: qsTr("Repeat every")
            font.pixelSize: Theme.body
            from: 1; to: 12
            value: form.editor.interval
            onValueModified: form.editor.interval = value
        }
        Label {
            height: Theme.touch
            verticalAlignment: Text.AlignVCenter
            font.pixelSize: Theme.body
            //: After the "every N" number: the unit, plural by the number
            text: form.editor.kind === "weekly" ? qsTr("week(s)", "", form.editor.interval) : qsTr("month(s)", "", form.editor.interval)
        }
    }
}
