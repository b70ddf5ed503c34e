// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Resident

// A session at a place, on the place's page: day and time, the activity, its status.
ItemDelegate {
    id: root

    required property var modelData
    readonly property bool cancelled: modelData.status === "cancelled"

    signal opened(string activityUid, string occurrenceUid)

    implicitHeight: Math.max(Theme.touch + 8, row.implicitHeight + 12)
    onClicked: opened(modelData.activityUid, modelData.occurrenceUid)
    // Keyboard: Enter opens the activity too (Space does, as on every button).
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
    Accessible.name: [modelData.title, titleMark.accessibleText, modelData.day + ", " + modelData.timeText]
                     .filter(function(part) { return part.length > 0 }).join(", ")

    // Reachable with Tab on the desktop (ItemDelegate takes no focus by default).
    focusPolicy: Qt.StrongFocus

    FocusFrame {}

    contentItem: RowLayout {
        id: row

        spacing: 12
        Icon {
            Layout.alignment: Qt.AlignTop
            name: Terms.categoryIcon(root.modelData.category)
            color: Terms.categoryColor(root.modelData.category)
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                horizontalAlignment: Text.AlignLeft // mirrored in right-to-left layouts, whatever script the text is in
                Layout.fillWidth: true
                text: root.modelData.title
                font.pixelSize: Theme.body
                font.bold: true
                font.strikeout: root.cancelled
                wrapMode: Text.Wrap
            }
            LanguageMark {
                id: titleMark
                Layout.fillWidth: true
                language: root.modelData.titleLanguage || ""
            }
            Label {
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                text: root.modelData.day + " · " + root.modelData.timeText
                      //: Status of a session that will not take place
                      + (root.cancelled ? " · " + qsTr("Cancelled") : "")
                font.pixelSize: Theme.small
                color: root.cancelled ? Theme.cancelled : Theme.muted
                wrapMode: Text.Wrap
            }
        }
    }
}
