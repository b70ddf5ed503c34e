// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Resident

// Where "near me" is: the device's position (asked for, with the reason), else a chosen
// neighbourhood or a typed postcode. Only this device keeps the choice.
ColumnLayout {
    id: root

    property var nearMe: NearMe
    // The areas whose name holds what is typed in areaSearch, asked once per change of the text.
    readonly property var areaMatches: areaSearch.text.trim().length > 0 ? nearMe.findAreas(areaSearch.text, 6) : []

    spacing: 8

    IconLabel {
        Layout.fillWidth: true
        icon: root.nearMe.hasLocation ? "location_on" : "location_off"
        bold: true
        text: root.nearMe.hasLocation
              //: Where distances are measured from; %1 is a neighbourhood, postcode or "Your position"
              ? qsTr("Distances from: %1").arg(root.nearMe.label)
              //: The resident has not chosen where "near me" is
              : qsTr("No location set: distances are not shown.")
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: Theme.small
        color: Theme.muted
        //: Why the app asks for the position, shown before the system's permission question
        text: qsTr("Buurtplein uses your position only on this device, to show what is near you. It is never sent anywhere.")
    }
    Button {
        objectName: "usePositionButton"
        implicitHeight: Theme.touch
        font.pixelSize: Theme.body
        //: Asks the device for the resident's position
        text: qsTr("Use my position")
        onClicked: root.nearMe.usePosition()
    }
    Label {
        objectName: "positionMessage"
        Layout.fillWidth: true
        visible: text.length > 0
        wrapMode: Text.Wrap
        font.pixelSize: Theme.small
        color: Theme.accent
        text: root.nearMe.positionState === NearMe.Asking
              //: While the system asks the resident whether the app may use the position
              ? qsTr("Waiting for your answer…")
              : root.nearMe.positionState === NearMe.Waiting
                //: While the device looks for a position fix
                ? qsTr("Looking for your position…")
                : root.nearMe.message
    }

    //: Heading of the fallback: pick a neighbourhood
    SectionHeading { text: qsTr("Or choose your neighbourhood") }
    // Typing part of the name lists the best matches to tap; the list below holds them all.
    TextField {
        id: areaSearch

        implicitHeight: Math.max(Theme.touch, contentHeight + topPadding + bottomPadding) // 48 px to touch
        objectName: "areaSearch"
        Layout.fillWidth: true
        font.pixelSize: Theme.body
        //: Placeholder of the field that finds a neighbourhood by (part of) its name
        placeholderText: qsTr("Type (part of) its name")
        //: Screen reader name of the field that finds a neighbourhood by name
        Accessible.name: qsTr("Find your neighbourhood")
        inputMethodHints: Qt.ImhNoPredictiveText
    }
    Repeater {
        model: root.areaMatches
        delegate: ItemDelegate {
            required property var modelData

            objectName: "areaMatch"
            Layout.fillWidth: true
            implicitHeight: Math.max(Theme.touch, implicitContentHeight + topPadding + bottomPadding)
            font.pixelSize: Theme.body
            text: modelData.name
            Accessible.name: modelData.name
            onClicked: {
                if (root.nearMe.chooseArea(modelData.code))
                    areaSearch.text = ""
            }
        }
    }
    Label {
        objectName: "noAreaMatch"
        Layout.fillWidth: true
        visible: areaSearch.text.trim().length > 0 && root.areaMatches.length === 0
        wrapMode: Text.Wrap
        color: Theme.muted
        //: No neighbourhood name holds the typed text
        text: qsTr("No neighbourhood by that name. Try part of the name, or your postcode below.")
    }
    ComboBox {
        id: areas

        objectName: "areaBox"
        //: Screen reader name of the list of neighbourhoods in the location settings
        Accessible.name: qsTr("Your neighbourhood")
        Layout.fillWidth: true
        font.pixelSize: Theme.body
        model: root.nearMe.areas
        textRole: "name"
        valueRole: "code"
        //: The neighbourhood list before one is chosen
        displayText: root.nearMe.mode === "area" ? root.nearMe.label : qsTr("Choose…")
        currentIndex: -1
        onActivated: (index) => root.nearMe.chooseArea(valueAt(index))
    }

    //: Heading of the fallback: type a postcode
    SectionHeading { text: qsTr("Or type your postcode") }
    RowLayout {
        Layout.fillWidth: true
        TextField {
            id: postcode

            implicitHeight: Math.max(Theme.touch, contentHeight + topPadding + bottomPadding) // 48 px to touch
            objectName: "postcodeField"
            Layout.fillWidth: true
            font.pixelSize: Theme.body
            placeholderText: "1094 AB"
            inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
            onAccepted: root.nearMe.usePostcode(text)
        }
        Button {
            implicitHeight: Theme.touch
            font.pixelSize: Theme.body
            //: Uses the typed postcode
            text: qsTr("Use")
            onClicked: root.nearMe.usePostcode(postcode.text)
        }
    }
    Button {
        visible: root.nearMe.hasLocation
        flat: true
        implicitHeight: Theme.touch
        font.pixelSize: Theme.body
        //: Forgets the resident's location choice
        text: qsTr("Forget my location")
        onClicked: root.nearMe.forget()
    }
}
