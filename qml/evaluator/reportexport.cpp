// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluator/reportexport.h"
#include "evaluator/statsclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QPointer>
#include <QStandardPaths>
#include <QThreadPool>

Q_LOGGING_CATEGORY(lcReport, "buurtplein.app.report", QtInfoMsg)

namespace Buurtplein {

ReportExport::ReportExport(QObject *parent)
    : QObject(parent)
{
}

void ReportExport::setStats(StatsClient *stats)
{
    if (stats == m_stats)
        return;
    m_stats = stats;
    Q_EMIT statsChanged();
}

void ReportExport::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

std::optional<Report::Request> ReportExport::readRequest(const QVariantMap &request)
{
    Report::Request out;
    const QString subject = request.value(QStringLiteral("subject")).toString();
    if (subject != QLatin1String("gemeente") && subject != QLatin1String("programme"))
        return std::nullopt;
    out.subject = subject == QLatin1String("gemeente") ? Report::Request::Subject::Gemeente : Report::Request::Subject::Programme;
    out.key = request.value(QStringLiteral("key")).toString();
    out.subjectName = request.value(QStringLiteral("subjectName")).toString();
    out.year = request.value(QStringLiteral("year")).toInt();
    out.quarter = request.value(QStringLiteral("quarter")).toInt();
    out.language = request.value(QStringLiteral("language")).toString() == QLatin1String("en") ? QStringLiteral("en")
                                                                                               : QStringLiteral("nl");
    if (!Report::requestError(out).isEmpty())
        return std::nullopt;
    return out;
}

QUrl ReportExport::defaultFile(const QVariantMap &request) const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString year = request.value(QStringLiteral("year")).toString();
    const QString quarter = request.value(QStringLiteral("quarter")).toString();
    // A programme's name may hold anything; the file name keeps letters, digits and dashes.
    QString subject = request.value(QStringLiteral("key")).toString().toLower();
    subject.replace(QRegularExpression(QStringLiteral("[^\\w-]+")), QStringLiteral("-"));
    const QString name = QStringLiteral("buurtplein-rapport-%1-%2-Q%3.pdf").arg(subject, year, quarter);
    return QUrl::fromLocalFile(QDir(folder).filePath(name));
}

void ReportExport::write(const QVariantMap &request, const QUrl &file)
{
    if (m_busy)
        return;
    const auto parsed = readRequest(request);
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (!parsed || path.isEmpty() || !m_stats) {
        //: Quarterly report: the form is incomplete
        Q_EMIT failed(tr("Choose a gemeente or a programme, a quarter and a file for the report."));
        return;
    }
    const QList<Report::Query> plan = Report::plan(*parsed);
    setBusy(true);
    m_answers.clear();
    m_failure.clear();
    m_outstanding = int(plan.size());
    const Report::Request req = *parsed;
    QPointer<ReportExport> self(this); // the page may close before the hub answers
    for (const Report::Query &query : plan) {
        m_stats->fetchTable(query.query, [self, id = query.id, req, path](const StatsClient::Fetched &fetched) {
            if (!self)
                return;
            if (fetched.table)
                self->m_answers.insert(id, *fetched.table);
            else if (self->m_failure.isEmpty())
                self->m_failure = fetched.failure; // the first reason is the one the person reads
            if (--self->m_outstanding == 0)
                self->finish(req, path);
        });
    }
}

void ReportExport::finish(const Report::Request &request, const QString &path)
{
    const Report::Answers answers = std::exchange(m_answers, {});
    if (!m_failure.isEmpty()) {
        setBusy(false);
        //: Quarterly report: a table could not be fetched, so no file was written; %1 says why
        Q_EMIT failed(tr("The report was not made: %1").arg(m_failure));
        return;
    }
    // Drawing the pages and writing the file take a while: on a pool thread (QPainter on a
    // QPdfWriter works off the GUI thread, like on a QImage).
    QPointer<ReportExport> self(this);
    const QDateTime generated = QDateTime::currentDateTimeUtc();
    QThreadPool::globalInstance()->start([self, request, answers, path, generated] {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QString error;
        const bool ok = Report::write(request, answers, path, generated, &error);
        if (!ok)
            qCWarning(lcReport) << "report: cannot write" << path << error;
        QMetaObject::invokeMethod(qApp, [self, ok, path] {
            if (self)
                self->done(ok, path);
        }, Qt::QueuedConnection);
    });
}

void ReportExport::done(bool ok, const QString &path)
{
    setBusy(false);
    if (!ok) {
        //: Quarterly report: the PDF could not be written; %1 is its path
        Q_EMIT failed(tr("The report could not be saved as %1. Choose another folder.").arg(path));
        return;
    }
    qCInfo(lcReport) << "report written:" << path;
    Q_EMIT written(path);
}

} // namespace Buurtplein
