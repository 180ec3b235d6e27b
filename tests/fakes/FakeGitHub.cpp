// The HTTP front of the fake GitHub: parses each request, logs it (without credentials), applies
// injected faults, checks User-Agent, token and rate limit, hands the call to the REST, GraphQL
// or device-flow code, and adds GitHub's headers: ETag / 304, x-ratelimit-*, x-oauth-scopes.
#include "FakeGitHub.h"

#include "FakeGitHubPrivate.h"
#include "FakeHttpServer.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

#include <optional>

namespace shiftdesk::fake {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

const QString kSecondaryMessage = QStringLiteral(
    "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. "
    "If you reach out to GitHub Support for help, please include the request ID 0000:FAKE.");

QList<QPair<QString, QString>> decodeForm(const QByteArray& data)
{
    QList<QPair<QString, QString>> out;
    for (const QByteArray& part : data.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        QByteArray key = eq < 0 ? part : part.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        out.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return out;
}

GhCall parseCall(const HttpRequest& r)
{
    GhCall c;
    c.verb = QString::fromLatin1(r.verb);
    const QString path = QString::fromUtf8(QByteArray::fromPercentEncoding(r.path));
    if (path == QLatin1String("/api/v3") || path.startsWith(QLatin1String("/api/v3/"))) {
        c.area = GhCall::Area::Rest;
        c.path = path.mid(7);
        if (c.path.isEmpty())
            c.path = s("/");
    } else if (path == QLatin1String("/api/graphql")) {
        c.area = GhCall::Area::GraphQL;
        c.path = s("/graphql");
    } else {
        c.area =
            path.startsWith(QLatin1String("/login/")) ? GhCall::Area::Web : GhCall::Area::Unknown;
        c.path = path;
    }
    c.rawQuery = r.query;
    c.query = decodeForm(r.query);
    for (const auto& [name, value] : r.headers) {
        const QString key = QString::fromLatin1(name).toLower();
        if (key == QLatin1String("authorization")) {
            const QList<QByteArray> parts = value.trimmed().split(' ');
            const QByteArray scheme = parts.value(0).toLower();
            if (parts.size() == 2 && (scheme == "bearer" || scheme == "token"))
                c.token = QString::fromUtf8(parts.at(1));
            continue;
        }
        if (key == QLatin1String("cookie") || key == QLatin1String("proxy-authorization"))
            continue;
        c.headers.insert(key, QString::fromUtf8(value));
    }
    c.acceptJson = c.headers.value(s("accept")).contains(QLatin1String("application/json"));
    const QString type =
        c.headers.value(s("content-type")).section(QLatin1Char(';'), 0, 0).trimmed();
    if (!r.body.isEmpty()) {
        if (type == QLatin1String("application/x-www-form-urlencoded") ||
            (c.area == GhCall::Area::Web && type != QLatin1String("application/json"))) {
            QJsonObject form;
            for (const auto& [key, value] : decodeForm(r.body))
                form.insert(key, value);
            c.json = form;
        } else {
            const QJsonDocument doc = QJsonDocument::fromJson(r.body);
            c.badBody = doc.isNull();
            c.json = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        }
    }
    return c;
}

QStringList routeKeys(const GhCall& c, const gql::Document* doc, FakeGitHubState& world)
{
    QStringList keys{c.verb + QLatin1Char(' ') + c.path};
    if (c.area == GhCall::Area::Rest && c.path.startsWith(QLatin1String("/repositories/"))) {
        QStringList seg = c.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (const GhRepo* repo = world.repoById(seg.value(1).toLongLong())) {
            seg.replace(1, repo->fullName());
            seg.replace(0, s("repos"));
            keys.append(c.verb + s(" /") + seg.join(QLatin1Char('/')));
        }
    }
    if (doc) {
        for (const QString& name : gql::routeNames(*doc))
            keys.append(s("graphql:") + name);
    }
    return keys;
}

// The route requestHandled() names.
QString mainRoute(const QStringList& keys, const gql::Document* doc)
{
    if (!doc || doc->fields.isEmpty())
        return keys.last(); // /repositories/ID/...: its /repos/o/r/... form
    const gql::Field& top = doc->fields.first();
    if (doc->operation == QLatin1String("query")) {
        for (const char* wanted : {"projectV2", "items"}) {
            for (const gql::Field& child : top.selections) {
                if (child.name == QLatin1String(wanted))
                    return s("graphql:") + child.name;
            }
        }
    }
    return s("graphql:") + top.name;
}

HttpResponse json(int status, const QJsonValue& body)
{
    const QByteArray bytes = body.isArray()
                                 ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    return HttpResponse::raw(status, "application/json; charset=utf-8",
                             body.isUndefined() ? QByteArray() : bytes);
}

QString resourceOf(const GhCall& c)
{
    if (c.area == GhCall::Area::GraphQL)
        return s("graphql");
    return c.path.startsWith(QLatin1String("/search/")) ? s("search") : s("core");
}

void addRateHeaders(HttpResponse& r, const QString& resource, int limit, int used, qint64 reset)
{
    r.setHeader("x-ratelimit-limit", QByteArray::number(limit));
    r.setHeader("x-ratelimit-remaining", QByteArray::number(qMax(0, limit - used)));
    r.setHeader("x-ratelimit-used", QByteArray::number(used));
    r.setHeader("x-ratelimit-reset", QByteArray::number(reset));
    r.setHeader("x-ratelimit-resource", resource.toLatin1());
}

// GitHub's headers on every API answer; `count` uses up one request of the resource.
void decorate(HttpResponse& r, const GhCall& c, FakeGitHubState& world, const GhToken* token,
              const QString& acceptedScopes, bool count)
{
    static quint64 requestId = 0;
    r.setHeader("x-github-media-type", "github.v3; format=json");
    r.setHeader("x-github-api-version-selected",
                c.headers.value(s("x-github-api-version"), s("2022-11-28")).toLatin1());
    r.setHeader("x-github-request-id", "FAKE:" + QByteArray::number(++requestId, 16).toUpper());
    r.setHeader("access-control-expose-headers",
                "ETag, Link, Location, Retry-After, X-GitHub-OTP, X-RateLimit-Limit, "
                "X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource, X-RateLimit-Reset, "
                "X-OAuth-Scopes, X-Accepted-OAuth-Scopes, X-Poll-Interval, X-GitHub-Media-Type");
    if (token) {
        r.setHeader("x-oauth-scopes", token->scopes.join(s(", ")).toUtf8());
        r.setHeader("x-accepted-oauth-scopes", acceptedScopes.toUtf8());
    }
    const QString resource = resourceOf(c);
    GhRateBucket& b = world.bucket(resource);
    if (count && b.used < b.limit)
        ++b.used;
    addRateHeaders(r, resource, b.limit, b.used, b.resetAt);
}

bool etagMatches(const QString& ifNoneMatch, const QByteArray& etag)
{
    const auto strip = [](QString t) {
        t = t.trimmed();
        return t.startsWith(QLatin1String("W/")) ? t.mid(2) : t;
    };
    for (const QString& candidate : ifNoneMatch.split(QLatin1Char(','))) {
        if (candidate.trimmed() == QLatin1String("*") ||
            strip(candidate) == strip(QString::fromLatin1(etag)))
            return true;
    }
    return false;
}

HttpResponse process(FakeGitHubState& world, FakeGitHubRest& rest, FakeGitHubGraphQL& graphql,
                     const GhCall& c, const gql::Document* doc)
{
    if (c.area == GhCall::Area::Web)
        return deviceFlowAnswer(world, c);
    if (c.area == GhCall::Area::Unknown)
        return HttpResponse::raw(404, "text/plain; charset=utf-8", "Not Found\n");
    if (c.headers.value(s("user-agent")).trimmed().isEmpty()) { // §10: "will be rejected"
        return HttpResponse::raw(
            403, "text/plain; charset=utf-8",
            "Request forbidden by administrative rules. Please make sure your request has a "
            "User-Agent header (https://docs.github.com/rest/overview/"
            "resources-in-the-rest-api#user-agent-required). Check https://developer.github.com "
            "for other possible causes.\n");
    }
    const GhToken* token = world.tokenFor(c.token);
    if (!token) {
        const GhAnswer a = FakeGitHubRest::error(
            401, c.token.isEmpty() ? s("Requires authentication") : s("Bad credentials"));
        HttpResponse r = json(a.status, a.body);
        decorate(r, c, world, nullptr, {}, false);
        return r;
    }
    const QString resource = resourceOf(c);
    const GhRateBucket& bucket = world.bucket(resource);
    if (bucket.remaining() == 0) { // primary limit used up (§10, §11)
        const QString msg =
            s("API rate limit exceeded for user ID %1.").arg(FakeGitHubState::userId(world.login));
        HttpResponse r =
            c.area == GhCall::Area::GraphQL
                ? json(200, QJsonObject{{s("errors"),
                                         QJsonArray{QJsonObject{{s("type"), s("RATE_LIMITED")},
                                                                {s("message"), msg}}}}})
                : json(403, FakeGitHubRest::error(
                                403, msg,
                                s("https://docs.github.com/rest/overview/"
                                  "rate-limits-for-the-rest-api#about-primary-rate-limits"))
                                .body);
        decorate(r, c, world, token, {}, false);
        return r;
    }
    GhAnswer a;
    if (c.badBody || (c.area == GhCall::Area::GraphQL && !c.json.isObject())) {
        a = FakeGitHubRest::error(400, s("Problems parsing JSON"));
    } else if (c.area == GhCall::Area::GraphQL) {
        a.acceptedScopes = s("repo");
        if (!c.body().value(s("query")).isString()) {
            a.body = QJsonObject{
                {s("errors"), QJsonArray{QJsonObject{{s("message"), s("A query attribute must be "
                                                                      "specified and must be a "
                                                                      "string.")}}}}};
        } else {
            a.body = graphql.execute(*doc, token->scopes);
        }
    } else {
        a = rest.handle(c);
    }
    HttpResponse r = json(a.status, a.body);
    for (const auto& [name, value] : a.headers)
        r.setHeader(name, value);
    bool notModified = false;
    if (c.verb == QLatin1String("GET") && a.status == 200) {
        const QByteArray etag =
            '"' + QCryptographicHash::hash(r.body, QCryptographicHash::Md5).toHex() + '"';
        r.setHeader("etag", etag);
        r.setHeader("cache-control", "private, max-age=60, s-maxage=60");
        r.setHeader("vary", "Accept, Authorization, Cookie, X-GitHub-OTP");
        const QString ifNoneMatch = c.headers.value(s("if-none-match"));
        if (!ifNoneMatch.isEmpty() && etagMatches(ifNoneMatch, etag)) {
            notModified = true; // §10: no body, not counted
            HttpResponse nm = HttpResponse::raw(304, QByteArray(), QByteArray());
            for (const char* keep : {"etag", "cache-control", "vary"})
                nm.setHeader(keep, r.header(keep));
            r = nm;
        }
    }
    decorate(r, c, world, token, a.acceptedScopes, !notModified);
    return r;
}

std::optional<HttpResponse> cannedFault(FakeGitHubState& world, const FakeGitHubFault& f,
                                        const GhCall& c, const gql::Document* doc)
{
    using K = FakeGitHubFault::Kind;
    const bool graphql = c.area == GhCall::Area::GraphQL;
    const QString docs = graphql ? s("https://docs.github.com/graphql/overview/"
                                     "rate-limits-and-node-limits-for-the-graphql-api")
                                 : s("https://docs.github.com/rest/overview/"
                                     "rate-limits-for-the-rest-api");
    const GhToken* token = world.tokenFor(c.token);
    HttpResponse r;
    switch (f.kind) {
    case K::Unauthorized:
        r = json(401, FakeGitHubRest::error(401, s("Bad credentials")).body);
        token = nullptr;
        break;
    case K::SecondaryLimit:
    case K::SecondaryLimit429: {
        const int status = f.kind == K::SecondaryLimit ? 403 : 429;
        r = json(status, FakeGitHubRest::error(status, kSecondaryMessage,
                                               docs + s("#about-secondary-rate-limits"))
                             .body);
        r.setHeader("retry-after", QByteArray::number(f.retryAfterSeconds));
        break;
    }
    case K::PrimaryExhausted: {
        const QString msg =
            s("API rate limit exceeded for user ID %1.").arg(FakeGitHubState::userId(world.login));
        r = graphql
                ? json(200, QJsonObject{{s("errors"),
                                         QJsonArray{QJsonObject{{s("type"), s("RATE_LIMITED")},
                                                                {s("message"), msg}}}}})
                : json(
                      403,
                      FakeGitHubRest::error(403, msg, docs + s("#about-primary-rate-limits")).body);
        decorate(r, c, world, token, {}, false);
        const GhRateBucket& b = world.bucket(resourceOf(c));
        addRateHeaders(r, resourceOf(c), b.limit, b.limit,
                       QDateTime::currentSecsSinceEpoch() + f.resetInSeconds);
        return r;
    }
    case K::NotFound:
        r = json(404, FakeGitHubRest::error(404, s("Not Found")).body);
        break;
    case K::Validation:
        r = json(422,
                 FakeGitHubRest::validation(s("Issue"), f.field.isEmpty() ? s("title") : f.field,
                                            f.code.isEmpty() ? s("missing_field") : f.code)
                     .body);
        break;
    case K::ServerError: {
        const int status = f.httpStatus > 0 ? f.httpStatus : 500;
        r = json(
            status,
            QJsonObject{{s("message"),
                         status == 500 ? s("Server Error")
                                       : QString::fromLatin1(HttpResponse::reasonPhrase(status))}});
        break;
    }
    case K::GraphQLNotFound:
        r = graphql && doc ? json(200, FakeGitHubGraphQL::notFound(*doc))
                           : json(404, FakeGitHubRest::error(404, s("Not Found")).body);
        break;
    case K::None:
    case K::DropBeforeProcessing:
    case K::DropAfterProcessing:
    case K::Slow:
        return std::nullopt;
    }
    if (c.area == GhCall::Area::Rest || graphql)
        decorate(r, c, world, token, {}, token != nullptr); // counted, as GitHub does
    return r;
}

} // namespace

bool FakeGitHub::State::matches(const QString& route, const QStringList& keys)
{
    if (route == QLatin1String("*"))
        return true;
    if (!route.contains(QLatin1Char('*')))
        return keys.contains(route);
    QStringList pieces;
    for (const QString& piece : route.split(QLatin1Char('*')))
        pieces.append(QRegularExpression::escape(piece));
    const QRegularExpression re(QRegularExpression::anchoredPattern(pieces.join(s(".*"))));
    return std::any_of(keys.cbegin(), keys.cend(),
                       [&](const QString& k) { return re.match(k).hasMatch(); });
}

FakeGitHubFault FakeGitHub::State::takeFault(const QStringList& keys)
{
    for (const bool wildcardPass : {false, true}) {
        for (qsizetype i = 0; i < faults.size(); ++i) {
            Fault& f = faults[i];
            if ((f.route == QLatin1String("*")) != wildcardPass || !matches(f.route, keys))
                continue;
            const FakeGitHubFault fault = f.fault;
            if (--f.remaining <= 0)
                faults.removeAt(i);
            return fault;
        }
    }
    return {};
}

FakeGitHub::FakeGitHub(QObject* parent)
    : QObject(parent)
    , m_state(std::make_unique<State>())
    , m_http(new FakeHttpServer(this))
{
    m_http->setHandler([this](const HttpRequest& request, const HttpResponder& responder) {
        handle(request, responder);
    });
}

FakeGitHub::~FakeGitHub() = default;

void FakeGitHub::handle(const HttpRequest& request, const HttpResponder& responder)
{
    auto call = std::make_shared<GhCall>(parseCall(request));
    std::shared_ptr<gql::Document> doc;
    if (call->area == GhCall::Area::GraphQL) {
        const QJsonObject body = call->body();
        doc = std::make_shared<gql::Document>(
            gql::parse(body.value(s("query")).toString(), body.value(s("variables")).toObject(),
                       body.value(s("operationName")).toString()));
    }
    const QStringList keys = routeKeys(*call, doc.get(), m_state->world);

    Request logged;
    logged.verb = call->verb;
    logged.path = call->path;
    logged.query = QString::fromUtf8(QByteArray::fromPercentEncoding(call->rawQuery));
    logged.body = call->json.isArray() ? QJsonObject{{s("array"), call->json}} : call->body();
    for (const char* secret : {"client_secret", "access_token", "refresh_token", "token"})
        logged.body.remove(s(secret));
    if (doc && !doc->fields.isEmpty())
        logged.graphqlField = doc->fields.first().name;
    logged.conditional = call->headers.contains(s("if-none-match"));
    logged.headers = call->headers;
    const quint64 serial = ++m_state->serial;
    m_state->requests.append(logged);
    m_state->requestRoutes.append(keys);
    m_state->requestSerials.append(serial);

    const FakeGitHubFault fault = m_state->takeFault(keys);
    const QString route = mainRoute(keys, doc.get());
    auto act = [this, call, doc, fault, responder, serial, route] {
        using K = FakeGitHubFault::Kind;
        int status = 0;
        if (fault.kind == K::DropBeforeProcessing) {
            responder.drop();
        } else if (const auto canned = cannedFault(m_state->world, fault, *call, doc.get())) {
            status = canned->status;
            responder.send(*canned);
        } else {
            // Processed even if the client has gone away meanwhile.
            const HttpResponse response =
                process(m_state->world, m_state->rest, m_state->graphql, *call, doc.get());
            if (fault.kind == K::DropAfterProcessing) {
                responder.drop();
            } else {
                status = response.status;
                responder.send(response);
            }
        }
        const qsizetype index = m_state->requestSerials.indexOf(serial);
        if (index >= 0)
            m_state->requests[index].status = status;
        Q_EMIT requestHandled(route);
    };
    if (fault.delayMs > 0)
        QTimer::singleShot(fault.delayMs, this, act);
    else
        act();
}

} // namespace shiftdesk::fake
