// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Resident
import Buurtplein.Worker

// Settings: the map for use without internet. The app carries the demo neighbourhood's
// streets; with a hub, the person fetches the map of their gemeente in one download
// (MapRegion, docs/map.md), sees how far it is, can stop it and go on later, update it
// when the hub has a newer one, and remove it. The position only orders the offers on
// the device; the hub learns which gemeente's map was fetched, nothing more.
ColumnLayout {
    id: root

    property QtObject region: MapRegion
    property QtObject sync: Sync
    // The offer the buttons act on: the one around the resident, else the one chosen.
    property int chosen: 0
    readonly property var offer: region.offers.length > chosen ? region.offers[chosen] : null
    readonly property bool busy: region.state === MapRegion.Downloading || region.state === MapRegion.Checking

    function look() {
        if (sync.configured)
            region.look(sync.hubUrl, NearMe.hasLocation, NearMe.lat, NearMe.lon)
    }

    spacing: 8
    Component.onCompleted: look()

    Label {
        objectName: "mapRegionStatus"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: Theme.body
        text: root.region.hasRegion
              //: Settings, offline map: the map on the device. %1 gemeente, %2 size such as "22.7 MB", %3 date
              ? qsTr("The map of %1 is on this device (%2, fetched %3). It works without internet.")
                    .arg(root.region.regionName).arg(root.region.sizeText(root.region.regionBytes))
                    .arg(root.region.fetchedAt.toLocaleDateString(Qt.locale(), Locale.ShortFormat))
              : root.sync.configured
                //: Settings, offline map: only the demo map is on the device, and a hub can send more
                ? qsTr("The map shows the streets of the Indische Buurt only. Fetch the map of where you live to see every street, also without internet.")
                //: Settings, offline map: only the demo map, and no hub to fetch another from
                : qsTr("The map shows the streets of the Indische Buurt only. With a hub, you can fetch the map of where you live.")
    }

    ComboBox {
        objectName: "mapRegionChoice"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touch
        visible: root.region.offers.length > 1 && !root.busy
        font.pixelSize: Theme.body
        model: root.region.offers.map(o => o.name)
        currentIndex: root.chosen
        onActivated: (index) => root.chosen = index
        //: Settings, offline map: screen-reader name of the choice of gemeente
        Accessible.name: qsTr("Gemeente of the map")
    }

    Button {
        objectName: "mapRegionDownload"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touch
        visible: root.offer !== null && !root.busy && (!root.offer.held || root.offer.newer)
        enabled: root.region.state === MapRegion.Idle
        font.pixelSize: Theme.body
        text: !root.offer ? ""
              : root.offer.newer
                //: Settings, offline map: button; %1 gemeente, %2 size such as "22.7 MB"
                ? qsTr("Update the map of %1 (%2)").arg(root.offer.name).arg(root.region.sizeText(root.offer.bytes))
                //: Settings, offline map: button; %1 gemeente, %2 size such as "22.7 MB"
                : qsTr("Fetch the map of %1 (%2)").arg(root.offer.name).arg(root.region.sizeText(root.offer.bytes))
        Accessible.name: text
        onClicked: root.region.download(root.offer.code)
    }

    ColumnLayout {
        objectName: "mapRegionProgress"
        Layout.fillWidth: true
        visible: root.busy
        spacing: 4

        ProgressBar {
            Layout.fillWidth: true
            from: 0
            to: Math.max(1, root.region.totalBytes)
            value: root.region.receivedBytes
            indeterminate: root.region.state === MapRegion.Checking
            //: Settings, offline map: screen-reader name of the download's progress bar
            Accessible.name: qsTr("Map download")
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.small
            text: root.region.state === MapRegion.Checking
                  //: Settings, offline map: the download is complete and being checked
                  ? qsTr("Checking the map…")
                  //: Settings, offline map: download progress; %1 and %2 are sizes such as "4.1 MB" and "22.7 MB"
                  : qsTr("%1 of %2 fetched. You can go on using the app.")
                        .arg(root.region.sizeText(root.region.receivedBytes)).arg(root.region.sizeText(root.region.totalBytes))
        }
        Button {
            objectName: "mapRegionCancel"
            Layout.minimumHeight: Theme.touch
            visible: root.region.state === MapRegion.Downloading
            font.pixelSize: Theme.body
            //: Settings, offline map: stops the download (it can go on later)
            text: qsTr("Stop")
            //: Settings, offline map: screen-reader name of the button that stops the download
            Accessible.name: qsTr("Stop the map download")
            onClicked: root.region.cancel()
        }
    }

    Label {
        objectName: "mapRegionProblem"
        Layout.fillWidth: true
        visible: text.length > 0
        text: root.region.problem
        color: Theme.cancelled
        font.pixelSize: Theme.small
        wrapMode: Text.Wrap
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        Button {
            objectName: "mapRegionLook"
            Layout.minimumHeight: Theme.touch
            visible: root.sync.configured && !root.busy
            enabled: root.region.state === MapRegion.Idle
            flat: true
            font.pixelSize: Theme.body
            //: Settings, offline map: asks the hub which maps it has (and whether a newer one exists)
            text: qsTr("Look for maps")
            Accessible.name: text
            onClicked: root.look()
        }
        Button {
            objectName: "mapRegionRemove"
            Layout.minimumHeight: Theme.touch
            visible: root.region.hasRegion && !root.busy
            flat: true
            font.pixelSize: Theme.body
            //: Settings, offline map: removes the fetched map from the device
            text: qsTr("Remove the map")
            Accessible.name: text
            onClicked: root.region.remove()
        }
    }
}
