#pragma once

// The GraphQL objects of the fake GitHub (§11), each a superset of every field the client may
// select; FakeGitHubGraphQL.cpp cuts them down to the selection set. Hidden members (kOwner,
// kProject, kItem, kRepo) tell the executor which entity an object is, for the fields that take
// arguments (projectV2(number), items(first, after), fieldValueByName(name), ...).

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace shiftdesk::fake {

class FakeGitHubState;
struct GhField;
struct GhIssue;
struct GhItem;
struct GhProject;
struct GhRepo;

class GqlShapes
{
public:
    explicit GqlShapes(FakeGitHubState& state);

    static const QString kOwner;   // login of a User / Organization
    static const QString kProject; // ProjectV2 id (on projects and items)
    static const QString kItem;    // ProjectV2Item id
    static const QString kRepo;    // "owner/name" of a Repository

    QJsonObject owner(const QString& login) const;
    QJsonObject project(const GhProject& p) const;
    static QJsonObject field(const GhField& f);
    QJsonObject content(const GhRepo& repo, const GhIssue& i) const; // Issue / PullRequest
    QJsonObject repo(const GhRepo& r) const;
    QJsonObject item(const GhProject& p, const GhItem& item) const;
    // The item's value of the field (single select, text, users, labels); null if none.
    QJsonValue fieldValue(const GhProject& p, const GhItem& item, const GhField& f) const;
    // A project, item, issue, pull request or repository by node id; null if unknown.
    QJsonValue node(const QString& id) const;

private:
    FakeGitHubState& m_state;
};

} // namespace shiftdesk::fake
