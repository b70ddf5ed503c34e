// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein

// Asks for the discreet-mode PIN, to turn it on (new PIN) or off (the current one).
Dialog {
    id: root

    property bool turningOn: true

    signal pinEntered(string pin)

    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 360, 400)
    //: Title of the PIN dialog
    title: turningOn ? qsTr("Choose a PIN") : qsTr("Enter your PIN")
    standardButtons: Dialog.Ok | Dialog.Cancel
    onOpened: { pin.text = ""; pin.forceActiveFocus() }
    onAccepted: root.pinEntered(pin.text)

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.body
            //: Explains the PIN of discreet mode
            text: root.turningOn ? qsTr("4 to 8 digits. You need it to open My activities.")
                                 : qsTr("The PIN you chose for discreet mode.")
        }
        TextField {
            id: pin

            objectName: "pinField"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly
            maximumLength: 8
            font.pixelSize: Theme.large
            onAccepted: root.accept()
        }
    }
}
