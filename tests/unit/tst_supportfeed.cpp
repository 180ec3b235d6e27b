// The support queue against the fake Slack: request states from history, thread replies and
// :eyes: reactions (with pagination and live events), claiming, the 15-minute rule with an
// injected clock across restarts, the ticket prefill and the thread reply that is never posted
// twice.
#include "FakeClock.h"
#include "SlackTestEnvironment.h"
#include "github/IssueTemplate.h"
#include "support/SupportFeed.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace shiftdesk;
using namespace shiftdesk::test;
using shiftdesk::fake::FakeFault;

namespace {
const QString kChannel = QStringLiteral("C0SUPPORT1");
const QString kAna = QStringLiteral("U0ANA");
const QString kBen = QStringLiteral("U0BEN");
const QString kBot = QStringLiteral("U0FAKEBOT01");

QJsonObject msg(const QString& user, const QString& text)
{
    return {{QStringLiteral("type"), QStringLiteral("message")},
            {QStringLiteral("user"), user},
            {QStringLiteral("text"), text}};
}

QJsonObject user(const QString& id, const QString& display)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), display.toLower()},
            {QStringLiteral("real_name"), QString(display + QStringLiteral(" Example"))},
            {QStringLiteral("profile"), QJsonObject{{QStringLiteral("display_name"), display}}}};
}
} // namespace

