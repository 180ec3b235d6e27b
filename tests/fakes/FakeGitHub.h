#pragma once
// A local fake GitHub for tests and the demo workspace: the REST endpoints and GraphQL
// operations Shiftdesk uses, and the OAuth device flow, on 127.0.0.1, as documented in
// shared/reference/slack-github-api.md §10-12 (with recorded shapes from shared/corpus/api/github).
// ETag / If-None-Match (304 with no body, not counted against the rate limit), `link` header
// pagination, x-ratelimit-* headers per resource, x-oauth-scopes, and injectable faults.
// Everything runs on the Qt event loop (no threads).
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace shiftdesk::fake {

class FakeHttpServer;
struct HttpRequest;
class HttpResponder;

struct FakeGitHubFault
{
    enum class Kind {
        None,
        Unauthorized,      // 401 {"message":"Bad credentials"}
        SecondaryLimit,    // 403 + retry-after + "You have exceeded a secondary rate limit"
        SecondaryLimit429, // 429 + retry-after
        PrimaryExhausted,  // 403, x-ratelimit-remaining: 0, x-ratelimit-reset in resetInSeconds
        NotFound,          // 404 {"message":"Not Found"}
        Validation,        // 422 {"message":"Validation Failed","errors":[{resource,field,code}]}
        ServerError,       // httpStatus (default 500)
        GraphQLNotFound,   // 200 {"data":{…:null},"errors":[{"type":"NOT_FOUND",…}]}
        DropBeforeProcessing, // connection closed, nothing applied
        DropAfterProcessing,  // applied, then the connection closed without an answer
        Slow,                 // delayMs, then handled normally
    };
    Kind kind = Kind::None;
    int retryAfterSeconds = 1;
    int resetInSeconds = 60;
    int httpStatus = 0;
    int delayMs = 0;
    QString field{}; // Validation: the field named in errors[] (default "title")
    QString code{};  // Validation: the code (default "missing_field")
};

class FakeGitHub : public QObject
{
    Q_OBJECT
public:
    explicit FakeGitHub(QObject* parent = nullptr);
    ~FakeGitHub() override;

    bool start();            // 127.0.0.1, a free port
    QUrl apiBaseUrl() const; // http://127.0.0.1:PORT/api/v3/ (GitHub Enterprise layout)
    QUrl graphqlUrl() const; // http://127.0.0.1:PORT/api/graphql
    QUrl webBaseUrl() const; // http://127.0.0.1:PORT/ (login/device/code, login/oauth/access_token)

    // Tokens: requests need "Authorization: Bearer <token>" (or "token <token>"); without one
    // 401 "Requires authentication", with a wrong one 401 "Bad credentials"; without a
    // User-Agent 403 (§10). Tokens handed out by the device flow are accepted too.
    // Default "ghp_test" with repo + project. GraphQL project queries need project or
    // read:project, project mutations need project (else GitHub's INSUFFICIENT_SCOPES error).
    void setToken(const QString& token, const QStringList& scopes);
    void revokeToken(); // every call: 401, until setToken()
    void setUser(const QString& login, const QString& name = {}); // default "octocat"
    void setPerPageDefault(int n);                                // default 30
    // Per resource ("core", "graphql", "search"), an hour window. At 0 remaining: 403 (REST) or
    // 200 + errors[{type:"RATE_LIMITED"}] (GraphQL) with x-ratelimit-remaining 0.
    void setRateLimit(const QString& resource, int limit); // default 5000

    // Repositories and issues (addIssue, addPullRequest and addFile create a missing repository).
    void addRepository(const QString& owner, const QString& name);
    // Returns the new number. `fields` may set title, body, state, labels (names), assignees
    // (logins), user (login), created_at, updated_at; node_id, html_url etc. are filled in.
    qint64 addIssue(const QString& repo, const QJsonObject& fields);
    qint64 addPullRequest(const QString& repo, const QJsonObject& fields);
    QJsonObject issue(const QString& repo, qint64 number) const; // REST shape
    QJsonArray issues(const QString& repo) const;                // REST shape, incl. PRs
    void setIssueFields(const QString& repo, qint64 number,
                        const QJsonObject& fields); // bumps updated_at
    void addFile(const QString& repo, const QString& path, const QByteArray& content);

    // Projects v2 (owner: a user or organisation login).
    QString addProject(const QString& owner, int number, const QString& title,
                       const QStringList& statusOptions); // returns the project node id
    QString statusFieldId(const QString& projectId) const;
    QString optionId(const QString& projectId, const QString& optionName) const;
    // Adds an issue (by repo and number) with a status (option name; empty: none).
    QString addProjectItem(const QString& projectId, const QString& repo, qint64 number,
                           const QString& status);
    QString itemStatus(const QString& projectId, const QString& itemId) const; // option name
    QStringList projectItemIds(const QString& projectId) const;
    // Added: changes made "in the browser". Each bumps the project's updatedAt (strictly later
    // than before, even within one second), as moves through the API do.
    void setItemStatus(const QString& projectId, const QString& itemId, const QString& status);
    void setItemArchived(const QString& projectId, const QString& itemId, bool archived);
    QString addDraftItem(const QString& projectId, const QString& title, const QString& status);
    void removeProjectItem(const QString& projectId, const QString& itemId);
    QDateTime projectUpdatedAt(const QString& projectId) const;

    // Device flow.
    void setDeviceFlow(const QString& clientId, const QString& userCode, int intervalSeconds,
                       int expiresInSeconds);
    // Enabled by default: client id "Ov23liFakeClientId01", user code "WDJB-MJHT", interval 5,
    // expires_in 900 (real time). setDeviceFlow() also enables it again.
    // approveDevice: the next poll of the current (or next) session returns a new "gho_" token
    // with these scopes (empty: the requested ones); the device code is then used up.
    void approveDevice(const QStringList& scopes = {});
    void denyDevice(); // access_denied for the current session's polls
    void slowDownNextPolls(int times, int newInterval); // slow_down with interval
    void disableDeviceFlow();                           // device_flow_disabled (400 at code)
    int devicePolls() const;

    // Faults for the next `times` requests matching `route`: "GET /repos/o/r/issues",
    // "POST /repos/o/r/issues", "graphql:<operation field>" (e.g.
    // "graphql:updateProjectV2ItemFieldValue", "graphql:projectV2"), or "*".
    // Details (added): a route may use '*' as a wildcard ("GET /repos/o/r/issues/*"); a request
    // for /repositories/ID/... (the `link` URLs) also matches the /repos/o/r/... route;
    // "graphql:X" matches a top-level field (name or alias) or a field right below one (through
    // inline fragments): "graphql:repositoryOwner", "graphql:projectV2", "graphql:node",
    // "graphql:items", "graphql:updatedAt"; "graphql:*" and "POST /graphql" match every GraphQL
    // request; the device flow is "POST /login/device/code" and "POST /login/oauth/access_token".
    // A route's own faults are used, in the order injected, before "*" faults. Every kind waits
    // delayMs first. Canned answers count against the rate limit (as GitHub's do), except
    // Unauthorized and PrimaryExhausted (which shows remaining 0, reset in resetInSeconds). On
    // GraphQL routes PrimaryExhausted answers as GitHub documents for GraphQL: HTTP 200,
    // errors[{type: "RATE_LIMITED"}], x-ratelimit-remaining 0. NB (as for FakeSlack): Qt 6.4
    // silently resends a request once when the connection closes before any answer; inject Drop*
    // twice to make one reach the client.
    void injectFault(const QString& route, const FakeGitHubFault& fault, int times = 1);
    void clearFaults();

    struct Request
    {
        QString verb{};
        QString path{};         // without the api prefix, e.g. "/repos/o/r/issues"; "/graphql";
                                // "/login/oauth/access_token"
        QString query{};        // percent-decoded
        QJsonObject body{};     // JSON or form fields (an array body: {"array":[...]}), no secrets
        QString graphqlField{}; // for GraphQL: the first top-level field ("repositoryOwner",
                                // "node", mutations)
        bool conditional = false;          // sent If-None-Match
        int status = 0;                    // what was answered; 0: dropped (or not answered yet)
        QHash<QString, QString> headers{}; // lower-case names, Authorization removed
    };
    QList<Request> requests() const;
    int callCount(const QString& route) const; // same route syntax as injectFault
    void clearRequests();
    int rateLimitRemaining(const QString& resource) const;
    FakeHttpServer* httpServer() const; // added: connection counts, closeAllConnections()

Q_SIGNALS:
    // Once per request, after it was answered or dropped: "VERB /path" (REST, device flow; for
    // /repositories/ID/... the /repos/o/r/... form), or "graphql:<name>": the mutation's name, or
    // for queries "projectV2" / "items" when asked for, else the first top-level field.
    void requestHandled(const QString& route);

private:
    struct State;
    void handle(const HttpRequest& request, const HttpResponder& responder);
    std::unique_ptr<State> m_state;
    FakeHttpServer* m_http = nullptr;
};

} // namespace shiftdesk::fake
