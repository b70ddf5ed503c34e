// SPDX-License-Identifier: GPL-3.0-or-later
// The Cell Key Method's pieces (docs/release-rules.md): the perturbation table, cell keys
// and the release of one figure.
#include "release/releaserules.h"

#include <QTest>

#include <cmath>

using namespace Buurtplein::Release;

class TestReleaseRules : public QObject
{
    Q_OBJECT

private slots:
    void rulesAreChecked_data();
    void rulesAreChecked();
    void rowsAreUnbiasedDistributions_data();
    void rowsAreUnbiasedDistributions();
    void keysSampleTheRow_data();
    void keysSampleTheRow();
    void cellKeysAreSumsModulo256();
    void thresholdsSuppress_data();
    void thresholdsSuppress();
    void sameRecordsSameValue();
    void oneMoreRecordRedrawsTheNoise();
    void newRecordKeysAreUniform();
};

void TestReleaseRules::rulesAreChecked_data()
{
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("minSessions");
    QTest::addColumn<int>("maxNoise");
    QTest::addColumn<double>("spread");
    QTest::addColumn<bool>("usable");
    QTest::newRow("defaults") << 10 << 3 << 8 << 3.2 << true;
    QTest::newRow("narrower") << 10 << 3 << 5 << 2.5 << true;
    QTest::newRow("k 5") << 5 << 3 << 4 << 2.0 << true;
    QTest::newRow("k 4") << 4 << 3 << 4 << 2.0 << false;
    QTest::newRow("no sessions") << 10 << 0 << 4 << 2.0 << false;
    QTest::newRow("no noise") << 10 << 3 << 0 << 2.0 << false;
    QTest::newRow("noise 51") << 10 << 3 << 51 << 2.0 << false;
    QTest::newRow("flat spread") << 10 << 3 << 4 << 0.0 << false;
    QTest::newRow("wide spread") << 10 << 3 << 4 << 17.0 << false;
}

void TestReleaseRules::rulesAreChecked()
{
    QFETCH(int, k);
    QFETCH(int, minSessions);
    QFETCH(int, maxNoise);
    QFETCH(double, spread);
    QFETCH(bool, usable);
    Rules rules;
    rules.minParticipants = k;
    rules.minSessions = minSessions;
    rules.maxNoise = maxNoise;
    rules.noiseSpread = spread;
    QCOMPARE(rulesError(rules).isEmpty(), usable);
}

void TestReleaseRules::rowsAreUnbiasedDistributions_data()
{
    QTest::addColumn<int>("maxNoise");
    QTest::addColumn<double>("spread");
    QTest::addColumn<int>("value");
    for (int d : {2, 4, 8}) {
        for (int v : {0, 1, 2, 3, 4, 5, 9, 1000}) {
            QTest::addRow("D%d v%d", d, v) << d << 2.0 << v;
        }
    }
    QTest::newRow("wide D4 v1") << 4 << 6.0 << 1;
}

void TestReleaseRules::rowsAreUnbiasedDistributions()
{
    QFETCH(int, maxNoise);
    QFETCH(double, spread);
    QFETCH(int, value);
    Rules rules;
    rules.maxNoise = maxNoise;
    rules.noiseSpread = spread;
    const PerturbationTable table(rules);
    const QList<double> p = table.probabilities(value);
    QCOMPARE(p.size(), 2 * maxNoise + 1);
    double total = 0, mean = 0;
    for (int d = -maxNoise; d <= maxNoise; ++d) {
        const double q = p.at(d + maxNoise);
        QVERIFY(q >= 0);
        if (value > 0 ? value + d < 1 : d != 0)
            QCOMPARE(q, 0.0); // zero stays zero, anything else at least 1
        total += q;
        mean += d * q;
    }
    QVERIFY(std::abs(total - 1) < 1e-9);
    QVERIFY2(std::abs(mean) < 1e-6, qPrintable(QString::number(mean)));
    if (value <= 1) {
        QCOMPARE(p.at(maxNoise), 1.0); // zero stays zero, one stays one
    } else {
        QVERIFY(p.at(maxNoise) < 1); // anything else is uncertain
        QVERIFY(p.at(maxNoise + 1) > 0);
    }
    if (value > maxNoise) {
        for (int d = 1; d <= maxNoise; ++d)
            QVERIFY(std::abs(p.at(maxNoise + d) - p.at(maxNoise - d)) < 1e-12); // symmetric
    }
}

void TestReleaseRules::keysSampleTheRow_data()
{
    QTest::addColumn<qint64>("value");
    for (qint64 v : {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 120, 5000})
        QTest::addRow("%lld", v) << v;
}

