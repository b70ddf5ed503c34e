// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Worker

// An enrolled device on the enrolment page: the confirmation just after enrolling, the
// organisation, its hub, where the key is kept, and the way out (leaveRequested()).
ColumnLayout {
    id: summary

    required property WorkerEnrolment worker
    property bool justEnrolled: false
    signal leaveRequested()

    spacing: Theme.spacing

    Label {
        objectName: "enrolConfirmation"
        Layout.fillWidth: true
        visible: summary.justEnrolled
        wrapMode: Text.Wrap
        font.pixelSize: Theme.body
        color: Theme.primary
        //: After enrolling; %1 is the organisation
        text: qsTr("Done: this device is now enrolled for %1. The Work tab at the bottom shows its activities.")
              .arg(summary.worker.organisationName)
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    Label {
        objectName: "pendingWhileEnrolled"
        Layout.fillWidth: true
        visible: summary.worker.pendingCode.length > 0
        wrapMode: Text.Wrap
        font.pixelSize: Theme.body
        color: Theme.moved
        //: An enrolment link was opened on a device that is already enrolled; %1 is its organisation
        text: qsTr("A link asked to enrol this device, but it is already enrolled for %1. To use the link's code, leave %1 first.")
              .arg(summary.worker.organisationName)
    }
    IconLabel {
        objectName: "enrolledOrganisation"
        Layout.fillWidth: true
            icon: "groups"
        bold: true
        text: summary.worker.organisationName
    }
    HubLine {
        objectName: "enrolledHub"
        Layout.fillWidth: true
            address: summary.worker.hubUrl
    }
    Label {
        objectName: "tokenFileNote"
        Layout.fillWidth: true
        visible: summary.worker.tokenStorage === "file"
        wrapMode: Text.Wrap
        font.pixelSize: Theme.small
        color: Theme.muted
        //: Shown when the device has no keychain for the organisation's key
        text: qsTr("This device has no keychain, so the organisation's key is kept in a file that only your user account can read.")
    }
    Button {
        objectName: "leaveButton"
        Layout.topMargin: Theme.spacing * 2
        Layout.minimumHeight: Theme.touch
            font.pixelSize: Theme.body
        Material.foreground: Theme.cancelled
        //: Button that removes the device from its organisation
        text: qsTr("Leave %1").arg(summary.worker.organisationName)
        Accessible.name: text
        onClicked: summary.leaveRequested()
    }
}
