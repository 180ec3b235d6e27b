#pragma once

#include "SlackClient.h"
#include "SlackConfig.h"
#include "SocketModeClient.h"
#include "secrets/SecretStore.h"

#include <QObject>

class QNetworkAccessManager;

namespace shiftdesk {

class Settings;

// Everything that makes "Slack is connected": the tokens (from the keychain), the Web API
// client, Socket Mode when an app token is set, and who we are in the workspace.
class SlackConnection : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Loading,       // reading tokens from the keychain
        NotConfigured, // no bot/user token
        Checking,      // auth.test in flight
        Connected,
        AuthFailed, // the token was refused: the user must act
        Offline,    // Slack could not be reached; retried later
    };
    Q_ENUM(State)

    struct Identity
    {
        QString team;
        QString teamId;
        QString url;
        QString userId;
        QString user;
        QString botId;
    };

    struct TestResult
    {
        SlackResult result;
        Identity identity;
        QStringList missingScopes; // required scopes the token lacks, by name
        QStringList scopes;        // what the token has
    };

    static inline const QString kBotTokenKey = QStringLiteral("slack-token");
    static inline const QString kAppTokenKey = QStringLiteral("slack-app-token");

    SlackConnection(Settings* settings, SecretStore* secrets, QNetworkAccessManager* network,
                    QObject* parent = nullptr);

    // Reads the tokens from the secret store and connects.
    void start();
    State state() const { return m_state; }
    QString statusText() const;
    const Identity& identity() const { return m_identity; }
    SlackClient* client() const { return m_client; }
    SocketModeClient* socketMode() const { return m_socket; }
    bool hasAppToken() const { return !m_appToken.isEmpty(); }
    bool isConnected() const { return m_state == State::Connected; }
    SlackConfig config() const { return m_config; }

    // auth.test with a token that is not saved yet, reporting the identity and missing scopes.
    void testToken(const QString& token, const QUrl& apiBase, QObject* context,
                   std::function<void(const TestResult&)> done);
    // Saves tokens to the secret store, then reconnects with them. An empty app token removes it.
    // If the store cannot keep them (no keychain) nothing changes and the result says so.
    void saveTokens(const QString& botToken, const QString& appToken, QObject* context,
                    std::function<void(const SecretStore::Result&)> done);
    // Uses tokens for this run only, without storing them anywhere (no keychain available).
    void useTokensForThisRun(const QString& botToken, const QString& appToken);
    void forgetTokens(QObject* context, std::function<void(const SecretStore::Result&)> done);
    // Re-checks the connection (after a failure, or when the user asks).
    void reconnect();

    static QStringList missingScopes(const QStringList& have);

Q_SIGNALS:
    void stateChanged(shiftdesk::SlackConnection::State state);
    void connected();

private:
    void setState(State state, const QString& detail = QString());
    void applyConfig();
    void applyTokens(const QString& bot, const QString& app);
    void check();

    Settings* m_settings;
    SecretStore* m_secrets;
    QNetworkAccessManager* m_network;
    SlackClient* m_client;
    SocketModeClient* m_socket;
    SlackConfig m_config;
    QString m_botToken;
    QString m_appToken;
    State m_state = State::Loading;
    QString m_detail;
    Identity m_identity;
    QTimer m_retryTimer;
};

} // namespace shiftdesk
