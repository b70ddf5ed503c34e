// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityeditor.h"
#include "amsterdamtime.h"
#include "placefinder.h"
#include "terms.h"
#include "workersession.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace Buurtplein {

namespace {

/** Whole years or places as typed: true with -1 for empty, false when not a whole number. */
bool readCount(const QString &text, int *value)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *value = -1;
        return true;
    }
    bool ok = false;
    *value = trimmed.toInt(&ok);
    return ok;
}

QString countText(int value)
{
    return value < 0 ? QString() : QString::number(value);
}

} // namespace

ActivityEditor::ActivityEditor(QObject *parent)
    : QObject(parent)
{
    check();
}

void ActivityEditor::setSession(WorkerSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_places.invalidate();
    if (m_session)
        connect(m_session, &WorkerSession::changed, this, [this] { m_places.invalidate(); });
    Q_EMIT sessionChanged();
    Q_EMIT problemsChanged();
}

template<typename T>
void ActivityEditor::assign(T &member, const T &value, void (ActivityEditor::*signal)())
{
    if (member == value)
        return;
    member = value;
    Q_EMIT(this->*signal)();
    check();
}

void ActivityEditor::setTitle(const QString &value) { assign(m_activity.title, value, &ActivityEditor::titleChanged); }
void ActivityEditor::setDescription(const QString &value) { assign(m_activity.description, value, &ActivityEditor::descriptionChanged); }
void ActivityEditor::setCategory(const QString &value) { assign(m_activity.category, value, &ActivityEditor::categoryChanged); }
void ActivityEditor::setAudience(const QString &value) { assign(m_activity.audience, value, &ActivityEditor::audienceChanged); }
void ActivityEditor::setCostText(const QString &value) { assign(m_costText, value, &ActivityEditor::costTextChanged); }
void ActivityEditor::setCostNote(const QString &value) { assign(m_activity.costNote, value, &ActivityEditor::costNoteChanged); }
void ActivityEditor::setAgeMin(const QString &value) { assign(m_ageMin, value, &ActivityEditor::ageMinChanged); }
void ActivityEditor::setAgeMax(const QString &value) { assign(m_ageMax, value, &ActivityEditor::ageMaxChanged); }
void ActivityEditor::setCapacity(const QString &value) { assign(m_capacity, value, &ActivityEditor::capacityChanged); }
void ActivityEditor::setProgramme(const QString &value) { assign(m_activity.programme, value, &ActivityEditor::programmeChanged); }
void ActivityEditor::setContact(const QString &value) { assign(m_activity.contact, value, &ActivityEditor::contactChanged); }

void ActivityEditor::setRegistrationRequired(bool value)
{
    assign(m_activity.registrationRequired, value, &ActivityEditor::registrationRequiredChanged);
}

void ActivityEditor::setHostPresent(bool value)
{
    assign(m_activity.hostPresent, value, &ActivityEditor::hostPresentChanged);
}

void ActivityEditor::setTextLanguage(const QString &value)
{
    if (value.isEmpty() || value == m_activity.textLanguage)
        return;
    m_activity.textLanguage = value;
    Q_EMIT textLanguageChanged();
    Q_EMIT translationsChanged();
    check();
}

void ActivityEditor::setLanguagesSpoken(const QStringList &value)
{
    assign(m_activity.languagesSpoken, value, &ActivityEditor::languagesSpokenChanged);
}

void ActivityEditor::toggleLanguage(const QString &code)
{
    QStringList languages = m_activity.languagesSpoken;
    if (!languages.removeAll(code))
        languages.append(code);
    setLanguagesSpoken(languages);
}

int ActivityEditor::costCents() const
{
    int cents = 0;
    return parseCost(m_costText, &cents) ? cents : -1;
}

