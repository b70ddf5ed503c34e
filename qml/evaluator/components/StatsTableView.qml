// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Evaluator

// A released table with its margins: a header of column labels, one line per row key in
// the model's order (areas by name, never by value), the row totals and a total line.
// Suppressed cells read "fewer than k". Scrolls sideways when the columns do not fit.
Flickable {
    id: root

    property StatsTableModel model
    //: Dashboard table: heading of the first column (the rows' names)
    property string firstHeading: qsTr("Area")
    readonly property real firstWidth: 180
    readonly property real cellWidth: 88

    implicitHeight: grid.implicitHeight
    contentWidth: grid.implicitWidth
    contentHeight: grid.implicitHeight
    flickableDirection: Flickable.HorizontalFlick
    boundsBehavior: Flickable.StopAtBounds
    clip: true

    Column {
        id: grid

        Row {
            Label {
                width: root.firstWidth
                text: root.firstHeading
                font.pixelSize: Theme.small
                font.bold: true
                padding: 4
            }
            Repeater {
                model: root.model ? root.model.columnLabels : []
                Label {
                    required property string modelData
                    width: root.cellWidth
                    text: modelData
                    font.pixelSize: Theme.small
                    font.bold: true
                    horizontalAlignment: Text.AlignRight
                    elide: Text.ElideLeft
                    padding: 4
                }
            }
            Label {
                visible: root.model && root.model.columnKeys.length > 1
                width: root.cellWidth
                //: Dashboard table: heading of the totals column
                text: qsTr("Total")
                font.pixelSize: Theme.small
                font.bold: true
                horizontalAlignment: Text.AlignRight
                padding: 4
            }
        }
        Repeater {
            model: root.model
            Rectangle {
                id: line

                required property int index
                required property string key
                required property string label
                required property var cells
                required property var total

                objectName: "row-" + key
                width: grid.width
                height: rowLabel.implicitHeight
                color: index % 2 ? "transparent" : Theme.surface
                Row {
                    Label {
                        id: rowLabel
                        width: root.firstWidth
                        text: line.label
                        font.pixelSize: Theme.body
                        elide: Text.ElideRight
                        padding: 4
                    }
                    Repeater {
                        model: line.cells.concat(root.model.columnKeys.length > 1 ? [line.total] : [])
                        Label {
                            required property var modelData
                            width: root.cellWidth
                            text: modelData.text
                            font.pixelSize: modelData.suppressed ? Theme.small : Theme.body
                            font.italic: modelData.suppressed
                            color: modelData.suppressed ? Theme.muted : palette.text
                            horizontalAlignment: Text.AlignRight
                            padding: 4
                        }
                    }
                }
            }
        }
        Row {
            visible: root.model && root.model.count > 0
            Label {
                width: root.firstWidth
                //: Dashboard table: the totals line
                text: qsTr("Total")
                font.pixelSize: Theme.body
                font.bold: true
                padding: 4
            }
            Repeater {
                model: root.model ? root.model.columnTotals.concat(root.model.columnKeys.length > 1 ? [root.model.grandTotal] : []) : []
                Label {
                    required property var modelData
                    width: root.cellWidth
                    text: modelData.text
                    font.pixelSize: modelData.suppressed ? Theme.small : Theme.body
                    font.bold: !modelData.suppressed
                    font.italic: modelData.suppressed
                    color: modelData.suppressed ? Theme.muted : palette.text
                    horizontalAlignment: Text.AlignRight
                    padding: 4
                }
            }
        }
    }
}
