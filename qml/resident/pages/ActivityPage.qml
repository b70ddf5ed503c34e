// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Resident

// One activity: what, when (its next dates, each joinable), where, for whom, access, who runs it.
Page {
    id: root

    property string activityUid
    property string occurrenceUid

    // Read again when the UI language changes: titles, labels and day names come from C++.
    readonly property string language: Language.code
    // Read again in another language, and after a sync changed the catalogue.
    readonly property string readKey: language + "/" + Catalogue.revision
    // Read off the UI thread: the page opens at once and fills when the answer comes.
    readonly property var info: record.record
    readonly property var place: info.place || ({})
    readonly property var sessions: record.sessions
    readonly property bool loaded: record.loaded
    property int revision: MyActivities.revision
    // In discreet mode, until the PIN is entered, no page shows what the resident joined.
    readonly property string seriesToken: revision >= 0 && !Discreet.locked ? MyActivities.tokenFor(activityUid, "") : ""
    readonly property real distance: NearMe.hasLocation && place.hasCoordinates
                                     ? Terms.distanceMetres(NearMe.lat, NearMe.lon, place.lat, place.lon) : -1

    signal placeOpened(string placeUid)

    CatalogueRecord {
        id: record

        catalogue: Catalogue
        kind: CatalogueRecord.Activity
        uid: root.activityUid
        // The next 6 dates.
        limit: 6
        readKey: root.readKey
    }

    title: info.title || ""
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
                icon: Terms.categoryIcon(root.info.category || "")
                color: Terms.categoryColor(root.info.category || "")
                title: root.info.title || ""
                subtitle: Terms.categoryLabel(root.info.category || "")
            }
            // Title and description kept their original language: no translation to the UI's.
            LanguageMark {
                Layout.fillWidth: true
                language: root.info.textLanguage || ""
            }
            Label {
                Layout.fillWidth: true
                text: root.info.description || ""
                font.pixelSize: Theme.body
                wrapMode: Text.Wrap
            }

            Flow {
                Layout.fillWidth: true
                spacing: 8
                Button {
                    objectName: "joinSeriesButton"
                    highlighted: true
                    enabled: !MyActivities.busy
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.body
                    text: root.seriesToken.length > 0
                          //: Leaves every date of an activity the resident joined as a whole
                          ? qsTr("Leave the series")
                          //: Joins every date of an activity at once
                          : qsTr("Join every time")
                    onClicked: root.seriesToken.length > 0 ? MyActivities.leave(root.seriesToken)
                                                           : MyActivities.joinSeries(root.activityUid)
                }
                Button {
                    objectName: "calendarButton"
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.body
                    //: Hands the activity (with a reminder) to the device's calendar
                    text: qsTr("Add to calendar")
                    onClicked: Handoff.addToCalendar(root.activityUid, root.occurrenceUid)
                }
                ReadAloudButton {
                    objectName: "readAloudButton"
                    activity: root.info
                    sessions: root.sessions
                }
            }

            //: Heading above the next dates of an activity
            SectionHeading { text: qsTr("When") }
            Repeater {
                model: root.sessions
                SessionDelegate {
                    Layout.fillWidth: true
                    activityUid: root.activityUid
                }
            }

            //: Heading above where an activity takes place
            SectionHeading { text: qsTr("Where") }
            ItemDelegate {
                Layout.fillWidth: true
                visible: !!root.place.uid
                padding: 0
                focusPolicy: Qt.StrongFocus
                Accessible.name: placeLabel.text
                onClicked: root.placeOpened(root.place.uid)
                contentItem: IconLabel {
                    id: placeLabel

                    icon: root.place.kindIcon || "place"
                    text: (root.place.name || "") + (root.distance >= 0 ? " · " + Terms.distanceText(root.distance) : "")
                    bold: true
                }
            }
            IconLabel { Layout.fillWidth: true; icon: "location_on"; text: root.place.address || "" }
            Button {
                objectName: "routeButton"
                visible: !!root.place.hasCoordinates
                implicitHeight: Theme.touch
                font.pixelSize: Theme.body
                //: Opens the device's maps app with a route to the place
                text: qsTr("Route")
                onClicked: Handoff.openRoute(root.place.lat, root.place.lon, root.place.name)
            }

            //: Heading above languages, audience, cost and access of an activity
            SectionHeading { text: qsTr("Good to know") }
            IconLabel {
                Layout.fillWidth: true
                icon: "translate"
                text: (root.info.languages || []).map(function(l) { return l.name }).join(", ")
            }
            IconLabel {
                Layout.fillWidth: true
                icon: "group"
                //: Who an activity is for, e.g. "For: Everyone"
                text: qsTr("For: %1").arg(Terms.audienceLabel(root.info.audience || "iedereen"))
                      + (root.info.ages ? " · " + root.info.ages : "")
            }
            IconLabel {
                Layout.fillWidth: true
                icon: "euro"
                text: (root.info.costText || "") + (root.info.costNote ? " · " + root.info.costNote : "")
            }
            IconLabel {
                Layout.fillWidth: true
                icon: "how_to_reg"
                text: root.info.registrationRequired
                      //: An activity one must sign up for in advance
                      ? qsTr("Sign up in advance")
                      //: An activity one can come to without signing up
                      : qsTr("Just walk in")
            }
            Repeater {
                model: root.place.accessibility || []
                IconLabel {
                    required property var modelData
                    Layout.fillWidth: true
                    icon: modelData.icon
                    text: modelData.label
                }
            }
            IconLabel {
                Layout.fillWidth: true
                icon: "record_voice_over"
                //: A host welcomes people at the activity
                text: root.info.hostPresent ? qsTr("A host welcomes you") : ""
            }
            IconLabel { Layout.fillWidth: true; icon: "groups"; text: root.info.organisation || "" }
            IconLabel { Layout.fillWidth: true; icon: "phone"; text: root.info.contact || "" }
        }
    }
}
