// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import Buurtplein

// A Material Icons ligature, e.g. name: "home". Decorative unless given an Accessible.name.
Label {
    id: root

    property string name
    property int size: Theme.iconSize

    text: name
    font.family: Theme.iconFamily
    font.pixelSize: size
    horizontalAlignment: Text.AlignHCenter
    verticalAlignment: Text.AlignVCenter
    Accessible.ignored: true
}
