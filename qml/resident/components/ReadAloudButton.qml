// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import Buurtplein.Common
import Buurtplein.Resident

// Reads an activity's essentials (what, when, where, cost) aloud in the UI language, for
// residents who read little. Shown only where a voice for that language exists: no dead
// button on a device without one. While speaking it stops the voice instead.
Button {
    id: root

    // CatalogueDetails.activity() and sessionsOf() of the page.
    property var activity: ({})
    property var sessions: []
    // Which TextToSpeech engine to use; empty: the first installed one with a voice.
    property alias engine: speech.engine
    property alias language: speech.language
    readonly property alias available: speech.available
    readonly property alias speaking: speech.speaking
    readonly property string spokenText: speech.textFor(activity, sessions)

    visible: speech.available
    implicitHeight: Theme.touch
    font.pixelSize: Theme.body
    icon.name: ""
    text: speech.speaking
          //: Stops the voice reading an activity aloud
          ? qsTr("Stop reading")
          //: Reads the activity's title, next date, place and cost aloud
          : qsTr("Read aloud")
    onClicked: speech.speaking ? speech.stop() : speech.say(root.spokenText)

    contentItem: Row {
        spacing: 6
        Icon {
            anchors.verticalCenter: parent.verticalCenter
            name: speech.speaking ? "stop" : "volume_up"
            size: Theme.iconSize - 2
            color: Theme.primary
        }
        Label {
            anchors.verticalCenter: parent.verticalCenter
            text: root.text
            font: root.font
            color: Theme.primary
        }
    }

    ReadAloud {
        id: speech

        language: Language.code
    }
}
