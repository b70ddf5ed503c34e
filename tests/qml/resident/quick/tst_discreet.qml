// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Buurtplein.Resident

// Discreet mode: My activities stays hidden until the right PIN, a wrong one is refused,
// and no page shows a join while locked (walked over every resident page, text and
// screen-reader names alike).
Item {
    id: stage

    width: 400
    height: 800

    TestCase {
        id: testCase

        name: "Discreet"
        when: windowShown
        width: 400
        height: 800

        Component { id: myComponent; MyActivitiesPage { width: 400; height: 800 } }
        Component { id: activityComponent; ActivityPage { width: 400; height: 800; activityUid: "demo:inloop-meevaart" } }
        Component { id: anyActivityComponent; ActivityPage { width: 400; height: 800 } }
        Component { id: placeComponent; PlacePage { width: 400; height: 800; placeUid: "mvzn:MV1233-1" } }
        Component { id: upcomingComponent; UpcomingPage { width: 400; height: 800 } }
        Component { id: searchComponent; SearchPage { width: 400; height: 800 } }
        Component { id: mapComponent; MapPage { width: 400; height: 800 } }

        // What a page says: the text and the screen-reader name of every visible item.
        function said(item, out) {
            if (!item || !item.visible || item.opacity === 0)
                return out
            if (typeof item.text === "string" && item.text.length > 0)
                out.push(item.text)
            if (item.Accessible && item.Accessible.name)
                out.push(item.Accessible.name)
            for (let i = 0; i < item.children.length; ++i)
                said(item.children[i], out)
            // A control's contentItem is mostly among its children too: said twice, harmless.
            if (item.contentItem && item.contentItem !== item)
                said(item.contentItem, out)
            return out
        }

        // Everything the walk's pages say, each page given a moment to read and lay out.
        function walk() {
            const pages = [
                createTemporaryObject(upcomingComponent, stage),
                createTemporaryObject(searchComponent, stage),
                createTemporaryObject(placeComponent, stage),
                createTemporaryObject(anyActivityComponent, stage, { activityUid: "demo:inloop-meevaart" }),
                createTemporaryObject(anyActivityComponent, stage, { activityUid: "demo:taalcafe-javaplein" }),
                createTemporaryObject(myComponent, stage),
                createTemporaryObject(mapComponent, stage),
            ]
            let texts = []
            for (const page of pages) {
                verify(page)
                if (page.loaded !== undefined)
                    tryVerify(() => page.loaded, 5000)
                wait(50)
                texts = texts.concat(said(page, []))
                page.destroy()
            }
            return texts
        }

        // What marks a join, in any page's words.
        function joinMarkers(texts) {
            return texts.filter(t => t === "Going ✓" || t === "Joined" || t === "Leave" || t === "Leave the series"
                                || t.indexOf("Going ✓") >= 0 || t.indexOf("Leave the series") >= 0)
        }

        function test_noPageShowsAJoinWhileLocked() {
            MyActivities.joinSeries("demo:inloop-meevaart")
            settled()
            const taalcafe = Catalogue.sessionsOf("demo:taalcafe-javaplein", 1)[0].occurrenceUid
            MyActivities.joinOccurrence("demo:taalcafe-javaplein", taalcafe)
            settled()
            // The walk sees the markers when nothing hides them: it can fail.
            const open = walk()
            verify(joinMarkers(open).length >= 2, JSON.stringify(joinMarkers(open)))
            verify(open.indexOf("Inloop met koffie") >= 0)

            verify(Discreet.enable("2468"))
            Discreet.lock()
            const locked = walk()
            compare(JSON.stringify(joinMarkers(locked)), "[]")
            // The pages themselves are there: only the joins are hidden.
            verify(locked.indexOf("Inloop met koffie") >= 0)
            verify(locked.length > open.length / 2, locked.length + " of " + open.length)
        }

        // A join or leave is written off the UI thread: wait until it is stored.
        function settled() {
            tryCompare(MyActivities, "busy", false, 5000)
            compare(MyActivities.errorString, "")
        }

        function cleanup() {
            if (Discreet.enabled)
                verify(Discreet.disable("2468"))
            const token = MyActivities.tokenFor("demo:inloop-meevaart", "")
            if (token.length > 0) {
                MyActivities.leave(token)
                settled()
            }
            const first = Catalogue.sessionsOf("demo:taalcafe-javaplein", 1)[0].occurrenceUid
            const date = MyActivities.tokenFor("demo:taalcafe-javaplein", first)
            if (date.length > 0) {
                MyActivities.leave(date)
                settled()
            }
        }

        function enterPin(page, pin) {
            const field = findChild(page, "unlockPinField")
            field.forceActiveFocus()
            field.text = ""
            for (let i = 0; i < pin.length; ++i)
                keyClick(pin[i])
            mouseClick(findChild(page, "unlockButton"))
        }

        function test_hiddenUntilThePin() {
            MyActivities.joinSeries("demo:inloop-meevaart")
            settled()
            verify(Discreet.enable("2468"))
            const page = createTemporaryObject(myComponent, stage)
            const list = findChild(page, "myActivitiesList")
            verify(findChild(page, "lockedView").visible)
            verify(!list.visible)
            compare(list.count, 0)

            enterPin(page, "1111")
            verify(Discreet.locked)
            verify(!list.visible)
            verify(findChild(page, "unlockError").visible)

            enterPin(page, "2468")
            verify(!Discreet.locked)
            verify(list.visible)
            compare(list.count, 1)
            verify(!findChild(page, "lockedView").visible)
        }

        // The activity page of a joined series: while locked, the series button offers to
        // join and every date reads "Join", exactly as for an activity nobody joined.
        function test_activityPageShowsNoJoinWhileLocked() {
            MyActivities.joinSeries("demo:inloop-meevaart")
            settled()
            verify(Discreet.enable("2468"))
            Discreet.lock()
            const page = createTemporaryObject(activityComponent, stage)
            // The page reads its activity off the UI thread: its dates come a moment later.
            tryVerify(() => page.loaded, 5000, "the page read its activity")
            const series = findChild(page, "joinSeriesButton")
            compare(series.text, "Join every time")
            const dates = page.sessions.filter(s => s.status !== "cancelled" && s.status !== "skipped")
            verify(dates.length > 0)
            for (const session of dates) {
                const button = findChild(page, "joinDate-" + session.occurrenceUid)
                verify(button, session.occurrenceUid)
                compare(button.text, "Join")
                verify(!button.highlighted)
            }
            // With the PIN the markers are back.
            verify(Discreet.unlock("2468"))
            compare(series.text, "Leave the series")
            compare(findChild(page, "joinDate-" + dates[0].occurrenceUid).text, "Joined")
        }

        function test_locksAgainWhenThePageCloses() {
            verify(Discreet.enable("2468"))
            verify(Discreet.unlock("2468"))
            const page = createTemporaryObject(myComponent, stage)
            verify(!Discreet.locked)
            page.destroy()
            tryVerify(() => Discreet.locked)
        }

        function test_invalidPinCannotTurnItOn() {
            verify(!Discreet.enable("12"))
            verify(!Discreet.enabled)
            verify(Discreet.errorString.length > 0)
        }

        function test_disableNeedsThePin() {
            verify(Discreet.enable("2468"))
            verify(!Discreet.disable("0000"))
            verify(Discreet.enabled)
        }
    }
}
