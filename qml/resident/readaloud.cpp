// SPDX-License-Identifier: GPL-3.0-or-later
#include "resident/readaloud.h"
#include "common/amsterdamtime.h"
#include "resident/readaloudtext.h"
#include "resident/speechservice.h"
#include "common/terms.h"

#include <QLocale>


namespace Buurtplein {

ReadAloud::ReadAloud(QObject *parent)
    : QObject(parent)
    , m_service(SpeechService::instance())
{
    connect(m_service, &SpeechService::found, this, [this](quint64 request, const QString &engine, const QString &locale) {
        if (request != m_request)
            return;
        m_request = 0;
        const bool changed = m_available != !engine.isEmpty() || m_engineInUse != engine;
        m_available = !engine.isEmpty();
        m_engineInUse = engine;
        m_locale = locale;
        if (changed)
            Q_EMIT availableChanged();
    });
    connect(m_service, &SpeechService::speakingChanged, this, [this](bool speaking) { setSpeaking(speaking && m_said); });
}

ReadAloud::~ReadAloud()
{
    stop();
}

void ReadAloud::setEngine(const QString &engine)
{
    if (engine == m_engine)
        return;
    m_engine = engine;
    Q_EMIT engineChanged();
    choose();
}

void ReadAloud::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    Q_EMIT languageChanged();
    choose();
}

void ReadAloud::componentComplete()
{
    m_complete = true;
    choose();
}

void ReadAloud::choose()
{
    if (!m_complete)
        return;
    if (m_said)
        m_service->stop();
    m_said = false;
    setSpeaking(false);
    const bool wasAvailable = m_available;
    m_available = false;
    m_engineInUse.clear();
    if (wasAvailable)
        Q_EMIT availableChanged();
    // Asked on the speech thread: the page opens at once, the button appears when a voice is found.
    m_request = m_service->find(m_engine, m_language.isEmpty() ? QLocale().name() : m_language);
}

void ReadAloud::setSpeaking(bool speaking)
{
    if (speaking == m_speaking)
        return;
    m_speaking = speaking;
    Q_EMIT speakingChanged();
}

QString ReadAloud::textFor(const QVariantMap &activity, const QVariantList &sessions, const QDateTime &now) const
{
    ReadAloudText::Essentials e;
    e.title = activity.value(QStringLiteral("title")).toString();
    for (const QVariant &v : sessions) {
        const QVariantMap s = v.toMap();
        if (!s.contains(QStringLiteral("start")))
            continue;
        e.sessions.append({AmsterdamTime::local(s.value(QStringLiteral("start")).toLongLong()),
                           AmsterdamTime::local(s.value(QStringLiteral("end")).toLongLong()),
                           // A holiday the series skips is as good as a cancelled date to the ear.
                           s.value(QStringLiteral("status")).toString() == QLatin1String("cancelled")
                               || s.value(QStringLiteral("status")).toString() == QLatin1String("skipped")});
    }
    const QVariantMap place = activity.value(QStringLiteral("place")).toMap();
    if (place.value(QStringLiteral("kind")).toString() != QLatin1String("geen_vaste_plek")) {
        e.placeName = place.value(QStringLiteral("name")).toString();
        // The street and number only: a postcode read aloud helps nobody find the door.
        e.street = place.value(QStringLiteral("address")).toString().section(QStringLiteral(", "), 0, 0);
    }
    e.costText = activity.value(QStringLiteral("costText")).toString();
    // CatalogueDetails gives the amount as shown; the free one is Terms' word for nothing.
    e.free = e.costText.isEmpty() || e.costText == Terms::costText(0);
    e.costNote = activity.value(QStringLiteral("costNote")).toString();
    const QDateTime moment = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    return ReadAloudText::compose(e, QLocale(), AmsterdamTime::local(moment.toUTC().toSecsSinceEpoch()).date());
}

void ReadAloud::say(const QString &text)
{
    if (!m_available || text.isEmpty())
        return;
    m_said = true;
    m_service->say(m_engineInUse, m_locale, text);
}

void ReadAloud::stop()
{
    if (m_said)
        m_service->stop();
}

} // namespace Buurtplein
