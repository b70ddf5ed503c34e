// SPDX-License-Identifier: GPL-3.0-or-later
#include "resident/speechservice.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextToSpeech>
#include <QThread>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSpeech, "buurtplein.speech")

namespace Buurtplein {

namespace {
// The locale among an engine's that speaks @p language, preferring the Dutch or Belgian
// variant for Dutch and any other for the rest; invalid (C) when there is none.
QLocale localeFor(const QTextToSpeech &speech, QLocale::Language language)
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

/** The speech thread's side: the engines, made and used only there. */
class SpeechWorker : public QObject
{
public:
    explicit SpeechWorker(SpeechService::Probe probe) : m_probe(std::move(probe)) {}

    std::pair<QString, QString> find(const QString &engine, const QString &language)
    {
        if (m_probe)
            return m_probe(engine, language);
        const QLocale::Language wanted = QLocale(language).language();
        if (wanted == QLocale::C)
            return {};
        const QStringList engines = engine.isEmpty() ? QTextToSpeech::availableEngines() : QStringList{engine};
        for (const QString &name : engines) {
            // An engine that is not installed (or whose service is missing) ends in Error.
            QTextToSpeech *speech = speechOf(name);
            const QLocale locale = speech->state() == QTextToSpeech::Error ? QLocale(QLocale::C) : localeFor(*speech, wanted);
            if (locale.language() != QLocale::C)
                return {name, locale.name()};
        }
        return {};
    }

    void say(const QString &engine, const QString &locale, const QString &text)
    {
        QTextToSpeech *speech = speechOf(engine);
        speech->setLocale(QLocale(locale));
        speech->say(text);
    }

    void stop()
    {
        for (QTextToSpeech *speech : std::as_const(m_engines))
            speech->stop();
    }

    std::function<void(bool)> onSpeaking;

private:
    QTextToSpeech *speechOf(const QString &name)
    {
        QTextToSpeech *&speech = m_engines[name];
        if (!speech) {
            speech = new QTextToSpeech(name, this);
            connect(speech, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
                if (onSpeaking)
                    onSpeaking(state == QTextToSpeech::Speaking);
            });
        }
        return speech;
    }

    SpeechService::Probe m_probe;
    QHash<QString, QTextToSpeech *> m_engines;
};
} // namespace

SpeechService::SpeechService(Probe probe, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
{
    m_thread->setObjectName(QStringLiteral("speech"));
    auto *worker = new SpeechWorker(std::move(probe));
    worker->onSpeaking = [this](bool speaking) {
        QMetaObject::invokeMethod(this, [this, speaking] {
            if (m_speaking == speaking)
                return;
            m_speaking = speaking;
            Q_EMIT speakingChanged(speaking);
        });
    };
    worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_worker = worker;
    m_thread->start();
}

SpeechService::~SpeechService()
{
    m_thread->quit();
    // A speech service that never answered keeps its thread busy: leave it to the end of
    // the process rather than wait for it here, on the UI thread.
    if (m_thread->wait(500)) {
        delete m_thread;
    } else {
        qCWarning(lcSpeech) << "the speech thread is still waiting for its engine; left to end with the app";
        static_cast<SpeechWorker *>(m_worker)->onSpeaking = nullptr;
    }
}

SpeechService *SpeechService::instance()
{
    static QPointer<SpeechService> service;
    if (!service)
        service = new SpeechService({}, QCoreApplication::instance());
    return service;
}

quint64 SpeechService::find(const QString &engine, const QString &language)
{
    const quint64 request = m_next++;
    const QString key = engine + QLatin1Char('|') + language;
    if (m_known.contains(key) || m_stuck) {
        const auto known = m_known.value(key);
        QMetaObject::invokeMethod(this, [=] { Q_EMIT found(request, known.first, known.second); }, Qt::QueuedConnection);
        return request;
    }
    m_pending.insert(request, key);
    auto *worker = static_cast<SpeechWorker *>(m_worker);
    QPointer<SpeechService> self(this);
    QMetaObject::invokeMethod(worker, [=] {
        const auto result = worker->find(engine, language);
        QMetaObject::invokeMethod(qApp, [=] {
            if (self)
                self->answer(request, key, result.first, result.second);
        });
    });
    QTimer::singleShot(LookupTimeoutMs, this, [this, request, key] {
        if (!m_pending.contains(request))
            return;
        qCWarning(lcSpeech) << "the speech engine did not answer in" << LookupTimeoutMs << "ms; reading aloud is off";
        m_stuck = true;
        answer(request, key, {}, {});
    });
    return request;
}

void SpeechService::answer(quint64 request, const QString &key, const QString &engine, const QString &locale)
{
    if (!m_pending.remove(request))
        return; // answered by the timeout already
    if (!m_stuck)
        m_known.insert(key, {engine, locale});
    qCDebug(lcSpeech) << key << "engine" << engine << "locale" << locale;
    Q_EMIT found(request, engine, locale);
}

void SpeechService::say(const QString &engine, const QString &locale, const QString &text)
{
    auto *worker = static_cast<SpeechWorker *>(m_worker);
    QMetaObject::invokeMethod(worker, [=] { worker->say(engine, locale, text); });
}

void SpeechService::stop()
{
    auto *worker = static_cast<SpeechWorker *>(m_worker);
    QMetaObject::invokeMethod(worker, [worker] { worker->stop(); });
}

} // namespace Buurtplein
