// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Worker

// The activity editor's translations: title and description in other languages, added and removed.
ColumnLayout {
    id: section

    required property ActivityEditor editor

    spacing: 6

    //: Section of the activity editor: the title and description in other languages
    SectionHeading { Layout.fillWidth: true; text: qsTr("Translations") }
    Repeater {
        model: section.editor.translationCount
        ColumnLayout {
            id: translation
            required property int index
            readonly property var value: section.editor.translations[index] || ({})
            Layout.fillWidth: true
            spacing: 4
            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: translation.value.languageName || ""
                    font.pixelSize: Theme.body
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Button {
                    objectName: "removeTranslationButton"
                    flat: true
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.small
                    //: Removes one translation of an activity
                    text: qsTr("Remove")
                    //: Screen reader name of the button removing a translation, %1 the language
                    Accessible.name: qsTr("Remove the %1 translation").arg(translation.value.languageName || "")
                    onClicked: section.editor.removeTranslation(translation.index)
                }
            }
            EditorField {
                objectName: "translationTitleField"
                text: translation.value.title || ""
                //: Field of a translation in the activity editor
                placeholderText: qsTr("Title in this language")
                onTextEdited: section.editor.setTranslationTitle(translation.index, text)
            }
            TextArea {
                implicitHeight: Math.max(Theme.touch, contentHeight + topPadding + bottomPadding) // 48 px to touch
                Layout.fillWidth: true
                text: translation.value.description || ""
                font.pixelSize: Theme.body
                wrapMode: TextEdit.Wrap
                //: Field of a translation in the activity editor
                placeholderText: qsTr("Description in this language")
                Accessible.name: placeholderText
                onTextChanged: if (activeFocus) section.editor.setTranslationDescription(translation.index, text)
            }
            EditorFieldProblem { editor: section.editor; field: "translation"; index: translation.index }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        visible: section.editor.translationChoices.length > 0
        ComboBox {
            id: translationLanguage
            objectName: "translationLanguageBox"
            Layout.fillWidth: true
            Layout.maximumWidth: 360
            implicitHeight: Theme.touch
            font.pixelSize: Theme.body
            model: section.editor.translationChoices
            textRole: "label"
            valueRole: "id"
            //: Screen reader name of the language choice for a new translation
            Accessible.name: qsTr("Language of a new translation")
        }
        Button {
            objectName: "addTranslationButton"
            implicitHeight: Theme.touch
            font.pixelSize: Theme.body
            //: Adds a translation of the activity's title and description
            text: qsTr("Add")
            //: Screen reader name of the button adding a translation
            Accessible.name: qsTr("Add a translation")
            onClicked: section.editor.addTranslation(translationLanguage.currentValue)
        }
    }
}
