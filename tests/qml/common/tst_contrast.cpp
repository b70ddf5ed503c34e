// SPDX-License-Identifier: GPL-3.0-or-later
// WCAG 2.1 AA contrast of the colours the app draws text and icons with: Theme.qml's
// palette (read from the file itself, so a changed colour is checked as it ships), the
// Material Light text and backgrounds it sits on, and each category's colour behind its
// white icon. Normal text needs 4.5:1; large text and icons 3:1.
#include "common/terms.h"
#include "storage/vocabulary.h"
#include "common/wcagcontrast.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>

using namespace Buurtplein;

namespace {
QHash<QString, QColor> themeColours()
{
    QHash<QString, QColor> colours;
    QFile file(QStringLiteral(BUURTPLEIN_QML_DIR "/Theme.qml"));
    if (!file.open(QIODevice::ReadOnly))
        return colours;
    static const QRegularExpression property(QStringLiteral(R"re(property color (\w+): "(#[0-9a-fA-F]{6,8})")re"));
    auto it = property.globalMatch(QString::fromUtf8(file.readAll()));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        colours.insert(m.captured(1), QColor(m.captured(2)));
    }
    // What Material Light draws under and with them.
    colours.insert(QStringLiteral("white"), QColor(Qt::white));
    colours.insert(QStringLiteral("materialText"), QColor(0, 0, 0, 0xdd)); // Material.foreground, light theme
    colours.insert(QStringLiteral("materialButton"), QColor(QStringLiteral("#d6d7d7"))); // Material.buttonColor
    return colours;
}
} // namespace

class TestContrast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownRatios_data()
    {
        QTest::addColumn<QColor>("a");
        QTest::addColumn<QColor>("b");
        QTest::addColumn<double>("expected");
        QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
        QTest::newRow("same colour") << QColor(QStringLiteral("#1f5f5b")) << QColor(QStringLiteral("#1f5f5b")) << 1.0;
        // WebAIM's contrast checker: #767676 on white is the lightest grey that passes AA.
        QTest::newRow("grey 767676") << QColor(QStringLiteral("#767676")) << QColor(Qt::white) << 4.54;
        QTest::newRow("order does not matter") << QColor(Qt::white) << QColor(QStringLiteral("#767676")) << 4.54;
        // Black at 128/255 over white is drawn as #7f7f7f (4.00:1 on white; unblended black would be 21).
        QTest::newRow("translucent blended") << QColor(0, 0, 0, 128) << QColor(Qt::white) << 4.0;
    }

    void knownRatios()
    {
        QFETCH(QColor, a);
        QFETCH(QColor, b);
        QFETCH(double, expected);
        QVERIFY2(qAbs(WcagContrast::ratio(a, b) - expected) < 0.02,
                 qPrintable(QStringLiteral("%1, expected %2").arg(WcagContrast::ratio(a, b)).arg(expected)));
    }

    void themePairs_data()
    {
        QTest::addColumn<QString>("foreground");
        QTest::addColumn<QString>("background");
        QTest::addColumn<double>("minimum");
        const double text = WcagContrast::normalText;
        const double ui = WcagContrast::largeTextOrGraphics;
        // Where each pair is drawn: see docs/accessibility.md.
        const struct { const char *fg, *bg; double min; } pairs[] = {
            {"materialText", "white", text},    // body text on pages
            {"materialText", "surface", text},  // text on cards and unchecked chips
            {"materialText", "materialButton", text}, // button labels
            {"primary", "white", text},         // section headings, "Free", links
            {"primary", "surface", text},       // chip icons, card headings
            {"primary", "materialButton", text}, // the Read aloud button's label
            {"white", "primary", text},         // toolbar, checked chips, highlighted buttons
            {"muted", "white", text},           // secondary lines (place, time)
            {"muted", "surface", text},         // secondary lines on cards
            {"cancelled", "white", text},       // "Cancelled", errors
            {"cancelled", "surface", text},     // sync errors on the status card
            {"white", "cancelled", text},       // the "Cancelled" badge
            {"moved", "white", text},           // "Moved"
            {"white", "moved", text},           // the "Moved" badge
            {"accent", "white", text},          // location hint text
            {"accent", "surface", ui},          // border and icon of the unlogged-sessions card
        };
        for (const auto &p : pairs)
            QTest::newRow(qPrintable(QStringLiteral("%1 on %2").arg(QLatin1String(p.fg), QLatin1String(p.bg))))
                << QString::fromLatin1(p.fg) << QString::fromLatin1(p.bg) << p.min;
    }

    void themePairs()
    {
        QFETCH(QString, foreground);
        QFETCH(QString, background);
        QFETCH(double, minimum);
        const QHash<QString, QColor> colours = themeColours();
        QVERIFY2(colours.contains(foreground), qPrintable(foreground + QStringLiteral(" is not in Theme.qml")));
        QVERIFY2(colours.contains(background), qPrintable(background + QStringLiteral(" is not in Theme.qml")));
        const double r = WcagContrast::ratio(colours.value(foreground), colours.value(background));
        QVERIFY2(r >= minimum, qPrintable(QStringLiteral("%1 (%2) on %3 (%4): %5:1, needs %6:1")
                                              .arg(foreground, colours.value(foreground).name(), background,
                                                   colours.value(background).name())
                                              .arg(r, 0, 'f', 2).arg(minimum)));
    }

    // Each category's colour is the disc behind its white icon, and the icon colour on
    // white pages: a graphic that must stand out 3:1 both ways.
    void categoryColours_data()
    {
        QTest::addColumn<QString>("category");
        for (const Vocabulary::Term &term : Vocabulary::categories())
            QTest::newRow(qPrintable(term.id)) << term.id;
    }

    void categoryColours()
    {
        QFETCH(QString, category);
        const QColor colour(Terms::categoryColor(category));
        const double r = WcagContrast::ratio(Qt::white, colour);
        QVERIFY2(r >= WcagContrast::largeTextOrGraphics,
                 qPrintable(QStringLiteral("white on %1: %2:1").arg(colour.name()).arg(r, 0, 'f', 2)));
    }
};

QTEST_GUILESS_MAIN(TestContrast)

#include "tst_contrast.moc"
