// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import Buurtplein.Common

// A Material Icons ligature, e.g. name: "home". Decorative unless given an Accessible.name.
// Icons that point the way one reads (back, chevrons) flip in a mirrored (Arabic) layout.
Label {
    id: root

    property string name
    property int size: Theme.iconSize
    readonly property bool flipped: LayoutMirroring.enabled
        && /^(arrow_back|arrow_forward|chevron_left|chevron_right|navigate_before|navigate_next|keyboard_arrow_left|keyboard_arrow_right|arrow_left|arrow_right|east|west|send|login|logout)$/.test(name)

    text: name
    font.family: Theme.iconFamily
    font.pixelSize: size
    horizontalAlignment: Text.AlignHCenter
    verticalAlignment: Text.AlignVCenter
    Accessible.ignored: true
    transform: Scale { origin.x: root.width / 2; xScale: root.flipped ? -1 : 1 }
}
