// The demo workspace (shiftdesk --demo): the fakes start on loopback, the profile points at
// them with their tokens, and every tab's service finds a support day there — alarms, the
// support queue, the board — which goes on as the script advances.
#include "FakeClock.h"
#include "TestProfile.h"
#include "alarms/AlarmFeed.h"
#include "board/BoardService.h"
#include "demo/DemoWorkspace.h"
#include "github/GitHubConnection.h"
#include "secrets/KeychainSecretStore.h"
#include "slack/SlackConnection.h"
#include "support/SupportFeed.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace shiftdesk;
using namespace shiftdesk::test;

class TestDemoWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSupportDayInEveryTab()
    {
        TestProfile profile;
        MemorySecretStore secrets;
        FakeClock clock(QDateTime::currentDateTimeUtc());
        DemoWorkspace demo;
        QString error;
        QVERIFY2(demo.start(*profile.settings, secrets, clock.now(), &error), qPrintable(error));
        demo.setPace(0);
        QVERIFY(profile.settings->slackConfig().apiBase.host() == QLatin1String("127.0.0.1"));
        QVERIFY(profile.settings->gitHubConfig().apiBase.host() == QLatin1String("127.0.0.1"));

        QNetworkAccessManager network;
        SlackConnection slack(profile.settings.get(), &secrets, &network);
        AlarmFeed alarms(*profile.database, *profile.settings, clock, &slack);
        SupportFeed support(*profile.database, *profile.settings, clock, &slack);
        GitHubConnection github(profile.settings.get(), &secrets, &network);
        BoardService board(*profile.settings, clock, &github);
        QVERIFY(alarms.start(&error));
        support.start();
        slack.start();
        github.start();
        board.start();
        QTRY_VERIFY_WITH_TIMEOUT(slack.isConnected(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(support.hasLoaded(), 10000);
        QCOMPARE(support.model()->rowCount(), 5);
        QCOMPARE(support.unansweredCount(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(alarms.model()->rowCount() >= 6, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(board.model()->rowCount(), 30, 15000);

        // The day goes on: a new question arrives and is seen live.
        QTRY_VERIFY_WITH_TIMEOUT(support.isLive(), 10000);
        demo.advance();
        QTRY_COMPARE(support.unansweredCount(), 4);
        demo.advance(); // an alarm fires
        QTRY_VERIFY(alarms.model()->rowCount() >= 7);
    }
};

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "tst_demoworkspace.moc"
