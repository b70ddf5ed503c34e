// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common

// The top bar: back (on pushed pages), the page's title, settings, and the quick exit
// that is always within reach.
ToolBar {
    id: root

    property string title
    property bool canGoBack: false

    signal backClicked()
    signal settingsClicked()
    signal quickExitClicked()

    // Icon buttons keep 48 px to touch but grow only with their icon, not to Theme.touch:
    // at 200 % text three 96 px buttons left the title a quarter of a phone's width.
    readonly property int buttonSize: Math.max(48, Theme.iconSize + 16)

    implicitHeight: Math.max(56, titleLabel.implicitHeight + 16, buttonSize)
    Material.background: Theme.primary
    Material.foreground: "white"

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ToolButton {
            objectName: "backButton"
            visible: root.canGoBack
            implicitWidth: root.buttonSize
            implicitHeight: root.buttonSize
            contentItem: Icon { name: "arrow_back"; color: "white" }
            //: Toolbar button
            Accessible.name: qsTr("Back")
            onClicked: root.backClicked()
        }
        Label {
            id: titleLabel

            Layout.fillWidth: true
            Layout.leftMargin: root.canGoBack ? 0 : Theme.margin
            text: root.title
            font.pixelSize: Theme.large
            font.bold: true
            color: "white"
            // Two lines before eliding: Dutch titles are long, and text may be at 200 %.
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            Accessible.role: Accessible.Heading
        }
        ToolButton {
            objectName: "settingsButton"
            implicitWidth: root.buttonSize
            implicitHeight: root.buttonSize
            contentItem: Icon { name: "settings"; color: "white" }
            //: Toolbar button: language, location and discreet mode
            Accessible.name: qsTr("Settings")
            onClicked: root.settingsClicked()
        }
        ToolButton {
            objectName: "quickExitButton"
            implicitWidth: root.buttonSize
            implicitHeight: root.buttonSize
            contentItem: Icon { name: "visibility_off"; color: "white" }
            //: Toolbar button that at once hides the app behind a neutral screen
            Accessible.name: qsTr("Quick exit")
            onClicked: root.quickExitClicked()
        }
    }
}
