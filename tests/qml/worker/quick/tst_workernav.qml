// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Buurtplein.Worker
import Buurtplein.App

// An enrolled device: the session knows its organisation and the bottom bar gains the
// Work tab that residents never see.
Item {
    id: stage

    width: 400
    height: 800

    TestCase {
        name: "WorkerNav"
        when: windowShown

        Component { id: navComponent; BottomNav { width: 400 } }

        function test_enrolledSession() {
            verify(Enrolment.enrolled)
            compare(Enrolment.organisationUid, "org:buurtwerk-oost")
            compare(Enrolment.organisationName, "Buurtwerk Oost")
            compare(Enrolment.schoolRegion, "noord")
        }

        function test_workTabOnlyWhenEnrolled() {
            const nav = createTemporaryObject(navComponent, stage, { worker: Enrolment.enrolled })
            verify(findChild(nav, "nav-work"))
            nav.worker = false
            tryVerify(() => findChild(nav, "nav-work") === null)
            verify(findChild(nav, "nav-home"))
        }
    }
}
