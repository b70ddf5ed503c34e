// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Buurtplein.Resident

// "Near me" without a position fix: the resident picks a neighbourhood (or types a
// postcode) and distances appear on the home page.
Item {
    id: stage

    width: 400
    height: 800

    TestCase {
        id: testCase

        name: "NearMe"
        when: windowShown
        width: 400
        height: 800

        Component { id: homeComponent; UpcomingPage { width: 400; height: 800 } }
        Component { id: chooserComponent; LocationChooser { width: 400 } }

        function init() {
            NearMe.forget()
        }

        function cleanupTestCase() {
            NearMe.forget()
        }

        function firstRow(page) {
            const list = findChild(page, "upcomingList")
            tryVerify(() => list.itemAtIndex(0) !== null)
            return list.itemAtIndex(0)
        }

        function test_noPositionThenChooseArea() {
            const home = createTemporaryObject(homeComponent, stage)
            verify(!NearMe.hasLocation)
            compare(firstRow(home).distanceText, "")

            const chooser = createTemporaryObject(chooserComponent, stage)
            mouseClick(findChild(chooser, "usePositionButton"))
            // The replayed source has no fix: still no location, and the page says so.
            verify(!NearMe.hasLocation)
            verify(NearMe.positionState !== NearMe.Fixed)
            verify(findChild(chooser, "positionMessage").visible)

            const box = findChild(chooser, "areaBox")
            const index = box.indexOfValue("BU03630531")
            verify(index >= 0)
            box.currentIndex = index
            box.activated(index)
            verify(NearMe.hasLocation)
            compare(NearMe.mode, "area")
            compare(NearMe.label, "Indische Buurt West")
            verify(/\d+ (m|km)$/.test(firstRow(home).distanceText), firstRow(home).distanceText)
        }

        function test_postcode() {
            const home = createTemporaryObject(homeComponent, stage)
            const chooser = createTemporaryObject(chooserComponent, stage)
            const field = findChild(chooser, "postcodeField")
            field.text = "1094hw"
            field.accepted()
            verify(NearMe.hasLocation)
            compare(NearMe.label, "1094 HW")
            verify(firstRow(home).distanceText.length > 0)
        }

        function typeText(text) {
            for (const c of text)
                keyClick(c === " " ? Qt.Key_Space : c)
        }

        // A resident types part of the neighbourhood's name and taps it: no scrolling through
        // the whole city. The list then shows the choice, not "Choose…".
        function test_findNeighbourhoodByName() {
            const home = createTemporaryObject(homeComponent, stage)
            const chooser = createTemporaryObject(chooserComponent, stage)
            const box = findChild(chooser, "areaBox")
            const nothingChosen = box.displayText // "Choose…" in the harness's language
            verify(nothingChosen !== "Indische Buurt West")
            const field = findChild(chooser, "areaSearch")
            mouseClick(field)
            typeText("zzz")
            tryVerify(() => findChild(chooser, "noAreaMatch").visible)
            verify(findChild(chooser, "areaMatch") === null)
            field.text = ""
            typeText("indische buurt w")
            tryVerify(() => findChild(chooser, "areaMatch") !== null)
            const match = findChild(chooser, "areaMatch")
            compare(match.text, "Indische Buurt West")
            verify(!findChild(chooser, "noAreaMatch").visible)
            mouseClick(match)
            verify(NearMe.hasLocation)
            compare(NearMe.mode, "area")
            compare(NearMe.label, "Indische Buurt West")
            compare(box.displayText, "Indische Buurt West")
            compare(field.text, "")
            verify(/\d+ (m|km)$/.test(firstRow(home).distanceText), firstRow(home).distanceText)
        }

        function test_unknownPostcodeIsRefused() {
            verify(!NearMe.usePostcode("9999 ZZ"))
            verify(!NearMe.hasLocation)
            verify(NearMe.message.length > 0)
        }

        function test_forgetClearsDistances() {
            const home = createTemporaryObject(homeComponent, stage)
            verify(NearMe.chooseArea("BU03630531"))
            verify(firstRow(home).distanceText.length > 0)
            NearMe.forget()
            compare(firstRow(home).distanceText, "")
        }
    }
}
