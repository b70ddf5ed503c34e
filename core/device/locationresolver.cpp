// SPDX-License-Identifier: GPL-3.0-or-later
#include "device/locationresolver.h"
#include "places/areaindex.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcLocation, "buurtplein.device.location")

namespace Buurtplein {

namespace {

QString levelName(AreaIndex::Level level)
{
    switch (level) {
    case AreaIndex::Level::Gemeente:
        return QStringLiteral("gemeente");
    case AreaIndex::Level::Wijk:
        return QStringLiteral("wijk");
    case AreaIndex::Level::Buurt:
        break;
    }
    return QStringLiteral("buurt");
}

} // namespace

LocationResolver::LocationResolver(QSqlDatabase catalogue, const AreaIndex &areas)
    : m_db(catalogue)
    , m_areas(areas)
{
}

QString LocationResolver::displayName(const QString &cbsName)
{
    // Dutch capitalises the digraph IJ as one letter; CBS files often write "Ij".
    static const QRegularExpression ij(QStringLiteral("\\bIj"));
    QString name = cbsName.trimmed();
    name.replace(ij, QStringLiteral("IJ"));
    return name;
}

QList<AreaChoice> LocationResolver::areas(const QString &gemeenteCode) const
{
    QList<AreaChoice> result;
    for (const AreaIndex::Level level : {AreaIndex::Level::Wijk, AreaIndex::Level::Buurt}) {
        for (const AreaIndex::Area &area : m_areas.areas(level, gemeenteCode))
            result.append({area.code, displayName(area.name), levelName(level)});
    }
    std::sort(result.begin(), result.end(), [](const AreaChoice &a, const AreaChoice &b) {
        const int byName = a.name.localeAwareCompare(b.name);
        return byName != 0 ? byName < 0 : a.code < b.code;
    });
    return result;
}

QString LocationResolver::foldForSearch(const QString &text)
{
    QString folded;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accent of é, ë, ï
        if (c.isLetterOrNumber())
            folded.append(c.toLower());
        else if (!folded.isEmpty() && !folded.endsWith(QLatin1Char(' ')))
            folded.append(QLatin1Char(' ')); // spaces, hyphens, slashes, brackets, dots
    }
    return folded.trimmed();
}

QList<AreaChoice> LocationResolver::findAreas(const QString &text, int limit, const QString &gemeenteCode) const
{
    const QString wanted = foldForSearch(text);
    if (wanted.isEmpty() || limit <= 0)
        return {};
    // 0: the name starts with the text; 1: a word of it does; 2: it holds the text.
    QList<std::pair<int, AreaChoice>> found;
    for (const AreaChoice &area : areas(gemeenteCode)) {
        const QString name = foldForSearch(area.name);
        const qsizetype at = name.indexOf(wanted);
        if (at < 0)
            continue;
        const int rank = at == 0 ? 0 : (name.contains(QLatin1Char(' ') + wanted) ? 1 : 2);
        found.append({rank, area});
    }
    // areas() comes by name: a stable sort by rank keeps that order within a rank.
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<AreaChoice> result;
    for (const auto &[rank, area] : std::as_const(found)) {
        if (result.size() == limit)
            break;
        result.append(area);
    }
    return result;
}

std::optional<GeoPoint> LocationResolver::forArea(const QString &code) const
{
    const QString gemeente = AreaIndex::gemeenteCodeOf(code);
    for (const AreaIndex::Level level : {AreaIndex::Level::Gemeente, AreaIndex::Level::Wijk, AreaIndex::Level::Buurt}) {
        for (const AreaIndex::Area &area : m_areas.areas(level, gemeente)) {
            if (area.code == code)
                return GeoPoint{area.lat, area.lon};
        }
    }
    // An area the index lacks (e.g. a buurt newer than the CBS file) may still hold places.
    if (code.startsWith(QLatin1String("BU")))
        return centroid("SELECT avg(lat), avg(lon), count(*) FROM place WHERE buurt_code = ? AND lat IS NOT NULL", code);
    if (code.startsWith(QLatin1String("WK")))
        return centroid("SELECT avg(lat), avg(lon), count(*) FROM place WHERE wijk_code = ? AND lat IS NOT NULL", code);
    return std::nullopt;
}

QString LocationResolver::normalisePostcode(const QString &text)
{
    static const QRegularExpression postcode(QStringLiteral("^([1-9][0-9]{3})([A-Z]{2})?$"));
    QString compact = text.toUpper();
    compact.remove(QLatin1Char(' '));
    return postcode.match(compact).hasMatch() ? compact : QString();
}

std::optional<GeoPoint> LocationResolver::forPostcode(const QString &text, QString *error) const
{
    const QString postcode = normalisePostcode(text);
    if (postcode.isEmpty()) {
        if (error)
            //: Shown when the typed text is not a Dutch postcode. %1 is what was typed.
            *error = QCoreApplication::translate("LocationResolver", "“%1” is not a postcode. Type four digits, "
                                                                     "and two letters if you know them, such as 1094 AB.").arg(text.trimmed());
        return std::nullopt;
    }
    if (postcode.size() == 6) {
        if (auto point = centroid("SELECT avg(lat), avg(lon), count(*) FROM place WHERE postcode = ? AND lat IS NOT NULL", postcode))
            return point;
    }
    const QString pc4 = postcode.left(4);
    if (auto point = centroid("SELECT avg(lat), avg(lon), count(*) FROM place WHERE substr(postcode, 1, 4) = ? AND lat IS NOT NULL", pc4))
        return point;
    if (error)
        //: Shown when no meeting place is known in the typed postcode area. %1 is its four digits.
        *error = QCoreApplication::translate("LocationResolver", "No meeting places known in postcode area %1; "
                                                                 "choose your neighbourhood instead.").arg(pc4);
    return std::nullopt;
}

std::optional<GeoPoint> LocationResolver::centroid(const char *sql, const QString &value) const
{
    // The plain mean of the coordinates: within one postcode or buurt the earth is flat enough.
    QSqlQuery q(m_db);
    q.prepare(QString::fromLatin1(sql));
    q.bindValue(0, value);
    if (!q.exec() || !q.next()) {
        qCWarning(lcLocation) << "cannot read places:" << q.lastError().text();
        return std::nullopt;
    }
    if (q.value(2).toInt() == 0)
        return std::nullopt;
    return GeoPoint{q.value(0).toDouble(), q.value(1).toDouble()};
}

} // namespace Buurtplein
