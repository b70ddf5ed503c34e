// SPDX-License-Identifier: GPL-3.0-or-later
// The accessibility walk (issue 7): the real app window (Main.qml, as the app loads it) on
// a device enrolled for a demo organisation opens every page in turn, and every visible,
// enabled interactive item on it must have an accessible name and a fitting role, be
// reachable with Tab, and offer a touch target of at least 48x48 px. Failures name the
// page, the QML file, the item's type, objectName and position, so that they can be fixed.
// Then the keyboard: Tab on the home page reaches a session, Enter opens its activity.
#include "resident/searchmodel.h"
#include "accessibilitywalk.h"
#include "app/approot.h"
#include "demoroot.h"

#include <QAccessible>
#include <QApplication>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQmlExpression>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "app/qmlmodules.h"

using namespace Buurtplein;

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void walk_data();
    void walk();
    void tabReachesSessionAndEnterOpensIt();
    void cleanupTestCase();

private:
    QVariant evaluate(const QString &script);
    QString pastOccurrence(const QString &activityUid) const;

    QTemporaryDir m_dir;
    std::unique_ptr<AppRoot> m_root;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};

void TestAccessibility::initTestCase()
{
    TestSupport::prepareAppTest();
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("device.sqlite"));
    QString error;
    // Enrolled as tst_workerapp's device is, so that the worker pages open too.
    QVERIFY2(TestSupport::enrolDemoWorker(path, &error), qPrintable(error));
    AppRootOptions options = TestSupport::demoRootOptions(path, m_dir.path());
    options.startSync = false;
    m_root = std::make_unique<AppRoot>();
    QVERIFY2(m_root->open(options, &error), qPrintable(error));
    m_root->search()->setDebounceMs(0);

    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    m_engine->load(AppRoot::mainWindow());
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().value(0));
    QVERIFY(m_window);
    m_window->resize(400, 800);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestAccessibility::cleanupTestCase()
{
    m_engine.reset();
    m_root.reset();
}

// Runs @p script in Main.qml's own context: its functions and ids (stack, the page components).
QVariant TestAccessibility::evaluate(const QString &script)
{
    QQmlExpression expression(qmlContext(m_window), m_window, script);
    const QVariant value = expression.evaluate();
    if (expression.hasError())
        qWarning() << script << expression.error().toString();
    return value;
}

// The item called @p name under @p root, through the item tree (pages are not QObject children of the window).
static QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (root->objectName() == name)
        return root;
    for (QQuickItem *child : root->childItems()) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

QString TestAccessibility::pastOccurrence(const QString &activityUid) const
{
    QSqlQuery q(m_root->database().connection());
    q.prepare(QStringLiteral("SELECT o.uid FROM occurrence o JOIN activity a ON a.id = o.activity_id "
                             "WHERE a.uid = :uid AND o.start < :now ORDER BY o.start DESC LIMIT 1"));
    q.bindValue(QStringLiteral(":uid"), activityUid);
    q.bindValue(QStringLiteral(":now"), QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC).toSecsSinceEpoch());
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

void TestAccessibility::walk_data()
{
    QTest::addColumn<QString>("script");
    const QString activity = QStringLiteral("demo:taalcafe-javaplein");
    const QString workerActivity = QStringLiteral("demo:wandelen-flevopark");
    const QString coming = QStringLiteral("demo:wandelen-flevopark/20261126T090000Z");
    const auto open = [](const QString &spec) { return QStringLiteral("openPage(\"%1\")").arg(spec); };

    QTest::newRow("home") << open(QStringLiteral("home"));
    QTest::newRow("search") << open(QStringLiteral("search:koffie"));
    QTest::newRow("filters") << QStringLiteral("FILTERS");
    QTest::newRow("map") << open(QStringLiteral("map"));
    QTest::newRow("my activities") << open(QStringLiteral("my"));
    QTest::newRow("settings") << open(QStringLiteral("settings"));
    QTest::newRow("activity") << open(QStringLiteral("activity:") + activity);
    QTest::newRow("place") << QStringLiteral("openPage(\"place:\" + Catalogue.activity(\"%1\").place.uid)").arg(activity);
    QTest::newRow("enrol") << open(QStringLiteral("enrol"));
    QTest::newRow("work") << open(QStringLiteral("work"));
    QTest::newRow("worker activity") << open(QStringLiteral("work:activity:") + workerActivity);
    QTest::newRow("new activity") << open(QStringLiteral("work:edit:"));
    QTest::newRow("edit activity") << open(QStringLiteral("work:edit:") + workerActivity);
    QTest::newRow("schedule") << open(QStringLiteral("work:schedule:") + workerActivity);
    QTest::newRow("cancel session") << open(QStringLiteral("work:cancel:") + coming);
    QTest::newRow("move session") << open(QStringLiteral("work")) + QStringLiteral("; stack.push(moveSessionPage, { occurrenceUid: \"%1\" }, StackView.Immediate)").arg(coming);
    QTest::newRow("log session") << QStringLiteral("LOG");
    QTest::newRow("evaluator sign-in") << open(QStringLiteral("evaluator"));
    // The dashboard before any figures came (no hub here): filters, empty sections, sign out.
    QTest::newRow("dashboard") << open(QStringLiteral("settings")) + QStringLiteral("; stack.push(dashboardPage, {}, StackView.Immediate)");
    // The PIN dialog of discreet mode, opened as the switch does (in SettingsPage.qml's context).
    QTest::newRow("discreet PIN") << open(QStringLiteral("settings")) + QStringLiteral("\ndiscreetSwitch\npinDialog.turningOn = true; pinDialog.open()");
    // Last: the quick exit's neutral screen.
    QTest::newRow("neutral screen") << QStringLiteral("quickExit()");
}

