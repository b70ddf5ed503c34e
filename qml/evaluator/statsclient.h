// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPolygonF>
#include <QPointer>
#include <QQmlEngine>
#include <QUrl>
#include <QUrlQuery>
#include <QVariantMap>

#include "common/areaoutlines.h"
#include "stats/statssource.h"
#include "evaluator/statstablemodel.h"

#include <functional>
#include <optional>

namespace Buurtplein {

/**
 * The programme evaluator's view of the hub's released statistics (the stats contract:
 * GET /v1/stats/dimensions and /v1/stats/table): fetches them asynchronously, reads them
 * strictly, keeps the last answers in a small JSON file on the device and shows those,
 * "as of" when they were made, when the hub cannot be reached. Exports a table as CSV.
 */
class StatsClient : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Evaluator.stats is the device's one StatsClient")
    /**
     * What evaluators may filter and group by: {first, last, areas: [{level, code, name,
     * parent, lat, lon, located}], categories/programmes/organisations: [{key, name}],
     * metrics: [..], k}. Empty until the first answer (or cached copy) arrived.
     */
    Q_PROPERTY(QVariantMap dimensions READ dimensions NOTIFY dimensionsChanged)
    Q_PROPERTY(QDateTime dimensionsAsOf READ dimensionsAsOf NOTIFY dimensionsChanged)
    /** A sentence when the dimensions could not be had from the hub nor from the cache. */
    Q_PROPERTY(QString dimensionsError READ dimensionsError NOTIFY dimensionsChanged)
    /** Requests under way (screenshots wait for 0). */
    Q_PROPERTY(int pending READ pending NOTIFY pendingChanged)
    /** How many area outlines loadOutlines() brought (0: none, the map shows circles). */
    Q_PROPERTY(int outlineCount READ outlineCount NOTIFY outlinesChanged)
    /** The loaded outlines, for the area map's AreaOutlineLayer. */
    Q_PROPERTY(Buurtplein::AreaOutlines *outlineSet READ outlineSet CONSTANT)

public:
    /** @p cacheFile keeps the last answers (JSON); @p hub talks to the hub (tests hand their own network manager). */
    StatsClient(HubClient hub, const QString &cacheFile, QObject *parent = nullptr);

    /** The hub and evaluator token; requests made before wait for them. An empty @p hub drops them and the cache. */
    void setCredentials(const QUrl &hub, const QString &token);
    /** True while setCredentials() has not been called with a token yet. */
    bool waitingForToken() const { return m_source.waitingForToken(); }

    QVariantMap dimensions() const { return m_dimensions; }
    QDateTime dimensionsAsOf() const { return m_dimensionsAsOf; }
    QString dimensionsError() const { return m_dimensionsError; }
    int pending() const { return m_pending; }

    /** Fetches /v1/stats/dimensions into dimensions(). */
    Q_INVOKABLE void loadDimensions();
    /**
     * Fetches the outlines of @p level ("buurt" or "wijk") from GET /v1/areas/outlines and
     * reads them off the UI thread into outlines(); a hub without outlines leaves none.
     */
    Q_INVOKABLE void loadOutlines(const QString &level);
    /** The loaded outlines by area code, on the Web Mercator unit square. */
    AreaOutlines *outlineSet() { return &m_outlines; }
    int outlineCount() const { return m_outlines.count(); }
    /**
     * Fetches the table @p query asks for ({metric, rows, columns?, from, to, gemeente?, wijk?,
     * buurt?, category?, programme?, organisation?}) into @p model; a later call for the
     * same model wins over an earlier one still under way.
     */
    Q_INVOKABLE void loadTable(Buurtplein::StatsTableModel *model, const QVariantMap &query);

    /** What fetchTable() hands back: the table, whether it is the device's copy, or why there is none. */
    struct Fetched {
        std::optional<StatsAnswer::Table> table;
        bool fromCache = false;
        QString failure; ///< a sentence for the person when there is no table
    };
    /**
     * Fetches the released table of @p query (GET /v1/stats/table, any parameter of the
     * contract, lang too) with the evaluator's token; the device's copy when the hub
     * cannot be reached. @p done is called once, on this object's thread.
     */
    void fetchTable(const QUrlQuery &query, std::function<void(const Fetched &)> done);
    /**
     * Fetches the table @p query as CSV in @p lang and writes it to @p file atomically.
     * Answers with exported(path) or exportFailed(sentence).
     */
    Q_INVOKABLE void exportCsv(const QVariantMap &query, const QString &lang, const QUrl &file);
    /** Where a CSV goes when the person cannot pick a file: the documents (or downloads) folder. */
    Q_INVOKABLE QUrl defaultExportFile(const QVariantMap &query) const;
    /** Removes the cached answers (on sign-out). */
    void clearCache();

    /** @p query as the URL query the contract expects; std::nullopt for an unknown key or an empty value. */
    static std::optional<QUrlQuery> urlQuery(const QVariantMap &query);
    /** Reads a table answer with StatsAnswer::read; the app also needs its "generated" time. std::nullopt with @p detail. */
    static std::optional<StatsAnswer::Table> readTable(const QByteArray &json, QString *detail);
    /** Reads a dimensions answer strictly into the map dimensions() shows; std::nullopt with @p detail. */
    static std::optional<QVariantMap> parseDimensions(const QByteArray &json, QString *detail);

Q_SIGNALS:
    void dimensionsChanged();
    void pendingChanged();
    void outlinesChanged();
    void exported(const QString &path);
    void exportFailed(const QString &message);

private:
    /** GET through the source, counted in pending(). */
    /** The device's copy of @p path with @p query, handed to @p then once read (counted as pending meanwhile). */
    void fromCopy(const QString &path, const QUrlQuery &query, std::function<void(const std::optional<StatsSource::Copy> &)> then);
    void get(const QString &path, const QUrlQuery &query, std::function<void(const HubAnswer &)> handler);
    QString failureSentence(const HubAnswer &answer) const;

    StatsSource m_source;
    QVariantMap m_dimensions;
    QDateTime m_dimensionsAsOf;
    QString m_dimensionsError;
    int m_pending = 0;
    AreaOutlines m_outlines;
    QString m_outlineLevel;
};

} // namespace Buurtplein
