// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluator/statsclient.h"
#include "evaluator/statstablemodel.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QPointer>
#include <QThreadPool>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

Q_LOGGING_CATEGORY(lcStats, "buurtplein.app.stats", QtInfoMsg)

namespace Buurtplein {

namespace {

const QStringList queryKeys{QStringLiteral("metric"), QStringLiteral("rows"), QStringLiteral("columns"), QStringLiteral("from"),
                            QStringLiteral("to"), QStringLiteral("gemeente"), QStringLiteral("wijk"), QStringLiteral("buurt"),
                            QStringLiteral("category"), QStringLiteral("programme"), QStringLiteral("organisation")};

QString unreadable()
{
    //: The hub answered with figures in a form this app cannot read
    return StatsClient::tr("The hub sent figures this version of the app cannot read, so none are shown. "
                           "Ask the hub's administrator whether the app needs an update.");
}

std::optional<QVariantList> readKeyed(const QJsonValue &json, QString *detail, const char *what)
{
    if (!json.isArray()) {
        *detail = QStringLiteral("%1 is not an array").arg(QLatin1String(what));
        return std::nullopt;
    }
    QVariantList out;
    for (const QJsonValue &v : json.toArray()) {
        const QJsonObject o = v.toObject();
        if (!o.value(QStringLiteral("key")).isString() || o.value(QStringLiteral("key")).toString().isEmpty()
            || !o.value(QStringLiteral("name")).isString()) {
            *detail = QStringLiteral("%1 holds an entry without key and name").arg(QLatin1String(what));
            return std::nullopt;
        }
        out.append(QVariantMap{{QStringLiteral("key"), o.value(QStringLiteral("key")).toString()},
                               {QStringLiteral("name"), o.value(QStringLiteral("name")).toString()}});
    }
    return out;
}

void sortByName(QVariantList &list, const char *nameKey)
{
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const QString name = QLatin1String(nameKey);
    std::stable_sort(list.begin(), list.end(), [&](const QVariant &a, const QVariant &b) {
        return collator.compare(a.toMap().value(name).toString(), b.toMap().value(name).toString()) < 0;
    });
}

} // namespace

StatsClient::StatsClient(HubClient hub, const QString &cacheFile, QObject *parent)
    : QObject(parent)
    , m_source(hub, cacheFile)
{
}

void StatsClient::setCredentials(const QUrl &hub, const QString &token)
{
    m_source.setCredentials(hub, token);
}

std::optional<QUrlQuery> StatsClient::urlQuery(const QVariantMap &query)
{
    QUrlQuery out;
    // In a fixed order, so that the same question always has the same cache key.
    for (const QString &key : queryKeys) {
        if (!query.contains(key))
            continue;
        const QString value = query.value(key).toString();
        if (value.isEmpty())
            continue; // "all" in a filter is simply no filter
        out.addQueryItem(key, value);
    }
    for (auto it = query.begin(); it != query.end(); ++it) {
        if (!queryKeys.contains(it.key()))
            return std::nullopt;
    }
    if (!out.hasQueryItem(QStringLiteral("metric")) || !out.hasQueryItem(QStringLiteral("rows")))
        return std::nullopt;
    return out;
}

std::optional<QVariantMap> StatsClient::parseDimensions(const QByteArray &json, QString *detail)
{
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError || root.isEmpty()) {
        *detail = QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    const QJsonObject periods = root.value(QStringLiteral("periods")).toObject();
    const QJsonObject rules = root.value(QStringLiteral("rules")).toObject();
    if (!root.value(QStringLiteral("areas")).isArray() || !root.value(QStringLiteral("metrics")).isArray()
        || !rules.value(QStringLiteral("k")).isDouble() || rules.value(QStringLiteral("k")).toInt() < 5) {
        *detail = QStringLiteral("areas, metrics or rules.k (at least 5) missing");
        return std::nullopt;
    }
    QVariantList areas;
    for (const QJsonValue &v : root.value(QStringLiteral("areas")).toArray()) {
        const QJsonObject a = v.toObject();
        const QString level = a.value(QStringLiteral("level")).toString();
        const QString code = a.value(QStringLiteral("code")).toString();
        if ((level != QLatin1String("gemeente") && level != QLatin1String("wijk") && level != QLatin1String("buurt")) || code.isEmpty()) {
            *detail = QStringLiteral("an area without a level or code");
            return std::nullopt;
        }
        const bool located = a.value(QStringLiteral("lat")).isDouble() && a.value(QStringLiteral("lon")).isDouble();
        areas.append(QVariantMap{{QStringLiteral("level"), level},
                                 {QStringLiteral("code"), code},
                                 {QStringLiteral("name"), a.value(QStringLiteral("name")).toString(code)},
                                 {QStringLiteral("parent"), a.value(QStringLiteral("parent")).toString()},
                                 {QStringLiteral("located"), located},
                                 {QStringLiteral("lat"), a.value(QStringLiteral("lat")).toDouble()},
                                 {QStringLiteral("lon"), a.value(QStringLiteral("lon")).toDouble()}});
    }
    sortByName(areas, "name");
    QVariantMap out{{QStringLiteral("first"), periods.value(QStringLiteral("first")).toString()},
                    {QStringLiteral("last"), periods.value(QStringLiteral("last")).toString()},
                    {QStringLiteral("areas"), areas},
                    {QStringLiteral("k"), rules.value(QStringLiteral("k")).toInt()},
                    {QStringLiteral("minSessions"), rules.value(QStringLiteral("minSessions")).toInt(3)},
                    {QStringLiteral("maxNoise"), rules.value(QStringLiteral("maxNoise")).toInt(4)}};
    QStringList metrics;
    for (const QJsonValue &m : root.value(QStringLiteral("metrics")).toArray()) {
        if (!m.isString()) {
            *detail = QStringLiteral("a metric that is not a text");
            return std::nullopt;
        }
        metrics.append(m.toString());
    }
    out.insert(QStringLiteral("metrics"), metrics);
    for (const char *list : {"categories", "programmes", "organisations"}) {
        auto entries = readKeyed(root.value(QLatin1String(list)), detail, list);
        if (!entries)
            return std::nullopt;
        sortByName(*entries, "name");
        out.insert(QLatin1String(list), *entries);
    }
    return out;
}

void StatsClient::loadDimensions()
{
    const QString path = QStringLiteral("/v1/stats/dimensions");
    get(path, {}, [this, path](const HubAnswer &answer) {
        QString detail;
        std::optional<QVariantMap> dims;
        QDateTime asOf = QDateTime::currentDateTimeUtc();
        if (answer.status == 200) {
            dims = parseDimensions(answer.body, &detail);
            if (dims)
                m_source.remember(path, {}, answer.body, asOf);
            else
                qCWarning(lcStats) << "dimensions: not the contract:" << detail;
            m_dimensionsError = dims ? QString() : unreadable();
        } else if (answer.status == 0) {
            // Offline: the device's copy, read off this thread.
            fromCopy(path, {}, [this, answer](const std::optional<StatsSource::Copy> &copy) {
                QString why;
                const std::optional<QVariantMap> kept = copy ? parseDimensions(copy->body, &why) : std::nullopt;
                m_dimensionsError = kept ? QString() : failureSentence(answer);
                if (kept) {
                    m_dimensions = *kept;
                    m_dimensionsAsOf = copy->received;
                }
                Q_EMIT dimensionsChanged();
            });
            return;
        } else {
            m_dimensionsError = failureSentence(answer);
        }
        if (dims) {
            m_dimensions = *dims;
            m_dimensionsAsOf = asOf;
        }
        Q_EMIT dimensionsChanged();
    });
}

void StatsClient::loadOutlines(const QString &level)
{
    if (level != QLatin1String("buurt") && level != QLatin1String("wijk"))
        return;
    if (level == m_outlineLevel && m_outlines.count() > 0)
        return;
    m_outlineLevel = level;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("level"), level);
    get(QStringLiteral("/v1/areas/outlines"), query, [this, level](const HubAnswer &answer) {
        if (answer.status != 200) {
            qCInfo(lcStats) << "no area outlines from the hub:" << answer.status;
            return;
        }
        // A city's outlines are a megabyte of JSON: read on a pool thread, handed back here.
        ++m_pending;
        Q_EMIT pendingChanged();
        const QByteArray body = answer.body;
        QPointer<StatsClient> guard(this);
        QThreadPool::globalInstance()->start([guard, body, level] {
            const auto outlines = AreaOutlines::readFeatureCollection(body);
            QMetaObject::invokeMethod(qApp, [guard, outlines, level] {
                if (!guard)
                    return;
                if (guard->m_outlineLevel == level) {
                    guard->m_outlines.set(outlines);
                    Q_EMIT guard->outlinesChanged();
                }
                --guard->m_pending;
                Q_EMIT guard->pendingChanged();
            }, Qt::QueuedConnection);
        });
    });
}

