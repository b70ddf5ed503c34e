// SPDX-License-Identifier: GPL-3.0-or-later
#include "resident/cataloguerecord.h"
#include "resident/cataloguedetails.h"

namespace Buurtplein {

CatalogueRecord::CatalogueRecord(QObject *parent)
    : QObject(parent)
{
}

void CatalogueRecord::setCatalogue(CatalogueDetails *catalogue)
{
    if (catalogue == m_catalogue)
        return;
    disconnect(m_answers);
    m_catalogue = catalogue;
    if (catalogue)
        m_answers = connect(catalogue, &CatalogueDetails::recordRead, this, &CatalogueRecord::receive);
    Q_EMIT questionChanged();
    ask();
}

void CatalogueRecord::setKind(Kind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    Q_EMIT questionChanged();
    ask();
}

void CatalogueRecord::setUid(const QString &uid)
{
    if (uid == m_uid)
        return;
    m_uid = uid;
    Q_EMIT questionChanged();
    ask();
}

void CatalogueRecord::setLimit(int limit)
{
    if (limit == m_limit)
        return;
    m_limit = limit;
    Q_EMIT questionChanged();
    ask();
}

void CatalogueRecord::setReadKey(const QString &key)
{
    if (key == m_readKey)
        return;
    m_readKey = key;
    Q_EMIT questionChanged();
    ask();
}

void CatalogueRecord::componentComplete()
{
    m_complete = true;
    ask();
}

void CatalogueRecord::ask()
{
    if (!m_complete || !m_catalogue)
        return;
    if (m_loaded) {
        // What is shown stays until the new answer replaces it (no blank page on a sync).
        m_loaded = false;
        Q_EMIT loadedChanged();
    }
    if (m_uid.isEmpty()) {
        m_ticket = 0;
        m_record.clear();
        m_sessions.clear();
        Q_EMIT answered();
        return;
    }
    m_ticket = m_catalogue->readLater(m_kind == Place ? CatalogueDetails::Record::Place : CatalogueDetails::Record::Activity,
                                      m_uid, m_limit);
}

void CatalogueRecord::receive(quint64 ticket, const QVariantMap &record, const QVariantList &sessions)
{
    if (ticket == 0 || ticket != m_ticket)
        return;
    m_record = record;
    m_sessions = sessions;
    m_loaded = true;
    Q_EMIT answered();
    Q_EMIT loadedChanged();
}

} // namespace Buurtplein
