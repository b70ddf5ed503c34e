// SPDX-License-Identifier: GPL-3.0-or-later
#include "worker/sessionlogpayload.h"
#include "worker/sessionlogcheck.h"
#include "storage/vocabulary.h"

#include <QJsonArray>
#include <QUuid>

#include <algorithm>

#include <cmath>
#include <limits>

namespace Buurtplein::SessionLogPayload {

namespace {

/** Longer uids are taken for garbage rather than an activity. */
constexpr qsizetype MaxUidLength = 200;

/** Reads one payload, remembering the first thing wrong with it. */
class Reader
{
public:
    explicit Reader(const QJsonObject &payload) : m_payload(payload) {}

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

    QString string(const QString &key)
    {
        const QJsonValue value = m_payload.value(key);
        if (!value.isString()) {
            fail(QStringLiteral("'%1' must be a string.").arg(key));
            return {};
        }
        return value.toString();
    }

    bool boolean(const QString &key)
    {
        const QJsonValue value = m_payload.value(key);
        if (!value.isBool())
            fail(QStringLiteral("'%1' must be true or false.").arg(key));
        return value.toBool();
    }

    int integer(const QString &key) { return wholeNumber(m_payload.value(key), QStringLiteral("'%1'").arg(key)); }

    int wholeNumber(const QJsonValue &value, const QString &what)
    {
        const double number = value.toDouble();
        if (!value.isDouble() || std::floor(number) != number || number < std::numeric_limits<int>::min()
            || number > std::numeric_limits<int>::max()) {
            fail(QStringLiteral("%1 must be a whole number.").arg(what));
            return 0;
        }
        return int(number);
    }

private:
    const QJsonObject &m_payload;
    QString m_error;
};

} // namespace

std::optional<SessionLog> read(const QJsonObject &payload, QString *error)
{
    Reader in(payload);
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        if (!allowedFields().contains(it.key()))
            in.fail(QStringLiteral("Unknown field '%1'; a session log has only %2.").arg(it.key(), allowedFields().join(QStringLiteral(", "))));
    }
    const QStringList optional = {QStringLiteral("notHeldReason"), QStringLiteral("ageBands"), QStringLiteral("newToNeighbourhood"),
                                  QStringLiteral("replaces")};
    for (const QString &key : allowedFields()) {
        if (!optional.contains(key) && !payload.contains(key))
            in.fail(QStringLiteral("Missing field '%1'.").arg(key));
    }
    if (in.failed()) {
        *error = in.error();
        return std::nullopt;
    }

    SessionLog log;
    log.uuid = in.string(QStringLiteral("uuid"));
    log.occurrenceUid = in.string(QStringLiteral("occurrence"));
    log.activityUid = in.string(QStringLiteral("activity"));
    log.revision = in.integer(QStringLiteral("revision"));
    log.held = in.boolean(QStringLiteral("held"));
    log.attendance = in.integer(QStringLiteral("attendance"));
    log.firstTimers = in.integer(QStringLiteral("firstTimers"));
    log.volunteers = in.integer(QStringLiteral("volunteers"));
    log.hostPresent = in.boolean(QStringLiteral("hostPresent"));
    // build() leaves out what was not recorded, so a present key always carries a value.
    if (payload.contains(QStringLiteral("notHeldReason")))
        log.notHeldReason = in.string(QStringLiteral("notHeldReason"));
    if (payload.contains(QStringLiteral("newToNeighbourhood"))) {
        log.newToNeighbourhood = in.integer(QStringLiteral("newToNeighbourhood"));
        if (!in.failed() && log.newToNeighbourhood < 0)
            in.fail(QStringLiteral("'newToNeighbourhood' cannot be negative; leave it out when it was not counted."));
    }
    if (payload.contains(QStringLiteral("ageBands"))) {
        const QJsonValue bands = payload.value(QStringLiteral("ageBands"));
        if (!bands.isArray())
            in.fail(QStringLiteral("'ageBands' must be an array of %1 whole numbers.").arg(int(SessionLog::AgeBandCount)));
        for (const QJsonValue &band : bands.toArray())
            log.ageBands.append(in.wholeNumber(band, QStringLiteral("Each of 'ageBands'")));
        if (!in.failed() && log.ageBands.size() != SessionLog::AgeBandCount)
            in.fail(QStringLiteral("'ageBands' must have %1 numbers, or be left out.").arg(int(SessionLog::AgeBandCount)));
    }
    if (payload.contains(QStringLiteral("replaces")))
        log.replaces = in.string(QStringLiteral("replaces"));
    if (in.failed()) {
        *error = in.error();
        return std::nullopt;
    }

