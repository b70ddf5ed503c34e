// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common

// A month calendar to choose a day: days before @p today cannot be chosen, @p marked
// (the session's own day) is ringed, the chosen @p date is filled. Says picked(day) with
// the day as "yyyy-MM-dd".
ColumnLayout {
    id: picker

    property string date
    property string marked
    property string today
    signal picked(string date)

    function pad(n) { return (n < 10 ? "0" : "") + n }
    function iso(d) { return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate()) }
    function shiftMonth(delta) {
        const m = grid.month + delta
        grid.year += Math.floor(m / 12)
        grid.month = (m + 12) % 12
    }

    spacing: Theme.spacing

    RowLayout {
        Layout.fillWidth: true
        ToolButton {
            objectName: "previousMonthButton"
            implicitWidth: Theme.touch
            implicitHeight: Theme.touch
            contentItem: Icon { name: "chevron_left" }
            //: Shows the previous month in the calendar
            Accessible.name: qsTr("Previous month")
            onClicked: picker.shiftMonth(-1)
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.body
            font.bold: true
            text: grid.title
        }
        ToolButton {
            objectName: "nextMonthButton"
            implicitWidth: Theme.touch
            implicitHeight: Theme.touch
            contentItem: Icon { name: "chevron_right" }
            //: Shows the next month in the calendar
            Accessible.name: qsTr("Next month")
            onClicked: picker.shiftMonth(1)
        }
    }
    DayOfWeekRow {
        Layout.fillWidth: true
        locale: grid.locale
        font.pixelSize: Theme.small
    }
    MonthGrid {
        id: grid

        objectName: "moveCalendar"
        Layout.fillWidth: true
        // The month of the session's day, else of today.
        readonly property string start: picker.marked || picker.today
        month: start ? Number(start.substring(5, 7)) - 1 : new Date().getMonth()
        year: start ? Number(start.substring(0, 4)) : new Date().getFullYear()
        locale: Qt.locale()
        spacing: 0
        delegate: AbstractButton {
            id: day

            required property var model
            readonly property string iso: picker.iso(model.date)
            readonly property bool chosen: iso === picker.date

            objectName: "day-" + iso
            implicitHeight: Theme.touch
            enabled: model.month === grid.month && iso >= picker.today
            Accessible.name: Qt.formatDate(model.date, "dddd d MMMM yyyy")
            Accessible.role: Accessible.Button
            onClicked: picker.picked(iso)
            background: Rectangle {
                anchors.centerIn: parent
                width: Math.min(parent.width, parent.height) - 4
                height: width
                radius: width / 2
                color: day.chosen ? Theme.primary : "transparent"
                border.color: day.iso === picker.marked ? Theme.primary : "transparent"
            }
            contentItem: Label {
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                text: day.model.day
                font.pixelSize: Theme.body
                opacity: day.enabled ? 1 : 0.35
                color: day.chosen ? "white" : Material.foreground
            }
        }
    }
}
