// SPDX-License-Identifier: GPL-3.0-or-later
#include "resident/cataloguedetails.h"
#include "common/amsterdamtime.h"
#include "catalogue/cataloguestore.h"
#include "search/catalogueviews.h"
#include "common/occurrencelistmodel.h"
#include "common/terms.h"
#include "schedule/dutchholidays.h"
#include "search/searchindex.h"
#include "storage/database.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QThread>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcCatalogueDetails, "buurtplein.resident.details")

namespace Buurtplein {

namespace {

QString address(const Place &p)
{
    const QString street = (p.street + QLatin1Char(' ') + p.houseNumber).trimmed();
    const QString postcode = p.postcode.size() == 6 ? p.postcode.left(4) + QLatin1Char(' ') + p.postcode.mid(4) : p.postcode;
    const QString town = (postcode + QLatin1Char(' ') + p.city).trimmed();
    QStringList parts{street, town};
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

QString ages(int min, int max)
{
    if (min < 0 && max < 0)
        return {};
    if (max < 0)
        //: Age range of an activity with only a lower bound, e.g. "18+"
        return CatalogueDetails::tr("%1+").arg(min);
    //: Age range of an activity, e.g. "6–12 years"
    return CatalogueDetails::tr("%1–%2 years").arg(std::max(0, min)).arg(max);
}

} // namespace

/** CatalogueDetails' reading side, on its thread, with a connection of its own. */
class CatalogueReader : public QObject
{
    Q_OBJECT

public:
    explicit CatalogueReader(const QString &path)
        : m_path(path)
    {
    }

