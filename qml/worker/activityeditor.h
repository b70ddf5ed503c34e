// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/cataloguetypes.h"
#include "worker/placefinder.h"

#include <QObject>

#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

namespace Buurtplein {

class WorkerEnrolment;

/**
 * The activity editor of social worker mode (issue 4): every field of an Activity a
 * social worker sets, as properties a form binds to, with live problems in sentences.
 * Numbers the worker types (cost, ages, capacity) are kept as typed text and read when
 * checked, so a half-typed value never jumps. Saving goes through WorkerStore, which
 * refuses a stale edit or another organisation's activity with a sentence in errorString.
 *
 * The editor does not re-read on WorkerEnrolment::changed: that would wipe what is typed.
 * A change made elsewhere meanwhile makes save() refuse, and the worker opens it again.
 */
class ActivityEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("worker/workerenrolment.h")
    Q_PROPERTY(Buurtplein::WorkerEnrolment *enrolment READ enrolment WRITE setEnrolment NOTIFY enrolmentChanged)
    /** The activity being edited; empty for a new one until it is saved. */
    Q_PROPERTY(QString uid READ uid NOTIFY loaded)
    Q_PROPERTY(bool isNew READ isNew NOTIFY loaded)
    Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY titleChanged)
    Q_PROPERTY(QString description READ description WRITE setDescription NOTIFY descriptionChanged)
    /** The language of title and description, a BCP 47 code such as "nl". */
    Q_PROPERTY(QString textLanguage READ textLanguage WRITE setTextLanguage NOTIFY textLanguageChanged)
    /** [{language, languageName, title, description}], in the order they were added. */
    Q_PROPERTY(QVariantList translations READ translations NOTIFY translationsChanged)
    /** Changes only when a translation is added or removed: a form repeats on it and keeps its focus while typing. */
    Q_PROPERTY(int translationCount READ translationCount NOTIFY translationCountChanged)
    /** [{id, label}] of the languages a translation can still be added in. */
    Q_PROPERTY(QVariantList translationChoices READ translationChoices NOTIFY translationsChanged)
    /** An id of Vocabulary::categories(); empty until chosen. */
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY categoryChanged)
    Q_PROPERTY(QStringList languagesSpoken READ languagesSpoken WRITE setLanguagesSpoken NOTIFY languagesSpokenChanged)
    /** [{id, label}] of the languages offered: the common ones and any the activity already names. */
    Q_PROPERTY(QVariantList languageChoices READ languageChoices NOTIFY languageChoicesChanged)
    /** An id of Vocabulary::audiences(); describes the activity, never a person. */
    Q_PROPERTY(QString audience READ audience WRITE setAudience NOTIFY audienceChanged)
    /** The cost in euros as typed: "0", "2,50", "2.50", "€ 3". */
    Q_PROPERTY(QString costText READ costText WRITE setCostText NOTIFY costTextChanged)
    /** costText read as cents; -1 while it cannot be read. */
    Q_PROPERTY(int costCents READ costCents NOTIFY costTextChanged)
    Q_PROPERTY(QString costNote READ costNote WRITE setCostNote NOTIFY costNoteChanged)
    /** Whole years as typed; empty means no limit. */
    Q_PROPERTY(QString ageMin READ ageMin WRITE setAgeMin NOTIFY ageMinChanged)
    Q_PROPERTY(QString ageMax READ ageMax WRITE setAgeMax NOTIFY ageMaxChanged)
    /** Places as typed; empty means unlimited. */
    Q_PROPERTY(QString capacity READ capacity WRITE setCapacity NOTIFY capacityChanged)
    Q_PROPERTY(bool registrationRequired READ registrationRequired WRITE setRegistrationRequired NOTIFY registrationRequiredChanged)
    Q_PROPERTY(bool hostPresent READ hostPresent WRITE setHostPresent NOTIFY hostPresentChanged)
    /** The programme the activity is evaluated under, e.g. "Samen in de Indische Buurt". */
    Q_PROPERTY(QString programme READ programme WRITE setProgramme NOTIFY programmeChanged)
    /** How residents reach the organisers: a phone number, e-mail address or sentence. */
    Q_PROPERTY(QString contact READ contact WRITE setContact NOTIFY contactChanged)
    /** The default place; empty with noFixedPlace, or while none is chosen. */
    Q_PROPERTY(QString placeUid READ placeUid WRITE setPlaceUid NOTIFY placeChanged)
    Q_PROPERTY(QString placeName READ placeName NOTIFY placeChanged)
    Q_PROPERTY(QString placeAddress READ placeAddress NOTIFY placeChanged)
    /** The place is given per session; switching it on forgets the chosen place. */
    Q_PROPERTY(bool noFixedPlace READ noFixedPlace WRITE setNoFixedPlace NOTIFY placeChanged)
    /** [{field, message}] (translations also carry index): what stops saving, in sentences. */
    Q_PROPERTY(QVariantList problems READ problems NOTIFY problemsChanged)
    Q_PROPERTY(bool canSave READ canSave NOTIFY problemsChanged)
    /** Why the last load or save failed; empty after a success. */
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    explicit ActivityEditor(QObject *parent = nullptr);

    WorkerEnrolment *enrolment() const { return m_enrolment; }
    void setEnrolment(WorkerEnrolment *enrolment);

    QString uid() const { return m_activity.uid; }
    bool isNew() const { return m_activity.uid.isEmpty(); }
    QString title() const { return m_activity.title; }
    void setTitle(const QString &value);
    QString description() const { return m_activity.description; }
    void setDescription(const QString &value);
    QString textLanguage() const { return m_activity.textLanguage; }
    void setTextLanguage(const QString &value);
    QVariantList translations() const;
    int translationCount() const { return int(m_translations.size()); }
    QVariantList translationChoices() const;
    QString category() const { return m_activity.category; }
    void setCategory(const QString &value);
    QStringList languagesSpoken() const { return m_activity.languagesSpoken; }
    void setLanguagesSpoken(const QStringList &value);
    QVariantList languageChoices() const;
    QString audience() const { return m_activity.audience; }
    void setAudience(const QString &value);
    QString costText() const { return m_costText; }
    void setCostText(const QString &value);
    int costCents() const;
    QString costNote() const { return m_activity.costNote; }
    void setCostNote(const QString &value);
    QString ageMin() const { return m_ageMin; }
    void setAgeMin(const QString &value);
    QString ageMax() const { return m_ageMax; }
    void setAgeMax(const QString &value);
    QString capacity() const { return m_capacity; }
    void setCapacity(const QString &value);
    bool registrationRequired() const { return m_activity.registrationRequired; }
    void setRegistrationRequired(bool value);
    bool hostPresent() const { return m_activity.hostPresent; }
    void setHostPresent(bool value);
    QString programme() const { return m_activity.programme; }
    void setProgramme(const QString &value);
    QString contact() const { return m_activity.contact; }
    void setContact(const QString &value);
    QString placeUid() const { return m_activity.placeUid; }
    void setPlaceUid(const QString &value);
    QString placeName() const { return m_placeName; }
    QString placeAddress() const { return m_placeAddress; }
    bool noFixedPlace() const { return m_noFixedPlace; }
    void setNoFixedPlace(bool value);
    QVariantList problems() const { return m_problems; }
    bool canSave() const { return m_enrolment && m_problems.isEmpty(); }
    QString errorString() const { return m_error; }

    /** Starts a new activity of the enrolled organisation, with the defaults of a new series. */
    Q_INVOKABLE void newActivity();
    /** Reads activity @p uid for editing; false with errorString when the catalogue has none. */
    Q_INVOKABLE bool load(const QString &uid);
    /** Stores the activity; its uid on success (then notifyChanged()), empty with errorString on refusal. */
    Q_INVOKABLE QString save();

    /** Switches @p code in languagesSpoken. */
    Q_INVOKABLE void toggleLanguage(const QString &code);
    /** Adds an empty translation in @p language; false when the activity has one in it or it is the text's own language. */
    Q_INVOKABLE bool addTranslation(const QString &language);
    Q_INVOKABLE void removeTranslation(int index);
    /** Replaces translation @p index. */
    Q_INVOKABLE void setTranslation(int index, const QString &language, const QString &title, const QString &description);
    Q_INVOKABLE void setTranslationTitle(int index, const QString &title);
    Q_INVOKABLE void setTranslationDescription(int index, const QString &description);

    /**
     * Places whose name or street contains @p text (case and accents ignored), names that
     * begin with it first: [{uid, name, kind, kindLabel, kindIcon, address}]. Closed places
     * are left out.
     */
    Q_INVOKABLE QVariantList findPlaces(const QString &text, int limit = 8);

    /** Reads an amount in euros as Dutch ("2,50", "1.000") or English ("2.50", "1,000") write it; false when it cannot. */
    static bool parseCost(const QString &text, int *cents);
    /** "0", "2,50" (with the locale's decimal point): cents as the cost field shows them. */
    static QString costTextOf(int cents);

