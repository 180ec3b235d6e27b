// The Alarms tab in the real main window against the fake Slack: the feed shows, the badge
// counts unread high-priority alarms, and acknowledging by mouse puts :eyes: on the message
// in Slack.
#include "AlarmFixtures.h"
#include "SlackTestEnvironment.h"
#include "alarms/AlarmDetail.h"
#include "alarms/AlarmFeed.h"
#include "alarms/AlarmsPage.h"
#include "checklist/ChecklistService.h"
#include "core/Clock.h"
#include "shell/MainWindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace shiftdesk;
using namespace shiftdesk::test;
using shiftdesk::fake::FakeSlack;

class TestAlarmsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SlackTestEnvironment> m_env;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<ChecklistService> m_checklist;
    std::unique_ptr<SlackConnection> m_connection;
    std::unique_ptr<AlarmFeed> m_feed;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<SlackTestEnvironment>();
        FakeSlack* slack = m_env->slack.get();
        slack->addChannel(QStringLiteral("C0HIGH"), QStringLiteral("high-priority-alarms"));
        slack->addChannel(QStringLiteral("C0LOW"), QStringLiteral("low-priority-alarms"));
        slack->postMessage(QStringLiteral("C0LOW"),
                           alertmanagerPost(QStringLiteral("Node-Disk-Space-Low"), true,
                                            QStringLiteral("warning"),
                                            QStringLiteral("10.0.0.1:9100")));
        QVERIFY(m_env->storeTokens(true));
        m_clock = std::make_unique<SystemClock>();
        m_checklist = std::make_unique<ChecklistService>(*m_env->profile->database,
                                                         *m_env->profile->settings, *m_clock);
        QVERIFY(m_checklist->start(nullptr));
        m_connection = m_env->connect();
        m_feed = std::make_unique<AlarmFeed>(*m_env->profile->database, *m_env->profile->settings,
                                             *m_clock, m_connection.get());
        m_feed->setPollIntervals(500, 5000);
        QVERIFY(m_feed->start(nullptr));
        m_window = std::make_unique<MainWindow>(AppServices{m_env->profile->settings.get(),
                                                            m_clock.get(), m_checklist.get(),
                                                            m_connection.get(), m_feed.get()});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_connection->start();
    }

    void cleanup()
    {
        m_window.reset();
        m_feed.reset();
        m_connection.reset();
        m_checklist.reset();
        m_clock.reset();
        m_env.reset();
    }

    void acknowledgeByMouseReachesSlack()
    {
        m_window->tabs()->setCurrentIndex(MainWindow::AlarmsTab);
        AlarmsPage* page = m_window->alarmsPage();
        QVERIFY(page);
        QListView* feed = page->feedView();
        QTRY_COMPARE_WITH_TIMEOUT(feed->model()->rowCount(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_feed->isLive(), 10000);

        // A new high-priority alarm arrives live: badge and notification.
        QSignalSpy notified(m_window.get(), &MainWindow::notified);
        m_env->slack->postMessage(QStringLiteral("C0HIGH"),
                                  alertmanagerPost(QStringLiteral("KubeApiDown"), true,
                                                   QStringLiteral("critical"),
                                                   QStringLiteral("api")));
        QTRY_COMPARE_WITH_TIMEOUT(feed->model()->rowCount(), 2, 5000);
        QTRY_COMPARE(m_window->tabs()->tabText(MainWindow::AlarmsTab),
                     QStringLiteral("Alarms (1)"));
        QTRY_COMPARE(notified.size(), 1);
        QVERIFY(notified.at(0).at(0).toString().contains(QStringLiteral("KubeApiDown")));

        // Newest first: select it by mouse; reading it clears the badge.
        const QModelIndex first = feed->model()->index(0, 0);
        QCOMPARE(first.data(AlarmModel::TitleRole).toString(), QStringLiteral("KubeApiDown"));
        QTest::mouseClick(feed->viewport(), Qt::LeftButton, {}, feed->visualRect(first).center());
        QTRY_COMPARE(m_window->tabs()->tabText(MainWindow::AlarmsTab), QStringLiteral("Alarms"));
        AlarmDetail* detail = page->detail();
        QTRY_VERIFY(
            detail->body()->toPlainText().contains(QStringLiteral("needs attention on api")));

        auto* ack = detail->findChild<QPushButton*>(QStringLiteral("ackButton"));
        QVERIFY(ack->isEnabled());
        QTest::mouseClick(ack, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_env->slack->callCount(QStringLiteral("reactions.add")), 1,
                                  5000);
        QCOMPARE(m_env->slack->requests().last().params.value(QStringLiteral("name")).toString(),
                 QStringLiteral("eyes"));
        QVERIFY(!ack->isEnabled());
        QTRY_VERIFY(
            first.data(AlarmModel::LookersRole).toStringList().contains(QStringLiteral("you")));
    }

    void filtersNarrowTheFeed()
    {
        m_window->tabs()->setCurrentIndex(MainWindow::AlarmsTab);
        AlarmsPage* page = m_window->alarmsPage();
        QTRY_COMPARE_WITH_TIMEOUT(page->feedView()->model()->rowCount(), 1, 10000);
        m_env->slack->postMessage(QStringLiteral("C0HIGH"),
                                  alertmanagerPost(QStringLiteral("KubeApiDown"), true,
                                                   QStringLiteral("critical"),
                                                   QStringLiteral("api")));
        QTRY_COMPARE_WITH_TIMEOUT(page->feedView()->model()->rowCount(), 2, 10000);
        QTest::keyClicks(page->searchEdit(), QStringLiteral("10.0.0.1"));
        QCOMPARE(page->feedView()->model()->rowCount(), 1);
        page->searchEdit()->clear();
        QCOMPARE(page->feedView()->model()->rowCount(), 2);
        QTest::keyClicks(page->searchEdit(), QStringLiteral("no-such-thing"));
        QCOMPARE(page->feedView()->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestAlarmsPage)
#include "tst_alarmspage.moc"
