// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/feedapplier.h"
#include "recurrence/clock.h"
#include "worker/cataloguepayload.h"
#include "catalogue/cataloguestore.h"
#include "storage/database.h"
#include "device/devicesettings.h"
#include "worker/outbox.h"
#include "search/searchindex.h"
#include "search/windowkeeper.h"
#include "sync/synclog.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

Q_LOGGING_CATEGORY(lcSync, "buurtplein.sync", QtInfoMsg)

namespace Buurtplein {

namespace {

// Per kind: where its rows are, which column holds the uid. Constants of this file only.
struct KindTable {
    QString kind;
    QString table;
    QString key;
};

const QList<KindTable> &kindTables()
{
    static const QList<KindTable> tables{
        {CataloguePayload::OrganisationKind, QStringLiteral("organisation"), QStringLiteral("uid")},
        {CataloguePayload::PlaceKind, QStringLiteral("place"), QStringLiteral("uid")},
        {CataloguePayload::ActivityKind, QStringLiteral("activity"), QStringLiteral("uid")},
        {CataloguePayload::ScheduleKind, QStringLiteral("schedule"), QStringLiteral("uid")},
        {CataloguePayload::OverrideKind, QStringLiteral("occurrence_override"), QStringLiteral("occurrence_uid")},
    };
    return tables;
}

const KindTable *tableOf(const QString &kind)
{
    for (const KindTable &t : kindTables()) {
        if (t.kind == kind)
            return &t;
    }
    return nullptr;
}

// Whole numbers only: JSON has doubles, and 3.5 is no change number.
std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number < 0 || number != std::floor(number) || number > 9.0e15)
        return std::nullopt;
    return qint64(number);
}

// The uid a record carries in its payload.
QString recordId(const QString &kind, const QJsonObject &data)
{
    return data.value(kind == CataloguePayload::OverrideKind ? QStringLiteral("occurrenceUid") : QStringLiteral("uid")).toString();
}

} // namespace

FeedApplier::FeedApplier(QSqlDatabase db, Clock clock)
    : m_db(db)
    , m_clock(Clocks::orSystem(std::move(clock)))
{
}

bool FeedApplier::fail(const QString &message)
{
    m_error = message;
    qCWarning(lcSync) << message;
    return false;
}

qint64 FeedApplier::cursor() const
{
    return DeviceSettings(m_db).value(SettingKey::syncFeedCursor).toLongLong();
}

bool FeedApplier::hasCursor() const
{
    return DeviceSettings(m_db).contains(SettingKey::syncFeedCursor);
}

std::optional<QList<FeedItem>> FeedApplier::readItems(const QJsonArray &items, QString *error)
{
    static const QSet<QString> keys{QStringLiteral("state"), QStringLiteral("kind"), QStringLiteral("id"),
                                    QStringLiteral("modified"), QStringLiteral("version"), QStringLiteral("data")};
    QList<FeedItem> out;
    out.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items.at(i).toObject();
        auto refuse = [&](const QString &why) {
            *error = QStringLiteral("Feed item %1 %2").arg(i).arg(why);
            return std::nullopt;
        };
        if (!items.at(i).isObject())
            return refuse(QStringLiteral("is not a JSON object."));
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!keys.contains(it.key()))
                return refuse(QStringLiteral("has an unknown key '%1'.").arg(it.key()));
        }
        FeedItem item;
        const QString state = o.value(QStringLiteral("state")).toString();
        if (state != QLatin1String("updated") && state != QLatin1String("deleted"))
            return refuse(QStringLiteral("needs 'state' \"updated\" or \"deleted\"."));
        item.deleted = state == QLatin1String("deleted");
        item.kind = o.value(QStringLiteral("kind")).toString();
        if (!tableOf(item.kind))
            return refuse(QStringLiteral("has an unknown 'kind' '%1'.").arg(item.kind));
        item.id = o.value(QStringLiteral("id")).toString();
        if (item.id.isEmpty())
            return refuse(QStringLiteral("needs an 'id'."));
        const auto modified = wholeNumber(o.value(QStringLiteral("modified")));
        if (!modified)
            return refuse(QStringLiteral("needs 'modified', a change number."));
        item.modified = *modified;
        const QJsonValue version = o.value(QStringLiteral("version"));
        if (!version.isUndefined() && !version.isNull()) {
            const auto number = wholeNumber(version);
            if (!number || *number > INT_MAX)
                return refuse(QStringLiteral("has a 'version' that is no whole number."));
            item.version = int(*number);
        }
        const QJsonValue data = o.value(QStringLiteral("data"));
        if (!item.deleted) {
            if (!data.isObject())
                return refuse(QStringLiteral("(%1 %2) needs its record in 'data'.").arg(item.kind, item.id));
            item.data = data.toObject();
            if (version.isUndefined() || version.isNull())
                item.version = item.data.value(QStringLiteral("version")).toInt();
            if (recordId(item.kind, item.data) != item.id)
                return refuse(QStringLiteral("(%1 %2) carries the record of '%3'.").arg(item.kind, item.id, recordId(item.kind, item.data)));
        }
        out.append(item);
    }
    return out;
}

