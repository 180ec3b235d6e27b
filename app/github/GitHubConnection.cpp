#include "GitHubConnection.h"

#include "core/Settings.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>

namespace shiftdesk {

GitHubConnection::GitHubConnection(Settings* settings, SecretStore* secrets,
                                   QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_network(network)
    , m_client(new GitHubClient(network, this))
    , m_config(settings->gitHubConfig())
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &GitHubConnection::check);
    connect(m_client, &GitHubClient::authProblem, this,
            [this](const GitHubResult& r) { setState(State::AuthFailed, r.message); });
    connect(m_settings, &Settings::changed, this, [this]() {
        const GitHubConfig next = m_settings->gitHubConfig();
        if (next == m_config)
            return;
        const bool baseChanged = next.apiBase != m_config.apiBase;
        m_config = next;
        QString why;
        if (!m_client->setBaseUrl(m_config.apiBase, &why))
            setState(State::AuthFailed, why);
        else if (baseChanged && !m_token.isEmpty())
            check();
    });
    QString why;
    if (!m_client->setBaseUrl(m_config.apiBase, &why))
        m_detail = why;
}

QString GitHubConnection::statusText() const
{
    switch (m_state) {
    case State::Loading:
        return tr("GitHub: reading the token…");
    case State::NotConfigured:
        return m_detail.isEmpty() ? tr("GitHub: not connected")
                                  : tr("GitHub: not connected (%1)").arg(m_detail);
    case State::Checking:
        return tr("GitHub: connecting…");
    case State::Connected:
        return tr("GitHub: %1").arg(m_login);
    case State::AuthFailed:
        return tr("GitHub: sign-in needed (%1)").arg(m_detail);
    case State::Offline:
        return tr("GitHub: offline (%1)").arg(m_detail);
    }
    return {};
}

void GitHubConnection::start()
{
    setState(State::Loading);
    m_secrets->read(kTokenKey, this, [this](const SecretStore::Result& r) {
        if (r.status == SecretStore::Status::NoKeychain ||
            r.status == SecretStore::Status::Denied || r.status == SecretStore::Status::Failed) {
            setState(State::NotConfigured, r.message);
            return;
        }
        applyToken(r.ok() ? r.value : QString());
    });
}

void GitHubConnection::applyToken(const QString& token)
{
    m_retryTimer.stop();
    m_token = token.trimmed();
    m_client->setToken(m_token);
    if (m_token.isEmpty()) {
        setState(State::NotConfigured);
        return;
    }
    check();
}

void GitHubConnection::check()
{
    m_retryTimer.stop();
    if (m_token.isEmpty()) {
        setState(State::NotConfigured);
        return;
    }
    setState(State::Checking);
    m_client->currentUser(this, [this](const GitHubResult& r) {
        if (r.ok()) {
            const QJsonObject user = r.json.object();
            m_login = user.value(QLatin1String("login")).toString();
            m_scopes = r.scopes;
            setState(State::Connected);
            Q_EMIT connected();
            return;
        }
        if (r.isAuthProblem()) {
            setState(State::AuthFailed, r.message);
            return;
        }
        setState(State::Offline, r.message);
        m_retryTimer.start(60000);
    });
}

void GitHubConnection::reconnect()
{
    check();
}

void GitHubConnection::testToken(const QString& token, const QUrl& apiBase, QObject* context,
                                 std::function<void(const TestResult&)> done)
{
    auto* client = new GitHubClient(m_network, this);
    QString why;
    if (!client->setBaseUrl(apiBase, &why)) {
        TestResult t;
        t.result.kind = GitHubResult::Kind::BadResponse;
        t.result.message = why;
        client->deleteLater();
        done(t);
        return;
    }
    client->setToken(token.trimmed());
    QPointer<QObject> guard(context);
    client->currentUser(this, [client, guard, done](const GitHubResult& r) {
        client->deleteLater();
        if (!guard)
            return;
        TestResult t;
        t.result = r;
        if (r.ok()) {
            const QJsonObject user = r.json.object();
            t.login = user.value(QLatin1String("login")).toString();
            t.name = user.value(QLatin1String("name")).toString();
            t.scopes = r.scopes;
            t.missingScopes = GitHubConfig::missingScopes(r.scopes);
        }
        done(t);
    });
}

void GitHubConnection::saveToken(const QString& token, QObject* context,
                                 std::function<void(const SecretStore::Result&)> done)
{
    const QString trimmed = token.trimmed();
    QPointer<QObject> guard(context);
    m_secrets->write(kTokenKey, trimmed, this,
                     [this, trimmed, guard, done](const SecretStore::Result& r) {
                         if (r.ok())
                             applyToken(trimmed);
                         if (guard)
                             done(r);
                     });
}

void GitHubConnection::useTokenForThisRun(const QString& token)
{
    applyToken(token);
}

void GitHubConnection::forgetToken(QObject* context,
                                   std::function<void(const SecretStore::Result&)> done)
{
    QPointer<QObject> guard(context);
    m_secrets->remove(kTokenKey, this, [this, guard, done](const SecretStore::Result& r) {
        if (r.ok())
            applyToken(QString());
        if (guard)
            done(r);
    });
}

void GitHubConnection::setState(State state, const QString& detail)
{
    m_detail = detail;
    if (m_state == state && state != State::Offline && state != State::AuthFailed)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace shiftdesk
