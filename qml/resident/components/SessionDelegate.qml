// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Resident

// One date of an activity on its page: day, time, status, and join or leave that date.
ItemDelegate {
    id: root

    required property var modelData
    property string activityUid
    // Bumped by MyActivitiesModel on every join or leave, so the button follows.
    property int revision: MyActivities.revision

    // In discreet mode, until the PIN is entered, every date reads "Join" (SPEC privacy 7).
    // (revision in each binding: a join or leave must read them again.)
    readonly property bool shown: !Discreet.locked
    readonly property string token: revision >= 0 && shown ? MyActivities.tokenFor(activityUid, modelData.occurrenceUid) : ""
    readonly property bool covered: revision >= 0 && shown && MyActivities.isCovered(activityUid, modelData.occurrenceUid)
    readonly property bool cancelled: modelData.status === "cancelled"

    implicitHeight: Math.max(Theme.touch + 8, row.implicitHeight + 12)
    Accessible.name: modelData.day + ", " + modelData.timeText
                     + (modelData.elsewhere && modelData.placeName ? ", " + modelData.placeName : "")
                     + (modelData.reason ? ". " + modelData.reason : "")

    // Reachable with Tab on the desktop (ItemDelegate takes no focus by default).
    focusPolicy: Qt.StrongFocus

    FocusFrame {}

    contentItem: RowLayout {
        id: row

        spacing: 8

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                horizontalAlignment: Text.AlignLeft // mirrored in right-to-left layouts, whatever script the text is in
                Layout.fillWidth: true
                text: root.modelData.day
                font.pixelSize: Theme.body
                font.bold: true
                font.strikeout: root.cancelled
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "when-" + root.modelData.occurrenceUid
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                text: root.modelData.timeText
                      + (root.cancelled
                         //: Status of one date of an activity that will not take place
                         ? " · " + qsTr("Cancelled")
                         : root.modelData.status === "moved"
                           //: Status of one date of an activity that takes place elsewhere or at another time
                           ? " · " + qsTr("Moved") : "")
                      // Where it is this time, when that is not the usual place.
                      + (root.modelData.elsewhere && root.modelData.placeName ? " · " + root.modelData.placeName : "")
                font.pixelSize: Theme.small
                color: root.cancelled ? Theme.cancelled : root.modelData.status === "moved" ? Theme.moved : Theme.muted
                wrapMode: Text.Wrap
            }
            Label {
                // Why this date was cancelled or moved, in the social worker's words.
                objectName: "reason-" + root.modelData.occurrenceUid
                visible: text.length > 0
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                text: root.modelData.reason || ""
                font.pixelSize: Theme.small
                font.italic: true
                color: Theme.muted
                wrapMode: Text.Wrap
            }
        }
        Button {
            objectName: "joinDate-" + root.modelData.occurrenceUid
            visible: !root.cancelled
            checkable: false
            highlighted: root.covered
            flat: !root.covered
            implicitHeight: Theme.touch
            font.pixelSize: Theme.small
            enabled: root.token.length > 0 || !root.covered
            text: root.token.length > 0
                  //: On a date the resident joined; tapping it leaves that date again
                  ? qsTr("Going ✓")
                  : root.covered
                    //: On a date the resident joined as part of the whole series
                    ? qsTr("Joined")
                    //: Joins one date of an activity
                    : qsTr("Join")
            onClicked: {
                if (root.token.length > 0)
                    MyActivities.leave(root.token)
                else
                    MyActivities.joinOccurrence(root.activityUid, root.modelData.occurrenceUid)
            }
        }
    }
}
