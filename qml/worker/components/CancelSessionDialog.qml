// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Worker

// Cancels one session: which one, why (a fixed list, never about a person), and what
// residents will see. Stays open with the reason when the store refuses.
Dialog {
    id: root

    property string occurrenceUid
    readonly property var info: occurrenceUid.length > 0 && visible ? actions.sessionInfo(occurrenceUid) : ({})
    property string reasonId
    readonly property string reasonLabel: {
        const reasons = actions.cancelReasons
        for (let i = 0; i < reasons.length; ++i) {
            if (reasons[i].id === reasonId)
                return reasons[i].label
        }
        return ""
    }

    signal cancelled(string occurrenceUid)

    objectName: "cancelSessionDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 360, 440)
    height: Math.min(implicitHeight, parent ? parent.height - 32 : 600)
    modal: true
    //: Title of the dialog that cancels one session of an activity
    title: qsTr("Cancel this session?")
    onAboutToShow: { reasonId = ""; actions.clearError() }

    SessionActions {
        id: actions

        enrolment: Enrolment
    }

    contentItem: Flickable {
        implicitHeight: column.implicitHeight
        contentHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column

            width: parent.width
            spacing: 4

            Label {
                objectName: "cancelSessionWhen"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: Theme.body
                font.bold: true
                text: (root.info.dayText || "") + ", " + (root.info.timeText || "")
            }
            Label {
                Layout.fillWidth: true
                Layout.topMargin: 8
                wrapMode: Text.Wrap
                font.pixelSize: Theme.body
                //: Asks for the reason a session is cancelled
                text: qsTr("Why is it cancelled?")
            }
            ButtonGroup { id: reasons }
            Repeater {
                model: actions.cancelReasons
                RadioButton {
                    required property var modelData

                    objectName: "reason-" + modelData.id
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch
                    ButtonGroup.group: reasons
                    checked: root.reasonId === modelData.id
                    text: modelData.label
                    font.pixelSize: Theme.body
                    Accessible.name: modelData.label
                    onClicked: root.reasonId = modelData.id
                }
            }
            Label {
                objectName: "cancelPreview"
                Layout.fillWidth: true
                Layout.topMargin: 8
                visible: root.reasonId.length > 0
                wrapMode: Text.Wrap
                font.pixelSize: Theme.body
                color: Theme.cancelled
                //: What residents will see on a cancelled session; %1 is the reason, e.g. "Cancelled — Weather"
                text: qsTr("Residents will see: Cancelled — %1").arg(root.reasonLabel)
            }
            Label {
                objectName: "cancelError"
                Layout.fillWidth: true
                visible: text.length > 0
                wrapMode: Text.Wrap
                font.pixelSize: Theme.body
                color: Theme.cancelled
                text: actions.errorString
            }
        }
    }

    footer: Flow {
        spacing: 8
        padding: 8
        layoutDirection: Qt.RightToLeft
        Button {
            objectName: "confirmCancelButton"
            implicitHeight: Theme.touch
            highlighted: true
            enabled: root.reasonId.length > 0
            font.pixelSize: Theme.body
            //: Confirms cancelling the session for the chosen reason
            text: qsTr("Cancel session")
            Accessible.name: text
            onClicked: {
                if (actions.cancel(root.occurrenceUid, root.reasonId)) {
                    root.cancelled(root.occurrenceUid)
                    root.close()
                }
            }
        }
        Button {
            objectName: "keepSessionButton"
            implicitHeight: Theme.touch
            flat: true
            font.pixelSize: Theme.body
            //: Closes the cancel dialog; the session goes ahead
            text: qsTr("Keep")
            Accessible.name: text
            onClicked: root.close()
        }
    }
}
