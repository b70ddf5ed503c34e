// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Worker

// The next ten sessions of the schedule as it stands.
ColumnLayout {
    id: form

    required property ScheduleEditor editor

    spacing: Theme.spacing

    //: Schedule editor section: the next ten sessions
    SectionHeading { text: qsTr("Next sessions") }
    Repeater {
        objectName: "preview"
        model: form.editor.preview
        RowLayout {
            required property var modelData

            objectName: "previewItem"
            Layout.fillWidth: true
            spacing: 12
            Accessible.name: modelData.label
            Icon { name: "event"; color: Theme.primary; Layout.alignment: Qt.AlignTop }
            // The time stays beside the date while both fit, and goes below it when not.
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    width: Math.min(implicitWidth, parent.width)
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.body
                    text: modelData.date
                }
                Label { font.pixelSize: Theme.body; color: Theme.muted; text: modelData.time }
            }
        }
    }
}
