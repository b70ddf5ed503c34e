// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QVariantList>
#include <QVariantMap>

namespace Buurtplein {

class SpeechService;

/**
 * Reads an activity's essentials aloud through Qt TextToSpeech, in the UI language.
 * The engines live on SpeechService's thread: the page never waits for them, and
 * `available` turns true once an engine has a voice for that language, so that the
 * button is hidden rather than dead where no voice exists (e.g. Tigrinya, or a device
 * without a speech engine). `engine` chooses a TextToSpeech plugin by name; empty tries
 * every installed one and keeps the first with a voice for the language. Tests set an
 * engine that does not exist to see the "no voice" case without audio.
 */
class ReadAloud : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(QString engine READ engine WRITE setEngine NOTIFY engineChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(bool speaking READ speaking NOTIFY speakingChanged)
    Q_PROPERTY(QString engineInUse READ engineInUse NOTIFY availableChanged)

public:
    explicit ReadAloud(QObject *parent = nullptr);
    ~ReadAloud() override;

    QString engine() const { return m_engine; }
    void setEngine(const QString &engine);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    bool available() const { return m_available; }
    bool speaking() const { return m_speaking; }
    QString engineInUse() const { return m_engineInUse; }

    /**
     * The text to speak for an activity page: @p activity as CatalogueDetails::activity()
     * gives it, @p sessions as CatalogueDetails::sessionsOf() (each with start and end
     * in seconds since the epoch), dates in the current UI locale, "today" after @p now
     * (invalid: the clock).
     */
    Q_INVOKABLE QString textFor(const QVariantMap &activity, const QVariantList &sessions,
                                const QDateTime &now = {}) const;
    Q_INVOKABLE void say(const QString &text);
    Q_INVOKABLE void stop();

    void classBegin() override {}
    void componentComplete() override;

Q_SIGNALS:
    void engineChanged();
    void languageChanged();
    void availableChanged();
    void speakingChanged();

private:
    void choose();
    void setSpeaking(bool speaking);

    QString m_engine;
    QString m_language;
    QString m_engineInUse;
    QString m_locale;        ///< the locale of the voice found, as the engine names it
    SpeechService *m_service;
    quint64 m_request = 0;   ///< the lookup still awaited; 0: none
    bool m_said = false;     ///< this page spoke: its stop() and speaking are its own
    bool m_complete = false;
    bool m_available = false;
    bool m_speaking = false;
};

} // namespace Buurtplein
