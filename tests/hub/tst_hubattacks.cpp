// SPDX-License-Identifier: GPL-3.0-or-later
// SPEC privacy 5 attacked as an evaluator would (issue 16, docs/release-rules.md): a real
// hub on loopback, SQLite and PostgreSQL, the demo catalogue and a year of session logs of
// its programme, and an evaluator token. The attacker asks every table the API offers
// over the year, its quarters, months and weeks, by category, wijk and buurt, with
// filters, and then
// - checks that the same records always come out as the same figure (consistency);
// - puts every released figure into one linear program (each sum known to +-D, every
//   attendance non-negative) and asks for the least and greatest value of every figure
//   that was not released: none may be pinned exactly or to within +-2;
// - averages every difference of two released figures that isolates a hidden one;
// - tries the free Monday-to-Sunday ranges that recovered every figure before: refused.
#include "hubtest.h"
#include "intervalsolver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

#include <cmath>
#include <random>

using namespace Buurtplein;
using namespace Buurtplein::HubTest;

namespace {
const QString org = QStringLiteral("org:buurtwerk-oost");
const QString programme = QStringLiteral("Samen in de Indische Buurt");
const QStringList activityUids = {QStringLiteral("demo:inloop-meevaart"), QStringLiteral("demo:spreekuur-vonk"),
                                  QStringLiteral("demo:dialoog-meevaart"), QStringLiteral("demo:speelmiddag-sumatra"),
                                  QStringLiteral("demo:digitaal-cybersoek"), QStringLiteral("demo:ouderensoos-kramat"),
                                  QStringLiteral("demo:wandelen-flevopark"), QStringLiteral("demo:welkom-vonk")};

struct Activity {
    QString category, buurt, wijk, gemeente;
};

struct Session {
    int activity = 0;
    QDate date; ///< Europe/Amsterdam
    int attendance = 0;
};

QString weekKey(QDate d)
{
    int year = 0;
    const int week = d.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

// The key @p session has along @p dimension.
QString keyOf(const QString &dimension, const Session &s, const Activity &a)
{
    if (dimension == QLatin1String("period:week"))
        return weekKey(s.date);
    if (dimension == QLatin1String("period:month"))
        return s.date.toString(QStringLiteral("yyyy-MM"));
    if (dimension == QLatin1String("period:quarter"))
        return QStringLiteral("%1-Q%2").arg(s.date.year()).arg((s.date.month() + 2) / 3);
    if (dimension == QLatin1String("category"))
        return a.category;
    if (dimension == QLatin1String("area:wijk"))
        return a.wijk;
    if (dimension == QLatin1String("area:buurt"))
        return a.buurt;
    return QStringLiteral("total");
}

// One released or hidden figure: the sessions behind it and what the hub said.
struct Seen {
    bool suppressed = true;
    qint64 value = 0;
    int requests = 0;
};
} // namespace

class TestHubAttacks : public QObject
{
    Q_OBJECT

