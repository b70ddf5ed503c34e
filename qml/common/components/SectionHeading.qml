// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import Buurtplein.Common

// A heading inside a page or a list.
Label {
    id: root
    horizontalAlignment: Text.AlignLeft // mirrored in right-to-left layouts, whatever script the text is in

    topPadding: 16
    bottomPadding: 4
    font.pixelSize: Theme.large
    font.bold: true
    color: Theme.primary
    wrapMode: Text.Wrap
    Accessible.role: Accessible.Heading
}
