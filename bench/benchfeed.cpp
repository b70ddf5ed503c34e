// SPDX-License-Identifier: GPL-3.0-or-later
// Feed paging throughput: GET /v1/feed from after=0 to the end, limit 1000, through the
// real buurtplein-hub on loopback, against the baseline of the same page queries run
// directly on the hub database (HubCatalogue::page) in the same run, the two passes
// taking turns. The catalogue is gen-catalogue's at --scale, loaded into the hub with
// hubfeedbench.h. SQLite always; PostgreSQL too when BUURTPLEIN_BENCH_PG_URL names a
// server whose user may create databases. See BENCHMARKS.md.

#include "hubfeedbench.h"
#include "benchdialects.h"
#include "hubtest.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace Buurtplein;

namespace {

constexpr int pageLimit = 1000;

struct Pass {
    qint64 items = 0;
    qint64 bytes = 0;   ///< response bodies (the hub pass only)
    qint64 wire = 0;    ///< everything read from the socket, headers included
    int pages = 0;
    double seconds = 0;
};

/** The hub pass: every page over one kept-alive connection, following each page's "next". */
std::optional<Pass> throughHub(int port, QString *error)
{
    Bench::RawHttp client;
    if (!client.connect(port, error))
        return std::nullopt;
    Pass pass;
    QElapsedTimer timer;
    timer.start();
    qint64 after = 0;
    for (;;) {
        const auto body = client.get(QByteArrayLiteral("/v1/feed?after=") + QByteArray::number(after) + "&limit=" + QByteArray::number(pageLimit),
                                     &pass.wire, error);
        if (!body)
            return std::nullopt;
        ++pass.pages;
        pass.bytes += body->size();
        // Lets HubProcess read the hub's log line: with no event loop its stderr pipe would
        // fill after a few hundred requests and the hub would block writing to it.
        QCoreApplication::processEvents();
        // Counting and finding the cursor without a JSON parse keeps the client's work out
        // of the hub's figure. No payload has a key "modified", and a quote inside a string
        // value is escaped, so this counts items.
        const qint64 items = body->count("\"modified\":");
        if (items == 0)
            break;
        pass.items += items;
        const QByteArray marker("\"next\":\"/v1/feed?after=");
        const qsizetype at = body->lastIndexOf(marker);
        const qint64 next = at < 0 ? -1 : body->mid(at + marker.size(), 20).split('&').first().toLongLong();
        if (next <= after) {
            *error = QStringLiteral("the feed did not move on from after=%1").arg(after);
            return std::nullopt;
        }
        after = next;
    }
    pass.seconds = double(timer.nsecsElapsed()) / 1e9;
    return pass;
}

/** The baseline: the same page queries on the hub database, in this process. */
std::optional<Pass> direct(HubDatabase &db, QString *error)
{
    const HubCatalogue catalogue(db);
    Pass pass;
    QElapsedTimer timer;
    timer.start();
    qint64 after = 0;
    for (;;) {
        const auto items = catalogue.page(after, pageLimit);
        if (!items) {
            *error = catalogue.errorString();
            return std::nullopt;
        }
        ++pass.pages;
        if (items->isEmpty())
            break;
        pass.items += items->size();
        after = items->last().change;
    }
    pass.seconds = double(timer.nsecsElapsed()) / 1e9;
    return pass;
}

bool run(const QString &dialect, const QString &catalogueFile, int rounds, QString *error)
{
    HubTest::FreshDatabase fresh;
    HubDatabase db;
    if (!fresh.create(dialect, error))
        return false;
    if (!db.open(fresh.location())) {
        *error = db.errorString();
        return false;
    }
    const auto loaded = Bench::loadIntoHub(catalogueFile, db, error);
    if (!loaded)
        return false;
    std::printf("feed %s loaded records=%d load_ms=%lld\n", qPrintable(dialect), loaded->records, loaded->ms);
    std::fflush(stdout);
    HubTest::HubProcess hub;
    if (!hub.start(fresh.location(), error))
        return false;
    const int port = hub.url(QStringLiteral("/")).port();

    QList<double> hubItems, hubBytes, directItems, ratios;
    Pass last;
    // Round 0 warms the page cache and the hub's connection pool; it is not counted.
    for (int round = 0; round <= rounds; ++round) {
        const auto viaHub = throughHub(port, error);
        if (!viaHub)
            return false;
        const auto viaDb = direct(db, error);
        if (!viaDb)
            return false;
        if (viaHub->items != loaded->records || viaDb->items != loaded->records) {
            *error = QStringLiteral("a pass read %1 items through the hub and %2 directly, not %3")
                         .arg(viaHub->items).arg(viaDb->items).arg(loaded->records);
            return false;
        }
        if (round == 0)
            continue;
        const double h = viaHub->items / viaHub->seconds;
        const double d = viaDb->items / viaDb->seconds;
        std::printf("feed %s round=%d hub_s=%.2f direct_s=%.2f hub/direct=%.3f\n", qPrintable(dialect), round, viaHub->seconds,
                    viaDb->seconds, h / d);
        std::fflush(stdout);
        hubItems.append(h);
        hubBytes.append(viaHub->bytes / viaHub->seconds);
        directItems.append(d);
        ratios.append(h / d);
        last = *viaHub;
    }
    std::printf("feed %s items=%lld pages=%d body_bytes=%lld wire_bytes=%lld hub_items_per_s=%.0f hub_bytes_per_s=%.0f "
                "direct_items_per_s=%.0f hub/direct=%.3f\n",
                qPrintable(dialect), last.items, last.pages, last.bytes, last.wire, Bench::median(hubItems), Bench::median(hubBytes),
                Bench::median(directItems), Bench::median(ratios));
    std::fflush(stdout);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Catalogue feed paging through the hub's GET /v1/feed against the bare page queries."));
    parser.addHelpOption();
    Bench::addCatalogueOptions(parser);
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Measured rounds after the warm-up (default 3)."), QStringLiteral("N"),
                      QStringLiteral("3")});
    parser.process(app);
    const int rounds = parser.value(QStringLiteral("rounds")).toInt();
    if (rounds <= 0) {
        std::fprintf(stderr, "bench-feed: --rounds must be positive\n");
        return 2;
    }
    QTemporaryDir dir;
    QString error;
    const auto catalogue = Bench::deviceCatalogue(parser, dir.path(), &error);
    if (!catalogue) {
        std::fprintf(stderr, "bench-feed: %s\n", qPrintable(error));
        return 2;
    }
    if (!catalogue->generated.isEmpty())
        std::printf("%s\n", qPrintable(catalogue->generated));
    const QStringList dialects = Bench::benchDialects();
    int code = 0;
    for (const QString &dialect : dialects) {
        if (!run(dialect, catalogue->path, rounds, &error)) {
            std::fprintf(stderr, "bench-feed: %s: %s\n", qPrintable(dialect), qPrintable(error));
            code = 1;
        }
    }
    return code;
}