void TestAccessibility::walk()
{
    QFETCH(QString, script);
    if (script == QLatin1String("LOG"))
        script = QStringLiteral("openPage(\"work:log:%1\")").arg(pastOccurrence(QStringLiteral("demo:wandelen-flevopark")));
    if (script == QLatin1String("FILTERS")) {
        evaluate(QStringLiteral("openPage(\"search\")"));
        QTRY_VERIFY(!evaluate(QStringLiteral("stack.busy")).toBool());
        QQuickItem *filters = findItem(m_window->contentItem(), QStringLiteral("filtersButton"));
        QVERIFY(filters);
        QTest::mouseClick(m_window, Qt::LeftButton, {}, filters->mapToScene(QPointF(filters->width() / 2, filters->height() / 2)).toPoint());
    } else if (script.contains(QLatin1Char('\n'))) {
        // "main script \n objectName \n script in that item's file's context"
        const QStringList parts = script.split(QLatin1Char('\n'));
        evaluate(parts.at(0));
        QTRY_VERIFY(!evaluate(QStringLiteral("stack.busy")).toBool());
        QQuickItem *item = findItem(m_window->contentItem(), parts.at(1));
        QVERIFY(item);
        QQmlExpression inner(qmlContext(item), item, parts.at(2));
        inner.evaluate();
        QVERIFY2(!inner.hasError(), qPrintable(inner.error().toString()));
    } else {
        evaluate(script);
    }
    // Let the StackView finish its transition (the page below is visible until then) and
    // the Drawer open, so that only the page itself is walked.
    QTRY_VERIFY(!evaluate(QStringLiteral("stack.busy")).toBool());
    if (script == QLatin1String("FILTERS")) {
        // The sheet slides in: walk it once it is fully open (the button's context is SearchPage.qml's, where the sheet's id lives).
        QQuickItem *filters = findItem(m_window->contentItem(), QStringLiteral("filtersButton"));
        QQmlExpression position(qmlContext(filters), filters, QStringLiteral("sheet.position"));
        QTRY_COMPARE(position.evaluate().toReal(), 1.0);
    }
    QVERIFY(evaluate(QStringLiteral("stack.currentItem !== null")).toBool());

    // As when a screen reader starts: every control gives itself its role (and a button its
    // text as its name). Offscreen, no screen reader ever does.
    QAccessible::setActive(true);
    const QStringList failures = AccessibilityWalk::check(m_window->contentItem());
    if (!failures.isEmpty())
        QFAIL(qPrintable(QStringLiteral("\n") + failures.join(QLatin1Char('\n'))));
    // Back home: the page and whatever it opened (a dialog, the sheet) go with it.
    evaluate(QStringLiteral("hidden = false; showTab(\"home\")"));
}

void TestAccessibility::tabReachesSessionAndEnterOpensIt()
{
    evaluate(QStringLiteral("showTab(\"home\")"));
    QTRY_VERIFY(evaluate(QStringLiteral("stack.depth === 1 && stack.currentItem instanceof UpcomingPage")).toBool());
    m_window->requestActivate();
    m_window->contentItem()->forceActiveFocus();
    QQuickItem *session = nullptr;
    QStringList visited;
    for (int i = 0; i < 40 && !session; ++i) {
        QTest::keyClick(m_window, Qt::Key_Tab);
        QQuickItem *focus = m_window->activeFocusItem();
        QVERIFY2(focus, "Tab left nothing with focus");
        visited << AccessibilityWalk::describe(focus);
        if (focus->inherits("QQuickItemDelegate") && !focus->property("activityUid").toString().isEmpty())
            session = focus;
    }
    QVERIFY2(session, qPrintable(QStringLiteral("no session reached by Tab; visited:\n") + visited.join(QLatin1Char('\n'))));
    // The focused item shows it: a FocusFrame around the delegate, hidden without focus.
    QVERIFY(session->property("visualFocus").toBool());
    QQuickItem *frame = findItem(session, QStringLiteral("focusFrame"));
    QVERIFY(frame);
    QVERIFY(frame->isVisible());
    const QString activityUid = session->property("activityUid").toString();
    QTest::keyClick(m_window, Qt::Key_Return);
    QTRY_COMPARE(evaluate(QStringLiteral("stack.currentItem instanceof ActivityPage ? stack.currentItem.activityUid : \"\"")).toString(),
                 activityUid);
}

QTEST_MAIN(TestAccessibility)

#include "tst_accessibility.moc"
