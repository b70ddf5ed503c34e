// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QSqlDatabase>
#include <QTranslator>
#include <QVariantList>

#include "device/devicesettings.h"

#include <memory>

namespace Buurtplein {

/** Which UI language to use: pure decisions, callable without an app. */
namespace LanguageChoice {
/** The language the app speaks when nothing else is chosen. */
inline const QString fallback = QStringLiteral("nl");
/** The codes the app has a catalogue for, in the order the settings page lists them. */
QStringList supported();
/** True when the app can speak @p code. */
bool isSupported(const QString &code);
/** The language's name in that language ("Nederlands"), for the language list. */
QString nativeName(const QString &code);
/** The locale dates and numbers follow in @p code ("nl_NL"). */
QString localeName(const QString &code);
/** True when @p code is written right to left (Arabic): the whole UI is then mirrored. */
bool isRightToLeft(const QString &code);
/** The bundled font family that draws @p code's script ("Noto Sans Arabic"); empty for Latin and Cyrillic. */
QString fontFamily(const QString &code);
/**
 * The first supported language among the system's UI languages (QLocale::uiLanguages(),
 * e.g. {"ar-SA", "ar"} gives "ar"); empty when the system speaks none of them.
 */
QString fromSystem(const QStringList &uiLanguages);
/**
 * The code to use: @p requested when supported, else @p saved (the resident's choice) when
 * supported, else @p system (from fromSystem()) when supported, else the fallback.
 */
QString resolve(const QString &requested, const QString &saved, const QString &system = {});
} // namespace LanguageChoice

/**
 * The app's UI language: installs the QTranslator of the chosen catalogue (":/i18n/
 * buurtplein_CODE.qm") on the application, sets the default QLocale so that dates follow
 * it, keeps the resident's choice in DeviceSettings and retranslates QML on a change.
 */
class UiLanguage : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the singleton Language is the app's one UiLanguage")
    Q_PROPERTY(QString code READ code NOTIFY changed)
    Q_PROPERTY(QVariantList choices READ choices CONSTANT)
    /** The language is written right to left: Main.qml mirrors the layout, Icon flips arrows. */
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY changed)
    /** The bundled font for the language's script, or the application's default family. */
    Q_PROPERTY(QString fontFamily READ fontFamily NOTIFY changed)

public:
    explicit UiLanguage(QSqlDatabase db, QObject *parent = nullptr);
    ~UiLanguage() override;

    /** The language in use ("nl", "en"); empty before restore() or choose(). */
    QString code() const { return m_code; }
    /** [{code, name}] of every language the resident can choose, each named in itself. */
    QVariantList choices() const;
    bool rightToLeft() const { return LanguageChoice::isRightToLeft(m_code); }
    QString fontFamily() const;

    /**
     * The system's UI languages restore() follows when the resident chose none; by default
     * QLocale::system().uiLanguages(). Tests set them so that the machine's locale does not count.
     */
    void setSystemLanguages(const QStringList &uiLanguages) { m_systemLanguages = uiLanguages; }

    /** Applies @p requested (when supported; not kept), else the saved choice, else the system's language, else Dutch. */
    void restore(const QString &requested = {});
    /** Switches to @p code and keeps it as the resident's choice; false for an unknown code. */
    Q_INVOKABLE bool choose(const QString &code);
    /** The engine whose bindings are refreshed on a change. */
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

Q_SIGNALS:
    /** The language changed: translated texts and dates are to be read again. */
    void changed();

private:
    void apply(const QString &code);

    DeviceSettings m_settings;
    std::unique_ptr<QTranslator> m_translator;
    QPointer<QQmlEngine> m_engine;
    QStringList m_systemLanguages;
    QString m_code;
};

} // namespace Buurtplein
