// SPDX-License-Identifier: GPL-3.0-or-later
// gen-catalogue: writes a deterministic national-scale catalogue (places clustered
// around the CBS buurt label points, activities with weekly, biweekly and monthly
// schedules) and builds its search index. See BENCHMARKS.md.
#include "catalogueshape.h"
#include "storage/database.h"
#include "search/searchindex.h"

#include <QCoreApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QVariant>

#include <cmath>
#include <cstdio>
#include <random>

using namespace Buurtplein;

namespace {

struct LabelPoint {
    QString name;
    QString gemeente;
    QString code;
    double lat;
    double lon;
};

// Draws from one fixed-seed engine with arithmetic that gives the same numbers on every platform.
class Draw
{
public:
    explicit Draw(quint64 seed) : m_engine(seed) {}
    quint64 below(quint64 n) { return m_engine() % n; }
    double unit() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    double gaussian()
    {
        const double u1 = std::max(unit(), 1e-12);
        return std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * unit());
    }
    template<typename T> const T &pick(const QList<T> &list) { return list.at(qsizetype(below(quint64(list.size())))); }

private:
    std::mt19937_64 m_engine;
};

QList<LabelPoint> readBuurten(const QString &path, QString *error)
{
    QList<LabelPoint> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("Cannot read the label points %1.").arg(path);
        return out;
    }
    QTextStream in(&file);
    in.readLine(); // level,statcode,statnaam,gemeentecode,lon,lat
    while (!in.atEnd()) {
        const QStringList f = in.readLine().split(QLatin1Char(','));
        if (f.size() == 6 && f.at(0) == QLatin1String("buurt"))
            out.append({f.at(2), f.at(3), f.at(1), f.at(5).toDouble(), f.at(4).toDouble()});
    }
    if (out.isEmpty())
        *error = QStringLiteral("No buurt label points in %1.").arg(path);
    return out;
}

bool run(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        // Qt binds an empty QString as NULL; the schema wants ''.
        const bool emptyText = v.metaType() == QMetaType::fromType<QString>() && v.toString().isNull();
        q.bindValue(i, emptyText ? QVariant(QStringLiteral("")) : v);
    }
    if (q.exec())
        return true;
    std::fprintf(stderr, "gen-catalogue: %s\n", qPrintable(q.lastError().text()));
    return false;
}

