// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/demoloader.h"
#include "catalogue/cataloguestore.h"
#include "storage/database.h"
#include "places/demorecords.h"
#include "recurrence/occurrenceexpander.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDemo, "buurtplein.places.demo")

namespace Buurtplein {

namespace {
// The override must name a session the schedules really produce, or it would hide nothing.
bool scheduleHasStart(const QList<Schedule> &schedules, qint64 startUtc)
{
    for (const Schedule &schedule : schedules) {
        RecurrenceSet set;
        set.startDate = schedule.startDate;
        set.startTime = schedule.startTime;
        set.zone = ZoneRules::amsterdam();
        set.durationSecs = qint64(schedule.durationMinutes) * 60;
        if (!schedule.rrule.isEmpty())
            set.rule = RecurrenceRule::parse(schedule.rrule);
        set.exceptionDays = schedule.exceptionDays;
        for (const QDateTime &extra : schedule.extraStarts)
            set.extraStartsUtc.append(extra.toSecsSinceEpoch());
        if (!OccurrenceExpander::expand(set, startUtc, startUtc + 1, 1).isEmpty())
            return true;
    }
    return false;
}
} // namespace

std::optional<DemoSummary> DemoLoader::load(CatalogueStore &store, const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("Cannot read the demo neighbourhood %1: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    return loadData(store, file.readAll(), error);
}

std::optional<DemoSummary> DemoLoader::loadData(CatalogueStore &store, const QByteArray &json, QString *error)
{
    auto refuse = [error](const QString &message) -> std::optional<DemoSummary> {
        qCWarning(lcDemo) << message;
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return refuse(QStringLiteral("The demo neighbourhood is not a JSON object: %1.").arg(parseError.errorString()));

    QString problem;
    const auto records = DemoRecords::read(doc.object(), &problem);
    if (!records)
        return refuse(problem);

    Transaction transaction(store.connection());
    if (!transaction.isActive())
        return refuse(QStringLiteral("Cannot start a transaction on the catalogue."));
    DemoSummary summary;
    for (Organisation organisation : records->organisations) {
        if (!store.save(organisation))
            return refuse(QStringLiteral("Organisation %1 was refused: %2").arg(organisation.uid, store.errorString()));
        ++summary.organisations;
    }
    for (Place place : records->places) {
        if (!store.save(place))
            return refuse(QStringLiteral("Place %1 was refused: %2").arg(place.uid, store.errorString()));
        ++summary.places;
    }
    for (Activity activity : records->activities) {
        if (!store.save(activity))
            return refuse(QStringLiteral("Activity %1 was refused: %2").arg(activity.uid, store.errorString()));
        ++summary.activities;
    }
    for (Schedule schedule : records->schedules) {
        if (!store.save(schedule))
            return refuse(QStringLiteral("Schedule %1 was refused: %2").arg(schedule.uid, store.errorString()));
        ++summary.schedules;
    }
    for (OccurrenceOverride change : records->overrides) {
        if (!scheduleHasStart(store.schedulesOf(change.activityUid), change.originalStart.toSecsSinceEpoch()))
            return refuse(QStringLiteral("The override of %1 at %2 matches no session of its schedules.")
                              .arg(change.activityUid, change.originalStart.toString(Qt::ISODate)));
        if (!store.save(change))
            return refuse(QStringLiteral("Override %1 was refused: %2").arg(change.occurrenceUid, store.errorString()));
        ++summary.overrides;
    }
    if (!transaction.commit())
        return refuse(QStringLiteral("The demo neighbourhood could not be committed."));
    qCInfo(lcDemo) << "demo loaded:" << summary.activities << "activities at" << summary.places << "places";
    return summary;
}

} // namespace Buurtplein
