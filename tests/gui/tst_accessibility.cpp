// Accessibility of the whole window, on the demo workspace (every tab has content): every
// control a keyboard can reach has an accessible name, Tab reaches every control of every tab,
// Ctrl+1…Ctrl+6 switch tabs, and the preferences pages are named too.
#include "FakeClock.h"
#include "announce/AnnounceService.h"
#include "settings/SettingsDialog.h"
#include "shell/AppSession.h"
#include "shell/MainWindow.h"
#include "shell/WelcomePanel.h"
#include "support/SupportFeed.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QLineEdit>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace shiftdesk;
using namespace shiftdesk::test;

namespace {

QString describe(const QWidget* w)
{
    QStringList chain;
    for (const QWidget* p = w; p; p = p->parentWidget()) {
        const QString name = p->objectName();
        chain.prepend(QString::fromLatin1(p->metaObject()->className()) +
                      (name.isEmpty() ? QString() : QLatin1Char('#') + name));
        if (p->isWindow())
            break;
    }
    return chain.join(QLatin1String(" > "));
}

bool reachableByKeyboard(const QWidget* w)
{
    return (w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(w->window()) && w->isEnabled() &&
           w->isVisible() && !w->focusProxy();
}

// The widgets of `root` a keyboard user can reach, with no accessible name.
QStringList unnamedControls(QWidget* root)
{
    QStringList missing;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (!reachableByKeyboard(w))
            continue;
        // A tab bar names itself through its tabs.
        if (qobject_cast<QTabBar*>(w))
            continue;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            missing.append(describe(w));
    }
    return missing;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_session = std::make_unique<AppSession>(Profile(QStringLiteral("a11y"),
                                                         m_dir.filePath(QStringLiteral("config")),
                                                         m_dir.filePath(QStringLiteral("data"))),
                                                 AppSession::Demo, nullptr, m_clock);
        QString error;
        QVERIFY2(m_session->start(&error), qPrintable(error));
        m_session->window()->resize(1280, 800);
        m_session->window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_session->window()));
        m_session->startBackground();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->support()->unanswered().size() > 0, 10000);
    }

    void cleanupTestCase() { m_session.reset(); }

    void everyTabNamesItsControls_data()
    {
        QTest::addColumn<int>("tab");
        for (int i = 0; i <= MainWindow::HandoverTab; ++i)
            QTest::addRow("tab %d", i) << i;
    }

    void everyTabNamesItsControls()
    {
        QFETCH(int, tab);
        MainWindow* window = m_session->window();
        window->tabs()->setCurrentIndex(tab);
        QTest::qWait(50);
        const QStringList missing = unnamedControls(window);
        if (!missing.isEmpty())
            qWarning("%s", qPrintable(missing.join(QLatin1Char('\n'))));
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 unnamed control(s) on tab %2")
                                                   .arg(missing.size())
                                                   .arg(window->tabs()->tabText(tab))));
    }

    void tabReachesEveryControl_data() { everyTabNamesItsControls_data(); }

    // From the tab bar, Tab walks the page: every control on it is reached before focus
    // comes back round.
    void tabReachesEveryControl()
    {
        QFETCH(int, tab);
        MainWindow* window = m_session->window();
        window->activateWindow();
        window->tabs()->setCurrentIndex(tab);
        QWidget* page = window->tabs()->currentWidget();
        QTest::qWait(50);
        window->tabs()->tabBar()->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(window->tabs()->tabBar()->hasFocus());

        QSet<QWidget*> wanted;
        const QList<QWidget*> widgets = page->findChildren<QWidget*>();
        for (QWidget* w : widgets) {
            if (reachableByKeyboard(w))
                wanted.insert(w);
        }
        QSet<QWidget*> reached;
        for (int i = 0; i < 200 && !wanted.isEmpty(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget* focus = QApplication::focusWidget();
            QVERIFY(focus);
            wanted.remove(focus);
            if (reached.contains(focus) && focus == window->tabs()->tabBar())
                break;
            reached.insert(focus);
        }
        QStringList unreached;
        for (QWidget* w : std::as_const(wanted))
            unreached.append(describe(w));
        QVERIFY2(unreached.isEmpty(), qPrintable(unreached.join(QLatin1Char('\n'))));
    }

    void ctrlNumberSwitchesTabs()
    {
        MainWindow* window = m_session->window();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        for (int i = 0; i <= MainWindow::HandoverTab; ++i) {
            QTest::keyClick(window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(window->tabs()->currentIndex(), i);
        }
    }

    // First run: the welcome sits above the tabs. From the tab bar, Tab goes into the page
    // (built after start-up) and Shift+Tab comes back, never by way of the welcome panel.
    void tabOrderFollowsTheScreenOnFirstRun()
    {
        QTemporaryDir dir;
        AppSession fresh(Profile(QStringLiteral("first"), dir.filePath(QStringLiteral("config")),
                                 dir.filePath(QStringLiteral("data"))),
                         AppSession::Real, nullptr, m_clock);
        QString error;
        QVERIFY2(fresh.start(&error), qPrintable(error));
        MainWindow* window = fresh.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window));
        fresh.startBackground();
        QTRY_VERIFY(window->welcomePanel()->isVisible());
        for (int tab : {int(MainWindow::AlarmsTab), int(MainWindow::AnnounceTab),
                        int(MainWindow::HandoverTab)}) {
            window->tabs()->setCurrentIndex(tab);
            QWidget* page = window->tabs()->currentWidget();
            window->tabs()->tabBar()->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(window->tabs()->tabBar()->hasFocus());
            QTest::keyClick(window->tabs()->tabBar(), Qt::Key_Tab);
            QWidget* focus = QApplication::focusWidget();
            QVERIFY2(focus && page->isAncestorOf(focus),
                     qPrintable(focus ? describe(focus) : QStringLiteral("no focus")));
            QTest::keyClick(focus, Qt::Key_Backtab, Qt::ShiftModifier);
            QCOMPARE(QApplication::focusWidget(), window->tabs()->tabBar());
        }
    }

    // Pages built after start-up never take the keyboard focus from what the user is in.
    void pagesBuiltLaterLeaveTheFocusAlone()
    {
        QTemporaryDir dir;
        AppSession fresh(Profile(QStringLiteral("focus"), dir.filePath(QStringLiteral("config")),
                                 dir.filePath(QStringLiteral("data"))),
                         AppSession::Demo, nullptr, m_clock);
        QString error;
        QVERIFY2(fresh.start(&error), qPrintable(error));
        // A saved announcement draft: the Announce page opens it when it is built.
        fresh.announce()->newDraft(QStringLiteral("incident"));
        MainWindow* window = fresh.window();
        QVERIFY(!window->tabs()
                     ->widget(MainWindow::AnnounceTab)
                     ->findChild<QWidget*>(
                         QStringLiteral("postButton"))); // not built before the first paint
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QWidget* checklist = window->findChild<QWidget*>(QStringLiteral("checklistView"));
        QVERIFY(checklist);
        checklist->setFocus(Qt::OtherFocusReason);
        // Built after the first paint.
        QTRY_VERIFY(window->tabs()
                        ->widget(MainWindow::AnnounceTab)
                        ->findChild<QWidget*>(QStringLiteral("postButton")));
        QTest::qWait(50);
        QCOMPARE(QApplication::focusWidget(), checklist);
    }

    void preferencesPagesAreNamed()
    {
        SettingsDialog dialog(&m_session->settings(), m_session->slack(), m_session->github(),
                              m_session->window());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* pages = dialog.findChild<QTabWidget*>();
        QVERIFY(pages);
        QStringList missing;
        for (int i = 0; i < pages->count(); ++i) {
            pages->setCurrentIndex(i);
            QTest::qWait(20);
            missing += unnamedControls(&dialog);
        }
        missing.removeDuplicates();
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

private:
    QTemporaryDir m_dir;
    FakeClock m_clock{london(2026, 11, 27, 10, 30)};
    std::unique_ptr<AppSession> m_session;
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
