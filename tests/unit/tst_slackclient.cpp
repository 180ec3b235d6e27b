// The Slack Web API client against the local fake Slack: every documented behaviour and fault.
#include "FakeSlack.h"
#include "slack/SlackClient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace shiftdesk;
using shiftdesk::fake::FakeFault;
using shiftdesk::fake::FakeSlack;

class TestSlackClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeSlack> m_slack;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SlackClient> m_client;

    // Runs one call and waits for its result.
    SlackResult wait(const std::function<void(SlackClient::Callback)>& start, int timeoutMs = 15000)
    {
        std::optional<SlackResult> result;
        start([&result](const SlackResult& r) { result = r; });
        if (!QTest::qWaitFor([&result]() { return result.has_value(); }, timeoutMs))
            QTest::qFail("no answer from the client in time", __FILE__, __LINE__);
        return result.value_or(SlackResult());
    }

    static FakeFault fault(FakeFault::Kind kind)
    {
        FakeFault f;
        f.kind = kind;
        return f;
    }

private Q_SLOTS:
    void init()
    {
        m_slack = std::make_unique<FakeSlack>();
        QVERIFY(m_slack->start());
        m_slack->addChannel(QStringLiteral("C0HIGH"), QStringLiteral("high-priority-alarms"));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<SlackClient>(m_network.get());
        QVERIFY(m_client->setBaseUrl(m_slack->apiBaseUrl()));
        m_client->setToken(QStringLiteral("xoxb-test-token"));
        m_client->setRetryPolicy(3, 50);
        m_client->setTimeout(3000);
        m_client->setDefaultRetryAfter(1);
    }

    void cleanup()
    {
        m_client.reset();
        m_network.reset();
        m_slack.reset();
    }

    void baseUrlMustBeHttpsOrLoopback()
    {
        SlackClient client(m_network.get());
        QString why;
        QVERIFY(!client.setBaseUrl(QUrl(QStringLiteral("http://slack.example.com/api/")), &why));
        QVERIFY(why.contains(QStringLiteral("https")));
        QVERIFY(client.setBaseUrl(QUrl(QStringLiteral("https://slack.example.com/api"))));
        QCOMPARE(client.baseUrl().toString(), QStringLiteral("https://slack.example.com/api/"));
        QVERIFY(client.setBaseUrl(QUrl(QStringLiteral("http://localhost:8080/api/"))));
        QVERIFY(!client.setBaseUrl(QUrl(QStringLiteral("https://user:pw@slack.example.com/"))));
    }

    void authTestReportsIdentityAndScopes()
    {
        const SlackResult r = wait([this](auto done) { m_client->authTest(this, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(!r.body.value(QLatin1String("team")).toString().isEmpty());
        QVERIFY(r.scopes.contains(QStringLiteral("chat:write")));
        const auto requests = m_slack->requests();
        QCOMPARE(requests.last().method, QStringLiteral("auth.test"));
        QVERIFY(requests.last().bearer); // token in the Authorization header, not the body
        QVERIFY(!requests.last().params.contains(QStringLiteral("token")));
    }

    void invalidAuthIsAnAuthProblem()
    {
        QSignalSpy authProblem(m_client.get(), &SlackClient::authProblem);
        m_client->setToken(QStringLiteral("xoxb-wrong"));
        const SlackResult r = wait([this](auto done) { m_client->authTest(this, done); });
        QCOMPARE(r.kind, SlackResult::Kind::ApiError);
        QCOMPARE(r.error, QStringLiteral("invalid_auth"));
        QVERIFY(r.isAuthProblem());
        QVERIFY(r.message.contains(QStringLiteral("Preferences")));
        QVERIFY(!r.message.contains(QStringLiteral("xoxb")));
        QCOMPARE(authProblem.size(), 1);
        QCOMPARE(m_slack->callCount(QStringLiteral("auth.test")), 1); // not retried
    }

    void missingScopeNamesTheScope()
    {
        FakeFault f = fault(FakeFault::Kind::MissingScope);
        f.needed = QStringLiteral("channels:history");
        m_slack->injectFault(QStringLiteral("conversations.history"), f);
        const SlackResult r = wait([this](auto done) {
            m_client->history({QStringLiteral("C0HIGH"), {}, {}, false, 100, {}}, this, done);
        });
        QCOMPARE(r.error, QStringLiteral("missing_scope"));
        QCOMPARE(r.needed, QStringLiteral("channels:history"));
        QVERIFY(r.message.contains(QStringLiteral("channels:history")));
    }

    void notInChannelExplainsTheInvite()
    {
        m_slack->injectFault(QStringLiteral("conversations.history"),
                             fault(FakeFault::Kind::NotInChannel));
        const SlackResult r = wait([this](auto done) {
            m_client->history({QStringLiteral("C0HIGH"), {}, {}, false, 100, {}}, this, done);
        });
        QCOMPARE(r.error, QStringLiteral("not_in_channel"));
        QVERIFY(r.message.contains(QStringLiteral("/invite")));
    }

    void listChannelsFollowsCursorsToTheEnd()
    {
        for (int i = 0; i < 7; ++i)
            m_slack->addChannel(QStringLiteral("C0%1").arg(i), QStringLiteral("chan-%1").arg(i));
        m_slack->addChannel(QStringLiteral("G0SECRET"), QStringLiteral("secret"), true, false);
        m_slack->setPageSizeCap(3); // short pages are not the end; only an empty cursor is
        std::optional<QList<SlackChannel>> channels;
        m_client->listChannels(QStringLiteral("public_channel,private_channel"), this,
                               [&channels](const QList<SlackChannel>& list, const SlackResult& r) {
                                   QVERIFY(r.ok());
                                   channels = list;
                               });
        QTRY_VERIFY(channels.has_value());
        QCOMPARE(channels->size(), 8); // 7 + high-priority-alarms; the private one is hidden
        QVERIFY(m_slack->callCount(QStringLiteral("conversations.list")) >= 3);
        QVERIFY(std::any_of(channels->cbegin(), channels->cend(), [](const SlackChannel& c) {
            return c.name == QLatin1String("high-priority-alarms") &&
                   c.id == QLatin1String("C0HIGH");
        }));
    }

    void historyPagesWithOldestAndCursor()
    {
        QStringList posted;
        for (int i = 0; i < 5; ++i)
            posted << m_slack->postMessage(
                QStringLiteral("C0HIGH"), {{QStringLiteral("text"), QStringLiteral("m%1").arg(i)}});
        m_slack->setPageSizeCap(2);
        QStringList seen;
        QString cursor;
        for (int page = 0; page < 5; ++page) {
            const SlackResult r = wait([&](auto done) {
                m_client->history({QStringLiteral("C0HIGH"), posted[0], {}, false, 100, cursor},
                                  this, done);
            });
            QVERIFY(r.ok());
            for (const QJsonValue& v : r.body.value(QLatin1String("messages")).toArray())
                seen << v.toObject().value(QLatin1String("ts")).toString();
            cursor = r.body.value(QLatin1String("response_metadata"))
                         .toObject()
                         .value(QLatin1String("next_cursor"))
                         .toString();
            if (!r.body.value(QLatin1String("has_more")).toBool() || cursor.isEmpty())
                break;
        }
        seen.sort();
        QCOMPARE(seen, posted.mid(1)); // oldest is exclusive
    }

    void rateLimitedReadWaitsAndRetries()
    {
        QSignalSpy limited(m_client.get(), &SlackClient::rateLimited);
        FakeFault f = fault(FakeFault::Kind::RateLimited);
        f.retryAfterSeconds = 1;
        m_slack->injectFault(QStringLiteral("auth.test"), f);
        QElapsedTimer timer;
        timer.start();
        const SlackResult r = wait([this](auto done) { m_client->authTest(this, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(timer.elapsed() >= 950); // honoured Retry-After
        QCOMPARE(r.attempts, 2);
        QCOMPARE(limited.size(), 1);
        QCOMPARE(limited.at(0).at(1).toInt(), 1);
    }

    void rateLimitWithoutRetryAfterUsesTheDefault()
    {
        m_slack->injectFault(QStringLiteral("auth.test"),
                             fault(FakeFault::Kind::RateLimitedNoRetryAfter));
        QElapsedTimer timer;
        timer.start();
        const SlackResult r = wait([this](auto done) { m_client->authTest(this, done); });
        QVERIFY(r.ok());
        QVERIFY(timer.elapsed() >= 950);
    }

    void rateLimitPausesTheMethodForOtherCalls()
    {
        FakeFault f = fault(FakeFault::Kind::RateLimited);
        f.retryAfterSeconds = 1;
        m_slack->injectFault(QStringLiteral("chat.postMessage"), f);
        const SlackResult first = wait([this](auto done) {
            m_client->postMessage(QStringLiteral("C0HIGH"), QStringLiteral("hi"), {}, false, this,
                                  done);
        });
        QCOMPARE(first.kind, SlackResult::Kind::RateLimited); // writes are not retried
        QCOMPARE(first.retryAfterSeconds, 1);
        QElapsedTimer timer;
        timer.start();
        const SlackResult second = wait([this](auto done) {
            m_client->postMessage(QStringLiteral("C0HIGH"), QStringLiteral("hi"), {}, false, this,
                                  done);
        });
        QVERIFY(second.ok());
        QVERIFY(timer.elapsed() >= 500); // waited for the rest of the pause
        QCOMPARE(m_slack->messages(QStringLiteral("C0HIGH")).size(), 1);
    }

    void transientReadFailuresAreRetried_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("500") << int(FakeFault::Kind::Http500);
        QTest::newRow("503") << int(FakeFault::Kind::Http503);
        QTest::newRow("malformed json") << int(FakeFault::Kind::MalformedJson);
        QTest::newRow("html page") << int(FakeFault::Kind::HtmlErrorPage);
        QTest::newRow("dropped") << int(FakeFault::Kind::DropBeforeProcessing);
    }

    void transientReadFailuresAreRetried()
    {
        QFETCH(int, kind);
        m_slack->injectFault(QStringLiteral("conversations.history"), fault(FakeFault::Kind(kind)));
        const SlackResult r = wait([this](auto done) {
            m_client->history({QStringLiteral("C0HIGH"), {}, {}, false, 100, {}}, this, done);
        });
        QVERIFY2(r.ok(), qPrintable(r.message));
        // The failed request and the repeat both reached the server. (For a dropped connection
        // Qt itself may repeat a read before the client sees an error; either is fine for reads.)
        QCOMPARE(m_slack->callCount(QStringLiteral("conversations.history")), 2);
    }

    void persistentFailureIsReportedClearly_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("expected");
        QTest::newRow("500") << int(FakeFault::Kind::Http500) << int(SlackResult::Kind::HttpError);
        QTest::newRow("malformed")
            << int(FakeFault::Kind::MalformedJson) << int(SlackResult::Kind::BadResponse);
        QTest::newRow("html") << int(FakeFault::Kind::HtmlErrorPage)
                              << int(SlackResult::Kind::HttpError);
    }

    void persistentFailureIsReportedClearly()
    {
        QFETCH(int, kind);
        QFETCH(int, expected);
        m_slack->injectFault(QStringLiteral("conversations.history"), fault(FakeFault::Kind(kind)),
                             3);
        const SlackResult r = wait([this](auto done) {
            m_client->history({QStringLiteral("C0HIGH"), {}, {}, false, 100, {}}, this, done);
        });
        QCOMPARE(int(r.kind), expected);
        QCOMPARE(r.attempts, 3);
        QVERIFY(!r.message.isEmpty());
        QVERIFY(!r.message.contains(QStringLiteral("<html"), Qt::CaseInsensitive));
    }

    void slowReadTimesOutAndRetries()
    {
        m_client->setTimeout(300);
        FakeFault f = fault(FakeFault::Kind::Slow);
        f.delayMs = 1500;
        m_slack->injectFault(QStringLiteral("auth.test"), f);
        const SlackResult r = wait([this](auto done) { m_client->authTest(this, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.attempts, 2);
    }

    void lostAnswerToAWriteIsNeverRetried()
    {
        m_slack->injectFault(QStringLiteral("chat.postMessage"),
                             fault(FakeFault::Kind::DropAfterProcessing));
        const SlackResult r = wait([this](auto done) {
            m_client->postMessage(QStringLiteral("C0HIGH"), QStringLiteral("*ANNOUNCEMENT*"), {},
                                  false, this, done);
        });
        QVERIFY2(!r.ok(),
                 qPrintable(QStringLiteral("posted %1 times")
                                .arg(m_slack->callCount(QStringLiteral("chat.postMessage")))));
        QVERIFY(r.outcomeUnknown);
        QVERIFY(r.message.contains(QStringLiteral("may or may not")));
        QTest::qWait(300);
        // Exactly one post reached Slack: nothing (not even Qt) sent it again.
        QCOMPARE(m_slack->callCount(QStringLiteral("chat.postMessage")), 1);
        QCOMPARE(m_slack->messages(QStringLiteral("C0HIGH")).size(), 1);
    }

    void droppedWriteIsNeverRepeated()
    {
        m_slack->injectFault(QStringLiteral("reactions.add"),
                             fault(FakeFault::Kind::DropBeforeProcessing));
        const QString ts = m_slack->postMessage(QStringLiteral("C0HIGH"),
                                                {{QStringLiteral("text"), QStringLiteral("x")}});
        const SlackResult r = wait([&](auto done) {
            m_client->addReaction(QStringLiteral("C0HIGH"), ts, QStringLiteral("eyes"), this, done);
        });
        QVERIFY(!r.ok());
        QVERIFY(r.outcomeUnknown); // the client cannot tell whether it arrived
        QTest::qWait(200);
        QCOMPARE(m_slack->callCount(QStringLiteral("reactions.add")), 1);
    }

    void slowWriteTimesOutWithUnknownOutcome()
    {
        m_client->setTimeout(300);
        FakeFault f = fault(FakeFault::Kind::Slow);
        f.delayMs = 1000;
        m_slack->injectFault(QStringLiteral("chat.postMessage"), f);
        const SlackResult r = wait([this](auto done) {
            m_client->postMessage(QStringLiteral("C0HIGH"), QStringLiteral("update"), {}, false,
                                  this, done);
        });
        QCOMPARE(r.kind, SlackResult::Kind::Timeout);
        QVERIFY(r.outcomeUnknown);
        QCOMPARE(r.attempts, 1);
    }

    void refusedConnectionIsKnownNotSent()
    {
        SlackClient client(m_network.get());
        QVERIFY(client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1/api/"))));
        client.setToken(QStringLiteral("xoxb-x"));
        client.setRetryPolicy(1, 0);
        std::optional<SlackResult> result;
        client.postMessage(QStringLiteral("C1"), QStringLiteral("x"), {}, false, this,
                           [&result](const SlackResult& r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->kind, SlackResult::Kind::NetworkError);
        QVERIFY(!result->outcomeUnknown);
        QVERIFY(result->message.contains(QStringLiteral("Cannot reach Slack")));
    }

    void postRateLimitedIsNotRetried()
    {
        m_slack->injectFault(QStringLiteral("chat.postMessage"),
                             fault(FakeFault::Kind::PostRateLimited));
        const SlackResult r = wait([this](auto done) {
            m_client->postMessage(QStringLiteral("C0HIGH"), QStringLiteral("x"), {}, false, this,
                                  done);
        });
        QCOMPARE(r.kind, SlackResult::Kind::RateLimited);
        QCOMPARE(r.error, QStringLiteral("rate_limited"));
        QCOMPARE(m_slack->callCount(QStringLiteral("chat.postMessage")), 1);
        QCOMPARE(m_slack->messages(QStringLiteral("C0HIGH")).size(), 0);
    }

    void textSurvivesEncoding()
    {
        const QString text = QStringLiteral("C++ & <b>x</b> 100% + ünïcödé 🔥 a=b&c=d");
        const SlackResult r = wait([&](auto done) {
            m_client->postMessage(QStringLiteral("C0HIGH"), text, {}, false, this, done);
        });
        QVERIFY2(r.ok(), qPrintable(r.message));
        const auto request = m_slack->requests().last();
        QVERIFY(request.contentType.startsWith(QStringLiteral("application/json")));
        QCOMPARE(request.params.value(QStringLiteral("text")).toString(), text);
        // A form/query value with '+' must not turn into a space.
        const QString ts = r.body.value(QLatin1String("ts")).toString();
        const SlackResult add = wait([&](auto done) {
            m_client->addReaction(QStringLiteral("C0HIGH"), ts, QStringLiteral("+1"), this, done);
        });
        QVERIFY2(add.ok(), qPrintable(add.message));
        const SlackResult removed = wait([&](auto done) {
            m_client->removeReaction(QStringLiteral("C0HIGH"), ts, QStringLiteral("+1"), this,
                                     done);
        });
        QVERIFY2(removed.ok(), qPrintable(removed.message));
        QCOMPARE(m_slack->requests().last().params.value(QStringLiteral("name")).toString(),
                 QStringLiteral("+1"));
    }

    void threadRepliesAndPermalinks()
    {
        const SlackResult parent = wait([this](auto done) {
            m_client->postMessage(QStringLiteral("C0HIGH"), QStringLiteral("parent"), {}, false,
                                  this, done);
        });
        const QString ts = parent.body.value(QLatin1String("ts")).toString();
        const SlackResult reply = wait([&](auto done) {
            m_client->postMessage(QStringLiteral("C0HIGH"), QStringLiteral("update"), ts, true,
                                  this, done);
        });
        QVERIFY(reply.ok());
        const SlackResult thread = wait(
            [&](auto done) { m_client->replies(QStringLiteral("C0HIGH"), ts, {}, this, done); });
        QVERIFY(thread.ok());
        QCOMPARE(thread.body.value(QLatin1String("messages")).toArray().size(), 2);
        const SlackResult link =
            wait([&](auto done) { m_client->permalink(QStringLiteral("C0HIGH"), ts, this, done); });
        QVERIFY(link.ok());
        QVERIFY(link.body.value(QLatin1String("permalink"))
                    .toString()
                    .contains(QStringLiteral("/archives/C0HIGH/p")));
    }

    void usersAreCachedAndShared()
    {
        m_slack->addUser({{QStringLiteral("id"), QStringLiteral("U0PRIYA")},
                          {QStringLiteral("name"), QStringLiteral("priya")},
                          {QStringLiteral("real_name"), QStringLiteral("Priya Patel")}});
        int answers = 0;
        for (int i = 0; i < 3; ++i)
            m_client->userInfo(QStringLiteral("U0PRIYA"), this, [&answers](const SlackResult& r) {
                QVERIFY(r.ok());
                ++answers;
            });
        QTRY_COMPARE(answers, 3);
        m_client->userInfo(QStringLiteral("U0PRIYA"), this,
                           [&answers](const SlackResult&) { ++answers; });
        QTRY_COMPARE(answers, 4);
        QCOMPARE(m_slack->callCount(QStringLiteral("users.info")), 1);
        QCOMPARE(m_client->cachedUser(QStringLiteral("U0PRIYA"))
                     .value(QLatin1String("real_name"))
                     .toString(),
                 QStringLiteral("Priya Patel"));
    }

    void shutdownCancelsWithoutCallingBack()
    {
        FakeFault f = fault(FakeFault::Kind::Slow);
        f.delayMs = 2000;
        m_slack->injectFault(QStringLiteral("auth.test"), f);
        bool called = false;
        m_client->authTest(this, [&called](const SlackResult&) { called = true; });
        QCOMPARE(m_client->inFlight(), 1);
        m_client.reset();
        QTest::qWait(100);
        QVERIFY(!called);
    }

    void deadContextIsNotCalledBack()
    {
        auto context = std::make_unique<QObject>();
        bool called = false;
        m_client->authTest(context.get(), [&called](const SlackResult&) { called = true; });
        context.reset();
        QTRY_COMPARE(m_client->inFlight(), 0);
        QTest::qWait(50);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestSlackClient)
#include "tst_slackclient.moc"
