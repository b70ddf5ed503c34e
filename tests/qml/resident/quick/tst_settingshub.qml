// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Buurtplein.Worker
import Buurtplein.App

// The hub address in Settings on a resident's device: an address that is not http(s) is
// refused with a sentence and kept nowhere; a good one is kept, tidied, and brings the
// sync card without the worker's lines. The harness starts no sync (tst_residentsync
// syncs a resident's device against a real hub); cleanup takes the address away again.
Item {
    id: stage

    width: 400
    height: 800

    TestCase {
        name: "SettingsHub"
        when: windowShown

        Component { id: hubComponent; HubSettings { width: 380 } }
        Component { id: pageComponent; SettingsPage { width: 400; height: 800 } }

        function cleanup() {
            verify(Sync.setHubAddress(""))
        }

        function save(settings, address) {
            const field = findChild(settings, "hubField")
            field.text = address
            const button = findChild(settings, "hubSave")
            verify(button.visible)
            verify(button.enabled)
            mouseClick(button)
            return field
        }

        function test_settingsPageShowsTheHub() {
            const page = createTemporaryObject(pageComponent, stage)
            verify(page)
            verify(findChild(page, "hubField"))
            verify(findChild(page, "hubSyncCard"))
        }

        function test_notAWebAddressIsRefused_data() {
            return [
                { tag: "words", address: "my neighbourhood hub" },
                { tag: "ftp", address: "ftp://hub.example.nl" },
                { tag: "no host", address: "https://" },
            ]
        }

        function test_notAWebAddressIsRefused(data) {
            const settings = createTemporaryObject(hubComponent, stage)
            const field = findChild(settings, "hubField")
            verify(!field.readOnly)
            compare(field.text, "")
            save(settings, data.address)
            const problem = findChild(settings, "hubProblem")
            verify(problem.visible)
            compare(problem.text, "This is not a web address. A hub's address looks like https://hub.example.nl.")
            compare(Sync.hubUrl, "")
            verify(!Sync.configured)
            verify(!findChild(settings, "hubSyncCard").visible)
        }

        function test_webAddressIsKept() {
            const settings = createTemporaryObject(hubComponent, stage)
            const field = save(settings, " http://127.0.0.1:9/ ")
            verify(!findChild(settings, "hubProblem").visible)
            compare(Sync.hubUrl, "http://127.0.0.1:9")
            compare(field.text, "http://127.0.0.1:9")
            verify(!findChild(settings, "hubSave").enabled)
            const card = findChild(settings, "hubSyncCard")
            verify(card.visible)
            // A resident sends no changes: the card says when it synced, not what waits.
            verify(!findChild(card, "syncWaiting").visible)
            verify(findChild(card, "syncStatus").visible)
            verify(findChild(card, "syncNowButton").visible)

            // Emptied, the device has no hub again.
            save(settings, "")
            compare(Sync.hubUrl, "")
            verify(!card.visible)
        }
    }
}
