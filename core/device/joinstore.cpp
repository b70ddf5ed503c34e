// SPDX-License-Identifier: GPL-3.0-or-later
#include "device/joinstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcJoins, "buurtplein.device.joins")

namespace Buurtplein {

namespace {

constexpr int MaxReminderMinutes = 4 * 7 * 24 * 60;

// The activity's title in the requested language (:lang) when it has that translation.
const char titleColumn[] = "COALESCE((SELECT t.title FROM activity_translation t WHERE t.activity_id = a.id "
                           "AND t.lang = :lang AND t.lang <> a.text_language), a.title)";
// The language of titleColumn's title: the translation's, else the activity's own.
const char titleLanguageColumn[] = "COALESCE((SELECT t.lang FROM activity_translation t WHERE t.activity_id = a.id "
                                   "AND t.lang = :lang AND t.lang <> a.text_language), a.text_language)";

const char joinColumns[] = "SELECT token, activity_uid, occurrence_uid, reminder_minutes, created FROM join_record ";

Join joinFrom(const QSqlQuery &q, int first = 0)
{
    Join join;
    join.token = q.value(first).toString();
    join.activityUid = q.value(first + 1).toString();
    join.occurrenceUid = q.value(first + 2).toString();
    join.reminderMinutes = q.value(first + 3).toInt();
    join.created = QDateTime::fromString(q.value(first + 4).toString(), Qt::ISODate);
    return join;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool failDatabase(QString *error, const QSqlQuery &q)
{
    qCWarning(lcJoins) << "database error:" << q.lastError().text();
    //: Shown when the phone's own database refuses to save a join; %1 is the technical reason.
    return fail(error, QCoreApplication::translate("JoinStore", "Could not save this on your device: %1").arg(q.lastError().text()));
}

bool exists(QSqlDatabase db, const char *sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.prepare(QString::fromLatin1(sql));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    return q.exec() && q.next();
}

} // namespace

JoinStore::JoinStore(QSqlDatabase db)
    : m_db(db)
{
}

QString JoinStore::newToken()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

bool JoinStore::isValidReminder(int minutes)
{
    return minutes == NoReminder || (minutes >= 0 && minutes <= MaxReminderMinutes);
}

std::optional<Join> JoinStore::joinOccurrence(const QString &activityUid, const QString &occurrenceUid, int reminderMinutes,
                                              QString *error)
{
    if (occurrenceUid.isEmpty())
        return joinSeries(activityUid, reminderMinutes, error);
    if (!exists(m_db, "SELECT 1 FROM occurrence o JOIN activity a ON a.id = o.activity_id WHERE o.uid = ? AND a.uid = ?",
                {occurrenceUid, activityUid})) {
        //: Shown when the resident tries to join a date the app no longer knows (e.g. removed by the organiser).
        fail(error, QCoreApplication::translate("JoinStore", "This date is not in the calendar of this activity (any more), so you cannot join it."));
        return std::nullopt;
    }
    return insert(activityUid, occurrenceUid, reminderMinutes, error);
}

std::optional<Join> JoinStore::joinSeries(const QString &activityUid, int reminderMinutes, QString *error)
{
    if (!exists(m_db, "SELECT 1 FROM activity WHERE uid = ?", {activityUid})) {
        //: Shown when the resident tries to join an activity the app no longer knows.
        fail(error, QCoreApplication::translate("JoinStore", "This activity is not in the calendar (any more), so you cannot join it."));
        return std::nullopt;
    }
    return insert(activityUid, QString(), reminderMinutes, error);
}

std::optional<Join> JoinStore::insert(const QString &activityUid, const QString &occurrenceUid, int reminderMinutes,
                                      QString *error)
{
    if (!isValidReminder(reminderMinutes)) {
        //: Shown when a reminder time is out of range.
        fail(error, QCoreApplication::translate("JoinStore", "A reminder can be set from 0 minutes to 4 weeks before, or switched off."));
        return std::nullopt;
    }
    Transaction tx(m_db, Transaction::Lock::Write);
    if (const auto existing = joinFor(activityUid, occurrenceUid))
        return existing;
    Join join;
    join.token = newToken();
    join.activityUid = activityUid;
    join.occurrenceUid = occurrenceUid;
    join.reminderMinutes = reminderMinutes;
    join.created = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO join_record (token, activity_uid, occurrence_uid, reminder_minutes, created) "
                             "VALUES (:token, :activity, :occurrence, :minutes, :created)"));
    q.bindValue(QStringLiteral(":token"), join.token);
    q.bindValue(QStringLiteral(":activity"), activityUid);
    q.bindValue(QStringLiteral(":occurrence"), occurrenceUid.isNull() ? QStringLiteral("") : occurrenceUid);
    q.bindValue(QStringLiteral(":minutes"), reminderMinutes);
    q.bindValue(QStringLiteral(":created"), join.created.toString(Qt::ISODate));
    if (!tx.isActive() || !q.exec() || !tx.commit()) {
        failDatabase(error, q);
        return std::nullopt;
    }
    return join;
}

bool JoinStore::leave(const QString &token, QString *error)
{
    Transaction tx(m_db, Transaction::Lock::Write);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM join_record WHERE token = ?"));
    q.bindValue(0, token);
    if (!tx.isActive() || !q.exec())
        return failDatabase(error, q);
    if (q.numRowsAffected() != 1)
        //: Shown when the resident leaves something they had not joined (e.g. left on another screen already).
        return fail(error, QCoreApplication::translate("JoinStore", "You had not joined this."));
    return tx.commit() || failDatabase(error, q);
}

