// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Worker

// The activity editor's "Who": audience, languages spoken and ages.
ColumnLayout {
    id: section

    required property ActivityEditor editor

    spacing: 6

    //: Section of the activity editor: audience, languages, ages
    SectionHeading { Layout.fillWidth: true; text: qsTr("Who") }
    //: Field of the activity editor: who the activity is meant for
    EditorFieldLabel { text: qsTr("Meant for") }
    Flow {
        Layout.fillWidth: true
        spacing: 6
        Repeater {
            model: Terms.audiences()
            ChoiceChip {
                required property var modelData
                objectName: "audience-" + modelData.id
                text: modelData.label
                checked: section.editor.audience === modelData.id
                onClicked: section.editor.audience = modelData.id
            }
        }
    }
    //: Field of the activity editor: languages the hosts speak at the activity
    EditorFieldLabel { text: qsTr("Languages spoken") }
    Flow {
        Layout.fillWidth: true
        spacing: 6
        Repeater {
            model: section.editor.languageChoices
            ChoiceChip {
                required property var modelData
                objectName: "language-" + modelData.id
                exclusive: false
                text: modelData.label
                checked: section.editor.languagesSpoken.indexOf(modelData.id) >= 0
                onClicked: section.editor.toggleLanguage(modelData.id)
            }
        }
    }
    //: Field of the activity editor: the age range; empty fields mean no limit
    EditorFieldLabel { text: qsTr("Ages (leave empty for no limit)") }
    RowLayout {
        Layout.fillWidth: true
        spacing: 12
        EditorField {
            objectName: "ageMinField"
            text: section.editor.ageMin
            inputMethodHints: Qt.ImhDigitsOnly
            //: Field of the activity editor: youngest age
            placeholderText: qsTr("From age")
            onTextEdited: section.editor.ageMin = text
        }
        EditorField {
            objectName: "ageMaxField"
            text: section.editor.ageMax
            inputMethodHints: Qt.ImhDigitsOnly
            //: Field of the activity editor: oldest age
            placeholderText: qsTr("To age")
            onTextEdited: section.editor.ageMax = text
        }
    }
    EditorFieldProblem { editor: section.editor; field: "ageMin" }
    EditorFieldProblem { editor: section.editor; field: "ageMax" }
}
