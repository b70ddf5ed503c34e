// SPDX-License-Identifier: GPL-3.0-or-later
#include "resident/handoff.h"
#include "catalogue/cataloguestore.h"
#include "ics/icsexporter.h"
#include "platform/devicepaths.h"
#include "platform/externalopener.h"
#include "resident/myactivitiesmodel.h"
#include "storage/connectionworker.h"

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

Handoff::Handoff(ConnectionWorker &worker, MyActivitiesModel *joins, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
    , m_joins(joins)
{
}

void Handoff::addToCalendar(const QString &activityUid, const QString &occurrenceUid)
{
    IcsExportOptions options;
    const std::optional<Join> join = m_joins ? m_joins->joinOf(activityUid, occurrenceUid)
                                                          : std::nullopt;
    options.reminderMinutes = join ? join->reminderMinutes : JoinStore::DefaultReminderMinutes;
    // A resident who joined every time gets the whole series (RRULE, the moved and
    // cancelled sessions), not the one date the page happened to show.
    const QString exported = join && join->isSeries() ? QString() : occurrenceUid;
    struct Written {
        QString path;   ///< empty: nothing could be exported
        bool ok = false;
    };
    // Reading the catalogue and writing the file wait on disk: on the worker's thread.
    m_worker.run<Written>(
        [activityUid, exported, options](QSqlDatabase db) {
            const CatalogueStore store(db);
            QString error;
            const QByteArray ics = IcsExporter::exportFromStore(store, activityUid, exported, options, &error);
            if (ics.isEmpty()) {
                qCWarning(lcHandoff) << "cannot export" << activityUid << error;
                return Written{};
            }
            // Named after the activity, in a folder the resident can find (Documents/Buurtplein).
            const auto activity = store.activity(activityUid);
            const QString stem = activity && !activity->title.isEmpty() ? activity->title : activityUid;
            const QString when = exported.isEmpty() ? QString()
                                                    : QLatin1Char('-') + exported.section(QLatin1Char('/'), -1).left(8);
            Written written;
            written.path = QDir(DevicePaths::calendarDirectory()).filePath(fileNameFor(stem + when));
            QFile file(written.path);
            written.ok = file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(ics) == ics.size();
            if (!written.ok)
                qCWarning(lcHandoff) << "cannot write" << written.path << file.errorString();
            return written;
        },
        this,
        [this](const Written &written) {
            if (!written.ok) {
                //: Shown when an activity cannot be added to the calendar
                Q_EMIT actionFailed(tr("This activity cannot be added to your calendar."));
                return;
            }
            m_lastCalendarFile = written.path;
            Q_EMIT calendarFileWritten(written.path);
            if (!ExternalOpener::openFile(written.path))
                //: Shown when the device has no calendar app to hand the activity to
                Q_EMIT actionFailed(tr("No calendar app opened the activity. It is saved as %1.")
                                        .arg(DevicePaths::displayPath(written.path)));
        });
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
