// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import Buurtplein.Common
import Buurtplein.Resident
import Buurtplein.Worker
import Buurtplein.Evaluator
import Buurtplein.App

// The resident's app: four main pages behind an icon-led bottom bar, detail pages pushed
// on top, a reminder banner, and the quick exit behind a neutral screen.
ApplicationWindow {
    id: root

    property string tab: "home"
    property bool hidden: false

    width: 400
    height: 800
    minimumWidth: 360
    minimumHeight: 480
    visible: true
    title: hidden
           //: Window title while the quick exit hides the app: looks like a plain notes app
           ? qsTr("Notes")
           //: Window title: the app's name
           : qsTr("Buurtplein")
    font.pixelSize: Theme.body
    // Arabic: the whole window (header, pages, footer, popups) mirrors at once, no restart;
    // Arabic and Tigrinya draw with the bundled Noto font of their script.
    LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true
    font.family: Language.fontFamily

    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.accent

    function pageFor(name) {
        switch (name) {
        case "search": return searchPage
        case "map": return mapPage
        case "my": return myPage
        case "settings": return settingsPage
        case "work": return Enrolment.enrolled ? workerHomePage : enrolPage
        case "dashboard": return Evaluator.signedIn ? dashboardPage : evaluatorSignInPage
        }
        return homePage
    }
    function showTab(name) {
        tab = name
        stack.clear(StackView.Immediate)
        stack.push(pageFor(name), {}, StackView.Immediate)
    }
    function openActivity(activityUid, occurrenceUid) {
        stack.push(activityPage, { activityUid: activityUid, occurrenceUid: occurrenceUid || "" })
    }
    function openPlace(placeUid) {
        stack.push(placePage, { placeUid: placeUid })
    }
    function openSettings() {
        if (!(stack.currentItem instanceof SettingsPage))
            stack.push(settingsPage)
    }
    function openEnrolment() {
        if (!(stack.currentItem instanceof EnrolPage))
            stack.push(enrolPage)
    }
    // "home", "search", "search:TEXT", "map", "map:ZOOM", "map:choose" (picking the buurt on the map), "my", "settings", "activity:UID", "place:UID",
    // "work", "enrol", and the worker pages "work:activity:UID", "work:edit:UID" (empty UID: a
    // new activity), "work:schedule:ACTIVITY_UID", "work:log:OCCURRENCE_UID" and
    // "work:cancel:OCCURRENCE_UID" (the activity's page with the cancel dialog open)
    function openPage(spec) {
        const colon = spec.indexOf(":")
        const kind = colon < 0 ? spec : spec.substring(0, colon)
        const arg = colon < 0 ? "" : spec.substring(colon + 1)
        if (kind === "work" && arg.length > 0) {
            showTab("work")
            const sub = arg.indexOf(":")
            const what = sub < 0 ? arg : arg.substring(0, sub)
            const uid = sub < 0 ? "" : arg.substring(sub + 1)
            if (what === "activity")
                stack.push(workerActivityPage, { activityUid: uid })
            else if (what === "edit")
                stack.push(activityEditorPage, { activityUid: uid })
            else if (what === "schedule")
                stack.push(scheduleEditorPage, { activityUid: uid })
            else if (what === "log")
                stack.push(sessionLogPage, { occurrenceUid: uid })
            else if (what === "cancel") // an occurrence UID is its activity's UID, "/", its start
                stack.push(workerActivityPage, { activityUid: uid.substring(0, uid.lastIndexOf("/")),
                                                 cancelOccurrenceUid: uid })
        } else if (kind === "dashboard" && arg.length > 0) {
            showTab("dashboard")
            if (stack.currentItem instanceof DashboardPage)
                stack.currentItem.section = arg
        } else if (kind === "evaluator") {
            showTab("settings")
            stack.push(evaluatorSignInPage)
        } else if (kind === "enrol") {
            showTab("home")
            openEnrolment()
        } else if (kind === "activity") {
            showTab("home")
            openActivity(arg, "")
        } else if (kind === "place") {
            showTab("map")
            openPlace(arg)
        } else if (kind === "map" && arg.length > 0) {
            showTab("map")
            if (stack.currentItem instanceof MapPage) {
                if (arg === "choose")
                    stack.currentItem.startChoosing()
                else
                    stack.currentItem.showAtZoom(Number(arg))
            }
        } else {
            showTab(kind === "" ? "home" : kind)
            if (kind === "search" && arg.length > 0)
                Search.text = arg
        }
    }
    function quickExit() {
        Discreet.lock()
        hidden = true
        showTab("home")
    }
    // The self-test: every page pushed onto the stack in turn; returns the ones that failed.
    function loadEveryPage(activityUid, placeUid) {
        const failed = []
        const pages = [
            [homePage, {}], [searchPage, {}], [mapPage, {}], [myPage, {}], [settingsPage, {}],
            [activityPage, { activityUid: activityUid }], [placePage, { placeUid: placeUid }], [enrolPage, {}]
        ]
        if (Enrolment.enrolled) {
            pages.push([workerHomePage, {}], [workerActivityPage, { activityUid: activityUid }],
                       [activityEditorPage, { activityUid: "" }], [activityEditorPage, { activityUid: activityUid }],
                       [scheduleEditorPage, { activityUid: activityUid }], [moveSessionPage, { occurrenceUid: "" }],
                       [sessionLogPage, { occurrenceUid: "" }])
        }
        pages.push([evaluatorSignInPage, {}])
        if (Evaluator.signedIn)
            pages.push([dashboardPage, {}])
        for (let i = 0; i < pages.length; ++i) {
            const page = stack.push(pages[i][0], pages[i][1], StackView.Immediate)
            if (!page || page.status === Component.Error)
                failed.push(String(i))
        }
        const neutral = neutralScreen.visible
        quickExit()
        if (!neutralScreen.visible || neutral)
            failed.push("quick exit")
        hidden = false
        showTab("home")
        return failed
    }

    header: AppToolBar {
        visible: !root.hidden
        //: Toolbar title on a page without a title of its own: the app's name
        title: stack.currentItem && stack.currentItem.title ? stack.currentItem.title : qsTr("Buurtplein")
        canGoBack: stack.depth > 1
        onBackClicked: stack.pop()
        onSettingsClicked: root.openSettings()
        onQuickExitClicked: root.quickExit()
    }

    footer: BottomNav {
        visible: !root.hidden
        current: root.tab
        worker: Enrolment.enrolled
        evaluator: Evaluator.signedIn
        onSelected: (name) => root.showTab(name)
    }

    StackView {
        id: stack

        objectName: "stack"
        anchors.fill: parent
        initialItem: homePage
        Component.onCompleted: if (Launch.startPage.length > 0) root.openPage(Launch.startPage)
    }

    ReminderBanner {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 8
        z: 10
    }

    NeutralPage {
        id: neutralScreen

        anchors.fill: parent
        visible: root.hidden
        z: 100
        onResumed: root.hidden = false
    }

    Connections {
        target: Handoff
        function onActionFailed(message) { toast.text = message; toast.open() }
    }
    Connections {
        target: Enrolment
        // A buurtplein://enrol link opened the app: the enrolment page shows its code.
        function onEnrolmentRequested() { root.openEnrolment() }
        function onEnrolmentChanged() {
            if (root.tab === "work" && !Enrolment.enrolled)
                root.showTab("home")
        }
    }

    Connections {
        target: Evaluator
        function onSignedInChanged() {
            if (root.tab === "dashboard" && !Evaluator.signedIn)
                root.showTab("settings")
        }
    }

    ToolTip {
        id: toast

        x: (parent.width - width) / 2
        y: parent.height - height - 24
        timeout: 5000
        font.pixelSize: Theme.body
    }

    Component {
        id: homePage
        UpcomingPage {
            onActivityOpened: (activityUid, occurrenceUid) => root.openActivity(activityUid, occurrenceUid)
            onLocationRequested: root.openSettings()
        }
    }
    Component {
        id: searchPage
        SearchPage { onActivityOpened: (activityUid, occurrenceUid) => root.openActivity(activityUid, occurrenceUid) }
    }
    Component {
        id: mapPage
        MapPage { onPlaceOpened: (placeUid) => root.openPlace(placeUid) }
    }
    Component {
        id: myPage
        MyActivitiesPage { onActivityOpened: (activityUid, occurrenceUid) => root.openActivity(activityUid, occurrenceUid) }
    }
    Component {
        id: settingsPage
        SettingsPage {}
    }
    Component {
        id: activityPage
        ActivityPage { onPlaceOpened: (placeUid) => root.openPlace(placeUid) }
    }
    Component {
        id: enrolPage
        EnrolPage {}
    }
    Component {
        id: workerHomePage
        WorkerHomePage {}
    }
    Component {
        id: workerActivityPage
        WorkerActivityPage {}
    }
    Component {
        id: activityEditorPage
        ActivityEditorPage {}
    }
    Component {
        id: scheduleEditorPage
        ScheduleEditorPage {}
    }
    Component {
        id: sessionLogPage
        SessionLogPage {}
    }
    Component {
        id: evaluatorSignInPage
        EvaluatorSignInPage { suggestedHub: Enrolment.hubUrl; onDashboardRequested: root.showTab("dashboard") }
    }
    Component {
        id: dashboardPage
        DashboardPage {}
    }
    Component {
        id: moveSessionPage
        MoveSessionPage {}
    }
    Component {
        id: placePage
        PlacePage { onActivityOpened: (activityUid, occurrenceUid) => root.openActivity(activityUid, occurrenceUid) }
    }
}
