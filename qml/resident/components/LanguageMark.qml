// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import Buurtplein.Common

// Marks a text shown in a language other than the UI's (an activity without a translation
// keeps its original): the language's own name, small and muted, so a resident knows
// what they are reading and can ask for help. Hidden when the text is in the UI language.
Label {
    id: root

    /** The language the marked text is in (BCP 47, e.g. "nl"); empty: unknown, no mark. */
    property string language
    /** The language the resident reads the app in; empty (before UiLanguage.restore()): unknown, no mark. */
    property string uiLanguage: Language.code
    readonly property bool shown: language.length > 0 && uiLanguage.length > 0 && language !== uiLanguage
    /** For the row's screen reader name: "in Nederlands", or empty when not shown. */
    //: Screen reader: the language an activity's title is written in when it has no translation, e.g. "in Nederlands"
    readonly property string accessibleText: shown ? qsTr("in %1").arg(Terms.languageName(language)) : ""

    objectName: "languageMark"
    visible: shown
    horizontalAlignment: Text.AlignLeft
    text: shown ? Terms.languageName(language) : ""
    font.pixelSize: Theme.small
    font.italic: true
    color: Theme.muted
    elide: Text.ElideRight
    Accessible.name: accessibleText
}
