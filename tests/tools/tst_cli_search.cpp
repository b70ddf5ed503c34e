// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include "catalogue/cataloguestore.h"
#include "storage/database.h"
#include "places/demoloader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace Buurtplein;
using namespace Buurtplein::CliTest;

namespace {
const QString demoPath = QStringLiteral(BUURTPLEIN_ASSETS "/demo/demo-neighbourhood.json");
const QString taalcafe = QStringLiteral("demo:taalcafe-javaplein");

// The spherical law of cosines on the mean Earth sphere: another formula than the
// CLI's haversine, equal to it well within a metre at neighbourhood distances.
double metresBetween(double lat1, double lon1, double lat2, double lon2)
{
    const double rad = M_PI / 180;
    const double c = std::sin(lat1 * rad) * std::sin(lat2 * rad) + std::cos(lat1 * rad) * std::cos(lat2 * rad) * std::cos((lon2 - lon1) * rad);
    return 6371008.8 * std::acos(std::clamp(c, -1.0, 1.0));
}

QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toLower());
    }
    return out;
}

QStringList field(const QJsonArray &results, const char *name)
{
    QStringList out;
    for (const QJsonValue &r : results)
        out.append(r[QLatin1String(name)].toString());
    return out;
}

QDateTime instant(const QJsonValue &result)
{
    return QDateTime::fromString(result[QLatin1String("start")].toString(), Qt::ISODate);
}
} // namespace

class TestCliSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QHash<QString, QJsonObject> m_activities; // the demo file as written, by uid
    QHash<QString, QJsonObject> m_places;
    QString m_from; // three weeks from tomorrow 00:00 in Amsterdam
    QString m_to;
    QJsonArray m_all; // every session in that window

    QStringList searchArgs(const QStringList &extra) const
    {
        return QStringList{QStringLiteral("search"), QStringLiteral("--db"), m_db, QStringLiteral("--from"), m_from,
                           QStringLiteral("--to"), m_to, QStringLiteral("--limit"), QStringLiteral("1000")} + extra;
    }

    QJsonObject placeOf(const QJsonValue &result) const { return m_places.value(result[QLatin1String("place")].toString()); }

    QStringList activitiesWhere(const std::function<bool(const QJsonObject &)> &keep) const
    {
        QStringList out;
        for (const QJsonObject &activity : m_activities) {
            if (keep(activity))
                out.append(activity[QLatin1String("uid")].toString());
        }
        return out;
    }

    QStringList sessionsOf(const QStringList &activities) const
    {
        QStringList out;
        for (const QJsonValue &r : m_all) {
            if (activities.contains(r[QLatin1String("activity")].toString()))
                out.append(r[QLatin1String("occurrence")].toString());
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = cliSetupProblem(&m_dir);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        {
            Database db;
            QVERIFY2(db.open(m_db), qPrintable(db.errorString()));
            CatalogueStore store(db);
            QString error;
            QVERIFY2(DemoLoader::load(store, demoPath, &error), qPrintable(error));
        }
        QFile file(demoPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject demo = QJsonDocument::fromJson(file.readAll()).object();
        for (const QJsonValue &a : demo[QLatin1String("activities")].toArray())
            m_activities.insert(a[QLatin1String("uid")].toString(), a.toObject());
        for (const QJsonValue &p : demo[QLatin1String("places")].toArray())
            m_places.insert(p[QLatin1String("uid")].toString(), p.toObject());

        // The index holds the weeks around the CLI's --now (the tests' clock), so the window starts there.
        const QTimeZone amsterdam("Europe/Amsterdam");
        const QDateTime from(TestClock::today().addDays(1), QTime(0, 0), amsterdam);
        m_from = from.toString(Qt::ISODate);
        m_to = from.addDays(21).toString(Qt::ISODate);
        const CliRun all = runCli(searchArgs({}));
        QVERIFY2(all.exitCode == 0, all.err.constData());
        m_all = all.json().array();
        QVERIFY2(m_all.size() > 20 && m_all.size() < 1000, all.out.constData());
        QVERIFY(field(m_all, "activity").contains(taalcafe));
    }

    void jsonShape()
    {
        const QTimeZone amsterdam("Europe/Amsterdam");
        const QRegularExpression withOffset(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0[12]:00$"));
        const QDateTime from = QDateTime::fromString(m_from, Qt::ISODate);
        const QDateTime to = QDateTime::fromString(m_to, Qt::ISODate);
        QDateTime previous = from;
        for (const QJsonValue &r : std::as_const(m_all)) {
            const QString start = r[QLatin1String("start")].toString();
            QVERIFY2(withOffset.match(start).hasMatch(), qPrintable(start));
            QVERIFY2(withOffset.match(r[QLatin1String("end")].toString()).hasMatch(), qPrintable(start));
            const QDateTime when = instant(r);
            QCOMPARE(when.offsetFromUtc(), amsterdam.offsetFromUtc(when));
            QVERIFY(when >= from && when < to);
            QVERIFY2(when >= previous, qPrintable(start)); // by start unless asked otherwise
            previous = when;
            QVERIFY(QDateTime::fromString(r[QLatin1String("end")].toString(), Qt::ISODate) > when);

            QVERIFY(!r[QLatin1String("occurrence")].toString().isEmpty());
            const QJsonObject activity = m_activities.value(r[QLatin1String("activity")].toString());
            QVERIFY2(!activity.isEmpty(), qPrintable(r[QLatin1String("activity")].toString()));
            QCOMPARE(r[QLatin1String("title")].toString(), activity[QLatin1String("title")].toString());
            QCOMPARE(r[QLatin1String("category")].toString(), activity[QLatin1String("category")].toString());
            QCOMPARE(r[QLatin1String("languages")].toArray(), activity[QLatin1String("languagesSpoken")].toArray());
            // A demo session not moved starts at its schedule's wall-clock time, so a wrong offset would show here.
            const QString startTime = activity[QLatin1String("schedules")][0][QLatin1String("startTime")].toString();
            if (r[QLatin1String("status")].toString() != QLatin1String("moved"))
                QCOMPARE(start.mid(11, 5), startTime);
            QVERIFY(QStringList({QStringLiteral("scheduled"), QStringLiteral("cancelled"), QStringLiteral("moved")})
                        .contains(r[QLatin1String("status")].toString()));
            const QJsonObject place = placeOf(r);
            QVERIFY2(!place.isEmpty(), qPrintable(r[QLatin1String("place")].toString()));
            QCOMPARE(r[QLatin1String("lat")].toDouble(), place[QLatin1String("lat")].toDouble());
            QCOMPARE(r[QLatin1String("lon")].toDouble(), place[QLatin1String("lon")].toDouble());
            QVERIFY(!r.toObject().contains(QLatin1String("distanceMetres"))); // no --near, no distance
        }
    }

    void text_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << "cafe";
        QTest::newRow("accented") << "café";
        QTest::newRow("capitals") << "CAFÉ";
        QTest::newRow("decomposed accent") << QStringLiteral("cafe\u0301");
    }

    void text()
    {
        QFETCH(QString, text);
        const CliRun r = runCli(searchArgs({QStringLiteral("--text"), text}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList found = field(r.json().array(), "occurrence");
        // Activities titled "...café" must all come; none without the word anywhere in its record may.
        const QStringList titled = activitiesWhere([](const QJsonObject &a) { return folded(a[QLatin1String("title")].toString()).contains(QLatin1String("cafe")); });
        const QStringList mentioned = activitiesWhere([](const QJsonObject &a) {
            return folded(QString::fromUtf8(QJsonDocument(a).toJson())).contains(QLatin1String("cafe"));
        });
        QVERIFY(titled.contains(taalcafe));
        for (const QString &occurrence : sessionsOf(titled))
            QVERIFY2(found.contains(occurrence), qPrintable(occurrence));
        const QStringList allowed = sessionsOf(mentioned);
        for (const QString &occurrence : found)
            QVERIFY2(allowed.contains(occurrence), qPrintable(occurrence));
        QVERIFY(found.size() < m_all.size());
    }

    void noMatchIsAnEmptyList()
    {
        const CliRun r = runCli(searchArgs({QStringLiteral("--text"), QStringLiteral("zwembadfeest")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.json().isArray());
        QCOMPARE(r.json().array().size(), 0);
    }

    void filters_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("wanted");
        QTest::newRow("one category") << QStringList{"--category", "taal_ontmoeting"} << "category" << QStringList{"taal_ontmoeting"};
        QTest::newRow("two categories in one") << QStringList{"--category", "sport_bewegen,ouderen"} << "category" << QStringList{"sport_bewegen", "ouderen"};
        QTest::newRow("repeated --category") << QStringList{"--category", "sport_bewegen", "--category", "ouderen"} << "category" << QStringList{"sport_bewegen", "ouderen"};
        QTest::newRow("Tigrinya") << QStringList{"--lang", "ti"} << "lang" << QStringList{"ti"};
        QTest::newRow("repeated --lang") << QStringList{"--lang", "uk", "--lang", "ti"} << "lang" << QStringList{"uk", "ti"};
        QTest::newRow("Turkish and a category") << QStringList{"--lang", "tr", "--category", "inloop_koffie,sport_bewegen"} << "lang+category"
                                                << QStringList{"tr", "inloop_koffie", "sport_bewegen"};
        QTest::newRow("free only") << QStringList{"--free"} << "free" << QStringList{};
    }

    void filters()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, kind);
        QFETCH(QStringList, wanted);
        const auto speaks = [&](const QJsonObject &a) {
            for (const QJsonValue &lang : a[QLatin1String("languagesSpoken")].toArray()) {
                if (wanted.contains(lang.toString()))
                    return true;
            }
            return false;
        };
        const auto inCategory = [&](const QJsonObject &a) { return wanted.contains(a[QLatin1String("category")].toString()); };
        const QStringList activities = activitiesWhere([&](const QJsonObject &a) {
            if (kind == QLatin1String("category"))
                return inCategory(a);
            if (kind == QLatin1String("lang"))
                return speaks(a);
            if (kind == QLatin1String("lang+category"))
                return speaks(a) && inCategory(a);
            return a[QLatin1String("costCents")].toInt() == 0;
        });
        const QStringList expected = sessionsOf(activities);
        QVERIFY(!expected.isEmpty());
        QVERIFY(expected.size() < m_all.size()); // the filter must leave something out to prove it filters

        const CliRun r = runCli(searchArgs(extra));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(field(r.json().array(), "occurrence"), expected);
    }

    void noCancelled()
    {
        QStringList expected;
        for (const QJsonValue &r : std::as_const(m_all)) {
            if (r[QLatin1String("status")].toString() != QLatin1String("cancelled"))
                expected.append(r[QLatin1String("occurrence")].toString());
        }
        const CliRun r = runCli(searchArgs({QStringLiteral("--no-cancelled")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(field(r.json().array(), "occurrence"), expected);
    }

    void near_data()
    {
        QTest::addColumn<QString>("from");      // place uid standing as the resident's position
        QTest::addColumn<QString>("to");        // place whose sessions the radius decides on
        QTest::addColumn<double>("margin");     // radius = distance(from, to) + margin
        QTest::addColumn<bool>("included");
        const QString meevaart = QStringLiteral("mvzn:MV1233-1");
        const QString oba = QStringLiteral("mvzn:MV2946-1");
        QTest::newRow("just inside") << meevaart << oba << 20.0 << true;
        QTest::newRow("just outside") << meevaart << oba << -20.0 << false;
        QTest::newRow("Flevopark, inside") << oba << QStringLiteral("demo:flevopark") << 50.0 << true;
        QTest::newRow("Flevopark, outside") << oba << QStringLiteral("demo:flevopark") << -50.0 << false;
    }

    void near()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(double, margin);
        QFETCH(bool, included);
        const QJsonObject here = m_places.value(from);
        const QJsonObject there = m_places.value(to);
        QVERIFY(!here.isEmpty() && !there.isEmpty());
        const double lat = here[QLatin1String("lat")].toDouble();
        const double lon = here[QLatin1String("lon")].toDouble();
        const double radius = metresBetween(lat, lon, there[QLatin1String("lat")].toDouble(), there[QLatin1String("lon")].toDouble()) + margin;
        QVERIFY(radius > 0);

        const CliRun r = runCli(searchArgs({QStringLiteral("--near"), QStringLiteral("%1,%2").arg(lat, 0, 'f', 6).arg(lon, 0, 'f', 6),
                                            QStringLiteral("--radius"), QString::number(radius, 'f', 1)}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray found = r.json().array();
        QCOMPARE(field(found, "place").contains(to), included);
        for (const QJsonValue &f : found) {
            const double expected = metresBetween(lat, lon, f[QLatin1String("lat")].toDouble(), f[QLatin1String("lon")].toDouble());
            QVERIFY2(std::abs(f[QLatin1String("distanceMetres")].toDouble() - expected) <= 1.0, qPrintable(f[QLatin1String("occurrence")].toString()));
        }
        // Every session in the window comes if and only if its place lies within the radius.
        const QStringList foundIds = field(found, "occurrence");
        for (const QJsonValue &s : std::as_const(m_all)) {
            const QJsonObject place = placeOf(s);
            const double d = metresBetween(lat, lon, place[QLatin1String("lat")].toDouble(), place[QLatin1String("lon")].toDouble());
            if (std::abs(d - radius) > 1.0)
                QVERIFY2(foundIds.contains(s[QLatin1String("occurrence")].toString()) == (d < radius), qPrintable(s[QLatin1String("occurrence")].toString()));
        }
    }

    void orderDistance()
    {
        const QJsonObject oba = m_places.value(QStringLiteral("mvzn:MV2946-1"));
        const QString point = QStringLiteral("%1,%2").arg(oba[QLatin1String("lat")].toDouble(), 0, 'f', 6).arg(oba[QLatin1String("lon")].toDouble(), 0, 'f', 6);
        const QStringList near{QStringLiteral("--near"), point, QStringLiteral("--radius"), QStringLiteral("1000")};
        const CliRun byDistance = runCli(searchArgs(near + QStringList{QStringLiteral("--order"), QStringLiteral("distance")}));
        const CliRun byStart = runCli(searchArgs(near));
        QVERIFY2(byDistance.exitCode == 0, byDistance.err.constData());
        QVERIFY2(byStart.exitCode == 0, byStart.err.constData());
        const QJsonArray found = byDistance.json().array();
        QVERIFY(found.size() > 5);
        double previous = -1;
        for (const QJsonValue &f : found) {
            const double d = metresBetween(oba[QLatin1String("lat")].toDouble(), oba[QLatin1String("lon")].toDouble(),
                                           f[QLatin1String("lat")].toDouble(), f[QLatin1String("lon")].toDouble());
            QVERIFY2(d >= previous - 0.5, qPrintable(f[QLatin1String("occurrence")].toString()));
            previous = d;
        }
        QCOMPARE(found.first()[QLatin1String("place")].toString(), QStringLiteral("mvzn:MV2946-1"));
        QStringList a = field(found, "occurrence");
        QStringList b = field(byStart.json().array(), "occurrence");
        QVERIFY(a != b); // the order changed...
        a.sort();
        b.sort();
        QCOMPARE(a, b); // ...the sessions did not
    }

    void window_data()
    {
        QTest::addColumn<int>("fromShift"); // seconds from the start of one taalcafé session
        QTest::addColumn<int>("toShift");
        QTest::addColumn<bool>("utc");
        QTest::addColumn<bool>("included");
        QTest::newRow("from at its start") << 0 << 3600 << false << true;
        QTest::newRow("from a second later") << 1 << 3600 << false << false;
        QTest::newRow("to at its start") << -3600 << 0 << false << false;
        QTest::newRow("to a second later") << -3600 << 1 << false << true;
        QTest::newRow("from at its start, in UTC") << 0 << 60 << true << true;
        QTest::newRow("to at its start, in UTC") << -60 << 0 << true << false;
    }

    void window()
    {
        QFETCH(int, fromShift);
        QFETCH(int, toShift);
        QFETCH(bool, utc);
        QFETCH(bool, included);
        QJsonValue session;
        for (const QJsonValue &r : std::as_const(m_all)) {
            if (r[QLatin1String("activity")].toString() == taalcafe) {
                session = r;
                break;
            }
        }
        const QDateTime start = instant(session);
        QVERIFY(start.isValid());
        const auto text = [utc](const QDateTime &t) { return (utc ? t.toUTC() : t).toString(Qt::ISODate); };
        const QDateTime from = start.addSecs(fromShift);
        const QDateTime to = start.addSecs(toShift);
        const CliRun r = runCli({QStringLiteral("search"), QStringLiteral("--db"), m_db, QStringLiteral("--from"), text(from),
                                 QStringLiteral("--to"), text(to)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray found = r.json().array();
        QCOMPARE(field(found, "occurrence").contains(session[QLatin1String("occurrence")].toString()), included);
        for (const QJsonValue &f : found)
            QVERIFY(instant(f) >= from && instant(f) < to);
    }

    // Titles in the reader's language where the activity has a translation to it, the
    // original (and its language) where not; the same sessions either way.
    void contentLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"ar", "tr", "en", "pl", "uk", "ti", "de"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void contentLanguage()
    {
        QFETCH(QString, language);
        const CliRun r = runCli(searchArgs({QStringLiteral("--content-language"), language}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray found = r.json().array();
        // Sessions starting together come by title, which is now the translated one.
        QStringList sessions = field(found, "occurrence");
        QStringList original = field(m_all, "occurrence");
        sessions.sort();
        original.sort();
        QCOMPARE(sessions, original);
        int translated = 0;
        for (const QJsonValue &result : found) {
            const QJsonObject activity = m_activities.value(result[QLatin1String("activity")].toString());
            const QJsonObject translation = activity[QLatin1String("translations")][language].toObject();
            if (translation.isEmpty()) {
                QCOMPARE(result[QLatin1String("title")].toString(), activity[QLatin1String("title")].toString());
                QCOMPARE(result[QLatin1String("titleLanguage")].toString(), QStringLiteral("nl"));
            } else {
                QCOMPARE(result[QLatin1String("title")].toString(), translation[QLatin1String("title")].toString());
                QCOMPARE(result[QLatin1String("titleLanguage")].toString(), language);
                ++translated;
            }
        }
        // The demo translates into en, ar and tr, every activity into pl, uk and ti, none into German.
        QCOMPARE(translated > 0, language != QLatin1String("de"));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QStringList db{QStringLiteral("search"), QStringLiteral("--db"), m_db};
        QTest::newRow("latitude beyond the pole") << db + QStringList{"--near", "95,4.93"} << "--near needs LAT,LON";
        QTest::newRow("words for coordinates") << db + QStringList{"--near", "hier,daar"} << "--near needs LAT,LON";
        QTest::newRow("one coordinate") << db + QStringList{"--near", "52.36"} << "--near needs LAT,LON";
        QTest::newRow("radius 0") << db + QStringList{"--near", "52.36,4.93", "--radius", "0"} << "--radius must be";
        QTest::newRow("negative radius") << db + QStringList{"--near", "52.36,4.93", "--radius", "-5"} << "--radius must be";
        QTest::newRow("radius without a point") << db + QStringList{"--radius", "500"} << "--radius needs --near";
        QTest::newRow("from equals to") << db + QStringList{"--from", "2026-11-24T10:00:00+01:00", "--to", "2026-11-24T09:00:00Z"} << "--from must be before --to";
        QTest::newRow("from after to") << db + QStringList{"--from", "2026-11-25T00:00:00+01:00", "--to", "2026-11-24T00:00:00+01:00"} << "--from must be before --to";
        QTest::newRow("time without offset") << db + QStringList{"--from", "2026-11-24T10:00:00"} << "--from needs an ISO 8601 time with offset";
        QTest::newRow("not a time") << db + QStringList{"--to", "morgen"} << "--to needs an ISO 8601 time";
        QTest::newRow("order by distance from nowhere") << db + QStringList{"--order", "distance"} << "--order distance needs --near";
        QTest::newRow("limit 0") << db + QStringList{"--limit", "0"} << "--limit must be a whole number above 0";
        QTest::newRow("language by name") << db + QStringList{"--content-language", "Arabisch"} << "--content-language needs a language code";
        QTest::newRow("empty language") << db + QStringList{"--content-language", ""} << "--content-language needs a language code";
        QTest::newRow("unknown option") << db + QStringList{"--colour", "red"} << "search has no option --colour";
        QTest::newRow("text twice") << db + QStringList{"--text", "koffie", "--text", "thee"} << "--text is given twice";
        QTest::newRow("text without its value") << db + QStringList{"--text"} << "--text needs a value";
        QTest::newRow("stray word") << db + QStringList{"koffie"} << "Unexpected argument 'koffie'";
        QTest::newRow("no catalogue named") << QStringList{"search", "--text", "koffie"} << "search needs --db";
        QTest::newRow("missing catalogue") << QStringList{"search", "--db", m_dir.filePath(QStringLiteral("none.sqlite"))} << "Cannot read the catalogue";
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString problem = whyNotRefused(runCli(args), message);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.sqlite")))); // searching creates no catalogue
    }
};

QTEST_GUILESS_MAIN(TestCliSearch)
#include "tst_cli_search.moc"
