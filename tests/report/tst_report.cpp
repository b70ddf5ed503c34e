// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportwriter.h"
#include "testclock.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Buurtplein;

namespace {
QJsonObject figure(double value)
{
    return value < 0 ? QJsonObject{{QStringLiteral("suppressed"), true}} : QJsonObject{{QStringLiteral("value"), value}};
}

/** A released table in the hub's answer form: values[row][column], -1 for suppressed. */
StatsAnswer::Table table(const QString &metric, const QString &unit, const QString &rowsDimension, const QStringList &keys,
                           const QStringList &labels, const QList<QList<double>> &values, const QList<double> &rowTotals,
                           const QStringList &columnLabels = {}, const QList<double> &columnTotals = {}, double grandTotal = 0)
{
    QJsonArray cells;
    for (const QList<double> &row : values) {
        QJsonArray cellRow;
        for (double value : row)
            cellRow.append(figure(value));
        cells.append(cellRow);
    }
    QJsonArray rowTotalsJson, columnTotalsJson;
    for (double value : rowTotals)
        rowTotalsJson.append(figure(value));
    const bool oneColumn = columnLabels.isEmpty();
    for (double value : oneColumn ? QList<double>{grandTotal} : columnTotals)
        columnTotalsJson.append(figure(value));
    const QJsonObject answer{
        {QStringLiteral("metric"), metric},
        {QStringLiteral("unit"), unit},
        {QStringLiteral("from"), QStringLiteral("2026-07-01")},
        {QStringLiteral("to"), QStringLiteral("2026-09-30")},
        {QStringLiteral("rows"), QJsonObject{{QStringLiteral("dimension"), rowsDimension},
                                             {QStringLiteral("keys"), QJsonArray::fromStringList(keys)},
                                             {QStringLiteral("labels"), QJsonArray::fromStringList(labels)}}},
        {QStringLiteral("columns"),
         QJsonObject{{QStringLiteral("dimension"), oneColumn ? QString() : QStringLiteral("period:month")},
                     {QStringLiteral("keys"), QJsonArray::fromStringList(oneColumn ? QStringList{QStringLiteral("total")} : columnLabels)},
                     {QStringLiteral("labels"), QJsonArray::fromStringList(oneColumn ? QStringList{QStringLiteral("Totaal")} : columnLabels)}}},
        {QStringLiteral("cells"), cells},
        {QStringLiteral("rowTotals"), rowTotalsJson},
        {QStringLiteral("columnTotals"), columnTotalsJson},
        {QStringLiteral("grandTotal"), figure(grandTotal)},
        {QStringLiteral("rules"), QJsonObject{{QStringLiteral("k"), 10}, {QStringLiteral("minSessions"), 3},
                                              {QStringLiteral("method"), QStringLiteral("cell-key")}, {QStringLiteral("maxNoise"), 4}}},
    };
    QString error;
    const auto read = StatsAnswer::read(answer, &error);
    if (!read)
        qFatal("test table is not a released table: %s", qPrintable(error));
    return *read;
}

StatsAnswer::Table total(const QString &metric, const QString &unit, double value)
{
    return table(metric, unit, QStringLiteral("period:quarter"), {QStringLiteral("2026-Q3")}, {QStringLiteral("Q3 2026")},
                 {{value}}, {value}, {}, {}, value);
}

/** The answers a gemeente report of Q3 2026 needs; the first-timer share is suppressed. */
Report::Answers gemeenteAnswers()
{
    Report::Answers answers;
    answers.insert(QStringLiteral("key:sessions_planned"), total(QStringLiteral("sessions_planned"), QStringLiteral("count"), 130));
    answers.insert(QStringLiteral("key:sessions_held"), total(QStringLiteral("sessions_held"), QStringLiteral("count"), 120));
    answers.insert(QStringLiteral("key:share_held"), total(QStringLiteral("share_held"), QStringLiteral("share"), 0.92));
    answers.insert(QStringLiteral("key:attendance"), total(QStringLiteral("attendance"), QStringLiteral("count"), 1485));
    answers.insert(QStringLiteral("key:mean_attendance"), total(QStringLiteral("mean_attendance"), QStringLiteral("mean"), 12.4));
    answers.insert(QStringLiteral("key:first_timer_share"), total(QStringLiteral("first_timer_share"), QStringLiteral("share"), -1));
    answers.insert(QStringLiteral("key:volunteers"), total(QStringLiteral("volunteers"), QStringLiteral("count"), 240));
    answers.insert(QStringLiteral("key:host_present_share"), total(QStringLiteral("host_present_share"), QStringLiteral("share"), 0.97));
    answers.insert(QStringLiteral("key:joins_per_attendance"), total(QStringLiteral("joins_per_attendance"), QStringLiteral("mean"), 0.3));
    QStringList weeks;
    QList<QList<double>> weekValues;
    QList<double> weekTotals;
    for (int week = 27; week <= 39; ++week) {
        weeks.append(QStringLiteral("2026-W%1").arg(week));
        const double value = week == 31 ? -1 : 100 + 5 * (week % 4);
        weekValues.append(QList<double>{value});
        weekTotals.append(value);
    }
    answers.insert(QStringLiteral("trend"), table(QStringLiteral("attendance"), QStringLiteral("count"), QStringLiteral("period:week"),
                                                  weeks, weeks, weekValues, weekTotals, {}, {}, 1485));
    const QStringList months{QStringLiteral("2026-07"), QStringLiteral("2026-08"), QStringLiteral("2026-09")};
    answers.insert(QStringLiteral("held"), table(QStringLiteral("sessions_held"), QStringLiteral("count"), QStringLiteral("period:month"),
                                                 months, {QStringLiteral("juli"), QStringLiteral("augustus"), QStringLiteral("september")},
                                                 {{45}, {30}, {45}}, {45, 30, 45}, {}, {}, 120));
    // Zeeburgereiland has the highest attendance but is listed last: by name, never by figure.
    answers.insert(QStringLiteral("areas"),
                   table(QStringLiteral("attendance"), QStringLiteral("count"), QStringLiteral("area:wijk"),
                         {QStringLiteral("WK036380"), QStringLiteral("WK036381"), QStringLiteral("WK036382")},
                         {QStringLiteral("Zeeburgereiland"), QStringLiteral("Dapperbuurt"), QStringLiteral("Indische Buurt")},
                         {{300, 250, 310}, {-1, -1, 25}, {200, 190, 205}}, {860, 35, 595}, months, {510, 445, 540}, 1485));
    answers.insert(QStringLiteral("categories"), table(QStringLiteral("attendance"), QStringLiteral("count"), QStringLiteral("category"),
                                                       {QStringLiteral("sport"), QStringLiteral("taal")},
                                                       {QStringLiteral("Sport en bewegen"), QStringLiteral("Taal")},
                                                       {{900}, {585}}, {900, 585}, {}, {}, 1485));
    answers.insert(QStringLiteral("programmes"), table(QStringLiteral("attendance"), QStringLiteral("count"), QStringLiteral("programme"),
                                                       {QStringLiteral("Buurtkamers")}, {QStringLiteral("Buurtkamers")},
                                                       {{1485}}, {1485}, {}, {}, 1485));
    return answers;
}

Report::Request gemeenteRequest(const QString &language = QStringLiteral("nl"))
{
    Report::Request request;
    request.subject = Report::Request::Subject::Gemeente;
    request.key = QStringLiteral("GM0363");
    request.subjectName = QStringLiteral("Amsterdam");
    request.year = 2026;
    request.quarter = 3;
    request.language = language;
    return request;
}

QString pdfText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(60000) || pdftotext.exitCode() != 0)
        return {};
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}
} // namespace

