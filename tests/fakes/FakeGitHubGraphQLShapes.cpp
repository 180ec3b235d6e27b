#include "FakeGitHubGraphQLShapes.h"

#include "FakeGitHubState.h"

#include <QJsonArray>

namespace shiftdesk::fake {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

} // namespace

const QString GqlShapes::kOwner = QStringLiteral("__owner");
const QString GqlShapes::kProject = QStringLiteral("__project");
const QString GqlShapes::kItem = QStringLiteral("__item");
const QString GqlShapes::kRepo = QStringLiteral("__repo");

GqlShapes::GqlShapes(FakeGitHubState& state)
    : m_state(state)
{}

QJsonObject GqlShapes::owner(const QString& login) const
{
    const bool user = login.compare(m_state.login, Qt::CaseInsensitive) == 0;
    const qint64 id = FakeGitHubState::userId(login);
    return QJsonObject{
        {s("__typename"), user ? s("User") : s("Organization")},
        {s("id"), QString((user ? s("U_kgDOFAKE") : s("O_kgDOFAKE")) + QString::number(id))},
        {s("databaseId"), id},
        {s("login"), login},
        {s("name"), user ? m_state.userName : login},
        {s("url"), m_state.htmlUrl(login)},
        {kOwner, login}};
}

QJsonObject GqlShapes::project(const GhProject& p) const
{
    const bool user = p.owner.compare(m_state.login, Qt::CaseInsensitive) == 0;
    const QString url = m_state.htmlUrl((user ? s("users/") : s("orgs/")) + p.owner +
                                        s("/projects/") + QString::number(p.number));
    return QJsonObject{{s("__typename"), s("ProjectV2")},
                       {s("id"), p.id},
                       {s("databaseId"), p.databaseId},
                       {s("number"), p.number},
                       {s("title"), p.title},
                       {s("url"), url},
                       {s("closed"), false},
                       {s("public"), false},
                       {s("shortDescription"), QString()},
                       {s("createdAt"), FakeGitHubState::iso(p.createdAt)},
                       {s("updatedAt"), FakeGitHubState::iso(p.updatedAt)},
                       {s("owner"), owner(p.owner)},
                       {kProject, p.id}};
}

QJsonObject GqlShapes::field(const GhField& f)
{
    QJsonObject o{{s("__typename"), f.typeName},
                  {s("id"), f.id},
                  {s("name"), f.name},
                  {s("dataType"), f.dataType}};
    if (f.dataType == QLatin1String("SINGLE_SELECT")) {
        QJsonArray options;
        for (const GhOption& opt : f.options)
            options.append(QJsonObject{{s("id"), opt.id},
                                       {s("name"), opt.name},
                                       {s("nameHTML"), opt.name.toHtmlEscaped()},
                                       {s("color"), s("GRAY")},
                                       {s("description"), QString()}});
        o.insert(s("options"), options);
    }
    return o;
}

QJsonObject GqlShapes::content(const GhRepo& repo, const GhIssue& i) const
{
    QJsonArray assignees;
    for (const QString& a : i.assignees)
        assignees.append(QJsonObject{{s("__typename"), s("User")}, {s("login"), a}});
    QJsonArray labels;
    for (const QString& l : i.labels)
        labels.append(QJsonObject{{s("__typename"), s("Label")}, {s("name"), l}});
    const bool closed = i.state == QLatin1String("closed");
    return QJsonObject{
        {s("__typename"), i.pullRequest ? s("PullRequest") : s("Issue")},
        {s("id"), i.nodeId},
        {s("databaseId"), i.id},
        {s("number"), i.number},
        {s("title"), i.title},
        {s("body"), i.body},
        {s("url"), m_state.htmlUrl(repo.fullName() + (i.pullRequest ? s("/pull/") : s("/issues/")) +
                                   QString::number(i.number))},
        {s("state"), closed ? s("CLOSED") : s("OPEN")},
        {s("stateReason"),
         i.stateReason.isEmpty() ? QJsonValue() : QJsonValue(i.stateReason.toUpper())},
        {s("closed"), closed},
        {s("closedAt"), closed ? QJsonValue(FakeGitHubState::iso(i.closedAt)) : QJsonValue()},
        {s("createdAt"), FakeGitHubState::iso(i.createdAt)},
        {s("updatedAt"), FakeGitHubState::iso(i.updatedAt)},
        {s("author"), QJsonObject{{s("__typename"), s("User")}, {s("login"), i.author}}},
        {s("repository"), this->repo(repo)},
        {s("assignees"), QJsonObject{{s("totalCount"), assignees.size()}, {s("nodes"), assignees}}},
        {s("labels"), QJsonObject{{s("totalCount"), labels.size()}, {s("nodes"), labels}}},
    };
}

