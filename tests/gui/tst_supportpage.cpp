// The Support tab in the real main window against the fake Slack and the fake GitHub: the
// queue and its badge, claiming a request (:eyes: in Slack), the 15-minute prompt, raising the
// ticket from it (prefilled with the asker, quote and permalink) and posting its link in the
// thread.
#include "FakeSlack.h"
#include "GitHubTestEnvironment.h"
#include "announce/MrkdwnPreview.h"
#include "board/BoardPage.h"
#include "board/TicketDialog.h"
#include "checklist/ChecklistModel.h"
#include "checklist/ChecklistService.h"
#include "shell/MainWindow.h"
#include "slack/SlackConnection.h"
#include "support/SupportFeed.h"
#include "support/SupportModel.h"
#include "support/SupportPage.h"
#include "support/TicketReplyDialog.h"

#include <QComboBox>
#include <QFrame>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace shiftdesk;
using namespace shiftdesk::test;

namespace {
const QString kChannel = QStringLiteral("C0SUPPORT1");
}

class TestSupportPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GitHubTestEnvironment> m_env;
    std::unique_ptr<fake::FakeSlack> m_slack;
    std::unique_ptr<SlackConnection> m_connection;
    std::unique_ptr<SupportFeed> m_feed;
    std::unique_ptr<ChecklistService> m_checklist;
    std::unique_ptr<MainWindow> m_window;
    QString m_request;

    SupportPage* page() const { return m_window->supportPage(); }

    QString stateText() const
    {
        const SupportModel* model = m_feed->model();
        return model->index(model->rowOf(m_request)).data(SupportModel::StateTextRole).toString();
    }

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<GitHubTestEnvironment>();
        m_env->clock->set(QDateTime::currentDateTimeUtc());
        m_env->useProject(true);
        m_env->addSupportTemplate();
        m_slack = std::make_unique<fake::FakeSlack>();
        QVERIFY(m_slack->start());
        m_slack->addChannel(kChannel, QStringLiteral("ask-cloud-platform"));
        m_slack->addUser(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("U0PRIYA")},
                        {QStringLiteral("name"), QStringLiteral("priya")},
                        {QStringLiteral("profile"),
                         QJsonObject{{QStringLiteral("display_name"), QStringLiteral("Priya")}}}});
        m_request = m_slack->postMessage(
            kChannel, QJsonObject{{QStringLiteral("type"), QStringLiteral("message")},
                                  {QStringLiteral("user"), QStringLiteral("U0PRIYA")},
                                  {QStringLiteral("text"),
                                   QStringLiteral("Can you restore our RDS snapshot from "
                                                  "yesterday? It is &lt;urgent&gt;")}});
        Settings& settings = *m_env->profile->settings;
        SlackConfig slackConfig = settings.slackConfig();
        slackConfig.apiBase = m_slack->apiBaseUrl();
        settings.setSlackConfig(slackConfig);

        bool stored = false;
        m_env->secrets->write(SlackConnection::kBotTokenKey, QStringLiteral("xoxb-test-token"),
                              m_env->secrets.get(),
                              [&stored](const SecretStore::Result&) { stored = true; });
        QTRY_VERIFY(stored);
        QVERIFY(m_env->storeToken());
        m_checklist =
            std::make_unique<ChecklistService>(*m_env->profile->database, settings, *m_env->clock);
        QVERIFY(m_checklist->start(nullptr));
        m_connection = std::make_unique<SlackConnection>(&settings, m_env->secrets.get(),
                                                         m_env->network.get());
        m_feed = std::make_unique<SupportFeed>(*m_env->profile->database, settings, *m_env->clock,
                                               m_connection.get());
        m_feed->poster()->setVerifyDelays({0, 500});
        m_env->connection = std::make_unique<GitHubConnection>(&settings, m_env->secrets.get(),
                                                               m_env->network.get());
        m_env->connection->client()->setMinWriteInterval(50);
        m_env->board =
            std::make_unique<BoardService>(settings, *m_env->clock, m_env->connection.get());
        AppServices services{&settings, m_env->clock.get(), m_checklist.get()};
        services.slack = m_connection.get();
        services.github = m_env->connection.get();
        services.board = m_env->board.get();
        services.support = m_feed.get();
        m_window = std::make_unique<MainWindow>(services);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_feed->start();
        m_connection->start();
        m_env->connection->start();
        m_env->board->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_feed->hasLoaded(), 10000);
    }

    void cleanup()
    {
        m_window.reset();
        m_feed.reset();
        m_connection.reset();
        m_env->board.reset();
        m_env->connection.reset();
        m_checklist.reset();
        m_slack.reset();
        m_env.reset();
    }

    void queueBadgeAndChecklistNote()
    {
        QCOMPARE(m_window->tabs()->tabText(MainWindow::SupportTab), QStringLiteral("Support (1)"));
        QCOMPARE(m_checklist->todayModel()->linkNote(QStringLiteral("support")),
                 QStringLiteral("1 unanswered"));
        m_window->openLink(QStringLiteral("support"));
        QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::SupportTab));
        QTRY_COMPARE(page()->list()->model()->rowCount(), 1);
        QVERIFY(page()->detail()->toPlainText().contains(QStringLiteral("It is <urgent>")));
        // Answered requests leave the open queue and the badge.
        m_slack->postReply(kChannel, m_request,
                           QJsonObject{{QStringLiteral("user"), QStringLiteral("U0FAKEBOT01")},
                                       {QStringLiteral("text"), QStringLiteral("On it")}});
        m_feed->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->tabs()->tabText(MainWindow::SupportTab),
                                  QStringLiteral("Support"), 10000);
        QCOMPARE(page()->list()->model()->rowCount(), 0);
        page()->scopeCombo()->setCurrentIndex(1); // all requests
        QCOMPARE(page()->list()->model()->rowCount(), 1);
    }

    void claimThenRaiseTicketAndPostItsLink()
    {
        m_window->tabs()->setCurrentIndex(MainWindow::SupportTab);
        QTRY_COMPARE(page()->currentTs(), m_request);
        QSignalSpy notified(m_window.get(), &MainWindow::notified);
        QTest::mouseClick(page()->claimButton(), Qt::LeftButton);
        QTRY_COMPARE(stateText(), QStringLiteral("Claimed by you"));
        QVERIFY(QJsonDocument(m_slack->messages(kChannel)
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("reactions"))
                                  .toArray())
                    .toJson()
                    .contains("\"eyes\""));
        QCOMPARE(page()->claimButton()->text(), QStringLiteral("Un&claim"));

        m_env->clock->advance(14 * 60);
        QVERIFY(page()->promptBanner()->isHidden());
        m_env->clock->advance(60);
        QTRY_VERIFY(page()->promptBanner()->isVisible());
        // Exactly one notification about the request (the clock is the real time of day, so a
        // checklist reminder may come too).
        int aboutRequest = 0;
        for (const QList<QVariant>& n : std::as_const(notified))
            aboutRequest += n.at(0).toString().contains(QStringLiteral("Priya")) ? 1 : 0;
        QCOMPARE(aboutRequest, 1);

        QTest::mouseClick(page()->promptTicketButton(), Qt::LeftButton);
        QTRY_COMPARE(m_window->tabs()->currentIndex(), int(MainWindow::BoardTab));
        QTRY_VERIFY(m_window->boardPage()->ticketDialog() != nullptr);
        TicketDialog* dialog = m_window->boardPage()->ticketDialog();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 10000);
        const QString body = dialog->bodyPreview();
        QVERIFY2(body.contains(QStringLiteral("Priya")), qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("/archives/C0SUPPORT1/p")), qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("> Can you restore our RDS snapshot")),
                 qPrintable(body));
        if (dialog->titleEdit()->text().isEmpty())
            QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Restore RDS snapshot"));
        const QString title = dialog->titleEdit()->text();
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);

        // After creation: back to the queue, with the link offered as a thread reply.
        TicketReplyDialog* reply = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((reply = page()->findChild<TicketReplyDialog*>()) != nullptr,
                                 15000);
        QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::SupportTab));
        qint64 number = 0;
        QString url;
        for (const QJsonValue& v : m_env->github->issues(GitHubTestEnvironment::kRepo)) {
            if (v.toObject().value(QLatin1String("title")).toString() == title) {
                number = v.toObject().value(QLatin1String("number")).toInteger();
                url = v.toObject().value(QLatin1String("html_url")).toString();
            }
        }
        QVERIFY(number > 0);
        QVERIFY2(reply->editor()->toPlainText().contains(
                     QStringLiteral("<%1|#%2>").arg(url).arg(number)),
                 qPrintable(reply->editor()->toPlainText()));
        QVERIFY(reply->preview()->toPlainText().contains(QStringLiteral("@Priya")));
        // Ctrl+Enter posts, as in every composer.
        reply->editor()->setFocus();
        QTest::keyClick(reply->editor(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(
            reply->message()->text().contains(QStringLiteral("Posted in the thread")), 10000);
        QVERIFY(!reply->postButton()->isEnabled()); // nothing to post twice
        int replies = 0;
        for (const QJsonValue& v : m_slack->messages(kChannel)) {
            if (v.toObject().value(QStringLiteral("thread_ts")).toString() == m_request &&
                v.toObject().value(QStringLiteral("text")).toString().contains(url))
                ++replies;
        }
        QCOMPARE(replies, 1);
        QTRY_COMPARE(stateText(), QStringLiteral("Ticketed"));
        QCOMPARE(m_window->tabs()->tabText(MainWindow::SupportTab), QStringLiteral("Support"));
    }
};

QTEST_MAIN(TestSupportPage)
#include "tst_supportpage.moc"
