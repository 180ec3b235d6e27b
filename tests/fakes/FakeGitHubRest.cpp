#include "FakeGitHubRest.h"

#include "FakeGitHubState.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <algorithm>
#include <set>

namespace shiftdesk::fake {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

const QString kDocsIssues = QStringLiteral("https://docs.github.com/rest/issues/issues");
const QString kDocsContents =
    QStringLiteral("https://docs.github.com/rest/repos/contents#get-repository-content");

QByteArray enc(const QString& path)
{
    return QUrl::toPercentEncoding(path, "/");
}

QString gitSha(const QByteArray& type, const QByteArray& content)
{
    const QByteArray blob = type + ' ' + QByteArray::number(content.size()) + '\0' + content;
    return QString::fromLatin1(QCryptographicHash::hash(blob, QCryptographicHash::Sha1).toHex());
}

// GitHub's base64: 60 characters a line, each line ending in '\n'.
QString wrappedBase64(const QByteArray& content)
{
    const QByteArray b64 = content.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += 60)
        out += b64.mid(i, 60) + '\n';
    return QString::fromLatin1(out);
}

} // namespace

QString GhCall::param(const QString& name, const QString& fallback) const
{
    for (const auto& [key, value] : query) {
        if (key == name)
            return value;
    }
    return fallback;
}

bool GhCall::hasParam(const QString& name) const
{
    return std::any_of(query.cbegin(), query.cend(),
                       [&](const auto& p) { return p.first == name; });
}

FakeGitHubRest::FakeGitHubRest(FakeGitHubState& state)
    : m_state(state)
{}

GhAnswer FakeGitHubRest::error(int status, const QString& message, const QString& docs)
{
    GhAnswer a;
    a.status = status;
    a.body = QJsonObject{
        {s("message"), message},
        {s("documentation_url"), docs.isEmpty() ? s("https://docs.github.com/rest") : docs},
        {s("status"), QString::number(status)}};
    return a;
}

GhAnswer FakeGitHubRest::validation(const QString& resource, const QString& field,
                                    const QString& code, const QString& docs)
{
    GhAnswer a = error(422, s("Validation Failed"), docs.isEmpty() ? kDocsIssues : docs);
    QJsonObject body = a.body.toObject();
    body.insert(
        s("errors"),
        QJsonArray{QJsonObject{{s("resource"), resource}, {s("field"), field}, {s("code"), code}}});
    a.body = body;
    return a;
}

GhAnswer FakeGitHubRest::handle(const GhCall& call)
{
    QStringList seg = call.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString& verb = call.verb;
    if (seg == QStringList{s("user")} && verb == QLatin1String("GET"))
        return user();
    if (seg == QStringList{s("rate_limit")} && verb == QLatin1String("GET"))
        return rateLimit();
    // The `link` URLs name repositories by id (FIX paginate-issues): /repositories/1000/issues.
    if (seg.size() >= 2 && seg.at(0) == QLatin1String("repositories")) {
        if (const GhRepo* byId = m_state.repoById(seg.at(1).toLongLong())) {
            seg.replace(0, s("repos"));
            seg.replace(1, byId->owner);
            seg.insert(2, byId->name);
        }
    }
    GhRepo* repo = seg.size() >= 3 && seg.at(0) == QLatin1String("repos")
                       ? m_state.repo(seg.at(1) + QLatin1Char('/') + seg.at(2))
                       : nullptr;
    if (!repo)
        return error(404, s("Not Found"));
    const QStringList rest = seg.mid(3);
    if (rest.isEmpty() && verb == QLatin1String("GET")) {
        GhAnswer a;
        a.body = m_state.repoJson(*repo);
        a.acceptedScopes = s("repo");
        return a;
    }
    const QString what = rest.value(0);
    if (what == QLatin1String("issues") && rest.size() == 1) {
        if (verb == QLatin1String("GET"))
            return listIssues(call, *repo);
        if (verb == QLatin1String("POST"))
            return createIssue(call, *repo);
    } else if (what == QLatin1String("issues")) {
        return issueRoute(call, *repo, rest.mid(1));
    } else if (what == QLatin1String("labels") && rest.size() == 1 &&
               verb == QLatin1String("GET")) {
        QJsonArray all;
        for (const GhLabel& l : repo->labels)
            all.append(m_state.labelJson(*repo, l.name));
        return paginate(call, all, s("repositories/%1/labels").arg(repo->id));
    } else if (what == QLatin1String("contents") && verb == QLatin1String("GET")) {
        return contents(*repo, rest.mid(1).join(QLatin1Char('/')));
    }
    return error(404, s("Not Found"));
}

