#pragma once
// Helpers of the GitHub client's transport (internal to app/github): header parsing, the
// `link` header, query encoding, and the one-shot request body for writes.

#include "GitHubResult.h"

#include <QByteArray>
#include <QIODevice>
#include <QJsonArray>
#include <QUrl>
#include <QVariantMap>

class QNetworkReply;

namespace shiftdesk::github {

// The GraphQL endpoint for a REST base: api.github.com -> https://api.github.com/graphql,
// https://HOST/api/v3/ -> https://HOST/api/graphql, otherwise base + "graphql".
QUrl graphqlUrlFor(const QUrl& restBase);
// Same scheme, host and port (default ports filled in).
bool sameOrigin(const QUrl& a, const QUrl& b);
// The rate-limit resource a request counts against, from its path below the base ("/search/…").
QString resourceFor(const QString& path, bool graphql);
// Percent-encodes every key and value ('+' too: a form decoder would read it as a space).
QByteArray encodeQuery(const QVariantMap& query);
// "repo, project" -> {"repo","project"} (also space-separated).
QStringList splitList(const QByteArray& header);
// x-ratelimit-*; `fallbackResource` when x-ratelimit-resource is missing.
RateLimit parseRateLimit(const QNetworkReply* reply, const QString& fallbackResource);
// The rel="next" URL of a `link` header, as given (empty if none).
QUrl nextLink(const QByteArray& header);
QList<GitHubResult::FieldError> parseFieldErrors(const QJsonArray& errors);
QList<GitHubResult::GraphQLProblem> parseGraphQLErrors(const QJsonArray& errors);
// Whether a request that failed with this QNetworkReply::NetworkError may have reached GitHub.
// Percent-encodes each segment of a repository path, keeping the '/' between them.
QString encodePath(const QString& path);

} // namespace shiftdesk::github
