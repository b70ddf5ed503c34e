// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts

// One session in a list: time, title, place, languages, cost and its status.
ItemDelegate {
    id: root

    required property string title
    required property string place
    required property string timeText
    required property string category
    required property var languages
    required property bool free
    required property string status

    readonly property bool cancelled: status === "cancelled"
    readonly property bool moved: status === "moved"

    height: Math.max(72, content.implicitHeight + 16)
    Accessible.name: title + ", " + timeText + ", " + place
                     + (cancelled ? ", " + qsTr("cancelled") : "")

    contentItem: RowLayout {
        id: content

        spacing: 12

        Label {
            Layout.preferredWidth: 96
            Layout.alignment: Qt.AlignTop
            text: root.timeText
            font.pixelSize: 15
            font.strikeout: root.cancelled
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                Layout.fillWidth: true
                text: root.title
                font.pixelSize: 16
                font.bold: true
                font.strikeout: root.cancelled
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                text: root.place
                elide: Text.ElideRight
                opacity: 0.8
            }
            RowLayout {
                spacing: 8
                Label {
                    visible: root.cancelled || root.moved
                    //: Badge on a session that will not take place / takes place elsewhere or at another time
                    text: root.cancelled ? qsTr("Cancelled") : qsTr("Moved")
                    color: "white"
                    padding: 4
                    font.pixelSize: 12
                    font.bold: true
                    background: Rectangle { color: root.cancelled ? "#b3261e" : "#8a5a00"; radius: 4 }
                }
                Label {
                    //: Shown on a session that costs nothing
                    text: root.free ? qsTr("Free") : ""
                    visible: root.free
                    font.pixelSize: 13
                    color: Material.primary
                }
                Label {
                    text: root.languages.join(" · ").toUpperCase()
                    visible: root.languages.length > 0
                    font.pixelSize: 13
                    opacity: 0.8
                }
            }
        }
    }
}
