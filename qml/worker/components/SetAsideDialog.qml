// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Worker

// The changes the hub refused, each with the hub's sentence. For a catalogue edit that
// lost to a newer version on the hub it says so: the device shows the hub's version and
// the edit was not applied. The worker dismisses an item once read.
Dialog {
    id: root

    property QtObject sync: Sync

    objectName: "setAsideDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 360, 480)
    height: Math.min(implicitHeight, parent ? parent.height - 32 : 600)
    modal: true
    //: Title of the dialog listing the changes the hub refused
    title: qsTr("Changes the hub refused")

    contentItem: Flickable {
        implicitHeight: column.implicitHeight
        contentHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column

            width: parent.width
            spacing: 12

            Label {
                objectName: "setAsideEmpty"
                Layout.fillWidth: true
                visible: !root.sync || root.sync.setAside.count === 0
                wrapMode: Text.Wrap
                font.pixelSize: Theme.body
                //: Shown in the refused-changes dialog once every item was dismissed
                text: qsTr("Nothing is set aside.")
            }
            Repeater {
                objectName: "setAsideList"
                model: root.sync ? root.sync.setAside : null

                ColumnLayout {
                    id: item

                    required property string uuid
                    required property string subject
                    required property string message
                    required property bool hubShown
                    required property string hubTitle
                    required property string localTitle
                    required property bool canReplace

                    objectName: "setAside-" + uuid
                    Layout.fillWidth: true
                    spacing: 2

                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.body
                        font.bold: true
                        text: item.subject
                    }
                    Label {
                        objectName: "setAsideMessage"
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.small
                        text: item.message
                    }
                    Label {
                        objectName: "setAsideHubShown"
                        Layout.fillWidth: true
                        visible: item.hubShown
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.small
                        color: Theme.cancelled
                        //: Refused-changes dialog: a catalogue edit lost to a newer version on the hub
                        text: qsTr("The hub has a newer version, which this device shows now. Your edit was not applied.")
                    }
                    Label {
                        objectName: "setAsideTitles"
                        Layout.fillWidth: true
                        visible: item.hubTitle.length > 0
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.small
                        color: Theme.muted
                        //: Refused-changes dialog: the title on the hub now (%1) and the title of the refused edit (%2)
                        text: qsTr("On the hub: “%1”. Your edit: “%2”.").arg(item.hubTitle).arg(item.localTitle)
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: 4
                        Button {
                            objectName: "setAsideReplace"
                            visible: item.canReplace
                            implicitHeight: Theme.touch
                            flat: true
                            font.pixelSize: Theme.body
                            //: Refused-changes dialog: sends this device's session log to replace a colleague's log of the same session
                            text: qsTr("Send mine instead")
                            //: Accessible name of the button that sends one's own log instead of a colleague's; %1 says which session
                            Accessible.name: qsTr("Send mine instead: %1").arg(item.subject)
                            onClicked: root.sync.sendReplacing(item.uuid)
                        }
                        Button {
                            objectName: "setAsideDismiss"
                            implicitHeight: Theme.touch
                            flat: true
                            font.pixelSize: Theme.body
                            text: item.canReplace
                                  //: Refused-changes dialog: keeps a colleague's log of the session and forgets this device's
                                  ? qsTr("Keep theirs")
                                  //: Refused-changes dialog: removes one refused change from the list after reading it
                                  : qsTr("Dismiss")
                            //: Accessible name of the dismiss button; %1 says which change
                            Accessible.name: qsTr("Dismiss: %1").arg(item.subject)
                            onClicked: root.sync.dismiss(item.uuid)
                        }
                    }
                }
            }
        }
    }

    footer: Flow {
        spacing: 8
        padding: 8
        layoutDirection: Qt.RightToLeft
        Button {
            objectName: "setAsideClose"
            implicitHeight: Theme.touch
            font.pixelSize: Theme.body
            //: Closes the refused-changes dialog
            text: qsTr("Close")
            Accessible.name: text
            onClicked: root.close()
        }
    }
}
