// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <utility>

class QThread;
class QTextToSpeech;

namespace Buurtplein {

/**
 * The app's speech engines, on a thread of their own (issue: opening an activity page
 * froze the UI while Qt TextToSpeech looked for voices, and forever when the speech
 * service could not open audio). Finding a voice, speaking and stopping are requests
 * that answer by signal; a lookup that does not answer within LookupTimeoutMs counts as
 * "no voice", and the service then stops asking that engine (it is stuck).
 */
class SpeechService : public QObject
{
    Q_OBJECT

public:
    /** How long a lookup may take before the button stays hidden. */
    static constexpr int LookupTimeoutMs = 4000;
    /**
     * Finds the engine and locale that speak a language; runs on the speech thread.
     * Answers {engine, locale name}, or empty strings when there is none.
     */
    using Probe = std::function<std::pair<QString, QString>(const QString &engine, const QString &language)>;

    /** A service with the real engines, or with @p probe in their place (tests). */
    explicit SpeechService(Probe probe = {}, QObject *parent = nullptr);
    ~SpeechService() override;

    /** The app's service, made on first use. */
    static SpeechService *instance();

    /**
     * Asks which engine speaks @p language (@p engine empty: any installed one); found()
     * answers with the returned id, at once when the answer is known.
     */
    quint64 find(const QString &engine, const QString &language);
    /** Speaks @p text with @p engine in @p locale (as found() gave them). */
    void say(const QString &engine, const QString &locale, const QString &text);
    void stop();
    bool speaking() const { return m_speaking; }

Q_SIGNALS:
    /** The answer to find(): an empty @p engine means no voice. */
    void found(quint64 request, const QString &engine, const QString &locale);
    void speakingChanged(bool speaking);

private:
    void answer(quint64 request, const QString &key, const QString &engine, const QString &locale);

    QThread *m_thread;
    QObject *m_worker; ///< lives on m_thread
    QHash<QString, std::pair<QString, QString>> m_known; ///< "engine|language" → answer
    QHash<quint64, QString> m_pending;                   ///< request → its key
    bool m_stuck = false;
    bool m_speaking = false;
    quint64 m_next = 1;
};

} // namespace Buurtplein
