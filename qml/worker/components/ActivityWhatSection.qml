// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Worker

// The activity editor's "What": title, description, the language they are in, and the category.
ColumnLayout {
    id: section

    required property ActivityEditor editor

    spacing: 6

    //: Section of the activity editor: title, description, category
    SectionHeading { Layout.fillWidth: true; topPadding: 0; text: qsTr("What") }
    //: Field of the activity editor
    EditorFieldLabel { id: titleLabel; text: qsTr("Title") }
    EditorField {
        objectName: "titleField"
        text: section.editor.title
        //: Example in the empty title field of the activity editor
        placeholderText: qsTr("e.g. Walk-in coffee morning")
        Accessible.name: titleLabel.text
        onTextEdited: section.editor.title = text
    }
    EditorFieldProblem { editor: section.editor; field: "title" }
    //: Field of the activity editor
    EditorFieldLabel { id: descriptionLabel; text: qsTr("Description") }
    TextArea {
        implicitHeight: Math.max(Theme.touch, contentHeight + topPadding + bottomPadding) // 48 px to touch
        objectName: "descriptionField"
        Layout.fillWidth: true
        text: section.editor.description
        font.pixelSize: Theme.body
        wrapMode: TextEdit.Wrap
        //: Field of the activity editor
        placeholderText: qsTr("What happens, and who is welcome")
        Accessible.name: descriptionLabel.text
        onTextChanged: if (activeFocus) section.editor.description = text
    }
    //: Field of the activity editor: the language title and description are written in
    EditorFieldLabel { id: textLanguageLabel; text: qsTr("Written in") }
    ComboBox {
        objectName: "textLanguageBox"
        Layout.fillWidth: true
        Layout.maximumWidth: 360
        implicitHeight: Theme.touch
        font.pixelSize: Theme.body
        model: section.editor.languageChoices
        textRole: "label"
        valueRole: "id"
        currentIndex: indexOfValue(section.editor.textLanguage)
        onActivated: section.editor.textLanguage = currentValue
        Accessible.name: textLanguageLabel.text
    }
    //: Field of the activity editor
    EditorFieldLabel { text: qsTr("Category") }
    Flow {
        Layout.fillWidth: true
        spacing: 6
        Repeater {
            model: Terms.categories()
            ChoiceChip {
                required property var modelData
                objectName: "category-" + modelData.id
                text: modelData.label
                iconName: modelData.icon
                checked: section.editor.category === modelData.id
                onClicked: section.editor.category = modelData.id
            }
        }
    }
    EditorFieldProblem { editor: section.editor; field: "category" }
}