    // The device makes the uuid with QUuid::toString(QUuid::WithoutBraces): lowercase, no braces.
    if (QUuid::fromString(log.uuid).toString(QUuid::WithoutBraces) != log.uuid || QUuid::fromString(log.uuid).isNull())
        in.fail(QStringLiteral("'uuid' must be a UUID such as 3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f."));
    else if (log.activityUid.isEmpty() || log.activityUid.size() > MaxUidLength
             || std::any_of(log.activityUid.cbegin(), log.activityUid.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        in.fail(QStringLiteral("'activity' must be an activity uid of 1 to %1 characters, none of them a control character.").arg(MaxUidLength));
    else if (!occurrenceStart(log.occurrenceUid, log.activityUid))
        in.fail(QStringLiteral("'occurrence' must be an occurrence of the activity, such as %1/20261124T130000Z.").arg(log.activityUid));
    else if (log.revision < 1)
        in.fail(QStringLiteral("'revision' must be 1 or more."));
    else if (payload.contains(QStringLiteral("replaces"))
             && (QUuid::fromString(log.replaces).toString(QUuid::WithoutBraces) != log.replaces || QUuid::fromString(log.replaces).isNull()
                 || log.replaces == log.uuid))
        in.fail(QStringLiteral("'replaces' must be the uuid of another log of the same session, or be left out."));
    else if (log.held && payload.contains(QStringLiteral("notHeldReason")))
        in.fail(QStringLiteral("'notHeldReason' is only sent for a session that was not held."));
    if (!in.failed()) {
        const QList<SessionLogCheck::Problem> problems = SessionLogCheck::validate(log);
        if (!problems.isEmpty()) {
            const QString key = pushedKey(problems.first().field);
            in.fail(QStringLiteral("'%1': %2").arg(key, problems.first().message));
        }
    }
    if (in.failed()) {
        *error = in.error();
        return std::nullopt;
    }
    return log;
}

std::optional<qint64> occurrenceStart(const QString &occurrenceUid, const QString &activityUid)
{
    // "YYYYMMDDTHHMMSSZ", as OccurrenceId::make writes it.
    constexpr qsizetype StampLength = 16;
    const qsizetype slash = occurrenceUid.size() - StampLength - 1;
    if (slash < 1 || occurrenceUid.at(slash) != QLatin1Char('/'))
        return std::nullopt;
    if (!activityUid.isEmpty() && QStringView(occurrenceUid).left(slash) != activityUid)
        return std::nullopt;
    const QStringView stamp = QStringView(occurrenceUid).mid(slash + 1);
    if (stamp.at(8) != QLatin1Char('T') || stamp.at(15) != QLatin1Char('Z'))
        return std::nullopt;
    for (qsizetype i : {0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14}) {
        if (!stamp.at(i).isDigit() || stamp.at(i).unicode() > '9')
            return std::nullopt;
    }
    const auto number = [&stamp](qsizetype at, qsizetype width) { return stamp.mid(at, width).toInt(); };
    const QDate date(number(0, 4), number(4, 2), number(6, 2));
    const QTime time(number(9, 2), number(11, 2), number(13, 2));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC).toSecsSinceEpoch();
}

QJsonObject build(const SessionLog &log)
{
    QJsonObject out;
    out.insert(QStringLiteral("uuid"), log.uuid);
    out.insert(QStringLiteral("occurrence"), log.occurrenceUid);
    out.insert(QStringLiteral("activity"), log.activityUid);
    out.insert(QStringLiteral("revision"), log.revision);
    out.insert(QStringLiteral("held"), log.held);
    // Only a vocabulary id travels: free text typed into the reason stays on the device.
    if (!log.held && Vocabulary::isCancelReason(log.notHeldReason))
        out.insert(QStringLiteral("notHeldReason"), log.notHeldReason);
    out.insert(QStringLiteral("attendance"), log.attendance);
    out.insert(QStringLiteral("firstTimers"), log.firstTimers);
    out.insert(QStringLiteral("volunteers"), log.volunteers);
    out.insert(QStringLiteral("hostPresent"), log.hostPresent);
    if (log.ageBands.size() == SessionLog::AgeBandCount) {
        QJsonArray bands;
        for (int count : log.ageBands)
            bands.append(count);
        out.insert(QStringLiteral("ageBands"), bands);
    }
    if (log.newToNeighbourhood >= 0)
        out.insert(QStringLiteral("newToNeighbourhood"), log.newToNeighbourhood);
    if (!log.replaces.isEmpty())
        out.insert(QStringLiteral("replaces"), log.replaces);
    return out;
}

const QList<std::pair<QString, QString>> &pushedMembers()
{
    static const QList<std::pair<QString, QString>> all = {
        {QStringLiteral("uuid"), QStringLiteral("uuid")},
        {QStringLiteral("occurrenceUid"), QStringLiteral("occurrence")},
        {QStringLiteral("activityUid"), QStringLiteral("activity")},
        {QStringLiteral("revision"), QStringLiteral("revision")},
        {QStringLiteral("held"), QStringLiteral("held")},
        {QStringLiteral("notHeldReason"), QStringLiteral("notHeldReason")},
        {QStringLiteral("attendance"), QStringLiteral("attendance")},
        {QStringLiteral("firstTimers"), QStringLiteral("firstTimers")},
        {QStringLiteral("volunteers"), QStringLiteral("volunteers")},
        {QStringLiteral("hostPresent"), QStringLiteral("hostPresent")},
        {QStringLiteral("ageBands"), QStringLiteral("ageBands")},
        {QStringLiteral("newToNeighbourhood"), QStringLiteral("newToNeighbourhood")},
        {QStringLiteral("replaces"), QStringLiteral("replaces")},
    };
    return all;
}

QString pushedKey(const QString &member)
{
    for (const auto &[name, key] : pushedMembers()) {
        if (name == member)
            return key;
    }
    return member;
}

const QStringList &allowedFields()
{
    static const QStringList all = [] {
        QStringList keys;
        for (const auto &[member, key] : pushedMembers())
            keys.append(key);
        return keys;
    }();
    return all;
}

const QStringList &deviceOnlyMembers()
{
    // The hub needs no timestamps: the occurrence says when the session was, and when
    // a social worker typed the log says something about them, not about the session.
    static const QStringList all = {QStringLiteral("note"), QStringLiteral("loggedAt"), QStringLiteral("updatedAt")};
    return all;
}

} // namespace Buurtplein::SessionLogPayload
