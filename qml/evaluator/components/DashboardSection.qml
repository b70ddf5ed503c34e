// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common

// The head of a dashboard section: its heading, a choice of rows when it offers one (per
// month or week, per buurt or wijk) and the CSV export of the table shown. On a phone the
// heading of a section with a choice has a line of its own.
GridLayout {
    id: section

    property string title
    property bool narrow: false
    // [{key, name}] and the screen reader's name of the choice
    property var choices: []
    property string choiceName
    property string choiceObjectName
    property string exportObjectName

    signal chosen(string key)
    signal exportRequested()

    readonly property bool choosing: choices.length > 0

    columns: choosing ? (narrow ? 2 : 3) : 2

    SectionHeading { Layout.fillWidth: true; Layout.columnSpan: section.narrow && section.choosing ? 2 : 1; text: section.title }
    ComboBox {
        objectName: section.choiceObjectName
        visible: section.choosing
        Accessible.name: section.choiceName
        implicitWidth: 170
        font.pixelSize: Theme.body
        textRole: "name"
        valueRole: "key"
        model: section.choices
        onActivated: section.chosen(currentValue)
    }
    Button {
        objectName: section.exportObjectName
        flat: true
        font.pixelSize: Theme.body
        icon.source: ""
        //: Dashboard: exports the table shown as a CSV file
        text: qsTr("Export CSV")
        Accessible.name: text
        onClicked: section.exportRequested()
    }
}
