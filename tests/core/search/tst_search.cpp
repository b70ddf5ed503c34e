// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchfixture.h"
#include "search/searchindex.h"
#include "search/searchquery.h"
#include "recurrence/occurrenceexpander.h"

#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace Buurtplein;
using namespace Buurtplein::SearchFixture;

Q_DECLARE_METATYPE(SearchQuery)

namespace {
// Places due north of the centre: one degree of latitude is 111,195 m on the mean sphere.
constexpr double centreLat = 52.37;
constexpr double centreLon = 4.89;
double northBy(double metres) { return centreLat + metres / 111194.93; }

QDateTime at(const char *iso) { return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate); }

SearchQuery week()
{
    SearchQuery q;
    q.from = at("2026-03-02T00:00:00+01:00");
    q.to = at("2026-03-09T00:00:00+01:00");
    return q;
}
} // namespace

class TestSearch : public QObject
{
    Q_OBJECT
private:
    Database m_db;
    QSqlDatabase db() const { return m_db.connection(); }

    QStringList activityUids(const SearchQuery &query)
    {
        QString error;
        const QList<SearchResult> results = Search::run(db(), query, &error);
        if (!error.isEmpty())
            qWarning() << error;
        QStringList uids;
        for (const SearchResult &r : results) {
            if (!uids.contains(r.activityUid))
                uids.append(r.activityUid);
        }
        std::sort(uids.begin(), uids.end());
        return uids;
    }

