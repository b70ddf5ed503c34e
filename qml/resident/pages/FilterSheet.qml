// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Resident

// The search filters beyond the category chips: language, audience, cost, access, day,
// part of day and distance. Slides up from the bottom; every choice applies at once.
Drawer {
    id: root

    property var model

    edge: Qt.BottomEdge
    width: parent ? parent.width : 360
    height: parent ? Math.min(parent.height * 0.85, content.implicitHeight + 32) : 600
    modal: true

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            id: content

            width: Math.min(parent.width, Theme.columnWidth) - 2 * Theme.margin
            x: (parent.width - width) / 2
            spacing: 4

            //: Filter group: languages spoken at the activity
            SectionHeading { text: qsTr("Language spoken") }
            Flow {
                Layout.fillWidth: true
                spacing: 8
                Repeater {
                    model: Terms.languages()
                    FilterChip {
                        required property var modelData
                        objectName: "languageChip-" + modelData.id
                        text: modelData.label
                        checked: root.model.languages.indexOf(modelData.id) >= 0
                        onClicked: root.model.toggleLanguage(modelData.id)
                    }
                }
            }

            //: Filter group: who the activity is meant for
            SectionHeading { text: qsTr("For whom") }
            Flow {
                Layout.fillWidth: true
                spacing: 8
                Repeater {
                    // Read again when the UI language changes: the labels are translated in C++.
                    model: Language.code.length >= 0 ? Terms.audiences() : []
                    FilterChip {
                        required property var modelData
                        text: modelData.label
                        checked: root.model.audiences.indexOf(modelData.id) >= 0
                        onClicked: root.model.toggleAudience(modelData.id)
                    }
                }
            }

            //: Filter group: cost and accessibility
            SectionHeading { text: qsTr("Cost and access") }
            Flow {
                Layout.fillWidth: true
                spacing: 8
                FilterChip {
                    objectName: "freeChip"
                    iconName: "euro"
                    //: Filter: only activities that cost nothing
                    text: qsTr("Free only")
                    checked: root.model.freeOnly
                    onClicked: root.model.freeOnly = checked
                }
                FilterChip {
                    objectName: "wheelchairChip"
                    iconName: "accessible"
                    //: Filter: only places a wheelchair user can enter
                    text: qsTr("Wheelchair accessible")
                    checked: root.model.wheelchair
                    onClicked: root.model.wheelchair = checked
                }
            }

            //: Filter group: which day
            SectionHeading { text: qsTr("Day") }
            Flow {
                Layout.fillWidth: true
                spacing: 8
                Repeater {
                    // Made again when the UI language changes: the day names come from C++.
                    model: Language.code.length >= 0 ? 7 : 0
                    FilterChip {
                        required property int index
                        text: root.model.dayChipLabel(index)
                        checked: root.model.day === index
                        onClicked: root.model.day = checked ? index : -1
                    }
                }
            }

            //: Filter group: morning, afternoon or evening
            SectionHeading { text: qsTr("Part of the day") }
            Flow {
                Layout.fillWidth: true
                spacing: 8
                Repeater {
                    model: [
                        //: Filter chip: part of the day
                        qsTr("Morning"),
                        //: Filter chip: part of the day
                        qsTr("Afternoon"),
                        //: Filter chip: part of the day
                        qsTr("Evening")
                    ]
                    FilterChip {
                        required property int index
                        required property string modelData
                        text: modelData
                        checked: root.model.partOfDay === index + 1
                        onClicked: root.model.partOfDay = checked ? index + 1 : 0
                    }
                }
            }

            //: Filter group: how far from the resident
            SectionHeading { text: qsTr("Distance"); visible: NearMe.hasLocation }
            Flow {
                Layout.fillWidth: true
                visible: NearMe.hasLocation
                spacing: 8
                Repeater {
                    model: [500, 1000, 2000, 5000]
                    FilterChip {
                        required property int modelData
                        //: Distance filter, e.g. "within 1 km"
                        text: qsTr("Within %1").arg(Terms.distanceText(modelData))
                        checked: root.model.radiusMetres === modelData
                        onClicked: root.model.radiusMetres = checked ? modelData : 0
                    }
                }
            }

            // A Flow, so that long words or 200 % text put the two buttons on two lines.
            Flow {
                Layout.fillWidth: true
                Layout.topMargin: 12
                spacing: 8
                Button {
                    flat: true
                    enabled: root.model.activeFilterCount > 0
                    //: Clears every search filter in one tap
                    text: qsTr("Clear all")
                    font.pixelSize: Theme.body
                    onClicked: root.model.clearFilters()
                }
                Button {
                    highlighted: true
                    //: Closes the filter sheet; %n is the number of sessions found
                    text: qsTr("Show %n session(s)", "", root.model.count)
                    font.pixelSize: Theme.body
                    onClicked: root.close()
                }
            }
        }
    }
}
