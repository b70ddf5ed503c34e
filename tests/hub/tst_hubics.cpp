// SPDX-License-Identifier: GPL-3.0-or-later
// Subscribable calendars (GET /v1/ics/...): a real hub with the demo catalogue, on both
// databases. What a calendar app needs (text/calendar, ETag and 304, a public cache
// lifetime, a name), LOCATION and GEO on every event, the moved session at its new place
// with its reason, the cancelled one as STATUS:CANCELLED; and the area calendar expanded
// by two independent parsers (ical.js, python-icalendar with dateutil) and by the app's
// own reader (buurtplein-cli occurrences), which must all list the same sessions.
#include "hubtest.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Buurtplein;
using namespace Buurtplein::HubTest;

namespace {
const QString icalJs = QStringLiteral(BUURTPLEIN_TEST_TOOLS "/node_modules/ical.js/dist/ical.es5.cjs");
const QString scripts = QStringLiteral(BUURTPLEIN_HUB_TEST_SOURCE "/ics");
const QString from = QStringLiteral("2026-11-23T00:00:00Z");
const QString to = QStringLiteral("2027-01-04T00:00:00Z");

// Runs @p program; its standard output, or a null array and the reason in @p error.
QByteArray run(const QString &program, const QStringList &args, QString *error)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = program + QStringLiteral(": ") + QString::fromUtf8(p.readAllStandardError()) + p.errorString();
        return {};
    }
    return p.readAllStandardOutput();
}

QStringList lines(const QByteArray &out)
{
    return QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// The VEVENT blocks of @p ics, unfolded.
QStringList events(const QByteArray &ics)
{
    QString text = QString::fromUtf8(ics);
    text.replace(QStringLiteral("\r\n "), QString());
    QStringList out;
    qsizetype at = 0;
    while ((at = text.indexOf(QStringLiteral("BEGIN:VEVENT"), at)) >= 0) {
        const qsizetype end = text.indexOf(QStringLiteral("END:VEVENT"), at);
        out.append(text.mid(at, end - at));
        at = end;
    }
    return out;
}
} // namespace

class TestHubIcs : public QObject
{
    Q_OBJECT

private slots:
    void calendars_data()
    {
        QTest::addColumn<QString>("dialect");
        for (const QString &dialect : dialects())
            QTest::newRow(qPrintable(dialect)) << dialect;
    }

    void calendars()
    {
        QFETCH(QString, dialect);
        QVERIFY2(QFile::exists(icalJs), "ical.js is missing: run scripts/setup-debian.sh (it installs the test tools from npm)");
        FreshDatabase fresh;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        const CliRun demo = runHub({QStringLiteral("import-demo"), QStringLiteral("--db"), fresh.location()});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        HubProcess hub;
        QVERIFY2(hub.start(fresh.location(), &error), qPrintable(error));
        QNetworkAccessManager nam;

        // One activity: a series, its moved session at VONK with the reason, LOCATION and GEO.
        QNetworkReply *reply = request(nam, "GET", hub.url(QStringLiteral("/v1/ics/activity/demo:dialoog-meevaart.ics")));
        const QByteArray etag = [&] { QEventLoop l; QObject::connect(reply, &QNetworkReply::finished, &l, &QEventLoop::quit); if (!reply->isFinished()) l.exec(); return reply->rawHeader("ETag"); }();
        QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(), QStringLiteral("text/calendar; charset=utf-8"));
        QVERIFY(reply->rawHeader("Cache-Control").startsWith("public, max-age="));
        const Answer dialoog = finish(reply);
        QCOMPARE(dialoog.status, 200);
        QVERIFY(!etag.isEmpty());
        QVERIFY(dialoog.body.contains("X-WR-CALNAME:"));
        const QStringList dialoogEvents = events(dialoog.body);
        QCOMPARE(dialoogEvents.size(), 2);
        QVERIFY(dialoogEvents.at(0).contains(QStringLiteral("RRULE:FREQ=MONTHLY")));
        QVERIFY(dialoogEvents.at(0).contains(QStringLiteral("LOCATION:Buurthuis De Meevaart")));
        QVERIFY(dialoogEvents.at(1).contains(QStringLiteral("RECURRENCE-ID;TZID=Europe/Amsterdam:20261210T193000")));
        QVERIFY2(dialoogEvents.at(1).contains(QStringLiteral("LOCATION:Activiteitencentrum VONK\\, Ambonplein 63")), qPrintable(dialoogEvents.at(1)));
        QVERIFY(dialoogEvents.at(1).contains(QStringLiteral("DESCRIPTION:De grote zaal van De Meevaart is bezet")));