GhAnswer FakeGitHubRest::user()
{
    QJsonObject u = m_state.userJson(m_state.login);
    u.insert(s("name"), m_state.userName);
    u.insert(s("email"), QJsonValue());
    u.insert(s("created_at"), s("2011-01-25T18:44:36Z"));
    GhAnswer a;
    a.body = u;
    return a;
}

GhAnswer FakeGitHubRest::rateLimit()
{
    QJsonObject resources;
    for (const QString& name : {s("core"), s("graphql"), s("search")}) {
        const GhRateBucket& b = m_state.bucket(name);
        resources.insert(name, QJsonObject{{s("limit"), b.limit},
                                           {s("used"), b.used},
                                           {s("remaining"), b.remaining()},
                                           {s("reset"), b.resetAt}});
    }
    GhAnswer a;
    a.body = QJsonObject{{s("resources"), resources}, {s("rate"), resources.value(s("core"))}};
    return a;
}

GhAnswer FakeGitHubRest::paginate(const GhCall& call, const QJsonArray& all,
                                  const QString& linkPath)
{
    int perPage = call.param(s("per_page")).toInt();
    if (perPage <= 0)
        perPage = m_state.perPageDefault;
    perPage = qMin(perPage, 100);
    const int page = qMax(1, call.param(s("page")).toInt());
    const int lastPage = qMax(1, int((all.size() + perPage - 1) / perPage));
    GhAnswer a;
    QJsonArray items;
    for (qsizetype i = qsizetype(page - 1) * perPage;
         i < all.size() && i < qsizetype(page) * perPage; ++i)
        items.append(all.at(i));
    a.body = items;
    // The request's own parameters, in order, then page=N (as GitHub writes them).
    QByteArrayList kept;
    for (const QByteArray& part : call.rawQuery.split('&')) {
        if (!part.isEmpty() && !part.startsWith("page=") && part != "page")
            kept.append(part);
    }
    const QString base = m_state.apiUrl(linkPath) + QLatin1Char('?');
    auto url = [&](int n) -> QString {
        QByteArrayList q = kept;
        q.append("page=" + QByteArray::number(n));
        return QLatin1Char('<') + base + QString::fromLatin1(q.join('&')) + QLatin1Char('>');
    };
    QStringList links;
    if (page > 1)
        links.append(url(qMin(page - 1, lastPage)) + s("; rel=\"prev\""));
    if (page < lastPage) {
        links.append(url(page + 1) + s("; rel=\"next\""));
        links.append(url(lastPage) + s("; rel=\"last\""));
    }
    if (page > 1)
        links.append(url(1) + s("; rel=\"first\""));
    if (!links.isEmpty())
        a.headers.append({"link", links.join(s(", ")).toUtf8()});
    return a;
}

