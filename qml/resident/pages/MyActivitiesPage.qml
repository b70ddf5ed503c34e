// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Resident

// My activities: the resident's joins, upcoming first, with their reminders. In discreet
// mode the list stays hidden until the PIN is entered.
Page {
    id: root

    readonly property bool locked: Discreet.locked

    signal activityOpened(string activityUid, string occurrenceUid)

    //: Title of the page with the activities the resident joined
    title: qsTr("My activities")
    padding: 0

    Component.onDestruction: Discreet.lock()

    ListView {
        id: list

        objectName: "myActivitiesList"
        visible: !root.locked
        width: Math.min(parent.width, Theme.columnWidth)
        height: parent.height
        anchors.horizontalCenter: parent.horizontalCenter
        clip: true
        model: root.locked ? null : MyActivities
        delegate: MyActivityDelegate {
            width: ListView.view.width
            onOpened: (activityUid, occurrenceUid) => root.activityOpened(activityUid, occurrenceUid)
        }

        Label {
            anchors.centerIn: parent
            width: parent.width - 48
            visible: list.count === 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            font.pixelSize: Theme.body
            //: My activities when the resident joined nothing yet
            text: qsTr("You have not joined anything yet. Open an activity and tap Join.")
        }
    }

    ColumnLayout {
        objectName: "lockedView"
        visible: root.locked
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 400)
        spacing: 12

        Icon { Layout.alignment: Qt.AlignHCenter; name: "lock"; size: Theme.iconSize * 2; color: Theme.muted }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            font.pixelSize: Theme.body
            //: My activities while discreet mode hides it
            text: qsTr("Enter your PIN to see this page.")
        }
        TextField {
            id: pin

            implicitHeight: Math.max(Theme.touch, contentHeight + topPadding + bottomPadding) // 48 px to touch
            objectName: "unlockPinField"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: 200
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly
            maximumLength: 8
            font.pixelSize: Theme.large
            horizontalAlignment: TextInput.AlignHCenter
            //: Placeholder of the PIN field
            placeholderText: qsTr("PIN")
            onAccepted: unlock.clicked()
        }
        Label {
            objectName: "unlockError"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            visible: text.length > 0
            text: Discreet.errorString
            color: Theme.cancelled
            font.pixelSize: Theme.small
            wrapMode: Text.Wrap
        }
        Button {
            id: unlock

            objectName: "unlockButton"
            Layout.alignment: Qt.AlignHCenter
            highlighted: true
            implicitHeight: Theme.touch
            font.pixelSize: Theme.body
            //: Opens My activities with the PIN
            text: qsTr("Open")
            onClicked: {
                Discreet.unlock(pin.text)
                pin.text = ""
            }
        }
    }
}
