// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Worker

// A new or existing activity of the social worker's organisation, in sections: what, its
// translations, for whom, where, and the practical side. Problems show beside their
// field and together above Save, which waits until there are none.
Page {
    id: root

    property string activityUid

    title: editor.isNew
           //: Title of the activity editor for a new activity
           ? qsTr("New activity")
           //: Title of the activity editor for an existing activity
           : qsTr("Edit activity")
    padding: 0

    function save() {
        if (editor.save().length > 0)
            root.StackView.view.pop()
    }

    ActivityEditor {
        id: editor
        enrolment: Enrolment
    }
    Component.onCompleted: editor.load(activityUid)

    Flickable {
        id: flick

        objectName: "editorFlickable"
        anchors.fill: parent
        contentHeight: form.implicitHeight + 2 * Theme.margin
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: form

            width: Math.min(flick.width, Theme.columnWidth) - 2 * Theme.margin
            x: (flick.width - width) / 2
            y: Theme.margin
            spacing: 6

            ActivityWhatSection { editor: editor; Layout.fillWidth: true }
            ActivityTranslationsSection { editor: editor; Layout.fillWidth: true }
            ActivityWhoSection { editor: editor; Layout.fillWidth: true }

            //: Section of the activity editor: the default place
            SectionHeading { Layout.fillWidth: true; text: qsTr("Where") }
            PlacePicker { Layout.fillWidth: true; editor: editor }

            ActivityPracticalSection { editor: editor; Layout.fillWidth: true }

            Frame {
                objectName: "problemsFrame"
                Layout.fillWidth: true
                Layout.topMargin: 12
                visible: editor.problems.length > 0 || editor.errorString.length > 0
                background: Rectangle { color: "#fdecea"; radius: 8 }
                ColumnLayout {
                    width: parent.width
                    spacing: 4
                    Repeater {
                        model: editor.problems
                        IconLabel {
                            required property var modelData
                            Layout.fillWidth: true
                            icon: "error_outline"
                            iconColor: Theme.cancelled
                            text: modelData.message
                        }
                    }
                    IconLabel {
                        objectName: "saveError"
                        Layout.fillWidth: true
                        icon: "sync_problem"
                        iconColor: Theme.cancelled
                        text: editor.errorString
                    }
                }
            }
            Button {
                objectName: "saveButton"
                Layout.fillWidth: true
                Layout.topMargin: 8
                implicitHeight: Theme.touch + 8
                highlighted: true
                enabled: editor.canSave
                font.pixelSize: Theme.large
                //: Saves the activity in the editor
                text: qsTr("Save")
                onClicked: root.save()
            }
        }
    }
}
