#pragma once

#include "GitHubClient.h"
#include "GitHubConfig.h"
#include "secrets/SecretStore.h"

#include <QObject>
#include <QTimer>

class QNetworkAccessManager;

namespace shiftdesk {

class Settings;

// Everything that makes "GitHub is connected": the token (from the keychain), the client, and
// who we are (GET /user) with the token's scopes. Mirrors SlackConnection.
class GitHubConnection : public QObject
{
    Q_OBJECT
public:
    enum class State { Loading, NotConfigured, Checking, Connected, AuthFailed, Offline };
    Q_ENUM(State)

    struct TestResult
    {
        GitHubResult result{};
        QString login{};
        QString name{};
        QStringList scopes{};
        QStringList missingScopes{};
    };

    static inline const QString kTokenKey = QStringLiteral("github-token");

    GitHubConnection(Settings* settings, SecretStore* secrets, QNetworkAccessManager* network,
                     QObject* parent = nullptr);

    void start(); // reads the token from the secret store, then checks it
    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    QString statusText() const;
    QString login() const { return m_login; }
    QStringList scopes() const { return m_scopes; }
    QStringList missingScopes() const { return GitHubConfig::missingScopes(m_scopes); }
    GitHubClient* client() const { return m_client; }
    QNetworkAccessManager* network() const { return m_network; }
    GitHubConfig config() const { return m_config; }

    // GET /user with a token that is not saved yet (Preferences → GitHub → Test).
    void testToken(const QString& token, const QUrl& apiBase, QObject* context,
                   std::function<void(const TestResult&)> done);
    void saveToken(const QString& token, QObject* context,
                   std::function<void(const SecretStore::Result&)> done);
    void useTokenForThisRun(const QString& token);
    void forgetToken(QObject* context, std::function<void(const SecretStore::Result&)> done);
    void reconnect();

Q_SIGNALS:
    void stateChanged(shiftdesk::GitHubConnection::State state);
    void connected();

private:
    void setState(State state, const QString& detail = QString());
    void applyToken(const QString& token);
    void check();

    Settings* m_settings;
    SecretStore* m_secrets;
    QNetworkAccessManager* m_network;
    GitHubClient* m_client;
    GitHubConfig m_config;
    QString m_token;
    QString m_login;
    QStringList m_scopes;
    State m_state = State::Loading;
    QString m_detail;
    QTimer m_retryTimer;
};

} // namespace shiftdesk
