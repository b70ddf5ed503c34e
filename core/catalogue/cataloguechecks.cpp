// SPDX-License-Identifier: GPL-3.0-or-later
// The checks a catalogue record must pass before CatalogueStore writes it. Each returns
// why the record cannot be stored, as the end of a sentence a data steward reads, or
// an empty string.
#include "catalogue/cataloguerows.h"
#include "recurrence/occurrenceexpander.h"
#include "recurrence/recurrencerule.h"
#include "storage/schedulerow.h"
#include "storage/vocabulary.h"
#include "recurrence/zonerules.h"

#include <QRegularExpression>

namespace Buurtplein::CatalogueRows {

QString placeProblem(const Place &p)
{
    static const QStringList settings = {QStringLiteral("indoor"), QStringLiteral("outdoor"), QStringLiteral("both")};
    if (p.kind.isEmpty())
        return QStringLiteral("needs a kind.");
    if (!Vocabulary::isPlaceKind(p.kind))
        return QStringLiteral("the kind '%1' is not a place kind Buurtplein knows.").arg(p.kind);
    if (!p.indoorOutdoor.isEmpty() && !settings.contains(p.indoorOutdoor))
        return QStringLiteral("indoor/outdoor is '%1', not one of indoor, outdoor, both.").arg(p.indoorOutdoor);
    for (const QString &feature : p.accessibility) {
        if (!Vocabulary::isAccessibilityFeature(feature))
            return QStringLiteral("the accessibility feature '%1' is unknown.").arg(feature);
    }
    if (p.validFrom.isValid() && p.validTo.isValid() && p.validFrom > p.validTo)
        return QStringLiteral("it is valid from %1, after its end %2.").arg(ScheduleRow::dateText(p.validFrom), ScheduleRow::dateText(p.validTo));
    return {};
}

QString activityProblem(const Activity &a)
{
    // A BCP 47 language tag as the catalogue uses them: "nl", "ar", "ti", "pt-BR".
    static const QRegularExpression languageTag(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    static const QStringList statuses = {QStringLiteral("active"), QStringLiteral("paused"), QStringLiteral("ended")};
    if (a.title.trimmed().isEmpty())
        return QStringLiteral("needs a title.");
    if (a.category.isEmpty())
        return QStringLiteral("needs a category.");
    if (!Vocabulary::isCategory(a.category))
        return QStringLiteral("has an unknown category '%1'.").arg(a.category);
    if (!a.audience.isEmpty() && !Vocabulary::isAudience(a.audience))
        return QStringLiteral("has an unknown audience '%1'.").arg(a.audience);
    for (const QString &language : a.languagesSpoken) {
        if (!languageTag.match(language).hasMatch())
            return QStringLiteral("lists '%1' as a language spoken, which is not a language code such as nl or ar.").arg(language);
    }
    if (!statuses.contains(a.status))
        return QStringLiteral("has the status '%1', not one of active, paused, ended.").arg(a.status);
    if (a.ageMin >= 0 && a.ageMax >= 0 && a.ageMin > a.ageMax)
        return QStringLiteral("has a minimum age %1 above its maximum age %2.").arg(a.ageMin).arg(a.ageMax);
    if (a.costCents < 0)
        return QStringLiteral("cannot have a negative cost.");
    return {};
}

QString scheduleProblem(const Schedule &s)
{
    if (!s.startDate.isValid())
        return QStringLiteral("the start date is missing or not a date.");
    if (s.durationMinutes < 0)
        return QStringLiteral("the duration cannot be negative.");
    if (!ZoneRules::fromIana(s.timeZone))
        return QStringLiteral("the time zone '%1' is unknown.").arg(s.timeZone);
    if (!s.rrule.isEmpty()) {
        QString error;
        if (!RecurrenceRule::parse(s.rrule, &error))
            return QStringLiteral("the recurrence rule '%1' is invalid: %2").arg(s.rrule, error);
    }
    if (s.validFrom.isValid() && s.validTo.isValid() && s.validFrom > s.validTo)
        return QStringLiteral("it is valid from %1, after its end %2.").arg(ScheduleRow::dateText(s.validFrom), ScheduleRow::dateText(s.validTo));
    return {};
}

QString overrideProblem(const OccurrenceOverride &o)
{
    static const QStringList statuses = {QStringLiteral("scheduled"), QStringLiteral("cancelled"), QStringLiteral("moved")};
    if (o.occurrenceUid.isEmpty() || !o.originalStart.isValid())
        return QStringLiteral("an override needs the occurrence id and its original start.");
    if (o.occurrenceUid != OccurrenceId::make(o.activityUid, o.originalStart.toSecsSinceEpoch()))
        return QStringLiteral("the occurrence id does not match the activity and original start.");
    if (!statuses.contains(o.status))
        return QStringLiteral("the status '%1' is not one of scheduled, cancelled, moved.").arg(o.status);
    if (o.status == QLatin1String("moved")) {
        if (!o.newStart.isValid() && o.newPlaceUid.isEmpty())
            return QStringLiteral("a moved session needs a new time or a new place.");
        if (o.newStart.isValid() && o.newEnd.isValid() && o.newEnd < o.newStart)
            return QStringLiteral("the new end lies before the new start.");
    }
    return {};
}

} // namespace Buurtplein::CatalogueRows