void TestReleaseRules::keysSampleTheRow()
{
    QFETCH(qint64, value);
    const Rules rules;
    const PerturbationTable table(rules);
    const QList<double> p = table.probabilities(value);
    QList<int> counts(2 * rules.maxNoise + 1, 0);
    double mean = 0;
    for (int key = 0; key < KeyRange; ++key) {
        const int d = table.perturbation(value, key);
        QVERIFY(std::abs(d) <= rules.maxNoise);
        QVERIFY(value == 0 ? d == 0 : value + d >= 1);
        counts[d + rules.maxNoise]++;
        mean += double(d) / KeyRange;
    }
    // Each perturbation takes its row's share of the 256 keys, to within one key.
    for (int i = 0; i < counts.size(); ++i)
        QVERIFY2(std::abs(counts.at(i) - p.at(i) * KeyRange) <= 1.0, qPrintable(QStringLiteral("d=%1: %2 keys for p=%3")
                                                                                 .arg(i - rules.maxNoise).arg(counts.at(i)).arg(p.at(i))));
    QVERIFY2(std::abs(mean) < 0.05, qPrintable(QString::number(mean)));
    if (value > rules.maxNoise) {
        // The default table's spread: a variance of about 9.6 (a standard deviation of 3.1), every d from -8 to 8
        // used, so the published D is exactly the bound an attacker can rely on, and no wider.
        double variance = 0;
        for (int key = 0; key < KeyRange; ++key)
            variance += std::pow(table.perturbation(value, key), 2) / KeyRange;
        QVERIFY2(variance > 8.8 && variance < 10.4, qPrintable(QString::number(variance)));
        for (int c : counts)
            QVERIFY(c > 0);
    }
}

void TestReleaseRules::cellKeysAreSumsModulo256()
{
    QCOMPARE(cellKey(0, 0), 0);
    QCOMPARE(cellKey(255, 0), 255);
    QCOMPARE(cellKey(256, 0), 0);
    QCOMPARE(cellKey(256 * 40 + 17, 0), 17);
    QCOMPARE(cellKey(-1, 0), 255);
    QCOMPARE(cellKey(0, 1), 97);
    QCOMPARE(cellKey(200, 1), (200 + 97) % 256);
    QVERIFY(cellKey(5, 2) != cellKey(5, 3));
}

void TestReleaseRules::thresholdsSuppress_data()
{
    QTest::addColumn<qint64>("sessions");
    QTest::addColumn<qint64>("participants");
    QTest::addColumn<int>("k");
    QTest::addColumn<bool>("released");
    QTest::newRow("big") << qint64(12) << qint64(140) << 10 << true;
    QTest::newRow("at both thresholds") << qint64(3) << qint64(10) << 10 << true;
    QTest::newRow("two sessions") << qint64(2) << qint64(140) << 10 << false;
    QTest::newRow("nine people") << qint64(5) << qint64(9) << 10 << false;
    QTest::newRow("nine people, k 5") << qint64(5) << qint64(9) << 5 << true;
    QTest::newRow("nothing") << qint64(0) << qint64(0) << 5 << false;
}

void TestReleaseRules::thresholdsSuppress()
{
    QFETCH(qint64, sessions);
    QFETCH(qint64, participants);
    QFETCH(int, k);
    QFETCH(bool, released);
    Rules rules;
    rules.minParticipants = k;
    const PerturbationTable table(rules);
    CellCounts c{sessions, participants, participants, 12345};
    const ReleasedValue v = releaseFigure(c, 3, rules, table);
    QCOMPARE(!v.isSuppressed(), released);
    if (released)
        QVERIFY(std::abs(v.value - participants) <= rules.maxNoise);
}

void TestReleaseRules::sameRecordsSameValue()
{
    const Rules rules;
    const PerturbationTable table(rules);
    const PerturbationTable again(rules);
    for (qint64 keySum = 0; keySum < 3000; keySum += 7) {
        const CellCounts c{20, 300, 300, keySum};
        QCOMPARE(releaseFigure(c, 3, rules, table).value, releaseFigure(c, 3, rules, again).value);
    }
}

void TestReleaseRules::oneMoreRecordRedrawsTheNoise()
{
    // A figure and the same figure with one more record differ by the record plus noise:
    // over the record's possible keys the difference takes every value from -D to +D.
    const Rules rules;
    const PerturbationTable table(rules);
    const CellCounts without{30, 400, 400, 5000};
    const qint64 base = releaseFigure(without, 3, rules, table).value;
    QSet<qint64> differences;
    for (int key = 0; key < KeyRange; ++key) {
        const CellCounts with{31, 412, 412, 5000 + key};
        differences.insert(releaseFigure(with, 3, rules, table).value - base);
    }
    QVERIFY2(differences.size() >= 2 * rules.maxNoise + 1, qPrintable(QString::number(differences.size())));
}

void TestReleaseRules::newRecordKeysAreUniform()
{
    // 25,600 keys in 256 bins: chi-square with 255 degrees of freedom below its 99.99 %
    // quantile (about 343); a generator stuck on a few keys is far above it.
    QList<int> bins(KeyRange, 0);
    const int draws = 100 * KeyRange;
    for (int i = 0; i < draws; ++i) {
        const int key = newRecordKey();
        QVERIFY(key >= 0 && key < KeyRange);
        bins[key]++;
    }
    double chi = 0;
    for (int b : bins)
        chi += std::pow(b - 100.0, 2) / 100.0;
    QVERIFY2(chi < 343, qPrintable(QString::number(chi)));
}

QTEST_GUILESS_MAIN(TestReleaseRules)
#include "tst_releaserules.moc"
