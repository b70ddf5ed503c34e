// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Evaluator

// A breakdown (category, programme) as one bar per row, in the model's order (by name,
// never by value). A suppressed row has no bar, only "fewer than k".
ColumnLayout {
    id: root

    property StatsTableModel model

    spacing: 4

    Repeater {
        model: root.model
        RowLayout {
            id: bar

            required property string key
            required property string label
            required property var total

            objectName: "bar-" + key
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                Layout.preferredWidth: Math.min(220, root.width * 0.35)
                text: bar.label
                font.pixelSize: Theme.body
                elide: Text.ElideRight
            }
            Item {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.body + 8
                Rectangle {
                    visible: !bar.total.suppressed
                    height: parent.height
                    width: root.model.maxRowTotal > 0 ? parent.width * (bar.total.value || 0) / root.model.maxRowTotal : 0
                    color: Theme.primary
                    radius: 2
                }
            }
            Label {
                objectName: "barText-" + bar.key
                Layout.preferredWidth: Math.max(implicitWidth, 90)
                text: bar.total.text
                font.pixelSize: Theme.body
                font.italic: bar.total.suppressed
                color: bar.total.suppressed ? Theme.muted : palette.text
                horizontalAlignment: Text.AlignRight
            }
        }
    }
    Label {
        visible: root.model && root.model.status === StatsTableModel.Ready && root.model.count === 0
        //: Dashboard: a breakdown with no figures for the chosen filters
        text: qsTr("No figures for this choice.")
        font.pixelSize: Theme.body
        color: Theme.muted
    }
    StatsNote { Layout.fillWidth: true; model: root.model }
}
