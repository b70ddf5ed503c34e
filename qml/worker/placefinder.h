// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace Buurtplein {

/**
 * The places a social worker can choose for an activity or a moved session: every place
 * of the catalogue with a fixed address that is still in use. Read once from the device
 * database and searched in memory by folded name and street, so "jav art" finds
 * "Jav'Art" and "pieter" finds a place on the Pieter Calandlaan.
 */
class PlaceFinder
{
public:
    /** Forget what was read; the next search reads the places again. */
    void invalidate() { m_read = false; }

    /**
     * Places whose name starts with the text first, then names containing it, then
     * streets containing it; at most @p limit, each as a map of uid, name, kind,
     * kindLabel, kindIcon and address.
     */
    QVariantList find(const QSqlDatabase &db, const QDate &today, const QString &text, int limit);

    /** "Street 12, 1093 AB City", with what is known. */
    static QString address(const QString &street, const QString &houseNumber, const QString &postcode,
                           const QString &city);

private:
    struct Entry {
        QString uid;
        QString name;
        QString kind;
        QString address;
        QString foldedName;
        QString foldedStreet;
    };

    void read(const QSqlDatabase &db, const QDate &today);

    QList<Entry> m_entries;
    bool m_read = false;
};

} // namespace Buurtplein
