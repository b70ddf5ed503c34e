// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Evaluator

// Under every released table: how it was protected (SPEC privacy 5), when the hub made
// the figures, whether they are this device's saved copy, and why none are shown.
ColumnLayout {
    id: root

    property StatsTableModel model

    spacing: 2

    Label {
        objectName: "statsError"
        Layout.fillWidth: true
        visible: root.model && root.model.status === StatsTableModel.Error
        text: root.model ? root.model.errorString : ""
        color: Theme.cancelled
        font.pixelSize: Theme.body
        wrapMode: Text.Wrap
    }
    Label {
        objectName: "statsAsOf"
        Layout.fillWidth: true
        visible: root.model && root.model.status === StatsTableModel.Ready
        font.pixelSize: Theme.small
        color: root.model && root.model.fromCache ? Theme.moved : Theme.muted
        wrapMode: Text.Wrap
        text: !root.model || !root.model.asOf ? ""
              : root.model.fromCache
                //: Dashboard: offline, the figures are this device's saved copy; %1 is when the hub made them
                ? qsTr("Offline: saved figures as of %1.").arg(root.model.asOf.toLocaleString(Qt.locale(), Locale.ShortFormat))
                //: Dashboard: when the hub made the figures; %1 is a date and time
                : qsTr("Figures as of %1.").arg(root.model.asOf.toLocaleString(Qt.locale(), Locale.ShortFormat))
    }
}