Q_SIGNALS:
    void enrolmentChanged();
    void loaded();
    void titleChanged();
    void descriptionChanged();
    void textLanguageChanged();
    void translationsChanged();
    void translationCountChanged();
    void categoryChanged();
    void languagesSpokenChanged();
    void languageChoicesChanged();
    void audienceChanged();
    void costTextChanged();
    void costNoteChanged();
    void ageMinChanged();
    void ageMaxChanged();
    void capacityChanged();
    void registrationRequiredChanged();
    void hostPresentChanged();
    void programmeChanged();
    void contactChanged();
    void placeChanged();
    void problemsChanged();
    void errorStringChanged();

private:
    struct TranslationRow {
        QString language;
        QString title;
        QString description;
    };

    template<typename T>
    void assign(T &member, const T &value, void (ActivityEditor::*signal)());
    void reset(const Activity &activity);
    void readPlace();
    void check();
    void setError(const QString &message);

    QPointer<WorkerEnrolment> m_enrolment;
    Activity m_activity;
    QList<TranslationRow> m_translations;
    QString m_costText;
    QString m_ageMin;
    QString m_ageMax;
    QString m_capacity;
    QString m_placeName;
    QString m_placeAddress;
    bool m_noFixedPlace = false;
    QVariantList m_problems;
    QString m_error;
    PlaceFinder m_places;
};

} // namespace Buurtplein