QVariantList ActivityEditor::languageChoices() const
{
    QVariantList out = Terms().languages();
    QStringList known;
    for (const QVariant &choice : std::as_const(out))
        known.append(choice.toMap().value(QStringLiteral("id")).toString());
    QStringList named = m_activity.languagesSpoken;
    named.append(m_activity.textLanguage);
    for (const TranslationRow &row : m_translations)
        named.append(row.language);
    for (const QString &code : std::as_const(named)) {
        if (code.isEmpty() || known.contains(code))
            continue;
        known.append(code);
        out.append(QVariantMap{{QStringLiteral("id"), code}, {QStringLiteral("label"), Terms::languageName(code)}});
    }
    return out;
}

QVariantList ActivityEditor::translations() const
{
    QVariantList out;
    for (const TranslationRow &row : m_translations)
        out.append(QVariantMap{{QStringLiteral("language"), row.language},
                               {QStringLiteral("languageName"), Terms::languageName(row.language)},
                               {QStringLiteral("title"), row.title},
                               {QStringLiteral("description"), row.description}});
    return out;
}

QVariantList ActivityEditor::translationChoices() const
{
    QVariantList out;
    for (const QVariant &choice : languageChoices()) {
        const QString code = choice.toMap().value(QStringLiteral("id")).toString();
        const bool taken = code == m_activity.textLanguage
            || std::any_of(m_translations.cbegin(), m_translations.cend(), [&code](const TranslationRow &r) { return r.language == code; });
        if (!taken)
            out.append(choice);
    }
    return out;
}

bool ActivityEditor::addTranslation(const QString &language)
{
    const bool taken = language.isEmpty() || language == m_activity.textLanguage
        || std::any_of(m_translations.cbegin(), m_translations.cend(), [&language](const TranslationRow &r) { return r.language == language; });
    if (taken)
        return false;
    m_translations.append({language, QString(), QString()});
    Q_EMIT translationsChanged();
    Q_EMIT translationCountChanged();
    check();
    return true;
}

void ActivityEditor::removeTranslation(int index)
{
    if (index < 0 || index >= m_translations.size())
        return;
    m_translations.removeAt(index);
    Q_EMIT translationsChanged();
    Q_EMIT translationCountChanged();
    check();
}

void ActivityEditor::setTranslation(int index, const QString &language, const QString &title, const QString &description)
{
    if (index < 0 || index >= m_translations.size())
        return;
    TranslationRow &row = m_translations[index];
    if (row.language == language && row.title == title && row.description == description)
        return;
    row = {language, title, description};
    Q_EMIT translationsChanged();
    check();
}

void ActivityEditor::setTranslationTitle(int index, const QString &title)
{
    if (index >= 0 && index < m_translations.size())
        setTranslation(index, m_translations.at(index).language, title, m_translations.at(index).description);
}

void ActivityEditor::setTranslationDescription(int index, const QString &description)
{
    if (index >= 0 && index < m_translations.size())
        setTranslation(index, m_translations.at(index).language, m_translations.at(index).title, description);
}

void ActivityEditor::setPlaceUid(const QString &value)
{
    if (value == m_activity.placeUid && (value.isEmpty() || !m_noFixedPlace))
        return;
    m_activity.placeUid = value;
    if (!value.isEmpty())
        m_noFixedPlace = false;
    readPlace();
    Q_EMIT placeChanged();
}

void ActivityEditor::setNoFixedPlace(bool value)
{
    if (value == m_noFixedPlace)
        return;
    m_noFixedPlace = value;
    if (value)
        m_activity.placeUid.clear();
    readPlace();
    Q_EMIT placeChanged();
}

void ActivityEditor::readPlace()
{
    m_placeName.clear();
    m_placeAddress.clear();
    if (!m_session || m_activity.placeUid.isEmpty())
        return;
    if (const std::optional<Place> place = m_session->store().catalogue().place(m_activity.placeUid)) {
        m_placeName = place->name;
        m_placeAddress = PlaceFinder::address(place->street, place->houseNumber, place->postcode, place->city);
    }
}

void ActivityEditor::newActivity()
{
    Activity activity;
    activity.organisationUid = m_session ? m_session->organisationUid() : QString();
    reset(activity);
}

