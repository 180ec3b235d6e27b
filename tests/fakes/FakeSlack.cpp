#include "FakeSlack.h"

#include "FakeHttpServer.h"
#include "FakeSlackApi.h"
#include "FakeSlackState.h"
#include "FakeSocketMode.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimer>
#include <QUuid>

#include <optional>

namespace shiftdesk::fake {

namespace {

const QString kConnectionsOpen = QStringLiteral("apps.connections.open");

// application/x-www-form-urlencoded (also used for the query string): '+' is a space, then
// percent-decoding (§14). A repeated key keeps its last value.
void decodeForm(const QByteArray& data, QVariantMap* into)
{
    for (const QByteArray& part : data.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        QByteArray key = eq < 0 ? part : part.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        into->insert(QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                     QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
}

struct ParsedCall
{
    QString method;
    QString verb;
    QString contentType;
    QVariantMap logged;    // query + form + JSON, token removed
    QVariantMap effective; // what the method sees (JSON only where §1 allows it)
    QString headerToken;
    QString paramToken;
    bool bearer = false;
    bool jsonBody = false;
    bool missingCharset = false;
    QString bodyError;
};

ParsedCall parseCall(const HttpRequest& r)
{
    ParsedCall c;
    const QString path = QString::fromUtf8(QByteArray::fromPercentEncoding(r.path));
    if (path.startsWith(QLatin1String("/api/")))
        c.method = path.mid(5);
    c.verb = QString::fromLatin1(r.verb);
    c.contentType = QString::fromLatin1(r.header("Content-Type"));
    const QByteArray auth = r.header("Authorization");
    if (auth.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0) {
        c.bearer = true;
        c.headerToken = QString::fromUtf8(auth.mid(7).trimmed());
    }
    QVariantMap query;
    decodeForm(r.query, &query);
    QVariantMap form;
    QVariantMap json;
    const QString mime = c.contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    const QString charset =
        c.contentType.section(QStringLiteral("charset="), 1).trimmed().toLower();
    if (r.verb == "POST" && !r.body.isEmpty()) {
        if (mime.isEmpty()) {
            c.bodyError = QStringLiteral("missing_post_type");
        } else if (mime == QLatin1String("application/x-www-form-urlencoded")) {
            decodeForm(r.body, &form);
        } else if (mime == QLatin1String("application/json")) {
            c.jsonBody = true;
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
            if (!doc.isObject())
                c.bodyError = QStringLiteral("invalid_json");
            json = doc.object().toVariantMap();
            c.missingCharset = charset.isEmpty();
        } else if (mime == QLatin1String("multipart/form-data")) {
            c.bodyError = QStringLiteral("invalid_form_data"); // not parsed by this fake
        } else if (mime != QLatin1String("text/plain")) {
            c.bodyError = QStringLiteral("invalid_post_type"); // §4
        }
        if (!charset.isEmpty() && charset != QLatin1String("utf-8") &&
            charset != QLatin1String("iso-8859-1"))
            c.bodyError = QStringLiteral("invalid_charset");
    }
    // §1: a token may come as a parameter (query or form), never inside a JSON body.
    c.paramToken = form.contains(QStringLiteral("token"))
                       ? form.take(QStringLiteral("token")).toString()
                       : query.take(QStringLiteral("token")).toString();
    query.remove(QStringLiteral("token"));
    json.remove(QStringLiteral("token"));
    c.effective = query;
    c.effective.insert(form);
    c.logged = c.effective;
    c.logged.insert(json);
    if (FakeSlackApi::acceptsJson(c.method))
        c.effective.insert(json);
    return c;
}

HttpResponse slackResponse(int status, const QJsonObject& body, const QString& method,
                           const QString& grantedScopes)
{
    HttpResponse r = HttpResponse::json(status, body);
    // §1: the scope headers; §5: Retry-After readable by browsers too.
    r.setHeader("x-oauth-scopes", grantedScopes.toUtf8());
    r.setHeader("x-accepted-oauth-scopes",
                FakeSlackApi::acceptedScopes(method).join(QLatin1Char(',')).toUtf8());
    r.setHeader("x-slack-req-id", QUuid::createUuid().toString(QUuid::Id128).toLatin1());
    r.setHeader("Access-Control-Expose-Headers", "x-slack-req-id, retry-after");
    return r;
}

HttpResponse process(const ParsedCall& c, FakeSlackState& state, FakeSlackApi& api)
{
    const QString botScopes = state.scopes.join(QLatin1Char(','));
    auto fail = [&](const QString& code, const QString& scopes) {
        return slackResponse(200, FakeSlackApi::error(code), c.method, scopes);
    };
    if (!FakeSlackApi::isKnownMethod(c.method)) {
        return slackResponse(404, FakeSlackApi::error(QStringLiteral("unknown_method")), c.method,
                             QString());
    }
    if (!c.bodyError.isEmpty())
        return fail(c.bodyError, QString());
    // §1: JSON bodies need the token in the Authorization header.
    if (c.jsonBody && !c.bearer)
        return fail(QStringLiteral("not_authed"), QString());
    // §1: apps.connections.open reads the token from the header only.
    const QString token = c.method == kConnectionsOpen ? c.headerToken
                          : c.bearer                   ? c.headerToken
                                                       : c.paramToken;
    if (token.isEmpty())
        return fail(QStringLiteral("not_authed"), QString());
    const bool isBot = token == state.botToken;
    const bool isApp = token == state.appToken;
    if (!isBot && !isApp)
        return fail(QStringLiteral("invalid_auth"), QString());
    // §6: the app-level token is for apps.connections.open only, and only it is.
    const QString scopes = isApp ? QStringLiteral("connections:write") : botScopes;
    if (isApp != (c.method == kConnectionsOpen))
        return fail(QStringLiteral("not_allowed_token_type"), scopes);

    QJsonObject body = api.call(c.method, c.effective);
    if (c.missingCharset && body.value(QStringLiteral("ok")).toBool()) {
        // What Slack says about a JSON body without a charset (§4 invalid_charset's sibling).
        body.insert(QStringLiteral("warning"), QStringLiteral("missing_charset"));
        QJsonObject meta = body.value(QStringLiteral("response_metadata")).toObject();
        meta.insert(QStringLiteral("warnings"), QJsonArray{QStringLiteral("missing_charset")});
        body.insert(QStringLiteral("response_metadata"), meta);
    }
    return slackResponse(200, body, c.method, scopes);
}

// The answers of the faults that replace the method's own answer; nullopt for the others.
std::optional<HttpResponse> cannedFault(const FakeFault& f, const QString& method,
                                        const FakeSlackApi& api, const FakeSlackState& state)
{
    using K = FakeFault::Kind;
    const QString scopes = state.scopes.join(QLatin1Char(','));
    auto slackError = [&](int status, const char* code) {
        return slackResponse(status, FakeSlackApi::error(QLatin1String(code)), method, scopes);
    };
    switch (f.kind) {
    case K::InvalidAuth:
        return slackError(200, "invalid_auth");
    case K::NotAuthed:
        return slackError(200, "not_authed");
    case K::TokenRevoked:
        return slackError(200, "token_revoked");
    case K::NotInChannel:
        return slackError(200, "not_in_channel");
    case K::ChannelNotFound:
        return slackError(200, "channel_not_found");
    case K::PostRateLimited:
        return slackError(200, "rate_limited");
    case K::Http500:
        return slackError(500, "internal_error");
    case K::Http503:
        return slackError(503, "service_unavailable");
    case K::MissingScope: {
        const QString needed =
            !f.needed.isEmpty()
                ? f.needed
                : FakeSlackApi::acceptedScopes(method).value(0, QStringLiteral("chat:write"));
        return slackResponse(200, api.missingScope(needed), method, scopes);
    }
    case K::RateLimited: { // §5: 429 + Retry-After (seconds) + ratelimited
        HttpResponse r = slackError(429, "ratelimited");
        r.setHeader("Retry-After", QByteArray::number(f.retryAfterSeconds));
        return r;
    }
    case K::RateLimitedNoRetryAfter: // §5: an old real 429: no header, empty body
        return HttpResponse::raw(429, QByteArray(), QByteArray());
    case K::MalformedJson: {
        HttpResponse r = slackResponse(200, QJsonObject(), method, scopes);
        r.body = QByteArrayLiteral("{\"ok\":true,\"channels\":[{\"id\":\"C0");
        return r;
    }
    case K::HtmlErrorPage: {
        const int status = f.httpStatus > 0 ? f.httpStatus : 502;
        const QByteArray title =
            QByteArray::number(status) + ' ' + HttpResponse::reasonPhrase(status);
        return HttpResponse::raw(status, "text/html; charset=utf-8",
                                 "<!DOCTYPE html>\n<html><head><title>" + title +
                                     "</title></head><body><h1>" + title +
                                     "</h1><p>The server is temporarily unable to service your "
                                     "request.</p></body></html>\n");
    }
    case K::TruncatedReply:
    case K::None:
    case K::Slow:
    case K::DropBeforeProcessing:
    case K::DropAfterProcessing:
        break;
    }
    return std::nullopt;
}

// The whole answer as it would go on the wire, cut in the middle of the body.
QByteArray truncated(const HttpResponse& r)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' +
                     HttpResponse::reasonPhrase(r.status) + "\r\n";
    for (const auto& h : r.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n\r\n";
    return out + r.body.left(r.body.size() / 2);
}

} // namespace

FakeSlack::FakeSlack(QObject* parent)
    : QObject(parent)
    , m_state(std::make_unique<FakeSlackState>())
    , m_http(new FakeHttpServer(this))
    , m_socket(new FakeSocketMode(this))
{
    m_api = std::make_unique<FakeSlackApi>(*this);
    m_socket->setAppId(m_state->appId);
    m_http->setHandler([this](const HttpRequest& request, const HttpResponder& responder) {
        onHttpRequest(request, responder);
    });
    connect(m_socket, &FakeSocketMode::acked, this, &FakeSlack::envelopeAcked);
    connect(m_socket, &FakeSocketMode::connected, this, &FakeSlack::socketConnected);
}

FakeSlack::~FakeSlack() = default;

bool FakeSlack::start()
{
    return m_http->listen(QHostAddress::LocalHost, 0) && m_socket->listen();
}

QUrl FakeSlack::apiBaseUrl() const
{
    QUrl url = m_http->baseUrl();
    url.setPath(QStringLiteral("/api/"));
    return url;
}

void FakeSlack::setBotToken(const QString& token)
{
    m_state->botToken = token;
}
void FakeSlack::setAppToken(const QString& token)
{
    m_state->appToken = token;
}
void FakeSlack::setScopes(const QStringList& scopes)
{
    m_state->scopes = scopes;
}
QStringList FakeSlack::scopes() const
{
    return m_state->scopes;
}

void FakeSlack::setTeam(const QString& teamId, const QString& teamName, const QString& url)
{
    m_state->teamId = teamId;
    m_state->teamName = teamName;
    m_state->teamUrl = url.endsWith(QLatin1Char('/')) ? url : url + QLatin1Char('/');
}

void FakeSlack::setBotIdentity(const QString& userId, const QString& botId, const QString& name)
{
    m_state->botUserId = userId;
    m_state->botId = botId;
    m_state->botName = name;
}

void FakeSlack::setAppId(const QString& appId)
{
    m_state->appId = appId;
    m_socket->setAppId(appId);
}

void FakeSlack::addChannel(const QString& id, const QString& name, bool isPrivate, bool botIsMember,
                           bool archived)
{
    FakeChannel* c = m_state->channel(id);
    if (!c) {
        m_state->channels.append(FakeChannel());
        c = &m_state->channels.last();
        c->id = id;
        c->created = QDateTime::currentSecsSinceEpoch();
    }
    c->name = name;
    c->isPrivate = isPrivate;
    c->botIsMember = botIsMember;
    c->archived = archived;
}

void FakeSlack::setBotMember(const QString& channelId, bool member)
{
    if (FakeChannel* c = m_state->channel(channelId))
        c->botIsMember = member;
}

void FakeSlack::addUser(const QJsonObject& user)
{
    const QString id = user.value(QStringLiteral("id")).toString();
    for (QJsonObject& u : m_state->users) {
        if (u.value(QStringLiteral("id")).toString() == id) {
            u = user;
            return;
        }
    }
    m_state->users.append(user);
}

QString FakeSlack::postMessage(const QString& channelId, QJsonObject message)
{
    FakeChannel* c = m_state->channel(channelId);
    if (!c)
        return {};
    const QJsonObject stored = m_state->store(*c, std::move(message));
    pushMessageEvent(channelId, stored);
    return stored.value(QStringLiteral("ts")).toString();
}

QString FakeSlack::postReply(const QString& channelId, const QString& threadTs, QJsonObject message)
{
    message.insert(QStringLiteral("thread_ts"), threadTs);
    return postMessage(channelId, std::move(message));
}

void FakeSlack::editMessage(const QString& channelId, const QString& ts, const QString& newText)
{
    FakeChannel* c = m_state->channel(channelId);
    TsKey key = 0;
    if (!c || !parseTs(ts, &key) || !c->messages.count(key))
        return;
    // The editor is the author, as in OLD events/message/message_changed.md.
    const QJsonObject& original = c->messages.at(key);
    const QString author = original.value(QStringLiteral("user"))
                               .toString(original.value(QStringLiteral("bot_id")).toString());
    QJsonObject edited;
    QJsonObject previous;
    if (!m_state->edit(*c, ts, newText, author, &edited, &previous))
        return;
    const QJsonObject stamp = edited.value(QStringLiteral("edited")).toObject();
    const QString eventTs = stamp.value(QStringLiteral("ts")).toString();
    // §7.6: edits arrive as message_changed with the new version in message{} and hidden:true.
    pushMessageEvent(channelId,
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("message")},
                                 {QStringLiteral("subtype"), QStringLiteral("message_changed")},
                                 {QStringLiteral("hidden"), true},
                                 {QStringLiteral("ts"), eventTs},
                                 {QStringLiteral("message"), edited},
                                 {QStringLiteral("previous_message"), previous}});
}

void FakeSlack::deleteMessage(const QString& channelId, const QString& ts)
{
    FakeChannel* c = m_state->channel(channelId);
    QJsonObject removed;
    if (!c || !m_state->remove(*c, ts, &removed))
        return;
    // §7.6: deletes arrive as message_deleted with deleted_ts.
    pushMessageEvent(channelId,
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("message")},
                                 {QStringLiteral("subtype"), QStringLiteral("message_deleted")},
                                 {QStringLiteral("hidden"), true},
                                 {QStringLiteral("ts"), m_state->nextTs()},
                                 {QStringLiteral("deleted_ts"), ts},
                                 {QStringLiteral("previous_message"), removed}});
}

