#include "SlackClient.h"

#include "net/WriteOnce.h"

#include "net/UrlPolicy.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

#include <cstring>

namespace shiftdesk {

namespace {

enum class Encoding { Query, Form, Json };

constexpr qint64 kMaxResponseBytes = 64 * 1024 * 1024;

// How each method is sent (§1: JSON only where Slack documents it; reads as GET).
Encoding encodingFor(const QString& method, SlackClient::Access access)
{
    if (method == QLatin1String("chat.postMessage") || method == QLatin1String("reactions.add"))
        return Encoding::Json;
    if (method == QLatin1String("auth.test") || method == QLatin1String("apps.connections.open") ||
        method == QLatin1String("reactions.remove"))
        return Encoding::Form;
    return access == SlackClient::Access::Read ? Encoding::Query : Encoding::Form;
}

QString formValue(const QVariant& v)
{
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.typeId() == QMetaType::QVariantMap || v.typeId() == QMetaType::QVariantList)
        return QString::fromUtf8(QJsonDocument::fromVariant(v).toJson(QJsonDocument::Compact));
    return v.toString();
}

// Percent-encodes every value ourselves: QUrlQuery would leave '+' alone, which a form decoder
// reads as a space ("C++" -> "C  ") (§14).
QByteArray encodeParams(const QVariantMap& params)
{
    QByteArray out;
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(it.key()) + '=' + QUrl::toPercentEncoding(formValue(*it));
    }
    return out;
}

QStringList splitScopes(const QByteArray& header)
{
    QStringList out;
    const QList<QByteArray> parts = header.split(',');
    for (const QByteArray& p : parts) {
        const QString s = QString::fromLatin1(p.trimmed());
        if (!s.isEmpty())
            out << s;
    }
    return out;
}

} // namespace

struct SlackClient::Call
{
    QString method;
    QVariantMap params;
    Access access = Access::Read;
    QPointer<QObject> context;
    Callback done;
    QString token;
    int attempt = 0;
    bool timedOut = false;
    bool tooLarge = false;
};

SlackClient::SlackClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_base(QStringLiteral("https://slack.com/api/"))
{}

SlackClient::~SlackClient()
{
    m_shuttingDown = true;
    cancelAll();
}

bool SlackClient::setBaseUrl(const QUrl& base, QString* why)
{
    if (!UrlPolicy::isAllowedApiBase(base, why))
        return false;
    m_base = UrlPolicy::normalisedBase(base);
    return true;
}

void SlackClient::setToken(const QString& token)
{
    m_token = token.trimmed();
    m_users.clear();
}

void SlackClient::setRetryPolicy(int attempts, int firstDelayMs)
{
    m_attempts = qMax(1, attempts);
    m_firstDelayMs = qMax(0, firstDelayMs);
}

