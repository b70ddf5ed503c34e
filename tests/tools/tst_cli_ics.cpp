// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace Buurtplein::CliTest;

class TestCliIcs : public QObject
{
    Q_OBJECT

private:
    static QString shared(const char *name) { return QStringLiteral(BUURTPLEIN_SHARED_DATA "/ics/") + QLatin1String(name); }
    static QString fixture(const char *name) { return QStringLiteral(BUURTPLEIN_TEST_DATA "/ics/") + QLatin1String(name); }

    QTemporaryDir m_dir;
    QString m_catalogue;  // one imported series, copied for each refusal
    QStringList m_counts; // its rows per table

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = cliSetupProblem(&m_dir);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_catalogue = m_dir.filePath(QStringLiteral("populated.db"));
        const CliRun r = runCli({QStringLiteral("import-ics"), QStringLiteral("--db"), m_catalogue, shared("khal__rrule_recurrence_id_cancelled.ics")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        m_counts = rowCounts(m_catalogue);
        QVERIFY(m_counts.contains(QStringLiteral("activity: 1")));
    }

    void occurrences_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("starts");
        QTest::addColumn<QStringList>("statuses");
        QTest::newRow("02:30 on the DST night") << fixture("weekly_dst_amsterdam.ics") << "2026-03-29T00:00:00+01:00" << "2026-03-30T00:00:00+02:00"
            << QStringList{"2026-03-29T03:30:00+02:00"} << QStringList{"scheduled"};
        QTest::newRow("around the DST change") << fixture("weekly_dst_amsterdam.ics") << "2026-03-20T00:00:00Z" << "2026-04-06T00:00:00Z"
            << QStringList{"2026-03-22T02:30:00+01:00", "2026-03-29T03:30:00+02:00", "2026-04-05T02:30:00+02:00"}
            << QStringList{"scheduled", "scheduled", "scheduled"};
        QTest::newRow("moved and cancelled") << shared("khal__rrule_recurrence_id_cancelled.ics") << "2014-07-01T00:00:00Z" << "2014-07-20T00:00:00Z"
            << QStringList{"2014-07-07T09:00:00+02:00", "2014-07-14T07:00:00+02:00"} << QStringList{"moved", "cancelled"};
        QTest::newRow("empty window") << shared("khal__rrule_recurrence_id_cancelled.ics") << "2020-01-01T00:00:00Z" << "2020-02-01T00:00:00Z"
            << QStringList{} << QStringList{};
    }

