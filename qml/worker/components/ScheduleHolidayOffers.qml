// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Buurtplein.Common
import Buurtplein.Worker

// The holidays a schedule can skip (ScheduleEditor.holidayOffers), and what is not known yet.
ColumnLayout {
    id: form

    required property ScheduleEditor editor

    spacing: Theme.spacing

    //: Schedule editor section: holidays the schedule can skip
    SectionHeading { text: qsTr("Holidays") }
    Repeater {
        model: form.editor.holidayOffers
        Switch {
            required property var modelData

            objectName: "offer-" + modelData.id
            Layout.fillWidth: true
            //: A holiday the schedule can skip; %1 is e.g. "Christmas Day, Friday 25 December"
            text: qsTr("Skip %1").arg(modelData.label)
            Accessible.name: text
            font.pixelSize: Theme.body
            checked: modelData.chosen
            onToggled: form.editor.toggleOffer(modelData.id)
            contentItem: BodySentence { leftPadding: parent.indicator.width + parent.spacing; text: parent.text; verticalAlignment: Text.AlignVCenter }
        }
    }
    BodySentence {
        visible: form.editor.holidayOffers.length === 0 && form.editor.problem === ""
        color: Theme.muted
        //: No public or school holiday falls on a session of this schedule
        text: qsTr("No holiday falls on these sessions in the coming year.")
    }
    BodySentence {
        objectName: "noSchoolHolidays"
        visible: !form.editor.schoolHolidaysKnown
        font.pixelSize: Theme.small
        color: Theme.muted
        //: The coordinator has not imported school holidays; %1 is the region (noord, midden, zuid)
        text: qsTr("School holidays of region %1 are not on this device yet. Your coordinator imports the official dates; until then only public holidays are offered.").arg(Enrolment.schoolRegion)
    }
}
