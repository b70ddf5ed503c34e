// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common

// A line of text with a switch at its end; the text wraps at large sizes. switchName is
// the switch's objectName, for tests.
RowLayout {
    id: row

    property string text
    property string switchName
    property alias checked: toggle.checked
    signal toggled(bool on)

    Layout.fillWidth: true
    spacing: Theme.spacing
    Label { Layout.fillWidth: true; text: row.text; font.pixelSize: Theme.body; wrapMode: Text.Wrap }
    Switch {
        id: toggle
        objectName: row.switchName
        Accessible.name: row.text
        onToggled: row.toggled(checked)
    }
}
