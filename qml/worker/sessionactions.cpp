// SPDX-License-Identifier: GPL-3.0-or-later
#include "worker/sessionactions.h"
#include "common/amsterdamtime.h"
#include "catalogue/cataloguestore.h"
#include "schedule/schedulepatterns.h"
#include "worker/sessionfinder.h"
#include "storage/vocabulary.h"
#include "worker/workerenrolment.h"

#include <QLocale>
#include <QTimeZone>

namespace Buurtplein {

namespace {

QDateTime localToUtc(const QString &localDate, const QString &localTime)
{
    const QDate date = QDate::fromString(localDate, Qt::ISODate);
    const QTime time = QTime::fromString(localTime, QStringLiteral("H:mm"));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, AmsterdamTime::zone()).toUTC();
}

} // namespace

SessionActions::SessionActions(QObject *parent)
    : QObject(parent)
{
}

void SessionActions::setEnrolment(WorkerEnrolment *enrolment)
{
    if (!followEnrolment(m_enrolment, enrolment, this, [this](WorkerEnrolment *s) {
            connect(s, &WorkerEnrolment::changed, this, &SessionActions::reload);
            connect(s, &WorkerEnrolment::changed, this, [this] { m_places.invalidate(); });
        }))
        return;
    m_places.invalidate();
    Q_EMIT enrolmentChanged();
    reload();
}

void SessionActions::setActivityUid(const QString &uid)
{
    if (m_activityUid == uid)
        return;
    m_activityUid = uid;
    Q_EMIT activityUidChanged();
    reload();
}

QString SessionActions::reasonLabel(const QString &reasonId)
{
    static const QHash<QString, const char *> labels = {
        //: Why a session is cancelled: the person who runs it cannot come
        {QStringLiteral("host_afwezig"), QT_TR_NOOP("Host absent")},
        //: Why a session is cancelled: the room or place cannot be used
        {QStringLiteral("locatie_niet_beschikbaar"), QT_TR_NOOP("Venue not available")},
        //: Why a session is cancelled: the weather
        {QStringLiteral("weer"), QT_TR_NOOP("Weather")},
        //: Why a session is cancelled: too few people signed up or came
        {QStringLiteral("te_weinig_deelnemers"), QT_TR_NOOP("Too few participants")},
        //: Why a session is cancelled: a public or school holiday
        {QStringLiteral("feestdag_vakantie"), QT_TR_NOOP("Holiday")},
        //: Why a session is cancelled: safety
        {QStringLiteral("veiligheid"), QT_TR_NOOP("Safety")},
        //: Why a session is cancelled: another reason
        {QStringLiteral("anders"), QT_TR_NOOP("Other reason")},
    };
    const auto it = labels.constFind(reasonId);
    return it == labels.constEnd() ? reasonId : tr(*it);
}

QString SessionActions::statusLabel(const QString &status)
{
    if (status == QLatin1String("paused"))
        //: Status of an activity that has stopped for a while: residents see no dates
        return tr("Paused");
    if (status == QLatin1String("ended"))
        //: Status of an activity that has stopped for good
        return tr("Ended");
    //: Status of an activity that runs as scheduled
    return tr("Active");
}

QString SessionActions::shortMoment(const QDateTime &utc)
{
    const QDateTime local = utc.toTimeZone(AmsterdamTime::zone());
    // Dutch clocks are 24-hour whatever the system locale, as in AmsterdamTime::timeRange().
    return QLocale().toString(local.date(), QStringLiteral("ddd d MMM")) + QLatin1Char(' ')
        + local.time().toString(QStringLiteral("HH:mm"));
}

QVariantList SessionActions::cancelReasons() const
{
    QVariantList out;
    for (const Vocabulary::Term &term : Vocabulary::cancelReasons())
        out.append(QVariantMap{{QStringLiteral("id"), term.id}, {QStringLiteral("label"), reasonLabel(term.id)}});
    return out;
}

