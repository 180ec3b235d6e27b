#pragma once

// The fake GitHub's own test (tst_fakegithub.cpp: REST, device flow, rate limits;
// tst_fakegithub_graphql.cpp: GraphQL, its faults, dropped connections), with a plain
// QNetworkAccessManager client.
#include "FakeGitHub.h"
#include "FakeGitHubTestClient.h"

#include <QObject>

#include <memory>

using namespace shiftdesk::fake;
using namespace Qt::Literals::StringLiterals;
using Reply = TestReply;
using K = FakeGitHubFault::Kind;

inline const QString kRepo = u"acme/ops"_s;

inline QList<qint64> numbers(const QJsonArray& issues)
{
    QList<qint64> out;
    for (const auto& v : issues)
        out.append(v[u"number"_s].toInteger());
    return out;
}

inline QJsonValue at(const Reply& r, const QString& dotted)
{
    return FakeGitHubTestClient::path(r.json, dotted);
}

inline const QString kProjectQuery = uR"(
  query findProject($owner: String!, $number: Int!) {
    userOrOrganization: repositoryOwner(login: $owner) {
      ... on ProjectV2Owner {
        projectV2(number: $number) {
          id title url updatedAt
          fields(first: 20) { nodes {
            ... on ProjectV2FieldCommon { id name dataType }
            ... on ProjectV2SingleSelectField { id name options { id name } } } }
        }
      }
    }
  })"_s;

inline const QString kItemsQuery = uR"(
  query items($id: ID!, $cursor: String) {
    node(id: $id) { ... on ProjectV2 { items(first: 100, after: $cursor) {
      pageInfo { endCursor hasNextPage }
      nodes { id type isArchived
        content {
          ... on Issue { id number title url state createdAt updatedAt
            repository { nameWithOwner } assignees(first: 10) { nodes { login } }
            labels(first: 20) { nodes { name } } author { login } }
          ... on PullRequest { id number title }
          ... on DraftIssue { title }
        }
        status: fieldValueByName(name: "Status") {
          ... on ProjectV2ItemFieldSingleSelectValue { name optionId } } } } } } })"_s;

class TestFakeGitHub : public QObject, private FakeGitHubTestClient
{
    Q_OBJECT

    std::unique_ptr<FakeGitHub> m_gh;
    QString m_project;

    QString moveMutation(const QString& item, const QString& option) const
    {
        return uR"(mutation { updateProjectV2ItemFieldValue(input: { projectId: "%1", itemId: "%2",
                   fieldId: "%3", value: { singleSelectOptionId: "%4" } }) { projectV2Item { id } } })"_s
            .arg(m_project, item, m_gh->statusFieldId(m_project), option);
    }

private Q_SLOTS:
    void init();
    void cleanup();
    void userHeadersAndLog();
    void authAndUserAgent();
    void paginationChain();
    void etagAnd304();
    void listFilters();
    void createAndPatch();
    void contents();
    void graphqlProject();
    void graphqlItems();
    void graphqlMutations();
    void deviceFlow();
    void faultsRest();
    void faultsGraphQLAndDrops();
    void primaryLimitCounts();
};
