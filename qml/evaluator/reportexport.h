// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportwriter.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantMap>

#include <optional>

namespace Buurtplein {

class StatsClient;

/**
 * The dashboard's "Quarterly report (PDF)" (issue 6): asks the hub, through the
 * evaluator's StatsClient, for every released table Report::plan() lists and, only when
 * all of them came, draws the report with Report::write() into the file the person chose.
 * A failed fetch gives a sentence and no file.
 */
class ReportExport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Buurtplein::StatsClient *stats READ stats WRITE setStats NOTIFY statsChanged)
    /** True while the tables are being fetched or the PDF drawn. */
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    explicit ReportExport(QObject *parent = nullptr);

    StatsClient *stats() const { return m_stats; }
    void setStats(StatsClient *stats);
    bool busy() const { return m_busy; }

    /**
     * Makes the report @p request asks for ({subject: "gemeente"|"programme", key,
     * subjectName, year, quarter, language: "nl"|"en"}) and writes it to @p file.
     * Answers with written(path) or failed(sentence); ignored while busy.
     */
    Q_INVOKABLE void write(const QVariantMap &request, const QUrl &file);
    /** Where the report goes when the person cannot pick a file: the documents (or downloads) folder. */
    Q_INVOKABLE QUrl defaultFile(const QVariantMap &request) const;

    /** @p request as the report library's Request; std::nullopt when it names no subject or quarter. */
    static std::optional<Report::Request> readRequest(const QVariantMap &request);

Q_SIGNALS:
    void statsChanged();
    void busyChanged();
    void written(const QString &path);
    void failed(const QString &message);

private:
    void setBusy(bool busy);
    void finish(const Report::Request &request, const QString &path);
    /** The pool thread wrote the PDF to @p path (@p ok) or could not. */
    void done(bool ok, const QString &path);

    QPointer<StatsClient> m_stats;
    bool m_busy = false;
    int m_outstanding = 0;
    QString m_failure;
    Report::Answers m_answers;
};

} // namespace Buurtplein
