// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein

// A new or existing activity of the social worker's organisation, in sections: what, its
// translations, for whom, where, and the practical side. Problems show beside their
// field and together above Save, which waits until there are none.
Page {
    id: root

    property string activityUid

    title: editor.isNew
           //: Title of the activity editor for a new activity
           ? qsTr("New activity")
           //: Title of the activity editor for an existing activity
           : qsTr("Edit activity")
    padding: 0

    function problemFor(field, index) {
        return editor.problems.filter(function(p) { return p.field === field && (index === undefined || p.index === index) })
                              .map(function(p) { return p.message }).join("\n")
    }
    function save() {
        if (editor.save().length > 0)
            root.StackView.view.pop()
    }

    ActivityEditor {
        id: editor
        session: AppContext.worker
    }
    Component.onCompleted: editor.load(activityUid)

    component FieldLabel: Label {
        Layout.fillWidth: true
        Layout.topMargin: 4
        font.pixelSize: Theme.small
        color: Theme.muted
        wrapMode: Text.Wrap
    }
    component FieldProblem: IconLabel {
        property string field
        property var index
        Layout.fillWidth: true
        icon: "error_outline"
        iconColor: Theme.cancelled
        text: root.problemFor(field, index)
    }
    component Field: TextField {
        implicitHeight: Math.max(Theme.touch, contentHeight + topPadding + bottomPadding) // 48 px to touch
        Layout.fillWidth: true
        font.pixelSize: Theme.body
        Accessible.name: placeholderText
    }
    // A chip whose checked state the editor sets (the click does not toggle it), one of
    // several when exclusive; its label wraps rather than run off a narrow column.
    component ChoiceChip: FilterChip {
        id: chip
        property bool exclusive: true
        checkable: false
        width: Math.min(implicitWidth, form.width)
        implicitHeight: Math.max(Theme.touch, chipContent.implicitHeight + topPadding + bottomPadding)
        Accessible.role: exclusive ? Accessible.RadioButton : Accessible.CheckBox
        contentItem: RowLayout {
            id: chipContent
            spacing: 6
            Icon {
                visible: chip.checked || chip.iconName.length > 0
                name: chip.checked ? "check" : chip.iconName
                size: Theme.iconSize - 4
                color: chip.checked ? "white" : Theme.primary
            }
            Label {
                Layout.fillWidth: true
                text: chip.text
                font.pixelSize: Theme.body
                color: chip.checked ? "white" : Material.foreground
                wrapMode: Text.Wrap
            }
        }
    }
    component SwitchRow: RowLayout {
        id: switchRow
        property alias text: switchLabel.text
        property alias checked: toggle.checked
        signal toggled(bool checked)
        Layout.fillWidth: true
        Label { id: switchLabel; Layout.fillWidth: true; font.pixelSize: Theme.body; wrapMode: Text.Wrap }
        Switch { id: toggle; Accessible.name: switchLabel.text; onToggled: switchRow.toggled(checked) }
    }

    Flickable {
        id: flick

        objectName: "editorFlickable"
        anchors.fill: parent
        contentHeight: form.implicitHeight + 2 * Theme.margin
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: form

            width: Math.min(flick.width, Theme.columnWidth) - 2 * Theme.margin
            x: (flick.width - width) / 2
            y: Theme.margin
            spacing: 6

            //: Section of the activity editor: title, description, category
            SectionHeading { Layout.fillWidth: true; topPadding: 0; text: qsTr("What") }
            //: Field of the activity editor
            FieldLabel { id: titleLabel; text: qsTr("Title") }
            Field {
                objectName: "titleField"
                text: editor.title
                //: Example in the empty title field of the activity editor
                placeholderText: qsTr("e.g. Walk-in coffee morning")
                Accessible.name: titleLabel.text
                onTextEdited: editor.title = text
            }
            FieldProblem { field: "title" }
            //: Field of the activity editor
            FieldLabel { id: descriptionLabel; text: qsTr("Description") }
            TextArea {
                implicitHeight: Math.max(Theme.touch, contentHeight + topPadding + bottomPadding) // 48 px to touch
                objectName: "descriptionField"
                Layout.fillWidth: true
                text: editor.description
                font.pixelSize: Theme.body
                wrapMode: TextEdit.Wrap
                //: Field of the activity editor
                placeholderText: qsTr("What happens, and who is welcome")
                Accessible.name: descriptionLabel.text
                onTextChanged: if (activeFocus) editor.description = text
            }
            //: Field of the activity editor: the language title and description are written in
            FieldLabel { id: textLanguageLabel; text: qsTr("Written in") }
            ComboBox {
                objectName: "textLanguageBox"
                Layout.fillWidth: true
                Layout.maximumWidth: 360
                implicitHeight: Theme.touch
                font.pixelSize: Theme.body
                model: editor.languageChoices
                textRole: "label"
                valueRole: "id"
                currentIndex: indexOfValue(editor.textLanguage)
                onActivated: editor.textLanguage = currentValue
                Accessible.name: textLanguageLabel.text
            }
            //: Field of the activity editor
            FieldLabel { text: qsTr("Category") }
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
                        checked: editor.category === modelData.id
                        onClicked: editor.category = modelData.id
                    }
                }
            }
            FieldProblem { field: "category" }

            //: Section of the activity editor: the title and description in other languages
            SectionHeading { Layout.fillWidth: true; text: qsTr("Translations") }
            Repeater {
                model: editor.translationCount
                ColumnLayout {
                    id: translation
                    required property int index
                    readonly property var value: editor.translations[index] || ({})
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
                            onClicked: editor.removeTranslation(translation.index)
                        }
                    }
                    Field {
                        objectName: "translationTitleField"
                        text: translation.value.title || ""
                        //: Field of a translation in the activity editor
                        placeholderText: qsTr("Title in this language")
                        onTextEdited: editor.setTranslationTitle(translation.index, text)
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
                        onTextChanged: if (activeFocus) editor.setTranslationDescription(translation.index, text)
                    }
                    FieldProblem { field: "translation"; index: translation.index }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                visible: editor.translationChoices.length > 0
                ComboBox {
                    id: translationLanguage
                    objectName: "translationLanguageBox"
                    Layout.fillWidth: true
                    Layout.maximumWidth: 360
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.body
                    model: editor.translationChoices
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
                    onClicked: editor.addTranslation(translationLanguage.currentValue)
                }
            }

            //: Section of the activity editor: audience, languages, ages
            SectionHeading { Layout.fillWidth: true; text: qsTr("Who") }
            //: Field of the activity editor: who the activity is meant for
            FieldLabel { text: qsTr("Meant for") }
            Flow {
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: Terms.audiences()
                    ChoiceChip {
                        required property var modelData
                        objectName: "audience-" + modelData.id
                        text: modelData.label
                        checked: editor.audience === modelData.id
                        onClicked: editor.audience = modelData.id
                    }
                }
            }
            //: Field of the activity editor: languages the hosts speak at the activity
            FieldLabel { text: qsTr("Languages spoken") }
            Flow {
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: editor.languageChoices
                    ChoiceChip {
                        required property var modelData
                        objectName: "language-" + modelData.id
                        exclusive: false
                        text: modelData.label
                        checked: editor.languagesSpoken.indexOf(modelData.id) >= 0
                        onClicked: editor.toggleLanguage(modelData.id)
                    }
                }
            }
            //: Field of the activity editor: the age range; empty fields mean no limit
            FieldLabel { text: qsTr("Ages (leave empty for no limit)") }
            RowLayout {
                Layout.fillWidth: true
                spacing: 12
                Field {
                    objectName: "ageMinField"
                    text: editor.ageMin
                    inputMethodHints: Qt.ImhDigitsOnly
                    //: Field of the activity editor: youngest age
                    placeholderText: qsTr("From age")
                    onTextEdited: editor.ageMin = text
                }
                Field {
                    objectName: "ageMaxField"
                    text: editor.ageMax
                    inputMethodHints: Qt.ImhDigitsOnly
                    //: Field of the activity editor: oldest age
                    placeholderText: qsTr("To age")
                    onTextEdited: editor.ageMax = text
                }
            }
            FieldProblem { field: "ageMin" }
            FieldProblem { field: "ageMax" }

            //: Section of the activity editor: the default place
            SectionHeading { Layout.fillWidth: true; text: qsTr("Where") }
            PlacePicker { Layout.fillWidth: true; editor: editor }

            //: Section of the activity editor: cost, places, registration, contact
            SectionHeading { Layout.fillWidth: true; text: qsTr("Practical") }
            //: Field of the activity editor
            FieldLabel { id: costLabel; text: qsTr("Cost in euros (0 is free)") }
            Field {
                objectName: "costField"
                text: editor.costText
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                placeholderText: "0"
                Accessible.name: costLabel.text
                onTextEdited: editor.costText = text
            }
            FieldProblem { field: "cost" }
            Field {
                objectName: "costNoteField"
                text: editor.costNote
                //: Field of the activity editor, e.g. "Coffee included" or "Pay what you can"
                placeholderText: qsTr("Note on the cost, e.g. pay what you can")
                onTextEdited: editor.costNote = text
            }
            //: Field of the activity editor: how many people can take part
            FieldLabel { id: capacityLabel; text: qsTr("Places (leave empty for no limit)") }
            Field {
                objectName: "capacityField"
                text: editor.capacity
                inputMethodHints: Qt.ImhDigitsOnly
                Accessible.name: capacityLabel.text
                onTextEdited: editor.capacity = text
            }
            FieldProblem { field: "capacity" }
            SwitchRow {
                objectName: "registrationSwitch"
                //: Switch of the activity editor
                text: qsTr("People sign up in advance")
                checked: editor.registrationRequired
                onToggled: (on) => editor.registrationRequired = on
            }
            SwitchRow {
                objectName: "hostSwitch"
                //: Switch of the activity editor
                text: qsTr("A host welcomes people")
                checked: editor.hostPresent
                onToggled: (on) => editor.hostPresent = on
            }
            //: Field of the activity editor: the programme the activity is evaluated under
            FieldLabel { id: programmeLabel; text: qsTr("Programme (for evaluation)") }
            Field {
                objectName: "programmeField"
                text: editor.programme
                Accessible.name: programmeLabel.text
                onTextEdited: editor.programme = text
            }
            //: Field of the activity editor: how residents reach the organisers
            FieldLabel { id: contactLabel; text: qsTr("Contact (phone, e-mail or a sentence)") }
            Field {
                objectName: "contactField"
                text: editor.contact
                Accessible.name: contactLabel.text
                onTextEdited: editor.contact = text
            }

            Frame {
                objectName: "problemsFrame"
                Layout.fillWidth: true
                Layout.topMargin: 12
                visible: editor.problems.length > 0 || editor.errorString.length > 0
                background: Rectangle { color: "#fdecea"; radius: 8 }
                ColumnLayout {
                    width: parent.width
                    spacing: 4
                    Repeater {
                        model: editor.problems
                        IconLabel {
                            required property var modelData
                            Layout.fillWidth: true
                            icon: "error_outline"
                            iconColor: Theme.cancelled
                            text: modelData.message
                        }
                    }
                    IconLabel {
                        objectName: "saveError"
                        Layout.fillWidth: true
                        icon: "sync_problem"
                        iconColor: Theme.cancelled
                        text: editor.errorString
                    }
                }
            }
            Button {
                objectName: "saveButton"
                Layout.fillWidth: true
                Layout.topMargin: 8
                implicitHeight: Theme.touch + 8
                highlighted: true
                enabled: editor.canSave
                font.pixelSize: Theme.large
                //: Saves the activity in the editor
                text: qsTr("Save")
                onClicked: root.save()
            }
        }
    }
}