void SlackClient::cancelAll()
{
    const auto replies = m_replies;
    m_replies.clear();
    for (auto it = replies.constBegin(); it != replies.constEnd(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        it.key()->deleteLater();
    }
}

void SlackClient::call(const QString& method, const QVariantMap& params, Access access,
                       QObject* context, Callback done, const QString& token)
{
    auto c = std::make_shared<Call>();
    c->method = method;
    c->params = params;
    c->access = access;
    c->context = context ? context : this;
    c->done = std::move(done);
    c->token = token.isEmpty() ? m_token : token;
    send(std::move(c));
}

void SlackClient::send(std::shared_ptr<Call> c)
{
    if (m_shuttingDown)
        return;
    // A 429 pauses the whole method (§5): wait out the rest of the pause first.
    const auto paused = m_pausedUntil.constFind(c->method);
    if (paused != m_pausedUntil.constEnd() && !paused->hasExpired()) {
        QTimer::singleShot(int(paused->remainingTime()), this, [this, c]() { send(c); });
        return;
    }

    c->timedOut = false;
    c->tooLarge = false;
    QNetworkRequest request(m_base.resolved(QUrl(c->method)));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Shiftdesk/" SHIFTDESK_VERSION));
    request.setRawHeader("Accept", "application/json");
    if (!c->token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + c->token.toUtf8());

    QNetworkReply* reply = nullptr;
    switch (encodingFor(c->method, c->access)) {
    case Encoding::Query: {
        QUrl url = request.url();
        url.setQuery(QString::fromLatin1(encodeParams(c->params)), QUrl::StrictMode);
        request.setUrl(url);
        reply = m_network->get(request);
        break;
    }
    case Encoding::Form:
    case Encoding::Json: {
        const bool json = encodingFor(c->method, c->access) == Encoding::Json;
        const QByteArray body = json ? QJsonDocument(QJsonObject::fromVariantMap(c->params))
                                           .toJson(QJsonDocument::Compact)
                                     : encodeParams(c->params);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          json ? QStringLiteral("application/json; charset=utf-8")
                               : QStringLiteral("application/x-www-form-urlencoded"));
        if (c->access == Access::Write) {
            // Qt silently sends a request again when the connection closes before the answer;
            // for a write that could post twice. A body that can be read only once makes Qt
            // report ContentReSendError instead, and the result says the outcome is unknown.
            request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
            request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
            auto* device = new net::OneShotBody(body);
            reply = m_network->post(request, device);
            device->setParent(reply);
        } else {
            reply = m_network->post(request, body);
        }
        break;
    }
    }
    m_replies.insert(reply, c);

    auto* timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [c, reply]() {
        c->timedOut = true;
        reply->abort();
    });
    timer->start(m_timeoutMs);
    connect(reply, &QNetworkReply::downloadProgress, reply, [c, reply](qint64 received, qint64) {
        if (received > kMaxResponseBytes && !c->tooLarge) {
            c->tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, c]() { finished(reply, c); });
}

bool SlackClient::mayHaveBeenSent(int networkError)
{
    return net::writeMayHaveBeenSent(networkError);
}

SlackResult SlackClient::interpret(QNetworkReply* reply, const Call& c) const
{
    SlackResult r;
    r.method = c.method;
    r.attempts = c.attempt + 1;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.scopes = splitScopes(reply->rawHeader("x-oauth-scopes"));
    r.acceptedScopes = splitScopes(reply->rawHeader("x-accepted-oauth-scopes"));
    const bool write = c.access == Access::Write;

    if (c.timedOut) {
        r.kind = SlackResult::Kind::Timeout;
        r.outcomeUnknown = write;
    } else if (c.tooLarge) {
        r.kind = SlackResult::Kind::BadResponse;
    } else if (r.httpStatus == 429) {
        r.kind = SlackResult::Kind::RateLimited;
        bool ok = false;
        const int seconds = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
        r.retryAfterSeconds = ok && seconds >= 0 ? qMin(seconds, 3600) : m_defaultRetryAfter;
        r.error = QStringLiteral("ratelimited");
    } else if (r.httpStatus == 0) {
        r.kind = SlackResult::Kind::NetworkError;
        r.outcomeUnknown = write && mayHaveBeenSent(reply->error());
    } else if (r.httpStatus != 200) {
        r.kind = SlackResult::Kind::HttpError;
        // A 5xx to a write may come from a proxy after Slack did the work.
        r.outcomeUnknown = write && r.httpStatus >= 500;
    } else {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            r.kind = SlackResult::Kind::BadResponse;
            r.outcomeUnknown = write;
        } else {
            r.body = doc.object();
            if (r.body.value(QLatin1String("ok")).toBool()) {
                r.kind = SlackResult::Kind::Ok;
            } else {
                r.error = r.body.value(QLatin1String("error")).toString();
                r.needed = r.body.value(QLatin1String("needed")).toString();
                r.provided = r.body.value(QLatin1String("provided")).toString();
                if (r.error == QLatin1String("ratelimited") ||
                    r.error == QLatin1String("rate_limited")) {
                    r.kind = SlackResult::Kind::RateLimited;
                    bool ok = false;
                    const int seconds = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
                    r.retryAfterSeconds = ok ? seconds : m_defaultRetryAfter;
                } else {
                    r.kind = SlackResult::Kind::ApiError;
                }
            }
        }
    }
    r.message = SlackResult::describe(r);
    return r;
}

