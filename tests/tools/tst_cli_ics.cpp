// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestCliIcs : public QObject
{
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(BUURTPLEIN_BIN_DIR "/buurtplein-cli"), args);
        Run r;
        if (!p.waitForFinished(60000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    static QString shared(const char *name) { return QStringLiteral(BUURTPLEIN_SHARED_DATA "/ics/") + QLatin1String(name); }
    static QString fixture(const char *name) { return QStringLiteral(BUURTPLEIN_TEST_DATA "/ics/") + QLatin1String(name); }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QFile::exists(QStringLiteral(BUURTPLEIN_BIN_DIR "/buurtplein-cli")));
        QVERIFY(m_dir.isValid());
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
        const Run r = run({QStringLiteral("occurrences"), QStringLiteral("--ics"), file, QStringLiteral("--from"), from, QStringLiteral("--to"), to});
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
        QTest::newRow("no --to") << QStringList{"occurrences", "--ics", dst, "--from", "2026-04-01T00:00:00Z"} << "usage";
        QTest::newRow("import broken") << QStringList{"import-ics", "--db", m_dir.filePath(QStringLiteral("bad.db")), shared("icaljs__invalid_blank_line.ics")}
                                       << "Nothing was imported";
        QTest::newRow("export from missing db") << QStringList{"export-ics", "--db", m_dir.filePath(QStringLiteral("none.db")), "--activity", "x"} << "no catalogue";
        QTest::newRow("export bad reminder") << QStringList{"export-ics", "--db", m_dir.filePath(QStringLiteral("none.db")), "--activity", "x", "--reminder", "soon"} << "--reminder";
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }

    void importThenExport()
    {
        const QString db = m_dir.filePath(QStringLiteral("catalogue.db"));
        const QString file = shared("khal__rrule_recurrence_id_cancelled.ics");
        for (int round = 0; round < 2; ++round) { // the second import updates, it does not duplicate
            const Run r = run({QStringLiteral("import-ics"), QStringLiteral("--db"), db, file});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const QJsonObject result = QJsonDocument::fromJson(r.out).object();
            QCOMPARE(result[QLatin1String("imported")].toInt(), 1);
            QCOMPARE(result[QLatin1String("skipped")].toArray().size(), 0);
        }
        const Run r = run({QStringLiteral("export-ics"), QStringLiteral("--db"), db, QStringLiteral("--activity"),
                           QStringLiteral("ics:event_rrule_recurrence_id"), QStringLiteral("--reminder"), QStringLiteral("30")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.count("BEGIN:VEVENT"), 3);
        for (const char *needle : {"UID:event_rrule_recurrence_id\r\n", "TRIGGER:-PT30M\r\n", "STATUS:CANCELLED\r\n",
                                   "RECURRENCE-ID;TZID=Europe/Berlin:20140714T070000\r\n", "DTSTART;TZID=Europe/Berlin:20140707T090000\r\n",
                                   "TZID:Europe/Berlin\r\n"})
            QVERIFY2(r.out.contains(needle), needle);

        const Run one = run({QStringLiteral("export-ics"), QStringLiteral("--db"), db, QStringLiteral("--activity"),
                             QStringLiteral("ics:event_rrule_recurrence_id"), QStringLiteral("--occurrence"),
                             QStringLiteral("ics:event_rrule_recurrence_id/20140721T050000Z")});
        QVERIFY2(one.exitCode == 0, one.err.constData());
        QCOMPARE(one.out.count("BEGIN:VEVENT"), 1);
        QVERIFY(one.out.contains("DTSTART;TZID=Europe/Berlin:20140721T070000\r\n"));
        QVERIFY(one.out.contains("TRIGGER:-PT60M\r\n"));

        const Run missing = run({QStringLiteral("export-ics"), QStringLiteral("--db"), db, QStringLiteral("--activity"), QStringLiteral("ics:nope")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliIcs)
#include "tst_cli_ics.moc"
