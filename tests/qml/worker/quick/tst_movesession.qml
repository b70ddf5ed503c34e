// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Buurtplein.Worker

// Choosing a new day for a session on the move page, as a social worker taps it: the
// calendar opens on the session's month with its day ringed, goes to the next month and
// back, refuses days before today, and what residents will see follows the chosen day.
// Nothing is saved: the database stays as the other worker tests expect it.
Item {
    id: stage

    width: 400
    height: 800

    StackView { id: stack; anchors.fill: parent }
    Component { id: pageComponent; MoveSessionPage {} }

    TestCase {
        name: "MoveSession"
        when: windowShown

        // Thursday 26 November 2026, 10:00 in Amsterdam; the app's day is 23 November 2026.
        readonly property string occurrenceUid: "demo:wandelen-flevopark/20261126T090000Z"

        function openPage() {
            const page = stack.push(pageComponent, { occurrenceUid: occurrenceUid }, StackView.Immediate)
            verify(page)
            tryCompare(page, "date", "2026-11-26")
            return page
        }

        function cleanup() {
            stack.clear(StackView.Immediate)
        }

        function test_pickADay() {
            const page = openPage()
            const grid = findChild(page, "moveCalendar")
            verify(grid)
            compare(grid.month, 10) // November
            compare(grid.year, 2026)
            waitForItemPolished(grid)
            waitForRendering(page)
            const before = page.preview

            // A day before today cannot be chosen.
            const past = findChild(page, "day-2026-11-20")
            verify(past)
            verify(!past.enabled)

            mouseClick(findChild(page, "day-2026-11-27"))
            compare(page.date, "2026-11-27")
            verify(page.preview !== before, "the preview did not follow the chosen day")

            mouseClick(findChild(page, "nextMonthButton"))
            compare(grid.month, 11)
            mouseClick(findChild(page, "nextMonthButton"))
            compare(grid.month, 0)
            compare(grid.year, 2027)
            const january = findChild(page, "day-2027-01-07")
            verify(january && january.enabled)
            mouseClick(january)
            compare(page.date, "2027-01-07")
            mouseClick(findChild(page, "previousMonthButton"))
            compare(grid.month, 11)
            compare(grid.year, 2026)
        }
    }
}
