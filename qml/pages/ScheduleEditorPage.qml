// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein

// One schedule of an activity, said in words: how often, on which days, from when to
// when, which holidays to skip. The sentence and the next ten sessions follow every
// choice; Save writes it and goes back.
Page {
    id: root

    property string activityUid
    property string scheduleUid
    // "Add schedule": a new one beside the activity's others, never the first one again.
    property bool addNew: false
    readonly property ScheduleEditor editor: editor

    //: Title of the page that edits when an activity takes place
    title: qsTr("Schedule")
    padding: 0

    // A date as three choices (day, month, year); ISO strings in and out.
    component DateField: Flow {
        id: field

        property string date
        property string name
        signal picked(string date)

        readonly property var parts: date.length === 10 ? date.split("-").map(Number) : [2026, 1, 1]
        readonly property int firstYear: AppContext.worker.now.getFullYear() - 1
        function pick(y, m, d) {
            const last = new Date(y, m, 0).getDate()
            const pad = (n) => (n < 10 ? "0" : "") + n
            field.picked(y + "-" + pad(m) + "-" + pad(Math.min(d, last)))
        }
        spacing: Theme.spacing
        ComboBox {
            objectName: field.objectName + "-day"
            //: Accessible name of the day choice of a date; %1 names the date, e.g. "First session"
            Accessible.name: qsTr("%1: day").arg(field.name)
            font.pixelSize: Theme.body
            implicitContentWidthPolicy: ComboBox.WidestText
            implicitWidth: implicitContentWidth + leftPadding + rightPadding
            model: new Date(field.parts[0], field.parts[1], 0).getDate()
            displayText: String(currentIndex + 1)
            currentIndex: field.parts[2] - 1
            delegate: ItemDelegate { required property int index; text: index + 1; width: ListView.view.width; font.pixelSize: Theme.body }
            onActivated: (i) => field.pick(field.parts[0], field.parts[1], i + 1)
        }
        ComboBox {
            objectName: field.objectName + "-month"
            //: Accessible name of the month choice of a date; %1 names the date
            Accessible.name: qsTr("%1: month").arg(field.name)
            font.pixelSize: Theme.body
            implicitContentWidthPolicy: ComboBox.WidestText
            implicitWidth: implicitContentWidth + leftPadding + rightPadding
            model: Array.from({ length: 12 }, (_, i) => Qt.locale().standaloneMonthName(i, Locale.LongFormat))
            currentIndex: field.parts[1] - 1
            onActivated: (i) => field.pick(field.parts[0], i + 1, field.parts[2])
        }
        ComboBox {
            objectName: field.objectName + "-year"
            //: Accessible name of the year choice of a date; %1 names the date
            Accessible.name: qsTr("%1: year").arg(field.name)
            font.pixelSize: Theme.body
            implicitContentWidthPolicy: ComboBox.WidestText
            implicitWidth: implicitContentWidth + leftPadding + rightPadding
            model: Array.from({ length: 6 }, (_, i) => String(field.firstYear + i))
            currentIndex: field.parts[0] - field.firstYear
            onActivated: (i) => field.pick(field.firstYear + i, field.parts[1], field.parts[2])
        }
    }

    // A label that wraps, in body text.
    component Sentence: Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: Theme.body
    }

    // A radio choice whose text wraps at large text sizes.
    component Choice: RadioButton {
        id: choice

        Layout.fillWidth: true
        Accessible.name: text
        font.pixelSize: Theme.body
        contentItem: Label {
            leftPadding: choice.indicator.width + choice.spacing
            text: choice.text
            font: choice.font
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
        }
    }

    ScheduleEditor {
        id: editor

        session: AppContext.worker
        onSaved: if (root.StackView.view) root.StackView.view.pop()
    }
    Component.onCompleted: root.addNew ? editor.loadNew(root.activityUid) : editor.load(root.activityUid, root.scheduleUid)

    Flickable {
        id: flickable

        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true

        ColumnLayout {
            id: column

            width: Math.min(flickable.width, Theme.columnWidth) - 2 * Theme.margin
            x: (flickable.width - width) / 2
            y: Theme.margin
            spacing: Theme.spacing

            Sentence {
                objectName: "importedNote"
                visible: editor.replaceOnly
                color: Theme.moved
                text: editor.importedDescription
            }
            Label {
                objectName: "scheduleDescription"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: Theme.title
                font.bold: true
                color: Theme.primary
                text: editor.description
            }

            //: Schedule editor section: once, weekly or monthly
            SectionHeading { text: qsTr("How often") }
            GridLayout {
                id: kinds

                readonly property var choices: [
                    //: Schedule kind: a single session
                    { id: "once", text: qsTr("Once") },
                    //: Schedule kind: every week (or every N weeks)
                    { id: "weekly", text: qsTr("Weekly") },
                    //: Schedule kind: every month (or every N months)
                    { id: "monthly", text: qsTr("Monthly") }
                ]
                // Side by side while the longest word fits a third of the width, else stacked.
                columns: longest.advanceWidth + 12 > (width - 2 * columnSpacing) / 3 ? 1 : 3
                Layout.fillWidth: true
                columnSpacing: 4
                rowSpacing: 4
                TextMetrics {
                    id: longest
                    font.pixelSize: Theme.body
                    font.bold: true
                    text: kinds.choices.map((c) => c.text).reduce((a, b) => (a.length >= b.length ? a : b))
                }
                Repeater {
                    model: kinds.choices
                    Button {
                        required property var modelData
                        readonly property bool chosen: editor.kind.startsWith(modelData.id)

                        objectName: "kind-" + modelData.id
                        Accessible.name: modelData.text
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.preferredHeight: Theme.touch + 8
                        text: modelData.text
                        font.pixelSize: Theme.body
                        font.bold: true
                        leftPadding: 6
                        rightPadding: 6
                        checkable: true
                        checked: chosen
                        Accessible.role: Accessible.RadioButton
                        Accessible.checked: chosen
                        Material.background: chosen ? Theme.primary : Theme.surface
                        Material.elevation: chosen ? 2 : 0
                        contentItem: Label {
                            text: parent.text
                            font: parent.font
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                            color: parent.chosen ? "white" : Theme.primary
                        }
                        onClicked: {
                            checked = Qt.binding(() => chosen)
                            if (!chosen)
                                editor.kind = modelData.id === "monthly" ? "monthlyByWeekday" : modelData.id
                        }
                    }
                }
            }

            Flow {
                objectName: "weekdays"
                visible: editor.kind === "weekly"
                Layout.fillWidth: true
                spacing: 4
                Repeater {
                    model: 7
                    AbstractButton {
                        required property int index
                        readonly property int day: index + 1

                        objectName: "weekday-" + day
                        Accessible.name: Qt.locale().dayName(day % 7, Locale.LongFormat)
                        Accessible.role: Accessible.CheckBox
                        width: Theme.touch
                        height: Theme.touch
                        checkable: true
                        checked: editor.weekdays.indexOf(day) >= 0
                        onClicked: {
                            checked = Qt.binding(() => editor.weekdays.indexOf(day) >= 0)
                            editor.toggleWeekday(day)
                        }
                        background: Rectangle {
                            radius: width / 2
                            color: parent.checked ? Theme.primary : Theme.surface
                            border.color: Theme.primary
                            border.width: parent.visualFocus ? 3 : 1
                        }
                        contentItem: Label {
                            text: Qt.locale().dayName(parent.day % 7, Locale.ShortFormat)
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                            font.pixelSize: Theme.small
                            font.bold: parent.checked
                            color: parent.checked ? "white" : Theme.primary
                        }
                    }
                }
            }

            ColumnLayout {
                visible: editor.kind.startsWith("monthly")
                Layout.fillWidth: true
                Choice {
                    objectName: "monthlyByWeekday"
                    //: Monthly schedule: on a weekday of the month, such as the first Wednesday
                    text: qsTr("On a day of the week")
                    checked: editor.kind === "monthlyByWeekday"
                    onClicked: editor.kind = "monthlyByWeekday"
                }
                Flow {
                    visible: editor.kind === "monthlyByWeekday"
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.touch
                    spacing: Theme.spacing
                    ComboBox {
                        id: ordinalBox
                        //: Which weekday of the month: ordinals for "the first/second/.../last Wednesday"
                        readonly property var values: [[1, qsTr("first")], [2, qsTr("second")], [3, qsTr("third")], [4, qsTr("fourth")], [-1, qsTr("last")]]
                        objectName: "ordinal"
                        //: Accessible name of the choice first/second/third/fourth/last
                        Accessible.name: qsTr("Which week of the month")
                        font.pixelSize: Theme.body
                        implicitContentWidthPolicy: ComboBox.WidestText
                        model: values.map((v) => v[1])
                        currentIndex: values.findIndex((v) => v[0] === editor.ordinal)
                        onActivated: (i) => editor.ordinal = values[i][0]
                    }
                    ComboBox {
                        objectName: "weekday"
                        //: Accessible name of the weekday choice of a monthly schedule
                        Accessible.name: qsTr("Day of the week")
                        font.pixelSize: Theme.body
                        implicitContentWidthPolicy: ComboBox.WidestText
                        model: Array.from({ length: 7 }, (_, i) => Qt.locale().dayName((i + 1) % 7, Locale.LongFormat))
                        currentIndex: editor.weekday - 1
                        onActivated: (i) => editor.weekday = i + 1
                    }
                }
                Choice {
                    objectName: "monthlyByDay"
                    //: Monthly schedule: on a numbered day of the month
                    text: qsTr("On a date: day %1 of the month").arg(editor.dayOfMonth)
                    checked: editor.kind === "monthlyByDay"
                    onClicked: editor.kind = "monthlyByDay"
                }
                SpinBox {
                    focusPolicy: Qt.StrongFocus // reachable with Tab
                    objectName: "dayOfMonth"
                    //: Accessible name of the day-of-the-month choice
                    Accessible.name: qsTr("Day of the month")
                    visible: editor.kind === "monthlyByDay"
                    Layout.leftMargin: Theme.touch
                    font.pixelSize: Theme.body
                    from: 1; to: 31
                    value: editor.dayOfMonth
                    onValueModified: editor.dayOfMonth = value
                }
            }

            Flow {
                visible: editor.kind !== "once"
                Layout.fillWidth: true
                spacing: Theme.spacing
                //: Before the "every N weeks/months" number
                Label { height: Theme.touch; verticalAlignment: Text.AlignVCenter; font.pixelSize: Theme.body; text: qsTr("Every") }
                SpinBox {
                    focusPolicy: Qt.StrongFocus // reachable with Tab
                    objectName: "interval"
                    //: Accessible name of the "every N weeks/months" number
                    Accessible.name: qsTr("Repeat every")
                    font.pixelSize: Theme.body
                    from: 1; to: 12
                    value: editor.interval
                    onValueModified: editor.interval = value
                }
                Label {
                    height: Theme.touch
                    verticalAlignment: Text.AlignVCenter
                    font.pixelSize: Theme.body
                    //: After the "every N" number: the unit, plural by the number
                    text: editor.kind === "weekly" ? qsTr("week(s)", "", editor.interval) : qsTr("month(s)", "", editor.interval)
                }
            }

            //: Schedule editor section: first session date, time and length
            SectionHeading { text: qsTr("When") }
            //: Label above the date of the first session
            Sentence { text: editor.kind === "once" ? qsTr("Date") : qsTr("First session") }
            DateField {
                objectName: "startDate"
                name: qsTr("First session")
                Layout.fillWidth: true
                date: editor.startDate
                onPicked: (d) => editor.startDate = d
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                TextField {
                    implicitHeight: Math.max(Theme.touch, contentHeight + topPadding + bottomPadding) // 48 px to touch
                    objectName: "startTime"
                    //: Start time of every session, typed as HH:mm
                    placeholderText: qsTr("Start (14:00)")
                    Accessible.name: qsTr("Start time")
                    font.pixelSize: Theme.body
                    width: Math.max(implicitWidth, Theme.body * 7)
                    text: editor.startTime
                    inputMethodHints: Qt.ImhPreferNumbers
                    validator: RegularExpressionValidator { regularExpression: /([01]?\d|2[0-3]):[0-5]\d/ }
                    onTextEdited: if (acceptableInput) editor.startTime = text.length === 4 ? "0" + text : text
                }
                SpinBox {
                    focusPolicy: Qt.StrongFocus // reachable with Tab
                    objectName: "duration"
                    //: Accessible name of the length of a session
                    Accessible.name: qsTr("Length of a session")
                    font.pixelSize: Theme.body
                    from: 15; to: 720; stepSize: 15
                    value: editor.durationMinutes
                    //: Length of a session in minutes, e.g. "90 min"
                    textFromValue: (v) => qsTr("%1 min").arg(v)
                    valueFromText: (t) => parseInt(t)
                    onValueModified: editor.durationMinutes = value
                }
            }

            ColumnLayout {
                visible: editor.kind !== "once"
                Layout.fillWidth: true
                //: Schedule editor section: when the series stops
                SectionHeading { text: qsTr("Until") }
                Choice {
                    objectName: "end-never"
                    //: The series has no end date
                    text: qsTr("No end date")
                    checked: editor.end === "never"
                    onClicked: editor.end = "never"
                }
                Choice {
                    objectName: "end-until"
                    //: The series ends on a date
                    text: qsTr("Until a date")
                    checked: editor.end === "until"
                    onClicked: editor.end = "until"
                }
                DateField {
                    objectName: "untilDate"
                    name: qsTr("Last session")
                    visible: editor.end === "until"
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.touch
                    date: editor.untilDate
                    onPicked: (d) => editor.untilDate = d
                }
                Choice {
                    objectName: "end-count"
                    //: The series ends after a number of sessions
                    text: qsTr("After a number of sessions")
                    checked: editor.end === "count"
                    onClicked: editor.end = "count"
                }
                SpinBox {
                    focusPolicy: Qt.StrongFocus // reachable with Tab
                    objectName: "count"
                    //: Accessible name of the number of sessions
                    Accessible.name: qsTr("Number of sessions")
                    visible: editor.end === "count"
                    Layout.leftMargin: Theme.touch
                    font.pixelSize: Theme.body
                    from: 0; to: 500
                    value: editor.count
                    onValueModified: editor.count = value
                }
            }

            //: Schedule editor section: holidays the schedule can skip
            SectionHeading { text: qsTr("Holidays") }
            Repeater {
                model: editor.holidayOffers
                Switch {
                    required property var modelData

                    objectName: "offer-" + modelData.id
                    Layout.fillWidth: true
                    //: A holiday the schedule can skip; %1 is e.g. "Christmas Day, Friday 25 December"
                    text: qsTr("Skip %1").arg(modelData.label)
                    Accessible.name: text
                    font.pixelSize: Theme.body
                    checked: modelData.chosen
                    onToggled: editor.toggleOffer(modelData.id)
                    contentItem: Sentence { leftPadding: parent.indicator.width + parent.spacing; text: parent.text; verticalAlignment: Text.AlignVCenter }
                }
            }
            Sentence {
                visible: editor.holidayOffers.length === 0 && editor.problem === ""
                color: Theme.muted
                //: No public or school holiday falls on a session of this schedule
                text: qsTr("No holiday falls on these sessions in the coming year.")
            }
            Sentence {
                objectName: "noSchoolHolidays"
                visible: !editor.schoolHolidaysKnown
                font.pixelSize: Theme.small
                color: Theme.muted
                //: The coordinator has not imported school holidays; %1 is the region (noord, midden, zuid)
                text: qsTr("School holidays of region %1 are not on this device yet. Your coordinator imports the official dates; until then only public holidays are offered.").arg(AppContext.worker.schoolRegion)
            }

            //: Schedule editor section: the next ten sessions
            SectionHeading { text: qsTr("Next sessions") }
            Repeater {
                objectName: "preview"
                model: editor.preview
                RowLayout {
                    required property var modelData

                    objectName: "previewItem"
                    Layout.fillWidth: true
                    spacing: 12
                    Accessible.name: modelData.label
                    Icon { name: "event"; color: Theme.primary; Layout.alignment: Qt.AlignTop }
                    // The time stays beside the date while both fit, and goes below it when not.
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Label {
                            width: Math.min(implicitWidth, parent.width)
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.body
                            text: modelData.date
                        }
                        Label { font.pixelSize: Theme.body; color: Theme.muted; text: modelData.time }
                    }
                }
            }

            Sentence {
                objectName: "scheduleProblem"
                visible: text.length > 0
                color: Theme.cancelled
                font.bold: true
                text: editor.problem.length > 0 ? editor.problem : editor.errorString
            }
            Button {
                objectName: "saveSchedule"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                //: Saves the schedule and goes back
                text: editor.replaceOnly ? qsTr("Save and replace") : qsTr("Save")
                Accessible.name: text
                font.pixelSize: Theme.large
                highlighted: true
                enabled: editor.problem === ""
                onClicked: editor.save()
            }
        }
    }
}