const char *const weekdays[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a synthetic national Buurtplein catalogue."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("out"), QStringLiteral("Database file to write (replaced)."), QStringLiteral("file")},
        {QStringLiteral("labelpoints"), QStringLiteral("CBS label point CSV."), QStringLiteral("csv")},
        {QStringLiteral("places"), QStringLiteral("Number of places."), QStringLiteral("n"), QStringLiteral("50000")},
        {QStringLiteral("activities"), QStringLiteral("Number of activities."), QStringLiteral("n"), QStringLiteral("200000")},
        {QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("n"), QStringLiteral("20260302")},
        {QStringLiteral("now"), QStringLiteral("The instant the index window starts from."), QStringLiteral("iso"),
         QStringLiteral("2026-03-02T08:00:00Z")},
    });
    parser.process(app);
    const QString out = parser.value(QStringLiteral("out"));
    const QDateTime now = QDateTime::fromString(parser.value(QStringLiteral("now")), Qt::ISODate);
    const int placeCount = parser.value(QStringLiteral("places")).toInt();
    const int activityCount = parser.value(QStringLiteral("activities")).toInt();
    if (out.isEmpty() || !parser.isSet(QStringLiteral("labelpoints")) || !now.isValid() || placeCount <= 0 || activityCount <= 0) {
        std::fprintf(stderr, "usage: gen-catalogue --out DB --labelpoints CSV [--places N] [--activities N] [--seed N] [--now ISO]\n");
        return 2;
    }
    QString error;
    const QList<LabelPoint> buurten = readBuurten(parser.value(QStringLiteral("labelpoints")), &error);
    if (buurten.isEmpty()) {
        std::fprintf(stderr, "gen-catalogue: %s\n", qPrintable(error));
        return 2;
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(out + suffix);

    QElapsedTimer timer;
    timer.start();
    Database db;
    if (!db.open(out)) {
        std::fprintf(stderr, "gen-catalogue: %s\n", qPrintable(db.errorString()));
        return 1;
    }
    QSqlDatabase c = db.connection();
    QSqlQuery pragma(c);
    pragma.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    pragma.exec(QStringLiteral("PRAGMA cache_size = -200000"));
    Transaction tx(c);

    Draw draw(parser.value(QStringLiteral("seed")).toULongLong());
    QSqlQuery org(c), place(c), activity(c), translation(c), schedule(c);
    org.prepare(QStringLiteral("INSERT INTO organisation (id, uid, name, kind) VALUES (?, ?, ?, 'welzijn')"));
    place.prepare(QStringLiteral("INSERT INTO place (id, uid, name, kind, city, lat, lon, gemeente_code, buurt_code, accessibility) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    activity.prepare(QStringLiteral("INSERT INTO activity (id, uid, organisation_id, place_id, title, description, category, "
                                    "languages_spoken, audience, cost_cents, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    translation.prepare(QStringLiteral("INSERT INTO activity_translation (activity_id, lang, title, description) VALUES (?, 'en', ?, '')"));
    schedule.prepare(QStringLiteral("INSERT INTO schedule (id, uid, activity_id, start_date, start_time, duration_minutes, rrule) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?)"));

    const int orgCount = std::max(1, placeCount / 25);
    for (int i = 1; i <= orgCount; ++i) {
        if (!run(org, {i, QStringLiteral("org-%1").arg(i), QStringLiteral("Welzijn %1").arg(draw.pick(buurten).gemeente)}))
            return 1;
    }
    const QStringList features = {QStringLiteral("wheelchair"), QStringLiteral("accessible_toilet"), QStringLiteral("hearing_loop"),
                                  QStringLiteral("step_free")};
    QList<QString> placeNames(placeCount + 1);
    for (int i = 1; i <= placeCount; ++i) {
        const LabelPoint &b = draw.pick(buurten);
        const auto &kind = draw.pick(Bench::placeKinds());
        // Within a few hundred metres of the buurt's label point.
        const double lat = b.lat + draw.gaussian() * 0.003;
        const double lon = b.lon + draw.gaussian() * 0.0045;
        QStringList access;
        for (const QString &f : features) {
            if (draw.chance(0.4))
                access.append(f);
        }
        placeNames[i] = kind.second + QLatin1Char(' ') + b.name;
        if (!run(place, {i, QStringLiteral("pl-%1").arg(i), placeNames[i], kind.first, b.name, lat, lon, b.gemeente, b.code,
                         access.join(QLatin1Char(','))})) {
            return 1;
        }
    }
    qint64 scheduleId = 0;
    for (int i = 1; i <= activityCount; ++i) {
        const Bench::ActivityTemplate &t = draw.pick(Bench::activityTemplates());
        const int placeId = 1 + int(draw.below(quint64(placeCount)));
        const QString title = draw.chance(0.5) ? t.title : t.title + QLatin1Char(' ') + placeNames[placeId].section(QLatin1Char(' '), 1);
        QStringList languages = {QStringLiteral("nl")};
        for (int k = int(draw.below(3)); k > 0; --k) {
            const QString l = draw.pick(Bench::extraLanguages());
            if (!languages.contains(l))
                languages.append(l);
        }
        const int cost = draw.chance(0.7) ? 0 : 50 * int(1 + draw.below(10));
        const QString status = draw.chance(0.95) ? QStringLiteral("active") : QStringLiteral("paused");
        const QString audience = draw.chance(0.6) ? QStringLiteral("iedereen") : t.audience;
        if (!run(activity, {i, QStringLiteral("act-%1").arg(i), 1 + int(draw.below(quint64(orgCount))), placeId, title,
                            t.description, t.category, languages.join(QLatin1Char(',')), audience, cost, status})) {
            return 1;
        }
        if (!t.englishTitle.isEmpty() && draw.chance(0.3) && !run(translation, {i, t.englishTitle}))
            return 1;
        const QDate startDate = QDate(2025, 9, 1).addDays(qint64(draw.below(180)));
        const QString day = QString::fromLatin1(weekdays[startDate.dayOfWeek() - 1]);
        const double shape = draw.unit();
        QString rrule;
        if (shape < 0.72)
            rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=") + day;
        else if (shape < 0.84)
            rrule = QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=") + day;
        else if (shape < 0.94)
            rrule = QStringLiteral("FREQ=MONTHLY;BYDAY=%1%2").arg(1 + int(draw.below(4))).arg(day);
        else
            rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=%1,%2").arg(day, QString::fromLatin1(weekdays[(startDate.dayOfWeek() + 1) % 7]));
        const QTime start(9 + int(draw.below(12)), draw.chance(0.5) ? 0 : 30);
        ++scheduleId;
        if (!run(schedule, {scheduleId, QStringLiteral("sch-%1").arg(scheduleId), i, startDate.toString(Qt::ISODate),
                            start.toString(QStringLiteral("HH:mm:ss")), 60 + 30 * int(draw.below(4)), rrule})) {
            return 1;
        }
    }
    const qint64 insertMs = timer.restart();
    if (!SearchIndex::rebuild(c, now, 8, &error)) {
        std::fprintf(stderr, "gen-catalogue: %s\n", qPrintable(error));
        return 1;
    }
    if (!tx.commit()) {
        std::fprintf(stderr, "gen-catalogue: cannot commit\n");
        return 1;
    }
    const qint64 indexMs = timer.restart();
    QSqlQuery count(c);
    count.exec(QStringLiteral("SELECT count(*) FROM occurrence"));
    count.next();
    std::printf("gen-catalogue places=%d activities=%d occurrences=%lld insert_ms=%lld index_ms=%lld\n", placeCount,
                activityCount, count.value(0).toLongLong(), insertMs, indexMs);
    return 0;
}