bool ActivityEditor::load(const QString &uid)
{
    if (uid.isEmpty()) {
        newActivity();
        return true;
    }
    const std::optional<Activity> activity = m_session ? m_session->store().catalogue().activity(uid) : std::nullopt;
    if (!activity) {
        //: Opening an activity in the editor that is not (or no longer) in the catalogue
        setError(tr("This activity is not in the catalogue."));
        return false;
    }
    reset(*activity);
    return true;
}

void ActivityEditor::reset(const Activity &activity)
{
    m_activity = activity;
    m_translations.clear();
    for (auto it = activity.translations.cbegin(); it != activity.translations.cend(); ++it)
        m_translations.append({it.key(), it->title, it->description});
    m_costText = costTextOf(activity.costCents);
    m_ageMin = countText(activity.ageMin);
    m_ageMax = countText(activity.ageMax);
    m_capacity = countText(activity.capacity);
    m_noFixedPlace = !activity.uid.isEmpty() && activity.placeUid.isEmpty();
    readPlace();
    for (auto signal : {&ActivityEditor::loaded, &ActivityEditor::titleChanged, &ActivityEditor::descriptionChanged,
                        &ActivityEditor::textLanguageChanged, &ActivityEditor::translationsChanged,
                        &ActivityEditor::translationCountChanged, &ActivityEditor::categoryChanged,
                        &ActivityEditor::languagesSpokenChanged, &ActivityEditor::languageChoicesChanged,
                        &ActivityEditor::audienceChanged, &ActivityEditor::costTextChanged, &ActivityEditor::costNoteChanged,
                        &ActivityEditor::ageMinChanged, &ActivityEditor::ageMaxChanged, &ActivityEditor::capacityChanged,
                        &ActivityEditor::registrationRequiredChanged, &ActivityEditor::hostPresentChanged,
                        &ActivityEditor::programmeChanged, &ActivityEditor::contactChanged, &ActivityEditor::placeChanged})
        Q_EMIT(this->*signal)();
    setError({});
    check();
}

QString ActivityEditor::save()
{
    if (!m_session)
        return {};
    if (!canSave()) {
        //: Save was asked for while the form still lists problems
        setError(tr("Solve the problems listed above first."));
        return {};
    }
    Activity activity = m_activity;
    activity.title = activity.title.trimmed();
    activity.costCents = costCents();
    readCount(m_ageMin, &activity.ageMin);
    readCount(m_ageMax, &activity.ageMax);
    readCount(m_capacity, &activity.capacity);
    activity.translations.clear();
    for (const TranslationRow &row : std::as_const(m_translations))
        activity.translations.insert(row.language, {row.title.trimmed(), row.description});
    if (m_noFixedPlace)
        activity.placeUid.clear();
    if (!m_session->store().saveActivity(activity)) {
        setError(m_session->store().errorString());
        return {};
    }
    reset(activity);
    m_session->notifyChanged();
    return activity.uid;
}