        // Polling again with the tag costs nothing; a changed request is a clear error.
        QNetworkRequest again(hub.url(QStringLiteral("/v1/ics/activity/demo:dialoog-meevaart.ics")));
        again.setRawHeader("If-None-Match", etag);
        QCOMPARE(finish(nam.get(again)).status, 304);
        QCOMPARE(call(nam, "POST", hub.url(QStringLiteral("/v1/ics/activity/demo:dialoog-meevaart.ics"))).status, 405);
        QCOMPARE(call(nam, "GET", hub.url(QStringLiteral("/v1/ics/activity/demo:dialoog-meevaart.ics?x=1"))).status, 400);
        QCOMPARE(call(nam, "GET", hub.url(QStringLiteral("/v1/ics/activity/demo:nope.ics"))).status, 404);
        QCOMPARE(call(nam, "GET", hub.url(QStringLiteral("/v1/ics/person/demo:dialoog-meevaart.ics"))).status, 404);
        QCOMPARE(call(nam, "GET", hub.url(QStringLiteral("/v1/ics/area/BU99999999.ics"))).status, 404);

        // The organisation, a place and an area: every activity of it, each event placed.
        QFile demoFile(QStringLiteral(BUURTPLEIN_ASSETS "/demo/demo-neighbourhood.json"));
        QVERIFY(demoFile.open(QIODevice::ReadOnly));
        const QJsonObject demoJson = QJsonDocument::fromJson(demoFile.readAll()).object();
        int ofOrganisation = 0, atMeevaart = 0, all = 0;
        for (const QJsonValue &a : demoJson.value(QStringLiteral("activities")).toArray()) {
            ++all;
            ofOrganisation += a.toObject().value(QStringLiteral("organisation")).toString() == QLatin1String("org:buurtwerk-oost");
            atMeevaart += a.toObject().value(QStringLiteral("place")).toString() == QLatin1String("mvzn:MV1233-1");
        }
        const QList<std::pair<QString, int>> feeds = {{QStringLiteral("organisation/org:buurtwerk-oost"), ofOrganisation},
                                                      {QStringLiteral("place/mvzn:MV1233-1"), atMeevaart},
                                                      {QStringLiteral("area/GM0363"), all},
                                                      {QStringLiteral("area/WK036305"), all}};
        QByteArray area;
        for (const auto &[path, expected] : feeds) {
            const Answer a = call(nam, "GET", hub.url(QStringLiteral("/v1/ics/%1.ics").arg(path)));
            QCOMPARE(a.status, 200);
            const QStringList list = events(a.body);
            const qsizetype series = std::count_if(list.cbegin(), list.cend(), [](const QString &e) { return !e.contains(QStringLiteral("RECURRENCE-ID")); });
            QVERIFY2(series >= expected && expected > 0, qPrintable(QStringLiteral("%1: %2 series for %3 activities").arg(path).arg(series).arg(expected)));
            for (const QString &e : list) {
                QVERIFY2(e.contains(QStringLiteral("\nLOCATION:")) && e.contains(QStringLiteral("\nGEO:")), qPrintable(e.left(300)));
            }
            if (path == QLatin1String("area/GM0363"))
                area = a.body;
        }

        // Three readers, one list of sessions.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("area.ics"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(area);
        }
        const QStringList byIcalJs = lines(run(QStringLiteral("node"), {scripts + QStringLiteral("/expand-icaljs.cjs"), icalJs, file, from, to}, &error));
        QVERIFY2(!byIcalJs.isEmpty(), qPrintable(error));
        const QStringList byPython = lines(run(QStringLiteral("/usr/bin/python3"), {scripts + QStringLiteral("/expand-icalendar.py"), file, from, to}, &error));
        QVERIFY2(!byPython.isEmpty(), qPrintable(error));
        QCOMPARE(byPython, byIcalJs);
        QVERIFY(byIcalJs.size() > 50);
        QVERIFY(byIcalJs.contains(QStringLiteral("demo:dialoog-meevaart@buurtplein|2026-12-10T18:30:00Z||Activiteitencentrum VONK, Ambonplein 63, 1094PW Amsterdam")));
        QVERIFY(std::any_of(byIcalJs.cbegin(), byIcalJs.cend(), [](const QString &l) { return l.startsWith(QStringLiteral("demo:inloop-meevaart@buurtplein|2026-11-25T09:00:00Z|CANCELLED|")); }));
        const QByteArray appJson = run(QStringLiteral(BUURTPLEIN_BIN_DIR "/buurtplein-cli"),
                                       {QStringLiteral("occurrences"), QStringLiteral("--ics"), file, QStringLiteral("--from"), from, QStringLiteral("--to"), to}, &error);
        QVERIFY2(!appJson.isEmpty(), qPrintable(error));
        QStringList byApp;
        for (const QJsonValue &o : QJsonDocument::fromJson(appJson).array()) {
            const QDateTime start = QDateTime::fromString(o.toObject().value(QStringLiteral("start")).toString(), Qt::ISODate).toUTC();
            byApp.append(o.toObject().value(QStringLiteral("uid")).toString() + QLatin1Char('|') + start.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
        }
        QStringList byParsers;
        for (const QString &l : byIcalJs)
            byParsers.append(l.section(QLatin1Char('|'), 0, 1));
        byApp.sort();
        byParsers.sort();
        QCOMPARE(byApp, byParsers);
    }
};

QTEST_MAIN(TestHubIcs)
#include "tst_hubics.moc"