QJsonArray FakeSlack::messages(const QString& channelId) const
{
    QJsonArray out;
    if (const FakeChannel* c = m_state->channel(channelId)) {
        for (const auto& entry : c->messages)
            out.append(entry.second);
    }
    return out;
}

void FakeSlack::injectFault(const QString& method, const FakeFault& fault, int times)
{
    if (times > 0)
        m_faults[method].append(Fault{fault, times});
}

void FakeSlack::clearFaults()
{
    m_faults.clear();
}
void FakeSlack::setPageSizeCap(int cap)
{
    m_state->pageSizeCap = cap;
}

FakeFault FakeSlack::takeFault(const QString& method)
{
    for (const QString& key : {method, QStringLiteral("*")}) {
        auto it = m_faults.find(key);
        if (it == m_faults.end() || it->isEmpty())
            continue;
        const FakeFault fault = it->first().fault;
        if (--it->first().remaining <= 0)
            it->removeFirst();
        return fault;
    }
    return {};
}

void FakeSlack::sendDisconnect(const QString& reason)
{
    m_socket->sendDisconnect(reason);
}
void FakeSlack::dropSocketConnections()
{
    m_socket->dropAll();
}
void FakeSlack::setRedeliverUnackedAfterMs(int ms)
{
    m_socket->setRedeliverAfterMs(ms);
}
void FakeSlack::setMaxRedeliveries(int n)
{
    m_socket->setMaxRedeliveries(n);
}
void FakeSlack::setQueueEventsWhileDisconnected(bool q)
{
    m_socket->setQueueWhileDisconnected(q);
}
int FakeSlack::activeSocketConnections() const
{
    return m_socket->activeConnections();
}
QStringList FakeSlack::ackedEnvelopeIds() const
{
    return m_socket->ackedIds();
}
QList<QJsonObject> FakeSlack::sentEnvelopes() const
{
    return m_socket->sentEnvelopes();
}
int FakeSlack::connectionsOpened() const
{
    return m_state->connectionsOpened;
}
QList<FakeSlack::Request> FakeSlack::requests() const
{
    return m_requests;
}
void FakeSlack::clearRequests()
{
    m_requests.clear();
}
FakeHttpServer* FakeSlack::httpServer() const
{
    return m_http;
}

