// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Worker

// The card about sync with the hub (Work tab and Settings): what waits to be sent, when
// the device last synced or why it could not, the changes the hub refused (opened in
// SetAsideDialog), and "Sync now". On a resident's device, which sends no changes, only
// when it last synced or why it could not, and "Sync now". `sync` is Sync;
// tests hand in a stand-in with the same properties.
Rectangle {
    id: root

    property QtObject sync: Sync
    property QtObject enrolment: Enrolment
    property string hubUrl: sync && sync.hubUrl !== undefined ? sync.hubUrl : ""
    // The parts about the device's own changes: only an enrolled worker's device has them.
    property bool workerParts: sync && sync.workerSync !== undefined ? sync.workerSync : true
    readonly property int waiting: sync ? sync.waitingChanges : 0
    readonly property int setAside: sync ? sync.setAsideChanges : 0
    // SyncService.State: Idle 0, Syncing 1, Offline 2, Problem 3.
    readonly property int syncState: sync ? sync.state : 0
    readonly property bool syncing: syncState === 1

    objectName: "syncStatusCard"
    implicitHeight: content.implicitHeight + 2 * Theme.margin
    radius: 8
    color: Theme.surface
    border.color: Qt.darker(Theme.surface, 1.08)
    Accessible.role: Accessible.StaticText
    Accessible.name: (workerParts ? waitingLabel.text + ". " : "") + statusLabel.text
                     + (setAsideLabel.visible ? ". " + setAsideLabel.text : "")

    ColumnLayout {
        id: content

        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            spacing: 12

            Icon {
                objectName: "syncIcon"
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: Theme.iconSize
                name: root.syncing ? "sync"
                    : root.syncState === 2 ? "cloud_off"
                    : root.syncState === 3 ? "error_outline"
                    : root.workerParts && root.waiting > 0 ? "cloud_upload" : "cloud_done"
                color: root.syncState === 3 ? Theme.cancelled : Theme.primary
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2

                Label {
                    id: waitingLabel

                    objectName: "syncWaiting"
                    Layout.fillWidth: true
                    visible: root.workerParts
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.body
                    font.bold: true
                    text: root.waiting > 0
                          //: Sync card: changes made on this device that the hub has not received yet
                          ? qsTr("%n change(s) wait to be sent to the hub", "", root.waiting)
                          //: Sync card: no change of this device waits for the hub
                          : qsTr("Everything is sent")
                }
                Label {
                    id: statusLabel

                    objectName: "syncStatus"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    // Without the waiting line above, this is the card's headline.
                    font.pixelSize: root.workerParts ? Theme.small : Theme.body
                    font.bold: !root.workerParts
                    color: root.syncState === 3 ? Theme.cancelled : root.workerParts ? Theme.muted : Material.foreground
                    text: root.syncing
                          ? (root.sync.progressText !== undefined && root.sync.progressText.length > 0
                             ? root.sync.progressText
                             //: Sync card: a sync with the hub is running now
                             : qsTr("Syncing…"))
                          : root.syncState >= 2 && root.sync.lastProblem.length > 0
                            ? root.sync.lastProblem
                            : (root.sync ? root.sync.lastSyncedText : "")
                }
                Label {
                    objectName: "syncLastSynced"
                    Layout.fillWidth: true
                    visible: root.syncState >= 2 && root.sync.lastSynced && !isNaN(root.sync.lastSynced)
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.small
                    color: Theme.muted
                    text: root.sync ? root.sync.lastSyncedText : ""
                }
                Label {
                    id: setAsideLabel

                    objectName: "syncSetAside"
                    Layout.fillWidth: true
                    visible: root.workerParts && root.setAside > 0
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.small
                    color: Theme.cancelled
                    //: Sync card: changes the hub refused and that are kept aside on this device
                    text: qsTr("%n change(s) set aside: the hub refused them", "", root.setAside)
                }
                Label {
                    id: hubLabel

                    objectName: "syncHub"
                    Layout.fillWidth: true
                    visible: root.hubUrl.length > 0
                    wrapMode: Text.WrapAnywhere
                    font.pixelSize: Theme.small
                    color: Theme.muted
                    //: Sync card: the hub this device sends its changes to; %1 is its address
                    text: qsTr("Hub: %1").arg(root.hubUrl)
                }
            }
        }
        Flow {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.iconSize + 12
            spacing: Theme.spacing

            Button {
                objectName: "syncNowButton"
                implicitHeight: Theme.touch
                enabled: root.sync !== null && !root.syncing
                font.pixelSize: Theme.body
                //: Sync card: button that syncs with the hub at once
                text: qsTr("Sync now")
                Accessible.name: text
                onClicked: root.sync.syncNow()
            }
            Button {
                objectName: "syncRenewAccess"
                implicitHeight: Theme.touch
                visible: root.workerParts && root.enrolment !== null && root.enrolment.accessRefused === true
                font.pixelSize: Theme.body
                // The enrolment page's own words: the button opens it.
                text: qsTranslate("EnrolPage", "Enter a new code")
                Accessible.name: text
                onClicked: root.enrolment.requestRenewal()
            }
            Button {
                objectName: "syncShowSetAside"
                implicitHeight: Theme.touch
                visible: root.workerParts && root.setAside > 0
                flat: true
                font.pixelSize: Theme.body
                //: Sync card: opens the list of changes the hub refused
                text: qsTr("See refused changes")
                Accessible.name: text
                onClicked: setAsideDialog.open()
            }
        }
    }

    SetAsideDialog {
        id: setAsideDialog

        sync: root.sync
    }
}
