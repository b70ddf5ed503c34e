// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Worker

// A social worker's view of one activity: its state and schedules in words, pause,
// resume or end the series, and its sessions — recent ones to log, coming ones to
// cancel, move or restore — each with the badge residents see.
Page {
    id: root

    property string activityUid
    // Opens the cancel dialog for this session once the page is shown (a link, a screenshot).
    property string cancelOccurrenceUid
    readonly property var info: actions.activity
    // For tests: the dialogs live in the overlay, outside the page's items.
    readonly property alias cancelDialog: cancelDialog
    readonly property alias endDialog: endDialog
    readonly property bool active: info.status === "active"

    title: info.title || ""
    padding: 0

    SessionActions {
        id: actions

        enrolment: Enrolment
        activityUid: root.activityUid
    }
    WorkerSessionsModel {
        id: sessions

        enrolment: Enrolment
        activityUid: root.activityUid
    }

    Flickable {
        id: flick

        objectName: "workerActivityFlick"
        anchors.fill: parent
        contentHeight: column.implicitHeight + Theme.margin
        clip: true

        ColumnLayout {
            id: column

            width: Math.min(flick.width, Theme.columnWidth)
            x: (flick.width - width) / 2
            spacing: 8

            PageHeading {
                Layout.fillWidth: true
                Layout.margins: Theme.margin
                Layout.bottomMargin: 0
                icon: Terms.categoryIcon(root.info.category || "")
                color: Terms.categoryColor(root.info.category || "")
                title: root.info.title || ""
                subtitle: root.info.placeName || ""
            }
            Label {
                objectName: "activityStatus"
                Layout.leftMargin: Theme.margin
                text: root.info.statusLabel || ""
                color: "white"
                font.pixelSize: Theme.small
                font.bold: true
                leftPadding: 10
                rightPadding: 10
                topPadding: 4
                bottomPadding: 4
                background: Rectangle {
                    radius: height / 2
                    color: root.active ? Theme.primary : root.info.status === "paused" ? Theme.moved : Theme.muted
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: !root.active
                wrapMode: Text.Wrap
                font.pixelSize: Theme.body
                text: root.info.status === "paused"
                      //: On the page of a paused activity
                      ? qsTr("Residents see no coming sessions until you resume it.")
                      //: On the page of an ended activity
                      : qsTr("Residents no longer see this activity. You can still log its recent sessions.")
            }

            //: Heading above the schedules of an activity, in words
            SectionHeading { Layout.leftMargin: Theme.margin; text: qsTr("Schedule") }
            Repeater {
                model: root.info.schedules || []
                ColumnLayout {
                    id: scheduleRow

                    required property var modelData
                    required property int index

                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    spacing: 0
                    IconLabel { Layout.fillWidth: true; icon: "event_repeat"; text: scheduleRow.modelData.text }
                    ActionButton {
                        Layout.leftMargin: Theme.iconSize + 4
                        objectName: "editSchedule-" + scheduleRow.index
                        iconName: "edit"
                        //: Opens the schedule editor for one schedule of the activity
                        text: qsTr("Edit schedule")
                        onClicked: root.StackView.view.push(scheduleEditor, { activityUid: root.activityUid,
                                                                              scheduleUid: scheduleRow.modelData.uid })
                    }
                }
            }
            Flow {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin / 2
                Layout.rightMargin: Theme.margin / 2
                spacing: 4
                ActionButton {
                    objectName: "addScheduleButton"
                    iconName: "add"
                    //: Adds another schedule (e.g. a second weekday at another time) to the activity
                    text: qsTr("Add schedule")
                    onClicked: root.StackView.view.push(scheduleEditor, { activityUid: root.activityUid, addNew: true })
                }
                ActionButton {
                    objectName: "editDetailsButton"
                    iconName: "edit_note"
                    //: Opens the editor of the activity's title, description, place and so on
                    text: qsTr("Edit details")
                    onClicked: root.StackView.view.push(activityEditor, { activityUid: root.activityUid })
                }
                ActionButton {
                    objectName: "pauseButton"
                    visible: root.active
                    iconName: "pause_circle"
                    //: Pauses an activity for a while: residents see no dates until it resumes
                    text: qsTr("Pause")
                    onClicked: actions.pauseActivity(root.activityUid)
                }
                ActionButton {
                    objectName: "resumeButton"
                    visible: !!root.info.status && !root.active
                    iconName: "play_circle"
                    //: Makes a paused or ended activity run again
                    text: qsTr("Resume")
                    onClicked: actions.resumeActivity(root.activityUid)
                }
                ActionButton {
                    objectName: "endButton"
                    visible: !!root.info.status && root.info.status !== "ended"
                    iconName: "stop_circle"
                    tint: Theme.cancelled
                    //: Ends an activity for good (asks first)
                    text: qsTr("End")
                    onClicked: endDialog.open()
                }
            }
            Label {
                objectName: "actionError"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: text.length > 0
                text: actions.errorString
                color: Theme.cancelled
                wrapMode: Text.Wrap
                font.pixelSize: Theme.body
            }
            Label {
                Layout.fillWidth: true
                Layout.margins: Theme.margin
                visible: sessions.count === 0
                wrapMode: Text.Wrap
                color: Theme.muted
                font.pixelSize: Theme.body
                //: On a worker's activity page without sessions in the last weeks or the coming weeks
                text: qsTr("No sessions in the last four weeks or the coming eight weeks.")
            }
            Repeater {
                objectName: "workerSessionList"
                model: sessions
                delegate: WorkerSessionRow {
                    hiddenRecent: sessions.hiddenRecent
                    onShowAllRecentRequested: sessions.showAllRecent = true
                    onLogRequested: (uid) => root.StackView.view.push(logPage, { occurrenceUid: uid })
                    onCancelRequested: (uid) => {
                        cancelDialog.occurrenceUid = uid
                        cancelDialog.open()
                    }
                    onMoveRequested: (uid) => root.StackView.view.push(movePage, { occurrenceUid: uid })
                    onRestoreRequested: (uid) => actions.restore(uid)
                }
            }
        }
    }

    CancelSessionDialog { id: cancelDialog }

    Component.onCompleted: {
        if (cancelOccurrenceUid.length > 0) {
            cancelDialog.occurrenceUid = cancelOccurrenceUid
            cancelDialog.open()
        }
    }

    Dialog {
        id: endDialog

        objectName: "endDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 32 : 360, 420)
        modal: true
        //: Title of the question before ending an activity
        title: qsTr("End this activity?")
        contentItem: Label {
            wrapMode: Text.Wrap
            font.pixelSize: Theme.body
            //: Asked before ending an activity; %1 is its title
            text: qsTr("Residents will no longer see the coming sessions of “%1”. You can still log its recent sessions.")
                  .arg(root.info.title || "")
        }
        footer: DialogButtonBox {
            Button {
                objectName: "confirmEndButton"
                //: Confirms ending an activity
                text: qsTr("End activity")
                flat: true
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
            Button {
                objectName: "keepActivityButton"
                //: Closes the question without ending the activity
                text: qsTr("Keep")
                flat: true
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
        }
        onAccepted: actions.endActivity(root.activityUid)
    }

    Component { id: scheduleEditor; ScheduleEditorPage {} }
    Component { id: activityEditor; ActivityEditorPage {} }
    Component { id: logPage; SessionLogPage {} }
    Component { id: movePage; MoveSessionPage {} }
}
