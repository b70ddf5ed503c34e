// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Buurtplein {

/**
 * What a social worker records about one session (SPEC: Session log). Counts are
 * absolute: a later edit replaces them and raises the revision. Counts that were not
 * recorded are -1. The note stays on the device; SessionLogPayload never reads it.
 */
struct SessionLog {
    /** The optional age bands of SPEC.md, in this order. */
    enum AgeBand { Age0to11, Age12to17, Age18to26, Age27to66, Age67plus, AgeBandCount };

    QString uuid;                ///< client UUID, made once when the session is first logged
    QString occurrenceUid;       ///< OccurrenceId of the session
    QString activityUid;
    bool held = true;
    QString notHeldReason;       ///< a Vocabulary::cancelReasons() id when !held
    int attendance = 0;          ///< everyone who took part, hosts not included
    int firstTimers = 0;         ///< of attendance, there for the first time
    int volunteers = 0;          ///< volunteers and hosts who ran it
    bool hostPresent = true;
    QList<int> ageBands;         ///< empty, or AgeBandCount counts (each >= 0)
    int newToNeighbourhood = -1; ///< of attendance, living in the neighbourhood < 2 years; -1 unknown
    /**
     * The uuid of a colleague's log of the same session that this one takes the place of,
     * when the social worker chose their own counts after the hub reported both (docs/sync.md,
     * A team logs together); empty otherwise. Travels in the outbox only.
     */
    QString replaces;
    QString note;                ///< free text, device only
    int revision = 0;            ///< 0 until stored; each stored edit raises it by one
    QDateTime loggedAt;          ///< UTC, first stored
    QDateTime updatedAt;         ///< UTC, last stored
};

/**
 * The name of every data member of SessionLog, in declaration order. A new member goes
 * here too, and SessionLogPayload must decide whether it is pushed or stays on the
 * device; tst_sessionlogpayload fails (and sessionlogpayload.cpp stops compiling) until
 * it does.
 */
inline const QStringList &sessionLogFields()
{
    static const QStringList all = {
        QStringLiteral("uuid"), QStringLiteral("occurrenceUid"), QStringLiteral("activityUid"),
        QStringLiteral("held"), QStringLiteral("notHeldReason"), QStringLiteral("attendance"),
        QStringLiteral("firstTimers"), QStringLiteral("volunteers"), QStringLiteral("hostPresent"),
        QStringLiteral("ageBands"), QStringLiteral("newToNeighbourhood"), QStringLiteral("replaces"), QStringLiteral("note"),
        QStringLiteral("revision"), QStringLiteral("loggedAt"), QStringLiteral("updatedAt"),
    };
    return all;
}

} // namespace Buurtplein
