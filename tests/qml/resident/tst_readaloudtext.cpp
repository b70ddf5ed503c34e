// SPDX-License-Identifier: GPL-3.0-or-later
// What "Read aloud" says for an activity: what, when (spoken: "today", "tomorrow", weekday
// and date in the UI language), where, and the cost, in each case the page can show.
// The sentence templates are English source strings here (no translator loaded); the
// dates and times follow the locale, as they do in the app.
#include "resident/readaloudtext.h"

#include <QTest>
#include <QTimeZone>

using namespace Buurtplein;

namespace {
const QTimeZone amsterdam("Europe/Amsterdam");

ReadAloudText::Session session(int day, int startHour, int endHour, bool cancelled = false)
{
    return {QDateTime(QDate(2026, 11, day), QTime(startHour, 30), amsterdam),
            QDateTime(QDate(2026, 11, day), QTime(endHour, 0), amsterdam), cancelled};
}
} // namespace

class TestReadAloudText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compose_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QList<ReadAloudText::Session>>("sessions");
        QTest::addColumn<QString>("placeName");
        QTest::addColumn<bool>("free");
        QTest::addColumn<QString>("expected");

        // Monday 23 November 2026 is "today" throughout.
        const QList<ReadAloudText::Session> thursday{session(26, 19, 21), session(27, 19, 21)};
        QTest::newRow("nl free, weekday")
            << "nl_NL" << thursday << "Buurthuis Het Anker" << true
            << "Taalcafé. Next time: donderdag 26 november, from 19:30 to 21:00. "
               "Where: Buurthuis Het Anker, Javastraat 12. It is free.";
        QTest::newRow("en cost, weekday")
            << "en_GB" << thursday << "Buurthuis Het Anker" << false
            << "Taalcafé. Next time: Thursday 26 November, from 19:30 to 21:00. "
               "Where: Buurthuis Het Anker, Javastraat 12. It costs € 2,50. Bring a cup.";
        QTest::newRow("en today, no fixed place")
            << "en_GB" << QList<ReadAloudText::Session>{session(23, 10, 12)} << "" << true
            << "Taalcafé. Next time: today, from 10:30 to 12:00. It has no fixed place. It is free.";
        QTest::newRow("nl tomorrow")
            << "nl_NL" << QList<ReadAloudText::Session>{session(24, 14, 16)} << "Buurthuis Het Anker" << true
            << "Taalcafé. Next time: tomorrow, from 14:30 to 16:00. "
               "Where: Buurthuis Het Anker, Javastraat 12. It is free.";
        QTest::newRow("en cancelled, then the next")
            << "en_GB" << QList<ReadAloudText::Session>{session(26, 19, 21, true), session(27, 19, 21, true), session(30, 9, 11)}
            << "Buurthuis Het Anker" << true
            << "Taalcafé. The session of Thursday 26 November at 19:30 is cancelled. "
               "The next one is Monday 30 November, from 09:30 to 11:00. "
               "Where: Buurthuis Het Anker, Javastraat 12. It is free.";
        QTest::newRow("en every date cancelled")
            << "en_GB" << QList<ReadAloudText::Session>{session(26, 19, 21, true)} << "" << true
            << "Taalcafé. The session of Thursday 26 November at 19:30 is cancelled. It has no fixed place. It is free.";
        QTest::newRow("en no dates")
            << "en_GB" << QList<ReadAloudText::Session>{} << "Buurthuis Het Anker" << true
            << "Taalcafé. No dates are planned. Where: Buurthuis Het Anker, Javastraat 12. It is free.";
        // Arabic: the weekday and month in Arabic, digits as the Arabic locale writes them.
        QTest::newRow("ar free, weekday")
            << "ar_EG" << thursday << "Buurthuis Het Anker" << true
            << QString::fromUtf8("Taalcafé. Next time: الخميس ٢٦ نوفمبر, from ٧:٣٠ م to ٩:٠٠ م. "
                                 "Where: Buurthuis Het Anker, Javastraat 12. It is free.");
    }

    void compose()
    {
        QFETCH(QString, locale);
        QFETCH(QList<ReadAloudText::Session>, sessions);
        QFETCH(QString, placeName);
        QFETCH(bool, free);
        QFETCH(QString, expected);

        ReadAloudText::Essentials e;
        e.title = QStringLiteral("Taalcafé");
        e.sessions = sessions;
        e.placeName = placeName;
        e.street = placeName.isEmpty() ? QString() : QStringLiteral("Javastraat 12");
        e.free = free;
        e.costText = free ? QString() : QStringLiteral("€ 2,50");
        e.costNote = free ? QString() : QStringLiteral("Bring a cup");
        QCOMPARE(ReadAloudText::compose(e, QLocale(locale), QDate(2026, 11, 23)), expected);
    }

    void noDoubleFullStop()
    {
        ReadAloudText::Essentials e;
        e.title = QStringLiteral("Koffie?");
        e.placeName = QStringLiteral("Bibliotheek");
        e.free = false;
        e.costText = QStringLiteral("€ 1,00");
        e.costNote = QStringLiteral("Koffie inbegrepen.");
        QCOMPARE(ReadAloudText::compose(e, QLocale(QStringLiteral("nl_NL")), QDate(2026, 11, 23)),
                 QStringLiteral("Koffie? No dates are planned. Where: Bibliotheek. It costs € 1,00. Koffie inbegrepen."));
    }
};

QTEST_GUILESS_MAIN(TestReadAloudText)

#include "tst_readaloudtext.moc"
