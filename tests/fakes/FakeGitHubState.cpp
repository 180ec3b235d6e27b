#include "FakeGitHubState.h"

#include <QCryptographicHash>

#include <algorithm>

namespace shiftdesk::fake {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

QDateTime parseTime(const QJsonValue& v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

// The ids GitHub gives a new project's default Status options (§11, GR2M).
QString defaultOptionId(const QString& name, int index, const QString& projectId)
{
    if (name == QLatin1String("Todo"))
        return s("f75ad846");
    if (name == QLatin1String("In Progress"))
        return s("47fc9ee4");
    if (name == QLatin1String("Done"))
        return s("98236657");
    const QByteArray seed =
        (projectId + QLatin1Char('/') + QString::number(index) + QLatin1Char('/') + name).toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(seed, QCryptographicHash::Sha1).toHex().left(8));
}

} // namespace

const GhField* GhProject::statusField() const
{
    for (const GhField& f : fields) {
        if (f.name == QLatin1String("Status"))
            return &f;
    }
    return nullptr;
}

GhItem* GhProject::item(const QString& itemId)
{
    for (GhItem& i : items) {
        if (i.id == itemId)
            return &i;
    }
    return nullptr;
}

const GhItem* GhProject::item(const QString& itemId) const
{
    return const_cast<GhProject*>(this)->item(itemId);
}

QString GhProject::optionName(const QString& optionId) const
{
    if (const GhField* f = statusField()) {
        for (const GhOption& o : f->options) {
            if (o.id == optionId)
                return o.name;
        }
    }
    return {};
}

FakeGitHubState::FakeGitHubState()
    : tokens({GhToken{s("ghp_test"), {s("repo"), s("project")}}})
{
    rate.insert(s("core"), GhRateBucket{});
    rate.insert(s("graphql"), GhRateBucket{});
    rate.insert(s("search"), GhRateBucket{30, 0, 0});
}

