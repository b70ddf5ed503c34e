// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Buurtplein.Resident

// Discreet mode: My activities stays hidden until the right PIN, a wrong one is refused,
// and no activity page shows a join while locked.
Item {
    id: stage

    width: 400
    height: 800

    TestCase {
        id: testCase

        name: "Discreet"
        when: windowShown
        width: 400
        height: 800

        Component { id: myComponent; MyActivitiesPage { width: 400; height: 800 } }
        Component { id: activityComponent; ActivityPage { width: 400; height: 800; activityUid: "demo:inloop-meevaart" } }

        function cleanup() {
            if (Discreet.enabled)
                verify(Discreet.disable("2468"))
            const token = MyActivities.tokenFor("demo:inloop-meevaart", "")
            if (token.length > 0)
                MyActivities.leave(token)
        }

        function enterPin(page, pin) {
            const field = findChild(page, "unlockPinField")
            field.forceActiveFocus()
            field.text = ""
            for (let i = 0; i < pin.length; ++i)
                keyClick(pin[i])
            mouseClick(findChild(page, "unlockButton"))
        }

        function test_hiddenUntilThePin() {
            verify(MyActivities.joinSeries("demo:inloop-meevaart"))
            verify(Discreet.enable("2468"))
            const page = createTemporaryObject(myComponent, stage)
            const list = findChild(page, "myActivitiesList")
            verify(findChild(page, "lockedView").visible)
            verify(!list.visible)
            compare(list.count, 0)

            enterPin(page, "1111")
            verify(Discreet.locked)
            verify(!list.visible)
            verify(findChild(page, "unlockError").visible)

            enterPin(page, "2468")
            verify(!Discreet.locked)
            verify(list.visible)
            compare(list.count, 1)
            verify(!findChild(page, "lockedView").visible)
        }

        // The activity page of a joined series: while locked, the series button offers to
        // join and every date reads "Join", exactly as for an activity nobody joined.
        function test_activityPageShowsNoJoinWhileLocked() {
            verify(MyActivities.joinSeries("demo:inloop-meevaart"))
            verify(Discreet.enable("2468"))
            Discreet.lock()
            const page = createTemporaryObject(activityComponent, stage)
            // The page reads its activity off the UI thread: its dates come a moment later.
            tryVerify(() => page.loaded, 5000, "the page read its activity")
            const series = findChild(page, "joinSeriesButton")
            compare(series.text, "Join every time")
            const dates = page.sessions.filter(s => s.status !== "cancelled" && s.status !== "skipped")
            verify(dates.length > 0)
            for (const session of dates) {
                const button = findChild(page, "joinDate-" + session.occurrenceUid)
                verify(button, session.occurrenceUid)
                compare(button.text, "Join")
                verify(!button.highlighted)
            }
            // With the PIN the markers are back.
            verify(Discreet.unlock("2468"))
            compare(series.text, "Leave the series")
            compare(findChild(page, "joinDate-" + dates[0].occurrenceUid).text, "Joined")
        }

        function test_locksAgainWhenThePageCloses() {
            verify(Discreet.enable("2468"))
            verify(Discreet.unlock("2468"))
            const page = createTemporaryObject(myComponent, stage)
            verify(!Discreet.locked)
            page.destroy()
            tryVerify(() => Discreet.locked)
        }

        function test_invalidPinCannotTurnItOn() {
            verify(!Discreet.enable("12"))
            verify(!Discreet.enabled)
            verify(Discreet.errorString.length > 0)
        }

        function test_disableNeedsThePin() {
            verify(Discreet.enable("2468"))
            verify(!Discreet.disable("0000"))
            verify(Discreet.enabled)
        }
    }
}
