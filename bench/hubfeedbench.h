// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by bench-feed and bench-firstsync: gen-catalogue's device catalogue at a chosen
// scale, written record by record into a hub database through HubCatalogue and the
// CataloguePayload codec, and a raw HTTP/1.1 GET client. Bench code, not a product
// feature: the hub has no command that loads a whole device catalogue.

#include "worker/cataloguepayload.h"
#include "catalogue/cataloguestore.h"
#include "storage/database.h"
#include "store/hubcatalogue.h"
#include "store/hubdatabase.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpSocket>

#include <cmath>
#include <optional>

namespace Buurtplein::Bench {

/** The options both benches take to find or make their catalogue. */
inline void addCatalogueOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("scale"),
                      QStringLiteral("Fraction of the national catalogue to generate (1 = 50,000 places, 200,000 activities)."),
                      QStringLiteral("F"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("catalogue"), QStringLiteral("Use this gen-catalogue file instead of generating one (--scale is ignored)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("labelpoints"), QStringLiteral("CBS label point CSV for gen-catalogue."), QStringLiteral("csv"),
                      QStringLiteral(BUURTPLEIN_LABELPOINTS)});
}

/** The device catalogue to feed the hub, and how it was made. */
struct DeviceCatalogue {
    QString path;
    QString generated;  ///< gen-catalogue's own line ("gen-catalogue places=... insert_ms=... index_ms=..."), empty when given
};

/**
 * The catalogue --catalogue names, or one gen-catalogue (built beside this bench) writes
 * into @p dir at --scale: round(50,000 × F) places, round(200,000 × F) activities.
 */
inline std::optional<DeviceCatalogue> deviceCatalogue(const QCommandLineParser &parser, const QString &dir, QString *error)
{
    if (parser.isSet(QStringLiteral("catalogue"))) {
        const QString path = parser.value(QStringLiteral("catalogue"));
        if (!QFile::exists(path)) {
            *error = QStringLiteral("There is no catalogue %1.").arg(path);
            return std::nullopt;
        }
        return DeviceCatalogue{path, {}};
    }
    bool ok = false;
    const double scale = parser.value(QStringLiteral("scale")).toDouble(&ok);
    if (!ok || scale <= 0 || scale > 1) {
        *error = QStringLiteral("--scale takes a fraction above 0 and at most 1.");
        return std::nullopt;
    }
    DeviceCatalogue out{dir + QStringLiteral("/device-catalogue.sqlite"), {}};
    QProcess gen;
    gen.start(QStringLiteral(BUURTPLEIN_BIN_DIR "/gen-catalogue"),
              {QStringLiteral("--out"), out.path, QStringLiteral("--labelpoints"), parser.value(QStringLiteral("labelpoints")),
               QStringLiteral("--places"), QString::number(std::max<qint64>(1, std::llround(50000 * scale))),
               QStringLiteral("--activities"), QString::number(std::max<qint64>(1, std::llround(200000 * scale)))});
    if (!gen.waitForFinished(-1) || gen.exitStatus() != QProcess::NormalExit || gen.exitCode() != 0) {
        *error = QStringLiteral("gen-catalogue failed: ") + QString::fromUtf8(gen.readAllStandardError());
        return std::nullopt;
    }
    out.generated = QString::fromUtf8(gen.readAllStandardOutput()).trimmed();
    return out;
}

/** What loading wrote. */
struct Loaded {
    int records = 0;
    qint64 ms = 0;
};

/**
 * Writes every record of the device catalogue at @p devicePath into @p hub in one
 * transaction: read with CatalogueStore, built and normalised with CataloguePayload (as
 * the hub's import commands do), stored with HubCatalogue::upsert in catalogue order, so
 * change numbers run 1..N without gaps. The organisation that may edit a schedule or an
 * override is its activity's, as on the hub.
 */