QDateTime FakeGitHubState::now()
{
    const qint64 secs = QDateTime::currentSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

QString FakeGitHubState::iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime FakeGitHubState::bumped(const QDateTime& previous)
{
    const QDateTime t = now();
    return previous.isValid() && t <= previous ? previous.addSecs(1) : t;
}

QString FakeGitHubState::apiUrl(const QString& path) const
{
    return webBase.toString() + QLatin1String("api/v3/") + path;
}

QString FakeGitHubState::htmlUrl(const QString& path) const
{
    return webBase.toString() + path;
}

const GhToken* FakeGitHubState::tokenFor(const QString& token) const
{
    if (revoked || token.isEmpty())
        return nullptr;
    for (const GhToken& t : tokens) {
        if (t.token == token)
            return &t;
    }
    return nullptr;
}

GhRateBucket& FakeGitHubState::bucket(const QString& resource)
{
    GhRateBucket& b = rate[resource];
    const qint64 secs = QDateTime::currentSecsSinceEpoch();
    if (b.resetAt <= secs) {
        b.used = 0;
        b.resetAt = secs + 3600;
    }
    return b;
}

GhRepo* FakeGitHubState::repo(const QString& fullName)
{
    for (GhRepo& r : repos) {
        if (r.fullName().compare(fullName, Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}

const GhRepo* FakeGitHubState::repo(const QString& fullName) const
{
    return const_cast<FakeGitHubState*>(this)->repo(fullName);
}

GhRepo* FakeGitHubState::repoById(qint64 id)
{
    for (GhRepo& r : repos) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

GhIssue* FakeGitHubState::issue(GhRepo& repo, qint64 number)
{
    for (GhIssue& i : repo.issues) {
        if (i.number == number)
            return &i;
    }
    return nullptr;
}

GhIssue* FakeGitHubState::issueByNodeId(const QString& nodeId, GhRepo** repoOut)
{
    for (GhRepo& r : repos) {
        for (GhIssue& i : r.issues) {
            if (i.nodeId == nodeId) {
                if (repoOut)
                    *repoOut = &r;
                return &i;
            }
        }
    }
    return nullptr;
}

GhProject* FakeGitHubState::project(const QString& id)
{
    for (GhProject& p : projects) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const GhProject* FakeGitHubState::project(const QString& id) const
{
    return const_cast<FakeGitHubState*>(this)->project(id);
}

GhProject* FakeGitHubState::project(const QString& owner, int number)
{
    for (GhProject& p : projects) {
        if (p.number == number && p.owner.compare(owner, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

bool FakeGitHubState::knownOwner(const QString& owner) const
{
    if (owner.compare(login, Qt::CaseInsensitive) == 0)
        return true;
    const auto same = [&](const QString& o) { return o.compare(owner, Qt::CaseInsensitive) == 0; };
    return std::any_of(repos.cbegin(), repos.cend(),
                       [&](const GhRepo& r) { return same(r.owner); }) ||
           std::any_of(projects.cbegin(), projects.cend(),
                       [&](const GhProject& p) { return same(p.owner); });
}

GhRepo& FakeGitHubState::addRepo(const QString& owner, const QString& name)
{
    if (GhRepo* existing = repo(owner + QLatin1Char('/') + name))
        return *existing;
    GhRepo r;
    r.owner = owner;
    r.name = name;
    r.id = 1000 + repos.size();
    r.nodeId = s("R_kgDOFAKE") + QString::number(r.id);
    repos.append(r);
    return repos.last();
}

GhIssue& FakeGitHubState::addIssue(GhRepo& repo, const QJsonObject& fields, bool pullRequest)
{
    GhIssue i;
    i.number = repo.nextNumber++;
    i.id = 2000 + (++m_seq);
    i.pullRequest = pullRequest;
    i.nodeId = (pullRequest ? s("PR_kwDOFAKE") : s("I_kwDOFAKE")) + QString::number(i.id);
    i.author = fields.value(QLatin1String("user")).toString(login);
    i.createdAt = parseTime(fields.value(QLatin1String("created_at")));
    if (!i.createdAt.isValid())
        i.createdAt = now();
    i.updatedAt = i.createdAt;
    repo.issues.append(i);
    GhIssue& stored = repo.issues.last();
    applyIssueFields(repo, stored, fields);
    const QDateTime updated = parseTime(fields.value(QLatin1String("updated_at")));
    stored.updatedAt = updated.isValid() ? updated : stored.createdAt;
    return stored;
}

void FakeGitHubState::applyIssueFields(GhRepo& repo, GhIssue& issue, const QJsonObject& f)
{
    const GhIssue before = issue;
    if (f.contains(QLatin1String("title")))
        issue.title = f.value(QLatin1String("title")).toString();
    if (f.contains(QLatin1String("body")))
        issue.body = f.value(QLatin1String("body")).toString();
    const QString state = f.value(QLatin1String("state")).toString();
    const QString reason = f.value(QLatin1String("state_reason")).toString();
    if ((state == QLatin1String("closed") || state == QLatin1String("open")) &&
        state != issue.state) {
        issue.state = state;
        const bool closed = state == QLatin1String("closed");
        issue.closedAt = closed ? now() : QDateTime();
        issue.stateReason = !reason.isEmpty() ? reason : closed ? s("completed") : s("reopened");
    }
    if (f.contains(QLatin1String("labels"))) {
        issue.labels.clear();
        for (const QString& name : toStringList(f.value(QLatin1String("labels")))) {
            const QString stored = ensureLabel(repo, name);
            if (!issue.labels.contains(stored))
                issue.labels.append(stored);
        }
    }
    QStringList assignees = toStringList(f.value(QLatin1String("assignees")));
    if (f.value(QLatin1String("assignee")).isString())
        assignees.append(f.value(QLatin1String("assignee")).toString());
    if (f.contains(QLatin1String("assignees")) || f.contains(QLatin1String("assignee"))) {
        assignees.removeDuplicates();
        issue.assignees = assignees;
    }
    if (f.contains(QLatin1String("comments")))
        issue.comments = f.value(QLatin1String("comments")).toInt();
    const bool changed = issue.title != before.title || issue.body != before.body ||
                         issue.state != before.state || issue.labels != before.labels ||
                         issue.assignees != before.assignees || issue.comments != before.comments;
    if (changed)
        issue.updatedAt = bumped(issue.updatedAt);
}

QString FakeGitHubState::ensureLabel(GhRepo& repo, const QString& name)
{
    for (const GhLabel& l : repo.labels) {
        if (l.name.compare(name, Qt::CaseInsensitive) == 0)
            return l.name;
    }
    GhLabel l;
    l.id = 3000 + (++m_seq);
    l.name = name;
    repo.labels.append(l);
    return name;
}

QString FakeGitHubState::newItemId()
{
    return s("PVTI_lADOFAKE") + QString::number(++m_seq);
}

GhProject& FakeGitHubState::addProject(const QString& owner, int number, const QString& title,
                                       const QStringList& statusOptions)
{
    if (GhProject* existing = project(owner, number)) {
        existing->title = title;
        return *existing;
    }
    GhProject p;
    p.number = number;
    p.owner = owner;
    p.title = title;
    p.databaseId = 4000 + (++m_seq);
    p.id = s("PVT_kwDOFAKE") + QString::number(p.databaseId);
    p.createdAt = now();
    p.updatedAt = p.createdAt;
    const QString base = QString::number(p.databaseId);
    auto field = [&](const char* prefix, int n, const char* name, const char* type,
                     const char* typeName) {
        return GhField{QString::fromLatin1(prefix) + base + QLatin1Char('_') + QString::number(n),
                       s(name),
                       s(type),
                       s(typeName),
                       {}};
    };
    p.fields.append(field("PVTF_lADOFAKE", 1, "Title", "TITLE", "ProjectV2Field"));
    p.fields.append(field("PVTF_lADOFAKE", 2, "Assignees", "ASSIGNEES", "ProjectV2Field"));
    GhField status =
        field("PVTSSF_lADOFAKE", 3, "Status", "SINGLE_SELECT", "ProjectV2SingleSelectField");
    for (int i = 0; i < statusOptions.size(); ++i)
        status.options.append({defaultOptionId(statusOptions.at(i), i, p.id), statusOptions.at(i)});
    p.fields.append(status);
    p.fields.append(field("PVTF_lADOFAKE", 4, "Labels", "LABELS", "ProjectV2Field"));
    projects.append(p);
    return projects.last();
}

qint64 FakeGitHubState::userId(const QString& login)
{
    return 100 + qint64(qHash(login.toLower(), 0) % 100000);
}

QStringList FakeGitHubState::toStringList(const QJsonValue& v)
{
    QStringList out;
    if (v.isString()) // a comma-separated list (what templates write)
        return v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QJsonValue& e : v.toArray()) {
        const QString name =
            e.isObject() ? e.toObject().value(QLatin1String("name")).toString() : e.toString();
        if (!name.trimmed().isEmpty())
            out.append(name.trimmed());
    }
    return out;
}

QJsonObject FakeGitHubState::userJson(const QString& who) const
{
    const qint64 id = userId(who);
    const QString api = apiUrl(s("users/") + who);
    return QJsonObject{
        {s("login"), who},
        {s("id"), id},
        {s("node_id"), QString(s("U_kgDOFAKE") + QString::number(id))},
        {s("avatar_url"), QString(htmlUrl(s("avatars/u/") + QString::number(id)))},
        {s("gravatar_id"), QString()},
        {s("url"), api},
        {s("html_url"), htmlUrl(who)},
        {s("type"), s("User")},
        {s("site_admin"), false},
    };
}

QJsonObject FakeGitHubState::labelJson(const GhRepo& repo, const QString& name) const
{
    for (const GhLabel& l : repo.labels) {
        if (l.name == name) {
            return QJsonObject{
                {s("id"), l.id},
                {s("node_id"), QString(s("LA_kwDOFAKE") + QString::number(l.id))},
                {s("url"), apiUrl(s("repos/") + repo.fullName() + s("/labels/") +
                                  QString::fromLatin1(QUrl::toPercentEncoding(l.name)))},
                {s("name"), l.name},
                {s("color"), l.color},
                {s("default"), false},
                {s("description"),
                 l.description.isEmpty() ? QJsonValue() : QJsonValue(l.description)},
            };
        }
    }
    return {};
}

QJsonArray FakeGitHubState::labelsJson(const GhRepo& repo, const QStringList& names) const
{
    QJsonArray out;
    for (const QString& n : names)
        out.append(labelJson(repo, n));
    return out;
}

QJsonObject FakeGitHubState::issueJson(const GhRepo& repo, const GhIssue& i) const
{
    const QString repoApi = apiUrl(s("repos/") + repo.fullName());
    const QString self = repoApi + s("/issues/") + QString::number(i.number);
    const QString html = htmlUrl(repo.fullName() + (i.pullRequest ? s("/pull/") : s("/issues/")) +
                                 QString::number(i.number));
    QJsonArray assignees;
    for (const QString& a : i.assignees)
        assignees.append(userJson(a));
    const auto nullable = [](const QString& v) {
        return v.isEmpty() ? QJsonValue() : QJsonValue(v);
    };
    QJsonObject o{
        {s("url"), self},
        {s("repository_url"), repoApi},
        {s("labels_url"), QString(self + s("/labels{/name}"))},
        {s("comments_url"), QString(self + s("/comments"))},
        {s("events_url"), QString(self + s("/events"))},
        {s("html_url"), html},
        {s("id"), i.id},
        {s("node_id"), i.nodeId},
        {s("number"), i.number},
        {s("title"), i.title},
        {s("user"), userJson(i.author)},
        {s("labels"), labelsJson(repo, i.labels)},
        {s("state"), i.state},
        {s("locked"), false},
        {s("assignee"), assignees.isEmpty() ? QJsonValue() : assignees.first()},
        {s("assignees"), assignees},
        {s("milestone"), QJsonValue()},
        {s("comments"), i.comments},
        {s("created_at"), iso(i.createdAt)},
        {s("updated_at"), iso(i.updatedAt)},
        {s("closed_at"), i.closedAt.isValid() ? QJsonValue(iso(i.closedAt)) : QJsonValue()},
        {s("author_association"), s("MEMBER")},
        {s("active_lock_reason"), QJsonValue()},
        {s("body"), nullable(i.body)},
        {s("reactions"), QJsonObject{{s("url"), QString(self + s("/reactions"))},
                                     {s("total_count"), 0},
                                     {s("+1"), 0},
                                     {s("-1"), 0}}},
        {s("timeline_url"), QString(self + s("/timeline"))},
        {s("performed_via_github_app"), QJsonValue()},
        {s("state_reason"), nullable(i.stateReason)},
    };
    if (i.pullRequest) {
        const QString pulls = repoApi + s("/pulls/") + QString::number(i.number);
        o.insert(s("draft"), false);
        o.insert(s("pull_request"), QJsonObject{{s("url"), pulls},
                                                {s("html_url"), html},
                                                {s("diff_url"), QString(html + s(".diff"))},
                                                {s("patch_url"), QString(html + s(".patch"))},
                                                {s("merged_at"), QJsonValue()}});
    }
    return o;
}

QJsonObject FakeGitHubState::repoJson(const GhRepo& repo) const
{
    return QJsonObject{
        {s("id"), repo.id},
        {s("node_id"), repo.nodeId},
        {s("name"), repo.name},
        {s("full_name"), repo.fullName()},
        {s("private"), true},
        {s("owner"), userJson(repo.owner)},
        {s("html_url"), htmlUrl(repo.fullName())},
        {s("url"), QString(apiUrl(s("repos/") + repo.fullName()))},
        {s("has_issues"), true},
        {s("open_issues_count"),
         int(std::count_if(repo.issues.cbegin(), repo.issues.cend(),
                           [](const GhIssue& i) { return i.state == QLatin1String("open"); }))},
        {s("default_branch"), s("main")},
        {s("permissions"), QJsonObject{{s("admin"), true}, {s("push"), true}, {s("pull"), true}}},
    };
}

} // namespace shiftdesk::fake
