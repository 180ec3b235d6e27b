#pragma once

// The GraphQL operations of the fake GitHub (shared/reference/slack-github-api.md §11): it runs
// the parsed field tree (FakeGitHubGql.h) against FakeGitHubState. Every object is built as a
// superset of what the client may ask for, then cut down to the selection set, so aliases and
// any selection of the known fields work.
//
// Query roots: repositoryOwner / organization / user (login) { projectV2(number) projectsV2 },
// viewer, node(id) / nodes(ids) (projects, items, issues, pull requests), repository(owner,
// name) { issue(number) }, rateLimit. ProjectV2: id number title url closed createdAt updatedAt
// owner fields field(name) items(first,after,last,before). ProjectV2Item: id type isArchived
// createdAt updatedAt project content fieldValueByName(name) fieldValues.
// Mutations: updateProjectV2ItemFieldValue, clearProjectV2ItemFieldValue, addProjectV2ItemById,
// deleteProjectV2Item, archiveProjectV2Item, unarchiveProjectV2Item.

#include "FakeGitHubGql.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace shiftdesk::fake {

class FakeGitHubState;

class FakeGitHubGraphQL
{
public:
    explicit FakeGitHubGraphQL(FakeGitHubState& state);

    // The body of the HTTP 200 answer: {"data":…} and, if anything failed, "errors":[…].
    QJsonObject execute(const gql::Document& document, const QStringList& scopes);

    // What the GraphQLNotFound fault answers for this document (the shape of GR2M's
    // api.getProperties-project-not-found recording).
    static QJsonObject notFound(const gql::Document& document);
    static QJsonObject error(const QString& type, const QString& message, const QJsonArray& path,
                             int line, int column);

private:
    FakeGitHubState& m_state;
};

} // namespace shiftdesk::fake
