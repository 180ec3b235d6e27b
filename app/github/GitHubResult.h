#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace shiftdesk {

// x-ratelimit-* of the last answer for one resource ("core", "graphql", "search" ...).
struct RateLimit
{
    QString resource{};
    int limit = -1; // -1: not known yet
    int remaining = -1;
    int used = -1;
    QDateTime reset{}; // UTC
};

// The outcome of one GitHub call (REST or GraphQL), typed, with a message a user can act on.
struct GitHubResult
{
    Q_DECLARE_TR_FUNCTIONS(GitHubResult)
public:
    enum class Kind {
        Ok,
        Unauthorized, // 401: bad, expired or revoked token
        Forbidden,    // 403 that is not a rate limit (no permission, SSO, blocked)
        NotFound,     // 404 (also: no access to a private repository)
        Validation,   // 422 with errors[] (fieldErrors)
        RateLimited,  // primary (remaining 0) or secondary limit: retryAt says when
        GraphQLError, // HTTP 200 with errors[] (graphqlErrors), e.g. NOT_FOUND
        HttpError,    // another status (5xx, 410 ...)
        NetworkError, // no answer: refused, DNS, TLS, dropped
        Timeout,
        BadResponse, // not GitHub's JSON
        Cancelled,
    };
    struct FieldError
    {
        QString resource{};
        QString field{};
        QString code{};    // "missing_field", "invalid", "already_exists", "custom" ...
        QString message{}; // for code "custom"
    };
    struct GraphQLProblem
    {
        QString type{}; // "NOT_FOUND", "FORBIDDEN" ...
        QString message{};
        QStringList path{};
    };

    Kind kind = Kind::NetworkError;
    QString what{}; // "GET /repos/o/r/issues", "graphql findProject" (never the token)
    int httpStatus = 0;
    QString message{};    // for the user; never contains a token
    QJsonDocument json{}; // the body (REST), or {"data": ...} (GraphQL); for a 304 the cached body
    bool fromCache = false; // answered 304: json is the cached body
    QList<FieldError> fieldErrors{};
    QList<GraphQLProblem> graphqlErrors{};
    QDateTime retryAt{}; // RateLimited: not before this instant (UTC)
    bool secondaryLimit = false;
    bool outcomeUnknown = false;  // a write whose answer was lost: it may have been applied
    QStringList scopes{};         // x-oauth-scopes (classic tokens)
    QStringList acceptedScopes{}; // x-accepted-oauth-scopes
    RateLimit rate{};             // the answer's x-ratelimit-* headers
    QUrl nextUrl{};               // REST: the `link` header's rel="next" (empty on the last page)
    int attempts = 1;             // 0: refused before sending (paused by a rate limit)

    bool ok() const { return kind == Kind::Ok; }
    bool isAuthProblem() const { return kind == Kind::Unauthorized; }
    // Worth trying again later without changing anything (network, timeout, 5xx, rate limit).
    bool isTransient() const;
    static QString describe(const GitHubResult& r); // builds `message`
};

} // namespace shiftdesk
