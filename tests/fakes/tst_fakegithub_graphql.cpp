// The fake GitHub's GraphQL Projects v2 operations (§11) and its faults on GraphQL routes.
#include "tst_fakegithub.h"

#include <QSignalSpy>
#include <QTest>

void TestFakeGitHub::graphqlProject()
{
    Reply r = graphql(kProjectQuery, {{u"owner"_s, u"acme"_s}, {u"number"_s, 7}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("x-ratelimit-resource"), QByteArray("graphql"));
    QCOMPARE(m_gh->rateLimitRemaining(u"graphql"_s), 4999);
    QVERIFY(!r.json.contains(u"errors"_s));
    const QJsonObject project = at(r, u"data.userOrOrganization.projectV2"_s).toObject();
    QCOMPARE(project[u"id"_s].toString(), m_project);
    QCOMPARE(project[u"title"_s].toString(), u"Ops board"_s);
    QVERIFY(project[u"url"_s].toString().endsWith(u"/orgs/acme/projects/7"_s));
    QVERIFY(QDateTime::fromString(project[u"updatedAt"_s].toString(), Qt::ISODate).isValid());
    const QJsonArray fields = project[u"fields"_s][u"nodes"_s].toArray();
    QCOMPARE(valuesOf(fields, u"name"_s).first(), u"Title"_s);
    QJsonObject status;
    for (const auto& f : fields) {
        if (f[u"name"_s] == u"Status"_s)
            status = f.toObject();
    }
    QCOMPARE(status[u"id"_s].toString(), m_gh->statusFieldId(m_project));
    QCOMPARE(valuesOf(status[u"options"_s].toArray(), u"name"_s),
             (QStringList{u"Todo"_s, u"In Progress"_s, u"Done"_s}));
    QCOMPARE(valuesOf(status[u"options"_s].toArray(), u"id"_s),
             (QStringList{u"f75ad846"_s, u"47fc9ee4"_s, u"98236657"_s}));
    QCOMPARE(m_gh->requests().last().graphqlField, u"repositoryOwner"_s);
    QCOMPARE(m_gh->callCount(u"graphql:projectV2"_s), 1);
    // organization(login:) with literals, and the not-found answer of GR2M's recording.
    r = graphql(u"{ organization(login: \"acme\") { projectV2(number: 7) { title } } }"_s);
    QCOMPARE(at(r, u"data.organization.projectV2.title"_s).toString(), u"Ops board"_s);
    r = graphql(kProjectQuery, {{u"owner"_s, u"acme"_s}, {u"number"_s, 99999}});
    QCOMPARE(r.status, 200);
    QVERIFY(at(r, u"data.userOrOrganization"_s).isObject());
    QVERIFY(at(r, u"data.userOrOrganization.projectV2"_s).isNull());
    QCOMPARE(at(r, u"errors.0.type"_s).toString(), u"NOT_FOUND"_s);
    QCOMPARE(at(r, u"errors.0.path"_s).toArray(),
             (QJsonArray{u"userOrOrganization"_s, u"projectV2"_s}));
    QCOMPARE(at(r, u"errors.0.message"_s).toString(),
             u"Could not resolve to a ProjectV2 with the number 99999."_s);
    r = graphql(u"{ user(login: \"nobody\") { login } }"_s);
    QCOMPARE(at(r, u"errors.0.type"_s).toString(), u"NOT_FOUND"_s);
    r = graphql(u"query { nope { id } }"_s);
    QVERIFY(at(r, u"errors.0.message"_s).toString().contains(u"Field 'nope' doesn't exist"_s));
    r = graphql(u"query { viewer { login "_s);
    QVERIFY(at(r, u"errors.0.message"_s).toString().startsWith(u"Parse error"_s));
}

void TestFakeGitHub::graphqlItems()
{
    QStringList ids;
    for (int i = 1; i <= 205; ++i) {
        const qint64 n = m_gh->addIssue(kRepo, {{u"title"_s, u"Card %1"_s.arg(i)},
                                                {u"labels"_s, QJsonArray{u"ops"_s}},
                                                {u"assignees"_s, QJsonArray{u"bob"_s}}});
        ids.append(m_gh->addProjectItem(m_project, kRepo, n, i % 2 ? u"Todo"_s : QString()));
    }
    const qint64 pr = m_gh->addPullRequest(kRepo, {{u"title"_s, u"Fix"_s}});
    ids.append(m_gh->addProjectItem(m_project, kRepo, pr, u"Done"_s));
    ids.append(m_gh->addDraftItem(m_project, u"Idea"_s, u"In Progress"_s));
    QCOMPARE(m_gh->projectItemIds(m_project), ids);
    QJsonArray all;
    QJsonValue cursor;
    QStringList cursors;
    for (int page = 0; page < 5; ++page) {
        const Reply r = graphql(kItemsQuery, {{u"id"_s, m_project}, {u"cursor"_s, cursor}});
        QVERIFY2(!r.json.contains(u"errors"_s), r.body.constData());
        const QJsonObject items = at(r, u"data.node.items"_s).toObject();
        for (const auto& n : items[u"nodes"_s].toArray())
            all.append(n);
        cursor = items[u"pageInfo"_s][u"endCursor"_s];
        cursors.append(cursor.toString());
        if (!items[u"pageInfo"_s][u"hasNextPage"_s].toBool())
            break;
    }
    QCOMPARE(all.size(), 207);
    QCOMPARE(cursors.size(), 3);
    QCOMPARE(cursors.first(), u"MTAw"_s); // opaque base64, like GitHub's "MjAw"
    QCOMPARE(valuesOf(all, u"id"_s), ids);
    const QJsonObject first = all.at(0).toObject();
    QCOMPARE(first[u"type"_s].toString(), u"ISSUE"_s);
    QCOMPARE(first[u"isArchived"_s].toBool(), false);
    QCOMPARE(first[u"content"_s][u"number"_s].toInt(), 1);
    QCOMPARE(first[u"content"_s][u"state"_s].toString(), u"OPEN"_s);
    QCOMPARE(first[u"content"_s][u"repository"_s][u"nameWithOwner"_s].toString(), kRepo);
    QCOMPARE(first[u"content"_s][u"assignees"_s][u"nodes"_s][0][u"login"_s].toString(), u"bob"_s);
    QCOMPARE(first[u"content"_s][u"labels"_s][u"nodes"_s][0][u"name"_s].toString(), u"ops"_s);
    QCOMPARE(first[u"content"_s][u"author"_s][u"login"_s].toString(), u"octocat"_s);
    QCOMPARE(first[u"content"_s][u"id"_s].toString(),
             m_gh->issue(kRepo, 1)[u"node_id"_s].toString());
    QCOMPARE(first[u"status"_s][u"name"_s].toString(), u"Todo"_s);
    QCOMPARE(first[u"status"_s][u"optionId"_s].toString(), u"f75ad846"_s);
    QVERIFY(all.at(1)[u"status"_s].isNull()); // no status
    QCOMPARE(all.at(205)[u"type"_s].toString(), u"PULL_REQUEST"_s);
    QCOMPARE(all.at(206)[u"type"_s].toString(), u"DRAFT_ISSUE"_s);
    QCOMPARE(all.at(206)[u"content"_s][u"title"_s].toString(), u"Idea"_s);
    // Type conditions hold: a draft has no number, a pull request no url (asked on Issue only).
    QVERIFY(!all.at(206)[u"content"_s].toObject().contains(u"number"_s));
    QCOMPARE(all.at(205)[u"content"_s][u"number"_s].toInteger(), pr);
    QVERIFY(!all.at(205)[u"content"_s].toObject().contains(u"url"_s));
    QCOMPARE(m_gh->callCount(u"graphql:items"_s), 3);
    // Limits and bad cursors.
    Reply r = graphql(
        u"{ node(id: \"%1\") { ... on ProjectV2 { items(first: 101) { totalCount } } } }"_s.arg(
            m_project));
    QCOMPARE(at(r, u"errors.0.type"_s).toString(), u"EXCESSIVE_PAGINATION"_s);
    r = graphql(kItemsQuery, {{u"id"_s, m_project}, {u"cursor"_s, u"!!"_s}});
    QCOMPARE(at(r, u"errors.0.type"_s).toString(), u"INVALID_CURSOR_ARGUMENTS"_s);
    r = graphql(u"{ node(id: \"PVT_none\") { id } }"_s);
    QVERIFY(at(r, u"data.node"_s).isNull());
    QCOMPARE(at(r, u"errors.0.type"_s).toString(), u"NOT_FOUND"_s);
}

void TestFakeGitHub::graphqlMutations()
{
    const qint64 n = m_gh->addIssue(kRepo, {{u"title"_s, u"Card"_s}});
    const QString item = m_gh->addProjectItem(m_project, kRepo, n, u"Todo"_s);
    const QString updatedQuery =
        u"{ node(id: \"%1\") { ... on ProjectV2 { updatedAt } } }"_s.arg(m_project);
    const QString before = at(graphql(updatedQuery), u"data.node.updatedAt"_s).toString();
    Reply r = graphql(moveMutation(item, m_gh->optionId(m_project, u"Done"_s)));
    QVERIFY2(!r.json.contains(u"errors"_s), r.body.constData());
    QCOMPARE(at(r, u"data.updateProjectV2ItemFieldValue.projectV2Item.id"_s).toString(), item);
    QCOMPARE(m_gh->itemStatus(m_project, item), u"Done"_s);
    const QString after = at(graphql(updatedQuery), u"data.node.updatedAt"_s).toString();
    QVERIFY(after > before); // strictly later, even within the same second
    QCOMPARE(m_gh->requests().last().graphqlField, u"node"_s);
    // The same with $variables.
    r = graphql(uR"(mutation move($p: ID!, $i: ID!, $f: ID!, $o: String!) {
        updateProjectV2ItemFieldValue(input: {projectId: $p, itemId: $i, fieldId: $f,
          value: {singleSelectOptionId: $o}}) { projectV2Item { id } } })"_s,
                {{u"p"_s, m_project},
                 {u"i"_s, item},
                 {u"f"_s, m_gh->statusFieldId(m_project)},
                 {u"o"_s, m_gh->optionId(m_project, u"In Progress"_s)}});
    QVERIFY(!r.json.contains(u"errors"_s));
    QCOMPARE(m_gh->itemStatus(m_project, item), u"In Progress"_s);
    QVERIFY(m_gh->projectUpdatedAt(m_project) > QDateTime::fromString(after, Qt::ISODate));
    r = graphql(moveMutation(item, u"nope"_s));
    QCOMPARE(at(r, u"errors.0.message"_s).toString(),
             u"The single select option Id does not belong to the field"_s);
    QCOMPARE(m_gh->itemStatus(m_project, item), u"In Progress"_s);
    // addProjectV2ItemById: the existing item's id, or a new item.
    const QString addQuery = uR"(mutation($p: ID!, $c: ID!) {
        addProjectV2ItemById(input: {projectId: $p, contentId: $c}) { item { id } } })"_s;
    const QString nodeId = m_gh->issue(kRepo, n)[u"node_id"_s].toString();
    r = graphql(addQuery, {{u"p"_s, m_project}, {u"c"_s, nodeId}});
    QCOMPARE(at(r, u"data.addProjectV2ItemById.item.id"_s).toString(), item);
    const qint64 other = m_gh->addIssue(kRepo, {{u"title"_s, u"New"_s}});
    r = graphql(addQuery, {{u"p"_s, m_project},
                           {u"c"_s, m_gh->issue(kRepo, other)[u"node_id"_s].toString()}});
    const QString added = at(r, u"data.addProjectV2ItemById.item.id"_s).toString();
    QCOMPARE(m_gh->projectItemIds(m_project), (QStringList{item, added}));
    QCOMPARE(m_gh->itemStatus(m_project, added), QString());
    r = graphql(addQuery, {{u"p"_s, m_project}, {u"c"_s, u"I_none"_s}});
    QCOMPARE(at(r, u"errors.0.type"_s).toString(), u"NOT_FOUND"_s);
    QCOMPARE(m_gh->callCount(u"graphql:addProjectV2ItemById"_s), 3);
    // Without the project scope: GitHub's INSUFFICIENT_SCOPES.
    m_gh->setToken(u"ghp_test"_s, {u"repo"_s});
    r = graphql(moveMutation(item, m_gh->optionId(m_project, u"Done"_s)));
    QCOMPARE(at(r, u"errors.0.type"_s).toString(), u"INSUFFICIENT_SCOPES"_s);
    QCOMPARE(m_gh->itemStatus(m_project, item), u"In Progress"_s);
}