    QList<Activity> m_activities;
    QList<Session> m_sessions;

private slots:
    void initTestCase();
    void attacksFail_data();
    void attacksFail();
};

void TestHubAttacks::initTestCase()
{
    // What the attacker knows from the public catalogue: each activity's category and place.
    QFile file(QStringLiteral(BUURTPLEIN_ASSETS "/demo/demo-neighbourhood.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject demo = QJsonDocument::fromJson(file.readAll()).object();
    QHash<QString, QJsonObject> places;
    for (const QJsonValue &p : demo.value(QStringLiteral("places")).toArray())
        places.insert(p.toObject().value(QStringLiteral("uid")).toString(), p.toObject());
    QHash<QString, QJsonObject> activities;
    for (const QJsonValue &a : demo.value(QStringLiteral("activities")).toArray())
        activities.insert(a.toObject().value(QStringLiteral("uid")).toString(), a.toObject());
    for (const QString &uid : activityUids) {
        const QJsonObject a = activities.value(uid);
        const QJsonObject p = places.value(a.value(QStringLiteral("place")).toString());
        QCOMPARE(a.value(QStringLiteral("organisation")).toString(), org);
        QCOMPARE(a.value(QStringLiteral("programme")).toString(), programme);
        m_activities.append({a.value(QStringLiteral("category")).toString(), p.value(QStringLiteral("buurtCode")).toString(),
                             p.value(QStringLiteral("wijkCode")).toString(), p.value(QStringLiteral("gemeenteCode")).toString()});
    }
}

void TestHubAttacks::attacksFail_data()
{
    QTest::addColumn<QString>("dialect");
    for (const QString &dialect : dialects())
        QTest::newRow(qPrintable(dialect)) << dialect;
}

void TestHubAttacks::attacksFail()
{
    QFETCH(QString, dialect);
    FreshDatabase fresh;
    QString error;
    QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
    const CliRun demo = runHub({QStringLiteral("import-demo"), QStringLiteral("--db"), fresh.location()});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    const CliRun worker = runHub({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--role"), QStringLiteral("worker"),
                                  QStringLiteral("--org"), org, QStringLiteral("--db"), fresh.location()});
    const CliRun evaluatorRun = runHub({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--role"),
                                        QStringLiteral("evaluator"), QStringLiteral("--db"), fresh.location()});
    QVERIFY2(worker.exitCode == 0 && evaluatorRun.exitCode == 0, (worker.err + evaluatorRun.err).constData());
    const QByteArray evaluator = evaluatorRun.out.trimmed();
    HubProcess hub;
    QVERIFY2(hub.start(fresh.location(), &error), qPrintable(error));
    QNetworkAccessManager nam;

    // A year of the programme: each activity weekly from 6 January to 20 November 2026,
    // one in ten not held, attendance by activity from 4-14 up to 18-35 (the demo's year).
    std::mt19937 random(6);
    QJsonArray items;
    const QTimeZone amsterdam("Europe/Amsterdam");
    for (QDateTime week(QDate(2026, 1, 6), QTime(9, 0), Qt::UTC); week < QDateTime(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC);
         week = week.addDays(7)) {
        for (int i = 0; i < activityUids.size(); ++i) {
            const QDateTime start = week.addDays(i % 5).addSecs(3600 * i);
            const bool held = random() % 10 != 0;
            const int attendance = held ? int(4 + 2 * i + random() % (11 + i)) : 0;
            m_sessions.append({i, start.toTimeZone(amsterdam).date(), attendance});
            QJsonObject item{{QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                             {QStringLiteral("occurrence"), activityUids.at(i) + QLatin1Char('/') + start.toString(QStringLiteral("yyyyMMddTHHmmssZ"))},
                             {QStringLiteral("activity"), activityUids.at(i)}, {QStringLiteral("revision"), 1},
                             {QStringLiteral("held"), held}, {QStringLiteral("attendance"), attendance},
                             {QStringLiteral("firstTimers"), std::min(attendance, int(random() % 4))},
                             {QStringLiteral("volunteers"), held ? int(random() % 3) : 0}, {QStringLiteral("hostPresent"), held}};
            if (!held)
                item.insert(QStringLiteral("notHeldReason"), QStringLiteral("host_afwezig"));
            items.append(item);
        }
    }
    for (qsizetype n = 0; n < items.size(); n += 400) {
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("items"), QJsonArray::fromVariantList(
                                                                                        items.toVariantList().mid(n, 400))}}).toJson();
        const Answer pushed = call(nam, "POST", hub.url(QStringLiteral("/v1/session-logs")), body, worker.out.trimmed());
        QVERIFY2(pushed.status == 200, pushed.body.constData());
    }
    m_sessions.shrink_to_fit();
    const QList<Session> sessions = m_sessions;
    m_sessions.clear();

    // Every table: the year, its quarters and months (and every week on its own), by
    // week or month against category, wijk or buurt, unfiltered or for one wijk or category.
    struct Period { QDate from, to; };
    QList<Period> periods = {{QDate(2026, 1, 1), QDate(2026, 12, 31)}};
    for (int q = 1; q <= 4; ++q)
        periods.append({QDate(2026, 3 * q - 2, 1), QDate(2026, 3 * q - 2, 1).addMonths(3).addDays(-1)});
    for (int m = 1; m <= 11; ++m)
        periods.append({QDate(2026, m, 1), QDate(2026, m, 1).addMonths(1).addDays(-1)});
    QStringList wijken, categories;
    for (const Activity &a : m_activities) {
        wijken.append(a.wijk);
        categories.append(a.category);
    }
    wijken.removeDuplicates();
    categories.removeDuplicates();
    QList<std::pair<QString, QString>> filters = {{}};
    for (const QString &w : wijken)
        filters.append({QStringLiteral("wijk"), w});
    for (const QString &c : categories)
        filters.append({QStringLiteral("category"), c});

    QHash<QList<int>, Seen> seen; // by the sorted sessions behind a figure
    int requests = 0, consistencyChecks = 0, maxNoise = 0;
    auto ask = [&](const Period &p, const QString &rows, const QString &columns, const std::pair<QString, QString> &filter) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("metric"), QStringLiteral("attendance"));
        query.addQueryItem(QStringLiteral("rows"), rows);
        if (!columns.isEmpty())
            query.addQueryItem(QStringLiteral("columns"), columns);
        query.addQueryItem(QStringLiteral("from"), p.from.toString(Qt::ISODate));
        query.addQueryItem(QStringLiteral("to"), p.to.toString(Qt::ISODate));
        if (!filter.first.isEmpty())
            query.addQueryItem(filter.first, filter.second);
        QUrl url = hub.url(QStringLiteral("/v1/stats/table"));
        url.setQuery(query);
        const Answer a = call(nam, "GET", url, {}, evaluator);
        QVERIFY2(a.status == 200, (url.toString().toUtf8() + ' ' + a.body).constData());
        ++requests;
        const QJsonObject json = a.json();
        maxNoise = json.value(QStringLiteral("rules")).toObject().value(QStringLiteral("maxNoise")).toInt();
        const QDate from = QDate::fromString(json.value(QStringLiteral("from")).toString(), Qt::ISODate);
        const QDate to = QDate::fromString(json.value(QStringLiteral("to")).toString(), Qt::ISODate);
        const QStringList rowKeys = json.value(QStringLiteral("rows")).toObject().value(QStringLiteral("keys")).toVariant().toStringList();
        const QStringList columnKeys = json.value(QStringLiteral("columns")).toObject().value(QStringLiteral("keys")).toVariant().toStringList();
        const QString columnDimension = columns.isEmpty() ? QString() : columns;
        auto record = [&](const QJsonValue &figure, const QString &rowKey, const QString &columnKey) {
            QList<int> behind;
            for (int i = 0; i < sessions.size(); ++i) {
                const Session &s = sessions.at(i);
                const Activity &act = m_activities.at(s.activity);
                if (s.date < from || s.date > to)
                    continue;
                if (filter.first == QLatin1String("wijk") && act.wijk != filter.second)
                    continue;
                if (filter.first == QLatin1String("category") && act.category != filter.second)
                    continue;
                const QString r = keyOf(rows, s, act), c = keyOf(columnDimension, s, act);
                if ((rowKey.isEmpty() ? !rowKeys.contains(r) : r != rowKey) || (columnKey.isEmpty() ? !columnKeys.contains(c) : c != columnKey))
                    continue;
                behind.append(i);
            }
            const QJsonObject f = figure.toObject();
            Seen now{f.value(QStringLiteral("suppressed")).toBool(), f.value(QStringLiteral("value")).toInteger(-1), 1};
            QVERIFY(now.suppressed || now.value >= 0);
            if (behind.isEmpty()) {
                QVERIFY2(now.suppressed || now.value == 0, "a figure with no sessions behind it");
                return;
            }
            auto it = seen.find(behind);
            if (it == seen.end()) {
                seen.insert(behind, now);
                return;
            }
            // The same sessions, asked another way: the same figure, always.
            ++consistencyChecks;
            QVERIFY2(it->suppressed == now.suppressed && it->value == now.value,
                     qPrintable(QStringLiteral("%1 gave %2, earlier %3").arg(url.toString()).arg(now.value).arg(it->value)));
            it->requests++;
        };
        const QJsonArray cells = json.value(QStringLiteral("cells")).toArray();
        for (int r = 0; r < rowKeys.size(); ++r) {
            for (int c = 0; c < columnKeys.size(); ++c)
                record(cells.at(r).toArray().at(c), rowKeys.at(r), columnKeys.at(c));
            record(json.value(QStringLiteral("rowTotals")).toArray().at(r), rowKeys.at(r), QString());
        }
        for (int c = 0; c < columnKeys.size(); ++c)
            record(json.value(QStringLiteral("columnTotals")).toArray().at(c), QString(), columnKeys.at(c));
        record(json.value(QStringLiteral("grandTotal")), QString(), QString());
    };
    for (const Period &p : periods) {
        const bool months = p.to.addDays(1).addMonths(-1) != p.from; // a quarter or the year
        for (const QString &rows : months ? QStringList{QStringLiteral("period:week"), QStringLiteral("period:month")}
                                          : QStringList{QStringLiteral("period:week")}) {
            for (const QString &columns : {QString(), QStringLiteral("category"), QStringLiteral("area:wijk"), QStringLiteral("area:buurt")}) {
                for (const auto &filter : filters) {
                    ask(p, rows, columns, filter);
                    if (QTest::currentTestFailed())
                        return;
                }
            }
        }
        for (const QString &rows : {QStringLiteral("category"), QStringLiteral("area:buurt")}) {
            ask(p, rows, QStringLiteral("area:wijk") == rows ? QString() : QStringLiteral("area:wijk"), {});
            if (QTest::currentTestFailed())
                return;
        }
    }
    // Every ISO week on its own, by category and by buurt: the same cells as in the week tables.
    for (QDate monday(2026, 1, 5); monday < QDate(2026, 11, 23); monday = monday.addDays(7)) {
        ask({monday, monday.addDays(6)}, QStringLiteral("category"), QStringLiteral("area:buurt"), {});
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(maxNoise >= 1);
    QVERIFY(consistencyChecks > 1000);

    // The attacker's linear program: every released figure within +-D of its sum.
    IntervalSolver solver(int(sessions.size()));
    int released = 0;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        if (it->suppressed)
            continue;
        ++released;
        const double low = it->value == 0 ? 0 : std::max<qint64>(1, it->value - maxNoise);
        solver.addRange(it.key(), low, double(it->value + maxNoise));
    }
    QVERIFY(solver.prepare());
    auto truth = [&](const QList<int> &vars) {
        qint64 sum = 0;
        for (int i : vars)
            sum += sessions.at(i).attendance;
        return sum;
    };
    // The averaging attacker: every pair of released figures whose difference is exactly
    // a hidden figure's sessions gives an estimate; the estimates are averaged.
    QHash<QList<int>, QList<qint64>> estimates;
    {
        QList<std::pair<QList<int>, qint64>> releasedSets;
        for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
            if (!it->suppressed)
                releasedSets.append({it.key(), it->value});
        }
        for (const auto &[big, bigValue] : releasedSets) {
            for (const auto &[small, smallValue] : releasedSets) {
                if (small.size() >= big.size())
                    continue;
                if (!std::includes(big.begin(), big.end(), small.begin(), small.end()))
                    continue;
                QList<int> rest;
                std::set_difference(big.begin(), big.end(), small.begin(), small.end(), std::back_inserter(rest));
                const auto hidden = seen.constFind(rest);
                if (hidden != seen.cend() && hidden->suppressed)
                    estimates[rest].append(bigValue - smallValue);
            }
        }
    }
    int targets = 0, exact = 0, withinTwo = 0, withinFour = 0, widest = 0, narrowest = INT_MAX, differenced = 0, averagedExact = 0, averagedClose = 0;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        const qint64 value = truth(it.key());
        if (!it->suppressed || value == 0)
            continue;
        ++targets;
        const auto range = solver.range(it.key());
        QVERIFY(range);
        const qint64 lower = qint64(std::ceil(range->lower - 1e-6));
        const qint64 upper = std::isinf(range->upper) ? std::numeric_limits<qint64>::max() : qint64(std::floor(range->upper + 1e-6));
        QVERIFY2(lower <= value && value <= upper, "the true value must be consistent with what was released");
        const qint64 width = upper == std::numeric_limits<qint64>::max() ? std::numeric_limits<int>::max() : upper - lower;
        exact += width == 0;
        withinTwo += width <= 4;
        withinFour += width <= 8;
        widest = int(std::min<qint64>(std::max<qint64>(widest, width), std::numeric_limits<int>::max()));
        narrowest = int(std::min<qint64>(narrowest, width));
        const QList<qint64> guesses = estimates.value(it.key());
        if (!guesses.isEmpty()) {
            ++differenced;
            double mean = 0;
            for (qint64 g : guesses)
                mean += double(g) / guesses.size();
            averagedExact += std::llround(mean) == value;
            averagedClose += std::abs(mean - value) <= 2;
        }
    }
    qInfo("%s: %d requests, %d figures (%d released), %d consistency checks; %d hidden figures with sessions behind them:"
          " %d pinned exactly, %d to within +-2, %d to within +-4 (narrowest interval %d wide); %d differenced, the average exact for %d and"
          " within +-2 for %d",
          qPrintable(dialect), requests, int(seen.size()), released, consistencyChecks, targets, exact, withinTwo, withinFour, narrowest,
          differenced, averagedExact, averagedClose);
    QVERIFY(targets > 300); // the year's single sessions, buurt-weeks, quiet months: the attack had work to do
    QCOMPARE(exact, 0);
    QCOMPARE(withinTwo, 0);
    // Averaging finds the truth no more often than noise allows: well under half the time.
    QVERIFY2(differenced == 0 || averagedExact * 2 < differenced, qPrintable(QString::number(averagedExact)));

    // The attack that recovered every week before: category totals over free
    // Monday-to-Sunday ranges. The hub releases only periods of the fixed grid.
    int refused = 0, ranges = 0;
    for (int first = 0; first < 16; ++first) {
        for (int last = first + 1; last < 16; ++last) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("metric"), QStringLiteral("attendance"));
            query.addQueryItem(QStringLiteral("rows"), QStringLiteral("category"));
            query.addQueryItem(QStringLiteral("from"), QDate(2026, 6, 1).addDays(7 * first).toString(Qt::ISODate));
            query.addQueryItem(QStringLiteral("to"), QDate(2026, 6, 7).addDays(7 * last).toString(Qt::ISODate));
            QUrl url = hub.url(QStringLiteral("/v1/stats/table"));
            url.setQuery(query);
            ++ranges;
            refused += call(nam, "GET", url, {}, evaluator).status == 400;
        }
    }
    QCOMPARE(refused, ranges);

    // And the evaluator's view stays useful: the programme's monthly trend over the year
    // so far releases every month from January to November (December has not begun).
    QUrlQuery trend;
    trend.addQueryItem(QStringLiteral("metric"), QStringLiteral("attendance"));
    trend.addQueryItem(QStringLiteral("rows"), QStringLiteral("period:month"));
    trend.addQueryItem(QStringLiteral("from"), QStringLiteral("2026-01-01"));
    trend.addQueryItem(QStringLiteral("to"), QStringLiteral("2026-12-31"));
    trend.addQueryItem(QStringLiteral("programme"), programme);
    QUrl trendUrl = hub.url(QStringLiteral("/v1/stats/table"));
    trendUrl.setQuery(trend);
    const QJsonObject months = call(nam, "GET", trendUrl, {}, evaluator).json();
    QCOMPARE(months.value(QStringLiteral("rows")).toObject().value(QStringLiteral("keys")).toArray().size(), 11);
    for (const QJsonValue &row : months.value(QStringLiteral("rowTotals")).toArray())
        QVERIFY2(row.toObject().value(QStringLiteral("value")).toInt() > 100, QJsonDocument(months).toJson().constData());
}

QTEST_MAIN(TestHubAttacks)
#include "tst_hubattacks.moc"
