// SPDX-License-Identifier: GPL-3.0-or-later
#include "worker/activityeditor.h"
#include "worker/activitycheck.h"
#include "common/amsterdamtime.h"
#include "worker/placefinder.h"
#include "common/terms.h"
#include "worker/workerenrolment.h"

#include <QLocale>

#include <algorithm>

namespace Buurtplein {

namespace {

using ActivityCheck::readCount;

/** An age or a number of places as typed: -1 for empty, @p invalid for text that is no whole number, or a typed negative. */
int typedCount(const QString &text, int invalid)
{
    int value = -1;
    if (!readCount(text, &value) || (value < 0 && !text.trimmed().isEmpty()))
        return invalid;
    return value;
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

void ActivityEditor::setEnrolment(WorkerEnrolment *enrolment)
{
    if (!followEnrolment(m_enrolment, enrolment, this, [this](WorkerEnrolment *s) {
            connect(s, &WorkerEnrolment::changed, this, [this] { m_places.invalidate(); });
        }))
        return;
    m_places.invalidate();
    Q_EMIT enrolmentChanged();
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
    if (!m_enrolment || m_activity.placeUid.isEmpty())
        return;
    if (const std::optional<Place> place = m_enrolment->store().catalogue().place(m_activity.placeUid)) {
        m_placeName = place->name;
        m_placeAddress = PlaceFinder::address(place->street, place->houseNumber, place->postcode, place->city);
    }
}

void ActivityEditor::newActivity()
{
    Activity activity;
    activity.organisationUid = m_enrolment ? m_enrolment->organisationUid() : QString();
    reset(activity);
}

bool ActivityEditor::load(const QString &uid)
{
    if (uid.isEmpty()) {
        newActivity();
        return true;
    }
    const std::optional<Activity> activity = m_enrolment ? m_enrolment->store().catalogue().activity(uid) : std::nullopt;
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
    if (!m_enrolment)
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
    if (!m_enrolment->store().saveActivity(activity)) {
        setError(m_enrolment->store().errorString());
        return {};
    }
    reset(activity);
    m_enrolment->notifyChanged();
    return activity.uid;
}

void ActivityEditor::check()
{
    // The typed text as the activity it would store; text that is no number becomes a
    // value the rules refuse, so the editor and the store say the same.
    Activity typed = m_activity;
    if (!parseCost(m_costText, &typed.costCents))
        typed.costCents = -1;
    typed.ageMin = typedCount(m_ageMin, -2);
    typed.ageMax = typedCount(m_ageMax, -2);
    typed.capacity = typedCount(m_capacity, 0);
    QList<ActivityCheck::TranslatedTitle> rows;
    for (const TranslationRow &row : std::as_const(m_translations))
        rows.append({row.language, row.title});
    QVariantList problems;
    for (const ActivityCheck::Problem &p : ActivityCheck::validate(typed, rows)) {
        QVariantMap problem{{QStringLiteral("field"), p.field}, {QStringLiteral("message"), p.message}};
        if (p.index >= 0)
            problem.insert(QStringLiteral("index"), p.index);
        problems.append(problem);
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
    return ActivityCheck::parseCost(text, cents);
}

QString ActivityEditor::costTextOf(int cents)
{
    if (cents % 100 == 0)
        return QString::number(cents / 100);
    return QStringLiteral("%1%2%3").arg(cents / 100).arg(QLocale().decimalPoint()).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

QVariantList ActivityEditor::findPlaces(const QString &text, int limit)
{
    if (!m_enrolment)
        return {};
    return m_places.find(m_enrolment->connection(), m_enrolment->now().toTimeZone(AmsterdamTime::zone()).date(), text, limit);
}

} // namespace Buurtplein
