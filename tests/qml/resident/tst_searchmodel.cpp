// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/cataloguestore.h"
#include "storage/database.h"
#include "places/demoloader.h"
#include "search/searchindex.h"
#include "resident/searchmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Buurtplein;

class TestSearchModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;
    // Monday 23 November 2026, 09:00 in Amsterdam.
    const QDateTime m_now{QDate(2026, 11, 23), QTime(8, 0), Qt::UTC};

    // Waits for the answer to the latest question.
    static bool settle(SearchModel &model)
    {
        return QTest::qWaitFor([&model] { return !model.isBusy(); }, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("catalogue.sqlite"));
        QVERIFY(m_db.open(m_path));
        CatalogueStore store(m_db);
        QString error;
        QVERIFY2(DemoLoader::load(store, QStringLiteral(BUURTPLEIN_ASSETS "/demo/demo-neighbourhood.json"), &error),
                 qPrintable(error));
        QVERIFY2(SearchIndex::rebuild(m_db.connection(), m_now, 8, &error), qPrintable(error));
    }

    void answersOnAnotherThread()
    {
        SearchModel model(m_path);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy ready(&model, &SearchModel::resultsReady);
        model.setNow(m_now);
        QVERIFY(model.isBusy());
        QCOMPARE(model.rowCount(), 0); // nothing arrives synchronously
        QVERIFY(settle(model));
        QCOMPARE(ready.count(), 1);
        QVERIFY(model.errorString().isEmpty());
        const int everything = model.rowCount();
        QVERIFY(everything > 20);

        model.setText(QStringLiteral("taalcafe"));
        QVERIFY(model.isBusy());
        QVERIFY(settle(model));
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.rowCount() < everything);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row).data(OccurrenceListModel::TitleRole).toString(), QStringLiteral("Taalcafé"));
    }

    void onlyTheLatestAnswerCounts()
    {
        SearchModel model(m_path);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDebounceMs(0);
        model.setNow(m_now);
        QVERIFY(settle(model));
        const int everything = model.rowCount();
        QSignalSpy ready(&model, &SearchModel::resultsReady);
        // Several questions reach the worker before the first answer is read.
        model.setText(QStringLiteral("taalcafe"));
        QCoreApplication::processEvents();
        model.setText(QStringLiteral("qqqq-nothing"));
        QCoreApplication::processEvents();
        model.setText(QString());
        QVERIFY(settle(model));
        QCOMPARE(ready.count(), 1);
        QCOMPARE(model.rowCount(), everything);
    }

    void filtersNarrowAndClear()
    {
        SearchModel model(m_path);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDebounceMs(0);
        model.setNow(m_now);
        QVERIFY(settle(model));
        const int everything = model.rowCount();

        QSignalSpy filters(&model, &SearchModel::filtersChanged);
        model.toggleCategory(QStringLiteral("taal_ontmoeting"));
        QCOMPARE(filters.count(), 1);
        QCOMPARE(model.activeFilterCount(), 1);
        QVERIFY(settle(model));
        QVERIFY(model.rowCount() > 0 && model.rowCount() < everything);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row).data(OccurrenceListModel::CategoryRole).toString(), QStringLiteral("taal_ontmoeting"));

        model.setFreeOnly(true);
        model.setDay(1);
        QCOMPARE(model.activeFilterCount(), 3);
        QVERIFY(settle(model));
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row).data(OccurrenceListModel::FreeRole).toBool());

        model.clearFilters();
        QCOMPARE(model.activeFilterCount(), 0);
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), everything);
        // Setting what is already set asks nothing new.
        model.clearFilters();
        QVERIFY(!model.isBusy());
    }

    void distancesFollowTheOrigin()
    {
        SearchModel model(m_path);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDebounceMs(0);
        model.setNow(m_now);
        QVERIFY(settle(model));
        QCOMPARE(model.index(0).data(OccurrenceListModel::DistanceRole).toDouble(), -1.0);
        QVERIFY(model.index(0).data(OccurrenceListModel::DistanceTextRole).toString().isEmpty());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSearchOrigin(SearchQuery::Near{52.364156, 4.938757, 0}); // OBA Javaplein
        QCOMPARE(changed.count(), 1);
        bool sawZero = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const double metres = model.index(row).data(OccurrenceListModel::DistanceRole).toDouble();
            if (model.index(row).data(OccurrenceListModel::PlaceUidRole).toString() == QLatin1String("mvzn:MV2946-1")) {
                QVERIFY(metres < 1);
                sawZero = true;
            }
        }
        QVERIFY(sawZero);

        // A radius keeps only what lies within it.
        model.setRadiusMetres(300);
        QVERIFY(settle(model));
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row).data(OccurrenceListModel::DistanceRole).toDouble() <= 300);
    }
};

QTEST_GUILESS_MAIN(TestSearchModel)
#include "tst_searchmodel.moc"