inline std::optional<Loaded> loadIntoHub(const QString &devicePath, HubDatabase &hub, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    Database device;
    if (!device.open(devicePath)) {
        *error = device.errorString();
        return std::nullopt;
    }
    const CatalogueStore store(device);
    HubTransaction tx(hub.connection(), hub.dialect());
    if (!tx.isActive()) {
        *error = tx.errorString();
        return std::nullopt;
    }
    HubCatalogue catalogue(hub);
    QHash<QString, QString> ownerOfActivity;
    Loaded loaded;
    const auto store1 = [&](const QString &kind, const QString &uid, const QString &owner, const QJsonObject &built) {
        const auto data = CataloguePayload::normalise(kind, built, error);
        if (!data)
            return false;
        const CatalogueWrite write = catalogue.upsert(kind, uid, owner, *data);
        if (write.outcome != CatalogueWrite::Stored) {
            *error = QStringLiteral("%1 %2 was not stored: %3").arg(kind, uid, write.error);
            return false;
        }
        ++loaded.records;
        return true;
    };
    const auto uids = [&](const QString &sql) {
        QStringList out;
        QSqlQuery q(device.connection());
        q.setForwardOnly(true);
        q.exec(sql);
        while (q.next())
            out.append(q.value(0).toString());
        return out;
    };
    for (const QString &uid : uids(QStringLiteral("SELECT uid FROM organisation ORDER BY id"))) {
        if (!store1(CataloguePayload::OrganisationKind, uid, uid, CataloguePayload::build(store.organisation(uid).value_or(Organisation()))))
            return std::nullopt;
    }
    for (const QString &uid : uids(QStringLiteral("SELECT uid FROM place ORDER BY id"))) {
        const Place place = store.place(uid).value_or(Place());
        if (!store1(CataloguePayload::PlaceKind, uid, {}, CataloguePayload::build(place)))
            return std::nullopt;
    }
    for (const QString &uid : uids(QStringLiteral("SELECT uid FROM activity ORDER BY id"))) {
        const Activity activity = store.activity(uid).value_or(Activity());
        ownerOfActivity.insert(uid, activity.organisationUid);
        if (!store1(CataloguePayload::ActivityKind, uid, activity.organisationUid, CataloguePayload::build(activity)))
            return std::nullopt;
    }
    for (const QString &uid : uids(QStringLiteral("SELECT uid FROM schedule ORDER BY id"))) {
        const Schedule schedule = store.schedule(uid).value_or(Schedule());
        if (!store1(CataloguePayload::ScheduleKind, uid, ownerOfActivity.value(schedule.activityUid), CataloguePayload::build(schedule)))
            return std::nullopt;
    }
    for (const QString &uid : uids(QStringLiteral("SELECT occurrence_uid FROM occurrence_override ORDER BY id"))) {
        const OccurrenceOverride change = store.occurrenceOverride(uid).value_or(OccurrenceOverride());
        if (!store1(CataloguePayload::OverrideKind, uid, ownerOfActivity.value(change.activityUid), CataloguePayload::build(change)))
            return std::nullopt;
    }
    if (!tx.commit()) {
        *error = tx.errorString();
        return std::nullopt;
    }
    loaded.ms = timer.elapsed();
    return loaded;
}

/**
 * One kept-alive HTTP/1.1 connection that writes each request in one piece (see
 * bench-hubingest: through QNetworkAccessManager a request may wait for a delayed ACK
 * on loopback, which would measure TCP rather than the hub).
 */
class RawHttp
{
public:
    bool connect(int port, QString *error)
    {
        m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), quint16(port));
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        if (!m_socket.waitForConnected(10000)) {
            *error = m_socket.errorString();
            return false;
        }
        return true;
    }

    /** GETs @p path; the body of a 200, or std::nullopt with @p error. @p wire gets the bytes read, headers included. */
    std::optional<QByteArray> get(const QByteArray &path, qint64 *wire, QString *error)
    {
        m_socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QByteArray answer;
        qsizetype headerEnd = -1;
        qsizetype length = -1;
        while (headerEnd < 0 || answer.size() < headerEnd + 4 + length) {
            if (!m_socket.waitForReadyRead(60000)) {
                *error = QStringLiteral("no answer from the hub: ") + m_socket.errorString();
                return std::nullopt;
            }
            answer += m_socket.readAll();
            if (headerEnd < 0 && (headerEnd = answer.indexOf("\r\n\r\n")) >= 0) {
                for (const QByteArray &line : answer.left(headerEnd).split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                if (length < 0) {
                    *error = QStringLiteral("an answer without Content-Length");
                    return std::nullopt;
                }
            }
        }
        if (!answer.startsWith("HTTP/1.1 200")) {
            *error = QStringLiteral("the hub answered: ") + QString::fromUtf8(answer.left(500));
            return std::nullopt;
        }
        *wire += answer.size();
        return answer.mid(headerEnd + 4);
    }

private:
    QTcpSocket m_socket;
};

/** The median of @p values (0 for none). */
inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

} // namespace Buurtplein::Bench
