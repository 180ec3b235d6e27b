// GitHubClient: the transport (requests, rate-limit pauses, retries, write spacing). Reading
// the answers and the cache: GitHubClientAnswer.cpp; the typed REST calls:
// GitHubClientRest.cpp; Projects: GitHubClientProjects.cpp.
#include "GitHubClient.h"

#include "net/WriteOnce.h"

#include "GitHubClientPrivate.h"
#include "GitHubHttp.h"
#include "net/UrlPolicy.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

namespace shiftdesk {

using namespace github;

GitHubClient::GitHubClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, network))
{}

GitHubClient::~GitHubClient()
{
    d->shuttingDown = true;
    cancelAll();
}

bool GitHubClient::setBaseUrl(const QUrl& base, QString* why)
{
    if (!UrlPolicy::isAllowedApiBase(base, why))
        return false;
    d->base = UrlPolicy::normalisedBase(base);
    d->graphql = github::graphqlUrlFor(d->base);
    d->cache.clear();
    d->cacheBytes = 0;
    return true;
}

QUrl GitHubClient::baseUrl() const
{
    return d->base;
}

QUrl GitHubClient::graphqlUrl() const
{
    return d->graphql;
}

void GitHubClient::setToken(const QString& token)
{
    const QString trimmed = token.trimmed();
    if (trimmed == d->token)
        return;
    d->token = trimmed;
    // Another token may see other things: nothing cached under the old one is reused.
    d->cache.clear();
    d->cacheBytes = 0;
    d->paused.clear();
    d->rates.clear();
}

bool GitHubClient::hasToken() const
{
    return !d->token.isEmpty();
}

void GitHubClient::setUserAgent(const QString& userAgent)
{
    if (!userAgent.trimmed().isEmpty())
        d->userAgent = userAgent.trimmed();
}

void GitHubClient::setTimeout(int msec)
{
    d->timeoutMs = qMax(1, msec);
}

void GitHubClient::setRetryPolicy(int attempts, int firstDelayMs)
{
    d->attempts = qMax(1, attempts);
    d->firstDelayMs = qMax(0, firstDelayMs);
}

void GitHubClient::setMinWriteInterval(int msec)
{
    d->minWriteIntervalMs = qMax(0, msec);
}

RateLimit GitHubClient::rateLimit(const QString& resource) const
{
    RateLimit r = d->rates.value(resource);
    r.resource = resource;
    return r;
}

int GitHubClient::requestsSent() const
{
    return d->sent;
}

int GitHubClient::notModifiedCount() const
{
    return d->notModified;
}

void GitHubClient::resetCounters()
{
    d->sent = 0;
    d->notModified = 0;
}

void GitHubClient::cancelAll()
{
    const std::vector<Private::CallPtr> calls = std::move(d->active);
    d->active.clear();
    d->writeQueue.clear();
    d->writeTimer.stop();
    for (const Private::CallPtr& c : calls) {
        if (QNetworkReply* reply = c->reply) {
            c->reply = nullptr;
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
    if (d->shuttingDown)
        return; // destroying: nobody is called back
    // Everyone waiting hears that it was cancelled (so a paged list ends, a spinner stops).
    for (const Private::CallPtr& c : calls) {
        if (c->completed)
            continue;
        GitHubResult r;
        r.kind = GitHubResult::Kind::Cancelled;
        r.what = c->what;
        r.attempts = c->attempt + 1;
        r.message = GitHubResult::describe(r);
        c->completed = true;
        if (c->context && c->done)
            c->done(r);
    }
}

QUrl GitHubClient::Private::resolve(const QString& path, QString* why) const
{
    if (path.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) ||
        path.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)) {
        const QUrl url(path, QUrl::TolerantMode);
        // Only the configured server gets the token (a `link` next URL, a redirect target).
        if (!github::sameOrigin(url, base)) {
            *why =
                GitHubClient::tr("refused to follow a link to another server (%1)").arg(url.host());
            return {};
        }
        return url;
    }
    QString relative = path;
    while (relative.startsWith(QLatin1Char('/')))
        relative.remove(0, 1);
    const qsizetype question = relative.indexOf(QLatin1Char('?'));
    QUrl url = base;
    url.setPath(base.path(QUrl::FullyEncoded) + relative.left(question), QUrl::TolerantMode);
    if (question >= 0)
        url.setQuery(relative.mid(question + 1), QUrl::TolerantMode);
    return url;
}

