#pragma once

#include "GitHubResult.h"
#include "GitHubTypes.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QVariantMap>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace shiftdesk {

struct IssueQuery
{
    RepoRef repo{};
    QStringList labels{};                   // all of them (comma-joined `labels`)
    QString state = QStringLiteral("open"); // open, closed, all
    QString assignee{};                     // login, "none", "*" or empty (any)
    int perPage = 100;
};

struct NewIssue
{
    QString title{};
    QString body{};
    QStringList labels{};
    QStringList assignees{};
};

// One client for GitHub's REST and GraphQL APIs over QNetworkAccessManager, coded to
// shared/reference/slack-github-api.md §10-11:
// - every request sends Accept: application/vnd.github+json, X-GitHub-Api-Version: 2022-11-28,
//   User-Agent and Authorization: Bearer;
// - GETs are conditional: the ETag and body of every URL are cached (in memory) and a 304 is
//   answered from that cache (result.fromCache), costing no rate limit;
// - list endpoints follow the `link` header's rel="next" URL as given; pull requests are
//   filtered out of issue lists;
// - rate limits are tracked per resource from x-ratelimit-*; a primary limit (remaining 0) or a
//   secondary limit (403/429 with retry-after, or the secondary-limit message) pauses that
//   resource until retry-after / x-ratelimit-reset (or at least 60 s) and is reported as
//   RateLimited with retryAt;
// - reads are retried with backoff on network errors and 5xx; writes are never retried (one-shot
//   body, as SlackClient does, so Qt cannot resend them either) and a lost answer says
//   outcomeUnknown; writes are spaced at least minWriteInterval apart (queued, in order);
// - GraphQL answers with errors[] on HTTP 200 are errors (GraphQLError, or RateLimited for
//   type RATE_LIMITED);
// - redirects are followed (same origin only: the token never goes elsewhere); every request has
//   a timeout; destroying the client cancels all without calling back.
// While a resource is paused, calls to it fail at once (RateLimited, retryAt, attempts 0) without
// reaching GitHub; RateLimited answers are not retried automatically.
class GitHubClient : public QObject
{
    Q_OBJECT
public:
    enum class Access { Read, Write };
    using Callback = std::function<void(const GitHubResult&)>;

    explicit GitHubClient(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~GitHubClient() override;

    // REST root, default https://api.github.com/ ; GitHub Enterprise: https://HOST/api/v3/.
    // https only, except loopback (tests). The GraphQL URL is derived: api.github.com ->
    // https://api.github.com/graphql ; .../api/v3/ -> .../api/graphql ; else base + "graphql".
    bool setBaseUrl(const QUrl& base, QString* why = nullptr);
    QUrl baseUrl() const;
    QUrl graphqlUrl() const;
    void setToken(const QString& token); // a new token drops the cache, rate limits, pauses
    bool hasToken() const;
    void setUserAgent(const QString& userAgent); // default "Shiftdesk/<version>"
    void setTimeout(int msec);
    void setRetryPolicy(int attempts, int firstDelayMs);
    void setMinWriteInterval(int msec); // default 1000

    // Any REST call. `path` is relative to the base ("repos/o/r/issues") or an absolute URL
    // on the same host (a `link` next URL). `body` is sent as JSON for writes.
    void rest(const QByteArray& verb, const QString& path, const QVariantMap& query,
              const QJsonObject& body, Access access, QObject* context, Callback done);
    // Any GraphQL operation; `name` names it in messages ("findProject").
    void graphql(const QString& name, const QString& query, const QJsonObject& variables,
                 Access access, QObject* context, Callback done);

    // GET /user: the login in json, scopes in result.scopes.
    void currentUser(QObject* context, Callback done);
    // Every page of GET /repos/{o}/{r}/issues (pull requests removed).
    void listIssues(const IssueQuery& query, QObject* context,
                    std::function<void(const QList<GitHubIssue>&, const GitHubResult&)> done);
    void createIssue(const RepoRef& repo, const NewIssue& issue, QObject* context,
                     std::function<void(const GitHubIssue&, const GitHubResult&)> done);
    // PATCH with only the given members (e.g. {"state":"closed"}, {"assignees":[...]}).
    void updateIssue(const RepoRef& repo, qint64 number, const QJsonObject& changes,
                     QObject* context, Callback done);
    void addLabels(const RepoRef& repo, qint64 number, const QStringList& labels, QObject* context,
                   Callback done);
    void addAssignees(const RepoRef& repo, qint64 number, const QStringList& logins,
                      QObject* context, Callback done);
    // The contents API: a folder's entries, and a file's text (base64 decoded).
    void listFolder(const RepoRef& repo, const QString& path, QObject* context,
                    std::function<void(const QList<RepoFile>&, const GitHubResult&)> done);
    void fileText(const RepoRef& repo, const QString& path, QObject* context,
                  std::function<void(const QString& text, const GitHubResult&)> done);

    // Projects v2 (owner: user or organisation login). An unknown owner, or a project GitHub
    // returns as null, is NotFound; a project number GitHub reports missing is GraphQLError
    // with type NOT_FOUND. Without a "Status" single-select field the result is Ok with an
    // empty statusFieldId and no columns.
    void findProject(const QString& owner, int number, QObject* context,
                     std::function<void(const ProjectInfo&, const GitHubResult&)> done);
    // Only ProjectV2.updatedAt: one cheap query to see whether the items changed.
    void projectUpdatedAt(const QString& projectId, QObject* context,
                          std::function<void(const QDateTime&, const GitHubResult&)> done);
    // Every item (100 per page, following pageInfo.endCursor), with its Status option.
    void projectItems(const QString& projectId, const QString& statusFieldName, QObject* context,
                      std::function<void(const QList<ProjectItem>&, const GitHubResult&)> done);
    void moveProjectItem(const QString& projectId, const QString& itemId, const QString& fieldId,
                         const QString& optionId, QObject* context, Callback done);
    // Returns the item id (the existing one if the issue is already in the project).
    void addToProject(const QString& projectId, const QString& contentNodeId, QObject* context,
                      std::function<void(const QString& itemId, const GitHubResult&)> done);

    RateLimit rateLimit(const QString& resource) const;
    // Requests sent over the wire since start (or the last reset), and how many were 304s:
    // what the benchmark reports for one idle refresh.
    int requestsSent() const;
    int notModifiedCount() const;
    void resetCounters();
    // Aborts everything in flight or queued; each waiting callback gets Kind::Cancelled.
    void cancelAll();

    static GitHubIssue parseIssue(const QJsonObject& issue);

Q_SIGNALS:
    void authProblem(const shiftdesk::GitHubResult& result);
    void rateLimited(const QString& resource, const QDateTime& until);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace shiftdesk
