// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Buurtplein.Worker

// The schedule editor page on a demo activity of Buurtwerk Oost. It only looks and
// never saves: other tests read the demo schedules.
Item {
    id: stage

    width: 400
    height: 800

    TestCase {
        name: "ScheduleEditorPage"
        when: windowShown

        Component {
            id: pageComponent
            ScheduleEditorPage { width: 400; height: 800 }
        }

        function openPage() {
            const page = createTemporaryObject(pageComponent, stage, { activityUid: "demo:wandelen-flevopark" })
            verify(page)
            compare(page.editor.scheduleUid, "demo:wandelen-flevopark/s1")
            return page
        }

        function test_opensTheStoredScheduleInWords() {
            const page = openPage()
            compare(page.editor.kind, "weekly")
            verify(!page.editor.replaceOnly)
            verify(findChild(page, "scheduleDescription").text.startsWith("Every Thursday, 10:00"))
            compare(page.editor.preview.length, 10)
            verify(findChild(page, "saveSchedule").enabled)
        }

        function test_weeklyDayTogglesUpdateThePreview() {
            const page = openPage()
            const editor = page.editor
            mouseClick(findChild(page, "kind-once"))
            compare(editor.kind, "once")
            verify(!findChild(page, "weekdays").visible)
            mouseClick(findChild(page, "kind-weekly"))
            compare(editor.kind, "weekly")
            verify(findChild(page, "weekdays").visible)

            // Without a day there is nothing to save.
            const chosen = Array.from(editor.weekdays)
            for (const day of chosen)
                mouseClick(findChild(page, "weekday-" + day))
            compare(editor.weekdays.length, 0)
            compare(editor.problem, "Choose at least one day of the week.")
            compare(findChild(page, "scheduleProblem").text, editor.problem)
            compare(editor.preview.length, 0)
            verify(!findChild(page, "saveSchedule").enabled)

            const monday = findChild(page, "weekday-1")
            mouseClick(monday)
            verify(monday.checked)
            compare(Array.from(editor.weekdays), [1])
            compare(editor.problem, "")
            verify(findChild(page, "saveSchedule").enabled)
            compare(editor.preview.length, 10)
            for (const session of editor.preview) {
                // 10:00 in Amsterdam is the same day in UTC.
                compare(session.start.getUTCDay(), 1, session.label)
                verify(session.label.startsWith(Qt.locale().dayName(1, Locale.LongFormat)), session.label)
            }
            verify(findChild(page, "scheduleDescription").text.startsWith("Every Monday, 10:00"))
        }

        function test_monthlyChoices() {
            const page = openPage()
            const editor = page.editor
            mouseClick(findChild(page, "kind-monthly"))
            compare(editor.kind, "monthlyByWeekday")
            // The start date, Thursday 3 September 2026, is the first Thursday of its month.
            compare(editor.ordinal, 1)
            compare(editor.weekday, 4)
            compare(editor.preview.length, 10)
            mouseClick(findChild(page, "monthlyByDay"))
            compare(editor.kind, "monthlyByDay")
            compare(editor.dayOfMonth, 3)
            verify(findChild(page, "scheduleDescription").text.startsWith("Monthly on day 3"))
        }
    }
}