bool FeedApplier::waitsForHub(const QString &kind, const QString &id) const
{
    if (!Outbox::isKind(kind))
        return false;
    const std::optional<OutboxItem> row = Outbox(m_db).item(kind, id);
    return row && !row->setAside;
}

bool FeedApplier::setVersion(const QString &kind, const QString &id, int version)
{
    return writeVersion(kind, id, version, true);
}

bool FeedApplier::setHubVersion(const QString &kind, const QString &id, int version)
{
    return writeVersion(kind, id, version, false);
}

bool FeedApplier::writeVersion(const QString &kind, const QString &id, int version, bool local)
{
    const KindTable *t = tableOf(kind);
    Q_ASSERT(t);
    QSqlQuery q(m_db);
    // Table and column come from kindTables(), never from the feed.
    q.prepare(QStringLiteral("UPDATE %1 SET %2 hub_version = :hub WHERE %3 = :id")
                  .arg(t->table, local ? QStringLiteral("version = :version,") : QString(), t->key));
    if (local)
        q.bindValue(QStringLiteral(":version"), version);
    q.bindValue(QStringLiteral(":hub"), version);
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return fail(QStringLiteral("Cannot keep the hub's version of %1 %2: %3").arg(kind, id, q.lastError().text()));
    return true;
}

bool FeedApplier::applyRecord(const QString &kind, const QJsonObject &record, int version)
{
    CatalogueStore store(m_db);
    QString why;
    bool saved = false;
    const QString id = recordId(kind, record);
    if (kind == CataloguePayload::OrganisationKind) {
        auto value = CataloguePayload::readOrganisation(record, &why);
        saved = value && store.save(*value);
    } else if (kind == CataloguePayload::PlaceKind) {
        auto value = CataloguePayload::readPlace(record, &why);
        saved = value && store.save(*value);
    } else if (kind == CataloguePayload::ActivityKind) {
        auto value = CataloguePayload::readActivity(record, &why);
        saved = value && store.save(*value);
    } else if (kind == CataloguePayload::ScheduleKind) {
        auto value = CataloguePayload::readSchedule(record, &why);
        saved = value && store.save(*value);
    } else if (kind == CataloguePayload::OverrideKind) {
        auto value = CataloguePayload::readOverride(record, &why);
        saved = value && store.save(*value);
    } else {
        return fail(QStringLiteral("The hub sent a record of unknown kind '%1'.").arg(kind));
    }
    if (!saved)
        return fail(QStringLiteral("The hub's %1 %2 cannot be applied: %3").arg(kind, id, why.isEmpty() ? store.errorString() : why));
    return setVersion(kind, id, version);
}

bool FeedApplier::upsert(const FeedItem &item)
{
    return applyRecord(item.kind, item.data, item.version);
}

bool FeedApplier::remove(const QString &kind, const QString &id)
{
    CatalogueStore store(m_db);
    bool ok = true;
    if (kind == CataloguePayload::OrganisationKind) {
        ok = !store.organisationId(id) || store.removeOrganisation(id);
    } else if (kind == CataloguePayload::PlaceKind) {
        ok = !store.placeId(id) || store.removePlace(id);
    } else if (kind == CataloguePayload::ActivityKind) {
        ok = !store.activityId(id) || store.removeActivity(id);
    } else if (kind == CataloguePayload::ScheduleKind) {
        ok = !store.schedule(id) || store.removeSchedule(id);
    } else if (kind == CataloguePayload::OverrideKind) {
        ok = !store.occurrenceOverride(id) || store.removeOverride(id);
    }
    return ok || fail(QStringLiteral("Cannot remove %1 %2 as the hub did: %3").arg(kind, id, store.errorString()));
}

// Writes first, in the order a catalogue is built, then removals in the reverse order:
// within a page a record may come before one it names (the feed lists each record once,
// at its last change), and a removal never has to wait for what still names it.
bool FeedApplier::applyInOrder(const QList<FeedItem> &items)
{
    const QStringList kinds = CataloguePayload::kinds();
    for (const QString &kind : kinds) {
        for (const FeedItem &item : items) {
            if (item.kind != kind || item.deleted)
                continue;
            if (waitsForHub(item.kind, item.id)) {
                qCInfo(lcSync) << "keeping the device's" << item.kind << item.id << "until the hub answers its change";
                continue;
            }
            if (!upsert(item))
                return false;
        }
    }
    for (auto kind = kinds.crbegin(); kind != kinds.crend(); ++kind) {
        for (const FeedItem &item : items) {
            if (item.kind == *kind && item.deleted && !waitsForHub(item.kind, item.id) && !remove(item.kind, item.id))
                return false;
        }
    }
    return true;
}