Q_DECLARE_METATYPE(Buurtplein::Report::Request)

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void readsAQuarter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("quarter");
        QTest::newRow("2026-Q3") << QStringLiteral("2026-Q3") << 2026 << 3;
        QTest::newRow("spaces") << QStringLiteral(" 2025-Q1 ") << 2025 << 1;
        QTest::newRow("Q5") << QStringLiteral("2026-Q5") << 0 << 0;
        QTest::newRow("no dash") << QStringLiteral("2026Q3") << 0 << 0;
        QTest::newRow("reversed") << QStringLiteral("Q3-2026") << 0 << 0;
        QTest::newRow("empty") << QString() << 0 << 0;
    }

    void readsAQuarter()
    {
        QFETCH(QString, text);
        QFETCH(int, year);
        QFETCH(int, quarter);
        QString error;
        const auto read = Report::readQuarter(text, &error);
        QCOMPARE(bool(read), year != 0);
        if (read)
            QCOMPARE(*read, std::make_pair(year, quarter));
        else
            QVERIFY(error.contains(QLatin1String("2026-Q3")));
    }

    void refusesRequestsItCannotWrite_data()
    {
        QTest::addColumn<Report::Request>("request");
        QTest::addColumn<bool>("ok");
        QTest::newRow("gemeente") << gemeenteRequest() << true;
        Report::Request request = gemeenteRequest();
        request.key.clear();
        QTest::newRow("no subject") << request << false;
        request = gemeenteRequest();
        request.key = QStringLiteral("Amsterdam");
        QTest::newRow("not a gemeente code") << request << false;
        request = gemeenteRequest();
        request.quarter = 0;
        QTest::newRow("quarter 0") << request << false;
        request = gemeenteRequest(QStringLiteral("fr"));
        QTest::newRow("French") << request << false;
    }

    void refusesRequestsItCannotWrite()
    {
        QFETCH(Report::Request, request);
        QFETCH(bool, ok);
        QCOMPARE(Report::requestError(request).isEmpty(), ok);
    }

    void plansTablesOfTheQuarterAndSubject_data()
    {
        QTest::addColumn<int>("subject");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("areaRows");
        QTest::addColumn<bool>("programmes");
        QTest::newRow("gemeente") << int(Report::Request::Subject::Gemeente) << QStringLiteral("gemeente") << QStringLiteral("area:wijk") << true;
        QTest::newRow("programme") << int(Report::Request::Subject::Programme) << QStringLiteral("programme") << QStringLiteral("area:gemeente")
                                   << false;
    }

    void plansTablesOfTheQuarterAndSubject()
    {
        QFETCH(int, subject);
        QFETCH(QString, filter);
        QFETCH(QString, areaRows);
        QFETCH(bool, programmes);
        Report::Request request = gemeenteRequest();
        request.subject = Report::Request::Subject(subject);
        const QList<Report::Query> queries = Report::plan(request);
        QSet<QString> ids;
        for (const Report::Query &query : queries) {
            ids.insert(query.id);
            QCOMPARE(query.query.queryItemValue(QStringLiteral("from")), QStringLiteral("2026-07-01"));
            QCOMPARE(query.query.queryItemValue(QStringLiteral("to")), QStringLiteral("2026-09-30"));
            QCOMPARE(query.query.queryItemValue(filter), QStringLiteral("GM0363"));
            QVERIFY(!query.query.queryItemValue(QStringLiteral("metric")).isEmpty());
            if (query.id == QLatin1String("areas"))
                QCOMPARE(query.query.queryItemValue(QStringLiteral("rows")), areaRows);
        }
        QCOMPARE(ids.size(), queries.size());
        QCOMPARE(ids.contains(QStringLiteral("programmes")), programmes);
        for (const QString &metric : Report::keyMetrics())
            QVERIFY(ids.contains(QStringLiteral("key:") + metric));
    }

    void writesAPdfAPersonCanRead_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("suppressed");
        QTest::addColumn<QString>("attendance");
        QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("Kwartaalrapportage") << QStringLiteral("minder dan 10")
                            << QStringLiteral("1.485");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Quarterly report") << QStringLiteral("fewer than 10")
                            << QStringLiteral("1,485");
    }

    void writesAPdfAPersonCanRead()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        QFETCH(QString, suppressed);
        QFETCH(QString, attendance);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY2(Report::write(gemeenteRequest(language), gemeenteAnswers(), path, QDateTime(QDate(2026, 10, 5), QTime(9, 0), Qt::UTC),
                               &error),
                 qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        const QString text = pdfText(path);
        QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) could not read the report");
        QVERIFY2(text.contains(title), qPrintable(text.left(400)));
        QVERIFY(text.contains(QLatin1String("Amsterdam")));
        QVERIFY(text.contains(attendance));
        // The suppressed first-timer share and the suppressed week read "fewer than k", never 0.
        QVERIFY(text.contains(suppressed));
        QVERIFY(text.contains(QLatin1String("< 10")));
        QVERIFY(!text.contains(QRegularExpression(QStringLiteral("(^|\\s)0\\s?%"))));
        // Areas by name: Zeeburgereiland has the most and comes last.
        const qsizetype dapper = text.indexOf(QLatin1String("Dapperbuurt"));
        const qsizetype indische = text.indexOf(QLatin1String("Indische Buurt"));
        const qsizetype zeeburg = text.indexOf(QLatin1String("Zeeburgereiland"));
        QVERIFY(dapper >= 0 && indische > dapper && zeeburg > indische);
        QCOMPARE(text.count(QLatin1Char('\f')), 4); // cover, key figures and trend, areas and categories, method
    }

    void writesNothingWithoutEveryTable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        QFile before(path);
        QVERIFY(before.open(QIODevice::WriteOnly));
        before.write("an earlier report");
        before.close();
        Report::Answers answers = gemeenteAnswers();
        answers.remove(QStringLiteral("areas"));
        QString error;
        QVERIFY(!Report::write(gemeenteRequest(), answers, path, TestClock::now(), &error));
        QVERIFY(error.contains(QLatin1String("'areas'")));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), QByteArray("an earlier report"));
    }

    void saysWhyItCannotWrite()
    {
        QString error;
        QVERIFY(!Report::write(gemeenteRequest(), gemeenteAnswers(), QStringLiteral("/nonexistent/dir/report.pdf"),
                               TestClock::now(), &error));
        QVERIFY(error.contains(QLatin1String("/nonexistent/dir/report.pdf")));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
