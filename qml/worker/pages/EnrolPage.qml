// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Worker

// Enrols a social worker's device for their organisation with a one-time code (typed,
// pasted, or from a buurtplein://enrol link), and leaves the organisation again.
Page {
    id: root

    readonly property WorkerEnrolment worker: Enrolment
    // The hub a link named: shown as text, the address field only behind "Other hub".
    readonly property bool linkGaveHub: worker.pendingHub.length > 0 && !otherHub
    // A pasted link that names its hub needs no address field either.
    readonly property bool pastedLinkWithHub: /^\s*buurtplein:.*[?&]hub=/i.test(codeField.text)
    property bool otherHub: false
    property bool justEnrolled: false
    // The hub refused this device's key: the code form renews it (the changes waiting stay).
    readonly property bool renewing: worker.enrolled && worker.accessRefused
    property string message

    objectName: "enrolPage"
    //: Title of the page where a social worker enrols the device for their organisation
    title: qsTr("Social work")
    padding: 0

    function enrol() {
        message = ""
        worker.enrol(codeField.text, linkGaveHub ? worker.pendingHub : hubField.text, deviceNameField.text)
    }

    Connections {
        target: root.worker
        function onEnrolFailed(text) { root.message = text }
        function onEnrolSucceeded() { root.justEnrolled = true; root.message = "" }
        function onLeaveFailed(text) { root.message = text }
        function onLeft() { root.justEnrolled = false; root.otherHub = false; root.message = "" }
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
            spacing: Theme.spacing

            PageHeading {
                Layout.fillWidth: true
                icon: root.renewing ? "key" : root.worker.enrolled ? "verified_user" : "badge"
                title: root.renewing
                       //: Heading of the enrolment page when the hub refused the device's key: a new code renews it
                       ? qsTr("Enter a new code")
                       : root.worker.enrolled
                       //: Heading of the enrolment page on an enrolled device
                       ? qsTr("This device is enrolled")
                       //: Heading of the enrolment page before enrolling
                       : qsTr("Enrol this device")
                //: Under the heading of the enrolment page: who the page is for
                subtitle: qsTr("For social workers who run activities")
            }

            Label {
                Layout.fillWidth: true
                visible: !root.worker.enrolled || root.renewing
                wrapMode: Text.Wrap
                font.pixelSize: Theme.body
                text: root.renewing
                      //: Enrolment page when the hub refused the device's key; %1 is the organisation
                      ? qsTr("The hub no longer accepts this device's key. A new code from your coordinator for %1 renews it; the changes waiting on this device stay and are sent then.").arg(root.worker.organisationName)
                      //: Explains enrolment in two sentences, before the code field
                      : qsTr("Enrolling links this device to your organisation, so that you can manage its activities and log sessions, also without internet. Residents do not need this: everything else in the app works without enrolling.")
            }

            // Before enrolling, or to renew a refused key: the code, the hub, the button.
            ColumnLayout {
                Layout.fillWidth: true
                visible: !root.worker.enrolled || root.renewing
                spacing: Theme.spacing

                Label {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.body
                    font.bold: true
                    //: Label of the field for the one-time enrolment code
                    text: qsTr("Enrolment code or link")
                }
                TextField {
                    id: codeField

                    implicitHeight: Math.max(Theme.touch, contentHeight + topPadding + bottomPadding) // 48 px to touch
                    objectName: "enrolCode"
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touch
                    font.pixelSize: Theme.large
                    text: root.worker.pendingCode
                    placeholderText: "K7QM-3XPA-9RTD-2FHC"
                    inputMethodHints: Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                    //: Screen-reader name of the enrolment code field
                    Accessible.name: qsTr("Enrolment code or link")
                    onTextEdited: root.message = ""
                    onAccepted: if (enrolButton.enabled) root.enrol()
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.small
                    color: Theme.muted
                    //: Under the code field: where the code comes from
                    text: qsTr("Your coordinator gives you a code of 16 letters and digits, or a link you can paste here.")
                }

                RowLayout {
                    Layout.fillWidth: true
                    visible: root.linkGaveHub
                    spacing: Theme.spacing
                    HubLine {
                        objectName: "linkHub"
                        Layout.fillWidth: true
                        address: root.worker.pendingHub
                    }
                    Button {
                        objectName: "otherHubButton"
                        flat: true
                        Layout.minimumHeight: Theme.touch
                        font.pixelSize: Theme.body
                        //: Shows the hub address field although the link named a hub
                        text: qsTr("Other hub")
                        Accessible.name: text
                        onClicked: { root.otherHub = true; hubField.forceActiveFocus() }
                    }
                }

                Label {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    visible: hubField.visible
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.body
                    font.bold: true
                    //: Label of the field for the hub's web address
                    text: qsTr("Hub address")
                }
                TextField {
                    id: hubField

                    implicitHeight: Math.max(Theme.touch, contentHeight + topPadding + bottomPadding) // 48 px to touch
                    objectName: "hubAddress"
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touch
                    visible: !root.linkGaveHub && !root.pastedLinkWithHub
                    font.pixelSize: Theme.body
                    text: root.worker.pendingHub.length > 0 ? root.worker.pendingHub : root.worker.hubUrl
                    placeholderText: "https://hub.example.nl"
                    inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                    //: Screen-reader name of the hub address field
                    Accessible.name: qsTr("Hub address")
                    onTextEdited: root.message = ""
                    onAccepted: if (enrolButton.enabled) root.enrol()
                }

                Label {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.body
                    font.bold: true
                    //: Label of the optional field that names the device for the coordinator
                    text: qsTr("Name of this device (optional)")
                }
                TextField {
                    id: deviceNameField

                    implicitHeight: Math.max(Theme.touch, contentHeight + topPadding + bottomPadding) // 48 px to touch
                    objectName: "deviceName"
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touch
                    font.pixelSize: Theme.body
                    maximumLength: 60
                    //: Example name of a device in the enrolment form
                    placeholderText: qsTr("e.g. tablet buurthuis")
                    //: Screen-reader name of the device name field
                    Accessible.name: qsTr("Name of this device")
                    onAccepted: if (enrolButton.enabled) root.enrol()
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.small
                    color: Theme.muted
                    //: Under the device name field: why it is asked
                    text: qsTr("Your coordinator sees this name in the list of enrolled devices, so that a lost tablet can be switched off.")
                }

                RowLayout {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    spacing: Theme.spacing * 2
                    Button {
                        id: enrolButton

                        objectName: "enrolButton"
                        highlighted: true
                        Layout.minimumHeight: Theme.touch
                        font.pixelSize: Theme.body
                        enabled: !root.worker.busy && codeField.text.trim().length > 0
                        //: Button that redeems the enrolment code at the hub
                        text: qsTr("Enrol")
                        Accessible.name: text
                        onClicked: root.enrol()
                    }
                    BusyIndicator {
                        objectName: "enrolBusy"
                        running: root.worker.busy
                        visible: running
                        Layout.preferredHeight: Theme.touch
                        Layout.preferredWidth: Theme.touch
                        //: Screen-reader name of the spinner while the hub is asked
                        Accessible.name: qsTr("Asking the hub")
                    }
                }
            }

            Label {
                objectName: "enrolMessage"
                Layout.fillWidth: true
                visible: text.length > 0
                text: root.message
                color: Theme.cancelled
                font.pixelSize: Theme.body
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            EnrolledSummary {
                Layout.fillWidth: true
                visible: root.worker.enrolled && !root.renewing
                worker: root.worker
                justEnrolled: root.justEnrolled
                onLeaveRequested: leaveDialog.open()
            }
        }
    }

    LeaveOrganisationDialog {
        id: leaveDialog
        worker: root.worker
    }
}
