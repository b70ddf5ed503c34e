// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Resident

// The map of meeting places around the resident (or around the neighbourhood). It is
// also where the resident picks "my neighbourhood" on the buurten's outlines (from the
// map package on the device: the demo's, or the gemeente's they fetched): tap a buurt,
// see its name, confirm.
Page {
    id: root

    signal placeOpened(string placeUid)

    // Picking a buurt on its outline; the one tapped, not yet confirmed.
    property bool choosing: false
    property string pickedArea: ""
    readonly property var picked: pickedArea.length > 0 ? MapRegion.outlines.outline(pickedArea) : ({})

    function startChoosing() {
        // The buurt chosen before, when it is one of these outlines (the list's may be of an older division).
        const current = NearMe.areaCode()
        pickedArea = MapRegion.outlines.outline(current).code !== undefined ? current : ""
        choosing = true
        // A few buurten in view, around the resident.
        frameTicket = -1
        map.pendingFrame = null
        centre()
        map.zoom = 15
    }
    function confirmChoice() {
        if (NearMe.chooseOutlinedArea(picked.code, picked.name, picked.lat, picked.lon)) {
            choosing = false
            map.centreOn(picked.lat, picked.lon)
        }
    }

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
        frameTicket = -1
        map.pendingFrame = null
        centre()
        map.zoom = zoom
    }

    // Opens on the resident (or where the map last loaded), then frames the nearest places
    // that have activities when the map's reading thread answers (frameTicket: the
    // question still wanted; choosing a buurt or a zoom link cancels it).
    property int frameTicket: -1
    Component.onCompleted: {
        const me = NearMe
        const known = me.hasLocation || Places.centreLat !== 0
        const lat = me.hasLocation ? me.lat : (known ? Places.centreLat : NaN)
        const lon = me.hasLocation ? me.lon : (known ? Places.centreLon : NaN)
        if (known)
            map.centreOn(lat, lon)
        frameTicket = Places.frameAround(lat, lon, 4)
    }
    Connections {
        target: Places
        function onFramed(ticket, frame) {
            if (ticket !== root.frameTicket)
                return
            root.frameTicket = -1
            map.frame(frame)
        }
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
        areaOutlines: root.choosing ? MapRegion.outlines : null
        highlightedArea: root.pickedArea
        onAreaTapped: (code) => root.pickedArea = code
    }

    // While choosing: what to do, then the buurt tapped and the button that keeps it.
    Pane {
        objectName: "areaChooserCard"
        visible: root.choosing
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.margin
        padding: Theme.margin
        Material.elevation: 2
        background: Rectangle { color: "white"; radius: 6 }

        ColumnLayout {
            anchors.fill: parent
            spacing: 8
            Label {
                objectName: "areaChooserText"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: Theme.body
                font.bold: root.pickedArea.length > 0
                text: root.pickedArea.length > 0
                      ? root.picked.name
                      //: Map, choosing the resident's neighbourhood: what to do
                      : qsTr("Tap your neighbourhood on the map.")
                Accessible.role: Accessible.StaticText
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Button {
                    objectName: "areaChooserConfirm"
                    Layout.minimumHeight: Theme.touch
                    visible: root.pickedArea.length > 0
                    highlighted: true
                    font.pixelSize: Theme.body
                    //: Map, choosing the resident's neighbourhood: keeps the buurt tapped
                    text: qsTr("This is my neighbourhood")
                    Accessible.name: text
                    onClicked: root.confirmChoice()
                }
                Button {
                    objectName: "areaChooserCancel"
                    Layout.minimumHeight: Theme.touch
                    flat: true
                    font.pixelSize: Theme.body
                    //: Map, choosing the resident's neighbourhood: stops choosing
                    text: qsTr("Cancel")
                    Accessible.name: text
                    onClicked: root.choosing = false
                }
            }
        }
    }

    Column {
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        spacing: 8

        RoundButton {
            objectName: "chooseAreaButton"
            width: Theme.touch; height: Theme.touch
            visible: MapRegion.outlines.count > 0 && !root.choosing
            contentItem: Icon { name: "edit_location" }
            //: Map button: pick the resident's neighbourhood on the buurten's outlines
            Accessible.name: qsTr("Choose my neighbourhood on the map")
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
            onClicked: root.startChoosing()
        }
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
        visible: Places.count === 0 && !root.choosing
        //: The map has no places to show around this point
        text: qsTr("No meeting places around here.")
        font.pixelSize: Theme.body
        background: Rectangle { color: "white"; radius: 4 }
    }
}