void TestFakeGitHub::faultsGraphQLAndDrops()
{
    const qint64 n = m_gh->addIssue(kRepo, {{u"title"_s, u"Card"_s}});
    const QString item = m_gh->addProjectItem(m_project, kRepo, n, u"Todo"_s);
    FakeGitHubFault notFound;
    notFound.kind = K::GraphQLNotFound;
    m_gh->injectFault(u"graphql:projectV2"_s, notFound);
    QVERIFY(!graphql(kItemsQuery, {{u"id"_s, m_project}}).json.contains(u"errors"_s));
    Reply r = graphql(kProjectQuery, {{u"owner"_s, u"acme"_s}, {u"number"_s, 7}});
    QCOMPARE(r.status, 200);
    QCOMPARE(at(r, u"errors.0.type"_s).toString(), u"NOT_FOUND"_s);
    QVERIFY(at(r, u"data.userOrOrganization.projectV2"_s).isNull());
    FakeGitHubFault primary;
    primary.kind = K::PrimaryExhausted;
    m_gh->injectFault(u"graphql:*"_s, primary);
    r = graphql(kItemsQuery, {{u"id"_s, m_project}});
    QCOMPARE(r.status, 200); // GraphQL's primary limit: 200 + RATE_LIMITED
    QCOMPARE(at(r, u"errors.0.type"_s).toString(), u"RATE_LIMITED"_s);
    QCOMPARE(r.header("x-ratelimit-remaining"), QByteArray("0"));
    QCOMPARE(r.header("x-ratelimit-resource"), QByteArray("graphql"));
    FakeGitHubFault secondary;
    secondary.kind = K::SecondaryLimit;
    m_gh->injectFault(u"graphql:updateProjectV2ItemFieldValue"_s, secondary);
    r = graphql(moveMutation(item, m_gh->optionId(m_project, u"Done"_s)));
    QCOMPARE(r.status, 403);
    QVERIFY(r.hasHeader("retry-after"));
    QCOMPARE(m_gh->itemStatus(m_project, item), u"Todo"_s); // not applied
    // Drops: Qt resends once after a close without an answer, so inject twice.
    FakeGitHubFault drop;
    drop.kind = K::DropBeforeProcessing;
    m_gh->injectFault(u"graphql:updateProjectV2ItemFieldValue"_s, drop, 2);
    r = graphql(moveMutation(item, m_gh->optionId(m_project, u"Done"_s)));
    QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(m_gh->itemStatus(m_project, item), u"Todo"_s);
    resetNetwork();
    drop.kind = K::DropAfterProcessing;
    m_gh->injectFault(u"graphql:updateProjectV2ItemFieldValue"_s, drop, 2);
    r = graphql(moveMutation(item, m_gh->optionId(m_project, u"Done"_s)));
    QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(m_gh->itemStatus(m_project, item), u"Done"_s); // applied, answer lost
    QCOMPARE(m_gh->requests().last().status, 0);
    resetNetwork();
    m_gh->injectFault(u"POST /repos/acme/ops/issues"_s, drop, 2);
    r = send("POST", u"repos/acme/ops/issues"_s, QJsonObject{{u"title"_s, u"dup"_s}});
    QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(m_gh->issues(kRepo).size(), 3); // created twice: the resend
    QSignalSpy handled(m_gh.get(), &FakeGitHub::requestHandled);
    QCOMPARE(get(u"user"_s).status, 200);
    QCOMPARE(handled.size(), 1);
    QCOMPARE(handled.at(0).at(0).toString(), u"GET /user"_s);
    m_gh->injectFault(u"*"_s, notFound);
    m_gh->clearFaults();
    QCOMPARE(get(u"user"_s).status, 200);
}