void SlackClient::finished(QNetworkReply* reply, std::shared_ptr<Call> c)
{
    if (!m_replies.remove(reply))
        return; // cancelled
    reply->deleteLater();
    if (m_shuttingDown)
        return;
    SlackResult result = interpret(reply, *c);

    if (result.kind == SlackResult::Kind::RateLimited) {
        m_pausedUntil.insert(c->method, QDeadlineTimer(qint64(result.retryAfterSeconds) * 1000));
        Q_EMIT rateLimited(c->method, result.retryAfterSeconds);
    }
    // Reads are safe to repeat; writes never are (a lost answer may hide a done write).
    const bool retry = c->access == Access::Read && c->attempt + 1 < m_attempts &&
                       result.isTransient() && !c->tooLarge;
    if (retry) {
        ++c->attempt;
        int delay = 0;
        if (result.kind != SlackResult::Kind::RateLimited) {
            delay = m_firstDelayMs * (1 << qMin(c->attempt - 1, 6));
            delay += int(QRandomGenerator::global()->bounded(qMax(1, m_firstDelayMs / 4 + 1)));
        }
        QTimer::singleShot(delay, this, [this, c]() { send(c); });
        return;
    }
    complete(c, std::move(result));
}

void SlackClient::complete(std::shared_ptr<Call> c, SlackResult result)
{
    // Only the client's own token: a refused app token (Socket Mode) is reported there.
    if (result.isAuthProblem() && c->token == m_token)
        Q_EMIT authProblem(result);
    if (c->context && c->done)
        c->done(result);
}

void SlackClient::authTest(QObject* context, Callback done)
{
    call(QStringLiteral("auth.test"), {}, Access::Read, context, std::move(done));
}

QList<SlackChannel> SlackClient::parseChannels(const QJsonArray& channels)
{
    QList<SlackChannel> out;
    out.reserve(channels.size());
    for (const QJsonValue& v : channels) {
        const QJsonObject o = v.toObject();
        SlackChannel ch;
        ch.id = o.value(QLatin1String("id")).toString();
        ch.name = o.value(QLatin1String("name")).toString();
        ch.isPrivate = o.value(QLatin1String("is_private")).toBool();
        ch.isMember = o.value(QLatin1String("is_member")).toBool();
        ch.isArchived = o.value(QLatin1String("is_archived")).toBool();
        if (!ch.id.isEmpty())
            out.append(ch);
    }
    return out;
}

void SlackClient::listChannels(
    const QString& types, QObject* context,
    std::function<void(const QList<SlackChannel>&, const SlackResult&)> done)
{
    struct State
    {
        QList<SlackChannel> channels;
        QString types;
        std::function<void(const QList<SlackChannel>&, const SlackResult&)> done;
        QPointer<QObject> context;
        int pages = 0;
    };
    auto state = std::make_shared<State>();
    state->types = types;
    state->done = std::move(done);
    state->context = context ? context : this;
    // The pending call's callback holds the paging function; the function only knows itself
    // weakly. So nothing refers to itself, and a chain cut short (the client destroyed with a
    // page in flight, which never calls back) frees everything with that call.
    using Next = std::function<void(const QString&)>;
    auto next = std::make_shared<Next>();
    *next = [this, state, weakNext = std::weak_ptr<Next>(next)](const QString& cursor) {
        const std::shared_ptr<Next> self = weakNext.lock();
        if (!self)
            return;
        QVariantMap params{{QStringLiteral("types"), state->types},
                           {QStringLiteral("exclude_archived"), true},
                           {QStringLiteral("limit"), 200}};
        if (!cursor.isEmpty())
            params.insert(QStringLiteral("cursor"), cursor);
        // The client itself is the context, so the paging chain always ends (and frees
        // itself) even if the caller has gone; the caller is checked before calling back.
        call(QStringLiteral("conversations.list"), params, Access::Read, this,
             [state, self](const SlackResult& r) {
                 if (!state->context)
                     return;
                 if (!r.ok()) {
                     state->done(state->channels, r);
                     return;
                 }
                 state->channels +=
                     parseChannels(r.body.value(QLatin1String("channels")).toArray());
                 const QString nextCursor = r.nextCursor();
                 // Only an empty next_cursor ends the list; short pages do not (§3).
                 if (nextCursor.isEmpty() || ++state->pages > 1000) {
                     state->done(state->channels, r);
                     return;
                 }
                 (*self)(nextCursor);
             });
    };
    (*next)(QString());
}

