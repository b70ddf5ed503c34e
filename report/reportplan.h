// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <optional>

/**
 * The quarterly report for a programme or a gemeente (issue 6, docs/statistics.md):
 * which released tables it is made of. The app asks the hub for them over HTTP, the hub's
 * `report` command answers them itself; both hand the answers to Report::write().
 */
namespace Buurtplein::Report {

/** What a report is about, and for which quarter. */
struct Request {
    enum class Subject { Programme, Gemeente };
    Subject subject = Subject::Gemeente;
    QString key;         ///< the programme's name or the gemeente's CBS code (GM0363)
    QString subjectName; ///< how the cover names it ("Amsterdam"); the key when empty
    int year = 0;
    int quarter = 0;     ///< 1..4
    QString language = QStringLiteral("nl"); ///< nl or en

    QDate firstDay() const { return QDate(year, 3 * quarter - 2, 1); }
    QDate lastDay() const { return firstDay().addMonths(3).addDays(-1); }
};

/** One released table the report needs: an id the writer looks it up by, and the query of GET /v1/stats/table. */
struct Query {
    QString id;
    QUrlQuery query;
};

/** "2026-Q3" as year and quarter; std::nullopt and a sentence in @p error otherwise. */
std::optional<std::pair<int, int>> readQuarter(const QString &text, QString *error);

/** Why @p request cannot make a report, as a sentence; empty when it can. */
QString requestError(const Request &request);

/** The key figures the report shows, in order: metric ids of the hub's stats API. */
const QStringList &keyMetrics();

/** The tables @p request needs, each filtered to its subject and quarter. */
QList<Query> plan(const Request &request);

} // namespace Buurtplein::Report
