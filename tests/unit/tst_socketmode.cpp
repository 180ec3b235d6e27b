// Socket Mode against the fake Slack: hello, acks, de-duplication, disconnect and drops.
#include "FakeSlack.h"
#include "slack/SlackClient.h"
#include "slack/SocketModeClient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace shiftdesk;
using shiftdesk::fake::FakeSlack;

class TestSocketMode : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeSlack> m_slack;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SlackClient> m_client;
    std::unique_ptr<SocketModeClient> m_socket;

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
        m_client->setRetryPolicy(1, 10);
        m_socket = std::make_unique<SocketModeClient>(m_client.get());
        m_socket->setAppToken(QStringLiteral("xapp-test-token"));
        m_socket->setBackoff(50, 400);
    }

    void cleanup()
    {
        m_socket.reset();
        m_client.reset();
        m_network.reset();
        m_slack.reset();
    }

    void connectsAfterHelloAndAcksEveryEnvelope()
    {
        QSignalSpy connected(m_socket.get(), &SocketModeClient::connected);
        QSignalSpy events(m_socket.get(), &SocketModeClient::eventReceived);
        m_socket->start();
        QTRY_COMPARE(connected.size(), 1);
        QVERIFY(m_socket->isConnected());
        QCOMPARE(m_slack->connectionsOpened(), 1);
        // apps.connections.open used the app token in the header.
        const auto open = m_slack->requests().last();
        QCOMPARE(open.method, QStringLiteral("apps.connections.open"));
        QVERIFY(open.bearer);

        const QString ts = m_slack->postMessage(QStringLiteral("C0HIGH"),
                                                {{QStringLiteral("text"), QStringLiteral("boom")}});
        QTRY_COMPARE(events.size(), 1);
        const QJsonObject event = events.at(0).at(0).toJsonObject();
        QCOMPARE(event.value(QLatin1String("type")).toString(), QStringLiteral("message"));
        QCOMPARE(event.value(QLatin1String("ts")).toString(), ts);
        QTRY_COMPARE(m_slack->ackedEnvelopeIds().size(), 1);
    }

    void redeliveriesAreDeliveredOnce()
    {
        QSignalSpy connected(m_socket.get(), &SocketModeClient::connected);
        QSignalSpy events(m_socket.get(), &SocketModeClient::eventReceived);
        m_slack->setRedeliverUnackedAfterMs(0); // redelivers before our ack can arrive
        m_socket->start();
        QTRY_COMPARE(connected.size(), 1);
        m_slack->postMessage(QStringLiteral("C0HIGH"),
                             {{QStringLiteral("text"), QStringLiteral("x")}});
        QTRY_VERIFY(m_slack->sentEnvelopes().size() >= 2);
        QTest::qWait(200);
        int deliveries = 0;
        for (const QJsonObject& envelope : m_slack->sentEnvelopes()) {
            if (envelope.value(QLatin1String("type")).toString() == QLatin1String("events_api"))
                ++deliveries;
        }
        QVERIFY2(deliveries >= 2, "the fake did not redeliver; the test proves nothing");
        QCOMPARE(events.size(), 1);
    }

    void disconnectGetsAFreshUrl()
    {
        QSignalSpy connected(m_socket.get(), &SocketModeClient::connected);
        m_socket->start();
        QTRY_COMPARE(connected.size(), 1);
        m_slack->sendDisconnect(QStringLiteral("refresh_requested"));
        QTRY_COMPARE(connected.size(), 2);
        QCOMPARE(m_slack->connectionsOpened(), 2); // tickets are single-use
        QTRY_COMPARE(m_slack->activeSocketConnections(), 1);
    }

    void droppedConnectionReconnectsWithBackoff()
    {
        QSignalSpy connected(m_socket.get(), &SocketModeClient::connected);
        QSignalSpy disconnected(m_socket.get(), &SocketModeClient::disconnected);
        QSignalSpy events(m_socket.get(), &SocketModeClient::eventReceived);
        m_socket->start();
        QTRY_COMPARE(connected.size(), 1);
        m_slack->dropSocketConnections();
        QTRY_COMPARE(disconnected.size(), 1);
        QTRY_COMPARE(connected.size(), 2);
        m_slack->postMessage(QStringLiteral("C0HIGH"),
                             {{QStringLiteral("text"), QStringLiteral("after")}});
        QTRY_COMPARE(events.size(), 1);
    }

    void refusedAppTokenIsReportedAndRetried()
    {
        QSignalSpy problems(m_socket.get(), &SocketModeClient::problem);
        m_socket->setAppToken(QStringLiteral("xapp-wrong"));
        m_socket->start();
        QTRY_VERIFY(problems.size() >= 2); // keeps trying with backoff, reporting each time
        QVERIFY(problems.at(0).at(0).toString().contains(QStringLiteral("token")));
        QVERIFY(!m_socket->isConnected());
        m_socket->stop();
        QCOMPARE(m_socket->state(), SocketModeClient::State::Stopped);
    }

    void withoutAppTokenItSaysWhy()
    {
        QSignalSpy problems(m_socket.get(), &SocketModeClient::problem);
        m_socket->setAppToken(QString());
        m_socket->start();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(m_socket->state(), SocketModeClient::State::Stopped);
        QCOMPARE(m_slack->connectionsOpened(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSocketMode)
#include "tst_socketmode.moc"
