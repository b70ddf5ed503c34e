// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Resident

// One meeting place: kind, address, opening hours, access, and what happens there soon.
Page {
    id: root

    property string placeUid

    // Read again when the UI language changes: labels and day names come from C++.
    readonly property string language: Language.code
    // Read again in another language, and after a sync changed the catalogue.
    readonly property string readKey: language + "/" + Catalogue.revision
    // Read off the UI thread: the page opens at once and fills when the answer comes.
    readonly property var info: record.record
    readonly property var sessions: record.sessions
    readonly property bool loaded: record.loaded
    readonly property real distance: NearMe.hasLocation && info.hasCoordinates
                                     ? Terms.distanceMetres(NearMe.lat, NearMe.lon, info.lat, info.lon) : -1

    signal activityOpened(string activityUid, string occurrenceUid)

    CatalogueRecord {
        id: record

        catalogue: Catalogue
        kind: CatalogueRecord.Place
        uid: root.placeUid
        // The next 21 days.
        limit: 21
        readKey: root.readKey
    }

    title: info.name || ""
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
            spacing: 10

            PageHeading {
                Layout.fillWidth: true
                icon: root.info.kindIcon || "place"
                color: Theme.primary
                title: root.info.name || ""
                subtitle: root.info.kindLabel || ""
            }

            IconLabel {
                Layout.fillWidth: true
                icon: "location_on"
                text: (root.info.address || "") + (root.distance >= 0 ? " · " + Terms.distanceText(root.distance) : "")
            }
            IconLabel {
                Layout.fillWidth: true
                icon: "schedule"
                //: Opening hours of a place, in OpenStreetMap notation such as "Mo-Fr 09:00-17:00"
                text: root.info.openingHours ? qsTr("Open: %1").arg(root.info.openingHours) : ""
            }
            Button {
                visible: !!root.info.hasCoordinates
                implicitHeight: Theme.touch
                font.pixelSize: Theme.body
                //: Opens the device's maps app with a route to the place
                text: qsTr("Route")
                onClicked: Handoff.openRoute(root.info.lat, root.info.lon, root.info.name)
            }

            //: Heading above the accessibility features of a place
            SectionHeading { text: qsTr("Access"); visible: (root.info.accessibility || []).length > 0 }
            Repeater {
                model: root.info.accessibility || []
                IconLabel {
                    required property var modelData
                    Layout.fillWidth: true
                    icon: modelData.icon
                    text: modelData.label
                }
            }

            //: Heading above the sessions at a place in the coming weeks
            SectionHeading { text: qsTr("Coming weeks") }
            Label {
                Layout.fillWidth: true
                visible: root.sessions.length === 0
                //: A place with no sessions in the coming weeks
                text: qsTr("Nothing planned here in the coming weeks.")
                font.pixelSize: Theme.body
                wrapMode: Text.Wrap
            }
            Repeater {
                model: root.sessions
                PlaceSessionDelegate {
                    Layout.fillWidth: true
                    onOpened: (activityUid, occurrenceUid) => root.activityOpened(activityUid, occurrenceUid)
                }
            }
        }
    }
}
