// The OAuth device flow of the fake GitHub (shared/reference/slack-github-api.md §12).
#include "FakeGitHubRest.h"
#include "FakeGitHubState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

namespace shiftdesk::fake {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

const QString kGrantType = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");
const QString kErrorUri = QStringLiteral("https://docs.github.com/developers/apps/"
                                         "authorizing-oauth-apps#error-codes-for-the-device-flow");

QString randomString(int length, const char* alphabet)
{
    const qsizetype n = qstrlen(alphabet);
    QString out;
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(n))]));
    return out;
}

// JSON with "Accept: application/json", form-encoded otherwise (§12).
HttpResponse reply(const GhCall& call, int status, const QList<QPair<QString, QJsonValue>>& fields)
{
    if (call.acceptJson) {
        QJsonObject o;
        for (const auto& [key, value] : fields)
            o.insert(key, value);
        return HttpResponse::json(status, o);
    }
    QByteArrayList parts;
    for (const auto& [key, value] : fields) {
        const QString text =
            value.isDouble() ? QString::number(value.toInteger()) : value.toString();
        parts.append(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(text));
    }
    return HttpResponse::raw(status, "application/x-www-form-urlencoded; charset=utf-8",
                             parts.join('&'));
}

HttpResponse failure(const GhCall& call, int status, const char* code, const char* description,
                     const QList<QPair<QString, QJsonValue>>& extra = {})
{
    QList<QPair<QString, QJsonValue>> fields{{s("error"), s(code)},
                                             {s("error_description"), s(description)},
                                             {s("error_uri"), kErrorUri}};
    return reply(call, status, fields + extra);
}

} // namespace

HttpResponse deviceFlowAnswer(FakeGitHubState& state, const GhCall& call)
{
    GhDeviceFlow& d = state.device;
    const QJsonObject body = call.body();
    auto param = [&](const char* name) {
        return body.contains(s(name)) ? body.value(s(name)).toString() : call.param(s(name));
    };
    if (call.path == QLatin1String("/login/device") && call.verb == QLatin1String("GET")) {
        return HttpResponse::raw(200, "text/html; charset=utf-8",
                                 "<!DOCTYPE html>\n<html><head><title>Device Activation</title>"
                                 "</head><body><h1>Device Activation</h1><p>Enter the code "
                                 "displayed on your device.</p></body></html>\n");
    }
    if (call.verb != QLatin1String("POST"))
        return HttpResponse::raw(404, "text/plain; charset=utf-8", "Not Found\n");

    if (call.path == QLatin1String("/login/device/code")) {
        if (param("client_id") != d.clientId) {
            return failure(call, 400, "unauthorized_client",
                           "The client_id is not valid or not allowed to use the device flow.");
        }
        if (!d.enabled)
            return failure(call, 400, "device_flow_disabled",
                           "Device Flow must be explicitly enabled for this App");
        d.deviceCode = randomString(40, "0123456789abcdef");
        d.requestedScopes =
            param("scope").split(QRegularExpression(s("[ ,]+")), Qt::SkipEmptyParts);
        d.issued.start();
        d.denied = false;
        return reply(
            call, 200,
            {{s("device_code"), d.deviceCode},
             {s("user_code"), d.userCode},
             {s("verification_uri"), QString(state.webBase.toString() + s("login/device"))},
             {s("expires_in"), d.expiresIn},
             {s("interval"), d.interval}});
    }
    if (call.path != QLatin1String("/login/oauth/access_token"))
        return HttpResponse::raw(404, "text/plain; charset=utf-8", "Not Found\n");

    // Polls: every outcome is HTTP 200 with an error in the body (§12).
    ++d.polls;
    if (param("grant_type") != kGrantType)
        return failure(call, 200, "unsupported_grant_type", "The grant type is not supported.");
    if (param("client_id") != d.clientId)
        return failure(call, 200, "incorrect_client_credentials",
                       "The client_id and/or client_secret passed are incorrect.");
    if (d.deviceCode.isEmpty() || param("device_code") != d.deviceCode)
        return failure(call, 200, "incorrect_device_code",
                       "The device_code provided is not valid.");
    if (d.issued.hasExpired(qint64(d.expiresIn) * 1000))
        return failure(call, 200, "expired_token", "The device_code has expired.");
    if (d.denied)
        return failure(call, 200, "access_denied", "The authorization request was denied.");
    if (d.slowDownTimes > 0) {
        --d.slowDownTimes;
        d.interval = d.slowDownInterval;
        return failure(call, 200, "slow_down",
                       "Too many requests have been made in the same timeframe.",
                       {{s("interval"), d.interval}});
    }
    if (!d.approved)
        return failure(call, 200, "authorization_pending",
                       "The authorization request is still pending.");
    const QStringList scopes = d.approvedScopes.isEmpty() ? d.requestedScopes : d.approvedScopes;
    const QString token =
        s("gho_") +
        randomString(36, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    state.tokens.append(GhToken{token, scopes});
    d.approved = false;
    d.deviceCode.clear(); // used up
    return reply(call, 200,
                 {{s("access_token"), token},
                  {s("token_type"), s("bearer")},
                  {s("scope"), scopes.join(QLatin1Char(','))}});
}

} // namespace shiftdesk::fake
