// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Resident

// One join in My activities: the (next) session, whether it is the whole series, its reminder.
ItemDelegate {
    id: root

    required property string token
    required property string activityUid
    required property string occurrenceUid
    required property string title
    required property string titleLanguage
    required property string place
    required property string day
    required property string timeText
    required property string status
    required property bool series
    required property int reminderMinutes
    required property bool upcoming

    signal opened(string activityUid, string occurrenceUid)

    readonly property var reminderChoices: [-1, 15, 60, 24 * 60]

    implicitHeight: Math.max(Theme.touch * 2, column.implicitHeight + 16)
    onClicked: opened(activityUid, occurrenceUid)
    // Keyboard: Enter opens the activity too (Space does, as on every button).
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
    Accessible.name: [title, titleMark.accessibleText].filter(function(part) { return part.length > 0 }).join(", ")

    // Reachable with Tab on the desktop (ItemDelegate takes no focus by default).
    focusPolicy: Qt.StrongFocus

    FocusFrame {}

    contentItem: ColumnLayout {
        id: column

        spacing: 2
        Label {
            horizontalAlignment: Text.AlignLeft // mirrored in right-to-left layouts, whatever script the text is in
            Layout.fillWidth: true
            text: root.title
            font.pixelSize: Theme.large
            font.bold: true
            font.strikeout: root.status === "cancelled"
            wrapMode: Text.Wrap
        }
        LanguageMark {
            id: titleMark
            Layout.fillWidth: true
            language: root.titleLanguage
        }
        Label {
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
            text: (!root.upcoming
                   //: A joined activity without dates in the coming weeks
                   ? qsTr("No coming dates")
                   : root.series
                     //: A joined series and its next date: %1 is the day ("Tuesday 24 November"), %2 the time ("14:00–15:30")
                     ? qsTr("Every time · next: %1 %2").arg(root.day).arg(root.timeText)
                     : root.day + " " + root.timeText)
                  //: Status of a joined session that will not take place
                  + (root.status === "cancelled" ? " · " + qsTr("Cancelled") : "")
            font.pixelSize: Theme.body
            color: root.status === "cancelled" ? Theme.cancelled : Material.foreground
            wrapMode: Text.Wrap
        }
        Label {
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
            visible: root.place.length > 0
            text: root.place
            font.pixelSize: Theme.small
            color: Theme.muted
            elide: Text.ElideRight
        }
        RowLayout {
            Layout.fillWidth: true
            Icon { name: root.reminderMinutes < 0 ? "notifications_off" : "notifications"; color: Theme.primary }
            ComboBox {
                Layout.fillWidth: true
                Layout.maximumWidth: 320
                font.pixelSize: Theme.small
                model: root.reminderChoices.map(function(m) { return MyActivities.reminderText(m) })
                currentIndex: Math.max(0, root.reminderChoices.indexOf(root.reminderMinutes))
                onActivated: (index) => MyActivities.setReminder(root.token, root.reminderChoices[index])
                //: Screen reader name of the reminder choice of a joined activity
                Accessible.name: qsTr("Reminder")
            }
            Button {
                objectName: "leaveButton"
                flat: true
                enabled: !MyActivities.busy
                implicitHeight: Theme.touch
                font.pixelSize: Theme.small
                //: Leave a joined activity
                text: qsTr("Leave")
                onClicked: MyActivities.leave(root.token)
            }
        }
    }
}
