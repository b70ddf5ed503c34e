// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the .ts catalogues of assets/translations as a translator's tool would: Dutch must
// be complete, English (the source language) must give every plural message its forms,
// and no translation may lose or invent a placeholder.
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

// %1..%9 and %n, as a set: word order may change, a placeholder may not go missing.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(?:[1-9]|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &m : marker.globalMatch(text))
        found.insert(m.captured());
    return found;
}

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
    QTest::addColumn<bool>("everyMessage");
    QTest::addColumn<int>("pluralForms");
    // Dutch is the default language: every message. English is the source language: only
    // the plural messages need a translation ("1 hour before", "2 hours before").
    QTest::newRow("nl") << catalogue("nl") << QStringLiteral("nl_NL") << true << 2;
    QTest::newRow("en") << catalogue("en") << QStringLiteral("en_GB") << false << 2;
}

void TstTranslationFiles::catalogueIsFinished()
{
    QFETCH(QString, path);
    QFETCH(QString, language);
    QFETCH(bool, everyMessage);
    QFETCH(int, pluralForms);

    QString error, declared;
    const QList<Message> messages = readCatalogue(path, &declared, &error);
    QVERIFY2(error.isEmpty(), qPrintable(path + QLatin1String(": ") + error));
    QCOMPARE(declared, language);
    QVERIFY2(messages.size() > 100, "the catalogue holds far fewer messages than the app shows");

    int plurals = 0;
    for (const Message &m : messages) {
        QVERIFY2(m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete"),
                 qPrintable(QLatin1String("no longer in the sources (run update_translations): ") + m.where()));
        if (m.numerus) {
            ++plurals;
            QVERIFY2(m.type.isEmpty(), qPrintable(QLatin1String("unfinished plural: ") + m.where()));
            QVERIFY2(m.forms.size() == pluralForms, qPrintable(QLatin1String("wrong number of plural forms: ") + m.where()));
            for (const QString &form : m.forms)
                QVERIFY2(!form.trimmed().isEmpty(), qPrintable(QLatin1String("empty plural form: ") + m.where()));
        } else if (everyMessage) {
            QVERIFY2(m.type.isEmpty(), qPrintable(QLatin1String("unfinished: ") + m.where()));
            QVERIFY2(!m.text.trimmed().isEmpty(), qPrintable(QLatin1String("empty translation: ") + m.where()));
        }
    }
    QVERIFY2(plurals >= 5, "the %n messages (reminders, search results) are missing from the catalogue");
}

void TstTranslationFiles::placeholdersSurvive_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("nl") << catalogue("nl");
    QTest::newRow("en") << catalogue("en");
}

void TstTranslationFiles::placeholdersSurvive()
{
    QFETCH(QString, path);
    QString error, language;
    const QList<Message> messages = readCatalogue(path, &language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    int checked = 0;
    for (const Message &m : messages) {
        const QStringList texts = m.numerus ? m.forms : QStringList{m.text};
        for (const QString &text : texts) {
            if (text.isEmpty())
                continue;
            QSet<QString> expected = placeholders(m.source);
            // A singular form may say "één" or "1" instead of %n; every other one keeps it.
            if (m.numerus && text == m.forms.constFirst() && !text.contains(QLatin1String("%n")))
                expected.remove(QStringLiteral("%n"));
            QCOMPARE(placeholders(text), expected);
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
