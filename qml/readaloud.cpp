// SPDX-License-Identifier: GPL-3.0-or-later
#include "readaloud.h"
#include "amsterdamtime.h"
#include "readaloudtext.h"
#include "terms.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QTextToSpeech>

Q_LOGGING_CATEGORY(lcReadAloud, "buurtplein.readaloud")

namespace Buurtplein {

namespace {
// The locale among an engine's that speaks @p language, preferring the Dutch or Belgian
// variant for Dutch and any other for the rest; invalid (C) when there is none.
QLocale localeFor(const QTextToSpeech &speech, const QLocale::Language language)
{
    QLocale best(QLocale::C);
    for (const QLocale &locale : speech.availableLocales()) {
        if (locale.language() != language)
            continue;
        if (best.language() == QLocale::C || locale.territory() == QLocale::Netherlands)
            best = locale;
    }
    return best;
}
} // namespace

ReadAloud::ReadAloud(QObject *parent)
    : QObject(parent)
{
}

ReadAloud::~ReadAloud() = default;

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
    if (m_speech) {
        m_speech->stop();
        m_speech->deleteLater();
    }
    setSpeaking(false);
    const QString wasInUse = m_engineInUse;
    const bool wasAvailable = m_available;
    m_available = false;
    m_engineInUse.clear();

    const QLocale::Language language = QLocale(m_language.isEmpty() ? QLocale().name() : m_language).language();
    const QStringList engines = m_engine.isEmpty() ? QTextToSpeech::availableEngines() : QStringList{m_engine};
    for (const QString &name : engines) {
        // An engine that is not installed (or whose service is missing) ends in Error.
        auto *speech = new QTextToSpeech(name, this);
        const QLocale locale = speech->state() == QTextToSpeech::Error ? QLocale(QLocale::C) : localeFor(*speech, language);
        if (locale.language() == QLocale::C || language == QLocale::C) {
            delete speech;
            continue;
        }
        speech->setLocale(locale);
        connect(speech, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
            setSpeaking(state == QTextToSpeech::Speaking);
        });
        m_speech = speech;
        m_engineInUse = name;
        m_available = true;
        break;
    }
    qCDebug(lcReadAloud) << "language" << m_language << "engine" << m_engineInUse << "available" << m_available;
    if (wasAvailable != m_available || wasInUse != m_engineInUse)
        Q_EMIT availableChanged();
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
                           s.value(QStringLiteral("status")).toString() == QLatin1String("cancelled")});
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
    if (!m_speech || text.isEmpty())
        return;
    m_speech->say(text);
}

void ReadAloud::stop()
{
    if (m_speech)
        m_speech->stop();
}

} // namespace Buurtplein
