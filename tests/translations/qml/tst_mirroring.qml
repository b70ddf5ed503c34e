// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Buurtplein.Common
import Buurtplein.App

// Arabic mirrors the whole window the moment it is chosen, and Dutch puts it back: the
// back button and the first tab move to the right, the back arrow turns to point right.
Item {
    id: stage

    width: 400
    height: 800

    TestCase {
        id: testCase

        name: "Mirroring"
        when: windowShown

        Component { id: mainComponent; Main { width: 400; height: 800 } }

        function cleanup() {
            verify(Language.choose("nl"))
        }

        // Horizontal centre of an item in its window.
        function centre(item) {
            return item.mapToItem(null, item.width / 2, 0).x
        }

        function checkDirection(window, rightToLeft) {
            const back = findChild(window.header, "backButton")
            const settings = findChild(window.header, "settingsButton")
            const home = findChild(window.footer, "nav-home")
            const mine = findChild(window.footer, "nav-my")
            verify(back && settings && home && mine)
            verify(back.visible)
            const half = window.width / 2
            if (rightToLeft) {
                tryVerify(() => centre(back) > half, 5000, "the back button moves to the right")
                verify(centre(settings) < half)
                tryVerify(() => centre(home) > centre(mine), 5000, "the first tab moves to the right")
            } else {
                tryVerify(() => centre(back) < half, 5000, "the back button is on the left")
                verify(centre(settings) > half)
                tryVerify(() => centre(home) < centre(mine), 5000, "the first tab is on the left")
            }
            compare(back.contentItem.flipped, rightToLeft)
            compare(window.LayoutMirroring.enabled, rightToLeft)
        }

        function test_arabicMirrorsTheWindow() {
            const window = createTemporaryObject(mainComponent, stage)
            verify(window)
            window.openActivity("demo:taalcafe-javaplein", "")
            compare(Qt.application.layoutDirection, Qt.LeftToRight)
            checkDirection(window, false)

            verify(Language.choose("ar"))
            compare(Language.rightToLeft, true)
            compare(Qt.application.layoutDirection, Qt.RightToLeft)
            compare(findChild(window.header, "settingsButton").Accessible.name, "الإعدادات")
            checkDirection(window, true)

            verify(Language.choose("nl"))
            compare(Qt.application.layoutDirection, Qt.LeftToRight)
            compare(findChild(window.header, "settingsButton").Accessible.name, "Instellingen")
            checkDirection(window, false)
        }

        function test_tigrinyaStaysLeftToRight() {
            const window = createTemporaryObject(mainComponent, stage)
            verify(window)
            window.openActivity("demo:taalcafe-javaplein", "")
            verify(Language.choose("ti"))
            compare(Language.fontFamily, "Noto Sans Ethiopic")
            checkDirection(window, false)
        }
    }
}
