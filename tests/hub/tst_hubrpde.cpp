// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue feed read by OpenActive's own RPDE validator (@openactive/rpde-validator
// from npm, installed by scripts/setup-debian.sh): a real hub with the demo catalogue and
// one deleted record, walked page by page. No failure may remain; the report is printed
// so that CI shows it. Warnings allowed: pages smaller than the 500 items RPDE suggests
// (the test asks for pages of 20 to walk several) and the suggestion to use OpenActive's
// opportunity data model (the catalogue has its own, docs/protocol.md). And one quirk:
// the validator applies its HTTP rules while walking before it knows a page is the last,
// so the last page's "public, max-age=8" (what RPDE asks of the last page, and what the
// validator's own last-page check then accepts) draws a cache warning there; that
// warning is accepted for the empty last page only.
#include "hubtest.h"
#include "store/hubcatalogue.h"
#include "store/hubdatabase.h"

#include <QJsonArray>
#include <QProcess>
#include <QTcpSocket>

#include <zlib.h>
#include <QTest>

using namespace Buurtplein;
using namespace Buurtplein::HubTest;

class TestHubRpde : public QObject
{
    Q_OBJECT

private slots:
    void largeAnswersAreGzipped();
    void validatorFindsNoFailure_data()
    {
        QTest::addColumn<QString>("dialect");
        for (const QString &dialect : dialects())
            QTest::newRow(qPrintable(dialect)) << dialect;
    }

    void validatorFindsNoFailure()
    {
        QFETCH(QString, dialect);
        const QString validator = QStringLiteral(BUURTPLEIN_TEST_TOOLS "/node_modules/@openactive/rpde-validator");
        QVERIFY2(QFileInfo::exists(validator), "the RPDE validator is missing: run scripts/setup-debian.sh (it installs the npm test tools)");
        FreshDatabase fresh;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        const CliRun demo = runHub({QStringLiteral("import-demo"), QStringLiteral("--db"), fresh.location()});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        {
            // A cancelled session taken back: a tombstone in the feed.
            HubDatabase db;
            QVERIFY(db.open(fresh.location()));
            HubCatalogue catalogue(db);
            const auto overrides = catalogue.live(QStringLiteral("override"));
            QVERIFY(overrides && !overrides->isEmpty());
            QCOMPARE(catalogue.remove(QStringLiteral("override"), overrides->first().uid, TestClock::nowSecs()).outcome, CatalogueWrite::Stored);
        }
        HubProcess hub;
        QVERIFY2(hub.start(fresh.location(), &error), qPrintable(error));

        QProcess node;
        node.start(QStringLiteral("node"), {QStringLiteral(BUURTPLEIN_HUB_TEST_SOURCE "/rpde/validate.cjs"), validator,
                                            hub.url(QStringLiteral("/v1/feed?limit=20")).toString()});
        QVERIFY(node.waitForFinished(120000));
        QVERIFY2(node.exitCode() == 0, node.readAllStandardError().constData());
        const QStringList report = QString::fromUtf8(node.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(!report.isEmpty());
        const int pages = report.first().section(QLatin1Char('|'), 1).toInt();
        qInfo("%s: the RPDE validator walked %d pages", qPrintable(dialect), pages);
        QVERIFY(pages >= 3);
        QNetworkAccessManager nam;
        auto isLastPage = [&](const QString &url) {
            const QJsonObject page = call(nam, "GET", QUrl(url)).json();
            return page.value(QStringLiteral("items")).toArray().isEmpty() && page.value(QStringLiteral("next")).toString() == url;
        };
        QStringList objections;
        for (const QString &line : report.mid(1)) {
            qInfo("rpde-validator: %s", qPrintable(line));
            const QString severity = line.section(QLatin1Char('|'), 0, 0), type = line.section(QLatin1Char('|'), 1, 1);
            const QString url = line.section(QLatin1Char('|'), 3);
            if (severity == QLatin1String("warning") && type == QLatin1String("missing_cache_control") && isLastPage(url)
                && line.contains(QStringLiteral("public, max-age=8")))
                continue;
            if (severity == QLatin1String("failure") || (severity == QLatin1String("warning") && type != QLatin1String("minimum_items_per_page")))
                objections.append(line);
        }
        QVERIFY2(objections.isEmpty(), qPrintable(objections.join(QLatin1Char('\n'))));
    }
};

// Sends a raw HTTP/1.1 GET of @p path with @p acceptEncoding; the head and the body.
static std::pair<QByteArray, QByteArray> rawGet(quint16 port, const QByteArray &path, const QByteArray &acceptEncoding)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(10000))
        return {};
    QByteArray request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    if (!acceptEncoding.isEmpty())
        request += "Accept-Encoding: " + acceptEncoding + "\r\n";
    socket.write(request + "\r\n");
    QByteArray all;
    qsizetype length = -1, headEnd = -1;
    while (socket.waitForReadyRead(10000) || socket.bytesAvailable()) {
        all += socket.readAll();
        headEnd = all.indexOf("\r\n\r\n");
        if (headEnd >= 0 && length < 0) {
            for (const QByteArray &line : all.left(headEnd).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
        }
        if (headEnd >= 0 && length >= 0 && all.size() >= headEnd + 4 + length)
            break;
    }
    return {all.left(headEnd), all.mid(headEnd + 4, length)};
}

static QByteArray gunzip(const QByteArray &data)
{
    z_stream stream{};
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        return {};
    QByteArray out;
    char buffer[65536];
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    int result = Z_OK;
    while (result == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        result = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
    }
    inflateEnd(&stream);
    return result == Z_STREAM_END ? out : QByteArray();
}

void TestHubRpde::largeAnswersAreGzipped()
{
    FreshDatabase fresh;
    QString error;
    QVERIFY2(fresh.create(QStringLiteral("sqlite"), &error), qPrintable(error));
    QCOMPARE(runHub({QStringLiteral("import-demo"), QStringLiteral("--db"), fresh.location()}).exitCode, 0);
    HubProcess hub;
    QVERIFY2(hub.start(fresh.location(), &error), qPrintable(error));
    const quint16 port = quint16(hub.url(QStringLiteral("/")).port());
    for (const QByteArray &path : {QByteArray("/v1/feed?limit=1000"), QByteArray("/v1/ics/area/GM0363.ics")}) {
        const auto [plainHead, plain] = rawGet(port, path, {});
        const auto [gzHead, packed] = rawGet(port, path, "br;q=1.0, gzip;q=0.8");
        const auto [refusedHead, refused] = rawGet(port, path, "gzip;q=0, identity");
        QVERIFY2(plainHead.startsWith("HTTP/1.1 200") && gzHead.startsWith("HTTP/1.1 200"), gzHead.constData());
        QVERIFY(!plainHead.toLower().contains("content-encoding"));
        QVERIFY2(gzHead.toLower().contains("content-encoding: gzip"), gzHead.constData());
        QVERIFY(gzHead.toLower().contains("vary: accept-encoding"));
        QVERIFY(gzHead.toLower().contains("etag:")); // the cache headers survive
        QVERIFY(!refusedHead.toLower().contains("content-encoding"));
        QCOMPARE(refused, plain);
        QCOMPARE(gunzip(packed), plain);
        qInfo("%s: %lld bytes, gzipped %lld (%.1f %%)", path.constData(), qint64(plain.size()), qint64(packed.size()),
              100.0 * double(packed.size()) / double(plain.size()));
        QVERIFY(packed.size() * 4 < plain.size());
    }
}

QTEST_MAIN(TestHubRpde)
#include "tst_hubrpde.moc"