std::optional<StatsAnswer::Table> StatsClient::readTable(const QByteArray &json, QString *detail)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *detail = QStringLiteral("not a JSON object: ") + error.errorString();
        return std::nullopt;
    }
    auto table = StatsAnswer::read(doc.object(), detail);
    // The dashboard says "as of" when the hub made the figures, so an answer must say it.
    if (table && !table->generated.isValid()) {
        *detail = QStringLiteral("The table does not say when it was made (generated).");
        return std::nullopt;
    }
    return table;
}

void StatsClient::fetchTable(const QUrlQuery &query, std::function<void(const Fetched &)> done)
{
    const QString path = QStringLiteral("/v1/stats/table");
    get(path, query, [this, path, query, done](const HubAnswer &answer) {
        Fetched fetched;
        QString detail;
        if (answer.status == 200) {
            fetched.table = readTable(answer.body, &detail);
            if (fetched.table) {
                m_source.remember(path, query, answer.body, QDateTime::currentDateTimeUtc());
            } else {
                qCWarning(lcStats) << "table: not the contract:" << detail;
                fetched.failure = unreadable();
            }
            done(fetched);
            return;
        }
        if (answer.status == 0) {
            // Offline: the device's copy, read off this thread.
            fromCopy(path, query, [this, answer, done](const std::optional<StatsSource::Copy> &copy) {
                Fetched kept;
                QString why;
                if (copy) {
                    kept.table = readTable(copy->body, &why);
                    kept.fromCache = kept.table.has_value();
                }
                if (!kept.table)
                    kept.failure = failureSentence(answer);
                done(kept);
            });
            return;
        }
        fetched.failure = failureSentence(answer);
        done(fetched);
    });
}

