// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Worker

// Asks before the device leaves its organisation, saying what leaving removes
// (WorkerEnrolment.leaveWarning) and how many changes are not sent yet.
Dialog {
    id: dialog

    required property WorkerEnrolment worker

    objectName: "leaveDialog"
    modal: true
    anchors.centerIn: parent
    width: Math.min((parent ? parent.width : 420) - 2 * Theme.margin, 420)
    //: Title of the dialog that confirms leaving the organisation; %1 is its name
    title: qsTr("Leave %1?").arg(dialog.worker.organisationName)
    onAboutToShow: warning.text = dialog.worker.leaveWarning()
    onAccepted: dialog.worker.leave()

    footer: DialogButtonBox {
        Button {
            objectName: "confirmLeave"
            flat: true
            Material.foreground: Theme.cancelled
            //: Confirms leaving the organisation
            text: qsTr("Leave")
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
        Button {
            objectName: "cancelLeave"
            flat: true
            //: Keeps the device enrolled
            text: qsTr("Stay")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    Label {
        id: warning

        objectName: "leaveWarning"
        width: parent.width
        wrapMode: Text.Wrap
        font.pixelSize: Theme.body
    }
}
