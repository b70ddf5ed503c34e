// SPDX-License-Identifier: GPL-3.0-or-later
#include "resident/handoff.h"
#include "catalogue/cataloguestore.h"
#include "ics/icsexporter.h"
#include "platform/devicepaths.h"
#include "platform/externalopener.h"
#include "resident/myactivitiesmodel.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcHandoff, "buurtplein.app.handoff")

namespace Buurtplein {

namespace {
// "demo:taalcafe-javaplein" -> "demo-taalcafe-javaplein": a file name every platform accepts.
// A file name from @p text in any script: letters and digits kept, the rest one dash.
QString fileNameFor(const QString &text)
{
    QString name = text;
    name.replace(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}_]+")), QStringLiteral("-"));
    name = name.left(80);
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    return (name.isEmpty() ? QStringLiteral("buurtplein") : name) + QStringLiteral(".ics");
}
} // namespace

Handoff::Handoff(CatalogueStore &store, MyActivitiesModel *joins, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_joins(joins)
{
}

bool Handoff::addToCalendar(const QString &activityUid, const QString &occurrenceUid)
{
    IcsExportOptions options;
    const std::optional<Join> join = m_joins ? m_joins->joinOf(activityUid, occurrenceUid)
                                                          : std::nullopt;
    options.reminderMinutes = join ? join->reminderMinutes : JoinStore::DefaultReminderMinutes;
    // A resident who joined every time gets the whole series (RRULE, the moved and
    // cancelled sessions), not the one date the page happened to show.
    const QString exported = join && join->isSeries() ? QString() : occurrenceUid;
    QString error;
    const QByteArray ics = IcsExporter::exportFromStore(m_store, activityUid, exported, options, &error);
    if (ics.isEmpty()) {
        qCWarning(lcHandoff) << "cannot export" << activityUid << error;
        //: Shown when an activity cannot be added to the calendar
        Q_EMIT actionFailed(tr("This activity cannot be added to your calendar."));
        return false;
    }
    // Named after the activity, in a folder the resident can find (Documents/Buurtplein).
    const auto activity = m_store.activity(activityUid);
    const QString stem = activity && !activity->title.isEmpty() ? activity->title : activityUid;
    const QString when = exported.isEmpty() ? QString() : QLatin1Char('-') + exported.section(QLatin1Char('/'), -1).left(8);
    const QString path = QDir(DevicePaths::calendarDirectory()).filePath(fileNameFor(stem + when));
    m_lastCalendarFile = path;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(ics) != ics.size()) {
        qCWarning(lcHandoff) << "cannot write" << path << file.errorString();
        Q_EMIT actionFailed(tr("This activity cannot be added to your calendar."));
        return false;
    }
    file.close();
    if (!ExternalOpener::openFile(path)) {
        //: Shown when the device has no calendar app to hand the activity to
        Q_EMIT actionFailed(tr("No calendar app opened the activity. It is saved as %1.").arg(DevicePaths::displayPath(path)));
        return false;
    }
    return true;
}

bool Handoff::openRoute(double lat, double lon, const QString &label)
{
    if (ExternalOpener::openRoute(lat, lon, label))
        return true;
    //: Shown when the device has no maps app for the route
    Q_EMIT actionFailed(tr("No maps app opened the route."));
    return false;
}

} // namespace Buurtplein
