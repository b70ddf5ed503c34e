// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the .ts catalogues of assets/translations as a translator's tool would: Dutch must
// be complete, English (the source language) must give every plural message its forms,
// Arabic, Turkish, Polish, Ukrainian and Tigrinya must translate every message a resident
// sees, and no translation may lose or invent a placeholder.
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QString text;
    QStringList forms;

    QString where() const { return context + QLatin1String(": ") + source; }
};

QList<Message> readCatalogue(const QString &path, QString *language, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        current.forms.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                current.text = xml.readElementText();
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// %1..%9, %L1..%L9 and %n, as a set: word order may change, a placeholder may not go missing.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(?:L?[1-9]|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &m : marker.globalMatch(text))
        found.insert(m.captured());
    return found;
}

// Contexts that only social workers and evaluators see: the languages beyond Dutch and
// English may leave them unfinished. Any other context, a new one too, counts as a
// resident's and must be translated in every language (the sync card and its sentences
// too: a resident's device with a hub shows them in Settings).
bool staffOnly(const QString &context)
{
    static const QSet<QString> contexts = {
        // Social worker mode
        QStringLiteral("WorkerHomePage"), QStringLiteral("WorkerActivityPage"), QStringLiteral("ActivityEditorPage"),
        QStringLiteral("ScheduleEditorPage"), QStringLiteral("SessionLogPage"), QStringLiteral("MoveSessionPage"),
        QStringLiteral("ScheduleKindForm"), QStringLiteral("ScheduleTimeForm"), QStringLiteral("ScheduleHolidayOffers"),
        QStringLiteral("SchedulePreviewList"), QStringLiteral("DateField"), QStringLiteral("ActivityWhatSection"),
        QStringLiteral("ActivityTranslationsSection"), QStringLiteral("ActivityWhoSection"), QStringLiteral("ActivityPracticalSection"),
        QStringLiteral("SessionCountsForm"), QStringLiteral("DayPicker"), QStringLiteral("WorkerSessionRow"), QStringLiteral("HubLine"),
        QStringLiteral("LeaveOrganisationDialog"), QStringLiteral("EnrolledSummary"),
        QStringLiteral("CancelSessionDialog"), QStringLiteral("EnrolPage"), QStringLiteral("UnloggedSessionsCard"),
        QStringLiteral("SetAsideDialog"), QStringLiteral("CountStepper"), QStringLiteral("PlacePicker"),
        QStringLiteral("WorkerStore"), QStringLiteral("Buurtplein::WorkerSessionsModel"),
        QStringLiteral("Buurtplein::WorkerEnrolment"), QStringLiteral("Buurtplein::OrganisationActivitiesModel"),
        QStringLiteral("Buurtplein::ActivityEditor"), QStringLiteral("Buurtplein::ScheduleEditor"),
        QStringLiteral("Buurtplein::SessionLogEditor"), QStringLiteral("SessionLogCheck"),
        QStringLiteral("Buurtplein::SessionActions"), QStringLiteral("SchedulePatterns"),
        QStringLiteral("SchoolHolidayStore"), QStringLiteral("EnrolCode"), QStringLiteral("Buurtplein::UnloggedSessionsModel"),
        QStringLiteral("Buurtplein::SetAsideModel"), QStringLiteral("Buurtplein::SyncEngine"), QStringLiteral("ActivityCheck"),
        // Evaluators' dashboards
        QStringLiteral("DashboardPage"), QStringLiteral("EvaluatorSignInPage"), QStringLiteral("DashboardFilters"), QStringLiteral("DashboardSection"),
        QStringLiteral("StatsBars"), QStringLiteral("StatsNote"), QStringLiteral("StatsTableView"),
        QStringLiteral("TrendChart"), QStringLiteral("AreaShadingLayer"), QStringLiteral("AreaMap"), QStringLiteral("Buurtplein::EvaluatorSignIn"),
        QStringLiteral("Buurtplein::StatsClient"), QStringLiteral("Buurtplein::StatsTableModel"),
        QStringLiteral("QuarterlyReport"), QStringLiteral("Buurtplein::ReportExport"),
    };
    return contexts.contains(context);
}