QString GitHubClient::Private::displayPath(const QUrl& url) const
{
    QString path = url.path();
    const QString basePath = base.path();
    if (path.startsWith(basePath))
        path = path.mid(basePath.size() - 1); // keep the leading '/'
    return path;
}

void GitHubClient::rest(const QByteArray& verb, const QString& path, const QVariantMap& query,
                        const QJsonObject& body, Access access, QObject* context, Callback done)
{
    auto c = std::make_shared<Private::Call>();
    c->verb = verb.toUpper();
    c->access = access;
    c->context = context ? context : this;
    c->done = std::move(done);
    QString why;
    c->url = d->resolve(path, &why);
    if (!c->url.isValid()) {
        GitHubResult r;
        r.kind = GitHubResult::Kind::BadResponse;
        r.what = QString::fromLatin1(c->verb) + QLatin1Char(' ') + path;
        r.attempts = 0;
        r.message = tr("Shiftdesk did not send %1: %2.").arg(r.what, why);
        d->active.push_back(c);
        d->completeLater(c, r);
        return;
    }
    if (!query.isEmpty()) {
        QByteArray encoded = c->url.query(QUrl::FullyEncoded).toLatin1();
        const QByteArray extra = github::encodeQuery(query);
        encoded += (encoded.isEmpty() ? QByteArray() : QByteArray("&")) + extra;
        c->url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
    }
    c->what = QString::fromLatin1(c->verb) + QLatin1Char(' ') + d->displayPath(c->url);
    c->resource = github::resourceFor(d->displayPath(c->url), false);
    if (c->verb != "GET" && c->verb != "HEAD")
        c->body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    d->submit(c);
}

void GitHubClient::graphql(const QString& name, const QString& query, const QJsonObject& variables,
                           Access access, QObject* context, Callback done)
{
    auto c = std::make_shared<Private::Call>();
    c->verb = "POST";
    c->graphql = true;
    c->url = d->graphql;
    c->access = access;
    c->context = context ? context : this;
    c->done = std::move(done);
    c->what = QStringLiteral("graphql ") + name;
    c->resource = QStringLiteral("graphql");
    QJsonObject payload{{QStringLiteral("query"), query}};
    if (!variables.isEmpty())
        payload.insert(QStringLiteral("variables"), variables);
    c->body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    d->submit(c);
}

void GitHubClient::Private::submit(const CallPtr& c)
{
    if (shuttingDown)
        return;
    active.push_back(c);
    if (c->access == Access::Write) {
        writeQueue.push_back(c);
        pumpWrites();
    } else {
        dispatch(c);
    }
}

// Writes start in order and at least minWriteInterval apart (§10: secondary limits).
void GitHubClient::Private::pumpWrites()
{
    while (!writeQueue.empty()) {
        if (lastWriteStart.isValid()) {
            const qint64 wait = minWriteIntervalMs - lastWriteStart.elapsed();
            if (wait > 0) {
                if (!writeTimer.isActive())
                    writeTimer.start(int(wait));
                return;
            }
        }
        const CallPtr c = writeQueue.front();
        writeQueue.pop_front();
        if (c->completed)
            continue;
        if (dispatch(c))
            lastWriteStart.start();
    }
}

// Sends the call, or fails it at once while its resource is paused by a rate limit.
bool GitHubClient::Private::dispatch(const CallPtr& c)
{
    const auto pause = paused.constFind(c->resource);
    if (pause != paused.constEnd()) {
        if (QDateTime::currentDateTimeUtc() < pause->until) {
            GitHubResult r;
            r.kind = GitHubResult::Kind::RateLimited;
            r.what = c->what;
            r.retryAt = pause->until;
            r.secondaryLimit = pause->secondary;
            r.rate = rates.value(c->resource);
            r.attempts = c->attempt;
            r.message = GitHubResult::describe(r);
            completeLater(c, r);
            return false;
        }
        paused.remove(c->resource);
    }
    send(c);
    return true;
}

