// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/uilanguage.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLanguage, "buurtplein.app.language")

namespace Buurtplein {

namespace {

struct Language {
    const char *code;
    const char *nativeName; // UTF-8
    const char *locale;
    const char *fontFamily; // a bundled font for the script, or nullptr for Latin and Cyrillic
};

// One line per language the app speaks; each needs assets/translations/buurtplein_CODE.ts.
// English is the source language: its catalogue holds only the plural forms.
// Arabic follows ar_AE: Qt formats it with Western digits ("23 نوفمبر 2026", not "٢٣"), as
// on the addresses, postcodes and bus lines around a resident in the Netherlands, and with
// the month names that Arabic speakers from every country read. Tigrinya: most speakers in
// the Netherlands come from Eritrea (ti_ER and ti_ET format the same).
constexpr Language languages[] = {
    {"nl", "Nederlands", "nl_NL", nullptr},
    {"en", "English", "en_GB", nullptr},
    {"ar", "العربية", "ar_AE", "Noto Sans Arabic"},
    {"tr", "Türkçe", "tr_TR", nullptr},
    {"pl", "Polski", "pl_PL", nullptr},
    {"uk", "Українська", "uk_UA", nullptr},
    {"ti", "ትግርኛ", "ti_ER", "Noto Sans Ethiopic"},
};

// Copied from Debian's fonts-noto-core by qml/CMakeLists.txt (licence: assets/README.md).
// Registered once, so that Arabic and Ge'ez text draws on any device, whatever its fonts.
void loadScriptFonts()
{
    static bool loaded = false;
    if (loaded || !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return;
    loaded = true;
    for (const char *file : {"NotoSansArabic-Regular", "NotoSansArabic-Bold", "NotoSansEthiopic-Regular", "NotoSansEthiopic-Bold"}) {
        const QString path = QStringLiteral(":/qt/qml/Buurtplein/Common/fonts/%1.ttf").arg(QLatin1String(file));
        if (QFontDatabase::addApplicationFont(path) < 0)
            qCWarning(lcLanguage) << "cannot load the font" << path;
    }
}

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

bool LanguageChoice::isRightToLeft(const QString &code)
{
    return isSupported(code) && QLocale(localeName(code)).textDirection() == Qt::RightToLeft;
}

QString LanguageChoice::fontFamily(const QString &code)
{
    const Language *language = find(code);
    return language && language->fontFamily ? QLatin1String(language->fontFamily) : QString();
}

QString LanguageChoice::fromSystem(const QStringList &uiLanguages)
{
    // "ar-SA", "uk_UA", "ti": the language part decides; the region is the locale's business.
    for (const QString &tag : uiLanguages) {
        const QString code = tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (isSupported(code))
            return code;
    }
    return {};
}

QString LanguageChoice::resolve(const QString &requested, const QString &saved, const QString &system)
{
    if (isSupported(requested))
        return requested;
    if (isSupported(saved))
        return saved;
    if (isSupported(system))
        return system;
    return fallback;
}

UiLanguage::UiLanguage(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_settings(db)
    , m_systemLanguages(QLocale::system().uiLanguages())
{
    loadScriptFonts();
}

QString UiLanguage::fontFamily() const
{
    const QString family = LanguageChoice::fontFamily(m_code);
    if (family.isEmpty() && qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return QGuiApplication::font().family();
    return family;
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
    apply(LanguageChoice::resolve(requested, m_settings.value(SettingKey::uiLanguage),
                                  LanguageChoice::fromSystem(m_systemLanguages)));
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
    // Qt.application.layoutDirection: Main.qml mirrors the whole window on it, no restart.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(LanguageChoice::isRightToLeft(code) ? Qt::RightToLeft : Qt::LeftToRight);
    m_code = code;
    qCInfo(lcLanguage) << "UI language" << code;
    // Models rebuild their texts first, so that the refreshed bindings read the new ones.
    Q_EMIT changed();
    if (m_engine)
        m_engine->retranslate();
}

} // namespace Buurtplein
