// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common

// The small label above a field of a worker's form.
Label {
    Layout.fillWidth: true
    Layout.topMargin: 4
    font.pixelSize: Theme.small
    color: Theme.muted
    wrapMode: Text.Wrap
}
