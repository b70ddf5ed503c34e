// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Buurtplein.Resident

// Joining a date or a whole series from the activity page, and leaving again: the
// buttons follow and My activities counts the joins.
Item {
    id: stage

    width: 400
    height: 800

    TestCase {
        id: testCase

        name: "Join"
        when: windowShown
        width: 400
        height: 800

        readonly property string activityUid: "demo:taalcafe-javaplein"

        Component { id: activityComponent; ActivityPage { width: 400; height: 800 } }
        Component { id: myComponent; MyActivitiesPage { width: 400; height: 800 } }

        // A join or leave is written off the UI thread: wait until it is stored.
        function settled() {
            tryCompare(MyActivities, "busy", false, 5000)
            compare(MyActivities.errorString, "")
        }

        function cleanup() {
            while (MyActivities.count > 0) {
                const token = MyActivities.tokenFor(activityUid, "")
                           || MyActivities.tokenFor(activityUid, Catalogue.sessionsOf(activityUid, 1)[0].occurrenceUid)
                verify(token.length > 0)
                MyActivities.leave(token)
                settled()
            }
        }

        function test_joinAndLeaveTheSeries() {
            const page = createTemporaryObject(activityComponent, stage, { activityUid: activityUid })
            // The page reads its activity off the UI thread: its dates come a moment later.
            tryVerify(() => page.loaded, 5000, "the page read its activity")
            const button = findChild(page, "joinSeriesButton")
            verify(button)
            compare(MyActivities.count, 0)
            compare(button.text, "Join every time")

            mouseClick(button)
            // The tap is answered at once: the button waits while the join is written.
            verify(MyActivities.busy)
            verify(!button.enabled)
            settled()
            verify(button.enabled)
            compare(MyActivities.count, 1)
            compare(button.text, "Leave the series")
            // Every date is now covered by the series.
            const first = Catalogue.sessionsOf(activityUid, 1)[0]
            compare(findChild(page, "joinDate-" + first.occurrenceUid).text, "Joined")

            const mine = createTemporaryObject(myComponent, stage)
            const list = findChild(mine, "myActivitiesList")
            compare(list.count, 1)
            tryVerify(() => list.itemAtIndex(0) !== null)
            verify(list.itemAtIndex(0).series)
            compare(list.itemAtIndex(0).title, "Taalcafé")

            // My activities lies over the activity page: out of the way, it still follows.
            mine.visible = false
            mouseClick(button)
            settled()
            compare(MyActivities.count, 0)
            compare(list.count, 0)
            compare(button.text, "Join every time")
        }

        function test_joinOneDate() {
            const page = createTemporaryObject(activityComponent, stage, { activityUid: activityUid })
            // The page reads its activity off the UI thread: its dates come a moment later.
            tryVerify(() => page.loaded, 5000, "the page read its activity")
            const first = Catalogue.sessionsOf(activityUid, 1)[0]
            const dateButton = findChild(page, "joinDate-" + first.occurrenceUid)
            verify(dateButton)
            compare(dateButton.text, "Join")

            mouseClick(dateButton)
            settled()
            compare(MyActivities.count, 1)
            compare(dateButton.text, "Going ✓")
            verify(MyActivities.isCovered(activityUid, first.occurrenceUid))
            // Only that date: the series is not joined.
            compare(findChild(page, "joinSeriesButton").text, "Join every time")

            mouseClick(dateButton)
            settled()
            compare(MyActivities.count, 0)
            compare(dateButton.text, "Join")
        }

        function test_leaveFromMyActivities() {
            MyActivities.joinSeries(activityUid)
            settled()
            const mine = createTemporaryObject(myComponent, stage)
            const list = findChild(mine, "myActivitiesList")
            tryVerify(() => list.itemAtIndex(0) !== null)
            const leave = findChild(list.itemAtIndex(0), "leaveButton")
            verify(leave)
            mouseClick(leave)
            settled()
            compare(MyActivities.count, 0)
            compare(list.count, 0)
        }
    }
}