void SlackClient::history(const HistoryQuery& q, QObject* context, Callback done)
{
    QVariantMap params{{QStringLiteral("channel"), q.channel}, {QStringLiteral("limit"), q.limit}};
    if (!q.oldest.isEmpty())
        params.insert(QStringLiteral("oldest"), q.oldest);
    if (!q.latest.isEmpty())
        params.insert(QStringLiteral("latest"), q.latest);
    if (q.inclusive)
        params.insert(QStringLiteral("inclusive"), true);
    if (!q.cursor.isEmpty())
        params.insert(QStringLiteral("cursor"), q.cursor);
    call(QStringLiteral("conversations.history"), params, Access::Read, context, std::move(done));
}

void SlackClient::replies(const QString& channel, const QString& ts, const QString& cursor,
                          QObject* context, Callback done)
{
    QVariantMap params{{QStringLiteral("channel"), channel},
                       {QStringLiteral("ts"), ts},
                       {QStringLiteral("limit"), 200}};
    if (!cursor.isEmpty())
        params.insert(QStringLiteral("cursor"), cursor);
    call(QStringLiteral("conversations.replies"), params, Access::Read, context, std::move(done));
}

void SlackClient::userInfo(const QString& userId, QObject* context, Callback done)
{
    if (m_users.contains(userId)) {
        SlackResult r;
        r.kind = SlackResult::Kind::Ok;
        r.method = QStringLiteral("users.info");
        r.httpStatus = 200;
        r.body.insert(QStringLiteral("ok"), true);
        r.body.insert(QStringLiteral("user"), m_users.value(userId));
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, this, [guard, done = std::move(done), r]() {
            if (guard)
                done(r);
        });
        return;
    }
    auto& waiters = m_userWaiters[userId];
    waiters.append({QPointer<QObject>(context), std::move(done)});
    if (waiters.size() > 1)
        return; // a request for this user is already on its way
    call(QStringLiteral("users.info"), {{QStringLiteral("user"), userId}}, Access::Read, this,
         [this, userId](const SlackResult& r) {
             if (r.ok())
                 m_users.insert(userId, r.body.value(QLatin1String("user")).toObject());
             const auto waiting = m_userWaiters.take(userId);
             for (const auto& [guard, callback] : waiting) {
                 if (guard && callback)
                     callback(r);
             }
         });
}

void SlackClient::addReaction(const QString& channel, const QString& ts, const QString& name,
                              QObject* context, Callback done)
{
    call(QStringLiteral("reactions.add"),
         {{QStringLiteral("channel"), channel},
          {QStringLiteral("timestamp"), ts},
          {QStringLiteral("name"), name}},
         Access::Write, context, std::move(done));
}

void SlackClient::removeReaction(const QString& channel, const QString& ts, const QString& name,
                                 QObject* context, Callback done)
{
    call(QStringLiteral("reactions.remove"),
         {{QStringLiteral("channel"), channel},
          {QStringLiteral("timestamp"), ts},
          {QStringLiteral("name"), name}},
         Access::Write, context, std::move(done));
}

void SlackClient::postMessage(const QString& channel, const QString& text, const QString& threadTs,
                              bool broadcast, QObject* context, Callback done)
{
    QVariantMap params{{QStringLiteral("channel"), channel},
                       {QStringLiteral("text"), text},
                       {QStringLiteral("unfurl_links"), false}};
    if (!threadTs.isEmpty()) {
        params.insert(QStringLiteral("thread_ts"), threadTs);
        if (broadcast)
            params.insert(QStringLiteral("reply_broadcast"), true);
    }
    call(QStringLiteral("chat.postMessage"), params, Access::Write, context, std::move(done));
}

void SlackClient::permalink(const QString& channel, const QString& ts, QObject* context,
                            Callback done)
{
    call(QStringLiteral("chat.getPermalink"),
         {{QStringLiteral("channel"), channel}, {QStringLiteral("message_ts"), ts}}, Access::Read,
         context, std::move(done));
}

void SlackClient::openSocketConnection(const QString& appToken, QObject* context, Callback done)
{
    // Asking for a new ticket is harmless to repeat, so it is retried like a read.
    call(QStringLiteral("apps.connections.open"), {}, Access::Read, context, std::move(done),
         appToken);
}

} // namespace shiftdesk
