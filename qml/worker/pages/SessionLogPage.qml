// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Worker

// Logging one session in seconds (issue 4, point 5): held or not, a few large counters,
// "same as last time", Save. Age groups and newcomers are optional and folded away; the
// note stays on the device. Nothing here asks about a person.
Page {
    id: root

    property string occurrenceUid
    readonly property alias editor: editor

    signal saved()

    // The message of the problem with @p field, or "" (re-read whenever the problems change).
    function problemOf(field) {
        return counts.problemOf(field)
    }
    function save() {
        if (!editor.save())
            return
        root.saved()
        if (root.StackView.view)
            root.StackView.view.pop()
    }

    title: editor.isEdit
           //: Title of the session log page when a stored log is changed; %1 is its revision number
           ? qsTr("Edit log (revision %1)").arg(editor.revision)
           //: Title of the session log page for a session not logged before
           : qsTr("Log session")
    padding: 0

    onOccurrenceUidChanged: editor.load(occurrenceUid)
    Component.onCompleted: editor.load(occurrenceUid)

    SessionLogEditor {
        id: editor
        enrolment: Enrolment
    }

    // One of the two big answers to "Was it held?".
    component ChoiceButton: Button {
        id: choice
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 1
        implicitHeight: Math.max(64, label.implicitHeight + 24)
        topInset: 0
        bottomInset: 0
        Material.background: checked ? Theme.primary : Theme.surface
        Material.elevation: checked ? 2 : 0
        Accessible.role: Accessible.RadioButton
        Accessible.checked: checked
        contentItem: Label {
            id: label
            text: choice.text
            font.pixelSize: Theme.large
            font.bold: true
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            color: choice.checked ? "white" : Theme.primary
        }
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
            spacing: 12

            PageHeading {
                Layout.fillWidth: true
                icon: "fact_check"
                title: editor.title
                subtitle: editor.dateLabel
            }
            IconLabel {
                Layout.fillWidth: true
                visible: editor.cancelled
                icon: "event_busy"
                iconColor: Theme.cancelled
                //: On the session log page of a cancelled session
                text: qsTr("This session was cancelled; it can only be logged as not held.")
            }
            ProblemText { objectName: "sessionProblem"; text: root.problemOf("session") }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                ChoiceButton {
                    objectName: "heldButton"
                    checked: editor.held
                    //: Answer on the session log page: the session took place
                    text: qsTr("Held")
                    onClicked: editor.held = true
                }
                ChoiceButton {
                    objectName: "notHeldButton"
                    checked: !editor.held
                    //: Answer on the session log page: the session did not take place
                    text: qsTr("Did not take place")
                    onClicked: editor.held = false
                }
            }
            ProblemText { objectName: "heldProblem"; text: root.problemOf("held") }

            // Not held: why.
            Label {
                visible: !editor.held
                //: Question on the session log page above the reasons a session did not take place
                text: qsTr("Why not?")
                font.pixelSize: Theme.body
                font.bold: true
            }
            Flow {
                Layout.fillWidth: true
                visible: !editor.held
                spacing: Theme.spacing
                Repeater {
                    model: editor.reasons
                    FilterChip {
                        required property var modelData
                        objectName: "reason-" + modelData.id
                        checkable: false
                        checked: editor.notHeldReason === modelData.id
                        text: modelData.label
                        Accessible.name: modelData.label
                        onClicked: editor.notHeldReason = modelData.id
                    }
                }
            }
            ProblemText { visible: !editor.held && text.length > 0; text: root.problemOf("notHeldReason") }

            // Held: the counts.
            Button {
                id: lastTimeButton
                objectName: "sameAsLastTimeButton"
                Layout.fillWidth: true
                visible: editor.held && editor.lastTime.attendance !== undefined
                implicitHeight: Math.max(56, lastTimeLabel.implicitHeight + 24)
                topInset: 0
                bottomInset: 0
                //: Fills in the counts of this activity's previous session; %1 is how many took part then
                text: qsTr("Same as last time (%1)").arg(editor.lastTime.attendance)
                onClicked: editor.applyLastTime()
                contentItem: IconLabel {
                    id: lastTimeLabel
                    icon: "history"
                    text: lastTimeButton.text
                }
            }
            SessionCountsForm {
                id: counts
                Layout.fillWidth: true
                visible: editor.held
                editor: root.editor
            }

            //: Heading above the free note on the session log page
            SectionHeading { text: qsTr("Note (optional)") }
            TextArea {
                implicitHeight: Math.max(Theme.touch, contentHeight + topPadding + bottomPadding) // 48 px to touch
                objectName: "noteField"
                Layout.fillWidth: true
                wrapMode: TextEdit.Wrap
                font.pixelSize: Theme.body
                text: editor.note
                //: Placeholder of the note on the session log page
                placeholderText: qsTr("Anything to remember?")
                //: Accessible name of the free note field on the session log page
                Accessible.name: qsTr("Note (optional)")
                onTextChanged: if (text !== editor.note) editor.note = text
            }
            IconLabel {
                Layout.fillWidth: true
                icon: "lock"
                iconColor: Theme.muted
                //: Under the note on the session log page: the note is never synced, and must not name anyone
                text: qsTr("Stays on this device, never sent. Please write no names.")
            }
        }
    }

    footer: Pane {
        padding: Theme.spacing
        Material.elevation: 4
        ColumnLayout {
            width: parent.width
            spacing: 4
            ProblemText { objectName: "saveError"; text: editor.errorString }
            Label {
                Layout.fillWidth: true
                visible: editor.found && editor.problems.length > 0 && editor.errorString.length === 0
                //: Above the disabled Save button of the session log page; %n is how many problems are marked in red
                text: qsTr("%n thing(s) marked in red to fix before saving", "", editor.problems.length)
                color: Theme.muted
                font.pixelSize: Theme.small
                wrapMode: Text.Wrap
            }
            Button {
                objectName: "saveLogButton"
                Layout.fillWidth: true
                implicitHeight: Math.max(56, Theme.touch)
                highlighted: true
                enabled: editor.canSave
                font.pixelSize: Theme.large
                //: Stores the session log
                text: qsTr("Save")
                onClicked: root.save()
            }
        }
    }
}
