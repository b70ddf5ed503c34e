// SPDX-License-Identifier: GPL-3.0-or-later
#include "uilanguage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLanguage, "buurtplein.app.language")

namespace Buurtplein {

namespace {

struct Language {
    const char *code;
    const char *nativeName; // UTF-8
    const char *locale;
};

// One line per language the app speaks; each needs assets/translations/buurtplein_CODE.ts.
// English is the source language: its catalogue holds only the plural forms.
constexpr Language languages[] = {
    {"nl", "Nederlands", "nl_NL"},
    {"en", "English", "en_GB"},
};

const Language *find(const QString &code)
{
    for (const Language &language : languages) {
        if (code == QLatin1String(language.code))
            return &language;
    }
    return nullptr;
}

} // namespace

QStringList LanguageChoice::supported()
{
    QStringList codes;
    for (const Language &language : languages)
        codes.append(QLatin1String(language.code));
    return codes;
}

bool LanguageChoice::isSupported(const QString &code)
{
    return find(code) != nullptr;
}

QString LanguageChoice::nativeName(const QString &code)
{
    const Language *language = find(code);
    return language ? QString::fromUtf8(language->nativeName) : code;
}

QString LanguageChoice::localeName(const QString &code)
{
    const Language *language = find(code);
    return language ? QLatin1String(language->locale) : QLatin1String(find(fallback)->locale);
}

QString LanguageChoice::resolve(const QString &requested, const QString &saved)
{
    if (isSupported(requested))
        return requested;
    if (isSupported(saved))
        return saved;
    return fallback;
}

UiLanguage::UiLanguage(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_settings(db)
{
}

UiLanguage::~UiLanguage()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

QVariantList UiLanguage::choices() const
{
    QVariantList out;
    for (const QString &code : LanguageChoice::supported())
        out.append(QVariantMap{{QStringLiteral("code"), code}, {QStringLiteral("name"), LanguageChoice::nativeName(code)}});
    return out;
}

void UiLanguage::restore(const QString &requested)
{
    if (!requested.isEmpty() && !LanguageChoice::isSupported(requested))
        qCWarning(lcLanguage) << "no catalogue for" << requested << "- using the saved or default language";
    apply(LanguageChoice::resolve(requested, m_settings.value(SettingKey::uiLanguage)));
}

bool UiLanguage::choose(const QString &code)
{
    if (!LanguageChoice::isSupported(code))
        return false;
    if (!m_settings.setValue(SettingKey::uiLanguage, code))
        qCWarning(lcLanguage) << "cannot keep the language choice" << code;
    apply(code);
    return true;
}

void UiLanguage::apply(const QString &code)
{
    if (code == m_code)
        return;
    auto translator = std::make_unique<QTranslator>();
    const QString file = QStringLiteral(":/i18n/buurtplein_%1.qm").arg(code);
    if (!translator->load(file)) {
        qCWarning(lcLanguage) << "cannot load" << file;
        translator.reset();
    }
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::move(translator);
    if (m_translator)
        QCoreApplication::installTranslator(m_translator.get());
    QLocale::setDefault(QLocale(LanguageChoice::localeName(code)));
    m_code = code;
    qCInfo(lcLanguage) << "UI language" << code;
    // Models rebuild their texts first, so that the refreshed bindings read the new ones.
    Q_EMIT changed();
    if (m_engine)
        m_engine->retranslate();
}

} // namespace Buurtplein
