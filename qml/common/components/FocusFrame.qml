// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Buurtplein.Common

// A clear frame around the list item the keyboard reached (Tab), for desktop users who
// navigate without a mouse: Material's own focus highlight on delegates is a faint tint.
// Declare it inside a delegate; it follows the delegate's visualFocus.
Rectangle {
    objectName: "focusFrame"
    anchors.fill: parent
    anchors.margins: 2
    visible: !!parent && parent.visualFocus === true
    color: "transparent"
    border.color: Theme.primary
    border.width: 2
    radius: 4
    z: 1
}
