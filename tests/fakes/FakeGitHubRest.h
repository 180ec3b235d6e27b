#pragma once

// The REST endpoints (shared/reference/slack-github-api.md §10) and the OAuth device flow (§12)
// of the fake GitHub. The HTTP front (FakeGitHub.cpp) parses a request into a GhCall, checks
// User-Agent, token and rate limit, and turns a GhAnswer into the HTTP answer (ETag / 304,
// x-ratelimit-*, scope headers).

#include "FakeHttpServer.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace shiftdesk::fake {

class FakeGitHubState;
struct GhRepo;

struct GhCall
{
    enum class Area { Rest, GraphQL, Web, Unknown };
    Area area = Area::Unknown;
    QString verb{};
    QString path{};        // percent-decoded, without "/api/v3", e.g. "/repos/o/r/issues"
    QByteArray rawQuery{}; // as received
    QList<QPair<QString, QString>> query{}; // decoded ('+' is a space)
    QJsonValue json{};                      // a JSON body, or a form body as an object
    bool badBody = false;                   // the body was not parseable
    QHash<QString, QString> headers{};      // lower-case names, without credentials
    QString token{};                        // from "Authorization: Bearer|token X"
    bool acceptJson = false;                // Accept names application/json

    QString param(const QString& name, const QString& fallback = QString()) const;
    bool hasParam(const QString& name) const;
    QJsonObject body() const { return json.toObject(); }
};

struct GhAnswer
{
    int status = 200;
    QJsonValue body{}; // object or array; undefined: no body
    HttpHeaders headers{};
    QString acceptedScopes{}; // x-accepted-oauth-scopes
};

class FakeGitHubRest
{
public:
    explicit FakeGitHubRest(FakeGitHubState& state);

    GhAnswer handle(const GhCall& call);

    static GhAnswer error(int status, const QString& message, const QString& docs = QString());
    static GhAnswer validation(const QString& resource, const QString& field, const QString& code,
                               const QString& docs = QString());

private:
    GhAnswer user();
    GhAnswer rateLimit();
    GhAnswer listIssues(const GhCall& call, GhRepo& repo);
    GhAnswer createIssue(const GhCall& call, GhRepo& repo);
    GhAnswer issueRoute(const GhCall& call, GhRepo& repo, const QStringList& rest);
    GhAnswer contents(GhRepo& repo, const QString& path);
    GhAnswer paginate(const GhCall& call, const QJsonArray& all, const QString& linkPath);

    FakeGitHubState& m_state;
};

// POST /login/device/code and POST /login/oauth/access_token (and GET /login/device, a page).
// A token handed out is added to state.tokens, so the API accepts it.
HttpResponse deviceFlowAnswer(FakeGitHubState& state, const GhCall& call);

} // namespace shiftdesk::fake
