// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import Buurtplein

// A heading inside a page or a list.
Label {
    id: root

    topPadding: 16
    bottomPadding: 4
    font.pixelSize: Theme.large
    font.bold: true
    color: Theme.primary
    wrapMode: Text.Wrap
    Accessible.role: Accessible.Heading
}
