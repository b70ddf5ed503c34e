// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Resident

// Search: results while typing, category chips, and the other filters in a sheet.
Page {
    id: root

    property var model: Search

    signal activityOpened(string activityUid, string occurrenceUid)

    //: Title of the search page
    title: qsTr("Search")
    padding: 0

    ColumnLayout {
        width: Math.min(parent.width, Theme.columnWidth)
        height: parent.height
        anchors.horizontalCenter: parent.horizontalCenter
        spacing: 0

        TextField {
            id: field

            implicitHeight: Math.max(Theme.touch, contentHeight + topPadding + bottomPadding) // 48 px to touch
            objectName: "searchField"
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            Layout.bottomMargin: 0
            font.pixelSize: Theme.large
            leftPadding: Theme.iconSize + 20
            //: Placeholder of the search field
            placeholderText: qsTr("What are you looking for?")
            inputMethodHints: Qt.ImhNoPredictiveText
            text: root.model.text
            onTextEdited: root.model.text = text
            Accessible.name: placeholderText

            Icon {
                anchors.left: parent.left
                anchors.leftMargin: 8
                anchors.verticalCenter: parent.verticalCenter
                name: "search"
                color: Theme.muted
            }
        }

        ListView {
            id: chips

            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch + 16
            orientation: ListView.Horizontal
            spacing: 8
            leftMargin: Theme.margin
            rightMargin: Theme.margin
            clip: true
            // Read again when the UI language changes: the labels are translated in C++.
            model: Language.code.length >= 0 ? Terms.categories() : []
            delegate: FilterChip {
                required property var modelData

                objectName: "categoryChip-" + modelData.id
                y: 8
                text: modelData.label
                iconName: modelData.icon
                checked: root.model.categories.indexOf(modelData.id) >= 0
                onClicked: root.model.toggleCategory(modelData.id)
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            spacing: 8

            Button {
                objectName: "filtersButton"
                text: root.model.activeFilterCount > 0
                      //: Opens the filters sheet; %1 is the number of filters that are on
                      ? qsTr("Filters (%1)").arg(root.model.activeFilterCount)
                      //: Opens the filters sheet
                      : qsTr("Filters")
                font.pixelSize: Theme.body
                implicitHeight: Theme.touch
                onClicked: sheet.open()
            }
            Button {
                objectName: "clearAllButton"
                visible: root.model.activeFilterCount > 0
                flat: true
                //: Clears every search filter in one tap
                text: qsTr("Clear all")
                font.pixelSize: Theme.body
                implicitHeight: Theme.touch
                onClicked: root.model.clearFilters()
            }
            Item { Layout.fillWidth: true }
            BusyIndicator {
                objectName: "searchBusy"
                running: root.model.busy
                implicitWidth: Theme.touch
                implicitHeight: Theme.touch
            }
        }

        Label {
            horizontalAlignment: Text.AlignLeft // mirrored in right-to-left layouts, whatever script the text is in
            objectName: "resultCount"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            font.pixelSize: Theme.small
            color: Theme.muted
            wrapMode: Text.Wrap
            //: Number of sessions the search found
            text: qsTr("%n session(s) found", "", root.model.count)
                  + (NearMe.hasLocation
                     //: After the number of sessions found: where distances are measured from (a neighbourhood, a postcode or "Your position")
                     ? " · " + qsTr("distance from %1").arg(NearMe.label) : "")
        }

        ListView {
            id: results

            objectName: "searchResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.model
            delegate: OccurrenceDelegate {
                width: ListView.view.width
                onOpened: (activityUid, occurrenceUid) => root.activityOpened(activityUid, occurrenceUid)
            }
            section.property: "day"
            section.delegate: SectionHeading {
                required property string section

                width: ListView.view.width
                leftPadding: Theme.margin
                text: section
            }

            Label {
                anchors.centerIn: parent
                width: parent.width - 48
                visible: results.count === 0 && !root.model.busy
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                font.pixelSize: Theme.body
                //: Shown when a search finds nothing
                text: qsTr("Nothing found. Try fewer filters or another word.")
            }
        }
    }

    FilterSheet {
        id: sheet

        model: root.model
    }
}