    void read(quint64 ticket, int kind, const QString &uid, int limit, const QDateTime &now)
    {
        if (!m_db.isOpen() && !m_db.open(m_path))
            qCWarning(lcCatalogueDetails) << "cannot read the catalogue off the UI thread:" << m_db.errorString();
        CatalogueDetails reader(m_db.connection());
        reader.setNow(now);
        const auto [record, sessions] = reader.readNow(CatalogueDetails::Record(kind), uid, limit);
        Q_EMIT answered(ticket, record, sessions);
    }

Q_SIGNALS:
    void answered(quint64 ticket, const QVariantMap &record, const QVariantList &sessions);

private:
    QString m_path;
    Database m_db;
};

CatalogueDetails::CatalogueDetails(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
}

CatalogueDetails::~CatalogueDetails()
{
    if (m_readThread) {
        m_readThread->quit();
        m_readThread->wait();
    }
}

std::pair<QVariantMap, QVariantList> CatalogueDetails::readNow(Record kind, const QString &uid, int limit) const
{
    if (kind == Record::Place)
        return {place(uid), sessionsAt(uid, limit)};
    return {activity(uid), sessionsOf(uid, limit)};
}

quint64 CatalogueDetails::readLater(Record kind, const QString &uid, int limit)
{
    const quint64 ticket = ++m_lastTicket;
    const QString path = m_db.databaseName();
    if (path.isEmpty() || path == QLatin1String(":memory:")) {
        const auto [record, sessions] = readNow(kind, uid, limit);
        QMetaObject::invokeMethod(this, [this, ticket, record, sessions] { Q_EMIT recordRead(ticket, record, sessions); },
                                  Qt::QueuedConnection);
        return ticket;
    }
    if (!m_readThread) {
        m_readThread = new QThread(this);
        m_readThread->setObjectName(QStringLiteral("catalogue-pages"));
        auto *reader = new CatalogueReader(path);
        reader->moveToThread(m_readThread);
        connect(m_readThread, &QThread::finished, reader, &QObject::deleteLater);
        connect(this, &CatalogueDetails::readRequested, reader, &CatalogueReader::read);
        connect(reader, &CatalogueReader::answered, this, &CatalogueDetails::recordRead);
        m_readThread->start();
    }
    Q_EMIT readRequested(ticket, int(kind), uid, limit, from());
    return ticket;
}

QString CatalogueDetails::contentLanguage()
{
    return QLocale().name().section(QLatin1Char('_'), 0, 0);
}

QString CatalogueDetails::sourceNote() const
{
    //: Attribution of the open data the demo neighbourhood is built from
    return tr("Places: Gemeente Amsterdam, Maatschappelijke voorzieningen. Areas: CBS, Wijk- en buurtkaart.");
}

void CatalogueDetails::catalogueSynced()
{
    ++m_revision;
    Q_EMIT revisionChanged();
}

void CatalogueDetails::languageSwitched()
{
    Q_EMIT languageChanged();
}

QVariantMap CatalogueDetails::activity(const QString &uid) const
{
    CatalogueStore store(m_db);
    const std::optional<Activity> a = store.activity(uid);
    if (!a)
        return {};
    QString title = a->title;
    QString description = a->description;
    QString textLanguage = a->textLanguage;
    const QString uiLanguage = contentLanguage();
    if (uiLanguage != a->textLanguage && a->translations.contains(uiLanguage)) {
        title = a->translations.value(uiLanguage).title;
        description = a->translations.value(uiLanguage).description;
        textLanguage = uiLanguage;
    }
    QVariantList languages;
    for (const QString &code : a->languagesSpoken)
        languages.append(QVariantMap{{QStringLiteral("code"), code}, {QStringLiteral("name"), Terms::languageName(code)}});
    const std::optional<Organisation> organisation = store.organisation(a->organisationUid);
    return {
        {QStringLiteral("uid"), a->uid},
        {QStringLiteral("title"), title},
        {QStringLiteral("description"), description},
        {QStringLiteral("textLanguage"), textLanguage},
        {QStringLiteral("category"), a->category},
        {QStringLiteral("languages"), languages},
        {QStringLiteral("audience"), a->audience},
        {QStringLiteral("costText"), Terms::costText(a->costCents)},
        {QStringLiteral("costNote"), a->costNote},
        {QStringLiteral("ages"), ages(a->ageMin, a->ageMax)},
        {QStringLiteral("registrationRequired"), a->registrationRequired},
        {QStringLiteral("hostPresent"), a->hostPresent},
        {QStringLiteral("contact"), a->contact},
        {QStringLiteral("organisation"), organisation ? organisation->name : QString()},
        {QStringLiteral("place"), place(a->placeUid)},
    };
}

QVariantMap CatalogueDetails::place(const QString &uid) const
{
    if (uid.isEmpty())
        return {};
    const std::optional<Place> p = CatalogueStore(m_db).place(uid);
    if (!p)
        return {};
    QVariantList accessibility;
    for (const QString &id : p->accessibility)
        accessibility.append(QVariantMap{{QStringLiteral("id"), id},
                                         {QStringLiteral("label"), Terms::accessibilityLabel(id)},
                                         {QStringLiteral("icon"), Terms::accessibilityIcon(id)}});
    return {
        {QStringLiteral("uid"), p->uid},
        {QStringLiteral("name"), p->name},
        {QStringLiteral("kind"), p->kind},
        {QStringLiteral("kindLabel"), Terms::placeKindLabel(p->kind)},
        {QStringLiteral("kindIcon"), Terms::placeKindIcon(p->kind)},
        {QStringLiteral("address"), address(*p)},
        {QStringLiteral("lat"), p->lat},
        {QStringLiteral("lon"), p->lon},
        {QStringLiteral("hasCoordinates"), p->hasCoordinates},
        {QStringLiteral("openingHours"), p->openingHours},
        {QStringLiteral("accessibility"), accessibility},
        {QStringLiteral("indoorOutdoor"), p->indoorOutdoor},
    };
}

QVariantList CatalogueDetails::sessionsOf(const QString &activityUid, int limit) const
{
    QVariantList out;
    const QDate today = from().toTimeZone(AmsterdamTime::zone()).date();
    const QList<CatalogueViews::ActivitySession> sessions = CatalogueViews::sessionsOf(m_db, activityUid, from(), limit);
    // A holiday the series skips is said where the gap is, up to the last date listed
    // (or the weeks the index holds, when fewer dates come).
    const QDateTime skippedUntil = sessions.size() >= limit && !sessions.isEmpty()
        ? QDateTime::fromSecsSinceEpoch(sessions.last().start, QTimeZone::utc())
        : from().addDays(7 * SearchIndex::DefaultWindowWeeks);
    QList<CatalogueViews::SkippedSession> skipped = CatalogueViews::skippedOf(m_db, activityUid, from(), skippedUntil);
    for (const CatalogueViews::ActivitySession &session : sessions) {
        while (!skipped.isEmpty() && skipped.first().start < session.start)
            out.append(skippedEntry(skipped.takeFirst(), today));
        out.append(QVariantMap{
            {QStringLiteral("occurrenceUid"), session.occurrenceUid},
            {QStringLiteral("day"), OccurrenceListModel::dayLabel(AmsterdamTime::local(session.start).date(), today)},
            {QStringLiteral("timeText"), AmsterdamTime::timeRange(session.start, session.end)},
            {QStringLiteral("status"), session.status},
            {QStringLiteral("placeName"), session.placeName},
            // This time not at the activity's usual place (a moved session): the page must say where.
            {QStringLiteral("elsewhere"), session.elsewhere},
            // Why it was cancelled or moved, as the social worker wrote it.
            {QStringLiteral("reason"), session.reason},
            // Read aloud (ReadAloud::textFor) words the date and time for the ear.
            {QStringLiteral("start"), session.start},
            {QStringLiteral("end"), session.end},
        });
    }
    for (const CatalogueViews::SkippedSession &gap : std::as_const(skipped))
        out.append(skippedEntry(gap, today));
    return out;
}

QVariantMap CatalogueDetails::skippedEntry(const CatalogueViews::SkippedSession &gap, const QDate &today)
{
    return QVariantMap{
        {QStringLiteral("occurrenceUid"), QString()},
        {QStringLiteral("skippedDay"), gap.day.toString(Qt::ISODate)},
        {QStringLiteral("day"), OccurrenceListModel::dayLabel(gap.day, today)},
        {QStringLiteral("timeText"), AmsterdamTime::timeRange(gap.start, gap.end)},
        {QStringLiteral("status"), QStringLiteral("skipped")},
        {QStringLiteral("placeName"), QString()},
        {QStringLiteral("elsewhere"), false},
        // The holiday's name when it is a public one; a school holiday or another day off has none.
        {QStringLiteral("reason"), DutchHolidays::nameOf(gap.day)},
        {QStringLiteral("start"), gap.start},
        {QStringLiteral("end"), gap.end},
    };
}

QVariantList CatalogueDetails::sessionsAt(const QString &placeUid, int days) const
{
    QVariantList out;
    const QDate today = from().toTimeZone(AmsterdamTime::zone()).date();
    const auto sessions = CatalogueViews::sessionsAt(m_db, placeUid, contentLanguage(), from(), from().addDays(days));
    for (const CatalogueViews::PlaceSession &session : sessions) {
        out.append(QVariantMap{
            {QStringLiteral("occurrenceUid"), session.occurrenceUid},
            {QStringLiteral("activityUid"), session.activityUid},
            {QStringLiteral("title"), session.title},
            {QStringLiteral("titleLanguage"), session.titleLanguage},
            {QStringLiteral("category"), session.category},
            {QStringLiteral("day"), OccurrenceListModel::dayLabel(AmsterdamTime::local(session.start).date(), today)},
            {QStringLiteral("timeText"), AmsterdamTime::timeRange(session.start, session.end)},
            {QStringLiteral("status"), session.status},
        });
    }
    return out;
}

QDateTime CatalogueDetails::from() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

} // namespace Buurtplein

#include "cataloguedetails.moc"
