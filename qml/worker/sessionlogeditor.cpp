// SPDX-License-Identifier: GPL-3.0-or-later
#include "worker/sessionlogeditor.h"
#include "worker/sessionfinder.h"
#include "worker/sessionlogcheck.h"
#include "worker/unloggedsessionsmodel.h"
#include "storage/vocabulary.h"

#include <QCoreApplication>

namespace Buurtplein {

namespace {

QList<int> zeroBands()
{
    return QList<int>(SessionLog::AgeBandCount, 0);
}

} // namespace

SessionLogEditor::SessionLogEditor(QObject *parent)
    : QObject(parent)
    , m_ageBands(zeroBands())
{
}

void SessionLogEditor::setEnrolment(WorkerEnrolment *enrolment)
{
    if (!followEnrolment(m_enrolment, enrolment, this))
        return;
    Q_EMIT enrolmentChanged();
    if (m_enrolment && !m_occurrenceUid.isEmpty())
        load(m_occurrenceUid);
}

QVariantList SessionLogEditor::reasons() const
{
    // The labels of Vocabulary::cancelReasons(), in its order, as English source strings.
    const QHash<QString, QString> labels = {
        //: Why a session did not take place: the host or volunteers could not come
        {QStringLiteral("host_afwezig"), tr("Host absent")},
        //: Why a session did not take place: the room or place could not be used
        {QStringLiteral("locatie_niet_beschikbaar"), tr("Place not available")},
        //: Why a session did not take place
        {QStringLiteral("weer"), tr("Weather")},
        //: Why a session did not take place: hardly anyone came
        {QStringLiteral("te_weinig_deelnemers"), tr("Too few participants")},
        //: Why a session did not take place
        {QStringLiteral("feestdag_vakantie"), tr("Public or school holiday")},
        //: Why a session did not take place
        {QStringLiteral("veiligheid"), tr("Safety")},
        //: Why a session did not take place: any other reason
        {QStringLiteral("anders"), tr("Other")},
    };
    QVariantList out;
    for (const Vocabulary::Term &term : Vocabulary::cancelReasons())
        out.append(QVariantMap{{QStringLiteral("id"), term.id}, {QStringLiteral("label"), labels.value(term.id, term.label)}});
    return out;
}

QStringList SessionLogEditor::ageBandLabels() const
{
    return {
        //: Age band on the session log form: children up to 11 years old
        tr("0–11 years"),
        //: Age band on the session log form
        tr("12–17 years"),
        //: Age band on the session log form
        tr("18–26 years"),
        //: Age band on the session log form
        tr("27–66 years"),
        //: Age band on the session log form: 67 years and older
        tr("67 and older"),
    };
}

template<typename T>
void SessionLogEditor::change(T &member, const T &value)
{
    if (member == value)
        return;
    member = value;
    Q_EMIT valuesChanged();
}

void SessionLogEditor::setHeld(bool held) { change(m_log.held, held); }
void SessionLogEditor::setNotHeldReason(const QString &reason) { change(m_log.notHeldReason, reason); }
void SessionLogEditor::setAttendance(int count) { change(m_log.attendance, count); }
void SessionLogEditor::setFirstTimers(int count) { change(m_log.firstTimers, count); }
void SessionLogEditor::setVolunteers(int count) { change(m_log.volunteers, count); }
void SessionLogEditor::setHostPresent(bool present) { change(m_log.hostPresent, present); }
void SessionLogEditor::setAgeBandsEnabled(bool enabled) { change(m_ageBandsEnabled, enabled); }
void SessionLogEditor::setNewToNeighbourhood(int count) { change(m_log.newToNeighbourhood, count); }
void SessionLogEditor::setNote(const QString &note) { change(m_log.note, note); }

void SessionLogEditor::setAgeBands(const QList<int> &counts)
{
    QList<int> bands = counts.mid(0, SessionLog::AgeBandCount);
    while (bands.size() < SessionLog::AgeBandCount)
        bands.append(0);
    change(m_ageBands, bands);
}

void SessionLogEditor::setAgeBand(int band, int count)
{
    if (band < 0 || band >= SessionLog::AgeBandCount)
        return;
    QList<int> bands = m_ageBands;
    bands[band] = count;
    change(m_ageBands, bands);
}

SessionLog SessionLogEditor::toLog() const
{
    SessionLog log = m_log;
    log.occurrenceUid = m_occurrenceUid;
    log.activityUid = m_activityUid;
    log.ageBands = m_ageBandsEnabled ? m_ageBands : QList<int>();
    if (log.held) {
        log.notHeldReason.clear();
    } else {
        // The page hides the counts of a session that did not take place; what was typed
        // before stays in the form in case "held" is chosen again, but is not stored.
        log.attendance = 0;
        log.firstTimers = 0;
        log.volunteers = 0;
        log.newToNeighbourhood = -1;
        log.ageBands.clear();
    }
    return log;
}

QVariantList SessionLogEditor::problems() const
{
    QVariantList out;
    const auto add = [&out](const QString &field, const QString &message) {
        out.append(QVariantMap{{QStringLiteral("field"), field}, {QStringLiteral("message"), message}});
    };
    if (!m_found)
        return out;
    // The store's own refusals, said before the social worker fills anything in.
    const QDateTime now = m_enrolment ? m_enrolment->now().toUTC() : QDateTime::currentDateTimeUtc();
    const int weeks = m_enrolment ? m_enrolment->store().logWindowWeeks() : WorkerStore::DefaultLogWeeks;
    for (const SessionLogCheck::Problem &p : SessionLogCheck::timing(m_start, m_cancelled, m_log.held, now, weeks))
        add(p.field, p.message);
    for (const SessionLogCheck::Problem &p : SessionLogCheck::validate(toLog()))
        add(p.field, p.message);
    return out;
}

bool SessionLogEditor::canSave() const
{
    return m_found && m_enrolment && problems().isEmpty();
}

void SessionLogEditor::setError(const QString &message)
{
    if (m_error == message)
        return;
    m_error = message;
    Q_EMIT errorStringChanged();
}

bool SessionLogEditor::load(const QString &occurrenceUid)
{
    m_occurrenceUid = occurrenceUid;
    m_found = false;
    m_cancelled = false;
    m_revision = 0;
    m_activityUid.clear();
    m_title.clear();
    m_dateLabel.clear();
    m_start = {};
    m_lastTime.clear();
    m_log = SessionLog();
    m_ageBandsEnabled = false;
    m_ageBands = zeroBands();
    setError({});

    std::optional<PlannedSession> found;
    if (m_enrolment && !occurrenceUid.isEmpty())
        found = SessionFinder::find(m_enrolment->store().catalogue(), occurrenceUid);
    if (!found) {
        if (m_enrolment && !occurrenceUid.isEmpty()) {
            //: Opening the log of a session that no schedule has (any more).
            setError(QCoreApplication::translate("WorkerStore", "This session is not in the schedule of its activity."));
        }
        Q_EMIT loaded();
        Q_EMIT valuesChanged();
        return false;
    }
    m_found = true;
    m_activityUid = found->activityUid;
    m_title = found->title;
    m_start = found->start;
    m_dateLabel = UnloggedSessionsModel::dateLabel(found->start, found->end, m_enrolment->now());
    m_cancelled = found->status == QLatin1String("cancelled");
    if (const std::optional<SessionLog> stored = m_enrolment->store().sessionLog(found->occurrenceUid)) {
        m_log = *stored;
        m_revision = stored->revision;
        if (stored->ageBands.size() == SessionLog::AgeBandCount) {
            m_ageBandsEnabled = true;
            m_ageBands = stored->ageBands;
        }
    } else if (m_cancelled) {
        m_log.held = false;
        const auto cancel = m_enrolment->store().catalogue().occurrenceOverride(found->occurrenceUid);
        if (cancel && Vocabulary::isCancelReason(cancel->reason))
            m_log.notHeldReason = cancel->reason;
    }
    readLastTime(found->originalStart);
    Q_EMIT loaded();
    Q_EMIT valuesChanged();
    return true;
}

void SessionLogEditor::readLastTime(const QDateTime &sessionStart)
{
    // The log of this activity's latest earlier session that was held.
    const auto counts = m_enrolment->store().lastHeldCounts(m_activityUid, m_occurrenceUid, sessionStart);
    if (counts)
        m_lastTime = {{QStringLiteral("attendance"), counts->attendance}, {QStringLiteral("volunteers"), counts->volunteers}};
}

void SessionLogEditor::applyLastTime()
{
    if (m_lastTime.isEmpty())
        return;
    const int attendance = m_lastTime.value(QStringLiteral("attendance")).toInt();
    const int volunteers = m_lastTime.value(QStringLiteral("volunteers")).toInt();
    if (m_log.held && m_log.attendance == attendance && m_log.volunteers == volunteers)
        return;
    m_log.held = true;
    m_log.attendance = attendance;
    m_log.volunteers = volunteers;
    Q_EMIT valuesChanged();
}

bool SessionLogEditor::save()
{
    if (!m_enrolment) {
        //: Saving a session log on a device that is not set up for social worker mode
        setError(tr("Social worker mode is not set up on this device."));
        return false;
    }
    SessionLog log = toLog();
    if (!m_enrolment->store().logSession(log)) {
        setError(m_enrolment->store().errorString());
        return false;
    }
    setError({});
    m_log = log;
    m_revision = log.revision;
    Q_EMIT loaded();
    Q_EMIT valuesChanged();
    Q_EMIT saved(m_revision);
    m_enrolment->notifyChanged();
    return true;
}

} // namespace Buurtplein
