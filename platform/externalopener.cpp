// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/externalopener.h"

#include <QUrlQuery>

namespace Buurtplein::ExternalOpener {

namespace {
QString degrees(double value)
{
    // QString::number ignores the locale: always a dot, never a decimal comma.
    return QString::number(value, 'f', 6);
}
} // namespace

QUrl geoUrl(double lat, double lon, const QString &label)
{
    const QString point = degrees(lat) + QLatin1Char(',') + degrees(lon);
    // Brackets and the characters that end a query cannot stand in the label itself.
    QString name = label.simplified();
    for (const QChar c : {QLatin1Char('('), QLatin1Char(')'), QLatin1Char('&'), QLatin1Char('#'), QLatin1Char('?')})
        name.replace(c, QLatin1Char(' '));
    name = name.simplified();
    QString text = QStringLiteral("geo:") + point + QStringLiteral("?q=") + point;
    if (!name.isEmpty())
        text += QLatin1Char('(') + QString::fromLatin1(QUrl::toPercentEncoding(name)) + QLatin1Char(')');
    return QUrl(text, QUrl::StrictMode);
}

QUrl webRouteUrl(double lat, double lon)
{
    QUrl url(QStringLiteral("https://www.openstreetmap.org/directions"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("engine"), QStringLiteral("fossgis_osrm_foot"));
    // "from;to" with an empty from: the website asks where to start.
    query.addQueryItem(QStringLiteral("route"), QLatin1Char(';') + degrees(lat) + QLatin1Char(',') + degrees(lon));
    url.setQuery(query);
    url.setFragment(QStringLiteral("map=17/") + degrees(lat) + QLatin1Char('/') + degrees(lon));
    return url;
}

} // namespace Buurtplein::ExternalOpener