int FakeSlack::callCount(const QString& method) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&](const Request& r) { return r.method == method; }));
}

void FakeSlack::pushMessageEvent(const QString& channelId, const QJsonObject& message)
{
    const FakeChannel* c = m_state->channel(channelId);
    if (!c || !c->botIsMember) // the app hears message.channels / message.groups where it is
        return;
    QJsonObject event = message;
    event.insert(QStringLiteral("channel"), channelId);
    if (!event.contains(QStringLiteral("event_ts")))
        event.insert(QStringLiteral("event_ts"), event.value(QStringLiteral("ts")));
    event.insert(QStringLiteral("channel_type"),
                 c->isPrivate ? QStringLiteral("group") : QStringLiteral("channel"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // §7.3: the events_api payload as in PY's mock server.
    const QJsonObject payload{
        {QStringLiteral("token"), QStringLiteral("fake-verification-token")},
        {QStringLiteral("team_id"), m_state->teamId},
        {QStringLiteral("api_app_id"), m_state->appId},
        {QStringLiteral("event"), event},
        {QStringLiteral("type"), QStringLiteral("event_callback")},
        {QStringLiteral("event_id"),
         QStringLiteral("Ev%1").arg(++m_eventCounter, 9, 10, QLatin1Char('0'))},
        {QStringLiteral("event_time"), now},
        {QStringLiteral("authorizations"),
         QJsonArray{QJsonObject{{QStringLiteral("enterprise_id"), QJsonValue::Null},
                                {QStringLiteral("team_id"), m_state->teamId},
                                {QStringLiteral("user_id"), m_state->botUserId},
                                {QStringLiteral("is_bot"), true},
                                {QStringLiteral("is_enterprise_install"), false}}}},
        {QStringLiteral("is_ext_shared_channel"), false},
        {QStringLiteral("event_context"), QStringLiteral("4-fake-event-context")}};
    m_socket->pushEventsApi(payload);
}

void FakeSlack::onHttpRequest(const HttpRequest& request, const HttpResponder& responder)
{
    const ParsedCall call = parseCall(request);
    m_requests.append(Request{call.method, call.verb, call.contentType, call.logged, call.bearer});
    const FakeFault fault = takeFault(call.method);
    auto act = [this, call, fault, responder] {
        using K = FakeFault::Kind;
        if (fault.kind == K::DropBeforeProcessing) {
            responder.drop();
        } else if (const auto canned = cannedFault(fault, call.method, *m_api, *m_state)) {
            responder.send(*canned);
        } else {
            // Processed even if the client has gone away meanwhile (a slow server still
            // applies what it was asked to do).
            const HttpResponse response = process(call, *m_state, *m_api);
            if (fault.kind == K::DropAfterProcessing)
                responder.drop();
            else if (fault.kind == K::TruncatedReply)
                responder.sendRaw(truncated(response), true);
            else
                responder.send(response);
        }
        Q_EMIT requestHandled(call.method);
    };
    if (fault.delayMs > 0)
        QTimer::singleShot(fault.delayMs, this, act);
    else
        act();
}

} // namespace shiftdesk::fake
