// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common

// An icon followed by a wrapping line of text: the rows of the activity and place pages.
RowLayout {
    id: root

    property string icon
    property string text
    property color iconColor: Theme.primary
    property bool bold: false

    spacing: 12
    visible: text.length > 0

    Icon {
        Layout.alignment: Qt.AlignTop
        Layout.preferredWidth: Theme.iconSize
        name: root.icon
        color: root.iconColor
    }
    Label {
        horizontalAlignment: Text.AlignLeft // mirrored in right-to-left layouts, whatever script the text is in
        Layout.fillWidth: true
        text: root.text
        wrapMode: Text.Wrap
        font.pixelSize: Theme.body
        font.bold: root.bold
    }
}
