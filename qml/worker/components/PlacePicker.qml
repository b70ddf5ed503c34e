// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Worker

// Where an activity meets: a place from the catalogue, found by name or street, or no
// fixed place (each session then says where it is). Reads and writes an ActivityEditor.
ColumnLayout {
    id: root

    required property ActivityEditor editor
    readonly property var results: search.text.length > 0 ? editor.findPlaces(search.text, 6) : []

    spacing: 8

    RowLayout {
        Layout.fillWidth: true
        spacing: 8
        Label {
            id: noFixedLabel

            Layout.fillWidth: true
            //: Switch in the activity editor: the activity has no default place
            text: qsTr("No fixed place — the place is given per session")
            font.pixelSize: Theme.body
            wrapMode: Text.Wrap
        }
        Switch {
            objectName: "noFixedPlaceSwitch"
            checked: root.editor.noFixedPlace
            onToggled: root.editor.noFixedPlace = checked
            Accessible.name: noFixedLabel.text
        }
    }

    Frame {
        Layout.fillWidth: true
        visible: !root.editor.noFixedPlace
        padding: 12
        background: Rectangle { color: Theme.surface; radius: 8 }

        ColumnLayout {
            width: parent.width
            spacing: 2
            IconLabel {
                Layout.fillWidth: true
                icon: "place"
                text: root.editor.placeName.length > 0
                      ? root.editor.placeName
                      //: The activity editor before a place is chosen
                      : qsTr("No place chosen yet")
                bold: root.editor.placeName.length > 0
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.iconSize + 12
                visible: text.length > 0
                text: root.editor.placeAddress
                font.pixelSize: Theme.small
                color: Theme.muted
                wrapMode: Text.Wrap
            }
        }
    }

    TextField {
        id: search

        implicitHeight: Math.max(Theme.touch, contentHeight + topPadding + bottomPadding) // 48 px to touch
        objectName: "placeSearchField"
        Layout.fillWidth: true
        visible: !root.editor.noFixedPlace
        font.pixelSize: Theme.body
        //: Search field of the place picker in the activity editor
        placeholderText: root.editor.placeUid.length > 0 ? qsTr("Search another place by name or street")
                                                         //: Search field of the place picker in the activity editor
                                                         : qsTr("Search a place by name or street")
        Accessible.name: placeholderText
        inputMethodHints: Qt.ImhNoPredictiveText
    }

    Repeater {
        model: root.editor.noFixedPlace ? [] : root.results

        ItemDelegate {
            required property var modelData

            objectName: "placeResult"
            focusPolicy: Qt.StrongFocus // reachable with Tab
            Layout.fillWidth: true
            implicitHeight: Math.max(Theme.touch, resultText.implicitHeight + 12)
            leftPadding: 0
            Accessible.name: modelData.name + ", " + modelData.address
            onClicked: {
                root.editor.placeUid = modelData.uid
                search.text = ""
            }
            contentItem: RowLayout {
                id: resultText

                spacing: 12
                Icon { Layout.preferredWidth: Theme.iconSize; name: modelData.kindIcon; color: Theme.primary }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        text: modelData.name
                        font.pixelSize: Theme.body
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: [modelData.kindLabel, modelData.address].filter(function(p) { return p.length > 0 }).join(" · ")
                        font.pixelSize: Theme.small
                        color: Theme.muted
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }

    Label {
        Layout.fillWidth: true
        visible: !root.editor.noFixedPlace && search.text.trim().length > 0 && root.results.length === 0
        //: The place picker found nothing for what was typed
        text: qsTr("No place found. Try part of the name or the street.")
        font.pixelSize: Theme.small
        color: Theme.muted
        wrapMode: Text.Wrap
    }
}
