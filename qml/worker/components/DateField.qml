// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common

// A date as three choices (day, month, year); ISO strings in and out. The years run from
// last year to four years ahead of the app's day.
Flow {
    id: field

    property string date
    property string name
    signal picked(string date)

    readonly property var parts: date.length === 10 ? date.split("-").map(Number) : [2026, 1, 1]
    readonly property int firstYear: Launch.now.getFullYear() - 1
    function pick(y, m, d) {
        const last = new Date(y, m, 0).getDate()
        const pad = (n) => (n < 10 ? "0" : "") + n
        field.picked(y + "-" + pad(m) + "-" + pad(Math.min(d, last)))
    }
    spacing: Theme.spacing
    ComboBox {
        objectName: field.objectName + "-day"
        //: Accessible name of the day choice of a date; %1 names the date, e.g. "First session"
        Accessible.name: qsTr("%1: day").arg(field.name)
        font.pixelSize: Theme.body
        implicitContentWidthPolicy: ComboBox.WidestText
        implicitWidth: implicitContentWidth + leftPadding + rightPadding
        model: new Date(field.parts[0], field.parts[1], 0).getDate()
        displayText: String(currentIndex + 1)
        currentIndex: field.parts[2] - 1
        delegate: ItemDelegate { required property int index; text: index + 1; width: ListView.view.width; font.pixelSize: Theme.body }
        onActivated: (i) => field.pick(field.parts[0], field.parts[1], i + 1)
    }
    ComboBox {
        objectName: field.objectName + "-month"
        //: Accessible name of the month choice of a date; %1 names the date
        Accessible.name: qsTr("%1: month").arg(field.name)
        font.pixelSize: Theme.body
        implicitContentWidthPolicy: ComboBox.WidestText
        implicitWidth: implicitContentWidth + leftPadding + rightPadding
        model: Array.from({ length: 12 }, (_, i) => Qt.locale().standaloneMonthName(i, Locale.LongFormat))
        currentIndex: field.parts[1] - 1
        onActivated: (i) => field.pick(field.parts[0], i + 1, field.parts[2])
    }
    ComboBox {
        objectName: field.objectName + "-year"
        //: Accessible name of the year choice of a date; %1 names the date
        Accessible.name: qsTr("%1: year").arg(field.name)
        font.pixelSize: Theme.body
        implicitContentWidthPolicy: ComboBox.WidestText
        implicitWidth: implicitContentWidth + leftPadding + rightPadding
        model: Array.from({ length: 6 }, (_, i) => String(field.firstYear + i))
        currentIndex: field.parts[0] - field.firstYear
        onActivated: (i) => field.pick(field.firstYear + i, field.parts[1], field.parts[2])
    }
}
