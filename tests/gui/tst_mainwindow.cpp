// Drives the real main window (offscreen): tabs, ticking by mouse and keyboard with the result
// persisted, the status bar, history, template import errors and reminders.
#include "FakeClock.h"
#include "TestProfile.h"
#include "checklist/ChecklistPage.h"
#include "checklist/ChecklistService.h"
#include "checklist/ChecklistView.h"
#include "shell/MainWindow.h"
#include "shell/ShiftStatus.h"

#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include <memory>

using namespace shiftdesk;
using namespace shiftdesk::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<ChecklistService> m_service;
    std::unique_ptr<MainWindow> m_window;

    ChecklistView* view() const
    {
        return m_window->findChild<ChecklistView*>(QStringLiteral("checklistView"));
    }
    ChecklistModel* model() const { return m_service->todayModel(); }

    // What another process would read from the database file right now.
    std::optional<Tick> storedTick(const QString& itemId) const
    {
        Database other(m_profile->profile.databaseFile());
        if (!other.open(nullptr))
            return std::nullopt;
        const auto record = ChecklistStore(other).day(m_service->today());
        if (!record || !record->ticks.contains(itemId))
            return std::nullopt;
        return record->ticks.value(itemId);
    }

    QPoint checkboxCentre(const QModelIndex& index) const
    {
        ChecklistView* v = view();
        v->scrollTo(index);
        QStyleOptionViewItem option;
        option.initFrom(v);
        option.rect = v->visualRect(index);
        option.features =
            QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay;
        option.text = index.data().toString();
        option.widget = v;
        return v->style()
            ->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, v)
            .center();
    }

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<TestProfile>();
        m_profile->settings->setIdentity(QStringLiteral("robin"));
        m_clock = std::make_unique<FakeClock>(london(2026, 11, 27, 9, 30));
        m_service = std::make_unique<ChecklistService>(*m_profile->database, *m_profile->settings,
                                                       *m_clock);
        QVERIFY(m_service->start(nullptr));
        m_window = std::make_unique<MainWindow>(
            AppServices{m_profile->settings.get(), m_clock.get(), m_service.get()});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_service.reset();
        m_clock.reset();
        m_profile.reset();
    }

    void tabsInOrderWithHonestPlaceholders()
    {
        QTabWidget* tabs = m_window->tabs();
        QCOMPARE(tabs->count(), 6);
        QCOMPARE(tabs->tabText(0), QStringLiteral("Checklist (4)")); // start of day is open
        QCOMPARE(tabs->tabText(1), QStringLiteral("Alarms"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("Support"));
        QCOMPARE(tabs->tabText(3), QStringLiteral("Board"));
        QCOMPARE(tabs->tabText(4), QStringLiteral("Announce"));
        QCOMPARE(tabs->tabText(5), QStringLiteral("Handover"));
        const auto* alarmsTitle =
            tabs->widget(1)->findChild<QLabel*>(QStringLiteral("placeholderTitle"));
        QCOMPARE(alarmsTitle->text(), QStringLiteral("Connect Slack to see alarms"));
        const auto* supportTitle =
            tabs->widget(2)->findChild<QLabel*>(QStringLiteral("placeholderTitle"));
        QVERIFY(supportTitle->text().contains(QStringLiteral("Slack")));
        const auto* boardTitle =
            tabs->widget(3)->findChild<QLabel*>(QStringLiteral("placeholderTitle"));
        QVERIFY(boardTitle->text().contains(QStringLiteral("GitHub")));
    }

    void tickByMouseIsPersistedAtOnce()
    {
        const QModelIndex item = model()->indexOfItem(QStringLiteral("check-alarm-channels"));
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, checkboxCentre(item));
        QVERIFY(model()->isDone(QStringLiteral("check-alarm-channels")));
        const auto stored = storedTick(QStringLiteral("check-alarm-channels"));
        QVERIFY(stored.has_value());
        QVERIFY(stored->done);
        QCOMPARE(stored->by, QStringLiteral("robin"));
        QCOMPARE(stored->at, london(2026, 11, 27, 9, 30));
        auto* progress = m_window->findChild<QProgressBar*>(QStringLiteral("dayProgress"));
        QCOMPARE(progress->value(), 1);
        QCOMPARE(m_window->tabs()->tabText(0), QStringLiteral("Checklist (3)"));
        // Clicking again unticks.
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, checkboxCentre(item));
        QVERIFY(!model()->isDone(QStringLiteral("check-alarm-channels")));
        QVERIFY(!storedTick(QStringLiteral("check-alarm-channels"))->done);
    }

    void spaceTicksTheFocusedItem()
    {
        ChecklistView* v = view();
        v->setFocus();
        // Focus on the status column: space still ticks the row's item.
        v->setCurrentIndex(
            model()->indexOfItem(QStringLiteral("on-call-handover"), ChecklistModel::StatusColumn));
        QTest::keyClick(v, Qt::Key_Space);
        QVERIFY(model()->isDone(QStringLiteral("on-call-handover")));
        QVERIFY(storedTick(QStringLiteral("on-call-handover"))->done);
        // Arrow down moves to the next item, space ticks it.
        QTest::keyClick(v, Qt::Key_Down);
        QTest::keyClick(v, Qt::Key_Space);
        QVERIFY(model()->isDone(QStringLiteral("read-support-channel")));
        QTest::keyClick(v, Qt::Key_Space);
        QVERIFY(!model()->isDone(QStringLiteral("read-support-channel")));
        QVERIFY(!storedTick(QStringLiteral("read-support-channel"))->done);
    }

    void statusBarShowsPhaseAndCover()
    {
        ShiftStatus* status = m_window->shiftStatus();
        QCOMPARE(status->phaseText(), QStringLiteral("Start of day · support hours start in 30m"));
        CoverModel* cover = m_service->coverModel();
        QVERIFY(cover->setData(cover->index(1, CoverModel::PersonColumn), QStringLiteral("Priya")));
        m_clock->set(london(2026, 11, 27, 12, 45));
        QCOMPARE(status->phaseText(), QStringLiteral("Support hours · 4h 15m left"));
        QCOMPARE(status->coverText(), QStringLiteral("Support channel: Priya covers now"));
        m_clock->set(london(2026, 11, 27, 19, 0));
        QVERIFY(
            status->phaseText().contains(QStringLiteral("on-call covers high-priority incidents")));
    }

    void keyboardShortcutsSwitchTabs()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_4));
        QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::BoardTab));
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_3));
        QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::SupportTab));
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_6));
        QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::HandoverTab));
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_1));
        QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::ChecklistTab));
    }

    void historyShowsPastDaysReadOnly()
    {
        QVERIFY(model()->setItemDone(QStringLiteral("monitor-alarms"), true));
        m_clock->set(london(2026, 11, 30, 9, 10));
        ChecklistPage* page = m_window->checklistPage();
        QVERIFY(page->isShowingToday());
        QCOMPARE(model()->day(), QDate(2026, 11, 30));
        QListView* history = page->historyView();
        QCOMPARE(history->model()->rowCount(), 2);
        const QModelIndex friday = history->model()->index(1, 0);
        QTest::mouseClick(history->viewport(), Qt::LeftButton, {},
                          history->visualRect(friday).center());
        QVERIFY(!page->isShowingToday());
        auto* shown = qobject_cast<ChecklistModel*>(view()->model());
        QCOMPARE(shown->day(), QDate(2026, 11, 27));
        QVERIFY(shown->isDone(QStringLiteral("monitor-alarms")));
        // Space does nothing on a past day.
        view()->setCurrentIndex(shown->indexOfItem(QStringLiteral("on-call-handover")));
        QTest::keyClick(view(), Qt::Key_Space);
        QVERIFY(!shown->isDone(QStringLiteral("on-call-handover")));
        auto* back = m_window->findChild<QPushButton*>(QStringLiteral("todayButton"));
        QVERIFY(back->isVisible());
        QTest::mouseClick(back, Qt::LeftButton);
        QVERIFY(page->isShowingToday());
        QVERIFY(!back->isVisible());
    }

    void badTemplateFileIsRejectedWithItsLine()
    {
        QString error;
        QVERIFY(!m_window->checklistPage()->importTemplateFile(
            QStringLiteral(SHIFTDESK_TEST_DATA "/templates/bad-syntax.json"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("Line 8")), qPrintable(error));
        QCOMPARE(model()->totalCount(), 12);
        QVERIFY(m_window->checklistPage()->importTemplateFile(
            QStringLiteral(SHIFTDESK_TEST_DATA "/templates/good-minimal.json"), &error));
        QCOMPARE(model()->totalCount(), 2);
        QCOMPARE(view()->model()->rowCount(), 1);
    }

    void remindersAreAnnounced()
    {
        QSignalSpy notified(m_window.get(), &MainWindow::notified);
        m_clock->set(london(2026, 11, 27, 10, 0));
        QCOMPARE(notified.size(), 1);
        const QString text = notified.at(0).at(1).toString();
        QVERIFY2(text.contains(QStringLiteral("During support hours · open items: 4")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Whole support team · open items: 3")),
                 qPrintable(text));
    }

    void linkedItemsOpenTheirTab()
    {
        view()->setCurrentIndex(model()->indexOfItem(QStringLiteral("check-unassigned-requests")));
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Return);
        QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::BoardTab));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
