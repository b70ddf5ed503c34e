// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/cataloguerows.h"
#include "storage/schedulerow.h"

#include <QSqlError>
#include <QTimeZone>
#include <QVariant>

namespace Buurtplein::CatalogueRows {

namespace {
QVariant nullIfInvalid(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant nullIfNegative(int v)
{
    return v >= 0 ? QVariant(v) : QVariant(QMetaType(QMetaType::Int));
}

QVariant nullIfZero(qint64 v)
{
    return v ? QVariant(v) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant epochOrNull(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(dt.toSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime fromEpoch(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

int intOr(const QVariant &v, int fallback)
{
    return v.isNull() ? fallback : v.toInt();
}

// A null QString binds as SQL NULL; the catalogue's text columns hold '' instead.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QStringList splitList(const QString &text)
{
    return text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}
} // namespace

QString placeInsertSql()
{
    return QStringLiteral(
        "INSERT INTO place (uid, name, kind, street, house_number, postcode, city, lat, lon, gemeente_code, "
        "wijk_code, buurt_code, indoor_outdoor, accessibility, opening_hours, valid_from, valid_to, source, "
        "source_id, version) VALUES (:uid, :name, :kind, :street, :house_number, :postcode, :city, :lat, :lon, "
        ":gemeente_code, :wijk_code, :buurt_code, :indoor_outdoor, :accessibility, :opening_hours, :valid_from, "
        ":valid_to, :source, :source_id, :version)");
}

QString placeUpdateSql()
{
    return QStringLiteral(
        "UPDATE place SET name = :name, kind = :kind, street = :street, house_number = :house_number, "
        "postcode = :postcode, city = :city, lat = :lat, lon = :lon, gemeente_code = :gemeente_code, "
        "wijk_code = :wijk_code, buurt_code = :buurt_code, indoor_outdoor = :indoor_outdoor, "
        "accessibility = :accessibility, opening_hours = :opening_hours, valid_from = :valid_from, "
        "valid_to = :valid_to, source = :source, source_id = :source_id, version = :version, "
        "modified = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE uid = :uid");
}

QString activityInsertSql()
{
    return QStringLiteral(
        "INSERT INTO activity (uid, organisation_id, place_id, title, description, text_language, category, "
        "languages_spoken, audience, cost_cents, cost_note, age_min, age_max, capacity, registration_required, "
        "host_present, programme, contact, status, version) VALUES (:uid, :organisation_id, :place_id, :title, "
        ":description, :text_language, :category, :languages_spoken, :audience, :cost_cents, :cost_note, "
        ":age_min, :age_max, :capacity, :registration_required, :host_present, :programme, :contact, :status, "
        ":version)");
}

QString activityUpdateSql()
{
    return QStringLiteral(
        "UPDATE activity SET organisation_id = :organisation_id, place_id = :place_id, title = :title, "
        "description = :description, text_language = :text_language, category = :category, "
        "languages_spoken = :languages_spoken, audience = :audience, cost_cents = :cost_cents, "
        "cost_note = :cost_note, age_min = :age_min, age_max = :age_max, capacity = :capacity, "
        "registration_required = :registration_required, host_present = :host_present, "
        "programme = :programme, contact = :contact, status = :status, version = :version, "
        "modified = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE uid = :uid");
}

QString scheduleInsertSql()
{
    return QStringLiteral(
        "INSERT INTO schedule (uid, activity_id, start_date, start_time, time_zone, duration_minutes, rrule, "
        "exception_days, exception_starts, extra_starts, valid_from, valid_to, version) VALUES (:uid, "
        ":activity_id, :start_date, :start_time, :time_zone, :duration_minutes, :rrule, :exception_days, "
        ":exception_starts, :extra_starts, :valid_from, :valid_to, :version)");
}

QString scheduleUpdateSql()
{
    return QStringLiteral(
        "UPDATE schedule SET activity_id = :activity_id, start_date = :start_date, start_time = :start_time, "
        "time_zone = :time_zone, duration_minutes = :duration_minutes, rrule = :rrule, "
        "exception_days = :exception_days, exception_starts = :exception_starts, extra_starts = :extra_starts, "
        "valid_from = :valid_from, valid_to = :valid_to, version = :version, "
        "modified = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE uid = :uid");
}

QString overrideInsertSql()
{
    return QStringLiteral(
        "INSERT INTO occurrence_override (occurrence_uid, activity_id, original_start, status, new_start, "
        "new_end, new_place_id, reason, version) VALUES (:uid, :activity_id, :original_start, :status, "
        ":new_start, :new_end, :new_place_id, :reason, :version)");
}

QString overrideUpdateSql()
{
    return QStringLiteral(
        "UPDATE occurrence_override SET activity_id = :activity_id, original_start = :original_start, "
        "status = :status, new_start = :new_start, new_end = :new_end, new_place_id = :new_place_id, "
        "reason = :reason, version = :version, modified = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
        "WHERE occurrence_uid = :uid");
}

void bindPlace(QSqlQuery &q, const Place &p)
{
    q.bindValue(QStringLiteral(":uid"), p.uid);
    q.bindValue(QStringLiteral(":name"), p.name.trimmed());
    q.bindValue(QStringLiteral(":kind"), p.kind);
    q.bindValue(QStringLiteral(":street"), text(p.street));
    q.bindValue(QStringLiteral(":house_number"), text(p.houseNumber));
    q.bindValue(QStringLiteral(":postcode"), text(p.postcode));
    q.bindValue(QStringLiteral(":city"), text(p.city));
    q.bindValue(QStringLiteral(":lat"), p.hasCoordinates ? QVariant(p.lat) : QVariant(QMetaType(QMetaType::Double)));
    q.bindValue(QStringLiteral(":lon"), p.hasCoordinates ? QVariant(p.lon) : QVariant(QMetaType(QMetaType::Double)));
    q.bindValue(QStringLiteral(":gemeente_code"), text(p.gemeenteCode));
    q.bindValue(QStringLiteral(":wijk_code"), text(p.wijkCode));
    q.bindValue(QStringLiteral(":buurt_code"), text(p.buurtCode));
    q.bindValue(QStringLiteral(":indoor_outdoor"), p.indoorOutdoor.isEmpty() ? QStringLiteral("indoor") : p.indoorOutdoor);
    q.bindValue(QStringLiteral(":accessibility"), text(p.accessibility.join(QLatin1Char(','))));
    q.bindValue(QStringLiteral(":opening_hours"), text(p.openingHours));
    q.bindValue(QStringLiteral(":valid_from"), nullIfInvalid(p.validFrom));
    q.bindValue(QStringLiteral(":valid_to"), nullIfInvalid(p.validTo));
    q.bindValue(QStringLiteral(":source"), text(p.source));
    q.bindValue(QStringLiteral(":source_id"), text(p.sourceId));
}

void bindActivity(QSqlQuery &q, const Activity &a, qint64 organisationRow, qint64 placeRow)
{
    q.bindValue(QStringLiteral(":uid"), a.uid);
    q.bindValue(QStringLiteral(":organisation_id"), nullIfZero(organisationRow));
    q.bindValue(QStringLiteral(":place_id"), nullIfZero(placeRow));
    q.bindValue(QStringLiteral(":title"), a.title.trimmed());
    q.bindValue(QStringLiteral(":description"), text(a.description));
    q.bindValue(QStringLiteral(":text_language"), text(a.textLanguage));
    q.bindValue(QStringLiteral(":category"), a.category);
    q.bindValue(QStringLiteral(":languages_spoken"), text(a.languagesSpoken.join(QLatin1Char(','))));
    q.bindValue(QStringLiteral(":audience"), a.audience.isEmpty() ? QStringLiteral("iedereen") : a.audience);
    q.bindValue(QStringLiteral(":cost_cents"), a.costCents);
    q.bindValue(QStringLiteral(":cost_note"), text(a.costNote));
    q.bindValue(QStringLiteral(":age_min"), nullIfNegative(a.ageMin));
    q.bindValue(QStringLiteral(":age_max"), nullIfNegative(a.ageMax));
    q.bindValue(QStringLiteral(":capacity"), nullIfNegative(a.capacity));
    q.bindValue(QStringLiteral(":registration_required"), a.registrationRequired ? 1 : 0);
    q.bindValue(QStringLiteral(":host_present"), a.hostPresent ? 1 : 0);
    q.bindValue(QStringLiteral(":programme"), text(a.programme));
    q.bindValue(QStringLiteral(":contact"), text(a.contact));
    q.bindValue(QStringLiteral(":status"), text(a.status));
}

void bindSchedule(QSqlQuery &q, const Schedule &s, qint64 activityRow)
{
    q.bindValue(QStringLiteral(":uid"), s.uid);
    q.bindValue(QStringLiteral(":activity_id"), activityRow);
    q.bindValue(QStringLiteral(":start_date"), s.startDate.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":start_time"), s.startTime.isValid() ? QVariant(s.startTime.toString(QStringLiteral("HH:mm:ss")))
                                                                     : QVariant(QMetaType(QMetaType::QString)));
    q.bindValue(QStringLiteral(":time_zone"), s.timeZone);
    q.bindValue(QStringLiteral(":duration_minutes"), s.durationMinutes);
    q.bindValue(QStringLiteral(":rrule"), text(s.rrule));
    q.bindValue(QStringLiteral(":exception_days"), ScheduleRow::dateListText(s.exceptionDays));
    q.bindValue(QStringLiteral(":exception_starts"), ScheduleRow::instantListText(s.exceptionStarts));
    q.bindValue(QStringLiteral(":extra_starts"), ScheduleRow::instantListText(s.extraStarts));
    q.bindValue(QStringLiteral(":valid_from"), nullIfInvalid(s.validFrom));
    q.bindValue(QStringLiteral(":valid_to"), nullIfInvalid(s.validTo));
}

void bindOverride(QSqlQuery &q, const OccurrenceOverride &o, qint64 activityRow, qint64 placeRow)
{
    q.bindValue(QStringLiteral(":uid"), o.occurrenceUid);
    q.bindValue(QStringLiteral(":activity_id"), activityRow);
    q.bindValue(QStringLiteral(":original_start"), o.originalStart.toSecsSinceEpoch());
    q.bindValue(QStringLiteral(":status"), o.status);
    q.bindValue(QStringLiteral(":new_start"), epochOrNull(o.newStart));
    q.bindValue(QStringLiteral(":new_end"), epochOrNull(o.newEnd));
    q.bindValue(QStringLiteral(":new_place_id"), nullIfZero(placeRow));
    q.bindValue(QStringLiteral(":reason"), text(o.reason));
}

bool writeTranslations(QSqlDatabase db, qint64 activityRow, const QMap<QString, Translation> &translations, QString *error)
{
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM activity_translation WHERE activity_id = :id"));
    del.bindValue(QStringLiteral(":id"), activityRow);
    if (!del.exec()) {
        *error = del.lastError().text();
        return false;
    }
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT INTO activity_translation (activity_id, lang, title, description) "
                               "VALUES (:id, :lang, :title, :description)"));
    for (auto it = translations.cbegin(); it != translations.cend(); ++it) {
        if (it.key().isEmpty() || it->title.trimmed().isEmpty()) {
            *error = QStringLiteral("a translation needs a language and a title");
            return false;
        }
        ins.bindValue(QStringLiteral(":id"), activityRow);
        ins.bindValue(QStringLiteral(":lang"), it.key());
        ins.bindValue(QStringLiteral(":title"), it->title.trimmed());
        ins.bindValue(QStringLiteral(":description"), it->description);
        if (!ins.exec()) {
            *error = ins.lastError().text();
            return false;
        }
    }
    return true;
}

QString placeColumns()
{
    return QStringLiteral("id, uid, name, kind, street, house_number, postcode, city, lat, lon, gemeente_code, "
                          "wijk_code, buurt_code, indoor_outdoor, accessibility, opening_hours, valid_from, valid_to, "
                          "source, source_id, version");
}

QString activityColumns()
{
    return QStringLiteral("a.id, a.uid, o.uid, p.uid, a.title, a.description, a.text_language, a.category, "
                          "a.languages_spoken, a.audience, a.cost_cents, a.cost_note, a.age_min, a.age_max, a.capacity, "
                          "a.registration_required, a.host_present, a.programme, a.contact, a.status, a.version");
}

QString scheduleColumns()
{
    return QStringLiteral("s.id, a.uid, s.version, ") + ScheduleRow::columns();
}

QString overrideColumns()
{
    return QStringLiteral("v.occurrence_uid, a.uid, v.original_start, v.status, v.new_start, v.new_end, p.uid, "
                          "v.reason, v.version");
}

Place readPlace(const QSqlQuery &q)
{
    Place p;
    p.id = q.value(0).toLongLong();
    p.uid = q.value(1).toString();
    p.name = q.value(2).toString();
    p.kind = q.value(3).toString();
    p.street = q.value(4).toString();
    p.houseNumber = q.value(5).toString();
    p.postcode = q.value(6).toString();
    p.city = q.value(7).toString();
    p.hasCoordinates = !q.value(8).isNull() && !q.value(9).isNull();
    p.lat = q.value(8).toDouble();
    p.lon = q.value(9).toDouble();
    p.gemeenteCode = q.value(10).toString();
    p.wijkCode = q.value(11).toString();
    p.buurtCode = q.value(12).toString();
    p.indoorOutdoor = q.value(13).toString();
    p.accessibility = splitList(q.value(14).toString());
    p.openingHours = q.value(15).toString();
    p.validFrom = QDate::fromString(q.value(16).toString(), Qt::ISODate);
    p.validTo = QDate::fromString(q.value(17).toString(), Qt::ISODate);
    p.source = q.value(18).toString();
    p.sourceId = q.value(19).toString();
    p.version = q.value(20).toInt();
    return p;
}

Activity readActivity(const QSqlQuery &q)
{
    Activity a;
    a.id = q.value(0).toLongLong();
    a.uid = q.value(1).toString();
    a.organisationUid = q.value(2).toString();
    a.placeUid = q.value(3).toString();
    a.title = q.value(4).toString();
    a.description = q.value(5).toString();
    a.textLanguage = q.value(6).toString();
    a.category = q.value(7).toString();
    a.languagesSpoken = splitList(q.value(8).toString());
    a.audience = q.value(9).toString();
    a.costCents = q.value(10).toInt();
    a.costNote = q.value(11).toString();
    a.ageMin = intOr(q.value(12), -1);
    a.ageMax = intOr(q.value(13), -1);
    a.capacity = intOr(q.value(14), -1);
    a.registrationRequired = q.value(15).toBool();
    a.hostPresent = q.value(16).toBool();
    a.programme = q.value(17).toString();
    a.contact = q.value(18).toString();
    a.status = q.value(19).toString();
    a.version = q.value(20).toInt();
    return a;
}

Schedule readSchedule(const QSqlQuery &q)
{
    Schedule s = ScheduleRow::read(q, 3);
    s.id = q.value(0).toLongLong();
    s.activityUid = q.value(1).toString();
    s.version = q.value(2).toInt();
    return s;
}

OccurrenceOverride readOverride(const QSqlQuery &q)
{
    OccurrenceOverride o;
    o.occurrenceUid = q.value(0).toString();
    o.activityUid = q.value(1).toString();
    o.originalStart = fromEpoch(q.value(2));
    o.status = q.value(3).toString();
    o.newStart = fromEpoch(q.value(4));
    o.newEnd = fromEpoch(q.value(5));
    o.newPlaceUid = q.value(6).toString();
    o.reason = q.value(7).toString();
    o.version = q.value(8).toInt();
    return o;
}

} // namespace Buurtplein::CatalogueRows
