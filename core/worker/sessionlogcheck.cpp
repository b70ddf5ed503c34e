// SPDX-License-Identifier: GPL-3.0-or-later
#include "worker/sessionlogcheck.h"
#include "storage/vocabulary.h"

#include <QCoreApplication>
#include <QLocale>

#include <numeric>

namespace Buurtplein::SessionLogCheck {

namespace {

void checkCount(QList<Problem> &out, const QString &field, int value, const QString &negative, const QString &tooMany)
{
    if (value < 0)
        out.append({field, negative});
    else if (value > MaxCount)
        out.append({field, tooMany});
}

QString tooMany()
{
    //: A count on the session log form is implausibly high; %1 is the maximum, e.g. 10000.
    return QCoreApplication::translate("SessionLogCheck", "That is more than %1; please check the number.")
        .arg(QLocale().toString(MaxCount));
}

void checkAgeBands(QList<Problem> &out, const SessionLog &log)
{
    const QString field = QStringLiteral("ageBands");
    if (log.ageBands.isEmpty())
        return;
    if (log.ageBands.size() != SessionLog::AgeBandCount) {
        //: Age bands on the session log form are optional, but when given all five are needed.
        out.append({field, QCoreApplication::translate("SessionLogCheck", "Fill in all five age bands, or none of them.")});
        return;
    }
    for (int count : log.ageBands) {
        if (count < 0) {
            //: An age band count on the session log form is below zero.
            out.append({field, QCoreApplication::translate("SessionLogCheck", "An age band cannot be negative.")});
            return;
        }
    }
    const qint64 sum = std::accumulate(log.ageBands.cbegin(), log.ageBands.cend(), qint64(0));
    if (sum > log.attendance) {
        //: The age bands add up to more people than took part; %1 is their sum, %2 the attendance.
        out.append({field, QCoreApplication::translate("SessionLogCheck", "The age bands add up to %1, more than the %2 people who took part.")
                               .arg(sum).arg(log.attendance)});
    }
}

void checkHeld(QList<Problem> &out, const SessionLog &log)
{
    const QString reason = QStringLiteral("notHeldReason");
    if (log.held) {
        if (!log.notHeldReason.isEmpty()) {
            //: A session marked as held still carries a reason why it was not held.
            out.append({reason, QCoreApplication::translate("SessionLogCheck", "A session that was held has no reason for not being held.")});
        }
        return;
    }
    if (log.attendance > 0 || log.firstTimers > 0 || log.newToNeighbourhood > 0) {
        //: The session is marked "not held" but people were counted.
        out.append({QStringLiteral("attendance"), QCoreApplication::translate("SessionLogCheck", "A session that was not held has no participants; set the counts to zero.")});
    }
    if (!log.ageBands.isEmpty()) {
        //: The session is marked "not held" but age bands were filled in.
        out.append({QStringLiteral("ageBands"), QCoreApplication::translate("SessionLogCheck", "A session that was not held has no age bands.")});
    }
    if (log.notHeldReason.isEmpty()) {
        //: The session is marked "not held" and no reason category was chosen.
        out.append({reason, QCoreApplication::translate("SessionLogCheck", "Choose why the session was not held.")});
    } else if (!Vocabulary::isCancelReason(log.notHeldReason)) {
        //: The reason a session was not held is not in the list; %1 is what was given.
        out.append({reason, QCoreApplication::translate("SessionLogCheck", "“%1” is not one of the reasons a session can be not held.").arg(log.notHeldReason)});
    }
}

} // namespace

QList<Problem> validate(const SessionLog &log)
{
    QList<Problem> out;
    checkCount(out, QStringLiteral("attendance"), log.attendance,
               //: The attendance count on the session log form is below zero.
               QCoreApplication::translate("SessionLogCheck", "Attendance cannot be negative."), tooMany());
    checkCount(out, QStringLiteral("firstTimers"), log.firstTimers,
               //: The first-timers count on the session log form is below zero.
               QCoreApplication::translate("SessionLogCheck", "First-timers cannot be negative."), tooMany());
    checkCount(out, QStringLiteral("volunteers"), log.volunteers,
               //: The volunteers/hosts count on the session log form is below zero.
               QCoreApplication::translate("SessionLogCheck", "Volunteers and hosts cannot be negative."), tooMany());
    // -1 means "not counted"; any other negative number is a mistake.
    if (log.newToNeighbourhood != -1) {
        checkCount(out, QStringLiteral("newToNeighbourhood"), log.newToNeighbourhood,
                   //: The "new to the neighbourhood" count on the session log form is below zero.
                   QCoreApplication::translate("SessionLogCheck", "New to the neighbourhood cannot be negative."), tooMany());
    }
    if (log.firstTimers > log.attendance && log.attendance >= 0) {
        //: More first-timers than participants; %1 is first-timers, %2 the attendance.
        out.append({QStringLiteral("firstTimers"), QCoreApplication::translate("SessionLogCheck", "There cannot be %1 first-timers when %2 people took part.")
                                                       .arg(log.firstTimers).arg(log.attendance)});
    }
    if (log.newToNeighbourhood > log.attendance && log.attendance >= 0) {
        //: More people new to the neighbourhood than participants; %1 is that count, %2 the attendance.
        out.append({QStringLiteral("newToNeighbourhood"), QCoreApplication::translate("SessionLogCheck", "There cannot be %1 people new to the neighbourhood when %2 people took part.")
                                                              .arg(log.newToNeighbourhood).arg(log.attendance)});
    }
    checkAgeBands(out, log);
    checkHeld(out, log);
    return out;
}

QList<Problem> timing(const QDateTime &sessionStart, bool cancelled, bool held, const QDateTime &now, int windowWeeks)
{
    QList<Problem> out;
    const QString session = QStringLiteral("session");
    if (sessionStart > now) {
        //: Logging a session that has not begun yet.
        out.append({session, QCoreApplication::translate("WorkerStore", "This session has not started yet. Log it once it has begun.")});
    } else if (sessionStart < now.addDays(-7 * qint64(windowWeeks))) {
        //: Logging a session that is too long ago; %n is the number of weeks a log stays possible.
        out.append({session, QCoreApplication::translate("WorkerStore", "Sessions can be logged up to %n week(s) after they took place; "
                                                                         "this one is older.", nullptr, windowWeeks)});
    }
    if (cancelled && held) {
        //: Logging a cancelled session as held.
        out.append({QStringLiteral("held"),
                    QCoreApplication::translate("WorkerStore", "This session was cancelled. Restore it before logging it as held.")});
    }
    return out;
}

} // namespace Buurtplein::SessionLogCheck