void StatsClient::loadTable(StatsTableModel *model, const QVariantMap &query)
{
    if (!model)
        return;
    const auto url = urlQuery(query);
    const quint64 generation = model->nextGeneration();
    if (!url) {
        qCWarning(lcStats) << "the dashboard asked for a table outside the contract:" << query;
        model->setError(unreadable());
        return;
    }
    model->setLoading();
    QPointer<StatsTableModel> target(model);
    fetchTable(*url, [target, generation](const Fetched &fetched) {
        if (!target || target->generation() != generation)
            return; // a newer question was asked meanwhile
        if (fetched.table)
            target->setTable(*fetched.table, fetched.table->generated, fetched.fromCache);
        else
            target->setError(fetched.failure);
    });
}

void StatsClient::exportCsv(const QVariantMap &query, const QString &lang, const QUrl &file)
{
    auto url = urlQuery(query);
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (!url || path.isEmpty()) {
        //: CSV export: nothing to export or no file chosen
        Q_EMIT exportFailed(tr("Choose a table and a file to export to."));
        return;
    }
    url->addQueryItem(QStringLiteral("format"), QStringLiteral("csv"));
    url->addQueryItem(QStringLiteral("lang"), lang == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("nl"));
    get(QStringLiteral("/v1/stats/table"), *url, [this, path](const HubAnswer &answer) {
        if (answer.status != 200) {
            Q_EMIT exportFailed(failureSentence(answer));
            return;
        }
        // The file is written on a pool thread: a slow or full disk does not hold the UI.
        QPointer<StatsClient> self(this);
        QThreadPool::globalInstance()->start([self, path, body = answer.body] {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QSaveFile out(path);
            const bool ok = out.open(QIODevice::WriteOnly) && out.write(body) == body.size() && out.commit();
            if (!ok)
                qCWarning(lcStats) << "export: cannot write" << path << out.errorString();
            QMetaObject::invokeMethod(qApp, [self, ok, path] {
                if (!self)
                    return;
                if (ok)
                    Q_EMIT self->exported(path);
                else
                    //: CSV export: the file could not be written; %1 is its path
                    Q_EMIT self->exportFailed(tr("The table could not be saved as %1. Choose another folder.").arg(path));
            }, Qt::QueuedConnection);
        });
    });
}