void ActivityEditor::check()
{
    QVariantList problems;
    const auto add = [&problems](const QString &field, const QString &message, int index = -1) {
        QVariantMap problem{{QStringLiteral("field"), field}, {QStringLiteral("message"), message}};
        if (index >= 0)
            problem.insert(QStringLiteral("index"), index);
        problems.append(problem);
    };
    if (m_activity.title.trimmed().isEmpty())
        //: Problem in the activity editor
        add(QStringLiteral("title"), tr("Give the activity a title."));
    if (m_activity.category.isEmpty())
        //: Problem in the activity editor
        add(QStringLiteral("category"), tr("Choose a category."));
    int cents = 0;
    if (!parseCost(m_costText, &cents))
        //: Problem in the activity editor: the typed cost is not an amount
        add(QStringLiteral("cost"), tr("The cost cannot be read. Write an amount in euros, such as 0 or 2,50."));
    int ageMin = -1;
    int ageMax = -1;
    const bool minOk = readCount(m_ageMin, &ageMin) && ageMin <= 120 && (ageMin >= 0 || m_ageMin.trimmed().isEmpty());
    const bool maxOk = readCount(m_ageMax, &ageMax) && ageMax <= 120 && (ageMax >= 0 || m_ageMax.trimmed().isEmpty());
    if (!minOk)
        //: Problem in the activity editor: the youngest age typed
        add(QStringLiteral("ageMin"), tr("An age is a whole number from 0 to 120, or empty for no limit."));
    if (!maxOk)
        //: Problem in the activity editor: the oldest age typed
        add(QStringLiteral("ageMax"), tr("An age is a whole number from 0 to 120, or empty for no limit."));
    if (minOk && maxOk && ageMin >= 0 && ageMax >= 0 && ageMin > ageMax)
        //: Problem in the activity editor
        add(QStringLiteral("ageMax"), tr("The youngest age is above the oldest age."));
    int capacity = -1;
    if (!readCount(m_capacity, &capacity) || (capacity < 1 && !m_capacity.trimmed().isEmpty()))
        //: Problem in the activity editor: the number of places typed
        add(QStringLiteral("capacity"), tr("The number of places is at least 1. Leave it empty when there is no limit."));
    QStringList seen{m_activity.textLanguage};
    for (int i = 0; i < m_translations.size(); ++i) {
        const TranslationRow &row = m_translations.at(i);
        if (row.title.trimmed().isEmpty())
            //: Problem in the activity editor: a translation without a title
            add(QStringLiteral("translation"), tr("A translation needs a title."), i);
        if (seen.contains(row.language))
            //: Problem in the activity editor: two texts in the same language
            add(QStringLiteral("translation"), tr("The activity already has a text in this language."), i);
        seen.append(row.language);
    }
    if (problems != m_problems) {
        m_problems = problems;
        Q_EMIT problemsChanged();
    }
}

void ActivityEditor::setError(const QString &message)
{
    if (message == m_error)
        return;
    m_error = message;
    Q_EMIT errorStringChanged();
}

bool ActivityEditor::parseCost(const QString &text, int *cents)
{
    QString t = text.trimmed();
    t.remove(QChar(0x20AC));
    if (t.startsWith(QLatin1String("EUR"), Qt::CaseInsensitive))
        t = t.mid(3);
    t.remove(QRegularExpression(QStringLiteral("\\s")));
    // "5,-" is how Dutch writes whole euros.
    if (t.endsWith(QLatin1String(",-")) || t.endsWith(QLatin1String(".-")))
        t.chop(2);
    if (t.isEmpty()) {
        *cents = 0;
        return true;
    }
    // Plain amounts first, so "2,50" and "2.50" are decimals; then Dutch and English thousands.
    static const QRegularExpression forms[] = {
        QRegularExpression(QStringLiteral("^(\\d{1,6})(?:[.,](\\d{1,2}))?$")),
        QRegularExpression(QStringLiteral("^(\\d{1,3}(?:\\.\\d{3}){1,2})(?:,(\\d{1,2}))?$")),
        QRegularExpression(QStringLiteral("^(\\d{1,3}(?:,\\d{3}){1,2})(?:\\.(\\d{1,2}))?$")),
    };
    for (const QRegularExpression &form : forms) {
        const QRegularExpressionMatch m = form.match(t);
        if (!m.hasMatch())
            continue;
        const QString euros = m.captured(1).remove(QLatin1Char('.')).remove(QLatin1Char(','));
        if (euros.size() > 6)
            return false;
        const QString fraction = m.captured(2);
        *cents = euros.toInt() * 100 + (fraction.isEmpty() ? 0 : fraction.leftJustified(2, QLatin1Char('0')).toInt());
        return true;
    }
    return false;
}

QString ActivityEditor::costTextOf(int cents)
{
    if (cents % 100 == 0)
        return QString::number(cents / 100);
    return QStringLiteral("%1%2%3").arg(cents / 100).arg(QLocale().decimalPoint()).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

QVariantList ActivityEditor::findPlaces(const QString &text, int limit)
{
    if (!m_session)
        return {};
    return m_places.find(m_session->connection(), m_session->now().toTimeZone(AmsterdamTime::zone()).date(), text, limit);
}

} // namespace Buurtplein