bool FeedApplier::startWindow()
{
    // A fresh device: its records are expanded into this clock's days, not the system's.
    QString error;
    if (!SearchIndex::ensureWindow(m_db, m_clock(), SearchIndex::DefaultWindowWeeks, &error))
        return fail(QStringLiteral("Cannot set the search window: %1").arg(error));
    return true;
}

bool FeedApplier::finish(qint64 cursor)
{
    // One step of moving the search window, not the whole move: on a national catalogue a
    // new day is seconds of writing, which would hold this page's transaction (and every
    // other writer) that long. The app's WindowKeeper, the next page or the next sync takes
    // the further steps; a fresh device's window is set whole (nothing to expand yet).
    QString error;
    SearchIndex::WindowStep step;
    if (!SearchIndex::advanceWindow(m_db, m_clock(), SearchIndex::DefaultWindowWeeks, WindowKeeper::DefaultStepSeries,
                                    &step, &error)) {
        return fail(QStringLiteral("Cannot refresh the search window: %1").arg(error));
    }
    if (!DeviceSettings(m_db).setValue(SettingKey::syncFeedCursor, QString::number(cursor)))
        return fail(QStringLiteral("Cannot store the feed cursor."));
    return true;
}

bool FeedApplier::applyPage(const QList<FeedItem> &items)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(QStringLiteral("Cannot start a transaction for a feed page."));
    if (!startWindow())
        return false;
    qint64 next = cursor();
    QHash<QString, qsizetype> last;
    for (qsizetype i = 0; i < items.size(); ++i) {
        next = std::max(next, items.at(i).modified);
        last.insert(items.at(i).kind + QLatin1Char('\n') + items.at(i).id, i);
    }
    // Pages read together may list a record twice: its last state counts.
    QList<FeedItem> latest;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (last.value(items.at(i).kind + QLatin1Char('\n') + items.at(i).id) == i)
            latest.append(items.at(i));
    }
    if (!applyInOrder(latest) || !finish(next))
        return false;
    if (!tx.commit())
        return fail(QStringLiteral("Cannot commit a feed page."));
    qCDebug(lcSync) << "applied" << items.size() << "feed items up to change" << next;
    return true;
}

bool FeedApplier::replaceAll(const QList<FeedItem> &items, qint64 cursor)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(QStringLiteral("Cannot start a transaction for a resync."));
    if (!startWindow())
        return false;
    // A record that changed while the pages were read is listed twice: its last state counts.
    QHash<QString, qsizetype> last;
    for (qsizetype i = 0; i < items.size(); ++i)
        last.insert(items.at(i).kind + QLatin1Char('\n') + items.at(i).id, i);
    // An activity whose last state is deleted takes its schedules and overrides with it,
    // as removing it from the device's catalogue does when a page is applied.
    QSet<QString> goneActivities;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const FeedItem &item = items.at(i);
        if (item.deleted && item.kind == CataloguePayload::ActivityKind && last.value(item.kind + QLatin1Char('\n') + item.id) == i)
            goneActivities.insert(item.id);
    }
    QList<FeedItem> records;
    QHash<QString, QSet<QString>> listed;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const FeedItem &item = items.at(i);
        if (item.deleted || last.value(item.kind + QLatin1Char('\n') + item.id) != i
            || (item.kind != CataloguePayload::ActivityKind && goneActivities.contains(item.data.value(QStringLiteral("activityUid")).toString())))
            continue;
        records.append(item);
        listed[item.kind].insert(item.id);
    }
    // Children before parents: an override or schedule goes before its activity, an
    // activity before its organisation.
    const QStringList kinds = CataloguePayload::kinds();
    for (auto kind = kinds.crbegin(); kind != kinds.crend(); ++kind) {
        const KindTable *t = tableOf(*kind);
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %1").arg(t->key, t->table)))
            return fail(QStringLiteral("Cannot read the device's %1 records: %2").arg(*kind, q.lastError().text()));
        QStringList gone;
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (!listed.value(*kind).contains(id) && !waitsForHub(*kind, id))
                gone.append(id);
        }
        for (const QString &id : gone) {
            if (!remove(*kind, id))
                return false;
        }
    }
    if (!applyInOrder(records) || !finish(cursor))
        return false;
    if (!tx.commit())
        return fail(QStringLiteral("Cannot commit the resync."));
    qCInfo(lcSync) << "resync: the catalogue now holds the hub's" << records.size() << "records, cursor" << cursor;
    return true;
}

} // namespace Buurtplein