QJsonObject GqlShapes::repo(const GhRepo& r) const
{
    return QJsonObject{{s("__typename"), s("Repository")},
                       {s("id"), r.nodeId},
                       {s("databaseId"), r.id},
                       {s("name"), r.name},
                       {s("nameWithOwner"), r.fullName()},
                       {s("url"), m_state.htmlUrl(r.fullName())},
                       {s("owner"), QJsonObject{{s("login"), r.owner}}},
                       {kRepo, r.fullName()}};
}

QJsonObject GqlShapes::item(const GhProject& p, const GhItem& item) const
{
    QJsonValue content;
    QString type = s("DRAFT_ISSUE");
    GhRepo* repo = item.repo.isEmpty() ? nullptr : m_state.repo(item.repo);
    if (const GhIssue* i = repo ? m_state.issue(*repo, item.number) : nullptr) {
        content = this->content(*repo, *i);
        type = i->pullRequest ? s("PULL_REQUEST") : s("ISSUE");
    } else if (item.repo.isEmpty()) {
        content = QJsonObject{{s("__typename"), s("DraftIssue")},
                              {s("id"), item.draftNodeId},
                              {s("title"), item.draftTitle},
                              {s("body"), QString()},
                              {s("createdAt"), FakeGitHubState::iso(item.createdAt)},
                              {s("updatedAt"), FakeGitHubState::iso(item.updatedAt)},
                              {s("assignees"), QJsonObject{{s("nodes"), QJsonArray()}}}};
    } else {
        type = s("REDACTED");
    }
    return QJsonObject{{s("__typename"), s("ProjectV2Item")},
                       {s("id"), item.id},
                       {s("type"), type},
                       {s("isArchived"), item.archived},
                       {s("createdAt"), FakeGitHubState::iso(item.createdAt)},
                       {s("updatedAt"), FakeGitHubState::iso(item.updatedAt)},
                       {s("project"), project(p)},
                       {s("content"), content},
                       {kProject, p.id},
                       {kItem, item.id}};
}

QJsonValue GqlShapes::fieldValue(const GhProject& p, const GhItem& item, const GhField& f) const
{
    const QJsonObject content = this->item(p, item).value(s("content")).toObject();
    QJsonObject v{{s("field"), field(f)}, {s("updatedAt"), FakeGitHubState::iso(item.updatedAt)}};
    if (f.dataType == QLatin1String("SINGLE_SELECT")) {
        const QString name = p.optionName(item.statusOptionId);
        if (name.isEmpty())
            return QJsonValue();
        v.insert(s("__typename"), s("ProjectV2ItemFieldSingleSelectValue"));
        v.insert(s("name"), name);
        v.insert(s("optionId"), item.statusOptionId);
    } else if (f.dataType == QLatin1String("TITLE")) {
        v.insert(s("__typename"), s("ProjectV2ItemFieldTextValue"));
        v.insert(s("text"), content.value(s("title")));
    } else if (f.dataType == QLatin1String("ASSIGNEES")) {
        v.insert(s("__typename"), s("ProjectV2ItemFieldUserValue"));
        v.insert(s("users"), content.value(s("assignees")));
    } else if (f.dataType == QLatin1String("LABELS")) {
        v.insert(s("__typename"), s("ProjectV2ItemFieldLabelValue"));
        v.insert(s("labels"), content.value(s("labels")));
    } else {
        return QJsonValue();
    }
    return v;
}

QJsonValue GqlShapes::node(const QString& id) const
{
    if (const GhProject* p = m_state.project(id))
        return project(*p);
    for (const GhProject& p : m_state.projects) {
        if (const GhItem* item = p.item(id))
            return this->item(p, *item);
    }
    GhRepo* repo = nullptr;
    if (const GhIssue* i = m_state.issueByNodeId(id, &repo))
        return content(*repo, *i);
    for (const GhRepo& r : m_state.repos) {
        if (r.nodeId == id)
            return this->repo(r);
    }
    return QJsonValue();
}

} // namespace shiftdesk::fake