class TestSupportFeed : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SlackTestEnvironment> m_env;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<SlackConnection> m_connection;
    std::unique_ptr<SupportFeed> m_feed;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_new, m_claimed, m_answered, m_ticketed, m_askerOnly;

    void startFeed(bool withSocket = false)
    {
        m_connection = m_env->connect();
        m_connection->socketMode()->setBackoff(50, 500);
        m_feed = std::make_unique<SupportFeed>(*m_env->profile->database, *m_env->profile->settings,
                                               *m_clock, m_connection.get());
        m_feed->setPollIntervals(400, 3000);
        m_feed->poster()->setVerifyDelays({0, 500});
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_feed->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_feed->start();
        m_connection->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_feed->hasLoaded(), 10000);
        if (withSocket)
            QTRY_VERIFY_WITH_TIMEOUT(m_feed->isLive(), 10000);
    }

    void stopFeed()
    {
        m_tester.reset();
        m_feed.reset();
        m_connection.reset();
    }

    SupportRequest::State stateOf(const QString& ts) const
    {
        const auto r = m_feed->queue().request(ts);
        return r ? r->state : SupportRequest::State(-1);
    }

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<SlackTestEnvironment>();
        m_clock = std::make_unique<FakeClock>(QDateTime::currentDateTimeUtc());
        auto& slack = *m_env->slack;
        slack.addChannel(kChannel, QStringLiteral("ask-cloud-platform"));
        slack.addUser(user(QStringLiteral("U0ASK1"), QStringLiteral("Priya")));
        slack.addUser(user(kAna, QStringLiteral("Ana")));
        slack.addUser(user(kBen, QStringLiteral("Ben")));
        SupportConfig config = m_env->profile->settings->supportConfig();
        config.teamMembers = {kAna, kBen};
        m_env->profile->settings->setSupportConfig(config);

        m_new = slack.postMessage(
            kChannel, msg(QStringLiteral("U0ASK1"), QStringLiteral("How do I get a *namespace*?")));
        QJsonObject claimed = msg(QStringLiteral("U0ASK2"), QStringLiteral("Pods stuck pending"));
        claimed.insert(QStringLiteral("reactions"),
                       QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("eyes")},
                                              {QStringLiteral("users"), QJsonArray{kAna}},
                                              {QStringLiteral("count"), 1}}});
        m_claimed = slack.postMessage(kChannel, claimed);
        m_answered = slack.postMessage(
            kChannel, msg(QStringLiteral("U0ASK3"), QStringLiteral("Is the API down?")));
        slack.postReply(kChannel, m_answered, msg(kAna, QStringLiteral("No, all green.")));
        m_ticketed = slack.postMessage(
            kChannel, msg(QStringLiteral("U0ASK4"), QStringLiteral("Need a new RDS instance")));
        slack.postReply(kChannel, m_ticketed,
                        msg(kBen, QStringLiteral("Raised <https://github.com/ministryofjustice/"
                                                 "cloud-platform/issues/123|#123> for this")));
        m_askerOnly = slack.postMessage(
            kChannel, msg(QStringLiteral("U0ASK5"), QStringLiteral("Anyone around?")));
        slack.postReply(kChannel, m_askerOnly, msg(QStringLiteral("U0ASK5"), QStringLiteral("?")));
        slack.postMessage(kChannel, msg(kBen, QStringLiteral("Reminder: maintenance tonight")));
        QJsonObject join = msg(QStringLiteral("U0NEW"), QStringLiteral("has joined"));
        join.insert(QStringLiteral("subtype"), QStringLiteral("channel_join"));
        slack.postMessage(kChannel, join);
        QVERIFY(m_env->storeTokens(false));
    }

    void cleanup()
    {
        stopFeed();
        m_clock.reset();
        m_env.reset();
    }

    void statesFromHistoryRepliesAndReactions()
    {
        m_env->slack->setPageSizeCap(2); // the history comes in several cursor pages
        startFeed();
        QTRY_COMPARE(m_feed->model()->rowCount(), 5);
        QTRY_VERIFY(stateOf(m_ticketed) == SupportRequest::State::Ticketed);
        QVERIFY(stateOf(m_new) == SupportRequest::State::New);
        QVERIFY(stateOf(m_claimed) == SupportRequest::State::Claimed);
        QVERIFY(stateOf(m_answered) == SupportRequest::State::Answered);
        QVERIFY(stateOf(m_askerOnly) == SupportRequest::State::New); // the asker's own reply
        QCOMPARE(m_feed->queue().request(m_ticketed)->ticketUrl,
                 QStringLiteral("https://github.com/ministryofjustice/cloud-platform/issues/123"));
        QCOMPARE(m_feed->queue().request(m_claimed)->claimedBy, QStringList{kAna});
        QCOMPARE(m_feed->unansweredCount(), 3);
        QVERIFY(m_env->slack->callCount(QStringLiteral("conversations.history")) >= 4);

        const SupportModel* model = m_feed->model();
        const int row = model->rowOf(m_claimed);
        QTRY_COMPARE(model->index(row).data(SupportModel::StateTextRole).toString(),
                     QStringLiteral("Claimed by Ana"));
        QTRY_COMPARE(model->index(model->rowOf(m_new)).data(SupportModel::AskerRole).toString(),
                     QStringLiteral("Priya"));
    }

    void liveRepliesAnswerRequests()
    {
        m_env->profile->settings->setSupportConfig(m_env->profile->settings->supportConfig());
        QVERIFY(m_env->storeTokens(true));
        startFeed(true);
        QSignalSpy unanswered(m_feed.get(), &SupportFeed::unansweredChanged);
        m_env->slack->postReply(kChannel, m_new, msg(kBen, QStringLiteral("See the user guide")));
        QTRY_VERIFY(stateOf(m_new) == SupportRequest::State::Answered);
        QCOMPARE(m_feed->unansweredCount(), 2);
        QVERIFY(!unanswered.isEmpty());
        QCOMPARE(unanswered.last().at(0).toInt(), 2);
        const QString later = m_env->slack->postMessage(
            kChannel, msg(QStringLiteral("U0ASK6"), QStringLiteral("New question")));
        QTRY_VERIFY(stateOf(later) == SupportRequest::State::New);
        QCOMPARE(m_feed->unansweredCount(), 3);
    }

    void claimAddsEyesAndPromptsAfterFifteenMinutesOnceAcrossRestarts()
    {
        startFeed();
        QSignalSpy due(m_feed.get(), &SupportFeed::claimDue);
        m_feed->claim(m_new);
        QTRY_VERIFY(stateOf(m_new) == SupportRequest::State::Claimed);
        QVERIFY(m_feed->queue().request(m_new)->claimedBy.contains(kBot));
        QVERIFY(m_feed->timers().isClaimed(kChannel, m_new));
        bool reacted = false;
        for (const QJsonValue& v : m_env->slack->messages(kChannel)) {
            const QJsonObject m = v.toObject();
            if (m.value(QStringLiteral("ts")).toString() == m_new)
                reacted = QJsonDocument(m.value(QStringLiteral("reactions")).toArray())
                              .toJson()
                              .contains("eyes");
        }
        QVERIFY(reacted);
        const auto row = m_feed->model()->rowOf(m_new);
        QVERIFY(m_feed->model()->index(row).data(SupportModel::ClaimedByMeRole).toBool());

        m_clock->advance(10 * 60);
        QCOMPARE(due.count(), 0);
        // Restart: the claim and its start time come back from the database.
        stopFeed();
        m_env->profile->reopen();
        startFeed();
        QSignalSpy dueAfter(m_feed.get(), &SupportFeed::claimDue);
        m_clock->advance(4 * 60);
        QCOMPARE(dueAfter.count(), 0);
        m_clock->advance(60);
        QCOMPARE(dueAfter.count(), 1);
        QCOMPARE(dueAfter.at(0).at(0).value<SupportRequest>().ts, m_new);
        m_clock->advance(60);
        QCOMPARE(dueAfter.count(), 1);
        // Another restart does not ask again.
        stopFeed();
        m_env->profile->reopen();
        startFeed();
        QSignalSpy again(m_feed.get(), &SupportFeed::claimDue);
        m_clock->advance(60);
        m_feed->checkClaims();
        QCOMPARE(again.count(), 0);
    }

    void unclaimStopsTheTimer()
    {
        startFeed();
        QSignalSpy due(m_feed.get(), &SupportFeed::claimDue);
        m_feed->claim(m_new);
        QTRY_VERIFY(m_feed->timers().isClaimed(kChannel, m_new));
        m_feed->unclaim(m_new);
        QTRY_VERIFY(!m_feed->timers().isClaimed(kChannel, m_new));
        QVERIFY(stateOf(m_new) == SupportRequest::State::New);
        m_clock->advance(20 * 60);
        QCOMPARE(due.count(), 0);
    }

    void ticketPrefillAndThreadReply()
    {
        startFeed();
        m_feed->claim(m_new);
        QTRY_VERIFY(m_feed->timers().isClaimed(kChannel, m_new));
        SlackContext context;
        bool done = false;
        m_feed->ticketContext(m_new, this, [&](const SlackContext& c, const QString& error) {
            QVERIFY(error.isEmpty());
            context = c;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(context.author, QStringLiteral("Priya"));
        QCOMPARE(context.channel, QStringLiteral("ask-cloud-platform"));
        QCOMPARE(context.messageTs, m_new);
        QVERIFY2(context.permalink.startsWith(QStringLiteral("http")),
                 qPrintable(context.permalink));
        const QString body = context.markdown();
        QVERIFY2(body.contains(context.permalink), qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("> How do I get a namespace?")), qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("Priya")), qPrintable(body));

        const QString reply = m_feed->ticketReplyText(
            m_new, QStringLiteral("https://github.com/ministryofjustice/cloud-platform/issues/77"),
            77);
        QVERIFY(reply.startsWith(QStringLiteral("<@U0ASK1>")));
        QVERIFY(reply.contains(
            QStringLiteral("<https://github.com/ministryofjustice/cloud-platform/issues/77|#77>")));
        PostOutcome outcome;
        done = false;
        m_feed->postReply(m_new, reply, this, [&](const PostOutcome& o) {
            outcome = o;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY2(outcome.posted(), qPrintable(outcome.message));
        QVERIFY(stateOf(m_new) == SupportRequest::State::Ticketed);
        QVERIFY(!m_feed->timers().isClaimed(kChannel, m_new)); // ticketed: no prompt
        int replies = 0;
        for (const QJsonValue& v : m_env->slack->messages(kChannel)) {
            const QJsonObject m = v.toObject();
            if (m.value(QStringLiteral("thread_ts")).toString() == m_new &&
                m.value(QStringLiteral("text")).toString() == reply)
                ++replies;
        }
        QCOMPARE(replies, 1);
        // It stays ticketed when the thread is read again.
        m_feed->refresh();
        QTRY_VERIFY(m_env->slack->callCount(QStringLiteral("conversations.replies")) > 0);
        QTest::qWait(300);
        QVERIFY(stateOf(m_new) == SupportRequest::State::Ticketed);
    }

    void lostAnswerIsNotPostedTwice()
    {
        startFeed();
        m_env->slack->injectFault(QStringLiteral("chat.postMessage"),
                                  {FakeFault::Kind::DropAfterProcessing});
        const QString reply = QStringLiteral("Raised <https://github.com/o/r/issues/5|#5>");
        PostOutcome outcome;
        bool done = false;
        m_feed->postReply(m_new, reply, this, [&](const PostOutcome& o) {
            outcome = o;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(outcome.posted(), qPrintable(outcome.message));
        QVERIFY(outcome.foundAfterUnknown);
        QCOMPARE(m_env->slack->callCount(QStringLiteral("chat.postMessage")), 1);
        int replies = 0;
        for (const QJsonValue& v : m_env->slack->messages(kChannel)) {
            if (v.toObject().value(QStringLiteral("text")).toString() == reply)
                ++replies;
        }
        QCOMPARE(replies, 1);
    }

    void claimsEditsAndDeletionsSurviveThreadReads()
    {
        QVERIFY(m_env->storeTokens(true));
        startFeed(true);
        // m_askerOnly has a thread (the asker's own reply), read at start-up: its stored copy of
        // the request must not undo what happens to the request later.
        QTRY_VERIFY(m_env->slack->callCount(QStringLiteral("conversations.replies")) >= 3);
        m_feed->claim(m_askerOnly);
        QTRY_VERIFY(stateOf(m_askerOnly) == SupportRequest::State::Claimed);
        m_env->slack->editMessage(kChannel, m_askerOnly, QStringLiteral("Anyone around? (edited)"));
        QTRY_COMPARE(m_feed->queue().request(m_askerOnly)->text,
                     QStringLiteral("Anyone around? (edited)"));
        QVERIFY(stateOf(m_askerOnly) == SupportRequest::State::Claimed);
        m_feed->refresh();
        QTest::qWait(500);
        QVERIFY(stateOf(m_askerOnly) == SupportRequest::State::Claimed);
        QVERIFY(m_feed->timers().isClaimed(kChannel, m_askerOnly));
        QCOMPARE(m_feed->queue().request(m_askerOnly)->text,
                 QStringLiteral("Anyone around? (edited)"));
        // A deleted request with a thread leaves the queue, and stays gone after a read.
        m_env->slack->deleteMessage(kChannel, m_answered);
        QTRY_VERIFY(!m_feed->queue().request(m_answered).has_value());
        m_feed->refresh();
        QTest::qWait(500);
        QVERIFY(!m_feed->queue().request(m_answered).has_value());
        QCOMPARE(m_feed->model()->rowOf(m_answered), -1);
    }

    void changingTheChannelMidReadShowsOnlyTheNewOne()
    {
        const QString other = QStringLiteral("C0OTHER01");
        m_env->slack->addChannel(other, QStringLiteral("ask-other"));
        const QString theirs = m_env->slack->postMessage(
            other, msg(QStringLiteral("U0ASK9"), QStringLiteral("Question elsewhere")));
        startFeed();
        QTRY_COMPARE(m_feed->model()->rowCount(), 5);
        FakeFault slow;
        slow.kind = FakeFault::Kind::Slow;
        slow.delayMs = 700;
        m_env->slack->injectFault(QStringLiteral("conversations.history"), slow);
        m_feed->refresh(); // a read of the old channel is under way ...
        SlackConfig config = m_env->profile->settings->slackConfig();
        config.supportChannel = QStringLiteral("ask-other"); // ... when the channel changes
        m_env->profile->settings->setSlackConfig(config);
        QTRY_VERIFY_WITH_TIMEOUT(m_feed->hasLoaded() && m_feed->model()->rowCount() == 1, 10000);
        QCOMPARE(m_feed->channelId(), other);
        QTest::qWait(1000); // the old channel's answer arrives, and is dropped
        QCOMPARE(m_feed->model()->rowCount(), 1);
        QVERIFY(m_feed->queue().request(theirs).has_value());
        QCOMPARE(m_feed->unansweredCount(), 1);
    }

    void missingChannelIsExplained()
    {
        SlackConfig config = m_env->profile->settings->slackConfig();
        config.supportChannel = QStringLiteral("no-such-channel");
        m_env->profile->settings->setSlackConfig(config);
        m_connection = m_env->connect();
        m_feed = std::make_unique<SupportFeed>(*m_env->profile->database, *m_env->profile->settings,
                                               *m_clock, m_connection.get());
        QSignalSpy problem(m_feed.get(), &SupportFeed::problem);
        m_feed->start();
        m_connection->start();
        QTRY_VERIFY(!problem.isEmpty());
        QVERIFY2(m_feed->statusText().contains(QStringLiteral("#no-such-channel was not found")),
                 qPrintable(m_feed->statusText()));
        QCOMPARE(m_feed->model()->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSupportFeed)
#include "tst_supportfeed.moc"
