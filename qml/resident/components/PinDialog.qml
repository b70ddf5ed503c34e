// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common

// Asks for the discreet-mode PIN, to turn it on (new PIN) or off (the current one).
Dialog {
    id: root

    property bool turningOn: true

    signal pinEntered(string pin)

    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 360, 400)
    title: turningOn
           //: Title of the PIN dialog when discreet mode is turned on
           ? qsTr("Choose a PIN")
           //: Title of the PIN dialog when discreet mode is turned off
           : qsTr("Enter your PIN")
    onOpened: { pin.text = ""; pin.forceActiveFocus() }
    onAccepted: root.pinEntered(pin.text)

    // Buttons of our own rather than standardButtons, so that their words come from the
    // app's catalogue (Qt's own translations are not bundled).
    footer: DialogButtonBox {
        Button {
            //: Confirms the PIN typed in the PIN dialog
            text: qsTr("OK")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
        Button {
            //: Closes the PIN dialog without changing anything
            text: qsTr("Cancel")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.body
            text: root.turningOn
                  //: Explains the new PIN of discreet mode
                  ? qsTr("4 to 8 digits. You need it to open My activities.")
                  //: Asks for the PIN to turn discreet mode off
                  : qsTr("The PIN you chose for discreet mode.")
        }
        TextField {
            id: pin

            implicitHeight: Math.max(Theme.touch, contentHeight + topPadding + bottomPadding) // 48 px to touch
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
