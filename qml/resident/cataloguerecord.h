// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QVariantList>
#include <QVariantMap>

namespace Buurtplein {

class CatalogueDetails;

/**
 * What an activity or place page shows, read off the UI thread: the page sets the
 * catalogue, the kind and the uid, and binds to record and sessions, which fill in
 * when the answer comes (a few milliseconds later) instead of the page waiting for the
 * database before its first frame. Changing readKey (language, a sync) reads again; an
 * answer to an older question is dropped.
 */
class CatalogueRecord : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(Buurtplein::CatalogueDetails *catalogue READ catalogue WRITE setCatalogue NOTIFY questionChanged)
    Q_PROPERTY(Kind kind READ kind WRITE setKind NOTIFY questionChanged)
    Q_PROPERTY(QString uid READ uid WRITE setUid NOTIFY questionChanged)
    /** The activity's next dates, or the days ahead of a place's sessions. */
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY questionChanged)
    /** Any change reads again (the page passes its language and the catalogue's revision). */
    Q_PROPERTY(QString readKey READ readKey WRITE setReadKey NOTIFY questionChanged)
    Q_PROPERTY(QVariantMap record READ record NOTIFY answered)
    Q_PROPERTY(QVariantList sessions READ sessions NOTIFY answered)
    /** True once the answer to the current question is in. */
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadedChanged)

public:
    enum Kind { Activity, Place };
    Q_ENUM(Kind)

    explicit CatalogueRecord(QObject *parent = nullptr);

    CatalogueDetails *catalogue() const { return m_catalogue; }
    void setCatalogue(CatalogueDetails *catalogue);
    Kind kind() const { return m_kind; }
    void setKind(Kind kind);
    QString uid() const { return m_uid; }
    void setUid(const QString &uid);
    int limit() const { return m_limit; }
    void setLimit(int limit);
    QString readKey() const { return m_readKey; }
    void setReadKey(const QString &key);
    QVariantMap record() const { return m_record; }
    QVariantList sessions() const { return m_sessions; }
    bool isLoaded() const { return m_loaded; }

    void classBegin() override {}
    void componentComplete() override;

Q_SIGNALS:
    void questionChanged();
    void answered();
    void loadedChanged();

private:
    void ask();
    void receive(quint64 ticket, const QVariantMap &record, const QVariantList &sessions);

    QPointer<CatalogueDetails> m_catalogue;
    QMetaObject::Connection m_answers;
    Kind m_kind = Activity;
    QString m_uid;
    int m_limit = 6;
    QString m_readKey;
    QVariantMap m_record;
    QVariantList m_sessions;
    quint64 m_ticket = 0;
    bool m_complete = false;
    bool m_loaded = false;
};

} // namespace Buurtplein
