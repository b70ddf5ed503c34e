// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>

#include "cataloguedetails.h"
#include "discreetcontroller.h"
#include "evaluatorsession.h"
#include "myactivitiesmodel.h"
#include "nearme.h"
#include "placesmodel.h"
#include "reminderservice.h"
#include "searchmodel.h"
#include "syncservice.h"
#include "uilanguage.h"
#include "upcomingmodel.h"
#include "workersession.h"

namespace Buurtplein {

class CatalogueStore;

/** The objects AppContext hands to QML; AppSession builds and owns them. */
struct AppParts {
    UpcomingModel *upcoming = nullptr;
    SearchModel *search = nullptr;
    PlacesModel *places = nullptr;
    CatalogueDetails *details = nullptr;
    MyActivitiesModel *myActivities = nullptr;
    DiscreetController *discreet = nullptr;
    NearMe *nearMe = nullptr;
    ReminderService *reminders = nullptr;
    CatalogueStore *store = nullptr;
    WorkerSession *worker = nullptr;
    SyncService *sync = nullptr;
    EvaluatorSession *evaluator = nullptr;
};

/**
 * What the app's QML sees of the device: the catalogue's models, the resident's joins,
 * location and discreet mode, and the actions that leave the app (calendar, route).
 * Built by AppSession and handed to QML as a singleton owned by C++.
 */
class AppContext : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Buurtplein::UpcomingModel *upcoming READ upcoming CONSTANT)
    Q_PROPERTY(Buurtplein::SearchModel *search READ search CONSTANT)
    Q_PROPERTY(Buurtplein::PlacesModel *places READ places CONSTANT)
    Q_PROPERTY(Buurtplein::CatalogueDetails *details READ details CONSTANT)
    Q_PROPERTY(Buurtplein::MyActivitiesModel *myActivities READ myActivities CONSTANT)
    Q_PROPERTY(Buurtplein::DiscreetController *discreet READ discreet CONSTANT)
    Q_PROPERTY(Buurtplein::NearMe *nearMe READ nearMe CONSTANT)
    Q_PROPERTY(Buurtplein::ReminderService *reminders READ reminders CONSTANT)
    Q_PROPERTY(Buurtplein::UiLanguage *language READ language CONSTANT)
    /** Social worker mode: enrolment, and the store the worker pages write through. */
    Q_PROPERTY(Buurtplein::WorkerSession *worker READ worker CONSTANT)
    /** Sync with the hub: state, last sync, refused changes, "Sync now", anonymous join counts. */
    Q_PROPERTY(Buurtplein::SyncService *sync READ sync CONSTANT)
    /** Programme evaluators: sign-in with an evaluator token and the released statistics. */
    Q_PROPERTY(Buurtplein::EvaluatorSession *evaluator READ evaluator CONSTANT)
    Q_PROPERTY(QString sourceNote READ sourceNote NOTIFY languageChanged)
    Q_PROPERTY(double textScale READ textScale CONSTANT)
    Q_PROPERTY(QString startPage READ startPage CONSTANT)
    Q_PROPERTY(bool selfTest READ selfTest CONSTANT)
    /** Counts the syncs that changed the catalogue: pages that read it (Activity, Place) bind to it to read again. */
    Q_PROPERTY(int catalogueRevision READ catalogueRevision NOTIFY catalogueChanged)

public:
    explicit AppContext(const AppParts &parts, QObject *parent = nullptr);

    UpcomingModel *upcoming() const { return m_parts.upcoming; }
    SearchModel *search() const { return m_parts.search; }
    PlacesModel *places() const { return m_parts.places; }
    CatalogueDetails *details() const { return m_parts.details; }
    MyActivitiesModel *myActivities() const { return m_parts.myActivities; }
    DiscreetController *discreet() const { return m_parts.discreet; }
    NearMe *nearMe() const { return m_parts.nearMe; }
    ReminderService *reminders() const { return m_parts.reminders; }
    WorkerSession *worker() const { return m_parts.worker; }
    SyncService *sync() const { return m_parts.sync; }
    EvaluatorSession *evaluator() const { return m_parts.evaluator; }
    /** The UI language; main() restores it before QML loads. */
    UiLanguage *language() const { return m_language; }
    QString sourceNote() const;

    double textScale() const { return m_textScale; }
    void setTextScale(double scale) { m_textScale = scale; }
    /** The page the app opens on: "home", "search", "map", "my", "settings", "activity:UID", "place:UID". */
    QString startPage() const { return m_startPage; }
    void setStartPage(const QString &page) { m_startPage = page; }
    bool selfTest() const { return m_selfTest; }
    int catalogueRevision() const { return m_catalogueRevision; }
    void setSelfTest(bool on) { m_selfTest = on; }

    /**
     * Writes an .ics of the activity (or of one session; the whole series when the resident
     * joined every time) with a reminder into Documents/Buurtplein, named after the
     * activity, and hands it to the platform's calendar. False with actionFailed() when it
     * cannot (the message then says where the file is).
     */
    Q_INVOKABLE bool addToCalendar(const QString &activityUid, const QString &occurrenceUid = {});
    /** The file the last addToCalendar() wrote. */
    QString lastCalendarFile() const { return m_lastCalendarFile; }
    /** Opens the platform's maps app with a route to (@p lat, @p lon). */
    Q_INVOKABLE bool openRoute(double lat, double lon, const QString &label);

    /** The instance AppSession built; QML's singleton factory returns it. */
    static void setInstance(AppContext *instance);
    static AppContext *create(QQmlEngine *engine, QJSEngine *scriptEngine);

Q_SIGNALS:
    /** A sentence for the resident when an action that leaves the app failed. */
    void actionFailed(const QString &message);
    /** The UI language changed (after the models re-read their texts). */
    void languageChanged();
    /** A sync changed the catalogue and the resident's lists read it again (filters and area kept). */
    void catalogueChanged();

private:
    QString m_lastCalendarFile;
    AppParts m_parts;
    UiLanguage *m_language = nullptr;
    double m_textScale = 1.0;
    QString m_startPage;
    bool m_selfTest = false;
    int m_catalogueRevision = 0;
};

} // namespace Buurtplein
