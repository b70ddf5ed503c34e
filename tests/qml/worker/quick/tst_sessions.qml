// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Buurtplein.Resident
import Buurtplein.Worker

// A social worker cancels a coming session of the Flevopark walking group through the
// dialog, sees the badge residents see, and restores it: the database ends as it began.
Item {
    id: stage

    width: 400
    height: 800

    StackView { id: stack; anchors.fill: parent }
    Component { id: pageComponent; WorkerActivityPage {} }

    TestCase {
        name: "WorkerSessions"
        when: windowShown

        readonly property string activityUid: "demo:wandelen-flevopark"
        // Thursday 26 November 2026, 10:00 in Amsterdam.
        readonly property string occurrenceUid: "demo:wandelen-flevopark/20261126T090000Z"

        function residentStatus() {
            const sessions = Catalogue.sessionsOf(activityUid, 10)
            for (let i = 0; i < sessions.length; ++i) {
                if (sessions[i].occurrenceUid === occurrenceUid)
                    return sessions[i].status
            }
            return "missing"
        }

        // Scrolls the page until @p item is on screen, then taps it.
        function tap(page, item) {
            verify(item, "no such item")
            verify(item.visible, item.objectName + " is hidden")
            const flick = findChild(page, "workerActivityFlick")
            const y = item.mapToItem(flick.contentItem, 0, 0).y
            flick.contentY = Math.max(0, Math.min(y - flick.height / 2, flick.contentHeight - flick.height))
            mouseClick(item)
        }

        // The model re-reads after every change, so rows are looked up afresh.
        function badgeText(page) {
            const badge = findChild(page, "sessionBadge-" + occurrenceUid)
            return badge ? badge.text : "missing"
        }

        function openPage() {
            const page = stack.push(pageComponent, { activityUid: activityUid }, StackView.Immediate)
            verify(page)
            tryCompare(page, "title", "Wandelgroep Flevopark")
            return page
        }

        function cleanup() {
            stack.clear(StackView.Immediate)
        }

        function test_cancelThroughTheDialogAndRestore() {
            compare(residentStatus(), "scheduled")
            const page = openPage()
            compare(badgeText(page), "10:00–11:00")

            tap(page, findChild(page, "cancel-" + occurrenceUid))
            const dialog = page.cancelDialog
            tryCompare(dialog, "opened", true)
            compare(dialog.occurrenceUid, occurrenceUid)
            compare(findChild(dialog.contentItem, "cancelSessionWhen").text, "Thursday 26 November 2026, 10:00–11:00")
            const confirm = findChild(dialog.footer, "confirmCancelButton")
            verify(!confirm.enabled, "a reason must be chosen first")

            const weather = findChild(dialog.contentItem, "reason-weer")
            verify(weather)
            mouseClick(weather)
            compare(findChild(dialog.contentItem, "cancelPreview").text, "Residents will see: Cancelled — Weather")
            verify(confirm.enabled)
            mouseClick(confirm)
            tryCompare(dialog, "visible", false)

            tryVerify(() => badgeText(page) === "10:00–11:00 · Cancelled: Weather", 5000, badgeText(page))
            compare(residentStatus(), "cancelled")
            verify(!findChild(page, "cancel-" + occurrenceUid).visible)

            tap(page, findChild(page, "restore-" + occurrenceUid))
            tryVerify(() => badgeText(page) === "10:00–11:00", 5000, badgeText(page))
            compare(residentStatus(), "scheduled")
            verify(!findChild(page, "restore-" + occurrenceUid).visible)
            verify(findChild(page, "cancel-" + occurrenceUid).visible)
        }

        function test_keepLeavesTheSessionAlone() {
            const page = openPage()
            tap(page, findChild(page, "cancel-" + occurrenceUid))
            const dialog = page.cancelDialog
            tryCompare(dialog, "opened", true)
            mouseClick(findChild(dialog.contentItem, "reason-anders"))
            mouseClick(findChild(dialog.footer, "keepSessionButton"))
            tryCompare(dialog, "visible", false)
            compare(badgeText(page), "10:00–11:00")
            compare(residentStatus(), "scheduled")
        }
    }
}
