// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/cataloguetypes.h"
#include "schedule/schedulepattern.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

#include <functional>

namespace Buurtplein {

class WorkerEnrolment;

/**
 * The schedule editor of social worker mode (issue 4): one schedule of an activity as a
 * SchedulePattern in words, never an RRULE. Every change recomputes the sentence that
 * describes it, what is wrong with it, a preview of the next ten sessions (through the
 * same expansion the search index uses) and the holidays it can skip.
 *
 * Dates are ISO strings ("2026-12-25") and times "HH:mm", so that QML never converts
 * them through a time zone.
 */
class ScheduleEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Buurtplein::WorkerEnrolment *enrolment READ enrolment WRITE setEnrolment NOTIFY enrolmentChanged)
    Q_PROPERTY(QString activityUid READ activityUid NOTIFY loaded)
    /** The schedule being edited; empty for a new one until it is saved. */
    Q_PROPERTY(QString scheduleUid READ scheduleUid NOTIFY loaded)
    /** "once", "weekly", "monthlyByWeekday" or "monthlyByDay". */
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY changed)
    Q_PROPERTY(QString startDate READ startDate WRITE setStartDate NOTIFY changed)
    /** "HH:mm", local time in Amsterdam. */
    Q_PROPERTY(QString startTime READ startTime WRITE setStartTime NOTIFY changed)
    Q_PROPERTY(int durationMinutes READ durationMinutes WRITE setDurationMinutes NOTIFY changed)
    /** Every N weeks (weekly) or N months (monthly). */
    Q_PROPERTY(int interval READ interval WRITE setInterval NOTIFY changed)
    /** Weekly: the days of the week, 1 (Monday) to 7 (Sunday). */
    Q_PROPERTY(QList<int> weekdays READ weekdays WRITE setWeekdays NOTIFY changed)
    /** Monthly on a weekday: 1..4, or -1 for the last. */
    Q_PROPERTY(int ordinal READ ordinal WRITE setOrdinal NOTIFY changed)
    Q_PROPERTY(int weekday READ weekday WRITE setWeekday NOTIFY changed)
    Q_PROPERTY(int dayOfMonth READ dayOfMonth WRITE setDayOfMonth NOTIFY changed)
    /** "never", "until" or "count". */
    Q_PROPERTY(QString end READ end WRITE setEnd NOTIFY changed)
    Q_PROPERTY(QString untilDate READ untilDate WRITE setUntilDate NOTIFY changed)
    Q_PROPERTY(int count READ count WRITE setCount NOTIFY changed)
    /** Whole days without a session, ascending ISO dates. */
    Q_PROPERTY(QStringList exceptionDays READ exceptionDays WRITE setExceptionDays NOTIFY changed)

    /** The schedule in words, in the UI's language. */
    Q_PROPERTY(QString description READ description NOTIFY changed)
    /** Why the schedule cannot be saved, as a sentence; empty when it can. */
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    /** The next ten sessions from today: [{start (UTC), label, date, time}], holidays skipped. */
    Q_PROPERTY(QVariantList preview READ preview NOTIFY changed)
    /** The holidays the schedule can skip: [{id, label, days (ISO dates), chosen}]. */
    Q_PROPERTY(QVariantList holidayOffers READ holidayOffers NOTIFY changed)
    /** False when no school holidays are imported for the session's school region. */
    Q_PROPERTY(bool schoolHolidaysKnown READ schoolHolidaysKnown NOTIFY changed)
    /** The stored schedule cannot be said in words: saving replaces it with a new pattern. */
    Q_PROPERTY(bool replaceOnly READ replaceOnly NOTIFY loaded)
    /** For replaceOnly: the next sessions of the stored schedule, as a sentence. */
    Q_PROPERTY(QString importedDescription READ importedDescription NOTIFY loaded)
    /** Why the last load() or save() failed; empty after a success. */
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    explicit ScheduleEditor(QObject *parent = nullptr);

    WorkerEnrolment *enrolment() const { return m_enrolment; }
    void setEnrolment(WorkerEnrolment *enrolment);

    QString activityUid() const { return m_base.activityUid; }
    QString scheduleUid() const { return m_base.uid; }

    QString kind() const;
    void setKind(const QString &kind);
    QString startDate() const;
    void setStartDate(const QString &date);
    QString startTime() const;
    void setStartTime(const QString &time);
    int durationMinutes() const { return m_pattern.durationMinutes; }
    void setDurationMinutes(int minutes);
    int interval() const { return m_pattern.interval; }
    void setInterval(int interval);
    QList<int> weekdays() const;
    void setWeekdays(const QList<int> &days);
    int ordinal() const { return m_pattern.ordinal; }
    void setOrdinal(int ordinal);
    int weekday() const { return m_pattern.weekday; }
    void setWeekday(int day);
    int dayOfMonth() const { return m_pattern.dayOfMonth; }
    void setDayOfMonth(int day);
    QString end() const;
    void setEnd(const QString &end);
    QString untilDate() const;
    void setUntilDate(const QString &date);
    int count() const { return m_pattern.count; }
    void setCount(int count);
    QStringList exceptionDays() const;
    void setExceptionDays(const QStringList &days);

    QString description() const { return m_description; }
    QString problem() const { return m_problem; }
    QVariantList preview() const { return m_preview; }
    QVariantList holidayOffers() const { return m_offers; }
    bool schoolHolidaysKnown() const { return m_schoolHolidaysKnown; }
    bool replaceOnly() const { return m_replaceOnly; }
    QString importedDescription() const { return m_importedDescription; }
    QString errorString() const { return m_error; }

    /** The pattern as it stands. */
    SchedulePattern pattern() const { return m_pattern; }
    /** The starts (UTC) of preview, for tests. */
    QList<QDateTime> previewStarts() const { return m_previewStarts; }

    /**
     * Opens schedule @p scheduleUid of activity @p activityUid; an empty @p scheduleUid
     * opens the activity's first schedule, or a new weekly one from next week, 14:00 for
     * 90 minutes, when it has none. False with errorString() when the schedule is unknown.
     */
    Q_INVOKABLE bool load(const QString &activityUid, const QString &scheduleUid = {});
    /** Opens a new schedule for activity @p activityUid beside the ones it has ("Add schedule"). */
    Q_INVOKABLE bool loadNew(const QString &activityUid);
    /** Adds @p day (1..7) to the weekly days, or removes it. */
    Q_INVOKABLE void toggleWeekday(int day);
    /** Adds the days of holiday offer @p id to the exception days, or removes them when all are there. */
    Q_INVOKABLE void toggleOffer(const QString &id);
    /** Writes the schedule through WorkerStore::saveSchedule(); false with errorString() on a refusal. */
    Q_INVOKABLE bool save();

