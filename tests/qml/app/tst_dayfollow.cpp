// SPDX-License-Identifier: GPL-3.0-or-later
// The app left open over midnight (issue 21): the home list, the search and My activities
// take the new day without a restart, and the search window follows it. The whole
// AppRoot on the demo neighbourhood, its clock starting two seconds before Monday.
#include "demoroot.h"

#include "app/approot.h"
#include "common/occurrencelistmodel.h"
#include "resident/searchmodel.h"
#include "resident/upcomingmodel.h"
#include "search/windowkeeper.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Buurtplein;
using namespace Buurtplein::TestSupport;

class TestDayFollow : public QObject
{
    Q_OBJECT

    // The day labels of the list's sessions that start on @p day (Amsterdam).
    static QStringList labelsOn(const OccurrenceListModel *model, const QDate &day)
    {
        QStringList out;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row);
            const QDateTime start = index.data(OccurrenceListModel::StartRole).toDateTime();
            if (start.toTimeZone(QTimeZone("Europe/Amsterdam")).date() == day)
                out.append(index.data(OccurrenceListModel::DayRole).toString());
        }
        out.removeDuplicates();
        return out;
    }

private Q_SLOTS:
    void initTestCase() { prepareAppTest(); }

    void theListsTakeTheNewDay()
    {
        AppRoot root;
        AppRootOptions options = demoRootOptions(QStringLiteral(":memory:"));
        // Sunday 22 November 2026, 23:59:58 in Amsterdam; the clock runs on from there.
        options.now = QDateTime(QDate(2026, 11, 22), QTime(22, 59, 58), Qt::UTC);
        options.startSync = false;
        options.dayCheckMs = 200;
        QString error;
        QVERIFY2(root.open(options, &error), qPrintable(error));
        QSignalSpy moved(root.windowKeeper(), &WindowKeeper::finished);
        const QDate monday(2026, 11, 23);
        QTRY_VERIFY_WITH_TIMEOUT(!labelsOn(root.upcoming(), monday).isEmpty(), 10000);
        QCOMPARE(labelsOn(root.upcoming(), monday), QStringList{QStringLiteral("Tomorrow")});
        QTRY_VERIFY_WITH_TIMEOUT(!labelsOn(root.search(), monday).isEmpty(), 10000);
        QCOMPARE(labelsOn(root.search(), monday), QStringList{QStringLiteral("Tomorrow")});

        // Midnight passes with the app open: Monday's sessions are today's now.
        QTRY_COMPARE_WITH_TIMEOUT(labelsOn(root.upcoming(), monday), QStringList{QStringLiteral("Today")}, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(labelsOn(root.search(), monday), QStringList{QStringLiteral("Today")}, 10000);
        // The search window counts in UTC days: it did not move at Amsterdam's midnight.
        for (const QList<QVariant> &answer : std::as_const(moved))
            QVERIFY(!answer.first().toBool());
    }

    // The app open at 00:00 UTC (01:00 in Amsterdam): the index's window moves on, off the UI thread.
    void theWindowFollowsTheUtcDay()
    {
        AppRoot root;
        AppRootOptions options = demoRootOptions(QStringLiteral(":memory:"));
        options.now = QDateTime(QDate(2026, 11, 22), QTime(23, 59, 58), Qt::UTC);
        options.startSync = false;
        options.dayCheckMs = 200;
        QString error;
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(root.open(options, &error), qPrintable(error));
        QSignalSpy moved(root.windowKeeper(), &WindowKeeper::finished);
        qint64 movedAt = -1;
        connect(root.windowKeeper(), &WindowKeeper::finished, this, [&](bool hasMoved) {
            if (hasMoved && movedAt < 0)
                movedAt = clock.elapsed();
        });
        // The keeper moves the window once 00:00 UTC has passed (two seconds after the start), not before.
        QTRY_VERIFY_WITH_TIMEOUT(movedAt >= 0, 20000);
        QVERIFY2(movedAt >= 1900, qPrintable(QString::number(movedAt)));
    }
};

QTEST_MAIN(TestDayFollow)
#include "tst_dayfollow.moc"
