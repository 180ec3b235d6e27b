// GitHubClient: Projects v2 over GraphQL (§11). Every value goes in as a variable, never
// spliced into the query text.
#include "GitHubClient.h"

#include <QJsonArray>
#include <QPointer>

namespace shiftdesk {

namespace {

constexpr int kMaxItemPages = 100; // 10,000 items

const QString& findProjectQuery()
{
    static const QString q = QStringLiteral(
        "query($owner: String!, $number: Int!) {\n"
        "  repositoryOwner(login: $owner) {\n"
        "    ... on ProjectV2Owner {\n"
        "      projectV2(number: $number) {\n"
        "        id title url updatedAt\n"
        "        fields(first: 50) {\n"
        "          nodes { ... on ProjectV2SingleSelectField { id name options { id name } } }\n"
        "        }\n"
        "      }\n"
        "    }\n"
        "  }\n"
        "}");
    return q;
}

const QString& updatedAtQuery()
{
    static const QString q =
        QStringLiteral("query($id: ID!) { node(id: $id) { ... on ProjectV2 { updatedAt } } }");
    return q;
}

const QString& itemsQuery()
{
    static const QString q = QStringLiteral(
        "query($id: ID!, $cursor: String, $status: String!) {\n"
        "  node(id: $id) {\n"
        "    ... on ProjectV2 {\n"
        "      items(first: 100, after: $cursor) {\n"
        "        pageInfo { endCursor hasNextPage }\n"
        "        nodes {\n"
        "          id type isArchived\n"
        "          content {\n"
        "            ... on Issue { id number title url state createdAt updatedAt\n"
        "              repository { nameWithOwner } author { login }\n"
        "              assignees(first: 10) { nodes { login } }\n"
        "              labels(first: 20) { nodes { name } } }\n"
        "            ... on PullRequest { id number title url state createdAt updatedAt\n"
        "              repository { nameWithOwner } author { login } }\n"
        "            ... on DraftIssue { title createdAt }\n"
        "          }\n"
        "          fieldValueByName(name: $status) {\n"
        "            ... on ProjectV2ItemFieldSingleSelectValue { name optionId }\n"
        "          }\n"
        "        }\n"
        "      }\n"
        "    }\n"
        "  }\n"
        "}");
    return q;
}

const QString& moveMutation()
{
    static const QString q = QStringLiteral(
        "mutation($p: ID!, $i: ID!, $f: ID!, $o: String!) {\n"
        "  updateProjectV2ItemFieldValue(input: {projectId: $p, itemId: $i, fieldId: $f,\n"
        "      value: {singleSelectOptionId: $o}}) { projectV2Item { id } }\n"
        "}");
    return q;
}

const QString& addMutation()
{
    static const QString q = QStringLiteral(
        "mutation($p: ID!, $c: ID!) {\n"
        "  addProjectV2ItemById(input: {projectId: $p, contentId: $c}) { item { id } }\n"
        "}");
    return q;
}

QDateTime parseTime(const QJsonValue& v)
{
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QJsonObject data(const GitHubResult& r)
{
    return r.json.object().value(QLatin1String("data")).toObject();
}

// A GraphQL answer that lacks what was asked for (null owner, null project).
GitHubResult notFound(GitHubResult r, const QString& message)
{
    r.kind = GitHubResult::Kind::NotFound;
    r.message = message;
    return r;
}

GitHubResult badResponse(GitHubResult r)
{
    r.kind = GitHubResult::Kind::BadResponse;
    r.message = GitHubResult::describe(r);
    return r;
}

ProjectItem parseItem(const QJsonObject& o)
{
    ProjectItem item;
    item.itemId = o.value(QLatin1String("id")).toString();
    item.type = o.value(QLatin1String("type")).toString();
    item.archived = o.value(QLatin1String("isArchived")).toBool();
    item.statusOptionId = o.value(QLatin1String("fieldValueByName"))
                              .toObject()
                              .value(QLatin1String("optionId"))
                              .toString();
    const QJsonObject c = o.value(QLatin1String("content")).toObject();
    GitHubIssue& issue = item.issue;
    issue.nodeId = c.value(QLatin1String("id")).toString();
    issue.number = c.value(QLatin1String("number")).toInteger();
    issue.title = c.value(QLatin1String("title")).toString();
    issue.url = c.value(QLatin1String("url")).toString();
    // GraphQL says OPEN / CLOSED / MERGED; REST (and the rest of the app) says open / closed.
    issue.state = c.value(QLatin1String("state")).toString().toLower();
    issue.createdAt = parseTime(c.value(QLatin1String("createdAt")));
    issue.updatedAt = parseTime(c.value(QLatin1String("updatedAt")));
    issue.repository = c.value(QLatin1String("repository"))
                           .toObject()
                           .value(QLatin1String("nameWithOwner"))
                           .toString();
    issue.author =
        c.value(QLatin1String("author")).toObject().value(QLatin1String("login")).toString();
    const QJsonArray assignees =
        c.value(QLatin1String("assignees")).toObject().value(QLatin1String("nodes")).toArray();
    for (const QJsonValue& a : assignees) {
        const QString login = a.toObject().value(QLatin1String("login")).toString();
        if (!login.isEmpty())
            issue.assignees << login;
    }
    const QJsonArray labels =
        c.value(QLatin1String("labels")).toObject().value(QLatin1String("nodes")).toArray();
    for (const QJsonValue& l : labels) {
        const QString name = l.toObject().value(QLatin1String("name")).toString();
        if (!name.isEmpty())
            issue.labels << name;
    }
    return item;
}

} // namespace

void GitHubClient::findProject(const QString& owner, int number, QObject* context,
                               std::function<void(const ProjectInfo&, const GitHubResult&)> done)
{
    const QJsonObject variables{{QStringLiteral("owner"), owner},
                                {QStringLiteral("number"), number}};
    graphql(QStringLiteral("findProject"), findProjectQuery(), variables, Access::Read, context,
            [owner, number, done = std::move(done)](const GitHubResult& r) {
                ProjectInfo info;
                if (!r.ok()) {
                    done(info, r);
                    return;
                }
                const QJsonValue ownerValue = data(r).value(QLatin1String("repositoryOwner"));
                if (!ownerValue.isObject()) {
                    done(info, notFound(r, tr("Not found: GitHub has no user or organisation "
                                              "\"%1\", or the token cannot see it.")
                                               .arg(owner)));
                    return;
                }
                const QJsonObject project =
                    ownerValue.toObject().value(QLatin1String("projectV2")).toObject();
                info.id = project.value(QLatin1String("id")).toString();
                if (info.id.isEmpty()) {
                    done(info, notFound(r, tr("Not found: %1 has no project number %2, or the "
                                              "token cannot see it (it needs the \"project\" "
                                              "scope).")
                                               .arg(owner)
                                               .arg(number)));
                    return;
                }
                info.title = project.value(QLatin1String("title")).toString();
                info.url = project.value(QLatin1String("url")).toString();
                info.updatedAt = parseTime(project.value(QLatin1String("updatedAt")));
                const QJsonArray fields = project.value(QLatin1String("fields"))
                                              .toObject()
                                              .value(QLatin1String("nodes"))
                                              .toArray();
                // The field named exactly "Status"; failing that, any case of it.
                QJsonObject status;
                for (const QJsonValue& f : fields) {
                    const QString name = f.toObject().value(QLatin1String("name")).toString();
                    if (name == QLatin1String("Status")) {
                        status = f.toObject();
                        break;
                    }
                    if (status.isEmpty() &&
                        name.compare(QLatin1String("status"), Qt::CaseInsensitive) == 0)
                        status = f.toObject();
                }
                info.statusFieldId = status.value(QLatin1String("id")).toString();
                const QJsonArray options = status.value(QLatin1String("options")).toArray();
                for (const QJsonValue& o : options) {
                    ProjectColumn column;
                    column.optionId = o.toObject().value(QLatin1String("id")).toString();
                    column.name = o.toObject().value(QLatin1String("name")).toString();
                    if (!column.optionId.isEmpty())
                        info.columns << column;
                }
                done(info, r);
            });
}

void GitHubClient::projectUpdatedAt(const QString& projectId, QObject* context,
                                    std::function<void(const QDateTime&, const GitHubResult&)> done)
{
    graphql(
        QStringLiteral("projectUpdatedAt"), updatedAtQuery(),
        QJsonObject{{QStringLiteral("id"), projectId}}, Access::Read, context,
        [done = std::move(done)](const GitHubResult& r) {
            if (!r.ok()) {
                done(QDateTime(), r);
                return;
            }
            const QDateTime at = parseTime(
                data(r).value(QLatin1String("node")).toObject().value(QLatin1String("updatedAt")));
            if (!at.isValid()) {
                done(at, notFound(r, tr("Not found: the project is gone, or the token can no "
                                        "longer see it.")));
                return;
            }
            done(at, r);
        });
}

void GitHubClient::projectItems(
    const QString& projectId, const QString& statusFieldName, QObject* context,
    std::function<void(const QList<ProjectItem>&, const GitHubResult&)> done)
{
    struct State
    {
        QString projectId;
        QString status;
        QList<ProjectItem> items;
        std::function<void(const QList<ProjectItem>&, const GitHubResult&)> done;
        QPointer<QObject> context;
        int pages = 0;
    };
    auto state = std::make_shared<State>();
    state->projectId = projectId;
    state->status = statusFieldName.isEmpty() ? QStringLiteral("Status") : statusFieldName;
    state->done = std::move(done);
    state->context = context ? context : this;

    // Held weakly by itself, strongly by the callback of the page on its way (no cycle).
    using Fetch = std::function<void(const QString&)>;
    auto fetch = std::make_shared<Fetch>();
    std::weak_ptr<Fetch> weakFetch = fetch;
    *fetch = [this, state, weakFetch](const QString& cursor) {
        std::shared_ptr<Fetch> self = weakFetch.lock();
        QJsonObject variables{{QStringLiteral("id"), state->projectId},
                              {QStringLiteral("status"), state->status}};
        variables.insert(QStringLiteral("cursor"),
                         cursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(cursor));
        graphql(QStringLiteral("projectItems"), itemsQuery(), variables, Access::Read, this,
                [state, self](const GitHubResult& r) {
                    if (!state->context)
                        return;
                    if (!r.ok()) {
                        state->done(state->items, r);
                        return;
                    }
                    const QJsonValue node = data(r).value(QLatin1String("node"));
                    const QJsonObject items =
                        node.toObject().value(QLatin1String("items")).toObject();
                    if (!node.isObject() || items.isEmpty()) {
                        state->done(state->items,
                                    notFound(r, tr("Not found: the project is gone, or the token "
                                                   "can no longer see it.")));
                        return;
                    }
                    const QJsonArray nodes = items.value(QLatin1String("nodes")).toArray();
                    for (const QJsonValue& v : nodes) {
                        ProjectItem item = parseItem(v.toObject());
                        if (!item.itemId.isEmpty())
                            state->items << item;
                    }
                    const QJsonObject pageInfo = items.value(QLatin1String("pageInfo")).toObject();
                    const QString endCursor = pageInfo.value(QLatin1String("endCursor")).toString();
                    const bool more = pageInfo.value(QLatin1String("hasNextPage")).toBool();
                    if (more && endCursor.isEmpty()) {
                        state->done(state->items, badResponse(r));
                        return;
                    }
                    if (!more || ++state->pages >= kMaxItemPages) {
                        state->done(state->items, r);
                        return;
                    }
                    (*self)(endCursor);
                });
    };
    (*fetch)(QString());
}

void GitHubClient::moveProjectItem(const QString& projectId, const QString& itemId,
                                   const QString& fieldId, const QString& optionId,
                                   QObject* context, Callback done)
{
    const QJsonObject variables{{QStringLiteral("p"), projectId},
                                {QStringLiteral("i"), itemId},
                                {QStringLiteral("f"), fieldId},
                                {QStringLiteral("o"), optionId}};
    graphql(QStringLiteral("moveProjectItem"), moveMutation(), variables, Access::Write, context,
            std::move(done));
}

void GitHubClient::addToProject(
    const QString& projectId, const QString& contentNodeId, QObject* context,
    std::function<void(const QString& itemId, const GitHubResult&)> done)
{
    const QJsonObject variables{{QStringLiteral("p"), projectId},
                                {QStringLiteral("c"), contentNodeId}};
    graphql(QStringLiteral("addToProject"), addMutation(), variables, Access::Write, context,
            [done = std::move(done)](const GitHubResult& r) {
                if (!r.ok()) {
                    done(QString(), r);
                    return;
                }
                const QString itemId = data(r)
                                           .value(QLatin1String("addProjectV2ItemById"))
                                           .toObject()
                                           .value(QLatin1String("item"))
                                           .toObject()
                                           .value(QLatin1String("id"))
                                           .toString();
                if (itemId.isEmpty()) {
                    done(itemId, badResponse(r));
                    return;
                }
                done(itemId, r);
            });
}

} // namespace shiftdesk
