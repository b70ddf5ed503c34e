// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Worker

// Moves one session to another day, time or place (Amsterdam time), showing what
// residents will see; pops itself after saving.
Page {
    id: root

    property string occurrenceUid
    readonly property var info: actions.enrolment ? actions.sessionInfo(occurrenceUid) : ({})
    // The chosen day as "yyyy-MM-dd"; the grid shows its month.
    property string date: info.date || ""
    property string placeUid: ""
    property string placeName: ""
    readonly property string time: pad(hours.value) + ":" + pad(minutes.value)
    readonly property string today: info.today || ""
    readonly property string preview: actions.movePreview(date, time, placeUid)

    function pad(n) { return (n < 10 ? "0" : "") + n }

    //: Title of the page that moves one session to another time or place
    title: qsTr("Move session")
    padding: 0

    SessionActions {
        id: actions

        enrolment: Enrolment
    }

    Flickable {
        objectName: "moveFlick"
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true

        ColumnLayout {
            id: column

            width: Math.min(parent.width, Theme.columnWidth) - 2 * Theme.margin
            x: (parent.width - width) / 2
            y: Theme.margin
            spacing: 8

            PageHeading {
                Layout.fillWidth: true
                icon: "edit_calendar"
                title: root.info.title || ""
                //: The day and time a session is planned for, before moving it; %1 is its day, %2 its time
                subtitle: qsTr("Planned for %1, %2").arg(root.info.dayText || "").arg(root.info.timeText || "")
                          + (root.info.placeName ? " · " + root.info.placeName : "")
            }

            //: Heading above the calendar to choose the new day of a session
            SectionHeading { text: qsTr("New day") }
            DayPicker {
                Layout.fillWidth: true
                date: root.date
                marked: root.info.date || ""
                today: root.today
                onPicked: (day) => root.date = day
            }

            //: Heading above the new start time of a session
            SectionHeading { text: qsTr("New start time") }
            RowLayout {
                Layout.fillWidth: true
                spacing: 4
                SpinBox {
                    id: hours

                    focusPolicy: Qt.StrongFocus // reachable with Tab
                    objectName: "hourBox"
                    Layout.fillWidth: true
                    Layout.maximumWidth: 200
                    from: 0
                    to: 23
                    editable: true
                    wrap: true
                    value: root.info.time ? Number(root.info.time.substring(0, 2)) : 10
                    textFromValue: (v) => root.pad(v)
                    font.pixelSize: Theme.body
                    //: Screen-reader name of the hour of a new start time
                    Accessible.name: qsTr("Hour")
                }
                Label { text: ":"; font.pixelSize: Theme.large }
                SpinBox {
                    id: minutes

                    focusPolicy: Qt.StrongFocus // reachable with Tab
                    objectName: "minuteBox"
                    Layout.fillWidth: true
                    Layout.maximumWidth: 200
                    from: 0
                    to: 55
                    stepSize: 5
                    editable: true
                    wrap: true
                    value: root.info.time ? Number(root.info.time.substring(3, 5)) : 0
                    textFromValue: (v) => root.pad(v)
                    font.pixelSize: Theme.body
                    //: Screen-reader name of the minutes of a new start time
                    Accessible.name: qsTr("Minutes")
                }
            }
            CheckBox {
                id: keepLength

                objectName: "keepLengthBox"
                Layout.fillWidth: true
                checked: true
                font.pixelSize: Theme.body
                //: Keeps a moved session as long as it was; %n is its length in minutes
                text: qsTr("Keep its length (%n minute(s))", "", root.info.durationMinutes || 0)
                Accessible.name: text
            }
            RowLayout {
                Layout.fillWidth: true
                visible: !keepLength.checked
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.body
                    //: Label of the new length of a moved session
                    text: qsTr("Length in minutes")
                }
                SpinBox {
                    id: duration

                    focusPolicy: Qt.StrongFocus // reachable with Tab
                    objectName: "durationBox"
                    from: 15
                    to: 720
                    stepSize: 15
                    editable: true
                    value: root.info.durationMinutes || 60
                    font.pixelSize: Theme.body
                    Accessible.name: qsTr("Length in minutes")
                }
            }

            //: Heading above the choice of place of a moved session
            SectionHeading { text: qsTr("Place") }
            RadioButton {
                objectName: "samePlaceButton"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                checked: true
                font.pixelSize: Theme.body
                //: Keeps a moved session at its place; %1 is the place's name
                text: root.info.placeName ? qsTr("Same place (%1)").arg(root.info.placeName)
                                          //: Keeps a moved session where it was (no fixed place)
                                          : qsTr("Same place")
                Accessible.name: text
                onClicked: { root.placeUid = ""; root.placeName = ""; placeField.text = "" }
            }
            RadioButton {
                id: otherPlace

                objectName: "otherPlaceButton"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                font.pixelSize: Theme.body
                //: Moves a session to another place, chosen by searching
                text: qsTr("Another place")
                Accessible.name: text
            }
            TextField {
                id: placeField

                implicitHeight: Math.max(Theme.touch, contentHeight + topPadding + bottomPadding) // 48 px to touch
                objectName: "placeSearchField"
                Layout.fillWidth: true
                visible: otherPlace.checked
                font.pixelSize: Theme.body
                //: Placeholder of the search field for the new place of a session
                placeholderText: qsTr("Name or street of the place")
                Accessible.name: placeholderText
                onTextEdited: { root.placeUid = ""; root.placeName = "" }
            }
            Repeater {
                model: otherPlace.checked && root.placeUid === "" && placeField.text.trim().length >= 2
                       ? actions.findPlaces(placeField.text) : []
                ItemDelegate {
                    required property var modelData

                    objectName: "place-" + modelData.uid
                    focusPolicy: Qt.StrongFocus // reachable with Tab
                    Layout.fillWidth: true
                    implicitHeight: Math.max(Theme.touch, placeLabel.implicitHeight + 12)
                    Accessible.name: modelData.name
                    onClicked: {
                        root.placeUid = modelData.uid
                        root.placeName = modelData.name
                        placeField.text = modelData.name
                    }
                    contentItem: IconLabel {
                        id: placeLabel
                        icon: "place"
                        text: modelData.name + (modelData.address ? " · " + modelData.address : "")
                    }
                }
            }
            Label {
                objectName: "movePreview"
                Layout.fillWidth: true
                Layout.topMargin: 8
                visible: root.preview.length > 0
                wrapMode: Text.Wrap
                font.pixelSize: Theme.body
                color: Theme.moved
                //: What residents will see once the session is moved; %1 is e.g. "Moved to Tue 1 Dec 14:00"
                text: qsTr("Residents will see: %1").arg(root.preview)
            }
            Label {
                objectName: "moveError"
                Layout.fillWidth: true
                visible: text.length > 0
                wrapMode: Text.Wrap
                font.pixelSize: Theme.body
                color: Theme.cancelled
                text: actions.errorString
            }
            Button {
                objectName: "saveMoveButton"
                Layout.alignment: Qt.AlignRight
                implicitHeight: Theme.touch
                highlighted: true
                // Saving the time it already has would only mark it moved.
                enabled: root.date !== root.info.date || root.time !== root.info.time || root.placeUid !== ""
                         || (!keepLength.checked && duration.value !== root.info.durationMinutes)
                font.pixelSize: Theme.body
                //: Saves the new time and place of a session
                text: qsTr("Save")
                Accessible.name: text
                onClicked: {
                    if (actions.move(root.occurrenceUid, root.date, root.time,
                                     keepLength.checked ? 0 : duration.value, root.placeUid))
                        root.StackView.view.pop()
                }
            }
        }
    }
}
