// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Worker

// The social worker's home: their organisation, what waits to be sent or logged, and
// the organisation's activities with the next session of each; a new one starts here.
Page {
    id: root

    //: Title of the social worker's home page
    title: qsTr("Work")
    padding: 0

    function openActivity(uid) {
        root.StackView.view.push(workerActivityPage, { activityUid: uid })
    }
    function newActivity() {
        root.StackView.view.push(activityEditorPage, { activityUid: "" })
    }

    OrganisationActivitiesModel {
        id: activities
        enrolment: Enrolment
    }

    Component { id: workerActivityPage; WorkerActivityPage {} }
    Component { id: activityEditorPage; ActivityEditorPage {} }

    // One activity of the organisation: its category, title, status when not running and
    // the next session, or its place when none is planned.
    component ActivityRow: ItemDelegate {
        id: row

        focusPolicy: Qt.StrongFocus // reachable with Tab

        FocusFrame {}

        required property string uid
        required property string title
        required property string categoryIcon
        required property string categoryColor
        required property string status
        required property string statusLabel
        required property string nextText
        required property bool hasNext
        required property string placeName

        objectName: "organisationActivity"
        width: column.width
        implicitHeight: Math.max(Theme.touch + 16, rowContent.implicitHeight + 16)
        leftPadding: 0
        rightPadding: 0
        Accessible.name: [title, status !== "active" ? statusLabel : "", hasNext ? nextText : placeName]
                         .filter(function(part) { return part.length > 0 }).join(", ")
        onClicked: root.openActivity(uid)

        contentItem: RowLayout {
            id: rowContent

            spacing: 12
            Rectangle {
                Layout.alignment: Qt.AlignTop
                // Fixed sizes: at large text the words need the room more than the icon.
                Layout.preferredWidth: 40
                Layout.preferredHeight: 40
                radius: width / 2
                color: row.status === "active" ? row.categoryColor : Theme.muted
                Icon { anchors.centerIn: parent; name: row.categoryIcon; size: 24; color: "white" }
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: row.title
                    font.pixelSize: Theme.large
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    visible: row.status !== "active"
                    text: row.statusLabel
                    font.pixelSize: Theme.small
                    font.bold: true
                    color: "white"
                    leftPadding: 8
                    rightPadding: 8
                    topPadding: 2
                    bottomPadding: 2
                    background: Rectangle { radius: height / 2; color: row.status === "ended" ? Theme.muted : Theme.moved }
                }
                Label {
                    Layout.fillWidth: true
                    text: row.hasNext ? row.nextText : row.placeName
                    font.pixelSize: Theme.body
                    color: Theme.muted
                    wrapMode: Text.Wrap
                }
            }
            Icon { visible: Theme.scale < 1.5; name: "chevron_right"; size: 24; color: Theme.muted }
        }
    }

    Flickable {
        id: flick

        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        ScrollBar.vertical: ScrollBar {}

        Column {
            id: column

            width: Math.min(flick.width, Theme.columnWidth) - 2 * Theme.margin
            x: (flick.width - width) / 2
            y: Theme.margin
            spacing: 12

            Column {
                width: parent.width
                Label {
                    width: parent.width
                    text: Enrolment.organisationName
                    font.pixelSize: Theme.title
                    font.bold: true
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                }
                Label {
                    width: parent.width
                    //: Under the organisation's name on the social worker's home page
                    text: qsTr("%n activity(ies)", "", activities.count)
                    font.pixelSize: Theme.small
                    color: Theme.muted
                    wrapMode: Text.Wrap
                }
            }
            SyncStatusCard { width: parent.width }
            UnloggedSessionsCard { width: parent.width }
            Button {
                id: newButton

                objectName: "newActivityButton"
                width: parent.width
                implicitHeight: Theme.touch + 8
                highlighted: true
                //: Starts a new activity of the social worker's organisation
                text: qsTr("New activity")
                Accessible.name: text
                contentItem: Item {
                    implicitWidth: newRow.implicitWidth
                    implicitHeight: newRow.implicitHeight
                    Row {
                        id: newRow

                        anchors.centerIn: parent
                        spacing: 8
                        Icon { anchors.verticalCenter: parent.verticalCenter; name: "add"; color: "white" }
                        Label {
                            anchors.verticalCenter: parent.verticalCenter
                            text: newButton.text
                            font.pixelSize: Theme.large
                            font.bold: true
                            font.capitalization: Font.MixedCase
                            color: "white"
                        }
                    }
                }
                onClicked: root.newActivity()
            }
            //: Heading above the list of the organisation's activities
            SectionHeading { width: parent.width; text: qsTr("Your activities") }
            // Dozens of activities: a piece of a title, a place or a category finds one.
            TextField {
                objectName: "activityFilter"
                width: parent.width
                visible: activities.total > 8
                implicitHeight: Math.max(Theme.touch, contentHeight + topPadding + bottomPadding)
                font.pixelSize: Theme.body
                //: Search field above a long list of the organisation's activities
                placeholderText: qsTr("Find an activity, place or category")
                Accessible.name: placeholderText
                inputMethodHints: Qt.ImhNoPredictiveText
                onTextChanged: activities.filterText = text
            }
            Label {
                objectName: "noActivitiesLabel"
                width: parent.width
                visible: activities.count === 0
                text: activities.total > 0
                      //: The search over the organisation's activities found none; %1 is the text typed
                      ? qsTr("No activity, place or category holds “%1”.").arg(activities.filterText)
                      //: Empty state of the social worker's list of activities
                      : qsTr("Your organisation has no activities in Buurtplein yet. Start the first with New activity.")
                font.pixelSize: Theme.body
                color: Theme.muted
                wrapMode: Text.Wrap
                bottomPadding: Theme.margin
            }
            Column {
                width: parent.width
                Repeater {
                    id: list

                    objectName: "organisationActivities"
                    model: activities
                    delegate: ActivityRow {}
                }
            }
        }
    }
}
