// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/positionprovider.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Buurtplein;

namespace {

const QString walkPath = QStringLiteral(BUURTPLEIN_ASSETS "/demo/walk-indische-buurt.nmea");

struct Fix {
    double lat = 0;
    double lon = 0;
    double hdop = -1;
};

// "5221.8371","N" -> 52.36395; read here independently of Qt's NMEA parser.
double nmeaDegrees(const QString &value, const QString &hemisphere, int degreeDigits)
{
    const double degrees = value.left(degreeDigits).toDouble();
    const double minutes = value.mid(degreeDigits).toDouble();
    const double result = degrees + minutes / 60.0;
    return hemisphere == QLatin1String("S") || hemisphere == QLatin1String("W") ? -result : result;
}

// The fixes of the file in order: position from each GPRMC, HDOP from the GPGGA of the same second.
QList<Fix> fixesInFile()
{
    QFile file(walkPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QList<Fix> fixes;
    while (!file.atEnd()) {
        const QString line = QString::fromLatin1(file.readLine()).trimmed();
        const QStringList f = line.left(line.indexOf(QLatin1Char('*'))).split(QLatin1Char(','));
        if (f.value(0) == QLatin1String("$GPRMC"))
            fixes.append({nmeaDegrees(f.value(3), f.value(4), 2), nmeaDegrees(f.value(5), f.value(6), 3), -1});
        else if (f.value(0) == QLatin1String("$GPGGA") && !fixes.isEmpty())
            fixes.last().hdop = f.value(8).toDouble();
    }
    return fixes;
}

double metresBetween(double lat1, double lon1, double lat2, double lon2)
{
    const double toRad = M_PI / 180.0;
    const double x = (lon2 - lon1) * toRad * std::cos((lat1 + lat2) * 0.5 * toRad);
    const double y = (lat2 - lat1) * toRad;
    return std::sqrt(x * x + y * y) * 6371000.0;
}

} // namespace

class TestPositionProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void shippedWalkIsWellFormed()
    {
        QFile file(walkPath);
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        int sentences = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            QVERIFY2(line.startsWith('$') && line.size() > 4 && line.at(line.size() - 3) == '*', line.constData());
            quint8 sum = 0;
            for (qsizetype i = 1; i < line.size() - 3; ++i)
                sum ^= quint8(line.at(i));
            QCOMPARE(line.right(2).toUInt(nullptr, 16), uint(sum));
            ++sentences;
        }
        const QList<Fix> fixes = fixesInFile();
        QVERIFY(fixes.size() >= 120); // a few minutes at 1 Hz
        QCOMPARE(sentences, 2 * fixes.size());
        // In the Indische Buurt: within a kilometre of the Javaplein.
        for (const Fix &fix : fixes)
            QVERIFY(metresBetween(fix.lat, fix.lon, 52.36395, 4.9396) < 1000);
    }

    void replaysTheWalk()
    {
        const QList<Fix> fixes = fixesInFile();
        QVERIFY(fixes.size() >= 2);
        std::unique_ptr<PositionProvider> provider(PositionProvider::create(walkPath, nullptr));
        QVERIFY(provider->isAvailable());
        QSignalSpy permission(provider.get(), &PositionProvider::permissionChanged);
        provider->requestPermission();
        QCOMPARE(permission.size(), 1);
        QCOMPARE(permission.first().first().toBool(), true);

        QSignalSpy positions(provider.get(), &PositionProvider::positionUpdated);
        QSignalSpy unavailable(provider.get(), &PositionProvider::unavailable);
        provider->start();
        QVERIFY(provider->isActive());
        while (positions.size() < 2)
            QVERIFY2(positions.wait(10000), "the NMEA replay delivered no position");
        provider->stop();
        QVERIFY(!provider->isActive());
        QVERIFY(unavailable.isEmpty());

        for (int i = 0; i < 2; ++i) {
            const double lat = positions.at(i).at(0).toDouble();
            const double lon = positions.at(i).at(1).toDouble();
            const double accuracy = positions.at(i).at(2).toDouble();
            const double off = metresBetween(lat, lon, fixes.at(i).lat, fixes.at(i).lon);
            QVERIFY2(off < 1.0, qPrintable(QStringLiteral("fix %1 is %2 m off the file").arg(i).arg(off)));
            // Qt reports 2 x HDOP x the 5 m range error the provider sets (about 95 % confidence).
            QVERIFY2(qAbs(accuracy - 2 * fixes.at(i).hdop * 5.0) < 0.01, qPrintable(QString::number(accuracy)));
        }
    }

    void missingReplayFileIsUnavailable()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot replay")));
        std::unique_ptr<PositionProvider> provider(PositionProvider::create(QStringLiteral("/nonexistent/walk.nmea"), nullptr));
        QVERIFY(!provider->isAvailable());
        QSignalSpy unavailable(provider.get(), &PositionProvider::unavailable);
        provider->start();
        QCOMPARE(unavailable.size(), 1);
        QVERIFY(unavailable.first().first().toString().contains(QLatin1String("neighbourhood")));
        QVERIFY(!provider->isActive());
    }
};

QTEST_GUILESS_MAIN(TestPositionProvider)
#include "tst_positionprovider.moc"
