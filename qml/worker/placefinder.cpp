// SPDX-License-Identifier: GPL-3.0-or-later
#include "worker/placefinder.h"
#include "search/catalogueviews.h"
#include "common/terms.h"
#include "search/textfolding.h"

#include <QStringList>
#include <QVariantMap>

#include <algorithm>

namespace Buurtplein {

namespace {

/** Folded for the place search, without the spaces folding leaves: "Jav'Art" meets "javart". */
QString searchKey(const QString &text)
{
    return TextFolding::fold(text).remove(QLatin1Char(' '));
}

} // namespace

QString PlaceFinder::address(const QString &street, const QString &houseNumber, const QString &postcode,
                             const QString &city)
{
    const QString line = (street + QLatin1Char(' ') + houseNumber).trimmed();
    const QString code = postcode.size() == 6 ? postcode.left(4) + QLatin1Char(' ') + postcode.mid(4) : postcode;
    QStringList parts{line, (code + QLatin1Char(' ') + city).trimmed()};
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

void PlaceFinder::read(const QSqlDatabase &db, const QDate &today)
{
    m_entries.clear();
    for (const CatalogueViews::PickablePlace &place : CatalogueViews::pickablePlaces(db, today)) {
        m_entries.append({place.uid, place.name, place.kind,
                          address(place.street, place.houseNumber, place.postcode, place.city),
                          searchKey(place.name), searchKey(place.street)});
    }
    m_read = true;
}

QVariantList PlaceFinder::find(const QSqlDatabase &db, const QDate &today, const QString &text, int limit)
{
    const QString needle = searchKey(text);
    if (needle.isEmpty() || limit <= 0)
        return {};
    if (!m_read)
        read(db, today);
    QList<std::pair<int, const Entry *>> hits;
    for (const Entry &place : std::as_const(m_entries)) {
        if (place.foldedName.startsWith(needle))
            hits.append({0, &place});
        else if (place.foldedName.contains(needle))
            hits.append({1, &place});
        else if (place.foldedStreet.contains(needle))
            hits.append({2, &place});
    }
    std::sort(hits.begin(), hits.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second->name.localeAwareCompare(b.second->name) < 0;
    });
    QVariantList out;
    for (const auto &hit : std::as_const(hits)) {
        if (out.size() >= limit)
            break;
        const Entry &p = *hit.second;
        out.append(QVariantMap{{QStringLiteral("uid"), p.uid},
                               {QStringLiteral("name"), p.name},
                               {QStringLiteral("kind"), p.kind},
                               {QStringLiteral("kindLabel"), Terms::placeKindLabel(p.kind)},
                               {QStringLiteral("kindIcon"), Terms::placeKindIcon(p.kind)},
                               {QStringLiteral("address"), p.address}});
    }
    return out;
}

} // namespace Buurtplein
