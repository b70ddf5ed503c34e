// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/hubcli.h"
#include "http/hubserver.h"
#include "map/mbtiles.h"
#include "release/releaserules.h"
#include "store/hubdatabase.h"
#include "store/hublog.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QPointer>
#include <QThread>
#include <QTimer>

namespace Buurtplein::HubCli {

namespace {
/** "ADDRESS:PORT" as an IP address (or localhost) and port; false when it is neither. */
bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool isNumber = false;
    const uint value = text.mid(colon + 1).toUInt(&isNumber);
    if (!isNumber || value > 65535)
        return false;
    *port = quint16(value);
    if (host == QLatin1String("localhost")) {
        *address = QHostAddress(QHostAddress::LocalHost);
        return true;
    }
    return address->setAddress(host);
}

// Rebuilds the catalogue snapshot every @p hours on a thread and connection of its own,
// so that requests are answered meanwhile; at start when the folder holds none that young.
void scheduleSnapshots(QObject *owner, const QString &location, const QString &folder, double hours)
{
    auto running = std::make_shared<QPointer<QThread>>();
    const auto build = [location, folder, running] {
        if (*running)
            return;
        QThread *thread = QThread::create([location, folder] {
            HubDatabase db;
            QString error;
            if (!db.open(location)) {
                qCWarning(lcHub, "snapshot: %s", qPrintable(db.errorString()));
                return;
            }
            const auto info = buildSnapshot(db, folder, now(), {}, &error);
            if (info)
                qCInfo(lcHub, "snapshot built: %lld records to change %lld, %lld bytes", info->records, info->changeNumber, info->bytes);
            else
                qCWarning(lcHub, "snapshot not built: %s", qPrintable(error));
        });
        QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        *running = thread;
        thread->start(QThread::LowPriority);
    };
    auto *timer = new QTimer(owner);
    QObject::connect(timer, &QTimer::timeout, owner, build);
    timer->start(std::chrono::milliseconds(qint64(hours * 3600 * 1000)));
    const auto held = CatalogueSnapshot::described(folder);
    if (!held || held->builtAt.secsTo(now()) > hours * 3600)
        QTimer::singleShot(0, owner, build);
}
} // namespace

int serve(const QStringList &args)
{
    QString error;
    const auto options = Arguments::parse(args, {QStringLiteral("serve"), {QStringLiteral("listen"), QStringLiteral("k"), QStringLiteral("tiles"), QStringLiteral("snapshots"), QStringLiteral("snapshot-hours"), QStringLiteral("db")}, {}}, &error);
    if (!options)
        return fail(BadInput, error);
    QHostAddress address;
    quint16 port = 0;
    if (!parseListen(options->value(QStringLiteral("listen"), QStringLiteral("127.0.0.1:8080")), &address, &port))
        return fail(BadInput, QStringLiteral("--listen takes ADDRESS:PORT, such as 127.0.0.1:8080 or [::1]:8080."));
    const auto rules = releaseRules(*options, &error);
    if (!rules)
        return fail(BadInput, error);
    bool hoursOk = true;
    const double snapshotHours = options->value(QStringLiteral("snapshot-hours"), QStringLiteral("0")).toDouble(&hoursOk);
    if (!hoursOk || snapshotHours < 0 || snapshotHours > 24 * 30)
        return fail(BadInput, QStringLiteral("--snapshot-hours takes a number of hours from 0 (never) to 720, such as 6 or 0.5."));

    // Map tiles when there is a tile set (import-tiles); --tiles that names none is refused.
    auto tiles = std::make_shared<MbTiles>();
    const QString tilesFile = tilesLocation(*options);
    if (QFileInfo::exists(tilesFile) || options->has(QStringLiteral("tiles"))) {
        if (!tiles->open(tilesFile))
            return fail(BadInput, tiles->errorString());
    }
    return withDatabase(databaseLocation(*options), [&](HubDatabase &db) {
        HubServer server(db, [] { return now().toSecsSinceEpoch(); });
        server.setReleaseRules(*rules);
        if (tiles->isOpen()) {
            server.setTileSet(tiles);
            server.setTileRegions(regionsLocation(tilesFile));
        }
        const QString snapshots = snapshotsLocation(*options);
        server.setSnapshots(snapshots);
        if (snapshotHours > 0)
            scheduleSnapshots(&server, databaseLocation(*options), snapshots, snapshotHours);
        QString why;
        const quint16 bound = server.listen(address, port, &why);
        if (bound == 0)
            return fail(Failed, why);
        // The first line on stdout, so that a script or test that asked for port 0 learns the port.
        const QString shown = address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(address.toString()) : address.toString();
        print(QStringLiteral("listening on %1:%2").arg(shown).arg(bound));
        qCInfo(lcHub, "serving schema version %d", db.schemaVersion());
        return QCoreApplication::exec();
    });
}

} // namespace Buurtplein::HubCli