    qint64 addActivity(const QString &uid, qint64 placeId, const QString &title, const QString &category,
                       const QString &languages, const QString &audience, int cost, const QString &startDate,
                       const QString &status = QStringLiteral("active"))
    {
        ActivityRow a;
        a.uid = uid;
        a.placeId = placeId;
        a.title = title;
        a.category = category;
        a.languages = languages;
        a.audience = audience;
        a.costCents = cost;
        a.status = status;
        const qint64 id = activity(db(), a);
        schedule(db(), {uid + QStringLiteral("-s"), id, startDate});
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_db.open(QStringLiteral(":memory:")), qPrintable(m_db.errorString()));
        const qint64 pijp = place(db(), QStringLiteral("p-pijp"), QStringLiteral("Buurthuis De Pijp"), centreLat, centreLon,
                                  QStringLiteral("wheelchair,accessible_toilet"));
        const qint64 near = place(db(), QStringLiteral("p-1900"), QStringLiteral("Bibliotheek Noord"), northBy(1900), centreLon,
                                  QStringLiteral("wheelchair"));
        const qint64 beyond = place(db(), QStringLiteral("p-2100"), QStringLiteral("Tuin aan het IJ"), northBy(2100), centreLon);
        const qint64 utrecht = place(db(), QStringLiteral("p-utrecht"), QStringLiteral("Wijkcentrum Overvecht"), 52.11, 5.11);
        const qint64 nowhere = place(db(), QStringLiteral("p-none"), QStringLiteral("Geen vaste plek"), null(), null());
        // Weekly from the given (Monday 2 March onwards) day, 10:00 Amsterdam time.
        addActivity(QStringLiteral("a-taal"), pijp, QStringLiteral("Taalcafé"), QStringLiteral("taal_ontmoeting"),
                    QStringLiteral("nl,en,ar"), QStringLiteral("iedereen"), 0, QStringLiteral("2026-01-05"));
        addActivity(QStringLiteral("a-koffie"), near, QStringLiteral("Koffie-inloop"), QStringLiteral("inloop_koffie"),
                    QStringLiteral("nl, tr"), QStringLiteral("ouderen"), 150, QStringLiteral("2026-01-06"));
        addActivity(QStringLiteral("a-tuin"), beyond, QStringLiteral("Moestuin"), QStringLiteral("groen_duurzaam"),
                    QStringLiteral("nl"), QStringLiteral("iedereen"), 0, QStringLiteral("2026-01-07"));
        addActivity(QStringLiteral("a-yoga"), utrecht, QStringLiteral("Yoga voor vrouwen"), QStringLiteral("sport_bewegen"),
                    QStringLiteral("nl,en"), QStringLiteral("vrouwen"), 500, QStringLiteral("2026-01-08"));
        const qint64 koken = addActivity(QStringLiteral("a-koken"), pijp, QStringLiteral("Samen koken"), QStringLiteral("koken_eten"),
                                         QStringLiteral("nl,ar,ti"), QStringLiteral("iedereen"), 0, QStringLiteral("2026-01-09"));
        insert(db(), QStringLiteral("INSERT INTO activity_translation (activity_id, lang, title, description) VALUES (?, 'en', ?, ?)"),
               {koken, QStringLiteral("Cooking together"), QStringLiteral("Bring a recipe from home")});
        insert(db(), QStringLiteral("INSERT INTO activity_translation (activity_id, lang, title, description) VALUES (?, 'ar', ?, '')"),
               {koken, QStringLiteral("الطبخ معاً")});
        addActivity(QStringLiteral("a-oud"), pijp, QStringLiteral("Taalcafé (gestopt)"), QStringLiteral("taal_ontmoeting"),
                    QStringLiteral("nl"), QStringLiteral("iedereen"), 0, QStringLiteral("2026-01-05"), QStringLiteral("ended"));
        addActivity(QStringLiteral("a-huiswerk"), nowhere, QStringLiteral("Huiswerkklas"), QStringLiteral("werk_leren"),
                    QStringLiteral("nl"), QStringLiteral("jongeren"), 0, QStringLiteral("2026-01-10"));
        // An activity written in English, with a Dutch translation.
        insert(db(), QStringLiteral("UPDATE activity SET title = 'Yoga for women', text_language = 'en' WHERE uid = 'a-yoga'"), {});
        insert(db(), QStringLiteral("INSERT INTO activity_translation (activity_id, lang, title, description) "
                                    "SELECT id, 'nl', 'Yoga voor vrouwen', '' FROM activity WHERE uid = 'a-yoga'"), {});
        QString error;
        QVERIFY2(SearchIndex::rebuild(db(), at("2026-03-02T08:00:00Z"), 8, &error), qPrintable(error));
    }

    void filters_data()
    {
        QTest::addColumn<SearchQuery>("query");
        QTest::addColumn<QStringList>("expected");
        auto with = [](auto change) { SearchQuery q = week(); change(q); return q; };
        const QString taal = QStringLiteral("a-taal"), koffie = QStringLiteral("a-koffie"), tuin = QStringLiteral("a-tuin"),
                      yoga = QStringLiteral("a-yoga"), koken = QStringLiteral("a-koken"), huiswerk = QStringLiteral("a-huiswerk");

        QTest::newRow("everything this week, not the ended one") << week() << QStringList{huiswerk, koffie, koken, taal, tuin, yoga};
        QTest::newRow("cafe finds Taalcafé") << with([](SearchQuery &q) { q.text = QStringLiteral("cafe"); }) << QStringList{taal};
        QTest::newRow("TAALCAFE upper case") << with([](SearchQuery &q) { q.text = QStringLiteral("TAALCAFE"); }) << QStringList{taal};
        QTest::newRow("two words both required") << with([](SearchQuery &q) { q.text = QStringLiteral("taal café"); }) << QStringList{taal};
        QTest::newRow("no such word") << with([](SearchQuery &q) { q.text = QStringLiteral("schaken"); }) << QStringList{};
        QTest::newRow("translation") << with([](SearchQuery &q) { q.text = QStringLiteral("Cooking"); }) << QStringList{koken};
        QTest::newRow("Arabic translation") << with([](SearchQuery &q) { q.text = QStringLiteral("الطبخ"); }) << QStringList{koken};
        QTest::newRow("original matches when showing another language") << with([](SearchQuery &q) {
            q.text = QStringLiteral("koken"); q.contentLanguage = QStringLiteral("ar"); }) << QStringList{koken};
        QTest::newRow("Dutch translation of an English original") << with([](SearchQuery &q) { q.text = QStringLiteral("vrouwen"); }) << QStringList{yoga};
        QTest::newRow("place name") << with([](SearchQuery &q) { q.text = QStringLiteral("pijp"); }) << QStringList{koken, taal};
        QTest::newRow("plural finds the singular") << with([](SearchQuery &q) { q.text = QStringLiteral("moestuinen"); }) << QStringList{tuin};
        QTest::newRow("plural of a compound") << with([](SearchQuery &q) { q.text = QStringLiteral("Taalcafés"); }) << QStringList{taal};
        QTest::newRow("inside a compound") << with([](SearchQuery &q) { q.text = QStringLiteral("tuin"); }) << QStringList{tuin};
        QTest::newRow("short words only scan") << with([](SearchQuery &q) { q.text = QStringLiteral("ij"); }) << QStringList{koken, taal, tuin, yoga};
        QTest::newRow("category") << with([](SearchQuery &q) { q.categories = {QStringLiteral("taal_ontmoeting")}; }) << QStringList{taal};
        QTest::newRow("two categories") << with([](SearchQuery &q) { q.categories = {QStringLiteral("koken_eten"), QStringLiteral("sport_bewegen")}; }) << QStringList{koken, yoga};
        QTest::newRow("language ar") << with([](SearchQuery &q) { q.languages = {QStringLiteral("ar")}; }) << QStringList{koken, taal};
        QTest::newRow("language tr with spaces in the list") << with([](SearchQuery &q) { q.languages = {QStringLiteral("tr")}; }) << QStringList{koffie};
        QTest::newRow("language t is not tr or ti") << with([](SearchQuery &q) { q.languages = {QStringLiteral("t")}; }) << QStringList{};
        QTest::newRow("audience") << with([](SearchQuery &q) { q.audiences = {QStringLiteral("vrouwen")}; }) << QStringList{yoga};
        QTest::newRow("free") << with([](SearchQuery &q) { q.freeOnly = true; }) << QStringList{huiswerk, koken, taal, tuin};
        QTest::newRow("wheelchair") << with([](SearchQuery &q) { q.accessibility = {QStringLiteral("wheelchair")}; }) << QStringList{koffie, koken, taal};
        QTest::newRow("all features required") << with([](SearchQuery &q) { q.accessibility = {QStringLiteral("wheelchair"), QStringLiteral("accessible_toilet")}; }) << QStringList{koken, taal};
        QTest::newRow("1.9 km is within 2000 m, 2.1 km is not") << with([](SearchQuery &q) { q.near = SearchQuery::Near{centreLat, centreLon, 2000}; }) << QStringList{koffie, koken, taal};
        QTest::newRow("2.1 km within 2200 m") << with([](SearchQuery &q) { q.near = SearchQuery::Near{centreLat, centreLon, 2200}; }) << QStringList{koffie, koken, taal, tuin};
        QTest::newRow("near and text") << with([](SearchQuery &q) { q.near = SearchQuery::Near{centreLat, centreLon, 2000}; q.text = QStringLiteral("koffie"); }) << QStringList{koffie};
        QTest::newRow("everything combined") << with([](SearchQuery &q) {
            q.near = SearchQuery::Near{centreLat, centreLon, 5000}; q.text = QStringLiteral("cafe"); q.languages = {QStringLiteral("en")};
            q.freeOnly = true; q.accessibility = {QStringLiteral("wheelchair")}; q.categories = {QStringLiteral("taal_ontmoeting")}; }) << QStringList{taal};
        // Taalcafé is Monday 2 March 10:00 (+01:00), Koffie-inloop Tuesday 10:00.
        QTest::newRow("from is inclusive") << [] { SearchQuery q; q.from = at("2026-03-02T10:00:00+01:00"); q.to = at("2026-03-03T10:00:00+01:00"); return q; }() << QStringList{taal};
        QTest::newRow("one second later misses it") << [] { SearchQuery q; q.from = at("2026-03-02T10:00:01+01:00"); q.to = at("2026-03-03T10:00:01+01:00"); return q; }() << QStringList{koffie};
        QTest::newRow("to is exclusive") << [] { SearchQuery q; q.from = at("2026-03-02T09:00:00Z"); q.to = at("2026-03-03T09:00:00Z"); return q; }() << QStringList{taal};
        QTest::newRow("quote injection") << with([](SearchQuery &q) { q.text = QStringLiteral("'; DROP TABLE activity; --"); }) << QStringList{};
        QTest::newRow("fts operators are text") << with([](SearchQuery &q) { q.text = QStringLiteral("cafe\" OR * NEAR(koffie"); }) << QStringList{};
        QTest::newRow("parentheses and minus") << with([](SearchQuery &q) { q.text = QStringLiteral("(-cafe*)"); }) << QStringList{taal};
        QTest::newRow("column filter syntax") << with([](SearchQuery &q) { q.text = QStringLiteral("body:koffie"); }) << QStringList{};
        QTest::newRow("only punctuation filters nothing") << with([](SearchQuery &q) { q.text = QStringLiteral("\"*\""); }) << QStringList{huiswerk, koffie, koken, taal, tuin, yoga};
    }
    void filters()
    {
        QFETCH(SearchQuery, query);
        QFETCH(QStringList, expected);
        QCOMPARE(activityUids(query), expected);
        QSqlQuery check(db());
        QVERIFY(check.exec(QStringLiteral("SELECT count(*) FROM activity")) && check.next());
        QCOMPARE(check.value(0).toInt(), 7);
    }

    void orderByDistance()
    {
        SearchQuery q = week();
        q.near = SearchQuery::Near{centreLat, centreLon, 2500};
        q.order = SearchQuery::ByDistance;
        QString error;
        const QList<SearchResult> results = Search::run(db(), q, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList places;
        for (const SearchResult &r : results)
            places.append(r.placeUid);
        QCOMPARE(places, (QStringList{QStringLiteral("p-pijp"), QStringLiteral("p-pijp"), QStringLiteral("p-1900"), QStringLiteral("p-2100")}));
        QVERIFY(qAbs(results.at(2).distanceMetres - 1900) < 2);
        QVERIFY(qAbs(results.at(3).distanceMetres - 2100) < 2);
        QCOMPARE(results.at(0).distanceMetres, 0.0);
    }

    void orderByStartThenTitle()
    {
        SearchQuery q = week();
        QString error;
        const QList<SearchResult> results = Search::run(db(), q, &error);
        QCOMPARE(results.size(), 6);
        for (int i = 1; i < results.size(); ++i)
            QVERIFY(results.at(i - 1).start <= results.at(i).start);
        QCOMPARE(results.first().title, QStringLiteral("Taalcafé"));
        QCOMPARE(results.first().start, utc("2026-03-02T09:00:00Z"));
        QCOMPARE(results.first().languages, (QStringList{QStringLiteral("nl"), QStringLiteral("en"), QStringLiteral("ar")}));
        QCOMPARE(results.first().distanceMetres, -1.0);
        QCOMPARE(results.first().occurrenceUid, OccurrenceId::make(QStringLiteral("a-taal"), results.first().start));
        q.limit = 2;
        q.offset = 1;
        const QList<SearchResult> page = Search::run(db(), q, &error);
        QCOMPARE(page.size(), 2);
        QCOMPARE(page.first().occurrenceUid, results.at(1).occurrenceUid);
    }

    void titleInContentLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("near");
        QTest::addColumn<QString>("activityUid");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("titleLanguage");
        const QString koken = QStringLiteral("a-koken"), taal = QStringLiteral("a-taal"), yoga = QStringLiteral("a-yoga");
        const QString samenKoken = QStringLiteral("Samen koken");
        const QString ar = QStringLiteral("ar"), en = QStringLiteral("en"), nl = QStringLiteral("nl");
        QTest::newRow("ar, translated") << ar << false << koken << QStringLiteral("الطبخ معاً") << ar;
        QTest::newRow("ar, translated, near a point") << ar << true << koken << QStringLiteral("الطبخ معاً") << ar;
        QTest::newRow("en, translated") << en << false << koken << QStringLiteral("Cooking together") << en;
        QTest::newRow("nl, the original") << nl << false << koken << samenKoken << nl;
        QTest::newRow("no language: the original") << QString() << false << koken << samenKoken << nl;
        QTest::newRow("ar, untranslated") << ar << false << taal << QStringLiteral("Taalcafé") << nl;
        QTest::newRow("ar, untranslated, near a point") << ar << true << taal << QStringLiteral("Taalcafé") << nl;
        QTest::newRow("en original, en") << en << false << yoga << QStringLiteral("Yoga for women") << en;
        QTest::newRow("en original, nl translation") << nl << false << yoga << QStringLiteral("Yoga voor vrouwen") << nl;
        QTest::newRow("en original, ar untranslated") << ar << false << yoga << QStringLiteral("Yoga for women") << en;
        QTest::newRow("language code is bound, not spliced") << QStringLiteral("ar' OR 1=1 --") << false << koken << samenKoken << nl;
    }
    void titleInContentLanguage()
    {
        QFETCH(QString, language);
        QFETCH(bool, near);
        QFETCH(QString, activityUid);
        QFETCH(QString, title);
        QFETCH(QString, titleLanguage);
        SearchQuery q = week();
        q.contentLanguage = language;
        if (near)
            q.near = SearchQuery::Near{centreLat, centreLon, 2000};
        QString error;
        const QList<SearchResult> results = Search::run(db(), q, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int seen = 0;
        for (const SearchResult &r : results) {
            if (r.activityUid != activityUid)
                continue;
            ++seen;
            QCOMPARE(r.title, title);
            QCOMPARE(r.titleLanguage, titleLanguage);
        }
        QCOMPARE(seen, 1);
    }

    void planDrivesFromTheSelectiveSide_data()
    {
        QTest::addColumn<SearchQuery>("query");
        QTest::addColumn<QString>("driver");
        SearchQuery nearText = week();
        nearText.near = SearchQuery::Near{centreLat, centreLon, 2000};
        nearText.text = QStringLiteral("koffie");
        QTest::newRow("near me: R*Tree then sessions per place") << nearText << QStringLiteral("USING INDEX occurrence_place");
        SearchQuery text = week();
        text.text = QStringLiteral("moestuin");
        QTest::newRow("rare words: FTS then sessions per activity") << text << QStringLiteral("USING INDEX occurrence_activity");
        QTest::newRow("no words: the time window") << week() << QStringLiteral("USING INDEX occurrence_start");
        // Titles in the resident's language: one primary-key lookup per row, the driver unchanged.
        nearText.contentLanguage = text.contentLanguage = QStringLiteral("ar");
        SearchQuery translated = week();
        translated.contentLanguage = QStringLiteral("ar");
        QTest::newRow("near me, translated titles") << nearText << QStringLiteral("USING INDEX occurrence_place");
        QTest::newRow("rare words, translated titles") << text << QStringLiteral("USING INDEX occurrence_activity");
        QTest::newRow("no words, translated titles") << translated << QStringLiteral("USING INDEX occurrence_start");
    }
    void planDrivesFromTheSelectiveSide()
    {
        QFETCH(SearchQuery, query);
        QFETCH(QString, driver);
        QString error;
        const QStringList plan = Search::explain(db(), query, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(!plan.isEmpty() && plan.first().startsWith(QStringLiteral("SEARCH o ")) && plan.first().contains(driver),
                 qPrintable(plan.join(QLatin1Char('\n'))));
        if (!query.contentLanguage.isEmpty()) {
            const bool byKey = std::any_of(plan.cbegin(), plan.cend(), [](const QString &step) {
                return step.startsWith(QStringLiteral("SEARCH t USING PRIMARY KEY (activity_id=? AND lang=?)"));
            });
            QVERIFY2(byKey, qPrintable(plan.join(QLatin1Char('\n'))));
        }
    }

    void cancelledSessionsShowUnlessExcluded()
    {
        const qint64 start = utc("2026-03-02T09:00:00Z");
        const QString uid = OccurrenceId::make(QStringLiteral("a-taal"), start);
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT id FROM activity WHERE uid = 'a-taal'"));
        QVERIFY(q.exec() && q.next());
        const qint64 id = q.value(0).toLongLong();
        insert(db(), QStringLiteral("INSERT INTO occurrence_override (occurrence_uid, activity_id, original_start, status) VALUES (?, ?, ?, 'cancelled')"),
               {uid, id, start});
        QString error;
        QVERIFY2(SearchIndex::activityChanged(db(), id, &error), qPrintable(error));
        SearchQuery query = week();
        query.text = QStringLiteral("taalcafe");
        const QList<SearchResult> shown = Search::run(db(), query, &error);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().status, QStringLiteral("cancelled"));
        query.includeCancelled = false;
        QVERIFY(Search::run(db(), query, &error).isEmpty());
        q.prepare(QStringLiteral("DELETE FROM occurrence_override WHERE occurrence_uid = ?"));
        q.bindValue(0, uid);
        QVERIFY(q.exec());
        QVERIFY2(SearchIndex::activityChanged(db(), id, &error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
