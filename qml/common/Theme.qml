// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick
import Buurtplein.Common

// Sizes and colours in one place. Every text size is a multiple of the base size, which
// follows the app's --text-scale (200 % text must stay readable and unclipped).
QtObject {
    id: root

    readonly property real scale: Launch.textScale
    readonly property int base: Math.round(16 * scale)
    readonly property int small: Math.round(13 * scale)
    readonly property int body: base
    readonly property int large: Math.round(18 * scale)
    readonly property int title: Math.round(22 * scale)
    readonly property int iconSize: Math.round(24 * scale)
    // Material's minimum touch target, grown with the text.
    readonly property int touch: Math.max(48, Math.round(48 * scale))
    readonly property int spacing: 8
    readonly property int margin: 16
    readonly property int columnWidth: 760

    readonly property color primary: "#1f5f5b"
    // Every text colour keeps WCAG AA (4.5:1) on white and on surface: tests/qml/tst_contrast.cpp.
    readonly property color accent: "#b5472f"
    readonly property color cancelled: "#b3261e"
    readonly property color moved: "#8a5a00"
    readonly property color muted: "#5f6b6a"
    readonly property color surface: "#f4f7f6"

    readonly property string iconFamily: iconFont.name
    property FontLoader iconFont: FontLoader {
        source: "qrc:/qt/qml/Buurtplein/Common/fonts/MaterialIcons-Regular.ttf"
    }
}
