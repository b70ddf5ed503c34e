// SPDX-License-Identifier: GPL-3.0-or-later
#include "enrolcode.h"

#include <QRandomGenerator>

namespace Buurtplein::EnrolCode {

QString generate()
{
    QString code;
    code.reserve(length);
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        code.append(QLatin1Char(alphabet[random->bounded(32)]));
    return code;
}

std::optional<QString> normalise(const QString &text)
{
    QString code;
    for (const QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        const QChar upper = c.toUpper();
        if (upper == QLatin1Char('I') || upper == QLatin1Char('L'))
            code.append(QLatin1Char('1'));
        else if (upper == QLatin1Char('O'))
            code.append(QLatin1Char('0'));
        else if (QLatin1String(alphabet).contains(upper))
            code.append(upper);
        else
            return std::nullopt;
        if (code.size() > length)
            return std::nullopt;
    }
    if (code.size() != length)
        return std::nullopt;
    return code;
}

QString grouped(const QString &code)
{
    QString out;
    for (int i = 0; i < code.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out.append(QLatin1Char('-'));
        out.append(code.at(i));
    }
    return out;
}

QString link(const QString &code, const QUrl &hub)
{
    // Written out rather than through QUrlQuery, which would leave the hub's ':' and '/' unescaped.
    QString url = QStringLiteral("buurtplein://enrol?");
    if (!hub.isEmpty())
        url += QStringLiteral("hub=") + QString::fromLatin1(QUrl::toPercentEncoding(hub.toString(QUrl::FullyEncoded))) + QLatin1Char('&');
    return url + QStringLiteral("code=") + grouped(code);
}

} // namespace Buurtplein::EnrolCode