void SessionActions::reload()
{
    QVariantMap info;
    const std::optional<Activity> a = m_enrolment && !m_activityUid.isEmpty()
        ? m_enrolment->store().catalogue().activity(m_activityUid) : std::nullopt;
    if (a) {
        QVariantList schedules;
        for (const Schedule &s : m_enrolment->store().catalogue().schedulesOf(a->uid)) {
            const std::optional<SchedulePattern> pattern = SchedulePatterns::fromSchedule(s);
            const QString text = pattern ? SchedulePatterns::describe(*pattern, QLocale(), m_enrolment->now().toTimeZone(AmsterdamTime::zone()).date())
                //: A schedule (imported from another calendar) the app cannot put in words; %1 is its first date, %2 its time
                : tr("A schedule from another calendar, from %1 at %2. It can only be replaced.")
                      .arg(QLocale().toString(s.startDate, QStringLiteral("d MMMM yyyy")),
                           s.startTime.toString(QStringLiteral("HH:mm")));
            schedules.append(QVariantMap{{QStringLiteral("uid"), s.uid}, {QStringLiteral("text"), text}});
        }
        info = {
            {QStringLiteral("uid"), a->uid},
            {QStringLiteral("title"), a->title},
            {QStringLiteral("category"), a->category},
            {QStringLiteral("status"), a->status},
            {QStringLiteral("statusLabel"), statusLabel(a->status)},
            //: Where an activity takes place when it has no fixed place
            {QStringLiteral("placeName"), a->placeUid.isEmpty() ? tr("No fixed place") : placeName(a->placeUid)},
            {QStringLiteral("schedules"), schedules},
        };
    }
    m_activity = info;
    Q_EMIT activityChanged();
}

QString SessionActions::placeName(const QString &uid) const
{
    if (!m_enrolment || uid.isEmpty())
        return {};
    const std::optional<Place> p = m_enrolment->store().catalogue().place(uid);
    return p ? p->name : QString();
}

QVariantMap SessionActions::sessionInfo(const QString &occurrenceUid) const
{
    if (!m_enrolment)
        return {};
    const CatalogueStore &catalogue = m_enrolment->store().catalogue();
    const std::optional<PlannedSession> s = SessionFinder::find(catalogue, occurrenceUid);
    if (!s)
        return {};
    const std::optional<OccurrenceOverride> change = catalogue.occurrenceOverride(occurrenceUid);
    const std::optional<Activity> activity = catalogue.activity(s->activityUid);
    QString placeUid = activity ? activity->placeUid : QString();
    if (s->status == QLatin1String("moved") && change && !change->newPlaceUid.isEmpty())
        placeUid = change->newPlaceUid;
    const QDateTime local = s->start.toTimeZone(AmsterdamTime::zone());
    return {
        {QStringLiteral("occurrenceUid"), s->occurrenceUid},
        {QStringLiteral("activityUid"), s->activityUid},
        {QStringLiteral("title"), s->title},
        {QStringLiteral("dayText"), QLocale().toString(local.date(), QStringLiteral("dddd d MMMM yyyy"))},
        {QStringLiteral("timeText"), AmsterdamTime::timeRange(s->start.toSecsSinceEpoch(), s->end.toSecsSinceEpoch())},
        {QStringLiteral("date"), local.date().toString(Qt::ISODate)},
        {QStringLiteral("time"), local.time().toString(QStringLiteral("HH:mm"))},
        {QStringLiteral("durationMinutes"), int(s->start.secsTo(s->end) / 60)},
        {QStringLiteral("status"), s->status},
        {QStringLiteral("reasonLabel"), s->status == QLatin1String("cancelled") && change ? reasonLabel(change->reason) : QString()},
        {QStringLiteral("placeUid"), placeUid},
        {QStringLiteral("placeName"), placeName(placeUid)},
        {QStringLiteral("started"), s->start <= m_enrolment->now()},
        {QStringLiteral("today"), m_enrolment->now().toTimeZone(AmsterdamTime::zone()).date().toString(Qt::ISODate)},
    };
}

QVariantList SessionActions::findPlaces(const QString &text, int limit) const
{
    if (!m_enrolment)
        return {};
    return m_places.find(m_enrolment->connection(), m_enrolment->now().toTimeZone(AmsterdamTime::zone()).date(), text, limit);
}

