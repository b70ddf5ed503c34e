// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common

// A label that wraps, in body text.
Label {
    Layout.fillWidth: true
    wrapMode: Text.Wrap
    font.pixelSize: Theme.body
}