// What a catalogue must translate.
enum class Coverage {
    Plurals, // the source language: only the plural forms
    Everything, // the default language
    Residents, // every message of a context a resident sees
};

QString catalogue(const char *code)
{
    return QStringLiteral(BUURTPLEIN_ASSETS "/translations/buurtplein_%1.ts").arg(QLatin1String(code));
}

} // namespace

class TstTranslationFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueIsFinished_data();
    void catalogueIsFinished();
    void placeholdersSurvive_data();
    void placeholdersSurvive();
    void pluralsDifferFromSingular();
};

void TstTranslationFiles::catalogueIsFinished_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("language");
    QTest::addColumn<Coverage>("coverage");
    QTest::addColumn<int>("pluralForms");
    // Dutch is the default language: every message. English is the source language: only
    // the plural messages need a translation ("1 hour before", "2 hours before").
    QTest::newRow("nl") << catalogue("nl") << QStringLiteral("nl_NL") << Coverage::Everything << 2;
    // The quarterly report's own catalogue (report/): its PDF is Dutch by default.
    QTest::newRow("report nl") << QStringLiteral(BUURTPLEIN_ASSETS "/translations/report_nl.ts") << QStringLiteral("nl_NL")
                               << Coverage::Everything << 2;
    QTest::newRow("en") << catalogue("en") << QStringLiteral("en_GB") << Coverage::Plurals << 2;
    // The plural forms Qt's rules give each language (lupdate writes the slots): Arabic
    // zero/one/two/few/many/other, Polish and Ukrainian one/few/many, Tigrinya n <= 1 and
    // the rest, Turkish a single form.
    QTest::newRow("ar") << catalogue("ar") << QStringLiteral("ar_EG") << Coverage::Residents << 6;
    QTest::newRow("tr") << catalogue("tr") << QStringLiteral("tr_TR") << Coverage::Residents << 1;
    QTest::newRow("pl") << catalogue("pl") << QStringLiteral("pl_PL") << Coverage::Residents << 3;
    QTest::newRow("uk") << catalogue("uk") << QStringLiteral("uk_UA") << Coverage::Residents << 3;
    QTest::newRow("ti") << catalogue("ti") << QStringLiteral("ti_ET") << Coverage::Residents << 2;
}

void TstTranslationFiles::catalogueIsFinished()
{
    QFETCH(QString, path);
    QFETCH(QString, language);
    QFETCH(Coverage, coverage);
    QFETCH(int, pluralForms);

    QString error, declared;
    const QList<Message> messages = readCatalogue(path, &declared, &error);
    QVERIFY2(error.isEmpty(), qPrintable(path + QLatin1String(": ") + error));
    QCOMPARE(declared, language);
    // The app's catalogues hold hundreds of messages, the report's a few dozen: far fewer
    // means lupdate lost the sources.
    const bool report = path.endsWith(QLatin1String("report_nl.ts"));
    QVERIFY2(messages.size() > (report ? 25 : 100), "the catalogue holds far fewer messages than its sources show");

    int plurals = 0, residents = 0;
    for (const Message &m : messages) {
        QVERIFY2(m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete"),
                 qPrintable(QLatin1String("no longer in the sources (run update_translations): ") + m.where()));
        QVERIFY2(m.forms.isEmpty() || m.forms.size() == pluralForms,
                 qPrintable(QLatin1String("wrong number of plural forms: ") + m.where()));
        const bool required = coverage != Coverage::Residents || !staffOnly(m.context);
        if (coverage == Coverage::Residents && required)
            ++residents;
        if (!required)
            continue;
        if (m.numerus) {
            ++plurals;
            QVERIFY2(m.type.isEmpty(), qPrintable(QLatin1String("unfinished plural: ") + m.where()));
            QVERIFY2(m.forms.size() == pluralForms, qPrintable(QLatin1String("wrong number of plural forms: ") + m.where()));
            for (const QString &form : m.forms)
                QVERIFY2(!form.trimmed().isEmpty(), qPrintable(QLatin1String("empty plural form: ") + m.where()));
        } else if (coverage != Coverage::Plurals) {
            QVERIFY2(m.type.isEmpty(), qPrintable(QLatin1String("unfinished: ") + m.where()));
            QVERIFY2(!m.text.trimmed().isEmpty(), qPrintable(QLatin1String("empty translation: ") + m.where()));
        }
    }
    QVERIFY2(report || plurals >= 5, "the %n messages (reminders, search results) are missing from the catalogue");
    if (coverage == Coverage::Residents)
        QVERIFY2(residents > 200, "the resident's messages are missing from the catalogue");
}

