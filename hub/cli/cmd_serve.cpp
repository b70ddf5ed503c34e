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
} // namespace

int serve(const QStringList &args)
{
    QString error;
    const auto options = Arguments::parse(args, {QStringLiteral("serve"), {QStringLiteral("listen"), QStringLiteral("k"), QStringLiteral("tiles"), QStringLiteral("db")}, {}}, &error);
    if (!options)
        return fail(BadInput, error);
    QHostAddress address;
    quint16 port = 0;
    if (!parseListen(options->value(QStringLiteral("listen"), QStringLiteral("127.0.0.1:8080")), &address, &port))
        return fail(BadInput, QStringLiteral("--listen takes ADDRESS:PORT, such as 127.0.0.1:8080 or [::1]:8080."));
    const auto rules = releaseRules(*options, &error);
    if (!rules)
        return fail(BadInput, error);

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
