// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Buurtplein {

/** A resident's join of one session or of a whole series (SPEC: Join). Device only. */
struct Join {
    QString token;              ///< 128 random bits, hex; the only id a join has
    QString activityUid;
    QString occurrenceUid;      ///< empty: the whole series
    int reminderMinutes = 60;   ///< minutes before the start; -1: no reminder
    QDateTime created;          ///< UTC

    /** True when the join covers every session of the activity. */
    bool isSeries() const { return occurrenceUid.isEmpty(); }
};

/** One joined session as the catalogue's search index holds it now. Times are seconds since the epoch. */
struct JoinedSession {
    Join join;                  ///< the join that covers this session (a series join covers each session)
    QString occurrenceUid;
    QString activityUid;
    QString title;
    QString titleLanguage;      ///< the language of title (BCP 47): the translation's or the activity's own
    QString placeName;          ///< the session's place (a moved session's new place); empty without one
    qint64 start = 0;
    qint64 end = 0;
    QString status;             ///< scheduled, cancelled, moved
};

/**
 * The resident's joins, kept in the join_record table of the device's database and
 * nowhere else. Joins name activities and occurrences by uid, so a catalogue rebuild
 * keeps them; a join whose activity left the catalogue simply has no sessions.
 */
class JoinStore
{
public:
    /** The minutes before a session a new join reminds by default. */
    static constexpr int DefaultReminderMinutes = 60;
    /** The reminderMinutes value meaning "no reminder". */
    static constexpr int NoReminder = -1;

    explicit JoinStore(QSqlDatabase db);

    /** Joins one session; refused when the catalogue has no such session of the activity. A second join returns the first. */
    std::optional<Join> joinOccurrence(const QString &activityUid, const QString &occurrenceUid, int reminderMinutes, QString *error);
    /** Joins every session of an activity; refused when the catalogue has no such activity. A second join returns the first. */
    std::optional<Join> joinSeries(const QString &activityUid, int reminderMinutes, QString *error);
    /** Forgets the join with @p token; false with @p error set when there is none. */
    bool leave(const QString &token, QString *error);
    /** Sets the reminder of a join: minutes before the start, or -1 for none. */
    bool setReminder(const QString &token, int minutes, QString *error);

    /** Every join, newest first. */
    QList<Join> joins() const;
    /** The join of exactly this session, or of the series when @p occurrenceUid is empty. */
    std::optional<Join> joinFor(const QString &activityUid, const QString &occurrenceUid = {}) const;
    /** The join that covers a session: its own join, else the series join of its activity. */
    std::optional<Join> covering(const QString &activityUid, const QString &occurrenceUid) const;
    /** The join with @p token. */
    std::optional<Join> join(const QString &token) const;

    /**
     * The joined sessions (a series join covers each of its occurrences in the index)
     * starting in [@p fromUtc, @p toUtc), by start. A session joined both on its own
     * and through its series appears once, with its own join. Titles are in
     * @p language where the activity has a translation to it (see activityTitle()).
     */
    QList<JoinedSession> sessions(qint64 fromUtc, qint64 toUtc, const QString &language = {}) const;
    /**
     * The title of a joined activity as the catalogue has it now: its translation to
     * @p language (a code such as "en") when it has one, else its own; empty when the
     * activity left the catalogue. @p titleLanguage, when given, receives the title's language.
     */
    QString activityTitle(const QString &activityUid, const QString &language = {}, QString *titleLanguage = nullptr) const;

    /** The join of exactly this session (or of the series for an empty @p occurrenceUid) among @p joins. */
    static std::optional<Join> joinIn(const QList<Join> &joins, const QString &activityUid, const QString &occurrenceUid = {});
    /** The join among @p joins that covers a session: its own, else its activity's series join. */
    static std::optional<Join> coveringIn(const QList<Join> &joins, const QString &activityUid,
                                          const QString &occurrenceUid);

    /** A new token: 128 bits from the system's random generator, as 32 lowercase hex digits. */
    static QString newToken();
    /** True for -1 (none) and 0 to four weeks. */
    static bool isValidReminder(int minutes);

private:
    std::optional<Join> insert(const QString &activityUid, const QString &occurrenceUid, int reminderMinutes, QString *error);

    QSqlDatabase m_db;
};

} // namespace Buurtplein
