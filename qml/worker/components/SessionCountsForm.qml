// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Worker

// The counts of a held session on the log page: participants, first-timers, volunteers
// and hosts, and the optional age groups and people new to the neighbourhood.
ColumnLayout {
    id: form

    required property SessionLogEditor editor

    // The message of the problem with @p field, or "" (re-read whenever the problems change).
    function problemOf(field) {
        const found = form.editor.problems.find((p) => p.field === field)
        return found ? found.message : ""
    }

    spacing: 12

    CountStepper {
        objectName: "attendance"
        Layout.fillWidth: true
        //: Counter on the session log page: everyone who took part, hosts not included
        label: qsTr("Participants")
        value: form.editor.attendance
        problem: form.problemOf("attendance")
        onEdited: (v) => form.editor.attendance = v
    }
    CountStepper {
        objectName: "firstTimers"
        Layout.fillWidth: true
        //: Counter on the session log page: participants who came for the first time
        label: qsTr("First-timers")
        value: form.editor.firstTimers
        problem: form.problemOf("firstTimers")
        onEdited: (v) => form.editor.firstTimers = v
    }
    CountStepper {
        objectName: "volunteers"
        Layout.fillWidth: true
        //: Counter on the session log page: volunteers and hosts who ran the session
        label: qsTr("Volunteers and hosts")
        value: form.editor.volunteers
        problem: form.problemOf("volunteers")
        onEdited: (v) => form.editor.volunteers = v
    }
    SwitchRow {
        Layout.fillWidth: true
        switchName: "hostPresentSwitch"
        //: Switch on the session log page: the activity's host was there
        text: qsTr("Host present")
        checked: form.editor.hostPresent
        onToggled: (on) => form.editor.hostPresent = on
    }

    SwitchRow {
        Layout.fillWidth: true
        switchName: "ageBandsSwitch"
        //: Switch on the session log page opening the optional counts per age group
        text: qsTr("Count age groups (optional)")
        checked: form.editor.ageBandsEnabled
        onToggled: (on) => form.editor.ageBandsEnabled = on
    }
    Repeater {
        model: form.editor.ageBandsEnabled ? form.editor.ageBandLabels : []
        CountStepper {
            required property int index
            required property string modelData
            objectName: "ageBand" + index
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            label: modelData
            value: form.editor.ageBands[index] || 0
            onEdited: (v) => form.editor.setAgeBand(index, v)
        }
    }
    ProblemText { objectName: "ageBandsProblem"; text: form.problemOf("ageBands") }

    SwitchRow {
        Layout.fillWidth: true
        switchName: "newcomersSwitch"
        //: Switch on the session log page opening the optional count of participants who moved to the neighbourhood less than two years ago
        text: qsTr("Count people new to the neighbourhood, here less than 2 years (optional)")
        checked: form.editor.newToNeighbourhood >= 0
        onToggled: (on) => form.editor.newToNeighbourhood = on ? 0 : -1
    }
    CountStepper {
        objectName: "newcomers"
        Layout.fillWidth: true
        Layout.leftMargin: Theme.margin
        visible: form.editor.newToNeighbourhood >= 0
        //: Counter on the session log page: participants living in the neighbourhood for less than two years
        label: qsTr("New to the neighbourhood")
        value: Math.max(0, form.editor.newToNeighbourhood)
        problem: form.problemOf("newToNeighbourhood")
        onEdited: (v) => form.editor.newToNeighbourhood = v
    }
}
