// First run: with neither Slack nor GitHub set up, the window welcomes the user with the way to
// the demo workspace and to connecting; once either is set up, the welcome goes.
#include "FakeClock.h"
#include "TestProfile.h"
#include "checklist/ChecklistService.h"
#include "github/GitHubConnection.h"
#include "secrets/KeychainSecretStore.h"
#include "shell/MainWindow.h"
#include "shell/WelcomePanel.h"
#include "slack/SlackConnection.h"

#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTest>

using namespace shiftdesk;
using namespace shiftdesk::test;

class TestWelcome : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstRunOffersTheDemoUntilSomethingIsConnected()
    {
        TestProfile profile;
        FakeClock clock(london(2026, 11, 27, 9, 30));
        SlackConfig config = profile.settings->slackConfig();
        config.apiBase = QUrl(QStringLiteral("http://127.0.0.1:9/api/")); // never the internet
        profile.settings->setSlackConfig(config);
        ChecklistService checklist(*profile.database, *profile.settings, clock);
        QVERIFY(checklist.start(nullptr));
        MemorySecretStore secrets;
        QNetworkAccessManager network;
        SlackConnection slack(profile.settings.get(), &secrets, &network);
        GitHubConnection github(profile.settings.get(), &secrets, &network);
        AppServices services{profile.settings.get(), &clock, &checklist};
        services.slack = &slack;
        services.github = &github;
        MainWindow window(services);
        int demos = 0;
        window.setDemoLauncher([&demos]() { ++demos; });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.welcomePanel()->isHidden()); // not before the keychain was read
        slack.start();
        github.start();
        QTRY_VERIFY(window.welcomePanel()->isVisible());
        QTest::mouseClick(window.welcomePanel()->demoButton(), Qt::LeftButton);
        QCOMPARE(demos, 1);

        // A token appears (saved in the preferences): the welcome goes.
        bool stored = false;
        secrets.write(SlackConnection::kBotTokenKey, QStringLiteral("xoxb-x"), &secrets,
                      [&stored](const SecretStore::Result&) { stored = true; });
        QTRY_VERIFY(stored);
        slack.start();
        QTRY_VERIFY(window.welcomePanel()->isHidden());
    }
};

QTEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