QUrl StatsClient::defaultExportFile(const QVariantMap &query) const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    // The name the hub's Content-Disposition gives: buurtplein-<metric>-<from>-<to>.csv
    const QString name = QStringLiteral("buurtplein-%1-%2-%3.csv")
                             .arg(query.value(QStringLiteral("metric")).toString(), query.value(QStringLiteral("from")).toString(),
                                  query.value(QStringLiteral("to")).toString());
    return QUrl::fromLocalFile(QDir(folder).filePath(name));
}

void StatsClient::get(const QString &path, const QUrlQuery &query, std::function<void(const HubAnswer &)> handler)
{
    m_source.get(path, query, this, [this, handler = std::move(handler)](const HubAnswer &answer) {
        handler(answer);
        --m_pending;
        Q_EMIT pendingChanged();
    }, [this] {
        ++m_pending;
        Q_EMIT pendingChanged();
    });
}

void StatsClient::fromCopy(const QString &path, const QUrlQuery &query,
                           std::function<void(const std::optional<StatsSource::Copy> &)> then)
{
    // Counted as pending like a request: the dashboard waits for it the same way.
    ++m_pending;
    Q_EMIT pendingChanged();
    m_source.cached(path, query, this, [this, then = std::move(then)](const std::optional<StatsSource::Copy> &copy) {
        then(copy);
        --m_pending;
        Q_EMIT pendingChanged();
    });
}

QString StatsClient::failureSentence(const HubAnswer &answer) const
{
    switch (answer.status) {
    case 0:
        //: Dashboard: the hub cannot be reached and the device has no saved figures for this choice
        return tr("The hub cannot be reached, and this device has no saved figures for this choice yet. Try again when you are online.");
    case 400:
        //: Dashboard: the hub refused the filters; %1 is the hub's own explanation
        return answer.hubMessage().isEmpty() ? tr("The hub did not accept this choice of filters.")
                                             : tr("The hub did not accept this choice of filters: %1").arg(answer.hubMessage());
    case 401:
        //: Dashboard: the evaluator key was revoked or is unknown
        return tr("The hub no longer accepts this evaluator key. Sign in again with a new one.");
    case 403:
        //: Dashboard: the key may not read statistics
        return tr("This key may not read statistics. Ask your coordinator for an evaluator key.");
    }
    //: Dashboard: any other error from the hub; %1 is the HTTP status
    return tr("The hub could not give these figures (error %1). Try again later.").arg(answer.status);
}

void StatsClient::clearCache()
{
    m_source.clearCache();
    m_dimensions.clear();
    m_dimensionsAsOf = {};
    m_dimensionsError.clear();
    Q_EMIT dimensionsChanged();
}

} // namespace Buurtplein