bool JoinStore::setReminder(const QString &token, int minutes, QString *error)
{
    if (!isValidReminder(minutes))
        return fail(error, QCoreApplication::translate("JoinStore", "A reminder can be set from 0 minutes to 4 weeks before, or switched off."));
    Transaction tx(m_db, Transaction::Lock::Write);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE join_record SET reminder_minutes = ? WHERE token = ?"));
    q.bindValue(0, minutes);
    q.bindValue(1, token);
    if (!tx.isActive() || !q.exec())
        return failDatabase(error, q);
    if (q.numRowsAffected() != 1)
        return fail(error, QCoreApplication::translate("JoinStore", "You had not joined this."));
    return tx.commit() || failDatabase(error, q);
}

QList<Join> JoinStore::joins() const
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromLatin1(joinColumns) + QStringLiteral("ORDER BY created DESC, rowid DESC"));
    QList<Join> result;
    if (!q.exec())
        qCWarning(lcJoins) << "cannot read joins:" << q.lastError().text();
    while (q.next())
        result.append(joinFrom(q));
    return result;
}

std::optional<Join> JoinStore::joinFor(const QString &activityUid, const QString &occurrenceUid) const
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromLatin1(joinColumns) + QStringLiteral("WHERE activity_uid = ? AND occurrence_uid = ?"));
    q.bindValue(0, activityUid);
    q.bindValue(1, occurrenceUid.isNull() ? QStringLiteral("") : occurrenceUid);
    if (q.exec() && q.next())
        return joinFrom(q);
    return std::nullopt;
}

std::optional<Join> JoinStore::covering(const QString &activityUid, const QString &occurrenceUid) const
{
    if (auto own = joinFor(activityUid, occurrenceUid))
        return own;
    return joinFor(activityUid);
}

std::optional<Join> JoinStore::joinIn(const QList<Join> &joins, const QString &activityUid,
                                      const QString &occurrenceUid)
{
    for (const Join &join : joins) {
        if (join.activityUid == activityUid && join.occurrenceUid == occurrenceUid)
            return join;
    }
    return std::nullopt;
}

std::optional<Join> JoinStore::coveringIn(const QList<Join> &joins, const QString &activityUid,
                                          const QString &occurrenceUid)
{
    if (auto own = joinIn(joins, activityUid, occurrenceUid))
        return own;
    return joinIn(joins, activityUid);
}

std::optional<Join> JoinStore::join(const QString &token) const
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromLatin1(joinColumns) + QStringLiteral("WHERE token = ?"));
    q.bindValue(0, token);
    if (q.exec() && q.next())
        return joinFrom(q);
    return std::nullopt;
}

QString JoinStore::activityTitle(const QString &activityUid, const QString &language, QString *titleLanguage) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + QString::fromLatin1(titleColumn) + QStringLiteral(", ")
              + QString::fromLatin1(titleLanguageColumn) + QStringLiteral(" FROM activity a WHERE a.uid = :uid"));
    q.bindValue(QStringLiteral(":lang"), language);
    q.bindValue(QStringLiteral(":uid"), activityUid);
    if (q.exec() && q.next()) {
        if (titleLanguage)
            *titleLanguage = q.value(1).toString();
        return q.value(0).toString();
    }
    if (titleLanguage)
        titleLanguage->clear();
    return {};
}

QList<JoinedSession> JoinStore::sessions(qint64 fromUtc, qint64 toUtc, const QString &language) const
{
    // A session's own join wins over its series join, so each session appears once.
    // CROSS JOIN keeps SQLite's planner starting from the few joins: started from the
    // occurrence window it walked every session of a national catalogue (seconds).
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT j.token, j.activity_uid, j.occurrence_uid, j.reminder_minutes, j.created, "
        "o.uid, ") + QString::fromLatin1(titleColumn) + QStringLiteral(", COALESCE(p.name, ''), o.start, o.end, o.status, ")
        + QString::fromLatin1(titleLanguageColumn) + QStringLiteral(" "
        "FROM join_record j CROSS JOIN activity a ON a.uid = j.activity_uid "
        "CROSS JOIN occurrence o ON o.activity_id = a.id AND o.start >= :from AND o.start < :to "
        "AND (o.uid = j.occurrence_uid OR (j.occurrence_uid = '' AND NOT EXISTS "
        "(SELECT 1 FROM join_record own WHERE own.activity_uid = j.activity_uid AND own.occurrence_uid = o.uid))) "
        "LEFT JOIN place p ON p.id = o.place_id "
        "ORDER BY o.start, a.title, o.uid"));
    q.bindValue(QStringLiteral(":from"), fromUtc);
    q.bindValue(QStringLiteral(":to"), toUtc);
    q.bindValue(QStringLiteral(":lang"), language);
    QList<JoinedSession> result;
    if (!q.exec()) {
        qCWarning(lcJoins) << "cannot read joined sessions:" << q.lastError().text();
        return result;
    }
    while (q.next()) {
        JoinedSession session;
        session.join = joinFrom(q);
        session.occurrenceUid = q.value(5).toString();
        session.activityUid = session.join.activityUid;
        session.title = q.value(6).toString();
        session.placeName = q.value(7).toString();
        session.start = q.value(8).toLongLong();
        session.end = q.value(9).toLongLong();
        session.status = q.value(10).toString();
        session.titleLanguage = q.value(11).toString();
        result.append(session);
    }
    return result;
}

} // namespace Buurtplein
