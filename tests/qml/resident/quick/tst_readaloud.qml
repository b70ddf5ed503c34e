// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Buurtplein.Resident

// The Read aloud button is there only when a voice speaks the UI language: without an
// engine, or without a voice for the language, it is hidden rather than dead.
Item {
    id: stage

    width: 400
    height: 800

    readonly property string activityUid: "demo:taalcafe-javaplein"

    Component {
        id: buttonComponent
        ReadAloudButton {
            activity: Catalogue.activity(stage.activityUid)
            sessions: Catalogue.sessionsOf(stage.activityUid, 3)
        }
    }

    TestCase {
        name: "ReadAloud"
        when: windowShown

        function test_hiddenWithoutEngine() {
            const button = createTemporaryObject(buttonComponent, stage, { engine: "no-such-engine" })
            verify(button)
            wait(200) // the lookup runs on the speech thread; its "no voice" must not show the button
            verify(!button.available)
            verify(!button.visible)
            compare(button.speaking, false)
        }

        // Flite (qt6-speech-flite-plugin, which scripts/setup-debian.sh installs) speaks
        // English only: a voice for English, none for Tigrinya.
        function test_shownWithVoiceForLanguage() {
            const button = createTemporaryObject(buttonComponent, stage, { engine: "flite", language: "en" })
            // Found on the speech thread: the page was there before the voice.
            tryCompare(button, "available", true, 10000)
            verify(button.visible)
            compare(button.text, "Read aloud")
        }

        function test_hiddenWithoutVoiceForLanguage() {
            const button = createTemporaryObject(buttonComponent, stage, { engine: "flite", language: "ti" })
            wait(500)
            verify(!button.available)
            verify(!button.visible)
        }

        function test_textNamesTheActivity() {
            const button = createTemporaryObject(buttonComponent, stage, { engine: "no-such-engine" })
            const info = Catalogue.activity(stage.activityUid)
            verify(info.title.length > 0)
            verify(button.spokenText.indexOf(info.title) === 0, button.spokenText)
            verify(button.spokenText.indexOf(info.place.name) > 0, button.spokenText)
        }

        function test_activityPageHasTheButton() {
            const page = createTemporaryObject(Qt.createComponent("qrc:/qt/qml/Buurtplein/Resident/pages/ActivityPage.qml"),
                                               stage, { activityUid: stage.activityUid })
            const button = findChild(page, "readAloudButton")
            verify(button)
            compare(button.visible, button.available)
        }
    }
}
