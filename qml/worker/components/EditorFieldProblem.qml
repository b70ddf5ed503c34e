// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Worker

// What is wrong with one field of the activity editor (ActivityEditor.problems), beside it.
IconLabel {
    required property ActivityEditor editor
    property string field
    // For a translation: its row.
    property var index

    Layout.fillWidth: true
    icon: "error_outline"
    iconColor: Theme.cancelled
    text: editor.problems.filter((p) => p.field === field && (index === undefined || p.index === index))
                         .map((p) => p.message).join("\n")
}
