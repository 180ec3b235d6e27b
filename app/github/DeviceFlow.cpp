#include "DeviceFlow.h"

#include "net/UrlPolicy.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

#include <cmath>

namespace shiftdesk {

namespace {

constexpr int kMaxPollFailures = 5; // network errors in a row before giving up

QByteArray formEncode(const QList<std::pair<QString, QString>>& fields)
{
    QByteArray out;
    for (const auto& [key, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

} // namespace

DeviceFlow::DeviceFlow(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_userAgent(QStringLiteral("Shiftdesk/" SHIFTDESK_VERSION))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DeviceFlow::poll);
}

bool DeviceFlow::setWebBaseUrl(const QUrl& base, QString* why)
{
    if (!UrlPolicy::isAllowedApiBase(base, why))
        return false;
    m_webBase = UrlPolicy::normalisedBase(base);
    return true;
}

void DeviceFlow::setUserAgent(const QString& userAgent)
{
    if (!userAgent.trimmed().isEmpty())
        m_userAgent = userAgent.trimmed();
}

qint64 DeviceFlow::scaled(double seconds) const
{
    return qint64(std::llround(seconds * m_msecPerSecond));
}

void DeviceFlow::start(const QString& clientId, const QStringList& scopes)
{
    ++m_generation;
    stopRequest();
    m_timer.stop();
    m_clientId = clientId.trimmed();
    m_deviceCode.clear();
    m_userCode.clear();
    m_verificationUrl.clear();
    m_expiresAt = QDateTime();
    m_interval = 5;
    m_pollFailures = 0;
    setState(State::RequestingCode);
    if (m_clientId.isEmpty()) {
        fail(tr("No GitHub OAuth app client ID is set, so Shiftdesk cannot sign in."));
        return;
    }
    // §12: scopes are space-delimited.
    const QByteArray form = formEncode({{QStringLiteral("client_id"), m_clientId},
                                        {QStringLiteral("scope"), scopes.join(QLatin1Char(' '))}});
    QNetworkReply* reply = post(QStringLiteral("login/device/code"), form);
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation]() {
        if (generation == m_generation)
            onCodeAnswer(reply);
    });
}

void DeviceFlow::cancel()
{
    if (m_state != State::RequestingCode && m_state != State::WaitingForUser)
        return;
    ++m_generation;
    stopRequest();
    m_timer.stop();
    m_deviceCode.clear();
    setState(State::Cancelled);
}

QNetworkReply* DeviceFlow::post(const QString& path, const QByteArray& form)
{
    QNetworkRequest request(m_webBase.resolved(QUrl(path)));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/x-www-form-urlencoded"));
    // §12: without it the answer is form-encoded.
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply* reply = m_network->post(request, form);
    reply->setParent(this); // deleted (and so aborted) with the flow
    m_reply = reply;
    return reply;
}

void DeviceFlow::stopRequest()
{
    if (QNetworkReply* reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void DeviceFlow::onCodeAnswer(QNetworkReply* reply)
{
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        fail(tr("Cannot reach GitHub to start signing in (%1). Check the network connection.")
                 .arg(reply->errorString()));
        return;
    }
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    const QString error = o.value(QLatin1String("error")).toString();
    if (!error.isEmpty()) {
        fail(errorMessage(error, o.value(QLatin1String("error_description")).toString()));
        return;
    }
    if (status != 200) {
        fail(tr("GitHub answered the sign-in request with HTTP %1; try again later.").arg(status));
        return;
    }
    m_deviceCode = o.value(QLatin1String("device_code")).toString();
    m_userCode = o.value(QLatin1String("user_code")).toString();
    m_verificationUrl = QUrl(o.value(QLatin1String("verification_uri")).toString());
    const int expiresIn = o.value(QLatin1String("expires_in")).toInt(900);
    const QString scheme = m_verificationUrl.scheme().toLower();
    if (m_deviceCode.isEmpty() || m_userCode.isEmpty() || !m_verificationUrl.isValid() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")) || expiresIn <= 0) {
        fail(tr("GitHub sent a sign-in answer Shiftdesk cannot read; try again later."));
        return;
    }
    m_interval = qMax(1, o.value(QLatin1String("interval")).toInt(5));
    m_expiresAt = QDateTime::currentDateTimeUtc().addMSecs(scaled(expiresIn));
    setState(State::WaitingForUser);
    Q_EMIT codeReady(m_userCode, m_verificationUrl, m_expiresAt);
    schedulePoll();
}

// The next poll after interval * (1 + margin), but never past the code's expiry.
void DeviceFlow::schedulePoll()
{
    if (m_state != State::WaitingForUser)
        return;
    const qint64 delay = scaled(m_interval * (100.0 + m_marginPercent) / 100.0);
    const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(m_expiresAt);
    if (left <= 0) {
        fail(errorMessage(QStringLiteral("expired_token"), QString()));
        return;
    }
    m_timer.start(int(qMin(delay, left)));
}

void DeviceFlow::poll()
{
    if (m_state != State::WaitingForUser)
        return;
    if (QDateTime::currentDateTimeUtc() >= m_expiresAt) {
        fail(errorMessage(QStringLiteral("expired_token"), QString()));
        return;
    }
    const QByteArray form =
        formEncode({{QStringLiteral("client_id"), m_clientId},
                    {QStringLiteral("device_code"), m_deviceCode},
                    {QStringLiteral("grant_type"),
                     QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")}});
    QNetworkReply* reply = post(QStringLiteral("login/oauth/access_token"), form);
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation]() {
        if (generation == m_generation)
            onPollAnswer(reply);
    });
}

void DeviceFlow::onPollAnswer(QNetworkReply* reply)
{
    m_reply = nullptr;
    reply->deleteLater();
    if (m_state != State::WaitingForUser)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll(), &parseError);
    const QJsonObject o = doc.object();
    const QString error = o.value(QLatin1String("error")).toString();
    const QString token = o.value(QLatin1String("access_token")).toString();
    // A dropped connection or GitHub's HTML 502 page: try again at the next interval.
    if (status == 0 || (error.isEmpty() && token.isEmpty())) {
        if (++m_pollFailures >= kMaxPollFailures) {
            fail(status == 0 ? tr("Lost the connection to GitHub while waiting for the sign-in "
                                  "(%1). Check the network connection and start again.")
                                   .arg(reply->errorString())
                             : tr("GitHub keeps sending answers Shiftdesk cannot read (HTTP %1) "
                                  "while waiting for the sign-in; try again later.")
                                   .arg(status));
            return;
        }
        schedulePoll();
        return;
    }
    m_pollFailures = 0;
    if (!token.isEmpty()) {
        const QStringList scopes =
            o.value(QLatin1String("scope"))
                .toString()
                .split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
        m_deviceCode.clear();
        setState(State::Succeeded);
        // Handed over once; not kept here.
        Q_EMIT succeeded(token, scopes);
        return;
    }
    if (error == QLatin1String("authorization_pending")) {
        schedulePoll();
        return;
    }
    if (error == QLatin1String("slow_down")) {
        // §12: add 5 s, or take the new interval GitHub names.
        const int given = o.value(QLatin1String("interval")).toInt(0);
        m_interval = given > m_interval ? given : m_interval + 5;
        schedulePoll();
        return;
    }
    fail(errorMessage(error, o.value(QLatin1String("error_description")).toString()));
}

QString DeviceFlow::errorMessage(const QString& error, const QString& description)
{
    if (error == QLatin1String("expired_token"))
        return tr("The sign-in code expired before it was entered on GitHub. Start signing in "
                  "again.");
    if (error == QLatin1String("access_denied"))
        return tr("The sign-in was cancelled on GitHub (access denied).");
    if (error == QLatin1String("incorrect_client_credentials") ||
        error == QLatin1String("unauthorized_client"))
        return tr("GitHub does not accept this app's client ID; check the GitHub OAuth app "
                  "setting in Preferences → GitHub.");
    if (error == QLatin1String("incorrect_device_code"))
        return tr("GitHub did not recognise the sign-in code. Start signing in again.");
    if (error == QLatin1String("device_flow_disabled"))
        return tr("Device sign-in is not enabled for this GitHub OAuth app: enable \"Device "
                  "Flow\" in the app's settings on GitHub, or use a personal access token.");
    if (error == QLatin1String("unsupported_grant_type"))
        return tr("GitHub refused the sign-in request (unsupported grant type); please report "
                  "this as a bug in Shiftdesk.");
    return tr("GitHub refused the sign-in: %1").arg(description.isEmpty() ? error : description);
}

void DeviceFlow::fail(const QString& message)
{
    ++m_generation;
    stopRequest();
    m_timer.stop();
    m_deviceCode.clear();
    setState(State::Failed);
    Q_EMIT failed(message);
}

void DeviceFlow::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace shiftdesk
