// SPDX-License-Identifier: GPL-3.0-or-later
// A fresh device's first sync: an empty device database pulls gen-catalogue's catalogue
// (at --scale) from the real buurtplein-hub on loopback through SyncEngine, which takes
// the resync path for a device that never synced. Wall time, bytes transferred and peak
// resident memory, against the baseline of the same device building the same catalogue
// with no network: FeedApplier::replaceAll on the pages already fetched and read, in the
// same run. The same device starting from the hub's catalogue snapshot (build-snapshot,
// then the feed from its change number) is measured in the same rounds. Each measurement
// is a fresh process (this program again, with --once), so that peak memory is the
// measurement's own. See BENCHMARKS.md.

#include "search/searchindex.h"
#include "storage/database.h"
#include "sync/feedapplier.h"
#include "hubfeedbench.h"
#include "hubtest.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTemporaryDir>

#include <cstdio>

using namespace Buurtplein;

namespace {

/** The instant gen-catalogue's window starts from: the device's clock, so every run indexes the same weeks. */
const QDateTime benchNow = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);

/** A line of /proc/self/status in kB ("VmHWM", "VmRSS"). */
qint64 statusKb(const QByteArray &field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

/** The requests the hub logged in @p log and the body bytes it sent for them (gzipped as sent). */
std::pair<int, qint64> wireOf(const QByteArray &log)
{
    int requests = 0;
    qint64 bytes = 0;
    for (const QByteArray &line : log.split('\n')) {
        const qsizetype at = line.indexOf(" bytes=");
        if (!line.contains("method=") || at < 0)
            continue;
        ++requests;
        bytes += line.mid(at + 7, line.indexOf(' ', at + 7) - at - 7).toLongLong();
    }
    return {requests, bytes};
}

qint64 countRows(const Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT (SELECT count(*) FROM organisation) + (SELECT count(*) FROM place) + (SELECT count(*) FROM activity)"
                          " + (SELECT count(*) FROM schedule) + (SELECT count(*) FROM occurrence_override)"));
    return q.next() ? q.value(0).toLongLong() : -1;
}

qint64 countOccurrences(const Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM occurrence"));
    return q.next() ? q.value(0).toLongLong() : -1;
}

