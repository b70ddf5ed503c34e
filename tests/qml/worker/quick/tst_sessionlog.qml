// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtTest
import Buurtplein.Worker

// Logging a session the quick way: the reminder card lists past sessions without a log,
// a row opens the log page, + a few times, Save, and the reminder shrinks by one.
// The database is shared with the other worker tests: this logs exactly one session.
Item {
    id: stage

    width: 400
    height: 800

    UnloggedSessionsModel {
        id: unlogged
        enrolment: Enrolment
    }

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: Page {
            UnloggedSessionsCard {
                objectName: "unloggedCard"
                width: parent.width
            }
        }
    }

    Component { id: logPage; SessionLogPage {} }

    TestCase {
        name: "SessionLog"
        when: windowShown

        function card() { return findChild(stack.get(0), "unloggedCard") }

        // An unlogged session of Buurtwerk Oost from the middle of the list, away from
        // the newest ones other tests may look at.
        function pickSession() {
            verify(unlogged.count > 3)
            const row = Math.floor(unlogged.count / 2)
            return unlogged.data(unlogged.index(row, 0), UnloggedSessionsModel.OccurrenceUidRole)
        }

        function openLog(uid) {
            // A stack in a transition ignores taps.
            tryCompare(stack, "busy", false)
            const page = stack.push(logPage, { occurrenceUid: uid }, StackView.Immediate)
            verify(page)
            tryCompare(page.editor, "found", true)
            return page
        }

        function cleanup() {
            tryCompare(stack, "busy", false)
            while (stack.depth > 1)
                stack.pop(StackView.Immediate)
        }

        function test_cardListsSessions() {
            const c = card()
            verify(c.visible)
            compare(c.count, unlogged.count)
            const first = unlogged.data(unlogged.index(0, 0), UnloggedSessionsModel.OccurrenceUidRole)
            const row = findChild(c, "unlogged-" + first)
            verify(row && row.visible)
            // Only three rows until "show all".
            const fourth = findChild(c, "unlogged-" + unlogged.data(unlogged.index(3, 0), UnloggedSessionsModel.OccurrenceUidRole))
            verify(!fourth.visible)
            const showAll = findChild(c, "showAllUnloggedButton")
            compare(showAll.text, "Show all " + c.count)
            mouseClick(showAll)
            verify(fourth.visible)
            mouseClick(showAll)
            verify(!fourth.visible)

            mouseClick(row)
            compare(stack.depth, 2)
            compare(stack.currentItem.occurrenceUid, first)
            tryCompare(stack.currentItem, "title", "Log session")
        }

        function test_notHeldNeedsReason() {
            const page = openLog(pickSession())
            const save = findChild(page, "saveLogButton")
            verify(save.enabled)
            verify(!findChild(page, "reason-weer").visible)
            mouseClick(findChild(page, "notHeldButton"))
            verify(!page.editor.held)
            verify(findChild(page, "reason-weer").visible)
            verify(!save.enabled)
            mouseClick(findChild(page, "reason-weer"))
            compare(page.editor.notHeldReason, "weer")
            verify(save.enabled)
            mouseClick(findChild(page, "heldButton"))
            verify(page.editor.held)
        }

        function test_logQuickly() {
            const before = card().count
            const uid = pickSession()
            const page = openLog(uid)
            compare(page.title, "Log session")
            verify(page.editor.title.length > 0)

            const plus = findChild(page, "attendance-plus")
            compare(plus.Accessible.name, "More Participants")
            for (let i = 0; i < 3; ++i)
                mouseClick(plus)
            compare(page.editor.attendance, 3)
            compare(findChild(page, "attendance-value").text, "3")

            // Four first-timers out of three participants: said next to the field, Save off.
            const firstTimersPlus = findChild(page, "firstTimers-plus")
            for (let j = 0; j < 4; ++j)
                mouseClick(firstTimersPlus)
            const firstTimers = findChild(page, "firstTimers")
            compare(firstTimers.problem, "There cannot be 4 first-timers when 3 people took part.")
            const save = findChild(page, "saveLogButton")
            verify(!save.enabled)

            mouseClick(findChild(page, "firstTimers-minus"))
            mouseClick(findChild(page, "firstTimers-minus"))
            compare(firstTimers.problem, "")
            verify(save.enabled)
            mouseClick(save)
            tryCompare(stack, "depth", 1)
            tryCompare(stack, "busy", false)
            compare(card().count, before - 1)
            for (let r = 0; r < unlogged.count; ++r)
                verify(unlogged.data(unlogged.index(r, 0), UnloggedSessionsModel.OccurrenceUidRole) !== uid)

            // Opened again, it is an edit of revision 1 with what was saved.
            const again = openLog(uid)
            compare(again.title, "Edit log (revision 1)")
            compare(again.editor.attendance, 3)
            compare(again.editor.firstTimers, 2)
        }

        function test_stepperNeverBelowZero() {
            const page = openLog(pickSession())
            const minus = findChild(page, "volunteers-minus")
            verify(!minus.enabled)
            mouseClick(minus)
            compare(page.editor.volunteers, 0)
            compare(minus.Accessible.name, "Fewer Volunteers and hosts")
            verify(minus.width >= 56 && minus.height >= 56)
        }
    }
}
