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
    // A holiday the series skips: said where the gap is, with the holiday's name.
    readonly property bool skipped: modelData.status === "skipped"
    readonly property string key: modelData.occurrenceUid || modelData.skippedDay || ""

    implicitHeight: Math.max(Theme.touch + 8, row.implicitHeight + 12)
    // The time with its status and place, as the second line shows them, then the reason.
    Accessible.name: modelData.day + ", " + whenLabel.text
                     + (modelData.reason && !skipped ? ". " + modelData.reason : "")

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
                font.strikeout: root.cancelled || root.skipped
                wrapMode: Text.Wrap
            }
            Label {
                id: whenLabel

                objectName: "when-" + root.key
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                text: root.modelData.timeText
                      + (root.skipped
                         ? " · " + (root.modelData.reason
                                    //: A date a weekly activity skips; %1 is the holiday, e.g. "No session: Christmas Day"
                                    ? qsTr("No session: %1").arg(root.modelData.reason)
                                    //: A date a weekly activity skips for a holiday without a name in the app
                                    : qsTr("No session (holiday)"))
                         : root.cancelled
                         //: Status of one date of an activity that will not take place
                         ? " · " + qsTr("Cancelled")
                         : root.modelData.status === "moved"
                           //: Status of one date of an activity that takes place elsewhere or at another time
                           ? " · " + qsTr("Moved") : "")
                      // Where it is this time, when that is not the usual place.
                      + (root.modelData.elsewhere && root.modelData.placeName ? " · " + root.modelData.placeName : "")
                font.pixelSize: Theme.small
                color: root.cancelled || root.skipped ? Theme.cancelled : root.modelData.status === "moved" ? Theme.moved : Theme.muted
                wrapMode: Text.Wrap
            }
            Label {
                // Why this date was cancelled or moved, in the social worker's words.
                objectName: "reason-" + root.key
                visible: text.length > 0 && !root.skipped
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
            objectName: "joinDate-" + root.key
            visible: !root.cancelled && !root.skipped
            checkable: false
            highlighted: root.covered
            flat: !root.covered
            implicitHeight: Theme.touch
            font.pixelSize: Theme.small
            // Not again while a join or leave is being written (it is answered in a moment).
            enabled: (root.token.length > 0 || !root.covered) && !MyActivities.busy
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
