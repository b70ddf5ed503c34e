// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Worker

// On the worker home page: the past sessions that still need a log, newest first. Three
// rows, the rest behind "Show all"; each row opens the session's log. Hidden when none.
Frame {
    id: root

    // The stack the log pages are pushed on; found from the card's ancestors when not set.
    property StackView stackView: null
    readonly property int count: sessions.count
    property bool expanded: false

    function openLog(occurrenceUid) {
        let view = root.stackView
        for (let p = root.parent; !view && p; p = p.parent) {
            if (p instanceof StackView)
                view = p
        }
        if (view)
            view.push(logPage, { occurrenceUid: occurrenceUid })
    }

    visible: count > 0
    padding: Theme.margin
    background: Rectangle {
        color: Theme.surface
        radius: 8
        border.color: Theme.accent
        border.width: 1
    }

    UnloggedSessionsModel {
        id: sessions
        enrolment: Enrolment
    }
    Component { id: logPage; SessionLogPage {} }

    ColumnLayout {
        width: parent.width
        spacing: 4

        IconLabel {
            Layout.fillWidth: true
            icon: "edit_note"
            iconColor: Theme.accent
            bold: true
            //: Heading of the reminder on the worker home page; %n is the number of past sessions without a log
            text: qsTr("%n session(s) still need a log", "", root.count)
        }
        Repeater {
            model: sessions
            ItemDelegate {
                required property int index

                focusPolicy: Qt.StrongFocus // reachable with Tab

                FocusFrame {}
                required property string occurrenceUid
                required property string title
                required property string dateLabel

                objectName: "unlogged-" + occurrenceUid
                Layout.fillWidth: true
                visible: index < 3 || root.expanded
                leftPadding: 0
                rightPadding: 0
                //: Accessible name of a session in the "still need a log" list; %1 is its title, %2 its day and time
                Accessible.name: qsTr("Log %1, %2").arg(title).arg(dateLabel)
                onClicked: root.openLog(occurrenceUid)
                contentItem: RowLayout {
                    spacing: Theme.spacing
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            Layout.fillWidth: true
                            text: title
                            font.pixelSize: Theme.body
                            font.bold: true
                            wrapMode: Text.Wrap
                        }
                        Label {
                            Layout.fillWidth: true
                            text: dateLabel
                            font.pixelSize: Theme.small
                            color: Theme.muted
                            wrapMode: Text.Wrap
                        }
                    }
                    Icon { name: "chevron_right"; color: Theme.primary }
                }
            }
        }
        Button {
            objectName: "showAllUnloggedButton"
            visible: root.count > 3
            flat: true
            implicitHeight: Theme.touch
            font.pixelSize: Theme.body
            font.capitalization: Font.MixedCase
            text: root.expanded
                  //: Folds the list of sessions still to log back to three
                  ? qsTr("Show fewer")
                  //: Shows every session still to log; %n is how many there are
                  : qsTr("Show all %n", "", root.count)
            onClicked: root.expanded = !root.expanded
        }
    }
}
