#pragma once

#include "FakeSlack.h"
#include "TestProfile.h"
#include "secrets/KeychainSecretStore.h"
#include "slack/SlackConnection.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

namespace shiftdesk::test {

// A fake Slack on loopback, a throw-away profile pointing at it, a network manager and an
// in-memory secret store: what a test of anything talking to Slack starts from.
struct SlackTestEnvironment
{
    SlackTestEnvironment()
        : slack(std::make_unique<fake::FakeSlack>())
        , profile(std::make_unique<TestProfile>())
        , network(std::make_unique<QNetworkAccessManager>())
        , secrets(std::make_unique<MemorySecretStore>())
    {
        if (!slack->start())
            qFatal("the fake Slack did not start");
        SlackConfig config = profile->settings->slackConfig();
        config.apiBase = slack->apiBaseUrl();
        profile->settings->setSlackConfig(config);
    }

    // Puts tokens in the secret store, as if saved in the preferences.
    bool storeTokens(bool withAppToken)
    {
        int pending = withAppToken ? 2 : 1;
        auto done = [&pending](const SecretStore::Result&) { --pending; };
        secrets->write(SlackConnection::kBotTokenKey, QStringLiteral("xoxb-test-token"),
                       secrets.get(), done);
        if (withAppToken)
            secrets->write(SlackConnection::kAppTokenKey, QStringLiteral("xapp-test-token"),
                           secrets.get(), done);
        return QTest::qWaitFor([&pending]() { return pending == 0; }, 5000);
    }

    std::unique_ptr<SlackConnection> connect()
    {
        return std::make_unique<SlackConnection>(profile->settings.get(), secrets.get(),
                                                 network.get());
    }

    std::unique_ptr<fake::FakeSlack> slack;
    std::unique_ptr<TestProfile> profile;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<MemorySecretStore> secrets;
};

} // namespace shiftdesk::test
