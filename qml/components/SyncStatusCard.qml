// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein

// The worker home page's card about changes for the hub: how many wait to be sent, how
// many the hub refused, and which hub. Sending itself comes with sync (issue 5); until
// then the card only says what waits.
Rectangle {
    id: root

    property WorkerSession session: AppContext.worker
    readonly property int waiting: session ? session.waitingChanges : 0
    readonly property int setAside: session ? session.setAsideChanges : 0

    objectName: "syncStatusCard"
    implicitHeight: content.implicitHeight + 2 * Theme.margin
    radius: 8
    color: Theme.surface
    border.color: Qt.darker(Theme.surface, 1.08)
    Accessible.role: Accessible.StaticText
    Accessible.name: waitingLabel.text + (setAsideLabel.visible ? ". " + setAsideLabel.text : "") + ". " + hubLabel.text

    RowLayout {
        id: content

        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: 12

        Icon {
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: Theme.iconSize
            name: root.waiting > 0 ? "cloud_upload" : "cloud_done"
            color: Theme.primary
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                id: waitingLabel

                objectName: "syncWaiting"
                Layout.fillWidth: true
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
                id: setAsideLabel

                objectName: "syncSetAside"
                Layout.fillWidth: true
                visible: root.setAside > 0
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
                wrapMode: Text.WrapAnywhere
                font.pixelSize: Theme.small
                color: Theme.muted
                //: Sync card: the hub this device sends its changes to; %1 is its address
                text: qsTr("Hub: %1").arg(root.session ? root.session.hubUrl : "")
            }
        }
    }
}
