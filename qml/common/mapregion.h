// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/areaoutlines.h"
#include "map/regiondownload.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QThread>
#include <QVariantList>

namespace Buurtplein {

/**
 * The map of the resident's gemeente on the device (issue 20, docs/map.md, "Region
 * packages"): the hub offers one package per gemeente (its vector tiles and its buurt
 * and wijk outlines, GET /v1/tiles/regions); the person downloads the one they live in,
 * and from then on the map draws it without a network. Until then, and whenever it is
 * removed, the map draws the demo neighbourhood the app carries.
 *
 * Everything that waits (the hub, the file being written, the check of 20 MB) happens on
 * a thread of its own. A download that breaks goes on from where it stopped the next time
 * (Range, If-Range); the new package is used only after its SHA-1 matches the hub's list
 * and it passes RegionPackage::check, and it is stored under a new name, so the file the
 * map is drawing from is never overwritten. What the hub learns: which gemeente's map the
 * device fetched, the same as every other device there; never the position or the buurt
 * (the list is fetched whole and the choice made on the device).
 */
class MapRegion : public QObject
{
    Q_OBJECT
    /** The package file the map draws; empty: the demo neighbourhood's tiles. */
    Q_PROPERTY(QString source READ source NOTIFY regionChanged)
    Q_PROPERTY(bool hasRegion READ hasRegion NOTIFY regionChanged)
    Q_PROPERTY(QString regionCode READ regionCode NOTIFY regionChanged)
    Q_PROPERTY(QString regionName READ regionName NOTIFY regionChanged)
    Q_PROPERTY(double regionBytes READ regionBytes NOTIFY regionChanged)
    Q_PROPERTY(QDateTime fetchedAt READ fetchedAt NOTIFY regionChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    /** Bytes on the device of the package being downloaded, and its whole size. */
    Q_PROPERTY(double receivedBytes READ receivedBytes NOTIFY progressChanged)
    Q_PROPERTY(double totalBytes READ totalBytes NOTIFY progressChanged)
    /**
     * What the hub offers, after look(): {code, name, bytes, here, held, newer} per
     * gemeente, the one around the resident first. here: the resident's position lies in
     * its bounds; held: the device has this package; newer: the hub has a newer one.
     */
    Q_PROPERTY(QVariantList offers READ offers NOTIFY offersChanged)
    /** Why the last step failed, as a sentence for the person; empty when it did not. */
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    /** The buurt outlines of the package the map draws (the demo's when none is held), for the neighbourhood chooser. */
    Q_PROPERTY(Buurtplein::AreaOutlines *outlines READ outlines CONSTANT)

public:
    enum State { Idle, Looking, Downloading, Checking };
    Q_ENUM(State)

    /** Keeps its packages in @p folder (created when needed). */
    explicit MapRegion(const QString &folder, QObject *parent = nullptr);
    ~MapRegion() override;

    QString source() const { return m_source; }
    bool hasRegion() const { return !m_source.isEmpty(); }
    QString regionCode() const { return m_held.value(QStringLiteral("code")).toString(); }
    QString regionName() const { return m_held.value(QStringLiteral("name")).toString(); }
    double regionBytes() const { return m_held.value(QStringLiteral("bytes")).toDouble(); }
    QDateTime fetchedAt() const;
    State state() const { return m_state; }
    double receivedBytes() const { return double(m_received); }
    double totalBytes() const { return double(m_total); }
    QVariantList offers() const { return m_offers; }
    QString problem() const { return m_problem; }
    AreaOutlines *outlines() { return &m_outlines; }

    /** Asks @p hub which packages it has; @p lat/@p lon (when @p hasLocation) only pick the order, on the device. */
    Q_INVOKABLE void look(const QString &hub, bool hasLocation = false, double lat = 0, double lon = 0);
    /** Downloads the package of @p code that look() offered (going on from a broken download of the same version). */
    Q_INVOKABLE bool download(const QString &code);
    Q_INVOKABLE void cancel();
    /** Removes the package from the device; the map draws the demo neighbourhood again. */
    Q_INVOKABLE void remove();
    /** @p bytes as a person reads a size, in the app's language ("22.7 MB"). */
    Q_INVOKABLE QString sizeText(double bytes) const;

Q_SIGNALS:
    void regionChanged();
    void stateChanged();
    void progressChanged();
    void offersChanged();
    void problemChanged();
    /** A download or removal ended (@p ok false: see problem). */
    void finished(bool ok);

private:
    void setState(State state);
    void setProblem(const QString &problem);
    void onHeld(const QJsonObject &held, const QString &path);
    void onListed(const QJsonArray &regions);
    void onFailed(RegionDownload::Failure failure, qint64 received, qint64 total);

    QThread m_thread;
    RegionDownload *m_fetcher = nullptr; // lives on m_thread
    QString m_hub;
    QJsonObject m_held;
    QString m_source;
    QJsonArray m_listed;
    QVariantList m_offers;
    bool m_hasLocation = false;
    double m_lat = 0;
    double m_lon = 0;
    State m_state = Idle;
    qint64 m_received = 0;
    qint64 m_total = 0;
    QString m_problem;
    AreaOutlines m_outlines;
};

} // namespace Buurtplein
