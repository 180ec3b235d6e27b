#include "SlackConnection.h"

#include "core/Settings.h"

#include <QNetworkAccessManager>

namespace shiftdesk {

SlackConnection::SlackConnection(Settings* settings, SecretStore* secrets,
                                 QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_network(network)
    , m_client(new SlackClient(network, this))
    , m_socket(new SocketModeClient(m_client, this))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SlackConnection::check);
    connect(m_client, &SlackClient::authProblem, this, [this](const SlackResult& r) {
        m_socket->stop();
        setState(State::AuthFailed, r.message);
    });
    connect(m_settings, &Settings::changed, this, [this]() {
        const SlackConfig next = m_settings->slackConfig();
        if (next == m_config)
            return;
        const bool baseChanged = next.apiBase != m_config.apiBase;
        m_config = next;
        applyConfig();
        if (baseChanged && !m_botToken.isEmpty())
            check();
    });
    m_config = m_settings->slackConfig();
    applyConfig();
}

void SlackConnection::applyConfig()
{
    QString why;
    if (!m_client->setBaseUrl(m_config.apiBase, &why))
        setState(State::AuthFailed, why);
}

QStringList SlackConnection::missingScopes(const QStringList& have)
{
    QStringList missing;
    for (const QString& scope : SlackConfig::requiredScopes()) {
        if (!have.contains(scope))
            missing << scope;
    }
    return missing;
}

void SlackConnection::start()
{
    setState(State::Loading);
    m_secrets->read(kBotTokenKey, this, [this](const SecretStore::Result& bot) {
        if (bot.status == SecretStore::Status::NoKeychain ||
            bot.status == SecretStore::Status::Denied ||
            bot.status == SecretStore::Status::Failed) {
            setState(State::NotConfigured, bot.message);
            return;
        }
        const QString botToken = bot.ok() ? bot.value : QString();
        m_secrets->read(kAppTokenKey, this, [this, botToken](const SecretStore::Result& app) {
            applyTokens(botToken, app.ok() ? app.value : QString());
        });
    });
}

void SlackConnection::applyTokens(const QString& bot, const QString& app)
{
    m_botToken = bot.trimmed();
    m_appToken = app.trimmed();
    m_client->setToken(m_botToken);
    m_socket->stop();
    m_socket->setAppToken(m_appToken);
    if (m_botToken.isEmpty()) {
        setState(State::NotConfigured);
        return;
    }
    check();
}

void SlackConnection::check()
{
    if (m_botToken.isEmpty()) {
        setState(State::NotConfigured);
        return;
    }
    setState(State::Checking);
    m_client->authTest(this, [this](const SlackResult& r) {
        if (r.ok()) {
            m_identity.team = r.body.value(QLatin1String("team")).toString();
            m_identity.teamId = r.body.value(QLatin1String("team_id")).toString();
            m_identity.url = r.body.value(QLatin1String("url")).toString();
            m_identity.user = r.body.value(QLatin1String("user")).toString();
            m_identity.userId = r.body.value(QLatin1String("user_id")).toString();
            m_identity.botId = r.body.value(QLatin1String("bot_id")).toString();
            setState(State::Connected);
            Q_EMIT connected();
            if (!m_appToken.isEmpty())
                m_socket->start();
            return;
        }
        if (r.isAuthProblem()) {
            setState(State::AuthFailed, r.message);
            return;
        }
        setState(State::Offline, r.message);
        m_retryTimer.start(30000);
    });
}

void SlackConnection::reconnect()
{
    m_socket->stop();
    check();
}

void SlackConnection::setState(State state, const QString& detail)
{
    const bool changed = state != m_state || detail != m_detail;
    m_state = state;
    m_detail = detail;
    if (changed)
        Q_EMIT stateChanged(state);
}