Q_SIGNALS:
    void enrolmentChanged();
    /** A schedule was opened or saved: uid, replaceOnly and importedDescription may differ. */
    void loaded();
    /** The pattern or what follows from it changed. */
    void changed();
    void errorStringChanged();
    /** save() wrote the schedule. */
    void saved();

private:
    /** load() and loadNew(): @p addNew opens a new schedule even when the activity has some. */
    bool open(const QString &activityUid, const QString &scheduleUid, bool addNew);
    QDate today() const;
    /** The pattern's session dates from @p from to @p to, exception days not applied. */
    QList<QDate> sessionDates(const QDate &from, const QDate &to) const;
    SchedulePattern freshPattern(const QTime &time, int minutes) const;
    QString importedSessions(const Schedule &schedule) const;
    void edit(const std::function<void(SchedulePattern &)> &change);
    void refresh();
    void refreshOffers();
    void setError(const QString &error);

    QPointer<WorkerEnrolment> m_enrolment;
    Schedule m_base;
    SchedulePattern m_pattern;
    QString m_description;
    QString m_problem;
    QVariantList m_preview;
    QList<QDateTime> m_previewStarts;
    QVariantList m_offers;
    bool m_schoolHolidaysKnown = false;
    bool m_replaceOnly = false;
    QString m_importedDescription;
    QString m_error;
};

} // namespace Buurtplein
