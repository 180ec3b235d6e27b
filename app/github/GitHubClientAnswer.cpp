// GitHubClient: reading GitHub's answers (status, rate limits, GraphQL errors) and the
// conditional-request cache.
#include "GitHubClientPrivate.h"
#include "GitHubHttp.h"
#include "net/WriteOnce.h"

#include <QJsonArray>
#include <QNetworkReply>

namespace shiftdesk {

using namespace github;

void GitHubClient::Private::rateLimit(GitHubResult& r, QNetworkReply* reply, bool graphqlLimit)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool ok = false;
    const int retryAfter = reply->rawHeader("retry-after").trimmed().toInt(&ok);
    if (ok && retryAfter >= 0) {
        // §10: with retry-after, wait that long (GitHub sends it for secondary limits).
        r.retryAt = now.addSecs(qMin(retryAfter, 24 * 3600));
        r.secondaryLimit = r.rate.remaining != 0 || graphqlLimit;
    } else if (r.rate.remaining == 0 && r.rate.reset.isValid()) {
        // A reset already past by this clock (skew): try again shortly, not at once.
        // GitHub's window is an hour: a reset further away than that is not believed.
        r.retryAt = qBound(now.addSecs(1), r.rate.reset, now.addSecs(3900));
        r.secondaryLimit = false;
    } else {
        r.retryAt = now.addSecs(kDefaultPauseSeconds);
    }
    if (graphqlLimit)
        r.secondaryLimit = false;
    r.kind = GitHubResult::Kind::RateLimited;
}

GitHubResult GitHubClient::Private::interpret(QNetworkReply* reply, Call& c)
{
    using Kind = GitHubResult::Kind;
    GitHubResult r;
    r.what = c.what;
    r.attempts = c.attempt + 1;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.scopes = github::splitList(reply->rawHeader("x-oauth-scopes"));
    r.acceptedScopes = github::splitList(reply->rawHeader("x-accepted-oauth-scopes"));
    r.rate = github::parseRateLimit(reply, c.resource);
    if (r.httpStatus != 0 && r.rate.limit >= 0)
        rates.insert(r.rate.resource, r.rate);
    const bool write = c.access == Access::Write;

    const QByteArray raw = reply->readAll();
    QJsonParseError parseError{};
    const QJsonDocument doc =
        raw.trimmed().isEmpty() ? QJsonDocument() : QJsonDocument::fromJson(raw, &parseError);
    const bool parsed = !raw.trimmed().isEmpty() && parseError.error == QJsonParseError::NoError;
    if (parsed)
        r.json = doc;
    QByteArray link = reply->rawHeader("link");

    if (c.timedOut) {
        r.kind = Kind::Timeout;
        r.outcomeUnknown = write;
    } else if (c.tooLarge) {
        r.kind = Kind::BadResponse;
    } else if (r.httpStatus == 0) {
        r.kind = Kind::NetworkError;
        r.outcomeUnknown = write && net::writeMayHaveBeenSent(reply->error());
    } else if (r.httpStatus == 304 && c.conditional) {
        ++notModified;
        r.kind = Kind::Ok;
        r.fromCache = true;
        r.json = c.cachedJson;
        if (link.isEmpty())
            link = c.cachedLink;
    } else if (r.httpStatus >= 200 && r.httpStatus < 300) {
        if (!raw.trimmed().isEmpty() && !parsed) {
            r.kind = Kind::BadResponse;
            r.outcomeUnknown = write;
        } else if (c.graphql) {
            const QJsonObject body = doc.object();
            const QJsonArray errors = body.value(QLatin1String("errors")).toArray();
            if (!doc.isObject() || (errors.isEmpty() && !body.contains(QLatin1String("data")))) {
                r.kind = Kind::BadResponse;
                r.outcomeUnknown = write;
            } else if (!errors.isEmpty()) {
                r.graphqlErrors = github::parseGraphQLErrors(errors);
                r.kind = Kind::GraphQLError;
                for (const GitHubResult::GraphQLProblem& p : std::as_const(r.graphqlErrors)) {
                    if (p.type == QLatin1String("RATE_LIMITED")) {
                        rateLimit(r, reply, true);
                        break;
                    }
                    if (p.message.contains(QLatin1String("secondary rate limit"),
                                           Qt::CaseInsensitive)) {
                        rateLimit(r, reply, false);
                        r.secondaryLimit = true;
                        break;
                    }
                }
            } else {
                r.kind = Kind::Ok;
            }
        } else {
            r.kind = Kind::Ok;
            const QByteArray etag = reply->rawHeader("etag");
            if (c.verb == "GET" && !etag.isEmpty() && parsed)
                cachePut(c.url.toString(QUrl::FullyEncoded), etag, doc, link, raw.size());
        }
    } else if (r.httpStatus == 401) {
        r.kind = Kind::Unauthorized;
    } else if (r.httpStatus == 403 || r.httpStatus == 429) {
        const QString message = doc.object().value(QLatin1String("message")).toString();
        const bool secondaryMessage =
            message.contains(QLatin1String("secondary rate limit"), Qt::CaseInsensitive) ||
            message.contains(QLatin1String("abuse detection"), Qt::CaseInsensitive);
        if (r.httpStatus == 429 || secondaryMessage || r.rate.remaining == 0 ||
            reply->hasRawHeader("retry-after")) {
            rateLimit(r, reply, false);
            if (secondaryMessage)
                r.secondaryLimit = true;
        } else {
            r.kind = Kind::Forbidden;
        }
    } else if (r.httpStatus == 404) {
        r.kind = Kind::NotFound;
    } else if (r.httpStatus == 422) {
        r.kind = Kind::Validation;
        r.fieldErrors =
            github::parseFieldErrors(doc.object().value(QLatin1String("errors")).toArray());
    } else {
        r.kind = Kind::HttpError;
        // A 5xx to a write may come from a proxy (or GraphQL's 502) after GitHub did the work.
        r.outcomeUnknown = write && r.httpStatus >= 500;
    }
    if (!link.isEmpty())
        r.nextUrl = github::nextLink(link);
    r.message = GitHubResult::describe(r);
    return r;
}

void GitHubClient::Private::cachePut(const QString& key, const QByteArray& etag,
                                     const QJsonDocument& json, const QByteArray& link,
                                     qint64 bytes)
{
    const auto old = cache.constFind(key);
    if (old != cache.constEnd())
        cacheBytes -= old->bytes;
    CacheEntry e;
    e.etag = etag;
    e.json = json;
    e.link = link;
    e.bytes = bytes;
    e.lastUse = ++useCounter;
    cache.insert(key, e);
    cacheBytes += bytes;
    // Least recently used first.
    while (cache.size() > kCacheEntries || (cacheBytes > kCacheBytes && cache.size() > 1)) {
        auto oldest = cache.begin();
        for (auto it = cache.begin(); it != cache.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        cacheBytes -= oldest->bytes;
        cache.erase(oldest);
    }
}

} // namespace shiftdesk
