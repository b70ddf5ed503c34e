// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Buurtplein.Worker
import Buurtplein.App

// The hub address in Settings on the harness device, enrolled for Buurtwerk Oost at
// http://127.0.0.1:9: the enrolment's hub is shown and cannot be changed there, and the
// sync card keeps the worker's lines.
Item {
    id: stage

    width: 400
    height: 800

    TestCase {
        name: "SettingsHubEnrolled"
        when: windowShown

        Component { id: hubComponent; HubSettings { width: 380 } }

        function test_enrolledHubIsReadOnly() {
            const settings = createTemporaryObject(hubComponent, stage)
            verify(settings)
            const field = findChild(settings, "hubField")
            verify(field.readOnly)
            compare(field.text, "http://127.0.0.1:9")
            verify(!findChild(settings, "hubSave").visible)
            compare(findChild(settings, "hubExplained").text,
                    "This device syncs with the hub of the organisation it is enrolled for.")
            verify(!Sync.hubEditable)
            verify(!Sync.setHubAddress("https://other.example.nl"))
            compare(Sync.hubUrl, "http://127.0.0.1:9")

            const card = findChild(settings, "hubSyncCard")
            verify(card.visible)
            verify(findChild(card, "syncWaiting").visible)
        }
    }
}
