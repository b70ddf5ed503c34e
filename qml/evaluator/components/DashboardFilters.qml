// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common

// The dashboard's filters: period (a whole year or quarter), gemeente/wijk/buurt, category,
// programme, organisation and metric, from the hub's dimensions. Every choice emits
// applied(); query() gives the filters as the stats contract names them.
Flow {
    id: root

    property var dimensions: ({})
    property date today: new Date()
    property string from
    property string to
    property string metric: "attendance"
    property alias gemeente: gemeenteBox.value
    property alias wijk: wijkBox.value
    property alias buurt: buurtBox.value
    property alias category: categoryBox.value
    property alias programme: programmeBox.value
    property alias organisation: organisationBox.value

    signal applied()

    function iso(d) { return Qt.formatDate(d, "yyyy-MM-dd") }
    // Released figures are cells of a fixed grid of periods (docs/release-rules.md): the
    // dashboard offers whole years and quarters, newest first, back to the first logged
    // session, and never a free range.
    readonly property var periods: {
        const last = today.getFullYear()
        const firstText = (dimensions.periods || {}).first || ""
        const first = Math.min(last - 1, firstText ? parseInt(firstText.substring(0, 4)) : last - 1)
        const list = []
        for (let y = last; y >= first; --y) {
            list.push({ key: "year:" + y, name: "" + y, from: y + "-01-01", to: y + "-12-31" })
            for (let q = 4; q >= 1; --q) {
                const start = new Date(y, 3 * q - 3, 1)
                if (start > today)
                    continue
                //: Dashboard period: a quarter; %1 is its number 1-4, %2 the year
                list.push({ key: "quarter:" + y + "-" + q, name: qsTr("Q%1 %2").arg(q).arg(y),
                           from: iso(start), to: iso(new Date(y, 3 * q, 0)) })
            }
        }
        return list
    }
    // "year", "lastYear", "quarter", "lastQuarter": whole periods relative to today (the app's --now).
    function preset(name) {
        const y = today.getFullYear()
        const q = Math.floor(today.getMonth() / 3) + 1
        const key = name === "year" ? "year:" + y : name === "lastYear" ? "year:" + (y - 1)
                  : name === "quarter" ? "quarter:" + y + "-" + q
                  : (q === 1 ? "quarter:" + (y - 1) + "-4" : "quarter:" + y + "-" + (q - 1))
        choosePeriod(key)
    }
    function choosePeriod(key) {
        const p = periods.find(e => e.key === key)
        if (!p)
            return
        from = p.from
        to = p.to
        periodBox.currentIndex = periods.indexOf(p)
        applied()
    }
    function query() {
        return { metric: metric, from: from, to: to, gemeente: gemeente, wijk: wijk, buurt: buurt,
                 category: category, programme: programme, organisation: organisation }
    }
    function metricLabel(key) {
        const labels = {
            //: Dashboard metric
            sessions_planned: qsTr("Sessions planned"),
            //: Dashboard metric
            sessions_held: qsTr("Sessions held"),
            //: Dashboard metric
            sessions_cancelled: qsTr("Sessions cancelled"),
            //: Dashboard metric
            share_held: qsTr("Share of sessions held"),
            //: Dashboard metric: total attendance (participation)
            attendance: qsTr("Attendance"),
            //: Dashboard metric
            mean_attendance: qsTr("Mean attendance per session"),
            //: Dashboard metric
            first_timer_share: qsTr("Share of first-timers"),
            //: Dashboard metric
            host_present_share: qsTr("Share with a host present"),
            //: Dashboard metric
            volunteers: qsTr("Volunteers"),
            //: Dashboard metric: anonymous joins in the app
            joins: qsTr("Joins in the app"),
            //: Dashboard metric
            joins_per_attendance: qsTr("Joins per attendee"),
            //: Dashboard metric
            capacity_use: qsTr("Capacity used"),
            //: Dashboard metric: attendance aged 0 to 11
            age_0_11: qsTr("Aged 0–11"),
            //: Dashboard metric
            age_12_17: qsTr("Aged 12–17"),
            //: Dashboard metric
            age_18_26: qsTr("Aged 18–26"),
            //: Dashboard metric
            age_27_66: qsTr("Aged 27–66"),
            //: Dashboard metric
            age_67_plus: qsTr("Aged 67 and over"),
            //: Dashboard metric
            new_to_neighbourhood: qsTr("New to the neighbourhood")
        }
        return labels[key] || key
    }
    // The areas of @p level inside @p parent; with no wijk chosen, the buurten of the
    // chosen gemeente's wijken (@p grandparent), so that each choice narrows the next.
    function areasOf(level, parent, grandparent) {
        const areas = dimensions.areas || []
        const wijken = grandparent ? areas.filter(a => a.level === "wijk" && a.parent === grandparent).map(a => a.code) : []
        const list = areas.filter(a => a.level === level
                                  && (parent !== "" ? a.parent === parent : !grandparent || wijken.indexOf(a.parent) >= 0))
        return list.map(a => ({ key: a.code, name: a.name }))
    }

    spacing: Theme.spacing
    // Two boxes a line on a phone, rather than one narrow box under the other.
    readonly property real boxWidth: width < 2 * 200 + spacing ? (width - spacing) / 2 : 200

    component Choice: ComboBox {
        id: box
        property string heading
        property var entries: []
        readonly property string value: currentIndex > 0 ? model[currentIndex].key : ""
        //: Dashboard filter: no restriction
        model: [{ key: "", name: qsTr("All") }].concat(entries)
        textRole: "name"
        width: root.boxWidth
        font.pixelSize: Theme.body
        displayText: heading + ": " + currentText
        Accessible.name: heading
        onActivated: root.applied()
        onEntriesChanged: currentIndex = 0
    }

    ComboBox {
        id: periodBox
        objectName: "periodBox"
        Accessible.name: displayText
        width: root.boxWidth
        font.pixelSize: Theme.body
        textRole: "name"
        model: root.periods
        //: Dashboard: the period box; %1 is the chosen year or quarter
        displayText: qsTr("Period: %1").arg(currentText)
        onActivated: (i) => root.choosePeriod(root.periods[i].key)
        // The list grows when the hub's first logged date arrives: keep the chosen period.
        onModelChanged: currentIndex = Math.max(0, root.periods.findIndex(e => e.from === root.from && e.to === root.to))
    }
    ComboBox {
        id: metricBox
        objectName: "metricBox"
        //: Dashboard: screen reader name of the box that chooses which figure is shown
        Accessible.name: qsTr("Figure shown")
        width: Math.min(260, root.width)
        font.pixelSize: Theme.body
        model: root.dimensions.metrics || ["attendance"]
        displayText: root.metricLabel(currentText)
        currentIndex: Math.max(0, model.indexOf(root.metric))
        delegate: ItemDelegate {
            required property string modelData
            width: metricBox.width
            text: root.metricLabel(modelData)
        }
        onActivated: (i) => { root.metric = model[i]; root.applied() }
    }
    //: Dashboard filter heading
    Choice { id: gemeenteBox; objectName: "gemeenteBox"; heading: qsTr("Gemeente"); entries: root.areasOf("gemeente", "") }
    //: Dashboard filter heading
    Choice { id: wijkBox; objectName: "wijkBox"; heading: qsTr("Wijk"); entries: root.areasOf("wijk", gemeenteBox.value) }
    //: Dashboard filter heading
    Choice { id: buurtBox; objectName: "buurtBox"; heading: qsTr("Buurt"); entries: root.areasOf("buurt", wijkBox.value, gemeenteBox.value) }
    Choice {
        id: categoryBox
        objectName: "categoryBox"
        //: Dashboard filter heading
        heading: qsTr("Category")
        entries: (root.dimensions.categories || []).map(c => ({ key: c.key, name: Terms.categoryLabel(c.key) !== c.key ? Terms.categoryLabel(c.key) : c.name }))
    }
    //: Dashboard filter heading
    Choice { id: programmeBox; objectName: "programmeBox"; heading: qsTr("Programme"); entries: root.dimensions.programmes || [] }
    //: Dashboard filter heading
    Choice { id: organisationBox; objectName: "organisationBox"; heading: qsTr("Organisation"); entries: root.dimensions.organisations || [] }
}
