// SPDX-License-Identifier: GPL-3.0-or-later
#include "discretelaplace.h"
#include "releaserules.h"

#include <QTest>

using namespace Buurtplein::Release;

namespace {

// Pearson's chi-square of many draws against the two-sided geometric pmf with parameter
// @p expectedEpsilon: bins -10..10 and one bin per tail beyond, 23 bins, 22 degrees of
// freedom. Every bin expects well over 5 draws for the epsilons used here.
double chiSquare(DiscreteLaplace &noise, double expectedEpsilon, int samples)
{
    constexpr int Span = 10;
    QList<qint64> observed(2 * Span + 3, 0);
    for (int i = 0; i < samples; ++i) {
        const qint64 k = noise.sample();
        const int bin = k < -Span ? 0 : k > Span ? 2 * Span + 2 : int(k) + Span + 1;
        ++observed[bin];
    }
    const DiscreteLaplace expected(expectedEpsilon, 0);
    double chi = 0;
    for (int bin = 0; bin < observed.size(); ++bin) {
        const double p = (bin == 0 || bin == 2 * Span + 2) ? expected.tailProbability(Span)
                                                           : expected.probability(bin - Span - 1);
        const double e = p * samples;
        chi += (observed.at(bin) - e) * (observed.at(bin) - e) / e;
    }
    return chi;
}

// The 99.9% quantile of chi-square with 22 degrees of freedom: a correct sampler fails
// this with probability 0.001, and with a fixed seed the outcome is fixed.
constexpr double Critical22 = 48.268;

} // namespace

class TestDiscreteLaplace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pmfSumsToOne()
    {
        const DiscreteLaplace noise(0.5, 1);
        double total = 2 * noise.tailProbability(200);
        for (int k = -200; k <= 200; ++k)
            total += noise.probability(k);
        QCOMPARE(qRound(total * 1e9), qRound(1e9));
    }

    void distribution_data()
    {
        QTest::addColumn<double>("epsilon");
        QTest::addColumn<quint64>("seed");
        QTest::newRow("epsilon 0.5") << 0.5 << quint64(20240601);
        QTest::newRow("epsilon 1") << 1.0 << quint64(7);
        QTest::newRow("epsilon 0.3") << 0.3 << quint64(42);
    }

    void distribution()
    {
        QFETCH(double, epsilon);
        QFETCH(quint64, seed);
        DiscreteLaplace noise(epsilon, seed);
        const double chi = chiSquare(noise, epsilon, 200000);
        QVERIFY2(chi < Critical22, qPrintable(QStringLiteral("chi-square %1").arg(chi)));
    }

    // The same statistic rejects noise of the wrong scale, so the test above can fail.
    void wrongEpsilonRejected()
    {
        DiscreteLaplace noise(0.5, 20240601);
        const double chi = chiSquare(noise, 0.6, 200000);
        QVERIFY2(chi > Critical22, qPrintable(QStringLiteral("chi-square %1").arg(chi)));
    }

    void seedReproduces()
    {
        DiscreteLaplace a(0.5, 99), b(0.5, 99), c(0.5, 100);
        QList<qint64> da, db, dc;
        for (int i = 0; i < 100; ++i) {
            da.append(a.sample());
            db.append(b.sample());
            dc.append(c.sample());
        }
        QCOMPARE(da, db);
        QVERIFY(da != dc);
    }

    // In the DP mode the table publishes epsilon and released values are still multiples
    // of the base; suppressed figures stay suppressed.
    void releasePublishesEpsilon()
    {
        Table t = Table::sized(2, 2);
        for (CellCounts &c : t.cells)
            c = {10, 40, 40};
        t.cell(0, 0) = {1, 3, 3};
        Rules rules;
        rules.epsilon = 0.7;
        rules.seed = 5;
        const ReleaseResult r = release(t, rules);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.tables.first().epsilon, 0.7);
        QVERIFY(r.tables.first().cell(0, 0).isSuppressed());
        for (const ReleasedValue &v : r.tables.first().cells) {
            if (!v.isSuppressed())
                QCOMPARE(v.value % 5, 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestDiscreteLaplace)
#include "tst_discretelaplace.moc"