void GitHubClient::Private::send(const CallPtr& c)
{
    c->timedOut = false;
    c->tooLarge = false;
    c->conditional = false;
    QNetworkRequest request(c->url);
    // A redirect to another host would carry the token there: same origin only.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent);
    request.setRawHeader("Accept", "application/vnd.github+json");
    request.setRawHeader("X-GitHub-Api-Version", "2022-11-28");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());

    QNetworkReply* reply = nullptr;
    if (c->verb == "GET") {
        const QString key = c->url.toString(QUrl::FullyEncoded);
        const auto cached = cache.find(key);
        if (cached != cache.end()) {
            cached->lastUse = ++useCounter;
            request.setRawHeader("If-None-Match", cached->etag);
            c->conditional = true;
            c->cachedJson = cached->json;
            c->cachedLink = cached->link;
        }
        reply = network->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/json; charset=utf-8"));
        if (c->access == Access::Write) {
            // Qt silently sends a request again when the connection closes before the answer;
            // for a write that could create an issue twice. A body that can be read only once
            // makes Qt report ContentReSendError instead: the result says outcomeUnknown.
            request.setHeader(QNetworkRequest::ContentLengthHeader, c->body.size());
            request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
            auto* device = new net::OneShotBody(c->body);
            reply = c->verb == "POST" ? network->post(request, device)
                                      : network->sendCustomRequest(request, c->verb, device);
            device->setParent(reply);
        } else {
            reply = c->verb == "POST" ? network->post(request, c->body)
                                      : network->sendCustomRequest(request, c->verb, c->body);
        }
    }
    ++sent;
    c->reply = reply;

    auto* timer = new QTimer(reply);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, reply, [c, reply]() {
        c->timedOut = true;
        reply->abort();
    });
    timer->start(timeoutMs);
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [c, reply](qint64 received, qint64) {
                         if (received > kMaxResponseBytes && !c->tooLarge) {
                             c->tooLarge = true;
                             reply->abort();
                         }
                     });
    QObject::connect(reply, &QNetworkReply::finished, q,
                     [this, c, reply]() { finished(c, reply); });
}

void GitHubClient::Private::finished(const CallPtr& c, QNetworkReply* reply)
{
    if (c->reply != reply)
        return; // cancelled
    c->reply = nullptr;
    reply->deleteLater();
    if (shuttingDown || c->completed)
        return;
    GitHubResult result = interpret(reply, *c);

    QDateTime pauseUntil;
    bool secondary = false;
    if (result.kind == GitHubResult::Kind::RateLimited) {
        pauseUntil = result.retryAt;
        secondary = result.secondaryLimit;
    } else if (result.rate.remaining == 0 && result.rate.reset.isValid() &&
               result.rate.reset > QDateTime::currentDateTimeUtc()) {
        // The last call this hour succeeded: the next ones would be refused until the reset.
        // GitHub's window is an hour: a reset further away than that is not believed.
        pauseUntil = qMin(result.rate.reset, QDateTime::currentDateTimeUtc().addSecs(3900));
    }
    if (pauseUntil.isValid()) {
        Pause& p = paused[c->resource];
        if (!p.until.isValid() || p.until < pauseUntil) {
            p.until = pauseUntil;
            p.secondary = secondary;
        }
        Q_EMIT q->rateLimited(c->resource, pauseUntil);
    }

    // Reads are safe to repeat; writes never are (a lost answer may hide a done write).
    const bool transient =
        result.kind == GitHubResult::Kind::NetworkError ||
        result.kind == GitHubResult::Kind::Timeout ||
        (result.kind == GitHubResult::Kind::HttpError && result.httpStatus >= 500);
    if (c->access == Access::Read && transient && c->attempt + 1 < attempts) {
        ++c->attempt;
        int delay = firstDelayMs * (1 << qMin(c->attempt - 1, 6));
        delay += int(QRandomGenerator::global()->bounded(qMax(1, firstDelayMs / 4 + 1)));
        QTimer::singleShot(delay, q, [this, c]() {
            if (!c->completed && !shuttingDown)
                dispatch(c);
        });
        return;
    }
    complete(c, std::move(result));
}

void GitHubClient::Private::completeLater(const CallPtr& c, const GitHubResult& result)
{
    QTimer::singleShot(0, q, [this, c, result]() {
        if (!c->completed && !shuttingDown)
            complete(c, result);
    });
}

void GitHubClient::Private::complete(const CallPtr& c, GitHubResult result)
{
    c->completed = true;
    for (auto it = active.begin(); it != active.end(); ++it) {
        if (*it == c) {
            active.erase(it);
            break;
        }
    }
    if (result.kind == GitHubResult::Kind::Unauthorized)
        Q_EMIT q->authProblem(result);
    if (c->context && c->done)
        c->done(result);
}

} // namespace shiftdesk
