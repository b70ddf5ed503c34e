// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Buurtplein.Resident

// A moved or cancelled date says so where a resident looks: on the activity page, the
// moved date names its new place and both say why (the demo's December dialogue moved to
// VONK, Wednesday's coffee morning cancelled), so nobody walks to the old door; a holiday
// the series skips is named where the gap is.
Item {
    id: stage

    width: 400
    height: 800

    Component { id: activityComponent; ActivityPage { width: 400; height: 800 } }

    TestCase {
        name: "ChangedSessions"
        when: windowShown

        function test_movedDateNamesItsNewPlaceAndWhy() {
            const page = createTemporaryObject(activityComponent, stage, { activityUid: "demo:dialoog-meevaart" })
            // The page reads its activity off the UI thread: its dates come a moment later.
            tryVerify(() => page.loaded, 5000, "the page read its activity")
            const moved = "demo:dialoog-meevaart/20261210T183000Z"
            const when = findChild(page, "when-" + moved)
            verify(when, "the December date is listed")
            verify(when.text.indexOf("Moved") > 0, when.text)
            verify(when.text.indexOf("Activiteitencentrum VONK") > 0, when.text)
            const reason = findChild(page, "reason-" + moved)
            verify(reason.visible)
            compare(reason.text, "De grote zaal van De Meevaart is bezet; deze keer zijn we in VONK.")
            // The January date is at the usual place again: no place named, no reason.
            const january = findChild(page, "when-demo:dialoog-meevaart/20270114T183000Z")
            verify(january.text.indexOf("VONK") < 0 && january.text.indexOf("Meevaart") < 0, january.text)
            verify(!findChild(page, "reason-demo:dialoog-meevaart/20270114T183000Z").visible)
        }

        function test_cancelledDateSaysWhy() {
            const page = createTemporaryObject(activityComponent, stage, { activityUid: "demo:inloop-meevaart" })
            // The page reads its activity off the UI thread: its dates come a moment later.
            tryVerify(() => page.loaded, 5000, "the page read its activity")
            const cancelled = "demo:inloop-meevaart/20261125T090000Z"
            verify(findChild(page, "when-" + cancelled).text.indexOf("Cancelled") > 0)
            compare(findChild(page, "reason-" + cancelled).text, "De Meevaart is deze ochtend gesloten: de verwarming wordt vervangen.")
            verify(!findChild(page, "joinDate-" + cancelled).visible)
        }

        // The page is on screen before the catalogue is read: nothing of it comes from the
        // database on the UI thread, its dates fill in when the reading thread answers.
        function test_pageOpensBeforeItsDatesAreRead() {
            const page = createTemporaryObject(activityComponent, stage, { activityUid: "demo:inloop-meevaart" })
            verify(!page.loaded)
            compare(page.sessions.length, 0)
            compare(page.title, "")
            tryVerify(() => page.loaded, 5000)
            compare(page.title, "Inloop met koffie")
            compare(page.sessions.length, 6)
        }

        function test_skippedHolidaySaysWhich() {
            // The last Friday's meal has no December date: the 25th is Christmas Day.
            const page = createTemporaryObject(activityComponent, stage, { activityUid: "demo:samen-eten-batavia" })
            // The page reads its activity off the UI thread: its dates come a moment later.
            tryVerify(() => page.loaded, 5000, "the page read its activity")
            const when = findChild(page, "when-2026-12-25")
            verify(when, "Christmas Day is listed where the gap is")
            verify(when.text.indexOf("No session: Christmas Day") > 0, when.text)
            verify(!findChild(page, "joinDate-2026-12-25").visible)
            // The dates around it are ordinary ones, to join.
            verify(findChild(page, "joinDate-demo:samen-eten-batavia/20261127T163000Z").visible)
            verify(findChild(page, "joinDate-demo:samen-eten-batavia/20270129T163000Z").visible)
        }
    }
}
