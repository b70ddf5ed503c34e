// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Buurtplein.Common
import Buurtplein.Resident

// The map page at phone size: it opens on the resident with the nearest places that
// have activities, keeps every label on screen, and loads more places when zoomed out;
// the resident picks their buurt by tapping its outline.
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
            const loaded = signalSpy.createObject(page, { target: Places, signalName: "loaded" })
            Places.loadBox(view.north, view.west, view.south, view.east)
            loaded.wait(10000) // read on the map's own thread
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

        // The street and area names on the map keep clear of the position dot and of the
        // places' dots and names; the attribution OpenStreetMap asks for is always there.
        function test_mapNamesKeepClearOfPlacesAndTheDot() {
            const page = createTemporaryObject(mapComponent, stage)
            const canvas = findChild(page, "mapCanvas")
            const tiles = findChild(canvas, "mapTiles")
            canvas.zoom = 16.5
            tryVerify(() => tiles.pendingTiles === 0 && tiles.labelsShown.length > 0, 20000)
            verify(findChild(canvas, "mapAttribution").visible)
            compare(findChild(canvas, "mapAttribution").text, "© OpenStreetMap contributors")
            // Every obstacle is a dot or a place name the canvas reported: the dot is one.
            const me = findChild(canvas, "myPosition")
            const dot = me.mapToItem(canvas, me.width / 2, me.height / 2)
            let covered = false
            for (const r of tiles.obstacles)
                covered = covered || (dot.x >= r.x && dot.x <= r.x + r.width && dot.y >= r.y && dot.y <= r.y + r.height)
            verify(covered, "the position dot is an obstacle")
            let labelled = 0
            for (const marker of markersOf(canvas)) {
                const label = findChild(marker, "placeLabel")
                const at = label.mapToItem(canvas, 0, 0)
                if (!label.visible || at.y < 0 || at.y > canvas.height) // names off the map cover nothing
                    continue
                let inside = false
                for (const r of tiles.obstacles)
                    inside = inside || (at.x >= r.x - 1 && at.x <= r.x + r.width && at.y >= r.y - 1 && at.y <= r.y + r.height)
                verify(inside, marker.name + "'s name at " + at.x + "," + at.y + " is an obstacle")
                ++labelled
            }
            verify(labelled > 0)
        }

        // Zoomed out until the places' names crowd: each shown name overlaps no other shown
        // name and no other place's dot; the ones that would are hidden, not drawn over.
        function test_placeNamesDoNotOverlap() {
            const page = createTemporaryObject(mapComponent, stage)
            const canvas = findChild(page, "mapCanvas")
            tryVerify(() => markersOf(canvas).length > 5)
            canvas.zoom = 15.6
            const overlaps = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
            let shown = []
            let dots = []
            let hidden = 0
            // The wider area's places come a moment later, from the map's reading thread.
            tryVerify(() => { measure(); return hidden > 0 }, 10000, "at this zoom some names must give way")
            measure()
            verify(shown.length > 2, shown.length)
            for (let i = 0; i < shown.length; ++i) {
                for (let j = i + 1; j < shown.length; ++j)
                    verify(!overlaps(shown[i].rect, shown[j].rect), shown[i].marker.name + " / " + shown[j].marker.name)
                for (const d of dots)
                    verify(d.marker === shown[i].marker || !overlaps(shown[i].rect, d.rect), shown[i].marker.name + " covers " + d.marker.name)
            }

            function measure() {
                shown = []
                dots = []
                hidden = 0
                for (const marker of markersOf(canvas)) {
                    const centre = marker.mapToItem(canvas, marker.width / 2, marker.height / 2)
                    if (centre.x < 0 || centre.x > canvas.width || centre.y < 0 || centre.y > canvas.height)
                        continue
                    dots.push({ marker: marker, rect: Qt.rect(centre.x - 10, centre.y - 10, 20, 20) })
                    const label = findChild(marker, "placeLabel")
                    if (!label.visible) {
                        hidden += marker.labelAllowed ? 0 : 1
                        continue
                    }
                    const at = label.mapToItem(canvas, 0, 0)
                    shown.push({ marker: marker, rect: Qt.rect(at.x, at.y, label.width, label.height) })
                }
            }
        }

        // The places on the map as a list, for a screen reader and anyone: as many as the
        // map shows, each opening its place.
        function test_placesOnTheMapAsAList() {
            const page = createTemporaryObject(mapComponent, stage)
            const opened = signalSpy.createObject(page, { target: page, signalName: "placeOpened" })
            tryVerify(() => Places.count > 0)
            const button = findChild(page, "placesListButton")
            verify(button.visible)
            verify(button.Accessible.name.indexOf(String(Places.count)) >= 0, button.Accessible.name)
            mouseClick(button)
            const list = findChild(page, "placesList")
            tryVerify(() => list.opened)
            const view = findChild(list.contentItem, "placesListView")
            compare(view.count, Places.count)
            tryVerify(() => view.itemAtIndex(0) !== null)
            mouseClick(view.itemAtIndex(0))
            tryCompare(opened, "count", 1)
            verify(String(opened.signalArguments[0][0]).length > 0)
            tryVerify(() => !list.opened)
        }

        Component { id: signalSpy; SignalSpy {} }

        // The buurten's outlines of the map package (the demo's here) are drawn; a tap on
        // one names it, and keeping it makes it the place distances are measured from.
        function test_choosesTheNeighbourhoodOnItsOutline() {
            const page = createTemporaryObject(mapComponent, stage)
            const canvas = findChild(page, "mapCanvas")
            tryVerify(() => MapRegion.outlines.count === 518, 10000)
            const button = findChild(page, "chooseAreaButton")
            verify(button.visible)
            mouseClick(button)
            verify(page.choosing)
            const outlines = findChild(canvas, "mapAreaOutlines")
            verify(outlines.visible)
            tryVerify(() => outlines.outlinedAreas > 3)
            compare(findChild(page, "areaChooserConfirm").visible, false)

            // A point inside the Makassarpleinbuurt, a little beside its label point (a place's dot may lie there).
            const makassar = MapRegion.outlines.outline("BU0363MG01")
            compare(makassar.name, "Makassarpleinbuurt")
            canvas.centreOn(makassar.lat, makassar.lon)
            wait(50)
            let spot = null
            for (const [dx, dy] of [[0, 0], [12, 0], [-12, 0], [0, 12], [0, -12], [20, 20]]) {
                const unit = MapProjection.toUnit(makassar.lat, makassar.lon)
                const x = canvas.origin.x + unit.x * canvas.worldSize + dx
                const y = canvas.origin.y + unit.y * canvas.worldSize + dy
                if (canvas.childAt(x, y) === null || canvas.childAt(x, y).objectName !== "placeMarker") {
                    spot = Qt.point(x, y)
                    break
                }
            }
            verify(spot !== null)
            mouseClick(canvas, spot.x, spot.y)
            tryCompare(page, "pickedArea", "BU0363MG01")
            compare(findChild(page, "areaChooserText").text, "Makassarpleinbuurt")
            compare(outlines.highlighted, "BU0363MG01")
            tryCompare(outlines, "drawnAreas", 1) // the one marked
            mouseClick(findChild(page, "areaChooserConfirm"))
            compare(page.choosing, false)
            compare(NearMe.areaCode(), "BU0363MG01")
            compare(NearMe.label, "Makassarpleinbuurt")
            fuzzyCompare(NearMe.lat, makassar.lat, 1e-6)

            // Again, on a new page: the choice is marked; a tap outside every outline names
            // none, and Cancel leaves the choice as it was.
            const again = createTemporaryObject(mapComponent, stage)
            const canvas2 = findChild(again, "mapCanvas")
            tryVerify(() => findChild(again, "chooseAreaButton").visible)
            mouseClick(findChild(again, "chooseAreaButton"))
            compare(again.pickedArea, "BU0363MG01")
            canvas2.centreOn(52.0, 3.0) // the North Sea
            wait(50)
            mouseClick(canvas2, canvas2.width / 3, canvas2.height * 0.6)
            compare(again.pickedArea, "")
            mouseClick(findChild(again, "areaChooserCancel"))
            compare(again.choosing, false)
            compare(NearMe.areaCode(), "BU0363MG01")
        }

    }
}