QString SessionActions::movePreview(const QString &localDate, const QString &localTime, const QString &placeUid) const
{
    const QDateTime start = localToUtc(localDate, localTime);
    if (!start.isValid())
        return {};
    const QString place = placeName(placeUid);
    //: What residents see on a moved session, e.g. "Moved to Tue 1 Dec 14:00"
    const QString text = tr("Moved to %1").arg(shortMoment(start));
    return place.isEmpty() ? text : text + QStringLiteral(" · ") + place;
}

bool SessionActions::fail(const QString &message)
{
    if (m_error != message) {
        m_error = message;
        Q_EMIT errorStringChanged();
    }
    return false;
}

bool SessionActions::finish(bool ok)
{
    if (!ok)
        return fail(m_enrolment->store().errorString());
    fail(QString());
    m_enrolment->notifyChanged();
    return true;
}

bool SessionActions::notStarted(const QString &occurrenceUid)
{
    const std::optional<PlannedSession> s = SessionFinder::find(m_enrolment->store().catalogue(), occurrenceUid);
    if (!s) {
        //: Acting on a session that no schedule of its activity has (any more)
        return fail(tr("This session is not in the schedule of its activity."));
    }
    if (s->start <= m_enrolment->now()) {
        //: Cancelling, moving or restoring a session that has already begun
        return fail(tr("This session has already started. Log it as not held instead."));
    }
    return true;
}

bool SessionActions::cancel(const QString &occurrenceUid, const QString &reasonId)
{
    if (!m_enrolment)
        return false;
    if (!Vocabulary::isCancelReason(reasonId)) {
        //: Cancelling a session without choosing one of the listed reasons
        return fail(tr("Choose why the session is cancelled."));
    }
    return notStarted(occurrenceUid) && finish(m_enrolment->store().cancelSession(occurrenceUid, reasonId));
}

bool SessionActions::move(const QString &occurrenceUid, const QString &localDate, const QString &localTime,
                          int durationMinutes, const QString &newPlaceUid)
{
    if (!m_enrolment)
        return false;
    const QDateTime start = localToUtc(localDate, localTime);
    if (!start.isValid()) {
        //: Moving a session without a valid new date and time
        return fail(tr("Choose the new date and time of the session."));
    }
    if (start <= m_enrolment->now()) {
        //: Moving a session to a moment that has already passed
        return fail(tr("The new time has already passed. Choose a moment in the future."));
    }
    if (!newPlaceUid.isEmpty() && !m_enrolment->store().catalogue().place(newPlaceUid)) {
        //: Moving a session to a place that is not in the catalogue
        return fail(tr("This place is not in the catalogue."));
    }
    if (!notStarted(occurrenceUid))
        return false;
    const QDateTime end = durationMinutes > 0 ? start.addSecs(qint64(durationMinutes) * 60) : QDateTime();
    return finish(m_enrolment->store().moveSession(occurrenceUid, start, end, newPlaceUid));
}

bool SessionActions::restore(const QString &occurrenceUid)
{
    if (!m_enrolment || !notStarted(occurrenceUid))
        return false;
    const std::optional<PlannedSession> s = SessionFinder::find(m_enrolment->store().catalogue(), occurrenceUid);
    if (s->originalStart <= m_enrolment->now()) {
        //: Undoing the move of a session whose original time has already passed
        return fail(tr("The session's own time has already passed. Move it again instead."));
    }
    return finish(m_enrolment->store().restoreSession(occurrenceUid));
}

bool SessionActions::pauseActivity(const QString &uid)
{
    return m_enrolment && finish(m_enrolment->store().pauseActivity(uid));
}

bool SessionActions::resumeActivity(const QString &uid)
{
    return m_enrolment && finish(m_enrolment->store().resumeActivity(uid));
}

bool SessionActions::endActivity(const QString &uid)
{
    return m_enrolment && finish(m_enrolment->store().endActivity(uid));
}

} // namespace Buurtplein
