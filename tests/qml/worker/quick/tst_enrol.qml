// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Buurtplein.Worker

// The enrolment page on the harness device, which is enrolled for Buurtwerk Oost: it
// shows the organisation, the hub and the way out, refuses a garbage code without
// asking any hub, and a buurtplein://enrol link fills in its code. Leaving is tested
// against a real hub in tst_workersession; this file never confirms it (the other
// worker tests need the enrolment).
Item {
    id: stage

    width: 400
    height: 800

    TestCase {
        name: "EnrolPage"
        when: windowShown

        Component { id: pageComponent; EnrolPage { width: 400; height: 800 } }

        function test_enrolledShowsOrganisationHubAndLeave() {
            const page = createTemporaryObject(pageComponent, stage)
            verify(page)
            compare(page.title, "Social work")
            const organisation = findChild(page, "enrolledOrganisation")
            verify(organisation.visible)
            compare(organisation.text, "Buurtwerk Oost")
            compare(findChild(page, "enrolledHub").address, "http://127.0.0.1:9")
            const leave = findChild(page, "leaveButton")
            verify(leave.visible)
            compare(leave.Accessible.name, "Leave Buurtwerk Oost")
            verify(!findChild(page, "enrolCode").visible)
            verify(!findChild(page, "enrolButton").visible)
        }

        function test_leaveAsksFirst() {
            const page = createTemporaryObject(pageComponent, stage)
            const dialog = findChild(page, "leaveDialog")
            verify(!dialog.opened)
            mouseClick(findChild(page, "leaveButton"))
            tryVerify(() => dialog.opened)
            compare(dialog.title, "Leave Buurtwerk Oost?")
            const warning = findChild(page, "leaveWarning").text
            verify(warning.indexOf("This device leaves Buurtwerk Oost.") === 0, warning)
            verify(warning.indexOf("session logs and notes on this device are removed") > 0, warning)
            mouseClick(findChild(page, "cancelLeave"))
            tryVerify(() => !dialog.visible)
            verify(Enrolment.enrolled)
        }

        function test_garbageCodeShowsItsSentence() {
            const page = createTemporaryObject(pageComponent, stage)
            const message = findChild(page, "enrolMessage")
            verify(!message.visible)
            // The harness is enrolled, so the form is hidden: its button is pressed directly.
            // A text that cannot be a code is refused before any hub is asked.
            findChild(page, "enrolCode").text = "vraag het aan Fatima"
            const button = findChild(page, "enrolButton")
            verify(button.enabled)
            button.clicked()
            verify(!Enrolment.busy)
            verify(message.visible)
            compare(message.text, "This is not an enrolment code: a code has 16 letters and digits, like K7QM-3XPA-9RTD-2FHC.")
            // Typing again clears the sentence.
            findChild(page, "enrolCode").textEdited()
            verify(!message.visible)
        }

        function test_linkFillsInTheCode() {
            const requested = createTemporaryObject(spyComponent, stage)
            verify(!Enrolment.openLink("buurtplein://join?code=K7QM-3XPA-9RTD-2FHC"))
            compare(requested.count, 0)
            verify(Enrolment.openLink("buurtplein://enrol?hub=https%3A%2F%2Fhub.example.nl&code=k7qm3xpa9rtd2fhc"))
            compare(requested.count, 1)
            const page = createTemporaryObject(pageComponent, stage)
            compare(findChild(page, "enrolCode").text, "K7QM-3XPA-9RTD-2FHC")
            compare(findChild(page, "linkHub").address, "https://hub.example.nl")
            // This device is enrolled already: the page says why the link's code waits.
            const note = findChild(page, "pendingWhileEnrolled")
            verify(note.visible)
            compare(note.text, "A link asked to enrol this device, but it is already enrolled for Buurtwerk Oost. To use the link's code, leave Buurtwerk Oost first.")
        }

        Component {
            id: spyComponent
            SignalSpy { target: Enrolment; signalName: "enrolmentRequested" }
        }
    }
}
