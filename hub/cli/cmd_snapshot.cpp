// SPDX-License-Identifier: GPL-3.0-or-later
// build-snapshot: the catalogue as one file for devices that never synced (docs/sync.md,
// "Snapshot"; core/sync/cataloguesnapshot.h), served at GET /v1/snapshot.
#include "cli/hubcli.h"
#include "store/hubcatalogue.h"
#include "store/hubdatabase.h"
#include "sync/cataloguesnapshot.h"
#include "worker/cataloguepayload.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

namespace Buurtplein::HubCli {

namespace {
constexpr int PageRecords = 2000;
constexpr int KeptFiles = 2; // the file served and the one before, for downloads under way

// A read transaction that sees one state of the catalogue from its first read to its
// end, while the hub goes on writing: SQLite's WAL snapshot, PostgreSQL's repeatable read.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(HubDatabase &db) : m_db(db.connection())
    {
        QSqlQuery q(m_db);
        m_active = q.exec(db.dialect().kind() == SqlDialect::Postgres ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                                                      : QStringLiteral("BEGIN DEFERRED"));
    }
    ~ReadSnapshot()
    {
        if (m_active)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    bool isActive() const { return m_active; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};
} // namespace

QString snapshotsLocation(const Arguments &args)
{
    const QString fromEnvironment = qEnvironmentVariable("BUURTPLEIN_HUB_SNAPSHOTS");
    if (args.has(QStringLiteral("snapshots")))
        return args.value(QStringLiteral("snapshots"));
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString db = databaseLocation(args);
    return db.startsWith(QLatin1String("postgresql:")) ? QStringLiteral("buurtplein-hub-snapshots") : db + QStringLiteral(".snapshots");
}

std::optional<CatalogueSnapshot::Info> buildSnapshot(HubDatabase &db, const QString &folder, const QDateTime &now,
                                                      const std::function<void(qint64)> &progress, QString *error)
{
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("Cannot make the snapshot folder %1.").arg(folder);
        return std::nullopt;
    }
    // A name of its own: a scheduled build and one run by hand may overlap. Whatever
    // happens, the half-written file goes.
    const QString building = QDir(folder).filePath(
        QStringLiteral("building-%1-%2.sqlite").arg(QCoreApplication::applicationPid()).arg(QRandomGenerator::global()->generate()));
    const auto removeBuilding = qScopeGuard([building] {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(building + QLatin1String(suffix));
    });
    CatalogueSnapshot::Writer writer;
    CatalogueSnapshot::Info info;
    {
        ReadSnapshot read(db);
        HubCatalogue catalogue(db);
        if (!read.isActive() || !writer.open(building)) {
            *error = read.isActive() ? writer.errorString() : QStringLiteral("Cannot read the catalogue: the database refused a read transaction.");
            return std::nullopt;
        }
        info.changeNumber = catalogue.lastChange();
        qint64 written = 0;
        // Kind by kind in catalogue order, a page at a time: a record's parents are
        // always written first, and the hub never holds the whole catalogue.
        for (const QString &kind : CataloguePayload::kinds()) {
            qint64 after = 0;
            for (;;) {
                const auto page = catalogue.live(kind, after, PageRecords);
                if (!page) {
                    *error = catalogue.errorString();
                    return std::nullopt;
                }
                QList<FeedItem> items;
                for (const CatalogueItem &item : *page)
                    items.append({false, item.kind, item.uid, item.change, int(item.version), item.data});
                if (!writer.add(items)) {
                    *error = writer.errorString();
                    return std::nullopt;
                }
                written += items.size();
                if (progress)
                    progress(written);
                if (page->size() < PageRecords)
                    break;
                after = page->last().change;
            }
        }
    }
    if (info.changeNumber <= 0) {
        *error = QStringLiteral("The catalogue is empty: there is nothing to make a snapshot of.");
        return std::nullopt;
    }
    const QString name = QStringLiteral("catalogue-%1.sqlite.gz").arg(info.changeNumber);
    const qint64 changeNumber = info.changeNumber;
    if (!writer.finish(changeNumber, QDir(folder).filePath(name), &info)) {
        *error = writer.errorString();
        return std::nullopt;
    }
    info.file = name;
    info.builtAt = now.toUTC();
    if (!CatalogueSnapshot::describe(folder, info, error))
        return std::nullopt;
    // Older files go, but the one served before stays a while for downloads under way.
    QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral("catalogue-*.sqlite.gz")}, QDir::Files, QDir::Time);
    for (qsizetype i = KeptFiles; i < files.size(); ++i)
        QFile::remove(files.at(i).absoluteFilePath());
    return info;
}

int buildSnapshotCommand(const QStringList &args)
{
    QString error;
    const auto options = Arguments::parse(args, {QStringLiteral("build-snapshot"), {QStringLiteral("snapshots"), QStringLiteral("db")}, {}}, &error);
    if (!options)
        return fail(BadInput, error);
    const QString folder = snapshotsLocation(*options);
    return withDatabase(databaseLocation(*options), [&](HubDatabase &db) {
        qint64 shown = 0;
        const auto info = buildSnapshot(db, folder, now(), [&](qint64 written) {
            // A line now and then on a terminal: a national catalogue takes minutes.
            if (written - shown >= 20000) {
                shown = written;
                fputs(qPrintable(QStringLiteral("%1 records written\n").arg(written)), stderr);
            }
        }, &error);
        if (!info)
            return fail(Failed, error);
        print(QString::fromUtf8(QJsonDocument(info->toJson()).toJson(QJsonDocument::Compact)));
        return int(Ok);
    });
}

} // namespace Buurtplein::HubCli
