// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Evaluator

// A programme evaluator signs in with the hub's address and the evaluator key their
// coordinator gave them (pasted); the hub checks the key's role. Signing out removes the
// key and the figures kept on this device.
Page {
    id: root

    property string message
    // The hub the address field starts with, e.g. the one this device enrolled at.
    property string suggestedHub

    signal dashboardRequested()

    //: Title of the evaluator sign-in page
    title: qsTr("Evaluator")
    padding: 0

    Connections {
        target: Evaluator
        function onSignInSucceeded() { root.message = ""; keyField.text = ""; root.dashboardRequested() }
        function onSignInFailed(message) { root.message = message }
        function onSignOutFailed(message) { root.message = message }
        function onSignedOut() { root.message = "" }
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true

        ColumnLayout {
            id: column

            width: Math.min(parent.width, Theme.columnWidth) - 2 * Theme.margin
            x: (parent.width - width) / 2
            y: Theme.margin
            spacing: 8

            PageHeading {
                Layout.fillWidth: true
                icon: "insert_chart"
                //: Heading of the evaluator sign-in page
                title: qsTr("Programme evaluation")
                //: Under the heading: what an evaluator sees
                subtitle: qsTr("Participation figures per neighbourhood, period, category and programme. Never about a person.")
            }
            Label {
                objectName: "evaluatorIntro"
                Layout.fillWidth: true
                visible: !Evaluator.signedIn
                wrapMode: Text.Wrap
                font.pixelSize: Theme.body
                //: Evaluator sign-in: what to fill in
                text: qsTr("Paste the hub's address and the evaluator key your coordinator gave you.")
            }
            TextField {
                id: hubField
                objectName: "evaluatorHub"
                implicitHeight: Math.max(Theme.touch, contentHeight + topPadding + bottomPadding) // 48 px to touch
                Layout.fillWidth: true
                visible: !Evaluator.signedIn
                font.pixelSize: Theme.body
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                //: Evaluator sign-in: the hub address field
                placeholderText: qsTr("Hub address, e.g. https://hub.example.nl")
                text: root.suggestedHub
                Accessible.name: placeholderText
            }
            TextField {
                id: keyField
                objectName: "evaluatorKey"
                implicitHeight: Math.max(Theme.touch, contentHeight + topPadding + bottomPadding) // 48 px to touch
                Layout.fillWidth: true
                visible: !Evaluator.signedIn
                font.pixelSize: Theme.body
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                //: Evaluator sign-in: the field the key is pasted into
                placeholderText: qsTr("Evaluator key")
                Accessible.name: placeholderText
            }
            Button {
                objectName: "evaluatorSignIn"
                visible: !Evaluator.signedIn
                enabled: !Evaluator.busy
                Layout.minimumHeight: Theme.touch
                font.pixelSize: Theme.body
                highlighted: true
                //: Evaluator sign-in button
                text: qsTr("Sign in")
                onClicked: { root.message = ""; Evaluator.signIn(hubField.text, keyField.text) }
            }
            BusyIndicator { visible: Evaluator.busy; running: visible }

            IconLabel {
                objectName: "evaluatorSignedIn"
                Layout.fillWidth: true
                visible: Evaluator.signedIn
                icon: "how_to_reg"
                //: Evaluator page once signed in; %1 is the hub's address
                text: qsTr("Signed in as evaluator at %1").arg(Evaluator.hubUrl)
            }
            RowLayout {
                visible: Evaluator.signedIn
                spacing: Theme.spacing
                Button {
                    objectName: "openDashboard"
                    Layout.minimumHeight: Theme.touch
                    font.pixelSize: Theme.body
                    highlighted: true
                    //: Evaluator page: opens the dashboard
                    text: qsTr("Open the dashboard")
                    onClicked: root.dashboardRequested()
                }
                Button {
                    objectName: "evaluatorSignOut"
                    Layout.minimumHeight: Theme.touch
                    font.pixelSize: Theme.body
                    //: Evaluator page: removes the key and the saved figures from this device
                    text: qsTr("Sign out")
                    onClicked: Evaluator.signOut()
                }
            }
            Label {
                objectName: "evaluatorMessage"
                Layout.fillWidth: true
                visible: root.message.length > 0
                text: root.message
                color: Theme.cancelled
                font.pixelSize: Theme.body
                wrapMode: Text.Wrap
            }
        }
    }
}
