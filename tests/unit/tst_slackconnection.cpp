// Connecting Slack: token test with identity and missing scopes, saving tokens (one at a time
// without losing the other), a refused app token not taking the bot connection down.
#include "SlackTestEnvironment.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace shiftdesk;
using namespace shiftdesk::test;
using shiftdesk::fake::FakeSlack;

class TestSlackConnection : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SlackTestEnvironment> m_env;
    FakeSlack* m_slack = nullptr;
    MemorySecretStore* m_secrets = nullptr;
    std::unique_ptr<SlackConnection> m_connection;

    QString stored(const QString& key)
    {
        std::optional<SecretStore::Result> r;
        m_secrets->read(key, this, [&r](const SecretStore::Result& result) { r = result; });
        if (!QTest::qWaitFor([&r]() { return r.has_value(); }, 5000))
            return QStringLiteral("<timeout>");
        return r->ok() ? r->value : QString();
    }

    void save(const QString& bot, const QString& app)
    {
        std::optional<SecretStore::Result> r;
        m_connection->saveTokens(bot, app, this,
                                 [&r](const SecretStore::Result& result) { r = result; });
        QTRY_VERIFY(r.has_value());
        QVERIFY(r->ok());
    }

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<SlackTestEnvironment>();
        m_slack = m_env->slack.get();
        m_secrets = m_env->secrets.get();
        m_connection = m_env->connect();
        m_connection->socketMode()->setBackoff(50, 200);
    }

    void cleanup()
    {
        m_connection.reset();
        m_env.reset();
    }

    void notConfiguredSaysWhatToDo()
    {
        m_connection->start();
        QTRY_COMPARE(m_connection->state(), SlackConnection::State::NotConfigured);
        QVERIFY(m_connection->statusText().contains(QStringLiteral("Preferences")));
    }

    void testTokenListsMissingScopesByName()
    {
        m_slack->setScopes({QStringLiteral("channels:read"), QStringLiteral("channels:history"),
                            QStringLiteral("chat:write")});
        std::optional<SlackConnection::TestResult> result;
        m_connection->testToken(QStringLiteral("xoxb-test-token"), m_slack->apiBaseUrl(), this,
                                [&result](const SlackConnection::TestResult& t) { result = t; });
        QTRY_VERIFY(result.has_value());
        QVERIFY2(result->result.ok(), qPrintable(result->result.message));
        QVERIFY(!result->identity.team.isEmpty());
        QVERIFY(result->missingScopes.contains(QStringLiteral("reactions:write")));
        QVERIFY(result->missingScopes.contains(QStringLiteral("groups:history")));
        QVERIFY(!result->missingScopes.contains(QStringLiteral("chat:write")));

        result.reset();
        m_connection->testToken(QStringLiteral("xoxb-bad"), m_slack->apiBaseUrl(), this,
                                [&result](const SlackConnection::TestResult& t) { result = t; });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->result.error, QStringLiteral("invalid_auth"));
        // Nothing was saved by testing.
        QCOMPARE(stored(SlackConnection::kBotTokenKey), QString());
    }

    void savingOneTokenKeepsTheOther()
    {
        save(QStringLiteral("xoxb-test-token"), QStringLiteral("xapp-test-token"));
        QTRY_COMPARE(m_connection->state(), SlackConnection::State::Connected);
        QVERIFY(m_connection->hasAppToken());
        save(QString(), QStringLiteral("xapp-new")); // only the app token typed
        QCOMPARE(stored(SlackConnection::kBotTokenKey), QStringLiteral("xoxb-test-token"));
        QCOMPARE(stored(SlackConnection::kAppTokenKey), QStringLiteral("xapp-new"));
        save(QStringLiteral("xoxb-test-token"), QString()); // only the bot token typed
        QCOMPARE(stored(SlackConnection::kAppTokenKey), QStringLiteral("xapp-new"));
        QVERIFY(m_connection->hasAppToken());
    }

    void refusedAppTokenKeepsTheBotConnection()
    {
        save(QStringLiteral("xoxb-test-token"), QStringLiteral("xapp-wrong"));
        QTRY_COMPARE(m_connection->state(), SlackConnection::State::Connected);
        QSignalSpy problems(m_connection->socketMode(), &SocketModeClient::problem);
        QTRY_VERIFY(!problems.isEmpty());
        QCOMPARE(m_connection->state(), SlackConnection::State::Connected);
    }

    void revokedBotTokenNeedsTheUser()
    {
        save(QStringLiteral("xoxb-test-token"), QString());
        QTRY_COMPARE(m_connection->state(), SlackConnection::State::Connected);
        m_slack->setBotToken(QStringLiteral("xoxb-rotated"));
        m_connection->reconnect();
        QTRY_COMPARE(m_connection->state(), SlackConnection::State::AuthFailed);
        QVERIFY(m_connection->statusText().contains(QStringLiteral("Preferences")));
    }
};

QTEST_GUILESS_MAIN(TestSlackConnection)
#include "tst_slackconnection.moc"