GhAnswer FakeGitHubRest::listIssues(const GhCall& call, GhRepo& repo)
{
    const QString state = call.param(s("state"), s("open"));
    const QStringList labels = call.param(s("labels")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QString assignee = call.param(s("assignee"));
    const QString creator = call.param(s("creator"));
    const QDateTime since = QDateTime::fromString(call.param(s("since")), Qt::ISODate);
    QList<const GhIssue*> found;
    for (const GhIssue& i : repo.issues) {
        if (state != QLatin1String("all") && i.state != state)
            continue;
        const bool allLabels = std::all_of(labels.cbegin(), labels.cend(), [&](const QString& l) {
            return i.labels.contains(l.trimmed(), Qt::CaseInsensitive);
        });
        if (!allLabels)
            continue;
        if (assignee == QLatin1String("none") ? !i.assignees.isEmpty()
            : assignee == QLatin1String("*")  ? i.assignees.isEmpty()
            : !assignee.isEmpty()             ? !i.assignees.contains(assignee, Qt::CaseInsensitive)
                                              : false)
            continue;
        if (!creator.isEmpty() && i.author.compare(creator, Qt::CaseInsensitive) != 0)
            continue;
        if (since.isValid() && i.updatedAt < since)
            continue;
        found.append(&i);
    }
    const QString sort = call.param(s("sort"), s("created"));
    const bool asc = call.param(s("direction")) == QLatin1String("asc");
    std::stable_sort(found.begin(), found.end(), [&](const GhIssue* a, const GhIssue* b) {
        const auto key = [&](const GhIssue* i) {
            return sort == QLatin1String("updated")    ? i->updatedAt.toSecsSinceEpoch()
                   : sort == QLatin1String("comments") ? qint64(i->comments)
                                                       : i->createdAt.toSecsSinceEpoch();
        };
        if (key(a) != key(b))
            return asc ? key(a) < key(b) : key(a) > key(b);
        return asc ? a->number < b->number : a->number > b->number;
    });
    QJsonArray all;
    for (const GhIssue* i : found)
        all.append(m_state.issueJson(repo, *i));
    GhAnswer a = paginate(call, all, s("repositories/%1/issues").arg(repo.id));
    a.acceptedScopes = s("repo");
    return a;
}

GhAnswer FakeGitHubRest::createIssue(const GhCall& call, GhRepo& repo)
{
    const QJsonObject body = call.body();
    if (body.value(s("title")).toString().trimmed().isEmpty() && !body.value(s("title")).isDouble())
        return validation(s("Issue"), s("title"), s("missing_field"),
                          kDocsIssues + s("#create-an-issue"));
    QJsonObject fields = body;
    fields.remove(s("state")); // a new issue is open
    fields.remove(s("user"));
    fields.remove(s("created_at"));
    fields.remove(s("updated_at"));
    if (body.value(s("title")).isDouble())
        fields.insert(s("title"), QString::number(body.value(s("title")).toInteger()));
    const GhIssue& issue = m_state.addIssue(repo, fields, false);
    GhAnswer a;
    a.status = 201;
    a.body = m_state.issueJson(repo, issue);
    a.acceptedScopes = s("repo");
    a.headers.append({"Location", a.body.toObject().value(s("url")).toString().toUtf8()});
    return a;
}

GhAnswer FakeGitHubRest::issueRoute(const GhCall& call, GhRepo& repo, const QStringList& rest)
{
    bool ok = false;
    const qint64 number = rest.value(0).toLongLong(&ok);
    GhIssue* issue = ok ? m_state.issue(repo, number) : nullptr;
    if (!issue)
        return error(404, s("Not Found"), kDocsIssues);
    const QString& verb = call.verb;
    const QJsonObject body = call.body();
    GhAnswer a;
    a.acceptedScopes = s("repo");
    const QString sub = rest.value(1);
    if (rest.size() == 1 && verb == QLatin1String("GET")) {
        a.body = m_state.issueJson(repo, *issue);
        return a;
    }
    if (rest.size() == 1 && verb == QLatin1String("PATCH")) {
        const QString state = body.value(s("state")).toString();
        if (body.contains(s("state")) && state != QLatin1String("open") &&
            state != QLatin1String("closed"))
            return validation(s("Issue"), s("state"), s("invalid"),
                              kDocsIssues + s("#update-an-issue"));
        if (body.contains(s("title")) && body.value(s("title")).toString().trimmed().isEmpty())
            return validation(s("Issue"), s("title"), s("missing_field"),
                              kDocsIssues + s("#update-an-issue"));
        QJsonObject fields = body;
        fields.remove(s("user"));
        fields.remove(s("comments"));
        m_state.applyIssueFields(repo, *issue, fields);
        a.body = m_state.issueJson(repo, *issue);
        return a;
    }
    if (rest.size() == 2 && sub == QLatin1String("labels")) {
        // POST adds, PUT replaces, DELETE removes all; {"labels":[...]} or a bare array, names
        // or {name} objects. "If you provide an empty array of labels, all labels are removed".
        const QJsonValue given = call.json.isArray() ? call.json : body.value(s("labels"));
        const QStringList names = FakeGitHubState::toStringList(given);
        if (verb == QLatin1String("POST") || verb == QLatin1String("PUT") ||
            verb == QLatin1String("DELETE")) {
            const bool add = verb == QLatin1String("POST") && !names.isEmpty();
            const QStringList result = (add ? issue->labels : QStringList()) +
                                       (verb == QLatin1String("DELETE") ? QStringList() : names);
            m_state.applyIssueFields(
                repo, *issue, QJsonObject{{s("labels"), QJsonArray::fromStringList(result)}});
        } else if (verb != QLatin1String("GET")) {
            return error(404, s("Not Found"));
        }
        if (verb == QLatin1String("DELETE")) {
            a.status = 204;
            return a;
        }
        a.body = m_state.labelsJson(repo, issue->labels);
        return a;
    }
    if (rest.size() == 2 && sub == QLatin1String("assignees")) {
        const QStringList given = FakeGitHubState::toStringList(body.value(s("assignees")));
        QStringList logins = issue->assignees;
        if (verb == QLatin1String("POST"))
            logins += given;
        else if (verb == QLatin1String("DELETE"))
            logins.removeIf(
                [&](const QString& l) { return given.contains(l, Qt::CaseInsensitive); });
        else
            return error(404, s("Not Found"));
        logins.removeDuplicates();
        m_state.applyIssueFields(repo, *issue,
                                 QJsonObject{{s("assignees"), QJsonArray::fromStringList(logins)}});
        a.status = verb == QLatin1String("POST") ? 201 : 200;
        a.body = m_state.issueJson(repo, *issue);
        return a;
    }
    return error(404, s("Not Found"));
}

GhAnswer FakeGitHubRest::contents(GhRepo& repo, const QString& rawPath)
{
    QString path = rawPath;
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QString repoPath = s("repos/") + repo.fullName();
    auto entry = [&](const QString& p, bool dir, const QByteArray& content) {
        const QString sha = dir ? gitSha("tree", p.toUtf8()) : gitSha("blob", content);
        const QString self =
            m_state.apiUrl(repoPath + s("/contents/") + QString::fromLatin1(enc(p))) +
            s("?ref=main");
        const QString git =
            m_state.apiUrl(repoPath + (dir ? s("/git/trees/") : s("/git/blobs/")) + sha);
        const QString html =
            m_state.htmlUrl(repo.fullName() + (dir ? s("/tree/main/") : s("/blob/main/")) +
                            QString::fromLatin1(enc(p)));
        return QJsonObject{
            {s("name"), p.section(QLatin1Char('/'), -1)},
            {s("path"), p},
            {s("sha"), sha},
            {s("size"), dir ? 0 : content.size()},
            {s("url"), self},
            {s("html_url"), html},
            {s("git_url"), git},
            {s("download_url"),
             dir ? QJsonValue()
                 : QJsonValue(m_state.htmlUrl(s("raw/") + repo.fullName() + s("/main/") +
                                              QString::fromLatin1(enc(p))))},
            {s("type"), dir ? s("dir") : s("file")},
            {s("_links"), QJsonObject{{s("self"), self}, {s("git"), git}, {s("html"), html}}},
        };
    };
    GhAnswer a;
    a.acceptedScopes = s("repo");
    const auto file = repo.files.find(path);
    if (file != repo.files.end()) {
        QJsonObject o = entry(path, false, file->second);
        o.insert(s("encoding"), s("base64"));
        o.insert(s("content"), wrappedBase64(file->second));
        a.body = o;
        return a;
    }
    const QString prefix = path.isEmpty() ? QString() : path + QLatin1Char('/');
    std::set<QString> dirs;
    QJsonArray listing;
    for (const auto& [filePath, content] : repo.files) { // std::map: sorted by path
        if (!filePath.startsWith(prefix))
            continue;
        const QString relative = filePath.mid(prefix.size());
        const qsizetype slash = relative.indexOf(QLatin1Char('/'));
        if (slash < 0) {
            listing.append(entry(filePath, false, content));
        } else if (dirs.insert(relative.left(slash)).second) {
            listing.append(entry(prefix + relative.left(slash), true, {}));
        }
    }
    if (listing.isEmpty())
        return error(404, s("Not Found"), kDocsContents);
    QList<QJsonValue> sorted(listing.begin(), listing.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const QJsonValue& x, const QJsonValue& y) {
        return x[QLatin1String("name")].toString() < y[QLatin1String("name")].toString();
    });
    QJsonArray out;
    for (const QJsonValue& v : sorted)
        out.append(v);
    a.body = out;
    return a;
}

} // namespace shiftdesk::fake
