// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Buurtplein

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
            verify(AppContext.worker.enrolled)
            compare(AppContext.worker.organisationUid, "org:buurtwerk-oost")
            compare(AppContext.worker.organisationName, "Buurtwerk Oost")
            compare(AppContext.worker.schoolRegion, "noord")
        }

        function test_workTabOnlyWhenEnrolled() {
            const nav = createTemporaryObject(navComponent, stage, { worker: AppContext.worker.enrolled })
            verify(findChild(nav, "nav-work"))
            nav.worker = false
            tryVerify(() => findChild(nav, "nav-work") === null)
            verify(findChild(nav, "nav-home"))
        }
    }
}