    void occurrences()
    {
        QFETCH(QString, file);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QStringList, starts);
        QFETCH(QStringList, statuses);
        const CliRun r = runCli({QStringLiteral("occurrences"), QStringLiteral("--ics"), file, QStringLiteral("--from"), from, QStringLiteral("--to"), to});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonDocument doc = QJsonDocument::fromJson(r.out);
        QVERIFY(doc.isArray());
        QStringList gotStarts, gotStatuses;
        for (const QJsonValue &v : doc.array()) {
            QVERIFY(!v[QLatin1String("uid")].toString().isEmpty());
            gotStarts.append(v[QLatin1String("start")].toString());
            gotStatuses.append(v[QLatin1String("status")].toString());
        }
        QCOMPARE(gotStarts, starts);
        QCOMPARE(gotStatuses, statuses);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString dst = fixture("weekly_dst_amsterdam.ics");
        QTest::newRow("broken file") << QStringList{"occurrences", "--ics", shared("icalendar__broken_double_semicolon_param.ics"), "--from", "2014-01-01T00:00:00Z", "--to", "2015-01-01T00:00:00Z"}
                                     << "line 4: DTSTART has an empty parameter";
        QTest::newRow("blank line") << QStringList{"occurrences", "--ics", shared("icaljs__invalid_blank_line.ics"), "--from", "2014-01-01T00:00:00Z", "--to", "2015-01-01T00:00:00Z"}
                                    << "line 3: blank line";
        QTest::newRow("missing file") << QStringList{"occurrences", "--ics", "/nonexistent/x.ics", "--from", "2014-01-01T00:00:00Z", "--to", "2015-01-01T00:00:00Z"}
                                      << "Cannot open";
        QTest::newRow("no offset") << QStringList{"occurrences", "--ics", dst, "--from", "2026-03-01T00:00:00", "--to", "2026-04-01T00:00:00Z"} << "offset";
        QTest::newRow("reversed window") << QStringList{"occurrences", "--ics", dst, "--from", "2026-04-01T00:00:00Z", "--to", "2026-03-01T00:00:00Z"} << "later";
        QTest::newRow("no --to") << QStringList{"occurrences", "--ics", dst, "--from", "2026-04-01T00:00:00Z"} << "occurrences needs --to";
        QTest::newRow("unknown option") << QStringList{"occurrences", "--ics", dst, "--from", "2026-04-01T00:00:00Z", "--to", "2026-05-01T00:00:00Z", "--colour", "red"}
                                        << "occurrences has no option --colour";
        QTest::newRow("import broken") << QStringList{"import-ics", "--db", m_dir.filePath(QStringLiteral("bad.db")), shared("icaljs__invalid_blank_line.ics")}
                                       << "Nothing was imported";
        QTest::newRow("export from missing db") << QStringList{"export-ics", "--db", m_dir.filePath(QStringLiteral("none.db")), "--activity", "x"} << "no catalogue";
        QTest::newRow("export bad reminder") << QStringList{"export-ics", "--db", m_dir.filePath(QStringLiteral("none.db")), "--activity", "x", "--reminder", "soon"} << "--reminder";
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString problem = whyNotRefused(runCli(args), message);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // A refused import or export leaves no catalogue behind where there was none.
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.db"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.db"))));
    }

    // "@db" stands for a copy of the imported catalogue, which the refusal must leave as it was.
    void refusalKeepsCatalogue_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString good = fixture("weekly_dst_amsterdam.ics");
        QTest::newRow("import, blank line") << QStringList{"import-ics", "--db", "@db", shared("icaljs__invalid_blank_line.ics")} << "line 3: blank line";
        QTest::newRow("import, broken parameter") << QStringList{"import-ics", "--db", "@db", shared("icalendar__broken_double_semicolon_param.ics")} << "empty parameter";
        QTest::newRow("import, no such file") << QStringList{"import-ics", "--db", "@db", "/nonexistent/a.ics"} << "Cannot open";
        QTest::newRow("import, unknown option") << QStringList{"import-ics", "--db", "@db", good, "--colour", "red"} << "import-ics has no option --colour";
        QTest::newRow("import, two files") << QStringList{"import-ics", "--db", "@db", good, good} << "Unexpected argument";
        QTest::newRow("import, category twice") << QStringList{"import-ics", "--db", "@db", good, "--category", "dialoog", "--category", "dialoog"} << "--category is given twice";
        QTest::newRow("occurrences, given a catalogue") << QStringList{"occurrences", "--db", "@db", "--ics", good, "--from", "2026-03-01T00:00:00Z", "--to", "2026-04-01T00:00:00Z"}
                                                        << "occurrences has no option --db";
        QTest::newRow("export, unknown option") << QStringList{"export-ics", "--db", "@db", "--activity", "ics:event_rrule_recurrence_id", "--colour", "red"}
                                                << "export-ics has no option --colour";
    }

    void refusalKeepsCatalogue()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString db = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(QRegularExpression(QStringLiteral("\\W+")), QStringLiteral("-")));
        QVERIFY(QFile::copy(m_catalogue, db));
        QCOMPARE(rowCounts(db), m_counts);
        const QString problem = whyNotRefused(runCli(args.replaceInStrings(QStringLiteral("@db"), db)), message);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(rowCounts(db), m_counts);
    }

    void importThenExport()
    {
        const QString db = m_dir.filePath(QStringLiteral("catalogue.db"));
        const QString file = shared("khal__rrule_recurrence_id_cancelled.ics");
        for (int round = 0; round < 2; ++round) { // the second import updates, it does not duplicate
            const CliRun r = runCli({QStringLiteral("import-ics"), QStringLiteral("--db"), db, file});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const QJsonObject result = QJsonDocument::fromJson(r.out).object();
            QCOMPARE(result[QLatin1String("imported")].toInt(), 1);
            QCOMPARE(result[QLatin1String("skipped")].toArray().size(), 0);
        }
        const CliRun r = runCli({QStringLiteral("export-ics"), QStringLiteral("--db"), db, QStringLiteral("--activity"),
                           QStringLiteral("ics:event_rrule_recurrence_id"), QStringLiteral("--reminder"), QStringLiteral("30")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.count("BEGIN:VEVENT"), 3);
        for (const char *needle : {"UID:event_rrule_recurrence_id\r\n", "TRIGGER:-PT30M\r\n", "STATUS:CANCELLED\r\n",
                                   "RECURRENCE-ID;TZID=Europe/Berlin:20140714T070000\r\n", "DTSTART;TZID=Europe/Berlin:20140707T090000\r\n",
                                   "TZID:Europe/Berlin\r\n"})
            QVERIFY2(r.out.contains(needle), needle);

        const CliRun one = runCli({QStringLiteral("export-ics"), QStringLiteral("--db"), db, QStringLiteral("--activity"),
                             QStringLiteral("ics:event_rrule_recurrence_id"), QStringLiteral("--occurrence"),
                             QStringLiteral("ics:event_rrule_recurrence_id/20140721T050000Z")});
        QVERIFY2(one.exitCode == 0, one.err.constData());
        QCOMPARE(one.out.count("BEGIN:VEVENT"), 1);
        QVERIFY(one.out.contains("DTSTART;TZID=Europe/Berlin:20140721T070000\r\n"));
        QVERIFY(one.out.contains("TRIGGER:-PT60M\r\n"));

        const CliRun missing = runCli({QStringLiteral("export-ics"), QStringLiteral("--db"), db, QStringLiteral("--activity"), QStringLiteral("ics:nope")});
        const QString problem = whyNotRefused(missing, QStringLiteral("ics:nope"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestCliIcs)
#include "tst_cli_ics.moc"
