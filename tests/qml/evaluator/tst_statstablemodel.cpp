// SPDX-License-Identifier: GPL-3.0-or-later
// StatsTableModel over tables StatsClient reads with the shared StatsAnswer::read (whose
// own refusals are tested in tests/core/stats/tst_statsanswer), against recorded answers
// in tests/data/stats: suppressed cells stay suppressed (never 0), areas are ordered by
// name whatever order the hub sent, and an answer the app cannot show gives nothing.
#include "evaluator/statsclient.h"
#include "evaluator/statstablemodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Buurtplein;

namespace {
QByteArray recorded(const QString &name)
{
    QFile file(QStringLiteral(BUURTPLEIN_TEST_DATA "/stats/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    return file.readAll();
}

// The recorded areas answer with one field changed by @p change.
QByteArray mutated(const std::function<void(QJsonObject &)> &change)
{
    QJsonObject root = QJsonDocument::fromJson(recorded(QStringLiteral("table-areas.json"))).object();
    change(root);
    return QJsonDocument(root).toJson();
}
} // namespace

class TestStatsTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English));
    }

    void areasByNameWithSuppressedCells()
    {
        QString detail;
        const auto table = StatsClient::readTable(recorded(QStringLiteral("table-areas.json")), &detail);
        QVERIFY2(table, qPrintable(detail));
        StatsTableModel model;
        QAbstractItemModelTester tester(&model);
        model.setTable(*table, table->generated, false);
        QCOMPARE(model.status(), StatsTableModel::Ready);
        QCOMPARE(model.rowCount(), 3);
        // The hub sent them largest first; the dashboard shows them by name.
        QCOMPARE(model.keyAt(0), QStringLiteral("BU03630530"));
        QCOMPARE(model.keyAt(1), QStringLiteral("BU03630531"));
        QCOMPARE(model.keyAt(2), QStringLiteral("BU03630532"));
        QCOMPARE(model.data(model.index(0), StatsTableModel::LabelRole).toString(), QStringLiteral("Dapperbuurt Noord"));
        const QVariantMap suppressed = model.cell(0, 1);
        QVERIFY(suppressed.value(QStringLiteral("suppressed")).toBool());
        QVERIFY(!suppressed.value(QStringLiteral("value")).isValid()); // never a 0
        QCOMPARE(suppressed.value(QStringLiteral("text")).toString(), QStringLiteral("fewer than 10"));
        QCOMPARE(model.cell(0, 0).value(QStringLiteral("text")).toString(), QStringLiteral("35"));
        QCOMPARE(model.cell(2, 0).value(QStringLiteral("value")).toDouble(), 95.0);
        QCOMPARE(model.suppressedCount(), 2);
        QCOMPARE(model.maxRowTotal(), 175.0);
        QVERIFY(model.totalFor(QStringLiteral("BU03630531")).value(QStringLiteral("suppressed")).toBool());
        QCOMPARE(model.grandTotal().value(QStringLiteral("text")).toString(), QStringLiteral("230"));
        QCOMPARE(model.asOf(), QDateTime(QDate(2026, 11, 23), QTime(21, 0), Qt::UTC));
    }

    void periodsKeepTheirOrderAndSharesReadAsPercent()
    {
        QString detail;
        const auto table = StatsClient::readTable(recorded(QStringLiteral("table-trend-share.json")), &detail);
        QVERIFY2(table, qPrintable(detail));
        StatsTableModel model;
        model.setTable(*table, table->generated, true);
        QCOMPARE(model.keyAt(0), QStringLiteral("2026-01"));
        QCOMPARE(model.keyAt(1), QStringLiteral("2026-02"));
        QCOMPARE(model.cell(0, 0).value(QStringLiteral("text")).toString(), QStringLiteral("85 %"));
        QCOMPARE(model.cell(1, 0).value(QStringLiteral("text")).toString(), QStringLiteral("fewer than 15"));
        QVERIFY(model.fromCache());
        const QVariantList rows = model.rows();
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows.at(1).toMap().value(QStringLiteral("total")).toMap().value(QStringLiteral("suppressed")).toBool());
    }

    void unreadableAnswers_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>");
        // The dashboard says "as of": an answer without its time is not one to show.
        QTest::newRow("no generated time") << mutated([](QJsonObject &o) { o.remove(QStringLiteral("generated")); });
        // One of StatsAnswer::read's refusals, to show the app reads through it.
        QTest::newRow("zero for suppressed") << mutated([](QJsonObject &o) {
            QJsonArray cells = o.value(QStringLiteral("cells")).toArray();
            cells[1] = QJsonArray{QJsonObject{{QStringLiteral("value"), 35}}, QJsonObject{}};
            o.insert(QStringLiteral("cells"), cells);
        });
    }

    void unreadableAnswers()
    {
        QFETCH(QByteArray, json);
        QString detail;
        QVERIFY(!StatsClient::readTable(json, &detail));
        QVERIFY(!detail.isEmpty());
    }

    void errorClearsTheTable()
    {
        QString detail;
        const auto table = StatsClient::readTable(recorded(QStringLiteral("table-areas.json")), &detail);
        QVERIFY(table);
        StatsTableModel model;
        QAbstractItemModelTester tester(&model);
        model.setTable(*table, table->generated, false);
        model.setError(QStringLiteral("The hub cannot be reached."));
        QCOMPARE(model.status(), StatsTableModel::Error);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.errorString(), QStringLiteral("The hub cannot be reached."));
    }

    void dimensions()
    {
        QString detail;
        const auto dims = StatsClient::parseDimensions(recorded(QStringLiteral("dimensions.json")), &detail);
        QVERIFY2(dims, qPrintable(detail));
        const QVariantList areas = dims->value(QStringLiteral("areas")).toList();
        QCOMPARE(areas.size(), 4);
        QCOMPARE(areas.first().toMap().value(QStringLiteral("name")).toString(), QStringLiteral("Ambon")); // by name
        const auto zuid = std::find_if(areas.begin(), areas.end(), [](const QVariant &a) { return a.toMap().value(QStringLiteral("code")) == QLatin1String("BU03638000"); });
        QVERIFY(!zuid->toMap().value(QStringLiteral("located")).toBool()); // no label point: not on the map
        QCOMPARE(dims->value(QStringLiteral("k")).toInt(), 10);
        QVERIFY(!StatsClient::parseDimensions("{\"areas\": [], \"metrics\": [], \"rules\": {\"k\": 2}}", &detail));
    }

    void queries_data()
    {
        QTest::addColumn<QVariantMap>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("filters in contract order, empty ones left out")
            << QVariantMap{{QStringLiteral("wijk"), QString()}, {QStringLiteral("to"), QStringLiteral("2026-03-31")},
                           {QStringLiteral("rows"), QStringLiteral("area:buurt")}, {QStringLiteral("metric"), QStringLiteral("attendance")},
                           {QStringLiteral("from"), QStringLiteral("2026-01-01")}, {QStringLiteral("gemeente"), QStringLiteral("GM0363")}}
            << QStringLiteral("metric=attendance&rows=area:buurt&from=2026-01-01&to=2026-03-31&gemeente=GM0363");
        QTest::newRow("unknown key") << QVariantMap{{QStringLiteral("metric"), QStringLiteral("attendance")},
                                                    {QStringLiteral("rows"), QStringLiteral("category")}, {QStringLiteral("sort"), QStringLiteral("desc")}}
                                     << QString();
        QTest::newRow("no rows") << QVariantMap{{QStringLiteral("metric"), QStringLiteral("attendance")}} << QString();
    }

    void queries()
    {
        QFETCH(QVariantMap, query);
        QFETCH(QString, expected);
        const auto url = StatsClient::urlQuery(query);
        QCOMPARE(url ? url->toString() : QString(), expected);
    }
};

QTEST_GUILESS_MAIN(TestStatsTableModel)
#include "tst_statstablemodel.moc"
