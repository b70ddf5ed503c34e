// SPDX-License-Identifier: GPL-3.0-or-later
#include "worker/enrolcode.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QUrlQuery>

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

std::optional<Enrolment> read(const QString &text, QString *error)
{
    auto refuse = [error](const QString &message) -> std::optional<Enrolment> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(QLatin1String("buurtplein:"), Qt::CaseInsensitive)) {
        if (const auto code = normalise(trimmed))
            return Enrolment{*code, QUrl()};
        //: Enrolment: what the social worker typed is not a code
        return refuse(QCoreApplication::translate("EnrolCode", "This is not an enrolment code: a code has 16 letters and digits, like K7QM-3XPA-9RTD-2FHC."));
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(QLatin1String("buurtplein"), Qt::CaseInsensitive) != 0
        || url.host() != QLatin1String("enrol"))
        //: Enrolment: a link that is not a Buurtplein enrolment link
        return refuse(QCoreApplication::translate("EnrolCode", "This link is not a Buurtplein enrolment link."));
    const QUrlQuery query(url);
    const auto code = normalise(query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
    if (!code)
        //: Enrolment: the link's code part is damaged
        return refuse(QCoreApplication::translate("EnrolCode", "The code in this link is incomplete or damaged; ask for a new one."));
    Enrolment out{*code, QUrl()};
    if (query.hasQueryItem(QStringLiteral("hub"))) {
        out.hub = QUrl(query.queryItemValue(QStringLiteral("hub"), QUrl::FullyDecoded), QUrl::StrictMode);
        const QString scheme = out.hub.scheme();
        if (!out.hub.isValid() || out.hub.host().isEmpty() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
            //: Enrolment: the link names a server address that cannot be used
            return refuse(QCoreApplication::translate("EnrolCode", "The server address in this link is not a web address."));
    }
    return out;
}

} // namespace Buurtplein::EnrolCode
