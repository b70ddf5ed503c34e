// SPDX-License-Identifier: GPL-3.0-or-later
// The programme evaluator's side of the app against the real buurtplein-hub on loopback
// (SQLite): a worker's key is refused, an evaluator's accepted; the dashboard's table shows
// released figures and "fewer than k" for a small cell; with the hub stopped it shows the
// device's saved copy; a table exports as CSV and a quarter as the PDF report, and a
// report whose figures cannot be had gives a sentence and no file.
#include "storage/database.h"
#include "device/devicesettings.h"
#include "evaluator/evaluatorsignin.h"
#include "hubtest.h"
#include "evaluator/reportexport.h"
#include "platform/securetokenstore.h"
#include "evaluator/statsclient.h"
#include "evaluator/statstablemodel.h"
#include "common/areaoutlinelayer.h"
#include "common/webmercator.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Buurtplein;
using namespace Buurtplein::HubTest;

namespace {

const QString gemeente = QStringLiteral("GM0363");

// The dashboard's table of the third quarter of 2026 by category, as DashboardPage asks it.
QVariantMap categoryQuery()
{
    return {{QStringLiteral("metric"), QStringLiteral("attendance")}, {QStringLiteral("rows"), QStringLiteral("category")},
            {QStringLiteral("from"), QStringLiteral("2026-07-01")},  {QStringLiteral("to"), QStringLiteral("2026-09-30")},
            {QStringLiteral("gemeente"), gemeente}};
}

QVariantMap reportRequest(int quarter)
{
    return {{QStringLiteral("subject"), QStringLiteral("gemeente")}, {QStringLiteral("key"), gemeente},
            {QStringLiteral("subjectName"), QStringLiteral("Amsterdam")}, {QStringLiteral("year"), 2026},
            {QStringLiteral("quarter"), quarter}, {QStringLiteral("language"), QStringLiteral("nl")}};
}

/**
 * Session logs of Buurtwerk Oost in the third quarter of 2026, as a worker's device sends
 * them: four activities with weekly sessions of 12 to 20 participants (released), the
 * children's afternoon with three sessions of three children (below k = 10) and a small
 * dialogue group.
 */
QByteArray sessionLogs()
{
    struct Run {
        const char *activity;
        int sessions;
        int attendance;
    };
    // The children's 9 is below k; the dialogue's 15 is suppressed with it (docs/release-rules.md:
    // no total may have exactly one suppressed part, and 9 must stay uncertain enough).
    const Run runs[] = {{"demo:inloop-meevaart", 6, 20}, {"demo:spreekuur-vonk", 6, 15}, {"demo:ouderensoos-kramat", 6, 12},
                        {"demo:digitaal-cybersoek", 6, 18}, {"demo:speelmiddag-sumatra", 3, 3}, {"demo:dialoog-meevaart", 3, 5}};
    QJsonArray items;
    int n = 0;
    for (const Run &run : runs) {
        for (int s = 0; s < run.sessions; ++s) {
            const QDateTime start(QDate(2026, 7, 6).addDays(7 * s + n % 5), QTime(8 + n % 4, 0), Qt::UTC);
            items.append(QJsonObject{
                {QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {QStringLiteral("occurrence"), QLatin1String(run.activity) + QLatin1Char('/') + start.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))},
                {QStringLiteral("activity"), QLatin1String(run.activity)},
                {QStringLiteral("revision"), 1},
                {QStringLiteral("held"), true},
                {QStringLiteral("attendance"), run.attendance},
                {QStringLiteral("firstTimers"), 1},
                {QStringLiteral("volunteers"), 1},
                {QStringLiteral("hostPresent"), true}});
        }
        ++n;
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("items"), items}}).toJson(QJsonDocument::Compact);
}

// Splits one CSV line (RFC 4180, as the hub writes it) into its fields.
QStringList csvFields(const QString &line)
{
    QStringList fields{QString()};
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted && c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"'))
            fields.last().append(line.at(++i));
        else if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (c == QLatin1Char(',') && !quoted)
            fields.append(QString());
        else
            fields.last().append(c);
    }
    return fields;
}

} // namespace

class TestEvaluatorApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English));
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_hubDb.create(QStringLiteral("sqlite"), &error), qPrintable(error));
        const CliRun demo = runHub({QStringLiteral("import-demo"), QStringLiteral("--db"), m_hubDb.location()});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        const CliRun worker = runHub({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--role"), QStringLiteral("worker"),
                                      QStringLiteral("--org"), QStringLiteral("org:buurtwerk-oost"), QStringLiteral("--db"), m_hubDb.location()});
        const CliRun evaluator = runHub({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--role"),
                                         QStringLiteral("evaluator"), QStringLiteral("--db"), m_hubDb.location()});
        QVERIFY2(worker.exitCode == 0 && evaluator.exitCode == 0, (worker.err + evaluator.err).constData());
        m_workerToken = QString::fromUtf8(worker.out.trimmed());
        m_evaluatorToken = QString::fromUtf8(evaluator.out.trimmed());
        QVERIFY2(m_hub.start(m_hubDb.location(), &error), qPrintable(error));
        const Answer pushed = call(m_nam, "POST", m_hub.url(QStringLiteral("/v1/session-logs")), sessionLogs(), m_workerToken.toUtf8());
        QVERIFY2(pushed.status == 200, pushed.body.constData());

        QVERIFY2(m_deviceDb.open(m_dir.filePath(QStringLiteral("device.sqlite"))), qPrintable(m_deviceDb.errorString()));
        m_settings = std::make_unique<DeviceSettings>(m_deviceDb.connection());
        m_tokens = std::make_unique<SecureTokenStore>(m_dir.filePath(QStringLiteral("secrets")));
        m_tokens->setKeychainEnabled(false);
        m_session = std::make_unique<EvaluatorSignIn>(*m_settings, m_tokens.get(), &m_nam, m_dir.filePath(QStringLiteral("stats-cache.json")));
    }

    void aWorkerKeyIsRefused()
    {
        QSignalSpy failed(m_session.get(), &EvaluatorSignIn::signInFailed);
        m_session->signIn(hubAddress(), m_workerToken);
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.first().first().toString(),
                 QStringLiteral("This key belongs to a social worker's device, not to an evaluator. Ask your coordinator for an evaluator key."));
        QVERIFY(!m_session->signedIn());
    }

    void anEvaluatorKeySignsIn()
    {
        QSignalSpy succeeded(m_session.get(), &EvaluatorSignIn::signInSucceeded);
        m_session->signIn(hubAddress(), m_evaluatorToken);
        QVERIFY(succeeded.wait(30000));
        QVERIFY(m_session->signedIn());
        QCOMPARE(m_session->role(), QStringLiteral("evaluator"));
    }

    void dashboardShowsReleasedFiguresAndFewerThanK()
    {
        StatsTableModel model;
        QAbstractItemModelTester tester(&model);
        QVERIFY(load(&model));
        QVERIFY(!model.fromCache());
        checkCategoryFigures(model);
        m_online = model.rows();
        QVERIFY(model.asOf().isValid());
    }

    // With the city's outlines on the hub (which moves its places to the 2022 buurten; the
    // figures by category, programme and gemeente stay as they were), the area map is a
    // choropleth of them, a shaded area in its class's colour
    // and a suppressed one hatched, never shaded.
    void areaMapIsAChoroplethOfTheOutlines()
    {
        const CliRun areas = runHub({QStringLiteral("import-areas"), QStringLiteral(BUURTPLEIN_SHARED_DATA "/map/areas/buurten.geojson"),
                                     QStringLiteral("--code"), QStringLiteral("cbsCode"), QStringLiteral("--name"), QStringLiteral("naam"),
                                     QStringLiteral("--division"), QStringLiteral("2022"), QStringLiteral("--db"), m_hubDb.location()});
        QVERIFY2(areas.exitCode == 0, areas.err.constData());
        StatsClient *stats = m_session->stats();
        stats->loadOutlines(QStringLiteral("buurt"));
        QTRY_COMPARE_WITH_TIMEOUT(stats->outlineCount(), 518, 30000);

        QQuickWindow window;
        window.setColor(Qt::white);
        window.resize(400, 400);
        AreaOutlineLayer layer(window.contentItem());
        layer.setSize(QSizeF(400, 400));
        layer.setSource(stats->outlineSet());
        const double world = WebMercator::worldSize(15);
        const QPointF javaplein = WebMercator::toUnit(52.364156, 4.938757);  // in BU0363MF01
        const QPointF meevaart = WebMercator::toUnit(52.3626, 4.9423);       // in BU0363MG01
        layer.setWorldSize(world);
        layer.setOrigin(QPointF(200, 200) - javaplein * world);
        layer.setFills({{QStringLiteral("BU0363MF01"), QStringLiteral("#3a8b82")}, {QStringLiteral("BU0363MG01"), QStringLiteral("suppressed")}});
        QSignalSpy painted(&layer, &AreaOutlineLayer::painted);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(painted.count() > 0, 10000);
        QCOMPARE(layer.drawnAreas(), 2);
        const QImage frame = window.grabWindow().convertToFormat(QImage::Format_RGB32);
        // Javaplein's buurt is shaded teal: green well above red.
        const QColor shaded = frame.pixelColor(200, 200);
        QVERIFY2(shaded.green() - shaded.red() > 40, qPrintable(shaded.name()));
        // De Meevaart's buurt is hatched: some dark lines on white, no teal.
        const QPoint m = (meevaart * world + layer.origin()).toPoint();
        int dark = 0, teal = 0, all = 0;
        for (int y = m.y() - 10; y <= m.y() + 10; ++y) {
            for (int x = m.x() - 10; x <= m.x() + 10; ++x) {
                const QColor c = frame.pixelColor(x, y);
                ++all;
                dark += c.lightness() < 160 ? 1 : 0;
                teal += c.green() - c.red() > 40 ? 1 : 0;
            }
        }
        QVERIFY2(dark > all / 20 && dark < all * 2 / 3, qPrintable(QStringLiteral("%1 of %2 dark").arg(dark).arg(all)));
        QCOMPARE(teal, 0);
    }

    void exportsCsv()
    {
        const QString path = m_dir.filePath(QStringLiteral("export/attendance.csv"));
        QSignalSpy exported(m_session->stats(), &StatsClient::exported);
        m_session->stats()->exportCsv(categoryQuery(), QStringLiteral("nl"), QUrl::fromLocalFile(path));
        QVERIFY(exported.wait(30000));
        QCOMPARE(exported.first().first().toString(), path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // the BOM spreadsheets need to read UTF-8
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 3);
        QCOMPARE(csvFields(lines.first()).last(), QStringLiteral("Totaal")); // header: row heading, columns, total
        // The released grand total, and "<10" for the children's afternoon, never 0.
        // Under the table, the one sentence on noise: totals may differ from their parts.
        QVERIFY2(lines.last().contains(QStringLiteral("totalen kunnen iets afwijken van de som van hun delen")), qPrintable(lines.last()));
        const QStringList total = csvFields(lines.at(lines.size() - 2));
        QCOMPARE(total.first(), QStringLiteral("Totaal"));
        QCOMPARE(total.last(), m_grandTotal);
        const auto children = std::find_if(lines.begin(), lines.end(), [](const QString &l) { return csvFields(l).contains(QStringLiteral("<10")); });
        QVERIFY2(children != lines.end(), qPrintable(lines.join(QLatin1Char('\n'))));
    }

    void exportsTheQuarterlyReport()
    {
        const QString path = m_dir.filePath(QStringLiteral("export/amsterdam-q3.pdf"));
        ReportExport report;
        report.setStats(m_session->stats());
        QSignalSpy written(&report, &ReportExport::written);
        QSignalSpy failed(&report, &ReportExport::failed);
        report.write(reportRequest(3), QUrl::fromLocalFile(path));
        QVERIFY(report.busy());
        QVERIFY(written.wait(60000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(written.first().first().toString(), path);
        QVERIFY(!report.busy());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(pdfText(path).contains(QStringLiteral("Kwartaalrapportage")));
    }

    void offlineShowsTheSavedCopy()
    {
        m_hub.stop();
        StatsTableModel model;
        QVERIFY(load(&model));
        QVERIFY(model.fromCache()); // StatsNote then reads "Offline: saved figures as of …" (tst_dashboard)
        QCOMPARE(model.rows(), m_online);
        checkCategoryFigures(model);

        // A choice the device never saw has no figures, and says why.
        StatsTableModel unseen;
        QVariantMap query = categoryQuery();
        query.insert(QStringLiteral("from"), QStringLiteral("2026-04-01"));
        query.insert(QStringLiteral("to"), QStringLiteral("2026-06-30"));
        m_session->stats()->loadTable(&unseen, query);
        QTRY_COMPARE_WITH_TIMEOUT(unseen.status(), StatsTableModel::Error, 30000);
        QCOMPARE(unseen.errorString(), QStringLiteral("The hub cannot be reached, and this device has no saved figures for this "
                                                      "choice yet. Try again when you are online."));
    }

    void aReportWithoutItsFiguresWritesNothing()
    {
        // The hub is stopped and the second quarter was never fetched: no half report.
        const QString path = m_dir.filePath(QStringLiteral("export/amsterdam-q2.pdf"));
        ReportExport report;
        report.setStats(m_session->stats());
        QSignalSpy written(&report, &ReportExport::written);
        QSignalSpy failed(&report, &ReportExport::failed);
        report.write(reportRequest(2), QUrl::fromLocalFile(path));
        QVERIFY(failed.wait(60000));
        QVERIFY(written.isEmpty());
        QVERIFY2(failed.first().first().toString().startsWith(QStringLiteral("The report was not made: The hub cannot be reached")),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!QFile::exists(path));

        // The third quarter's figures are on the device: its report can still be made.
        const QString offline = m_dir.filePath(QStringLiteral("export/amsterdam-q3-offline.pdf"));
        report.write(reportRequest(3), QUrl::fromLocalFile(offline));
        QVERIFY(written.wait(60000));
        QVERIFY(pdfText(offline).contains(QStringLiteral("Kwartaalrapportage")));
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_hub.stop();
    }

private:
    QString hubAddress() const { return m_hub.url(QString()).toString(); }

    bool load(StatsTableModel *model)
    {
        m_session->stats()->loadTable(model, categoryQuery());
        // The status after the wait says whether a table came.
        (void)QTest::qWaitFor([model] { return model->status() != StatsTableModel::Loading; }, 30000);
        if (model->status() != StatsTableModel::Ready)
            qWarning() << "table not ready:" << model->errorString();
        return model->status() == StatsTableModel::Ready;
    }

    void checkCategoryFigures(const StatsTableModel &model)
    {
        // Six categories were logged; the children's (three sessions of three) is below k.
        QCOMPARE(model.rowCount(), 6);
        const QVariantMap children = model.totalFor(QStringLiteral("kinderen_gezin"));
        QVERIFY(children.value(QStringLiteral("suppressed")).toBool());
        QVERIFY(!children.value(QStringLiteral("value")).isValid());
        QCOMPARE(children.value(QStringLiteral("text")).toString(), QStringLiteral("fewer than 10"));
        // 6 x 20 = 120 at the inloop is released with the cell-key noise: at most D off (the table says D).
        const QVariantMap inloop = model.totalFor(QStringLiteral("inloop_koffie"));
        const double value = inloop.value(QStringLiteral("value")).toDouble();
        const int maxNoise = model.maxNoise();
        QVERIFY2(maxNoise >= 1 && maxNoise <= 15, qPrintable(QString::number(maxNoise)));
        QVERIFY2(value >= 120 - maxNoise && value <= 120 + maxNoise, qPrintable(QString::number(value)));
        QCOMPARE(inloop.value(QStringLiteral("text")).toString(), QString::number(qint64(value)));
        int released = 0;
        for (const QVariant &row : model.rows())
            released += row.toMap().value(QStringLiteral("total")).toMap().value(QStringLiteral("suppressed")).toBool() ? 0 : 1;
        QVERIFY2(released >= 3, QJsonDocument::fromVariant(model.rows()).toJson().constData());
        QVERIFY(!model.grandTotal().value(QStringLiteral("suppressed")).toBool());
        m_grandTotal = QString::number(model.grandTotal().value(QStringLiteral("value")).toInt());
    }

    static QString pdfText(const QString &path)
    {
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        if (!pdftotext.waitForFinished(60000) || pdftotext.exitCode() != 0)
            qWarning() << "pdftotext (poppler-utils, scripts/setup-debian.sh) failed:" << pdftotext.readAllStandardError();
        return QString::fromUtf8(pdftotext.readAllStandardOutput());
    }

    QTemporaryDir m_dir;
    FreshDatabase m_hubDb;
    HubProcess m_hub;
    QNetworkAccessManager m_nam;
    QString m_workerToken;
    QString m_evaluatorToken;
    Database m_deviceDb;
    std::unique_ptr<DeviceSettings> m_settings;
    std::unique_ptr<SecureTokenStore> m_tokens;
    std::unique_ptr<EvaluatorSignIn> m_session;
    QVariantList m_online;
    QString m_grandTotal;
};

// A QGuiApplication: the report draws its PDF with the fonts of Qt Gui.
QTEST_MAIN(TestEvaluatorApp)
#include "tst_evaluatorapp.moc"
