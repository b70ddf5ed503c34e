// SPDX-License-Identifier: GPL-3.0-or-later
// "Add to calendar" as a resident uses it (issue 19): the app's objects on the demo, the
// file handed to the platform's calendar. Joined every time, the file is the whole
// series (RRULE, the moved session at its new place, the cancelled one); one date joined,
// that date. Every event says where; the file lands in Documents/Buurtplein under the
// activity's name, and when no calendar app takes it the message names that short path.
#include "resident/handoff.h"
#include "app/approot.h"
#include "demoroot.h"
#include "platform/devicepaths.h"
#include "resident/myactivitiesmodel.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Buurtplein;

class TestCalendarExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString read(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).replace(QStringLiteral("\r\n "), QString());
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Documents is not redirected by the test mode: a home of its own keeps the files here.
        QVERIFY(m_dir.isValid());
        qputenv("HOME", m_dir.path().toLocal8Bit());
        QStandardPaths::setTestModeEnabled(true);
    }

    void seriesOrOneDate()
    {
        AppRoot session;
        QString error;
        QVERIFY2(session.open(TestSupport::demoRootOptions(m_dir.filePath(QStringLiteral("app.sqlite"))), &error), qPrintable(error));
        AppRoot *app = &session;
        QSignalSpy failed(app->handoff(), &Handoff::actionFailed);

        // Joined every time: the dialogue evening's whole series, with its moved session.
        const QString dialoog = QStringLiteral("demo:dialoog-meevaart");
        QVERIFY(TestSupport::written(app->myActivities(), [&] { app->myActivities()->joinSeries(dialoog); }));
        QSignalSpy written(app->handoff(), &Handoff::calendarFileWritten);
        app->handoff()->addToCalendar(dialoog, dialoog + QStringLiteral("/20261210T183000Z"));
        // Written off the UI thread: nothing is there the moment the button is tapped.
        QVERIFY(written.isEmpty());
        QVERIFY(written.wait(5000));
        const QString series = app->handoff()->lastCalendarFile();
        QCOMPARE(written.last().first().toString(), series);
        QVERIFY2(series.startsWith(m_dir.path()) && series.startsWith(DevicePaths::calendarDirectory()), qPrintable(series));
        QCOMPARE(QFileInfo(series).fileName(), QStringLiteral("Buren-in-gesprek.ics")); // the activity's title
        QCOMPARE(DevicePaths::displayPath(series), QStringLiteral("Documents/Buurtplein/Buren-in-gesprek.ics"));
        const QString text = read(series);
        QVERIFY2(text.contains(QStringLiteral("RRULE:FREQ=MONTHLY")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("RECURRENCE-ID")));
        QVERIFY(text.contains(QStringLiteral("LOCATION:Activiteitencentrum VONK")));
        QVERIFY(text.contains(QStringLiteral("LOCATION:Buurthuis De Meevaart")));
        QCOMPARE(text.count(QStringLiteral("BEGIN:VEVENT")), text.count(QStringLiteral("\r\nGEO:")));
        if (!failed.isEmpty()) {
            // No calendar app on this machine: the message names the file as a person finds it.
            const QString message = failed.last().first().toString();
            QVERIFY2(message.contains(DevicePaths::displayPath(series)), qPrintable(message));
        }

        // One date joined: that date only, at its place.
        const QString taalcafe = QStringLiteral("demo:taalcafe-javaplein");
        const QString tuesday = taalcafe + QStringLiteral("/20261124T130000Z");
        QVERIFY(TestSupport::written(app->myActivities(), [&] { app->myActivities()->joinOccurrence(taalcafe, tuesday); }));
        app->handoff()->addToCalendar(taalcafe, tuesday);
        QVERIFY(written.wait(5000));
        const QString one = read(app->handoff()->lastCalendarFile());
        QCOMPARE(one.count(QStringLiteral("BEGIN:VEVENT")), 1);
        QVERIFY(!one.mid(one.indexOf(QStringLiteral("BEGIN:VEVENT"))).contains(QStringLiteral("RRULE"))); // only the time zone's rules
        QVERIFY(one.contains(QStringLiteral("DTSTART;TZID=Europe/Amsterdam:20261124T140000")));
        QVERIFY(one.contains(QStringLiteral("LOCATION:OBA Javaplein")));
        QVERIFY(app->handoff()->lastCalendarFile() != series);

        // An activity the catalogue does not have: a sentence, and no file named for it.
        failed.clear();
        const QString before = app->handoff()->lastCalendarFile();
        app->handoff()->addToCalendar(QStringLiteral("demo:no-such-activity"));
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.last().first().toString(), QStringLiteral("This activity cannot be added to your calendar."));
        QCOMPARE(app->handoff()->lastCalendarFile(), before);
    }
};

QTEST_MAIN(TestCalendarExport)
#include "tst_calendarexport.moc"
