// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common

// A large counter for the session log: − and + buttons of at least 56 px and the number
// between them, which can be tapped to type a value. Never goes below 0. The owner keeps
// the value: it binds `value` and writes back what `edited` gives.
GridLayout {
    id: root

    property string label
    property int value: 0
    // A problem with this count, shown below it in red; empty when none.
    property string problem

    signal edited(int value)

    readonly property int buttonSize: Math.max(56, Theme.touch)
    // The label goes above the buttons when they would squeeze it too narrow.
    readonly property bool stacked: width < 3 * buttonSize + 3 * Theme.spacing + 160

    columns: stacked ? 1 : 2
    columnSpacing: Theme.spacing
    rowSpacing: 4

    function set(v) {
        const next = Math.max(0, v)
        if (next !== root.value)
            root.edited(next)
    }

    Label {
        Layout.fillWidth: true
        text: root.label
        font.pixelSize: Theme.body
        wrapMode: Text.Wrap
    }
    RowLayout {
        spacing: Theme.spacing
        Layout.alignment: root.stacked ? Qt.AlignLeft : Qt.AlignRight

        Button {
            objectName: root.objectName + "-minus"
            implicitWidth: root.buttonSize
            implicitHeight: root.buttonSize
            topInset: 0
            bottomInset: 0
            enabled: root.value > 0
            font.pixelSize: Theme.title
            text: "−"
            //: Button lowering a count on the session log form; %1 is what is counted, e.g. "Fewer People who took part"
            Accessible.name: qsTr("Fewer %1").arg(root.label)
            onClicked: root.set(root.value - 1)
        }
        TextField {
            id: field

            implicitHeight: Math.max(Theme.touch, contentHeight + topPadding + bottomPadding) // 48 px to touch
            objectName: root.objectName + "-value"
            Layout.preferredWidth: Math.max(root.buttonSize * 1.3, contentWidth + leftPadding + rightPadding)
            Layout.preferredHeight: root.buttonSize
            horizontalAlignment: TextInput.AlignHCenter
            verticalAlignment: TextInput.AlignVCenter
            font.pixelSize: Theme.title
            font.bold: true
            inputMethodHints: Qt.ImhDigitsOnly
            validator: IntValidator { bottom: 0; top: 99999 }
            text: String(root.value)
            selectByMouse: true
            Accessible.name: root.label
            onActiveFocusChanged: if (activeFocus) selectAll()
            onTextEdited: if (text.length > 0 && acceptableInput) root.set(parseInt(text, 10))
            onEditingFinished: text = Qt.binding(function() { return String(root.value) })
        }
        Button {
            objectName: root.objectName + "-plus"
            implicitWidth: root.buttonSize
            implicitHeight: root.buttonSize
            topInset: 0
            bottomInset: 0
            highlighted: true
            font.pixelSize: Theme.title
            text: "+"
            //: Button raising a count on the session log form; %1 is what is counted, e.g. "More People who took part"
            Accessible.name: qsTr("More %1").arg(root.label)
            onClicked: root.set(root.value + 1)
        }
    }
    Label {
        Layout.fillWidth: true
        Layout.columnSpan: root.columns
        visible: root.problem.length > 0
        text: root.problem
        color: Theme.cancelled
        font.pixelSize: Theme.small
        wrapMode: Text.Wrap
    }
}
