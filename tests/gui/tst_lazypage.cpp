// LazyPage builds its page once, when it is shown or asked for, and never takes the keyboard focus
// when built out of sight; the main window builds only the Checklist tab for its first paint and
// the Alarms, Support, Announce and Handover tabs right after it (start-up time).
#include "FakeClock.h"
#include "alarms/AlarmsPage.h"
#include "announce/AnnouncePage.h"
#include "checklist/ChecklistPage.h"
#include "handover/HandoverPage.h"
#include "shell/AppSession.h"
#include "shell/MainWindow.h"
#include "support/SupportPage.h"
#include "widgets/LazyPage.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace shiftdesk;
using namespace shiftdesk::test;

class TestLazyPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsOnceWhenAskedFor()
    {
        int built = 0;
        LazyPage lazy([&built](QWidget* parent) {
            ++built;
            return new QLineEdit(parent);
        });
        QVERIFY(!lazy.isBuilt());
        QCOMPARE(built, 0);
        QWidget* page = lazy.page();
        QVERIFY(qobject_cast<QLineEdit*>(page));
        QCOMPARE(page->parentWidget(), &lazy);
        QVERIFY(lazy.isBuilt());
        QCOMPARE(lazy.page(), page);
        QCOMPARE(built, 1);
        QCOMPARE(lazy.focusProxy(), page); // focusing the tab focuses the page
    }

    void buildsWhenItsTabIsShown()
    {
        QTabWidget tabs;
        tabs.addTab(new QWidget, QStringLiteral("First"));
        int built = 0;
        auto* lazy = new LazyPage([&built](QWidget* parent) {
            ++built;
            return new QLineEdit(parent);
        });
        tabs.addTab(lazy, QStringLiteral("Second"));
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        QCOMPARE(built, 0); // hidden behind the first tab
        tabs.setCurrentIndex(1);
        QCOMPARE(built, 1);
        QVERIFY(lazy->page()->isVisible()); // shown at once, no blank frame
    }

    void buildingOutOfSightKeepsTheFocus()
    {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* typing = new QLineEdit(&window);
        layout->addWidget(typing);
        auto* lazy = new LazyPage([](QWidget* parent) {
            auto* edit = new QLineEdit(parent);
            edit->setFocus(); // pages often focus their first field
            return edit;
        });
        layout->addWidget(lazy);
        lazy->hide();
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        typing->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), typing);
        lazy->page();
        QCOMPARE(QApplication::focusWidget(), typing);
    }

    void mainWindowBuildsTheOtherTabsAfterItsFirstPaint()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        FakeClock clock(QDateTime(QDate(2026, 3, 9), QTime(10, 30), QTimeZone::utc()));
        AppSession session(Profile(QStringLiteral("lazy"), dir.filePath(QStringLiteral("config")),
                                   dir.filePath(QStringLiteral("data"))),
                           AppSession::Demo, nullptr, clock);
        QString error;
        QVERIFY2(session.start(&error), qPrintable(error));
        MainWindow* window = session.window();
        // Before the first paint: only what the first paint shows.
        QVERIFY(window->findChild<ChecklistPage*>());
        QVERIFY(!window->findChild<AlarmsPage*>());
        QVERIFY(!window->findChild<SupportPage*>());
        QVERIFY(!window->findChild<AnnouncePage*>());
        QVERIFY(!window->findChild<HandoverPage*>());
        // The tabs are all there, with their names, before their pages are.
        QCOMPARE(window->tabs()->count(), 6);
        QCOMPARE(window->tabs()->tabText(MainWindow::SupportTab), QStringLiteral("Support"));

        QSignalSpy painted(window, &MainWindow::firstPainted);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_COMPARE(painted.count(), 1);
        QTRY_VERIFY(window->findChild<AlarmsPage*>());
        QTRY_VERIFY(window->findChild<SupportPage*>());
        QTRY_VERIFY(window->findChild<AnnouncePage*>());
        QTRY_VERIFY(window->findChild<HandoverPage*>());
        QCOMPARE(window->tabs()->currentIndex(), int(MainWindow::ChecklistTab)); // nothing moved
    }
};

QTEST_MAIN(TestLazyPage)
#include "tst_lazypage.moc"
