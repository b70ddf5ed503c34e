// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Resident

// Home: the coming days' sessions, grouped by day. Pull down to read the catalogue again.
Page {
    id: root

    property var model: Upcoming
    property string sourceNote: Catalogue.sourceNote

    signal activityOpened(string activityUid, string occurrenceUid)
    signal locationRequested()

    //: Home page heading: what happens in the neighbourhood this week
    title: qsTr("This week in the neighbourhood")
    padding: 0

    ListView {
        id: list

        objectName: "upcomingList"

        // One readable column on a desktop window, the full width on a phone.
        width: Math.min(parent.width, Theme.columnWidth)
        height: parent.height
        anchors.horizontalCenter: parent.horizontalCenter
        model: root.model
        clip: true
        boundsBehavior: Flickable.DragOverBounds
        delegate: OccurrenceDelegate {
            width: ListView.view.width
            onOpened: (activityUid, occurrenceUid) => root.activityOpened(activityUid, occurrenceUid)
        }
        section.property: "day"
        section.criteria: ViewSection.FullString
        section.delegate: SectionHeading {
            required property string section

            width: ListView.view.width
            leftPadding: Theme.margin
            text: section
        }
        header: ItemDelegate {
            id: locationInvite

            width: ListView.view.width
            visible: !NearMe.hasLocation
            height: visible ? implicitHeight : 0
            focusPolicy: Qt.StrongFocus
            Accessible.name: inviteLabel.text
            contentItem: IconLabel {
                id: inviteLabel

                icon: "my_location"
                //: Invitation on the home page to set where the resident lives, to see distances
                text: qsTr("Show distances: set where you are")
            }
            onClicked: root.locationRequested()
        }
        footer: Label {
            width: ListView.view.width
            padding: Theme.margin
            wrapMode: Text.WordWrap
            text: root.sourceNote
            font.pixelSize: Theme.small
            color: Theme.muted
        }
        onDragEnded: if (verticalOvershoot < -80 && root.model) root.model.reload()

        BusyIndicator {
            anchors.horizontalCenter: parent.horizontalCenter
            y: Math.max(0, -list.verticalOvershoot - height)
            visible: list.verticalOvershoot < -20
            running: visible
        }

        Label {
            anchors.centerIn: parent
            visible: list.count === 0
            width: parent.width - 48
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.body
            //: Shown when the catalogue has nothing in the coming days
            text: qsTr("Nothing planned in the coming days.")
        }
    }
}
