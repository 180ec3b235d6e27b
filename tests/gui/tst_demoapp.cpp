// The demo workspace as `shiftdesk --demo` runs it (AppSession in demo mode): every feature
// works against its in-process fake Slack and GitHub — claiming a support request, posting an
// announcement, raising a ticket on the board and posting the handover — and all of it lands in
// the fakes, never anywhere else.
#include "FakeClock.h"
#include "FakeGitHub.h"
#include "FakeSlack.h"
#include "announce/AnnounceService.h"
#include "announce/AnnounceStore.h"
#include "board/BoardService.h"
#include "core/Settings.h"
#include "demo/DemoWorkspace.h"
#include "handover/HandoverService.h"
#include "shell/AppSession.h"
#include "shell/MainWindow.h"
#include "slack/SlackConnection.h"
#include "support/SupportFeed.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace shiftdesk;
using namespace shiftdesk::test;

namespace {

// Messages of a fake channel whose text contains `needle` (thread replies included).
int countMessages(const fake::FakeSlack& slack, const QString& channel, const QString& needle)
{
    int n = 0;
    for (const QJsonValue& v : slack.messages(channel))
        n += v.toObject().value(QLatin1String("text")).toString().contains(needle) ? 1 : 0;
    return n;
}

// Who reacted with :eyes: to message `ts` of the support channel.
QStringList eyesFrom(const fake::FakeSlack& slack, const QString& ts)
{
    for (const QJsonValue& v : slack.messages(DemoWorkspace::kSupportChannel)) {
        const QJsonObject m = v.toObject();
        if (m.value(QLatin1String("ts")).toString() != ts)
            continue;
        for (const QJsonValue& r : m.value(QLatin1String("reactions")).toArray()) {
            const QJsonObject reaction = r.toObject();
            if (reaction.value(QLatin1String("name")).toString() == QLatin1String("eyes")) {
                QStringList users;
                for (const QJsonValue& u : reaction.value(QLatin1String("users")).toArray())
                    users.append(u.toString());
                return users;
            }
        }
    }
    return {};
}

} // namespace

class TestDemoApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_session = std::make_unique<AppSession>(Profile(QStringLiteral("demo"),
                                                         m_dir.filePath(QStringLiteral("config")),
                                                         m_dir.filePath(QStringLiteral("data"))),
                                                 AppSession::Demo, nullptr, m_clock);
        QString error;
        QVERIFY2(m_session->start(&error), qPrintable(error));
        m_session->demo()->setPace(0);
        // Nothing points outside this machine.
        QCOMPARE(m_session->settings().slackConfig().apiBase.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(m_session->settings().gitHubConfig().apiBase.host(), QStringLiteral("127.0.0.1"));
        m_session->window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_session->window()));
        m_session->startBackground();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->slack()->isConnected(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->support()->hasLoaded(), 10000);
        QVERIFY(m_session->window()->banner()->isVisible()); // "this is the demo"
    }

    void cleanupTestCase() { m_session.reset(); }

    void claimASupportRequest()
    {
        // A request nobody has claimed yet.
        QString ts;
        for (const SupportRequest& r : m_session->support()->unanswered()) {
            if (r.state == SupportRequest::State::New) {
                ts = r.ts;
                break;
            }
        }
        QVERIFY(!ts.isEmpty());
        fake::FakeSlack* slack = m_session->demo()->slack();
        QVERIFY(!eyesFrom(*slack, ts).contains(DemoWorkspace::kYou));
        m_session->support()->claim(ts);
        QTRY_VERIFY_WITH_TIMEOUT(eyesFrom(*slack, ts).contains(DemoWorkspace::kYou), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->support()->queue().request(ts)->state ==
                                     SupportRequest::State::Claimed,
                                 10000);
    }

    void postAnAnnouncement()
    {
        AnnounceService* announce = m_session->announce();
        const qint64 id = announce->newDraft(QStringLiteral("incident"));
        std::optional<AnnounceDraft> draft = announce->store().draft(id);
        QVERIFY(draft);
        draft->text = QStringLiteral(":red_circle: *Incident: demo deploys failing*\nWe are "
                                     "looking into it and will update at 11:30.");
        QVERIFY(announce->saveDraft(*draft));
        // Shared with the callback, so a late answer after a timeout writes nowhere stale.
        auto outcome = std::make_shared<std::optional<PostOutcome>>();
        announce->post(id, this, [outcome](const PostOutcome& o) { *outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome->has_value(), 10000);
        QVERIFY2((*outcome)->posted(), qPrintable((*outcome)->message));
        QCOMPARE(countMessages(*m_session->demo()->slack(), DemoWorkspace::kSupportChannel,
                               QStringLiteral("Incident: demo deploys failing")),
                 1);
        QVERIFY(!announce->openPromises().isEmpty()); // the 11:30 update is now a promise
    }

    void raiseATicket()
    {
        BoardService* board = m_session->board();
        QTRY_COMPARE_WITH_TIMEOUT(board->model()->rowCount(), 30, 15000); // the demo's board
        NewIssue issue;
        issue.title = QStringLiteral("Demo: namespace for the new service");
        issue.body = QStringLiteral("Raised from the demo workspace.");
        issue.labels = {QStringLiteral("support-request")};
        auto outcome = std::make_shared<std::optional<BoardService::TicketOutcome>>();
        board->createTicket(issue, this,
                            [outcome](const BoardService::TicketOutcome& o) { *outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome->has_value(), 10000);
        QVERIFY2((*outcome)->created, qPrintable((*outcome)->message));
        QVERIFY((*outcome)->addedToProject);
        int found = 0;
        for (const QJsonValue& v : m_session->demo()->github()->issues(
                 QStringLiteral("ministryofjustice/cloud-platform")))
            found += v.toObject().value(QLatin1String("title")).toString() == issue.title;
        QCOMPARE(found, 1);
    }

    void postTheHandover()
    {
        HandoverService* handover = m_session->handover();
        const QString wire = QStringLiteral("*Handover to on-call · demo*\n• Nothing firing.");
        auto outcome = std::make_shared<std::optional<PostOutcome>>();
        handover->post(wire, this, [outcome](const PostOutcome& o) { *outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome->has_value(), 10000);
        QVERIFY2((*outcome)->posted(), qPrintable((*outcome)->message));
        QCOMPARE(countMessages(*m_session->demo()->slack(), DemoWorkspace::kTeamChannel,
                               QStringLiteral("Nothing firing.")),
                 1);
    }

private:
    QTemporaryDir m_dir;
    FakeClock m_clock{london(2026, 11, 27, 10, 40)};
    std::unique_ptr<AppSession> m_session;
};

QTEST_MAIN(TestDemoApp)
#include "tst_demoapp.moc"
