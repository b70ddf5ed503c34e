// SPDX-License-Identifier: GPL-3.0-or-later
// Icon-led navigation for residents who read little (issue 7): every category and every
// accessibility feature has an icon of its own, and every icon name is a ligature the
// bundled Material Icons font draws as one glyph (a misspelt name would show as text).
#include "common/terms.h"
#include "storage/vocabulary.h"

#include <QFontDatabase>
#include <QGlyphRun>
#include <QGuiApplication>
#include <QSet>
#include <QTest>
#include <QTextLayout>

using namespace Buurtplein;

namespace {
QString iconFamily()
{
    static const QString family = [] {
        const int id = QFontDatabase::addApplicationFont(QStringLiteral(":/qt/qml/Buurtplein/Common/fonts/MaterialIcons-Regular.ttf"));
        return id < 0 ? QString() : QFontDatabase::applicationFontFamilies(id).value(0);
    }();
    return family;
}

// How many glyphs the font shapes @p name into: 1 for a ligature it knows.
int glyphCount(const QString &name)
{
    QFont font(iconFamily());
    font.setPixelSize(24);
    QTextLayout layout(name, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    int count = 0;
    for (const QGlyphRun &run : layout.glyphRuns())
        count += run.glyphIndexes().size();
    return count;
}

void addRows(const char *set, const QList<Vocabulary::Term> &terms, QString (*icon)(const QString &))
{
    for (const Vocabulary::Term &term : terms)
        QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(set), term.id))) << QString::fromLatin1(set) << term.id << icon(term.id);
}
} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!iconFamily().isEmpty(), "the bundled Material Icons font does not load");
    }

    void ownIcon_data()
    {
        QTest::addColumn<QString>("set");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("icon");
        addRows("category", Vocabulary::categories(), &Terms::categoryIcon);
        addRows("access", Vocabulary::accessibilityFeatures(), &Terms::accessibilityIcon);
        addRows("placekind", Vocabulary::placeKinds(), &Terms::placeKindIcon);
    }

    void ownIcon()
    {
        QFETCH(QString, set);
        QFETCH(QString, id);
        QFETCH(QString, icon);
        QVERIFY(!icon.isEmpty());
        QCOMPARE(glyphCount(icon), 1);
        if (set == QLatin1String("placekind")) // kinds may share a picture (school, school yard)
            return;
        // Unique within its set: two categories with one picture tell a resident nothing.
        const QList<Vocabulary::Term> &terms = set == QLatin1String("category") ? Vocabulary::categories()
                                                                                 : Vocabulary::accessibilityFeatures();
        for (const Vocabulary::Term &other : terms) {
            if (other.id == id)
                continue;
            const QString otherIcon = set == QLatin1String("category") ? Terms::categoryIcon(other.id)
                                                                       : Terms::accessibilityIcon(other.id);
            QVERIFY2(otherIcon != icon, qPrintable(QStringLiteral("%1 and %2 share %3").arg(id, other.id, icon)));
        }
    }

    void unknownNameIsNotALigature()
    {
        // The check above can fail: a name the font does not know stays one glyph per letter.
        QVERIFY(glyphCount(QStringLiteral("no_such_icon_name")) > 1);
    }
};

QTEST_MAIN(TestIcons)

#include "tst_icons.moc"
