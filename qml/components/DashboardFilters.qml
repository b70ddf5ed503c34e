// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein

// The dashboard's filters: period (presets and from/to), gemeente/wijk/buurt, category,
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
    // "year", "lastYear", "quarter", "lastQuarter", relative to today (the app's --now).
    function preset(name) {
        const y = today.getFullYear()
        const q = Math.floor(today.getMonth() / 3)
        if (name === "year") { from = y + "-01-01"; to = iso(today) }
        else if (name === "lastYear") { from = (y - 1) + "-01-01"; to = (y - 1) + "-12-31" }
        else if (name === "quarter") { from = iso(new Date(y, 3 * q, 1)); to = iso(today) }
        else if (name === "lastQuarter") { from = iso(new Date(y, 3 * q - 3, 1)); to = iso(new Date(y, 3 * q, 0)) }
        fromField.text = from
        toField.text = to
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
        objectName: "periodPreset"
        Accessible.name: displayText
        width: root.boxWidth
        font.pixelSize: Theme.body
        textRole: "name"
        //: Dashboard: the period presets box
        displayText: qsTr("Period")
        model: [
            //: Dashboard period preset
            { key: "year", name: qsTr("This year") },
            //: Dashboard period preset
            { key: "quarter", name: qsTr("This quarter") },
            //: Dashboard period preset
            { key: "lastQuarter", name: qsTr("Last quarter") },
            //: Dashboard period preset
            { key: "lastYear", name: qsTr("Last year") }
        ]
        onActivated: (i) => root.preset(model[i].key)
    }
    TextField {
        id: fromField
        objectName: "fromField"
        implicitHeight: Math.max(Theme.touch, contentHeight + topPadding + bottomPadding) // 48 px to touch
        width: Math.min(130, root.boxWidth)
        text: root.from
        font.pixelSize: Theme.body
        //: Dashboard: start date of the period
        placeholderText: qsTr("From")
        inputMask: "9999-99-99"
        Accessible.name: placeholderText
        onEditingFinished: if (text !== root.from && !isNaN(Date.parse(text))) { root.from = text; root.applied() }
    }
    TextField {
        id: toField
        objectName: "toField"
        implicitHeight: Math.max(Theme.touch, contentHeight + topPadding + bottomPadding) // 48 px to touch
        width: Math.min(130, root.boxWidth)
        text: root.to
        font.pixelSize: Theme.body
        //: Dashboard: end date of the period
        placeholderText: qsTr("To")
        inputMask: "9999-99-99"
        Accessible.name: placeholderText
        onEditingFinished: if (text !== root.to && !isNaN(Date.parse(text))) { root.to = text; root.applied() }
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
