// GitHubClient: the typed REST calls (issues, contents), on top of rest().
#include "GitHubClient.h"

#include "GitHubHttp.h"

#include <QJsonArray>
#include <QPointer>

namespace shiftdesk {

namespace {

constexpr int kMaxPages = 200; // 20,000 issues at 100 a page: a runaway `link` chain ends here

QDateTime parseTime(const QJsonValue& v)
{
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

// "https://api.github.com/repos/o/r" -> "o/r"
QString repoFromUrl(const QString& repositoryUrl)
{
    const QStringList parts =
        QUrl(repositoryUrl).path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return {};
    return parts.at(parts.size() - 2) + QLatin1Char('/') + parts.last();
}

QString repoPath(const RepoRef& repo)
{
    return QStringLiteral("repos/") + QString::fromLatin1(QUrl::toPercentEncoding(repo.owner)) +
           QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(repo.name));
}

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

RepoFile parseFile(const QJsonObject& o)
{
    RepoFile f;
    f.name = o.value(QLatin1String("name")).toString();
    f.path = o.value(QLatin1String("path")).toString();
    f.type = o.value(QLatin1String("type")).toString();
    f.sha = o.value(QLatin1String("sha")).toString();
    return f;
}

GitHubResult badResponse(GitHubResult r)
{
    r.kind = GitHubResult::Kind::BadResponse;
    r.message = GitHubResult::describe(r);
    return r;
}

} // namespace

GitHubIssue GitHubClient::parseIssue(const QJsonObject& o)
{
    GitHubIssue issue;
    issue.number = o.value(QLatin1String("number")).toInteger();
    issue.nodeId = o.value(QLatin1String("node_id")).toString();
    issue.title = o.value(QLatin1String("title")).toString();
    issue.body = o.value(QLatin1String("body")).toString();
    issue.state = o.value(QLatin1String("state")).toString();
    issue.url = o.value(QLatin1String("html_url")).toString();
    const QJsonObject repository = o.value(QLatin1String("repository")).toObject();
    issue.repository = repository.value(QLatin1String("full_name")).toString();
    if (issue.repository.isEmpty())
        issue.repository = repoFromUrl(o.value(QLatin1String("repository_url")).toString());
    const QJsonArray labels = o.value(QLatin1String("labels")).toArray();
    for (const QJsonValue& l : labels) {
        const QString name =
            l.isString() ? l.toString() : l.toObject().value(QLatin1String("name")).toString();
        if (!name.isEmpty())
            issue.labels << name;
    }
    const QJsonArray assignees = o.value(QLatin1String("assignees")).toArray();
    for (const QJsonValue& a : assignees) {
        const QString login = a.toObject().value(QLatin1String("login")).toString();
        if (!login.isEmpty())
            issue.assignees << login;
    }
    issue.author =
        o.value(QLatin1String("user")).toObject().value(QLatin1String("login")).toString();
    issue.createdAt = parseTime(o.value(QLatin1String("created_at")));
    issue.updatedAt = parseTime(o.value(QLatin1String("updated_at")));
    return issue;
}

void GitHubClient::currentUser(QObject* context, Callback done)
{
    rest("GET", QStringLiteral("user"), {}, {}, Access::Read, context, std::move(done));
}

void GitHubClient::listIssues(
    const IssueQuery& query, QObject* context,
    std::function<void(const QList<GitHubIssue>&, const GitHubResult&)> done)
{
    struct State
    {
        QList<GitHubIssue> issues;
        std::function<void(const QList<GitHubIssue>&, const GitHubResult&)> done;
        QPointer<QObject> context;
        int pages = 0;
        bool allCached = true;
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    state->context = context ? context : this;

    QVariantMap params{
        {QStringLiteral("state"), query.state.isEmpty() ? QStringLiteral("open") : query.state},
        {QStringLiteral("per_page"), qBound(1, query.perPage, 100)}};
    if (!query.labels.isEmpty())
        params.insert(QStringLiteral("labels"), query.labels.join(QLatin1Char(',')));
    if (!query.assignee.isEmpty())
        params.insert(QStringLiteral("assignee"), query.assignee);

    // The fetcher holds itself only weakly; each request's callback holds it strongly, so the
    // chain lives exactly as long as a page is on its way (no cycle to break).
    using Fetch = std::function<void(const QString&, const QVariantMap&)>;
    auto fetch = std::make_shared<Fetch>();
    std::weak_ptr<Fetch> weakFetch = fetch;
    *fetch = [this, state, weakFetch](const QString& path, const QVariantMap& pageQuery) {
        std::shared_ptr<Fetch> self = weakFetch.lock();
        // The client is the context, so the paging chain always ends even if the caller has
        // gone; the caller is checked before calling back.
        rest("GET", path, pageQuery, {}, Access::Read, this, [state, self](const GitHubResult& r) {
            if (!state->context)
                return;
            if (!r.ok()) {
                state->done(state->issues, r);
                return;
            }
            state->allCached = state->allCached && r.fromCache;
            const QJsonArray page = r.json.array();
            for (const QJsonValue& v : page) {
                const QJsonObject o = v.toObject();
                // §10: every pull request is an issue too; they are not wanted here.
                if (o.contains(QLatin1String("pull_request")))
                    continue;
                state->issues << parseIssue(o);
            }
            if (r.nextUrl.isEmpty() || ++state->pages >= kMaxPages) {
                GitHubResult last = r;
                last.fromCache = state->allCached;
                state->done(state->issues, last);
                return;
            }
            (*self)(r.nextUrl.toString(QUrl::FullyEncoded), {});
        });
    };
    (*fetch)(repoPath(query.repo) + QStringLiteral("/issues"), params);
}

void GitHubClient::createIssue(const RepoRef& repo, const NewIssue& issue, QObject* context,
                               std::function<void(const GitHubIssue&, const GitHubResult&)> done)
{
    QJsonObject body{{QStringLiteral("title"), issue.title}};
    if (!issue.body.isEmpty())
        body.insert(QStringLiteral("body"), issue.body);
    if (!issue.labels.isEmpty())
        body.insert(QStringLiteral("labels"), toArray(issue.labels));
    if (!issue.assignees.isEmpty())
        body.insert(QStringLiteral("assignees"), toArray(issue.assignees));
    rest("POST", repoPath(repo) + QStringLiteral("/issues"), {}, body, Access::Write, context,
         [done = std::move(done)](const GitHubResult& r) {
             GitHubIssue created;
             if (r.ok()) {
                 created = parseIssue(r.json.object());
                 if (created.number <= 0) {
                     done(created, badResponse(r));
                     return;
                 }
             }
             done(created, r);
         });
}

void GitHubClient::updateIssue(const RepoRef& repo, qint64 number, const QJsonObject& changes,
                               QObject* context, Callback done)
{
    rest("PATCH", repoPath(repo) + QStringLiteral("/issues/") + QString::number(number), {},
         changes, Access::Write, context, std::move(done));
}

void GitHubClient::addLabels(const RepoRef& repo, qint64 number, const QStringList& labels,
                             QObject* context, Callback done)
{
    rest("POST",
         repoPath(repo) + QStringLiteral("/issues/") + QString::number(number) +
             QStringLiteral("/labels"),
         {}, QJsonObject{{QStringLiteral("labels"), toArray(labels)}}, Access::Write, context,
         std::move(done));
}

void GitHubClient::addAssignees(const RepoRef& repo, qint64 number, const QStringList& logins,
                                QObject* context, Callback done)
{
    rest("POST",
         repoPath(repo) + QStringLiteral("/issues/") + QString::number(number) +
             QStringLiteral("/assignees"),
         {}, QJsonObject{{QStringLiteral("assignees"), toArray(logins)}}, Access::Write, context,
         std::move(done));
}

void GitHubClient::listFolder(const RepoRef& repo, const QString& path, QObject* context,
                              std::function<void(const QList<RepoFile>&, const GitHubResult&)> done)
{
    rest("GET", repoPath(repo) + QStringLiteral("/contents/") + github::encodePath(path), {}, {},
         Access::Read, context, [done = std::move(done)](const GitHubResult& r) {
             QList<RepoFile> files;
             if (!r.ok()) {
                 done(files, r);
                 return;
             }
             if (r.json.isArray()) {
                 const QJsonArray entries = r.json.array();
                 for (const QJsonValue& v : entries)
                     files << parseFile(v.toObject());
             } else if (r.json.isObject()) {
                 files << parseFile(r.json.object()); // the path is a file
             } else {
                 done(files, badResponse(r));
                 return;
             }
             done(files, r);
         });
}

void GitHubClient::fileText(const RepoRef& repo, const QString& path, QObject* context,
                            std::function<void(const QString& text, const GitHubResult&)> done)
{
    rest("GET", repoPath(repo) + QStringLiteral("/contents/") + github::encodePath(path), {}, {},
         Access::Read, context, [done = std::move(done)](const GitHubResult& r) {
             if (!r.ok()) {
                 done(QString(), r);
                 return;
             }
             const QJsonObject o = r.json.object();
             // A folder (an array), or a file over 1 MB (encoding "none"): no text here.
             if (!r.json.isObject() ||
                 o.value(QLatin1String("encoding")).toString() != QLatin1String("base64")) {
                 done(QString(), badResponse(r));
                 return;
             }
             QByteArray encoded = o.value(QLatin1String("content")).toString().toLatin1();
             encoded.replace('\n', QByteArray()).replace('\r', QByteArray());
             const auto decoded =
                 QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
             if (!decoded) {
                 done(QString(), badResponse(r));
                 return;
             }
             done(QString::fromUtf8(*decoded), r);
         });
}

} // namespace shiftdesk