QString SlackConnection::statusText() const
{
    switch (m_state) {
    case State::Loading:
        return tr("Slack: reading the token from the keychain…");
    case State::NotConfigured:
        return m_detail.isEmpty() ? tr("Slack: not connected. Add a token in Preferences → Slack.")
                                  : tr("Slack: not connected. %1").arg(m_detail);
    case State::Checking:
        return tr("Slack: connecting…");
    case State::Connected:
        return tr("Slack: connected to %1 as %2").arg(m_identity.team, m_identity.user);
    case State::AuthFailed:
        return tr("Slack: %1").arg(m_detail);
    case State::Offline:
        return tr("Slack: offline (%1) — retrying").arg(m_detail);
    }
    return {};
}

void SlackConnection::testToken(const QString& token, const QUrl& apiBase, QObject* context,
                                std::function<void(const TestResult&)> done)
{
    auto* probe = new SlackClient(m_network, this);
    QString why;
    if (!probe->setBaseUrl(apiBase, &why)) {
        TestResult t;
        t.result.kind = SlackResult::Kind::NetworkError;
        t.result.method = QStringLiteral("auth.test");
        t.result.message = why;
        probe->deleteLater();
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, this, [guard, done, t]() {
            if (guard)
                done(t);
        });
        return;
    }
    probe->setToken(token);
    probe->setRetryPolicy(1, 0);
    QPointer<QObject> guard(context);
    // The probe is its own context, so it is always cleaned up, even if the caller went away.
    probe->authTest(probe, [probe, done, guard](const SlackResult& r) {
        TestResult t;
        t.result = r;
        t.scopes = r.scopes;
        if (r.ok()) {
            t.identity.team = r.body.value(QLatin1String("team")).toString();
            t.identity.teamId = r.body.value(QLatin1String("team_id")).toString();
            t.identity.url = r.body.value(QLatin1String("url")).toString();
            t.identity.user = r.body.value(QLatin1String("user")).toString();
            t.identity.userId = r.body.value(QLatin1String("user_id")).toString();
            t.identity.botId = r.body.value(QLatin1String("bot_id")).toString();
            t.missingScopes = missingScopes(r.scopes);
        }
        probe->deleteLater();
        if (guard)
            done(t);
    });
}

void SlackConnection::saveTokens(const QString& botToken, const QString& appToken, QObject* context,
                                 std::function<void(const SecretStore::Result&)> done)
{
    // An empty field means "unchanged": tokens are removed only by forgetTokens().
    const QString bot = botToken.trimmed();
    const QString app = appToken.trimmed();
    QPointer<QObject> guard(context);
    auto finish = [this, bot, app, guard, done](const SecretStore::Result& r) {
        if (r.ok())
            applyTokens(bot.isEmpty() ? m_botToken : bot, app.isEmpty() ? m_appToken : app);
        if (guard)
            done(r);
    };
    auto writeApp = [this, app, finish](const SecretStore::Result& r) {
        if (!r.ok() || app.isEmpty()) {
            finish(r);
            return;
        }
        m_secrets->write(kAppTokenKey, app, this, finish);
    };
    if (bot.isEmpty()) {
        writeApp({SecretStore::Status::Ok, {}, {}});
        return;
    }
    m_secrets->write(kBotTokenKey, bot, this, writeApp);
}

void SlackConnection::useTokensForThisRun(const QString& botToken, const QString& appToken)
{
    applyTokens(botToken.trimmed().isEmpty() ? m_botToken : botToken,
                appToken.trimmed().isEmpty() ? m_appToken : appToken);
}

void SlackConnection::forgetTokens(QObject* context,
                                   std::function<void(const SecretStore::Result&)> done)
{
    QPointer<QObject> guard(context);
    m_secrets->remove(kBotTokenKey, this, [this, guard, done](const SecretStore::Result& r) {
        m_secrets->remove(kAppTokenKey, this,
                          [this, guard, done, r](const SecretStore::Result& r2) {
                              applyTokens(QString(), QString());
                              if (guard)
                                  done(r.ok() ? r2 : r);
                          });
    });
}

} // namespace shiftdesk
