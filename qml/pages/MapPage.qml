// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein

// The map of meeting places around the resident (or around the neighbourhood).
Page {
    id: root

    signal placeOpened(string placeUid)

    //: Title of the map page
    title: qsTr("Map")
    padding: 0

    function centre() {
        if (AppContext.nearMe.hasLocation)
            map.centreOn(AppContext.nearMe.lat, AppContext.nearMe.lon)
        else
            map.centreOn(AppContext.places.centreLat, AppContext.places.centreLon)
    }

    // Opens on the resident (or the neighbourhood) with the nearest places that have activities.
    Component.onCompleted: {
        const me = AppContext.nearMe
        const lat = me.hasLocation ? me.lat : AppContext.places.centreLat
        const lon = me.hasLocation ? me.lon : AppContext.places.centreLon
        map.frame(AppContext.places.frameAround(lat, lon, 4))
    }

    MapCanvas {
        id: map
        objectName: "mapCanvas"

        anchors.fill: parent
        hasMe: AppContext.nearMe.hasLocation
        meLat: AppContext.nearMe.lat
        meLon: AppContext.nearMe.lon
        onPlaceOpened: (uid) => root.placeOpened(uid)
    }

    Column {
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        spacing: 8

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
            highlighted: AppContext.nearMe.hasLocation
            contentItem: Icon { name: "my_location"; color: parent.highlighted ? "white" : Theme.primary }
            //: Map button: centre the map on the resident
            Accessible.name: qsTr("Centre on me")
            onClicked: root.centre()
        }
    }

    Label {
        anchors.top: parent.top
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.margins: Theme.margin
        padding: 6
        visible: AppContext.places.count === 0
        //: The map has no places to show around this point
        text: qsTr("No meeting places around here.")
        font.pixelSize: Theme.body
        background: Rectangle { color: "white"; radius: 4 }
    }
}
