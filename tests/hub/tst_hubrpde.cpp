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
#include "hubcatalogue.h"
#include "hubdatabase.h"
#include "hubtest.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace Buurtplein;
using namespace Buurtplein::HubTest;

class TestHubRpde : public QObject
{
    Q_OBJECT

private slots:
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

QTEST_MAIN(TestHubRpde)
#include "tst_hubrpde.moc"
