// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QSqlDatabase>
#include <QVariantList>
#include <QVariantMap>

#include "search/catalogueviews.h"

class QThread;

namespace Buurtplein {

/**
 * What the activity and place pages show, read from the catalogue on demand as plain
 * maps and lists: these pages display a record, they do not edit it.
 */
class CatalogueDetails : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppRoot as a singleton of Buurtplein.Resident")
    /** Counts the syncs that changed the catalogue: pages that read it (Activity, Place) bind to it to read again. */
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)
    /** Where the catalogue's open data comes from, in the UI language. */
    Q_PROPERTY(QString sourceNote READ sourceNote NOTIFY languageChanged)

public:
    explicit CatalogueDetails(QSqlDatabase db, QObject *parent = nullptr);
    ~CatalogueDetails() override;

    /** What readLater() reads. */
    enum class Record { Activity, Place };

    /**
     * The language activity texts are shown in: the UI's (the default QLocale's); an
     * activity without a translation to it keeps its own text. My activities and the
     * reminders follow the same rule.
     */
    static QString contentLanguage();

    int revision() const { return m_revision; }
    QString sourceNote() const;

    /** A sync changed the catalogue: revision() counts one more. */
    void catalogueSynced();
    /** The UI language changed, after the resident's lists read their texts again. */
    void languageSwitched();

    /** Sessions are listed from @p now on. */
    void setNow(const QDateTime &now) { m_now = now; }

    /**
     * {uid, title, description, textLanguage (the language title and description are in),
     * category, languages: [{code, name}], audience, costText,
     * costNote, ages, registrationRequired, hostPresent, contact, organisation, place: {...}};
     * empty when the catalogue has no such activity.
     */
    Q_INVOKABLE QVariantMap activity(const QString &uid) const;
    /** {uid, name, kind, kindLabel, kindIcon, address, lat, lon, hasCoordinates, openingHours, accessibility: [{id, label, icon}], indoorOutdoor}. */
    Q_INVOKABLE QVariantMap place(const QString &uid) const;
    /**
     * The next @p limit sessions of an activity: [{occurrenceUid, day, timeText, status,
     * placeName, elsewhere, reason, start, end}] (start and end in seconds since the
     * epoch), with, in their place among them, the days its series skips for a holiday:
     * status "skipped", skippedDay (ISO date), no occurrenceUid, the public holiday's
     * name as reason.
     */
    Q_INVOKABLE QVariantList sessionsOf(const QString &activityUid, int limit = 6) const;
    /** The sessions at a place in the coming @p days: [{occurrenceUid, activityUid, title, titleLanguage, category, day, timeText, status}], titles as activity() chooses them. */
    Q_INVOKABLE QVariantList sessionsAt(const QString &placeUid, int days = 21) const;

    /**
     * Reads a record and its sessions off the UI thread, on a thread of its own with its
     * own connection (started at the first call): activity() and sessionsOf(@p uid,
     * @p limit), or place() and sessionsAt(@p uid, @p limit days). recordRead() answers
     * with the returned ticket. A page opens at once and fills when its answer comes
     * (CatalogueRecord). A catalogue in memory, which no second connection can see, is
     * read here and answered through the event loop all the same.
     */
    quint64 readLater(Record kind, const QString &uid, int limit);
    /** readLater()'s answer, read here and now. */
    std::pair<QVariantMap, QVariantList> readNow(Record kind, const QString &uid, int limit) const;

Q_SIGNALS:
    void recordRead(quint64 ticket, const QVariantMap &record, const QVariantList &sessions);
    /** Internal: the question to the reading thread. */
    void readRequested(quint64 ticket, int kind, const QString &uid, int limit, const QDateTime &now);
    void revisionChanged();
    /** The UI language changed: texts read from here are to be read again. */
    void languageChanged();

private:
    QDateTime from() const;
    static QVariantMap skippedEntry(const CatalogueViews::SkippedSession &gap, const QDate &today);

    QSqlDatabase m_db;
    QDateTime m_now;
    int m_revision = 0;
    QThread *m_readThread = nullptr;
    quint64 m_lastTicket = 0;
};

} // namespace Buurtplein
