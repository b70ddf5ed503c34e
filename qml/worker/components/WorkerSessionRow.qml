// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Worker

// One session on a social worker's activity page: its day and time, the badge residents
// see, whether it is logged, and what the worker can do with it (log, cancel, move,
// restore), asked of the page through the signals.
ColumnLayout {
    id: row

    required property var model
    readonly property bool cancelled: model.status === "cancelled"

    signal logRequested(string occurrenceUid)
    signal cancelRequested(string occurrenceUid)
    signal moveRequested(string occurrenceUid)
    signal restoreRequested(string occurrenceUid)
    signal showAllRecentRequested()

    /** Recent sessions not listed: under the last recent row a button lists them. */
    property int hiddenRecent: 0

    Layout.fillWidth: true
    Layout.leftMargin: Theme.margin
    Layout.rightMargin: Theme.margin
    spacing: 0
    Accessible.role: Accessible.ListItem
    Accessible.name: model.dayText + ", " + model.timeText + (model.badgeText ? ", " + model.badgeText : "")

    SectionHeading {
        Layout.fillWidth: true
        visible: row.model.sectionStart
        text: row.model.section
    }
    Label {
        Layout.fillWidth: true
        Layout.topMargin: 8
        text: row.model.dayText
        font.pixelSize: Theme.body
        font.bold: true
        font.strikeout: row.cancelled
        wrapMode: Text.Wrap
    }
    Label {
        objectName: "sessionBadge-" + row.model.occurrenceUid
        Layout.fillWidth: true
        // The badge residents see: "Cancelled", with the reason here; "Moved to …".
        text: row.model.timeText
              + (row.model.movedText ? " · " + row.model.movedText
                                     : row.model.badgeText ? " · " + row.model.badgeText : "")
              + (row.model.reasonLabel ? ": " + row.model.reasonLabel : "")
        font.pixelSize: Theme.small
        color: row.cancelled ? Theme.cancelled : row.model.status === "moved" ? Theme.moved : Theme.muted
        wrapMode: Text.Wrap
    }
    IconLabel {
        Layout.fillWidth: true
        Layout.topMargin: 2
        visible: row.model.past
        icon: row.model.logged || row.model.colleagueLogged ? "check_circle" : "pending"
        iconColor: row.model.logged ? Theme.primary : Theme.muted
        text: row.model.logged ? row.model.logSummary
                               //: A session that took place and was logged on a colleague's device, not on this one
                               : row.model.colleagueLogged ? qsTr("Logged by a colleague")
                               //: A session that took place but has no log yet
                               : qsTr("Not logged yet")
    }
    Flow {
        Layout.fillWidth: true
        Layout.leftMargin: -8
        spacing: 4
        ActionButton {
            objectName: "log-" + row.model.occurrenceUid
            visible: row.model.canLog
            iconName: row.model.logged ? "edit" : "edit_note"
            text: row.model.logged
                  //: Opens the log of a session that was logged already
                  ? qsTr("Edit log")
                  //: Opens the log form of a session that took place
                  : qsTr("Log")
            onClicked: row.logRequested(row.model.occurrenceUid)
        }
        ActionButton {
            objectName: "cancel-" + row.model.occurrenceUid
            visible: row.model.canCancel
            iconName: "event_busy"
            tint: Theme.cancelled
            //: Cancels one coming session of an activity (asks for the reason)
            text: qsTr("Cancel")
            onClicked: row.cancelRequested(row.model.occurrenceUid)
        }
        ActionButton {
            objectName: "move-" + row.model.occurrenceUid
            visible: row.model.canMove
            iconName: "edit_calendar"
            //: Moves one coming session to another time or place
            text: qsTr("Move")
            onClicked: row.moveRequested(row.model.occurrenceUid)
        }
        ActionButton {
            objectName: "restore-" + row.model.occurrenceUid
            visible: row.model.canRestore
            iconName: "undo"
            //: Undoes the cancellation or move of one session
            text: qsTr("Restore")
            onClicked: row.restoreRequested(row.model.occurrenceUid)
        }
    }
    Rectangle { Layout.fillWidth: true; Layout.topMargin: 4; height: 1; color: Theme.surface }
    ActionButton {
        objectName: "showAllRecent"
        Layout.leftMargin: -8
        visible: row.model.lastRecent && row.hiddenRecent > 0
        iconName: "expand_more"
        //: Under the newest recent sessions of an activity: lists the older ones too; %n is how many more
        text: qsTr("Show %n older session(s)", "", row.hiddenRecent)
        onClicked: row.showAllRecentRequested()
    }
}
