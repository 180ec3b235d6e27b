// Posting announcements against the local fake Slack: never a second post, whatever goes wrong.
#include "FakeSlack.h"
#include "announce/AnnouncePoster.h"
#include "slack/SlackClient.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>
#include <optional>

using namespace shiftdesk;
using shiftdesk::fake::FakeFault;
using shiftdesk::fake::FakeSlack;

namespace {
const QString kChannel = QStringLiteral("C0ANNOUNCE");
const QString kText = QStringLiteral(":loudspeaker: *ANNOUNCEMENT:* Postgres upgrade on "
                                     "<https://example.com|CLA> &amp; friends.\nWe will update "
                                     "at 1PM and 3PM.");
} // namespace

class TestAnnouncePoster : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeSlack> m_slack;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SlackClient> m_client;
    std::unique_ptr<AnnouncePoster> m_poster;

    static FakeFault fault(FakeFault::Kind kind, int delayMs = 0)
    {
        FakeFault f;
        f.kind = kind;
        f.delayMs = delayMs;
        return f;
    }

    PostRequest request(const QString& threadTs = {}) const
    {
        PostRequest r;
        r.channelId = kChannel;
        r.channelName = QStringLiteral("ask-cloud-platform");
        r.text = kText;
        r.threadTs = threadTs;
        r.selfUserId = QStringLiteral("U0BOT");
        r.selfBotId = QStringLiteral("B0BOT");
        return r;
    }

    PostOutcome run(const std::function<void(AnnouncePoster::Done)>& start)
    {
        std::optional<PostOutcome> out;
        start([&out](const PostOutcome& o) { out = o; });
        if (!QTest::qWaitFor([&out]() { return out.has_value(); }, 20000))
            QTest::qFail("the poster never answered", __FILE__, __LINE__);
        return out.value_or(PostOutcome());
    }

    PostOutcome post(const PostRequest& r)
    {
        return run([&](AnnouncePoster::Done done) { m_poster->post(r, this, done); });
    }

    // Top-level messages (and replies) the fake stored with our text.
    int stored(const QString& text = kText) const
    {
        int n = 0;
        for (const QJsonValue& v : m_slack->messages(kChannel))
            n += v.toObject().value(QLatin1String("text")).toString() == text ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void init()
    {
        m_slack = std::make_unique<FakeSlack>();
        QVERIFY(m_slack->start());
        m_slack->setBotIdentity(QStringLiteral("U0BOT"), QStringLiteral("B0BOT"),
                                QStringLiteral("shiftdesk"));
        m_slack->addChannel(kChannel, QStringLiteral("ask-cloud-platform"));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<SlackClient>(m_network.get());
        QVERIFY(m_client->setBaseUrl(m_slack->apiBaseUrl()));
        m_client->setToken(QStringLiteral("xoxb-test-token"));
        m_client->setRetryPolicy(3, 50);
        m_client->setTimeout(1000);
        m_client->setDefaultRetryAfter(1);
        m_poster = std::make_unique<AnnouncePoster>(*m_client);
        m_poster->setVerifyDelays({0, 600});
    }

    void cleanup()
    {
        m_poster.reset();
        m_client.reset();
        m_network.reset();
        m_slack.reset();
    }

    void postsOnceAndReturnsThePermalink()
    {
        const PostOutcome out = post(request());
        QVERIFY2(out.posted(), qPrintable(out.message));
        QVERIFY(!out.ts.isEmpty());
        QVERIFY(!out.foundAfterUnknown);
        QVERIFY(out.permalink.contains(QStringLiteral("/archives/C0ANNOUNCE/p")));
        QVERIFY(out.message.contains(QStringLiteral("#ask-cloud-platform")));
        QCOMPARE(m_slack->callCount(QStringLiteral("chat.postMessage")), 1);
        QCOMPARE(stored(), 1);
        QCOMPARE(m_slack->callCount(QStringLiteral("conversations.history")), 0);
    }

    void threadReplyGoesToTheThreadAndMayBroadcast()
    {
        const PostOutcome first = post(request());
        QVERIFY(first.posted());
        PostRequest reply = request(first.ts);
        reply.text = QStringLiteral("*UPDATE:* going well.");
        reply.broadcast = true;
        const PostOutcome out = post(reply);
        QVERIFY2(out.posted(), qPrintable(out.message));
        QVERIFY(out.permalink.contains(QStringLiteral("thread_ts=") + first.ts));
        const auto requests = m_slack->requests();
        const auto& last = *std::find_if(requests.crbegin(), requests.crend(), [](const auto& r) {
            return r.method == QLatin1String("chat.postMessage");
        });
        QCOMPARE(last.params.value(QStringLiteral("thread_ts")).toString(), first.ts);
        QVERIFY(last.params.value(QStringLiteral("reply_broadcast")).toBool());
    }

    void rateLimitIsExplainedAndNotRetried_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("rate_limited (chat.postMessage)") << int(FakeFault::Kind::PostRateLimited);
        QTest::newRow("HTTP 429 + Retry-After") << int(FakeFault::Kind::RateLimited);
    }

    void rateLimitIsExplainedAndNotRetried()
    {
        QFETCH(int, kind);
        FakeFault f = fault(FakeFault::Kind(kind));
        f.retryAfterSeconds = 30;
        m_slack->injectFault(QStringLiteral("chat.postMessage"), f);
        const PostOutcome out = post(request());
        QCOMPARE(out.state, PostOutcome::State::NotPosted);
        QVERIFY2(out.message.contains(QStringLiteral("limiting")), qPrintable(out.message));
        QVERIFY(out.message.contains(QStringLiteral("draft is kept")));
        QCOMPARE(m_slack->callCount(QStringLiteral("chat.postMessage")), 1);
        QCOMPARE(stored(), 0);
    }

    void refusalsSayWhatToDo()
    {
        m_slack->injectFault(QStringLiteral("chat.postMessage"),
                             fault(FakeFault::Kind::NotInChannel));
        const PostOutcome out = post(request());
        QCOMPARE(out.state, PostOutcome::State::NotPosted);
        QVERIFY2(out.message.contains(QStringLiteral("/invite")), qPrintable(out.message));
    }

    // The answer is lost after Slack stored the message: look, find it, never post again.
    void lostAnswerButArrivedIsNotPostedTwice_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("delayMs");
        QTest::newRow("connection dropped after sending")
            << int(FakeFault::Kind::DropAfterProcessing) << 0;
        QTest::newRow("reply cut off") << int(FakeFault::Kind::TruncatedReply) << 0;
    }

    void lostAnswerButArrivedIsNotPostedTwice()
    {
        QFETCH(int, kind);
        QFETCH(int, delayMs);
        m_slack->injectFault(QStringLiteral("chat.postMessage"),
                             fault(FakeFault::Kind(kind), delayMs));
        const PostOutcome out = post(request());
        QVERIFY2(out.posted(), qPrintable(out.message));
        QVERIFY(out.foundAfterUnknown);
        QVERIFY(out.message.contains(QStringLiteral("posted once")));
        QVERIFY(!out.permalink.isEmpty());
        QTest::qWait(200);
        QCOMPARE(m_slack->callCount(QStringLiteral("chat.postMessage")), 1);
        QCOMPARE(stored(), 1);
        QVERIFY(m_slack->callCount(QStringLiteral("conversations.history")) >= 1);
    }

    // A timeout where Slack stored the message only after the client gave up: the first look
    // misses it, the second finds it.
    void timeoutThenLateArrivalIsFound()
    {
        m_slack->injectFault(QStringLiteral("chat.postMessage"),
                             fault(FakeFault::Kind::Slow, 1400)); // client timeout: 1000 ms
        m_poster->setVerifyDelays({0, 1500});
        const PostOutcome out = post(request());
        QVERIFY2(out.posted(), qPrintable(out.message));
        QVERIFY(out.foundAfterUnknown);
        QCOMPARE(out.result.kind, SlackResult::Kind::Timeout);
        QCOMPARE(m_slack->callCount(QStringLiteral("chat.postMessage")), 1);
        QCOMPARE(stored(), 1);
    }

    // The request never reached Slack's storage: not found, so posting again is safe.
    void lostRequestIsReportedNotPostedAndCanBeSentAgain()
    {
        m_slack->injectFault(QStringLiteral("chat.postMessage"),
                             fault(FakeFault::Kind::DropBeforeProcessing));
        const PostOutcome out = post(request());
        QCOMPARE(out.state, PostOutcome::State::NotPosted);
        QVERIFY2(out.message.contains(QStringLiteral("not posted")), qPrintable(out.message));
        QCOMPARE(stored(), 0);
        QCOMPARE(m_slack->callCount(QStringLiteral("conversations.history")), 2); // two looks

        const PostOutcome again = post(request());
        QVERIFY(again.posted());
        QCOMPARE(stored(), 1);
    }

    void aServerErrorIsCheckedBeforeSayingNotPosted()
    {
        m_slack->injectFault(QStringLiteral("chat.postMessage"), fault(FakeFault::Kind::Http500));
        const PostOutcome out = post(request());
        QCOMPARE(out.state, PostOutcome::State::NotPosted);
        QVERIFY(m_slack->callCount(QStringLiteral("conversations.history")) >= 1);
        QCOMPARE(m_slack->callCount(QStringLiteral("chat.postMessage")), 1);
    }

    // If the look fails too, nobody can say: the user is told to check before posting again.
    void unknownWhenTheLookFailsToo()
    {
        m_slack->injectFault(QStringLiteral("chat.postMessage"),
                             fault(FakeFault::Kind::DropAfterProcessing));
        m_slack->injectFault(QStringLiteral("conversations.history"),
                             fault(FakeFault::Kind::Http503), 10);
        const PostOutcome out = post(request());
        QCOMPARE(out.state, PostOutcome::State::Unknown);
        QVERIFY2(out.message.contains(QStringLiteral("Look in #ask-cloud-platform")),
                 qPrintable(out.message));
        QCOMPARE(m_slack->callCount(QStringLiteral("chat.postMessage")), 1);
    }

    // After a crash in the middle of a post: look without posting.
    void verifyFindsAnEarlierPostWithoutPosting()
    {
        QJsonObject mine{{QStringLiteral("text"), kText},
                         {QStringLiteral("user"), QStringLiteral("U0BOT")},
                         {QStringLiteral("bot_id"), QStringLiteral("B0BOT")}};
        m_slack->postMessage(kChannel, mine);
        PostRequest r = request();
        r.attemptedAt = QDateTime::currentDateTimeUtc().addSecs(-30);
        const PostOutcome out =
            run([&](AnnouncePoster::Done done) { m_poster->verify(r, this, done); });
        QVERIFY2(out.posted(), qPrintable(out.message));
        QCOMPARE(m_slack->callCount(QStringLiteral("chat.postMessage")), 0);
    }

    // Only our own message with the same text counts; a teammate's copy, a message we already
    // recorded, or one in another thread does not.
    void onlyOurOwnUnrecordedMessageMatches()
    {
        const QString teammate = m_slack->postMessage(
            kChannel, QJsonObject{{QStringLiteral("text"), kText},
                                  {QStringLiteral("user"), QStringLiteral("U0PERSON")}});
        const QString recorded = m_slack->postMessage(
            kChannel, QJsonObject{{QStringLiteral("text"), kText},
                                  {QStringLiteral("user"), QStringLiteral("U0BOT")},
                                  {QStringLiteral("bot_id"), QStringLiteral("B0BOT")}});
        PostRequest r = request();
        r.attemptedAt = QDateTime::currentDateTimeUtc();
        r.knownTs = {recorded};
        const PostOutcome out =
            run([&](AnnouncePoster::Done done) { m_poster->verify(r, this, done); });
        QCOMPARE(out.state, PostOutcome::State::NotPosted);
        QVERIFY(!teammate.isEmpty());

        // Slack's own rewriting (bare URL linked, entities) still matches.
        QJsonObject echoed{{QStringLiteral("text"), QStringLiteral("see <https://x.example>")},
                           {QStringLiteral("bot_id"), QStringLiteral("B0BOT")}};
        PostRequest plain = request();
        plain.text = QStringLiteral("see https://x.example");
        QVERIFY(AnnouncePoster::matches(echoed, plain));
        echoed.insert(QStringLiteral("thread_ts"), QStringLiteral("1.000001"));
        echoed.insert(QStringLiteral("ts"), QStringLiteral("2.000001"));
        QVERIFY(!AnnouncePoster::matches(echoed, plain)); // a reply is not a new announcement
    }

    void lostThreadReplyIsFoundInTheThread()
    {
        const PostOutcome first = post(request());
        QVERIFY(first.posted());
        PostRequest reply = request(first.ts);
        reply.text = QStringLiteral("*UPDATE:* all instances upgraded. Next update at 3PM.");
        m_slack->injectFault(QStringLiteral("chat.postMessage"),
                             fault(FakeFault::Kind::DropAfterProcessing));
        const PostOutcome out = post(reply);
        QVERIFY2(out.posted(), qPrintable(out.message));
        QVERIFY(out.foundAfterUnknown);
        QVERIFY(m_slack->callCount(QStringLiteral("conversations.replies")) >= 1);
        QCOMPARE(stored(reply.text), 1);
        QCOMPARE(m_slack->callCount(QStringLiteral("chat.postMessage")), 2);
    }
};

QTEST_GUILESS_MAIN(TestAnnouncePoster)
#include "tst_announceposter.moc"
