// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Buurtplein.Common
import Buurtplein.Resident

// The map page at phone size: it opens on the resident with the nearest places that
// have activities, keeps every label on screen, and loads more places when zoomed out.
Item {
    id: stage

    width: 400
    height: 680

    TestCase {
        id: testCase

        name: "Map"
        when: windowShown
        width: 400
        height: 680

        Component { id: mapComponent; MapPage { width: 400; height: 680 } }

        function init() {
            verify(NearMe.chooseArea("BU03630531"))
        }

        function cleanupTestCase() {
            NearMe.forget()
        }

        function markersOf(canvas) {
            const markers = []
            for (let i = 0; i < canvas.children.length; ++i) {
                if (canvas.children[i].objectName === "placeMarker")
                    markers.push(canvas.children[i])
            }
            return markers
        }

        function test_opensOnTheResidentWithLabelsOnScreen() {
            const page = createTemporaryObject(mapComponent, stage)
            const canvas = findChild(page, "mapCanvas")
            tryVerify(() => markersOf(canvas).length > 0)
            const me = findChild(canvas, "myPosition")
            verify(me.visible)
            const mePos = me.mapToItem(canvas, me.width / 2, me.height / 2)
            verify(mePos.x > 0 && mePos.x < canvas.width && mePos.y > 0 && mePos.y < canvas.height)

            let labelled = 0
            let activeInView = 0
            for (const marker of markersOf(canvas)) {
                const dot = marker.mapToItem(canvas, marker.width / 2, marker.height / 2)
                const inView = dot.x >= 0 && dot.x <= canvas.width && dot.y >= 0 && dot.y <= canvas.height
                if (inView && marker.sessionCount > 0)
                    ++activeInView
                const label = findChild(marker, "placeLabel")
                if (!inView || !label.visible)
                    continue
                ++labelled
                const left = label.mapToItem(canvas, 0, 0).x
                verify(left >= 0, marker.name + " starts at " + left)
                verify(left + label.width <= canvas.width, marker.name + " ends at " + (left + label.width))
            }
            verify(labelled > 0)
            // The four nearest places with activities this week are in view.
            verify(activeInView >= 4, activeInView)

            const ringLabel = findChild(canvas, "ringLabel500")
            if (ringLabel.visible) {
                const at = ringLabel.mapToItem(canvas, 0, 0)
                verify(at.y >= 0 && at.y + ringLabel.height <= canvas.height, at.y)
                verify(at.x >= 0 && at.x + ringLabel.width <= canvas.width, at.x)
            }
        }

        function test_zoomingOutLoadsMorePlaces() {
            const page = createTemporaryObject(mapComponent, stage)
            const canvas = findChild(page, "mapCanvas")
            tryVerify(() => Places.count > 0)
            // Zoomed in close: only the places of the view itself are loaded.
            canvas.zoom = 17.5
            const view = MapProjection.visibleBox(canvas.centerX, canvas.centerY, canvas.zoom, canvas.width, canvas.height)
            Places.loadBox(view.north, view.west, view.south, view.east)
            const near = Places.count
            verify(near > 0 && near < 13, near)
            canvas.zoom = 13
            // The new area loads a moment after the view stops changing.
            tryVerify(() => Places.count > near)
            let flevopark = false
            for (const marker of markersOf(canvas))
                flevopark = flevopark || marker.uid === "demo:flevopark"
            verify(flevopark)
        }
    }
}
