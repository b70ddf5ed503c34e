// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportplan.h"

#include <QRegularExpression>

namespace Buurtplein::Report {

std::optional<std::pair<int, int>> readQuarter(const QString &text, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-Q([1-4])$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        *error = QStringLiteral("'%1' is not a quarter; write it as 2026-Q3.").arg(text);
        return std::nullopt;
    }
    return std::make_pair(match.captured(1).toInt(), match.captured(2).toInt());
}

QString requestError(const Request &request)
{
    if (request.key.trimmed().isEmpty())
        return QStringLiteral("Say which programme or gemeente the report is about.");
    if (request.subject == Request::Subject::Gemeente && !request.key.startsWith(QLatin1String("GM")))
        return QStringLiteral("'%1' is not a gemeente code; they look like GM0363.").arg(request.key);
    if (request.year < 2000 || request.year > 2100 || request.quarter < 1 || request.quarter > 4)
        return QStringLiteral("The quarter must be Q1 to Q4 of a year between 2000 and 2100.");
    if (request.language != QLatin1String("nl") && request.language != QLatin1String("en"))
        return QStringLiteral("The report is written in Dutch (nl) or English (en), not '%1'.").arg(request.language);
    return {};
}

const QStringList &keyMetrics()
{
    static const QStringList metrics = {
        QStringLiteral("sessions_planned"), QStringLiteral("sessions_held"),      QStringLiteral("share_held"),
        QStringLiteral("attendance"),       QStringLiteral("mean_attendance"),    QStringLiteral("first_timer_share"),
        QStringLiteral("volunteers"),       QStringLiteral("host_present_share"), QStringLiteral("joins_per_attendance"),
    };
    return metrics;
}

QList<Query> plan(const Request &request)
{
    // Every table carries the subject's filter and the quarter, so each is one release
    // the hub audits with its margins; the report never combines figures itself.
    auto query = [&request](const QString &metric, const QString &rows, const QString &columns = {}) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("metric"), metric);
        q.addQueryItem(QStringLiteral("rows"), rows);
        if (!columns.isEmpty())
            q.addQueryItem(QStringLiteral("columns"), columns);
        q.addQueryItem(QStringLiteral("from"), request.firstDay().toString(Qt::ISODate));
        q.addQueryItem(QStringLiteral("to"), request.lastDay().toString(Qt::ISODate));
        q.addQueryItem(request.subject == Request::Subject::Programme ? QStringLiteral("programme") : QStringLiteral("gemeente"),
                       request.key);
        q.addQueryItem(QStringLiteral("lang"), request.language);
        return q;
    };

    QList<Query> queries;
    for (const QString &metric : keyMetrics())
        queries.append({QStringLiteral("key:") + metric, query(metric, QStringLiteral("period:quarter"))});
    queries.append({QStringLiteral("trend"), query(QStringLiteral("attendance"), QStringLiteral("period:week"))});
    queries.append({QStringLiteral("held"), query(QStringLiteral("sessions_held"), QStringLiteral("period:month"))});
    // A gemeente's report shows its wijken; a programme runs in several gemeenten.
    const QString area = request.subject == Request::Subject::Gemeente ? QStringLiteral("area:wijk") : QStringLiteral("area:gemeente");
    queries.append({QStringLiteral("areas"), query(QStringLiteral("attendance"), area, QStringLiteral("period:month"))});
    queries.append({QStringLiteral("categories"), query(QStringLiteral("attendance"), QStringLiteral("category"))});
    if (request.subject == Request::Subject::Gemeente)
        queries.append({QStringLiteral("programmes"), query(QStringLiteral("attendance"), QStringLiteral("programme"))});
    return queries;
}

} // namespace Buurtplein::Report
