// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Buurtplein.Worker

// The sync card in each state the service can be in, driven by a stand-in with the
// service's properties (the service itself runs against a real hub in tst_syncservice):
// what it says, its icon, "Sync now", and the refused changes with their dismissal.
Item {
    id: stage

    width: 400
    height: 800

    QtObject {
        id: fake

        property int state: 0
        property bool configured: true
        property int waitingChanges: 0
        property int setAsideChanges: setAside.count
        property string lastProblem: ""
        property string progressText: ""
        property var lastSynced: new Date(2026, 10, 23, 10, 42)
        property string lastSyncedText: "Last synced 10:42"
        property int syncNowCalls: 0
        property var replaced: []
        property ListModel setAside: ListModel {}

        function syncNow() { ++syncNowCalls }
        function sendReplacing(uuid) {
            replaced.push(uuid)
            return dismiss(uuid)
        }
        function dismiss(uuid) {
            for (let i = 0; i < setAside.count; ++i) {
                if (setAside.get(i).uuid === uuid) {
                    setAside.remove(i)
                    return true
                }
            }
            return false
        }
    }

    QtObject {
        id: fakeEnrolment

        property bool accessRefused: false
        property int renewals: 0
        function requestRenewal() { ++renewals }
    }

    Component {
        id: cardComponent

        SyncStatusCard { width: 380; sync: fake; enrolment: fakeEnrolment; hubUrl: "https://hub.example.nl" }
    }

    TestCase {
        name: "SyncStatusCard"
        when: windowShown

        function init() {
            fake.state = 0
            fake.waitingChanges = 0
            fake.lastProblem = ""
            fake.progressText = ""
            fake.syncNowCalls = 0
            fake.replaced = []
            fake.setAside.clear()
            fakeEnrolment.accessRefused = false
            fakeEnrolment.renewals = 0
        }

        function card() {
            const made = createTemporaryObject(cardComponent, stage)
            verify(made)
            return made
        }

        function text(item, name) {
            const child = findChild(item, name)
            verify(child, "no " + name)
            return child.text
        }

        function test_idleSaysWhenItLastSynced() {
            const c = card()
            compare(text(c, "syncWaiting"), "Everything is sent")
            compare(text(c, "syncStatus"), "Last synced 10:42")
            compare(text(c, "syncIcon"), "cloud_done")
            compare(text(c, "syncHub"), "Hub: https://hub.example.nl")
            verify(!findChild(c, "syncShowSetAside").visible)
            const button = findChild(c, "syncNowButton")
            verify(button.enabled)
            verify(button.height >= 48)
            compare(button.Accessible.name, "Sync now")
            mouseClick(button)
            compare(fake.syncNowCalls, 1)
        }

        function test_neverSynced() {
            fake.lastSyncedText = "Not synced yet"
            const c = card()
            compare(text(c, "syncStatus"), "Not synced yet")
            fake.lastSyncedText = "Last synced 10:42"
        }

        function test_syncingDisablesSyncNow() {
            fake.waitingChanges = 2
            fake.state = 1
            const c = card()
            verify(text(c, "syncWaiting").indexOf("2") >= 0)
            compare(text(c, "syncStatus"), "Syncing…")
            compare(text(c, "syncIcon"), "sync")
            verify(!findChild(c, "syncNowButton").enabled)
            fake.state = 0
            compare(text(c, "syncIcon"), "cloud_upload")
            verify(findChild(c, "syncNowButton").enabled)
        }

        // A first sync downloading the hub's catalogue says how far it is, and only while syncing.
        function test_syncingSaysHowFarTheCatalogueIs() {
            fake.state = 1
            fake.progressText = "Downloading the catalogue: 4.2 MB of 17.0 MB. You can keep using the app."
            const c = card()
            compare(text(c, "syncStatus"), fake.progressText)
            verify(c.Accessible.name.indexOf("4.2 MB of 17.0 MB") >= 0)
            fake.progressText = ""
            compare(text(c, "syncStatus"), "Syncing…")
            fake.progressText = "Catalogue downloaded; preparing it for search…"
            fake.state = 0
            compare(text(c, "syncStatus"), "Last synced 10:42")
        }

        function test_offlineAndProblemSayWhyAndWhen_data() {
            return [
                { tag: "offline", state: 2, icon: "cloud_off", problem: "The hub cannot be reached." },
                { tag: "problem", state: 3, icon: "error_outline", problem: "The hub no longer accepts this device." },
            ]
        }

        function test_offlineAndProblemSayWhyAndWhen(data) {
            fake.waitingChanges = 1
            fake.state = data.state
            fake.lastProblem = data.problem
            const c = card()
            compare(text(c, "syncStatus"), data.problem)
            compare(text(c, "syncIcon"), data.icon)
            // The last good sync is still said, under the problem.
            verify(findChild(c, "syncLastSynced").visible)
            compare(text(c, "syncLastSynced"), "Last synced 10:42")
            verify(findChild(c, "syncNowButton").enabled)
            verify(c.Accessible.name.indexOf(data.problem) >= 0)
        }

        function test_setAsideItemsAreShownAndDismissed() {
            fake.setAside.append({ uuid: "u-1", kind: "activity", subject: "Activity “Koffie-ochtend”",
                                   message: "Someone else changed this on the hub first (now version 2).",
                                   hubShown: true, hubTitle: "Koffie-ochtend", localTitle: "Inloopkoffie met taart", canReplace: false })
            fake.setAside.append({ uuid: "u-2", kind: "session_log", subject: "Log of “Koffie-ochtend” on 20 November",
                                   message: "The hub refused this log.", hubShown: false, hubTitle: "", localTitle: "", canReplace: false })
            const c = card()
            verify(findChild(c, "syncSetAside").visible)
            verify(text(c, "syncSetAside").indexOf("2") >= 0)
            const show = findChild(c, "syncShowSetAside")
            verify(show.visible)
            verify(show.height >= 48)
            mouseClick(show)
            const dialog = findChild(c, "setAsideDialog")
            tryCompare(dialog, "opened", true)

            const conflict = findChild(dialog.contentItem, "setAside-u-1")
            verify(conflict)
            verify(findChild(conflict, "setAsideHubShown").visible)
            compare(findChild(conflict, "setAsideHubShown").text,
                    "The hub has a newer version, which this device shows now. Your edit was not applied.")
            compare(findChild(conflict, "setAsideTitles").text, "On the hub: “Koffie-ochtend”. Your edit: “Inloopkoffie met taart”.")
            const refused = findChild(dialog.contentItem, "setAside-u-2")
            verify(!findChild(refused, "setAsideHubShown").visible)
            compare(findChild(refused, "setAsideMessage").text, "The hub refused this log.")
            verify(!findChild(refused, "setAsideReplace").visible)
            compare(findChild(refused, "setAsideDismiss").text, "Dismiss")

            const dismiss = findChild(conflict, "setAsideDismiss")
            compare(dismiss.Accessible.name, "Dismiss: Activity “Koffie-ochtend”")
            mouseClick(dismiss)
            tryCompare(fake.setAside, "count", 1)
            tryVerify(() => findChild(dialog.contentItem, "setAside-u-1") === null)
            mouseClick(findChild(findChild(dialog.contentItem, "setAside-u-2"), "setAsideDismiss"))
            tryCompare(fake.setAside, "count", 0)
            verify(findChild(dialog.contentItem, "setAsideEmpty").visible)
            verify(!findChild(c, "syncSetAside").visible)
            mouseClick(findChild(dialog.footer, "setAsideClose"))
            tryCompare(dialog, "opened", false)
        }

        // The hub refused the device's key: the card offers a new code, which keeps what waits.
        function test_refusedAccessOffersANewCode() {
            const c = card()
            const renew = findChild(c, "syncRenewAccess")
            verify(!renew.visible)
            fakeEnrolment.accessRefused = true
            verify(renew.visible)
            verify(renew.height >= 48)
            compare(renew.text, "Enter a new code")
            mouseClick(renew)
            compare(fakeEnrolment.renewals, 1)
        }

        // A colleague logged the same session first: the worker keeps theirs or sends their own to replace it.
        function test_secondLogOfASessionIsAChoice() {
            fake.setAside.append({ uuid: "u-3", kind: "session_log", subject: "Log of “Koffie-ochtend” on 20 November",
                                   message: "A colleague logged this session already (12 people took part). Yours (15 people took part) was not sent.",
                                   hubShown: false, hubTitle: "", localTitle: "", canReplace: true })
            fake.setAside.append({ uuid: "u-4", kind: "session_log", subject: "Log of “Koffie-ochtend” on 21 November",
                                   message: "A colleague logged this session already (9 people took part). Yours (not held) was not sent.",
                                   hubShown: false, hubTitle: "", localTitle: "", canReplace: true })
            const c = card()
            mouseClick(findChild(c, "syncShowSetAside"))
            const dialog = findChild(c, "setAsideDialog")
            tryCompare(dialog, "opened", true)
            const mine = findChild(dialog.contentItem, "setAside-u-3")
            const send = findChild(mine, "setAsideReplace")
            verify(send.visible)
            verify(send.height >= 48)
            compare(send.text, "Send mine instead")
            compare(send.Accessible.name, "Send mine instead: Log of “Koffie-ochtend” on 20 November")
            compare(findChild(mine, "setAsideDismiss").text, "Keep theirs")
            mouseClick(send)
            tryCompare(fake.setAside, "count", 1)
            compare(fake.replaced, ["u-3"])
            mouseClick(findChild(findChild(dialog.contentItem, "setAside-u-4"), "setAsideDismiss"))
            tryCompare(fake.setAside, "count", 0)
            compare(fake.replaced, ["u-3"])
        }

        function test_theAppsServiceOnAnEnrolledDevice() {
            const sync = Sync
            verify(sync.configured)
            // Counting joins is on by default once there is a hub.
            verify(sync.countJoins)
            compare(sync.state, SyncService.Idle)
            compare(sync.lastSyncedText, "Not synced yet")
            compare(sync.setAside.count, 0)
        }
    }
}
