// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Resident
import Buurtplein.Worker
import Buurtplein.Evaluator
import Buurtplein.App

// The app's language, location for "near me", discreet mode, the hub the activities come
// from with the state of the sync, and, for social workers, the way to enrolment.
Page {
    id: root

    //: Title of the settings page
    title: qsTr("Settings")
    padding: 0

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

            //: Settings section: the language of the app
            SectionHeading { text: qsTr("Language") }
            // Each language is named in itself, so that a resident finds their own
            // whatever language the app speaks now.
            Repeater {
                model: Language.choices
                RadioButton {
                    required property var modelData

                    objectName: "language-" + modelData.code
                    Layout.fillWidth: true
                    text: modelData.name
                    font.pixelSize: Theme.body
                    checked: Language.code === modelData.code
                    onClicked: Language.choose(modelData.code)
                }
            }

            //: Settings section: where the resident is
            SectionHeading { text: qsTr("Near me") }
            LocationChooser { Layout.fillWidth: true }

            //: Settings section: discreet mode
            SectionHeading { text: qsTr("Discreet mode") }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: Theme.body
                //: Explains discreet mode
                text: qsTr("A PIN hides My activities, and reminders no longer say what or where.")
            }
            Switch {
                objectName: "discreetSwitch"
                checked: Discreet.enabled
                font.pixelSize: Theme.body
                //: Switch that turns discreet mode on or off
                text: qsTr("Discreet mode")
                onToggled: {
                    checked = Qt.binding(function() { return Discreet.enabled })
                    pinDialog.turningOn = !Discreet.enabled
                    pinDialog.open()
                }
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: Discreet.errorString
                color: Theme.cancelled
                font.pixelSize: Theme.small
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: Theme.small
                color: Theme.muted
                //: Explains the quick-exit button in the toolbar
                text: qsTr("The eye button at the top hides the app at once behind a plain screen. Press and hold that screen to come back.")
            }

            //: Settings section: the hub (server) the device fetches activities from, and the sync with it
            SectionHeading { text: qsTr("Hub and sync") }
            HubSettings { Layout.fillWidth: true }

            //: Settings section: the map of the resident's gemeente kept on the device for use without internet
            SectionHeading { text: qsTr("Map without internet") }
            MapRegionSettings { Layout.fillWidth: true }

            //: Settings section: whether the app counts the resident's joins anonymously at the hub
            SectionHeading { text: qsTr("Counting joins") }
            Switch {
                objectName: "joinCountsSwitch"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touch
                checked: Sync.countJoins
                font.pixelSize: Theme.body
                //: Switch that lets the app send anonymous join counts to the hub
                text: qsTr("Count my joins anonymously")
                Accessible.name: text
                onToggled: {
                    Sync.countJoins = checked
                    checked = Qt.binding(function() { return Sync.countJoins })
                }
            }
            Label {
                objectName: "joinCountsExplained"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: Theme.small
                color: Theme.muted
                text: Sync.configured
                      //: Explains the anonymous join counts on a device with a hub
                      ? qsTr("The hub then receives, for each session you joined, the number of joins on this device, under a random key that is not linked to you. Organisers see only totals.")
                      //: Explains the anonymous join counts on a device without a hub
                      : qsTr("This device has no hub, so nothing is sent. With a hub, it would receive for each session you joined the number of joins on this device, under a random key that is not linked to you.")
            }

            //: Settings section: social worker mode (enrolment for an organisation)
            SectionHeading { text: qsTr("Social work") }
            Label {
                objectName: "socialWorkIntro"
                Layout.fillWidth: true
                visible: !Enrolment.enrolled
                wrapMode: Text.Wrap
                font.pixelSize: Theme.body
                //: Settings: social work section on a device that is not enrolled
                text: qsTr("Do you run activities for an organisation? Enrol this device with the code your coordinator gives you.")
            }
            IconLabel {
                objectName: "socialWorkOrganisation"
                Layout.fillWidth: true
                visible: Enrolment.enrolled
                icon: "groups"
                //: Settings: the organisation this device is enrolled for; %1 is its name
                text: qsTr("Enrolled for %1").arg(Enrolment.organisationName)
            }
            Button {
                objectName: "openEnrolment"
                Layout.minimumHeight: Theme.touch
                font.pixelSize: Theme.body
                text: Enrolment.enrolled
                      //: Settings: opens the enrolment page of an enrolled device (where it can leave)
                      ? qsTr("Enrolment and leaving")
                      //: Settings: opens the page to enrol this device
                      : qsTr("Enrol this device")
                Accessible.name: text
                onClicked: root.StackView.view.push(enrolPage)
            }

            //: Settings section: programme evaluators, who read released participation figures
            SectionHeading { text: qsTr("Evaluator") }
            Button {
                objectName: "openEvaluator"
                Layout.minimumHeight: Theme.touch
                font.pixelSize: Theme.body
                text: Evaluator.signedIn
                      //: Settings: opens the evaluator page of a signed-in evaluator (where they sign out)
                      ? qsTr("Evaluator sign-in and signing out")
                      //: Settings: opens the page where a programme evaluator pastes their key
                      : qsTr("Sign in as evaluator")
                Accessible.name: text
                onClicked: root.StackView.view.push(evaluatorPage)
            }
        }
    }

    Component {
        id: enrolPage
        EnrolPage {}
    }
    Component {
        id: evaluatorPage
        // The dashboard is a tab of the window (Main.qml's showTab), not a page of this stack.
        EvaluatorSignInPage { suggestedHub: Enrolment.hubUrl; onDashboardRequested: ApplicationWindow.window.showTab("dashboard") }
    }

    PinDialog {
        id: pinDialog

        onPinEntered: (pin) => turningOn ? Discreet.enable(pin) : Discreet.disable(pin)
    }
}
