// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Buurtplein.Evaluator
import BuurtpleinTest

// The dashboard's parts over answers recorded from the hub (tests/data/stats): the area
// filters narrow gemeente → wijk → buurt, a suppressed cell reads "fewer than 10" and
// never 0, areas are listed by name whatever their figures, the offline copy says so,
// and the quarterly report starts at last quarter of the gemeente filtered on.
Item {
    id: stage

    width: 1280
    height: 800

    Component { id: filtersComponent; DashboardFilters { width: stage.width; today: new Date(2026, 10, 23) } }
    Component { id: modelComponent; StatsTableModel {} }
    Component { id: tableComponent; StatsTableView { width: 600 } }
    Component { id: barsComponent; StatsBars { width: 600 } }
    Component { id: noteComponent; StatsNote { width: 600 } }
    Component { id: shadingComponent; AreaShadingLayer {} }
    Component { id: trendComponent; TrendChart { width: 600 } }
    Component { id: reportComponent; QuarterlyReport { width: 800; today: new Date(2026, 10, 23) } }

    TestCase {
        name: "Dashboard"
        when: windowShown

        // Every text shown inside @p item, depth first.
        function texts(item) {
            let out = []
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i]
                if (child.visible && typeof child.text === "string" && child.text.length > 0)
                    out.push(child.text)
                out = out.concat(texts(child))
            }
            return out
        }
        function names(box) { return box.model.map(e => e.name) }
        function choose(box, name) {
            const i = names(box).indexOf(name)
            verify(i > 0, name + " is not in " + names(box))
            box.currentIndex = i
            box.activated(i)
        }
        function loaded(name, fromCache) {
            const model = createTemporaryObject(modelComponent, stage)
            verify(Recorded.load(model, name, fromCache))
            return model
        }

        function test_filtersNarrowGemeenteWijkBuurt() {
            const filters = createTemporaryObject(filtersComponent, stage,
                                                  { dimensions: Recorded.dimensions("dimensions-two-gemeenten.json") })
            const applied = createTemporaryObject(signalSpy, stage, { target: filters, signalName: "applied" })
            const gemeente = findChild(filters, "gemeenteBox")
            const wijk = findChild(filters, "wijkBox")
            const buurt = findChild(filters, "buurtBox")
            compare(names(gemeente), ["All", "Amsterdam", "Utrecht"])

            choose(gemeente, "Amsterdam")
            compare(applied.count, 1)
            compare(names(wijk), ["All", "Indische Buurt Oost", "Indische Buurt West"])
            choose(wijk, "Indische Buurt West")
            compare(names(buurt), ["All", "Ambon", "Zuid"])
            choose(buurt, "Zuid")
            const q = filters.query()
            compare([q.gemeente, q.wijk, q.buurt], ["GM0363", "WK036380", "BU03638000"])

            // Another gemeente: its wijken only, and the wijk and buurt chosen before are gone.
            choose(gemeente, "Utrecht")
            compare(names(wijk), ["All", "Noordoost"])
            compare(filters.wijk, "")
            compare(filters.buurt, "")
            compare(names(buurt), ["All", "Tuindorp"])
            choose(wijk, "Noordoost")
            compare(names(buurt), ["All", "Tuindorp"])
        }

        function test_suppressedCellReadsFewerThanK() {
            const table = createTemporaryObject(tableComponent, stage, { model: loaded("table-areas.json", false) })
            // Indische Buurt Oost: suppressed in Q1, 20 in Q2, and so suppressed in its total.
            const row = findChild(table, "row-BU03630531")
            verify(row)
            compare(texts(row), ["Indische Buurt Oost", "fewer than 10", "20", "fewer than 10"])
            const all = texts(table)
            verify(all.indexOf("fewer than 10") >= 0)
            verify(all.indexOf("0") < 0, "a suppressed cell must never read 0: " + all)
        }

        function test_areasInNameOrderNotByFigure() {
            // The hub sent Zeeburgerdijk Oost first, with the largest total; the list goes by name.
            const model = loaded("table-areas.json", false)
            const table = createTemporaryObject(tableComponent, stage, { model: model })
            const y = (k) => findChild(table, "row-" + k).y
            tryVerify(() => y("BU03630530") < y("BU03630531") && y("BU03630531") < y("BU03630532"), 5000, "rows by name")
            const bars = createTemporaryObject(barsComponent, stage, { model: model })
            const barY = (k) => findChild(bars, "bar-" + k).y
            tryVerify(() => barY("BU03630530") < barY("BU03630531") && barY("BU03630531") < barY("BU03630532"), 5000, "bars by name")
            compare(findChild(bars, "barText-BU03630531").text, "fewer than 10")
        }

        function test_legendHasRoundBounds() {
            // The largest released total is 175: five classes of 50 hold it.
            const shading = createTemporaryObject(shadingComponent, stage, { model: loaded("table-areas.json", false) })
            compare(shading.step, 50)
            compare([0, 1, 2, 3, 4].map(i => shading.classText(i)), ["0–50", "50–100", "100–150", "150–200", "200–250"])
            compare(shading.classOf(175), 3)
            const shares = createTemporaryObject(shadingComponent, stage, { model: loaded("table-trend-share.json", false) })
            compare(shares.classText(4), "80–100 %")
        }

        function test_trendNamesItsGaps() {
            const trend = createTemporaryObject(trendComponent, stage, { model: loaded("table-trend-share.json", false) })
            verify(findChild(trend, "trendChart").visible)
            const gaps = findChild(trend, "trendGaps")
            verify(gaps.visible)
            verify(gaps.text.indexOf("februari 2026") >= 0, gaps.text)
            verify(gaps.text.indexOf("januari 2026") < 0, gaps.text)
            verify(!findChild(trend, "trendNothingReleased").visible)
        }

        function test_trendWithNothingReleasedSaysWhy() {
            // A small buurt over three months: every month suppressed. No blank chart.
            const trend = createTemporaryObject(trendComponent, stage, { model: loaded("table-trend-suppressed.json", false) })
            verify(!findChild(trend, "trendChart").visible)
            verify(!findChild(trend, "trendGaps").visible)
            const why = findChild(trend, "trendNothingReleased")
            verify(why.visible)
            verify(why.text.indexOf("fewer than 10 participants") >= 0, why.text)
            verify(why.text.indexOf("wider area") >= 0, why.text)
        }

        function test_offlineCopySaysSo() {
            const online = createTemporaryObject(noteComponent, stage, { model: loaded("table-areas.json", false) })
            verify(findChild(online, "statsAsOf").text.startsWith("Figures as of "))
            const offline = createTemporaryObject(noteComponent, stage, { model: loaded("table-areas.json", true) })
            verify(findChild(offline, "statsAsOf").text.startsWith("Offline: saved figures as of "),
                   findChild(offline, "statsAsOf").text)
        }

        function test_reportStartsAtLastQuarterOfTheFilteredGemeente() {
            const report = createTemporaryObject(reportComponent, stage,
                                                 { dimensions: Recorded.dimensions("dimensions-two-gemeenten.json"), gemeente: "GM0344" })
            const subject = findChild(report, "reportSubject")
            compare(subject.currentText, "Gemeente Utrecht")
            compare(subject.count, 3) // two gemeenten and the programme
            let r = report.request()
            compare([r.subject, r.key, r.subjectName, r.year, r.quarter], ["gemeente", "GM0344", "Utrecht", 2026, 3])
            mouseClick(findChild(report, "reportThisQuarter"))
            compare(report.request().quarter, 4)
            subject.currentIndex = 2
            r = report.request()
            compare([r.subject, r.key], ["programme", "Buurtkamers 2026"])
        }
    }

    Component { id: signalSpy; SignalSpy {} }
}
