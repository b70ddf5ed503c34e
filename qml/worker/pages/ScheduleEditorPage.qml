// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Worker

// One schedule of an activity, said in words: how often, on which days, from when to
// when, which holidays to skip. The sentence and the next ten sessions follow every
// choice; Save writes it and goes back.
Page {
    id: root

    property string activityUid
    property string scheduleUid
    // "Add schedule": a new one beside the activity's others, never the first one again.
    property bool addNew: false
    readonly property ScheduleEditor editor: editor

    //: Title of the page that edits when an activity takes place
    title: qsTr("Schedule")
    padding: 0

    ScheduleEditor {
        id: editor

        enrolment: Enrolment
        onSaved: if (root.StackView.view) root.StackView.view.pop()
    }
    Component.onCompleted: root.addNew ? editor.loadNew(root.activityUid) : editor.load(root.activityUid, root.scheduleUid)

    Flickable {
        id: flickable

        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true

        ColumnLayout {
            id: column

            width: Math.min(flickable.width, Theme.columnWidth) - 2 * Theme.margin
            x: (flickable.width - width) / 2
            y: Theme.margin
            spacing: Theme.spacing

            BodySentence {
                objectName: "importedNote"
                visible: editor.replaceOnly
                color: Theme.moved
                text: editor.importedDescription
            }
            Label {
                objectName: "scheduleDescription"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: Theme.title
                font.bold: true
                color: Theme.primary
                text: editor.description
            }

            ScheduleKindForm { editor: root.editor; Layout.fillWidth: true }
            ScheduleTimeForm { editor: root.editor; Layout.fillWidth: true }
            ScheduleHolidayOffers { editor: root.editor; Layout.fillWidth: true }
            SchedulePreviewList { editor: root.editor; Layout.fillWidth: true }

            BodySentence {
                objectName: "scheduleProblem"
                visible: text.length > 0
                color: Theme.cancelled
                font.bold: true
                text: editor.problem.length > 0 ? editor.problem : editor.errorString
            }
            Button {
                objectName: "saveSchedule"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                //: Saves the schedule and goes back
                text: editor.replaceOnly ? qsTr("Save and replace") : qsTr("Save")
                Accessible.name: text
                font.pixelSize: Theme.large
                highlighted: true
                enabled: editor.problem === ""
                onClicked: editor.save()
            }
        }
    }
}
