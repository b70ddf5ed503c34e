// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Worker

// The activity editor's practical side: cost, places, signing up, host, programme and contact.
ColumnLayout {
    id: section

    required property ActivityEditor editor

    spacing: 6

    //: Section of the activity editor: cost, places, registration, contact
    SectionHeading { Layout.fillWidth: true; text: qsTr("Practical") }
    //: Field of the activity editor
    EditorFieldLabel { id: costLabel; text: qsTr("Cost in euros (0 is free)") }
    EditorField {
        objectName: "costField"
        text: section.editor.costText
        inputMethodHints: Qt.ImhFormattedNumbersOnly
        placeholderText: "0"
        Accessible.name: costLabel.text
        onTextEdited: section.editor.costText = text
    }
    EditorFieldProblem { editor: section.editor; field: "cost" }
    EditorField {
        objectName: "costNoteField"
        text: section.editor.costNote
        //: Field of the activity editor, e.g. "Coffee included" or "Pay what you can"
        placeholderText: qsTr("Note on the cost, e.g. pay what you can")
        onTextEdited: section.editor.costNote = text
    }
    //: Field of the activity editor: how many people can take part
    EditorFieldLabel { id: capacityLabel; text: qsTr("Places (leave empty for no limit)") }
    EditorField {
        objectName: "capacityField"
        text: section.editor.capacity
        inputMethodHints: Qt.ImhDigitsOnly
        Accessible.name: capacityLabel.text
        onTextEdited: section.editor.capacity = text
    }
    EditorFieldProblem { editor: section.editor; field: "capacity" }
    SwitchRow {
        switchName: "registrationSwitch"
        //: Switch of the activity editor
        text: qsTr("People sign up in advance")
        checked: section.editor.registrationRequired
        onToggled: (on) => section.editor.registrationRequired = on
    }
    SwitchRow {
        switchName: "hostSwitch"
        //: Switch of the activity editor
        text: qsTr("A host welcomes people")
        checked: section.editor.hostPresent
        onToggled: (on) => section.editor.hostPresent = on
    }
    //: Field of the activity editor: the programme the activity is evaluated under
    EditorFieldLabel { id: programmeLabel; text: qsTr("Programme (for evaluation)") }
    EditorField {
        objectName: "programmeField"
        text: section.editor.programme
        Accessible.name: programmeLabel.text
        onTextEdited: section.editor.programme = text
    }
    //: Field of the activity editor: how residents reach the organisers
    EditorFieldLabel { id: contactLabel; text: qsTr("Contact (phone, e-mail or a sentence)") }
    EditorField {
        objectName: "contactField"
        text: section.editor.contact
        Accessible.name: contactLabel.text
        onTextEdited: section.editor.contact = text
    }
}
