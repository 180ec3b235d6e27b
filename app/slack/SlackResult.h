#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace shiftdesk {

// The outcome of one Slack Web API call, typed: what kind of failure, the HTTP status, Slack's
// error code and a message a user can act on.
struct SlackResult
{
    Q_DECLARE_TR_FUNCTIONS(SlackResult)

public:
    enum class Kind {
        Ok,
        ApiError,     // HTTP 200 with ok:false (error holds Slack's code)
        RateLimited,  // HTTP 429, or ok:false rate_limited / ratelimited
        HttpError,    // another HTTP status (5xx, 404 ...)
        NetworkError, // no answer: refused, DNS, TLS, connection dropped
        Timeout,      // no complete answer in time
        BadResponse,  // an answer that is not Slack's JSON (HTML page, malformed, too large)
        Cancelled,    // shut down or cancelled before it finished
    };

    Kind kind = Kind::NetworkError;
    QString method;
    int httpStatus = 0;
    QString error;   // Slack error code, e.g. "invalid_auth", "missing_scope"
    QString message; // human, actionable; never contains a token
    QJsonObject body;
    QStringList scopes;         // x-oauth-scopes: what the token has
    QStringList acceptedScopes; // x-accepted-oauth-scopes: what the method accepts
    QString needed;             // missing_scope: the scope needed
    QString provided;           // missing_scope: the scopes the token has
    int retryAfterSeconds = 0;  // for RateLimited
    // For a write: the request may have reached Slack and been applied although no answer came
    // back (timeout, connection dropped after sending). Never retry such a write blindly.
    bool outcomeUnknown = false;
    int attempts = 1;

    bool ok() const { return kind == Kind::Ok; }
    // An authentication problem the user must fix in the settings (bad, revoked, expired token).
    bool isAuthProblem() const;
    // Worth trying again later without changing anything.
    bool isTransient() const;
    // The cursor of the next page (response_metadata.next_cursor); empty on the last page.
    QString nextCursor() const;

    // Builds `message` from the other fields.
    static QString describe(const SlackResult& r);
};

} // namespace shiftdesk