void TstTranslationFiles::placeholdersSurvive_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QList<int>>("singleNumberForms");
    // A plural form that stands for one number only may write it out ("één", "يومين") instead
    // of %n: nl/en "1"; Arabic 0, 1 and 2; Polish 1. Ukrainian's first form is 1, 21, 31…,
    // Tigrinya's 0 and 1, Turkish's every number: they keep %n.
    QTest::newRow("nl") << catalogue("nl") << QList<int>{0};
    QTest::newRow("report nl") << QStringLiteral(BUURTPLEIN_ASSETS "/translations/report_nl.ts") << QList<int>{0};
    QTest::newRow("en") << catalogue("en") << QList<int>{0};
    QTest::newRow("ar") << catalogue("ar") << QList<int>{0, 1, 2};
    QTest::newRow("tr") << catalogue("tr") << QList<int>{};
    QTest::newRow("pl") << catalogue("pl") << QList<int>{0};
    QTest::newRow("uk") << catalogue("uk") << QList<int>{};
    QTest::newRow("ti") << catalogue("ti") << QList<int>{};
}

void TstTranslationFiles::placeholdersSurvive()
{
    QFETCH(QString, path);
    QFETCH(QList<int>, singleNumberForms);
    QString error, language;
    const QList<Message> messages = readCatalogue(path, &language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    int checked = 0;
    for (const Message &m : messages) {
        const QStringList texts = m.numerus ? m.forms : QStringList{m.text};
        for (int i = 0; i < texts.size(); ++i) {
            const QString &text = texts.at(i);
            if (text.isEmpty())
                continue;
            QSet<QString> expected = placeholders(m.source);
            if (m.numerus && singleNumberForms.contains(i) && !text.contains(QLatin1String("%n")))
                expected.remove(QStringLiteral("%n"));
            QVERIFY2(placeholders(text) == expected, qPrintable(m.where() + QLatin1String(" → ") + text));
            ++checked;
        }
    }
    QVERIFY(checked > 0);
}

void TstTranslationFiles::pluralsDifferFromSingular()
{
    // The English catalogue exists for this alone: "1 hours before" must not happen.
    QString error, language;
    const QList<Message> messages = readCatalogue(catalogue("en"), &language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    int plurals = 0;
    for (const Message &m : messages) {
        if (!m.numerus)
            continue;
        ++plurals;
        QCOMPARE(m.forms.size(), 2);
        QVERIFY2(m.forms.at(0) != m.forms.at(1), qPrintable(m.where()));
        QVERIFY2(!m.forms.at(0).contains(QLatin1String("(s)")), qPrintable(m.where()));
        QVERIFY2(!m.forms.at(1).contains(QLatin1String("(s)")), qPrintable(m.where()));
    }
    QVERIFY(plurals > 0);
}

QTEST_GUILESS_MAIN(TstTranslationFiles)

#include "tst_translationfiles.moc"
