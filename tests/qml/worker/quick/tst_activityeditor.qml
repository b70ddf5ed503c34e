// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtTest
import Buurtplein.Worker

// A social worker starts a new activity from the home page: Save waits for a title and a
// category, and the saved activity is in the organisation's list when the editor closes.
Item {
    id: stage

    width: 400
    height: 800

    StackView {
        id: stack

        anchors.fill: parent
    }

    Component { id: homeComponent; WorkerHomePage {} }
    Component { id: editorComponent; ActivityEditorPage {} }

    TestCase {
        name: "ActivityEditor"
        when: windowShown

        // Unique to this test, so no other test reads the activity it leaves behind.
        readonly property string uniqueTitle: "Schaakclub tst_activityeditor"

        function scrollTo(flick, item) {
            const y = item.mapToItem(flick.contentItem, 0, 0).y
            flick.contentY = Math.max(0, Math.min(y - 100, flick.contentHeight - flick.height))
            waitForRendering(flick)
        }

        function rowTitles(list) {
            const titles = []
            for (let i = 0; i < list.count; ++i)
                titles.push(list.itemAt(i).title)
            return titles
        }

        function test_newActivityAppearsInTheList() {
            stack.clear(StackView.Immediate)
            const home = stack.push(homeComponent, {}, StackView.Immediate)
            const list = findChild(home, "organisationActivities")
            verify(list)
            const before = list.count
            verify(before > 0)
            verify(rowTitles(list).indexOf(uniqueTitle) < 0)

            const newButton = findChild(home, "newActivityButton")
            verify(newButton)
            mouseClick(newButton)
            tryCompare(stack, "depth", 2)
            tryCompare(stack, "busy", false)
            const page = stack.currentItem
            compare(page.title, "New activity")

            const save = findChild(page, "saveButton")
            const flick = findChild(page, "editorFlickable")
            verify(save && flick)
            verify(!save.enabled)

            const titleField = findChild(page, "titleField")
            scrollTo(flick, titleField)
            mouseClick(titleField)
            verify(titleField.activeFocus)
            for (const c of uniqueTitle)
                keyClick(c)
            compare(titleField.text, uniqueTitle)
            verify(!save.enabled, "no category yet")

            const chip = findChild(page, "category-cultuur_creatief")
            verify(chip)
            scrollTo(flick, chip)
            mouseClick(chip)
            verify(chip.checked)
            verify(save.enabled)

            scrollTo(flick, save)
            mouseClick(save)
            tryCompare(stack, "depth", 1)
            tryCompare(stack, "busy", false)
            tryCompare(list, "count", before + 1)
            verify(rowTitles(list).indexOf(uniqueTitle) >= 0)
        }

        function test_problemsShowBesideTheField() {
            stack.clear(StackView.Immediate)
            stack.push(homeComponent, {}, StackView.Immediate)
            const page = stack.push(editorComponent, { activityUid: "" }, StackView.Immediate)
            verify(page)
            const cost = findChild(page, "costField")
            const flick = findChild(page, "editorFlickable")
            scrollTo(flick, cost)
            mouseClick(cost)
            cost.selectAll()
            for (const c of "twee")
                keyClick(c)
            const frame = findChild(page, "problemsFrame")
            verify(frame.visible)
            const save = findChild(page, "saveButton")
            verify(!save.enabled)
            stack.pop(StackView.Immediate)
        }
    }
}
