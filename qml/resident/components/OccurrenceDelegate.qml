// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Resident

// One session in a list: category icon, time, title, place, distance, languages, cost and status.
ItemDelegate {
    id: root

    required property string title
    required property string titleLanguage
    required property string place
    required property string timeText
    required property string category
    required property var languages
    required property bool free
    required property string costText
    required property string status
    required property string reason
    required property string distanceText
    required property string activityUid
    required property string occurrenceUid

    readonly property bool cancelled: status === "cancelled"
    readonly property bool moved: status === "moved"
    // A date the series leaves out for a holiday (the home list): said where the gap is.
    readonly property bool skipped: status === "skipped"
    readonly property bool notHappening: cancelled || skipped

    signal opened(string activityUid, string occurrenceUid)

    implicitHeight: Math.max(Theme.touch + 24, content.implicitHeight + 20)
    onClicked: opened(activityUid, occurrenceUid)
    // Keyboard: Enter opens the activity too (Space does, as on every button).
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
    Accessible.name: [title, titleMark.accessibleText, timeText, place, distanceText, costText,
                      //: Screen reader description of a session that will not take place (lower case: it follows the title, time and place)
                      cancelled ? qsTr("cancelled") : "",
                      skipped || moved ? badge.text : "", skipped ? "" : reason]
                     .filter(function(part) { return part.length > 0 }).join(", ")

    // Reachable with Tab on the desktop (ItemDelegate takes no focus by default).
    focusPolicy: Qt.StrongFocus

    FocusFrame {}

    contentItem: RowLayout {
        id: content

        spacing: 12

        Rectangle {
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: Theme.iconSize + 16
            Layout.preferredHeight: Theme.iconSize + 16
            radius: width / 2
            color: Terms.categoryColor(root.category)
            opacity: root.notHappening ? 0.4 : 1

            Icon {
                anchors.centerIn: parent
                name: Terms.categoryIcon(root.category)
                color: "white"
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                horizontalAlignment: Text.AlignLeft // mirrored in right-to-left layouts, whatever script the text is in
                Layout.fillWidth: true
                text: root.timeText
                font.pixelSize: Theme.body
                font.bold: true
                font.strikeout: root.notHappening
                elide: Text.ElideRight
            }
            Label {
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                text: root.title
                font.pixelSize: Theme.large
                font.strikeout: root.notHappening
                wrapMode: Text.Wrap
            }
            LanguageMark {
                id: titleMark
                Layout.fillWidth: true
                language: root.titleLanguage
            }
            Label {
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                visible: root.place.length > 0
                text: root.place
                font.pixelSize: Theme.small
                elide: Text.ElideRight
                color: Theme.muted
            }
            Label {
                // Why it was cancelled or moved, in the social worker's words.
                objectName: "reason"
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                visible: text.length > 0
                text: root.skipped ? "" : root.reason
                font.pixelSize: Theme.small
                font.italic: true
                color: Theme.muted
                wrapMode: Text.Wrap
            }
            Flow {
                Layout.fillWidth: true
                spacing: 8

                Label {
                    id: badge

                    objectName: "statusBadge"
                    horizontalAlignment: Text.AlignLeft
                    visible: root.cancelled || root.moved || root.skipped
                    text: root.skipped
                          ? (root.reason
                             //: Badge on a date a weekly activity skips; %1 is the holiday, e.g. "No session: Christmas Day"
                             ? qsTr("No session: %1").arg(root.reason)
                             //: Badge on a date a weekly activity skips for a holiday without a name in the app
                             : qsTr("No session (holiday)"))
                          : root.cancelled
                          //: Badge on a session that will not take place
                          ? qsTr("Cancelled")
                          //: Badge on a session that takes place elsewhere or at another time
                          : qsTr("Moved")
                    color: "white"
                    padding: 4
                    font.pixelSize: Theme.small
                    font.bold: true
                    wrapMode: Text.Wrap
                    width: Math.min(implicitWidth, parent.width)
                    background: Rectangle { color: root.notHappening ? Theme.cancelled : Theme.moved; radius: 4 }
                }
                Row {
                    visible: root.distanceText.length > 0
                    spacing: 2
                    Icon { name: "near_me"; size: Theme.small + 2; color: Theme.muted }
                    Label {
                        horizontalAlignment: Text.AlignLeft
                        text: root.distanceText
                        font.pixelSize: Theme.small
                        color: Theme.muted
                    }
                }
                Label {
                    horizontalAlignment: Text.AlignLeft
                    text: root.costText
                    font.pixelSize: Theme.small
                    font.bold: root.free
                    color: root.free ? Theme.primary : Material.foreground
                }
                Row {
                    visible: root.languages.length > 0
                    spacing: 2
                    Icon { name: "translate"; size: Theme.small + 2; color: Theme.muted }
                    Label {
                        horizontalAlignment: Text.AlignLeft
                        text: root.languages.join(" · ").toUpperCase()
                        font.pixelSize: Theme.small
                        color: Theme.muted
                    }
                }
            }
        }
    }
}
