// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Resident

// The map of meeting places around the resident (or around the neighbourhood).
Page {
    id: root

    signal placeOpened(string placeUid)

    //: Title of the map page
    title: qsTr("Map")
    padding: 0

    function centre() {
        if (NearMe.hasLocation)
            map.centreOn(NearMe.lat, NearMe.lon)
        else
            map.centreOn(Places.centreLat, Places.centreLon)
    }

    // Centred on the resident (or the neighbourhood) at @p zoom (12-19), for a link or a picture.
    function showAtZoom(zoom) {
        if (!(zoom >= map.minZoom && zoom <= map.maxZoom))
            return
        map.pendingFrame = null
        centre()
        map.zoom = zoom
    }

    // Opens on the resident (or the neighbourhood) with the nearest places that have activities.
    Component.onCompleted: {
        const me = NearMe
        const lat = me.hasLocation ? me.lat : Places.centreLat
        const lon = me.hasLocation ? me.lon : Places.centreLon
        map.frame(Places.frameAround(lat, lon, 4))
    }

    MapCanvas {
        id: map
        objectName: "mapCanvas"
        places: Places
        tileSource: MapRegion.source

        anchors.fill: parent
        hasMe: NearMe.hasLocation
        meLat: NearMe.lat
        meLon: NearMe.lon
        onPlaceOpened: (uid) => root.placeOpened(uid)
    }

    Column {
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        spacing: 8

        RoundButton {
            objectName: "placesListButton"
            width: Theme.touch; height: Theme.touch
            visible: Places.count > 0
            contentItem: Icon { name: "view_list" }
            //: Map button: the places shown on the map as a list (for screen readers and anyone); %n is how many
            Accessible.name: qsTr("List the %n place(s) on the map", "", Places.count)
            onClicked: placesList.open()
        }
        RoundButton {
            width: Theme.touch; height: Theme.touch
            contentItem: Icon { name: "add" }
            //: Map button
            Accessible.name: qsTr("Zoom in")
            onClicked: map.zoomBy(1)
        }
        RoundButton {
            width: Theme.touch; height: Theme.touch
            contentItem: Icon { name: "remove" }
            //: Map button
            Accessible.name: qsTr("Zoom out")
            onClicked: map.zoomBy(-1)
        }
        RoundButton {
            width: Theme.touch; height: Theme.touch
            highlighted: NearMe.hasLocation
            contentItem: Icon { name: "my_location"; color: parent.highlighted ? "white" : Theme.primary }
            //: Map button: centre the map on the resident
            Accessible.name: qsTr("Centre on me")
            onClicked: root.centre()
        }
    }

    // The places on the map as a list: the path a screen reader takes through the map, and a
    // quicker one for anyone who knows the name they look for.
    Drawer {
        id: placesList
        objectName: "placesList"
        edge: Qt.BottomEdge
        width: root.width
        height: Math.min(root.height * 0.7, listView.contentHeight + heading.height + 2 * Theme.margin)
        modal: true

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: 4
            Label {
                id: heading
                Layout.fillWidth: true
                //: Heading of the list of places shown on the map; %n is how many
                text: qsTr("%n place(s) on the map", "", Places.count)
                font.pixelSize: Theme.large
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            ListView {
                id: listView
                objectName: "placesListView"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: Places
                delegate: ItemDelegate {
                    required property string uid
                    required property string name
                    required property int sessionCount
                    width: ListView.view.width
                    text: sessionCount > 0
                          //: A place in the map's list: its name and how many sessions it has coming
                          ? qsTr("%1 · %n session(s) coming", "", sessionCount).arg(name)
                          : name
                    font.pixelSize: Theme.body
                    onClicked: {
                        placesList.close()
                        root.placeOpened(uid)
                    }
                }
            }
        }
    }

    Label {
        anchors.top: parent.top
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.margins: Theme.margin
        padding: 6
        visible: Places.count === 0
        //: The map has no places to show around this point
        text: qsTr("No meeting places around here.")
        font.pixelSize: Theme.body
        background: Rectangle { color: "white"; radius: 4 }
    }
}
