// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common

// A problem in red next to the field it is about; hidden while there is none.
Label {
    Layout.fillWidth: true
    visible: text.length > 0
    color: Theme.cancelled
    font.pixelSize: Theme.small
    wrapMode: Text.Wrap
}
