// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Worker

// Settings: the hub this device fetches the activities from, and the sync card once it
// has one. A resident types the address (checked as an http(s) address before it is
// kept); an enrolled social worker's device shows the hub it enrolled at, read-only, and
// so does a run started with --hub.
ColumnLayout {
    id: root

    property QtObject sync: Sync
    // What was refused last; cleared as soon as the person types again.
    property string problem: ""

    function save() {
        problem = sync.hubAddressProblem(field.text)
        if (problem.length > 0)
            return false
        if (!sync.setHubAddress(field.text)) {
            //: Settings: the hub address could not be stored on the device
            problem = qsTr("The address could not be saved on this device.")
            return false
        }
        field.text = Qt.binding(function() { return root.sync.hubUrl })
        return true
    }

    spacing: 8

    Label {
        objectName: "hubExplained"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: Theme.body
        text: root.sync.hubEditable
              //: Settings: explains the hub address on a resident's device
              ? qsTr("The hub is the server the activities in your neighbourhood come from. With its address, the app fetches new and changed activities. It never sends who you are. Leave it empty to use no hub.")
              //: Settings: the hub address is fixed because the device is enrolled for an organisation
              : Enrolment.enrolled ? qsTr("This device syncs with the hub of the organisation it is enrolled for.")
              //: Settings: the hub address was given when the app was started (--hub)
              : qsTr("This address was given when the app was started.")
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        TextField {
            id: field

            objectName: "hubField"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touch
            font.pixelSize: Theme.body
            readOnly: !root.sync.hubEditable
            text: root.sync.hubUrl
            placeholderText: root.sync.defaultHub.length > 0 ? root.sync.defaultHub : "https://hub.example.nl"
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            //: Settings: screen-reader name of the field with the hub's address
            Accessible.name: qsTr("Hub address")
            onTextEdited: root.problem = ""
            onAccepted: if (saveButton.visible) root.save()
        }
        Button {
            id: saveButton

            objectName: "hubSave"
            Layout.minimumHeight: Theme.touch
            visible: root.sync.hubEditable
            enabled: field.text.trim() !== root.sync.hubUrl
            font.pixelSize: Theme.body
            //: Settings: keeps the typed hub address
            text: qsTr("Save")
            //: Settings: screen-reader name of the button that keeps the typed hub address
            Accessible.name: qsTr("Save hub address")
            onClicked: root.save()
        }
    }
    Label {
        objectName: "hubProblem"
        Layout.fillWidth: true
        visible: root.problem.length > 0
        text: root.problem
        color: Theme.cancelled
        font.pixelSize: Theme.small
        wrapMode: Text.Wrap
    }
    SyncStatusCard {
        objectName: "hubSyncCard"
        Layout.fillWidth: true
        visible: root.sync.configured
        sync: root.sync
        // The field above already shows the address.
        hubUrl: ""
    }
}