/** --once sync: the engine's first sync; with @p snapshot from the hub's snapshot. */
int onceSync(const QUrl &hub, const QString &deviceFile, bool snapshot)
{
    Database device;
    if (!device.open(deviceFile)) {
        std::fprintf(stderr, "bench-firstsync: %s\n", qPrintable(device.errorString()));
        return 1;
    }
    const qint64 rssBefore = statusKb("VmRSS");
    QNetworkAccessManager network;
    SyncEngine engine(device.connection(), &network);
    engine.setHubUrl(hub);
    engine.setClock([] { return benchNow; });
    if (snapshot)
        engine.setSnapshotFolder(deviceFile + QStringLiteral(".download"));
    bool synced = false;
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](bool ok) {
        synced = ok;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    QMetaObject::invokeMethod(&engine, &SyncEngine::syncOnce, Qt::QueuedConnection);
    loop.exec();
    // Until here the catalogue shows: a snapshot is indexed for its first week...
    const double usableMs = double(timer.nsecsElapsed()) / 1e6;
    if (!synced) {
        std::fprintf(stderr, "bench-firstsync: the sync failed: %s\n", qPrintable(engine.lastProblem()));
        return 1;
    }
    // ...and the rest of the window is what the app's WindowKeeper then adds off the UI thread.
    if (engine.snapshotInstalled()) {
        QString error;
        Transaction tx(device.connection());
        if (!SearchIndex::refreshWindow(device.connection(), benchNow, SearchIndex::DefaultWindowWeeks, &error, 2000) || !tx.commit()) {
            std::fprintf(stderr, "bench-firstsync: cannot widen the window: %s\n", qPrintable(error));
            return 1;
        }
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    // Bytes and requests are counted from the hub's log by the parent.
    std::printf("once ms=%.1f usable_ms=%.1f bytes=0 requests=0 records=%lld occurrences=%lld rss_before_kb=%lld hwm_kb=%lld\n",
                ms, usableMs, countRows(device), countOccurrences(device), rssBefore, statusKb("VmHWM"));
    return 0;
}

/** --once apply: the baseline. The pages are fetched and read first (untimed), then applied as the engine applies a resync. */
int onceApply(const QUrl &hub, const QString &deviceFile)
{
    Database device;
    if (!device.open(deviceFile)) {
        std::fprintf(stderr, "bench-firstsync: %s\n", qPrintable(device.errorString()));
        return 1;
    }
    const qint64 rssBefore = statusKb("VmRSS");
    QNetworkAccessManager network;
    QList<FeedItem> items;
    qint64 after = 0;
    for (;;) {
        QUrl url = hub;
        url.setPath(QStringLiteral("/v1/feed"));
        // The engine's page size (SyncEngine::setPageSize, 500 by default).
        url.setQuery(QStringLiteral("after=%1&limit=500").arg(after));
        const HubTest::Answer answer = HubTest::call(network, "GET", url);
        QString error;
        const auto page = FeedApplier::readItems(answer.json().value(QStringLiteral("items")).toArray(), &error);
        if (answer.status != 200 || !page) {
            std::fprintf(stderr, "bench-firstsync: cannot fetch the feed: %d %s\n", answer.status, qPrintable(error));
            return 1;
        }
        if (page->isEmpty())
            break;
        for (const FeedItem &item : *page)
            after = std::max(after, item.modified);
        items.append(*page);
    }
    FeedApplier applier(device.connection(), [] { return benchNow; });
    QElapsedTimer timer;
    timer.start();
    if (!applier.replaceAll(items, after)) {
        std::fprintf(stderr, "bench-firstsync: %s\n", qPrintable(applier.errorString()));
        return 1;
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    std::printf("once ms=%.1f bytes=0 requests=0 records=%lld occurrences=%lld rss_before_kb=%lld hwm_kb=%lld\n", ms, countRows(device),
                countOccurrences(device), rssBefore, statusKb("VmHWM"));
    return 0;
}

struct Once {
    double ms = 0;
    double usableMs = 0;    ///< until the catalogue shows (the snapshot: its first week indexed); ms: the whole window
    qint64 bytes = 0;
    int requests = 0;
    qint64 records = 0;
    qint64 occurrences = 0;
    qint64 rssBeforeKb = 0;
    qint64 hwmKb = 0;
};

/** Runs this program again with --once @p mode on a fresh device file and reads its line. */
std::optional<Once> runOnce(const QString &mode, const QUrl &hub, QString *error)
{
    QTemporaryDir dir;
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--once"), mode, QStringLiteral("--hub"), hub.toString(), QStringLiteral("--device"),
                 dir.filePath(QStringLiteral("device.sqlite"))});
    if (!child.waitForStarted()) {
        *error = QStringLiteral("cannot start the %1 run: %2").arg(mode, child.errorString());
        return std::nullopt;
    }
    // An event loop rather than waitForFinished(): HubProcess must keep reading the hub's
    // log, or the hub blocks on a full stderr pipe after a few hundred requests.
    if (child.state() != QProcess::NotRunning) {
        QEventLoop loop;
        QObject::connect(&child, &QProcess::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        *error = QStringLiteral("the %1 run failed").arg(mode);
        return std::nullopt;
    }
    const QByteArray line = child.readAllStandardOutput().trimmed();
    QHash<QByteArray, QByteArray> values;
    for (const QByteArray &pair : line.split(' ')) {
        const qsizetype eq = pair.indexOf('=');
        if (eq > 0)
            values.insert(pair.left(eq), pair.mid(eq + 1));
    }
    if (!line.startsWith("once ")) {
        *error = QStringLiteral("the %1 run said: %2").arg(mode, QString::fromUtf8(line));
        return std::nullopt;
    }
    Once once{values.value("ms").toDouble(),
              values.value("usable_ms", values.value("ms")).toDouble(),
              values.value("bytes").toLongLong(),
              values.value("requests").toInt(),
              values.value("records").toLongLong(),
              values.value("occurrences").toLongLong(),
              values.value("rss_before_kb").toLongLong(),
              values.value("hwm_kb").toLongLong()};
    return once;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A fresh device's first sync through SyncEngine against applying the same feed in-process."));
    parser.addHelpOption();
    Bench::addCatalogueOptions(parser);
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Rounds of (sync, apply) (default 3)."), QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("once"), QStringLiteral("Internal: one measurement, sync or apply."), QStringLiteral("mode")});
    parser.addOption({QStringLiteral("hub"), QStringLiteral("Internal: the hub's URL."), QStringLiteral("url")});
    parser.addOption({QStringLiteral("device"), QStringLiteral("Internal: the device database file."), QStringLiteral("file")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("once"))) {
        const QUrl hub(parser.value(QStringLiteral("hub")));
        const QString device = parser.value(QStringLiteral("device"));
        if (parser.value(QStringLiteral("once")) == QLatin1String("sync"))
            return onceSync(hub, device, false);
        if (parser.value(QStringLiteral("once")) == QLatin1String("snapshot"))
            return onceSync(hub, device, true);
        if (parser.value(QStringLiteral("once")) == QLatin1String("apply"))
            return onceApply(hub, device);
        std::fprintf(stderr, "bench-firstsync: --once takes sync or apply\n");
        return 2;
    }
    const int rounds = parser.value(QStringLiteral("rounds")).toInt();
    if (rounds <= 0) {
        std::fprintf(stderr, "bench-firstsync: --rounds must be positive\n");
        return 2;
    }
    QTemporaryDir dir;
    QString error;
    const auto catalogue = Bench::deviceCatalogue(parser, dir.path(), &error);
    if (!catalogue) {
        std::fprintf(stderr, "bench-firstsync: %s\n", qPrintable(error));
        return 2;
    }
    if (!catalogue->generated.isEmpty())
        std::printf("%s\n", qPrintable(catalogue->generated));

    HubTest::FreshDatabase fresh;
    HubDatabase db;
    if (!fresh.create(QStringLiteral("sqlite"), &error) || !db.open(fresh.location())) {
        std::fprintf(stderr, "bench-firstsync: %s\n", qPrintable(error.isEmpty() ? db.errorString() : error));
        return 1;
    }
    const auto loaded = Bench::loadIntoHub(catalogue->path, db, &error);
    if (!loaded) {
        std::fprintf(stderr, "bench-firstsync: %s\n", qPrintable(error));
        return 1;
    }
    db.close();
    std::printf("firstsync loaded records=%d load_ms=%lld\n", loaded->records, loaded->ms);
    std::fflush(stdout);
    // The hub's snapshot, as its schedule would build it (serve --snapshot-hours).
    const QString snapshots = dir.filePath(QStringLiteral("snapshots"));
    QElapsedTimer building;
    building.start();
    QProcess builder;
    builder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    builder.start(HubTest::hubPath(), {QStringLiteral("build-snapshot"), QStringLiteral("--snapshots"), snapshots, QStringLiteral("--db"),
                                       fresh.location()});
    if (!builder.waitForFinished(-1) || builder.exitStatus() != QProcess::NormalExit || builder.exitCode() != 0) {
        std::fprintf(stderr, "bench-firstsync: build-snapshot failed\n");
        return 1;
    }
    std::printf("firstsync snapshot_built_ms=%lld %s\n", building.elapsed(), builder.readAllStandardOutput().trimmed().constData());
    std::fflush(stdout);
    HubTest::HubProcess hub;
    if (!hub.start(fresh.location(), &error, {QStringLiteral("--snapshots"), snapshots})) {
        std::fprintf(stderr, "bench-firstsync: %s\n", qPrintable(error));
        return 1;
    }
    const QUrl url = hub.url(QString());

    QList<double> syncMs, applyMs, ratios, snapMs, snapRatios, showsMs, showsRatios;
    Once sync, apply, snap;
    for (int round = 1; round <= rounds; ++round) {
        hub.takeLog();
        auto s = runOnce(QStringLiteral("sync"), url, &error);
        if (s)
            std::tie(s->requests, s->bytes) = wireOf(hub.takeLog());
        auto n = s ? runOnce(QStringLiteral("snapshot"), url, &error) : std::nullopt;
        if (n)
            std::tie(n->requests, n->bytes) = wireOf(hub.takeLog());
        const auto a = n ? runOnce(QStringLiteral("apply"), url, &error) : std::nullopt;
        if (!s || !n || !a) {
            std::fprintf(stderr, "bench-firstsync: %s\n", qPrintable(error));
            return 1;
        }
        if (s->records != loaded->records || a->records != loaded->records || n->records != loaded->records
            || s->occurrences != a->occurrences || n->occurrences != a->occurrences) {
            std::fprintf(stderr, "bench-firstsync: the sync stored %lld records (%lld occurrences), the snapshot %lld (%lld), "
                                 "the baseline %lld (%lld), the hub has %d\n",
                         s->records, s->occurrences, n->records, n->occurrences, a->records, a->occurrences, loaded->records);
            return 1;
        }
        std::printf("firstsync round=%d sync_ms=%.0f snapshot_ms=%.0f snapshot_shows_ms=%.0f apply_ms=%.0f sync/apply=%.3f "
                    "snapshot/apply=%.3f snapshot_shows/apply=%.3f sync_hwm_kb=%lld snapshot_hwm_kb=%lld apply_hwm_kb=%lld\n",
                    round, s->ms, n->ms, n->usableMs, a->ms, s->ms / a->ms, n->ms / a->ms, n->usableMs / a->ms, s->hwmKb, n->hwmKb,
                    a->hwmKb);
        std::fflush(stdout);
        syncMs.append(s->ms);
        snapMs.append(n->ms);
        applyMs.append(a->ms);
        ratios.append(s->ms / a->ms);
        snapRatios.append(n->ms / a->ms);
        showsMs.append(n->usableMs);
        showsRatios.append(n->usableMs / a->ms);
        sync = *s;
        snap = *n;
        apply = *a;
    }
    std::printf("firstsync records=%lld occurrences=%lld requests=%d bytes=%lld sync_ms=%.0f apply_ms=%.0f sync/apply=%.3f "
                "sync_hwm_mb=%.0f apply_hwm_mb=%.0f start_rss_mb=%.0f snapshot_requests=%d snapshot_bytes=%lld snapshot_ms=%.0f "
                "snapshot/apply=%.3f snapshot_hwm_mb=%.0f snapshot_shows_ms=%.0f snapshot_shows/apply=%.3f\n",
                sync.records, sync.occurrences, sync.requests, sync.bytes, Bench::median(syncMs), Bench::median(applyMs),
                Bench::median(ratios), sync.hwmKb / 1024.0, apply.hwmKb / 1024.0, sync.rssBeforeKb / 1024.0, snap.requests, snap.bytes,
                Bench::median(snapMs), Bench::median(snapRatios), snap.hwmKb / 1024.0, Bench::median(showsMs),
                Bench::median(showsRatios));
    return 0;
}
