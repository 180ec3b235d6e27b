#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace shiftdesk {

// "owner/name"
struct RepoRef
{
    QString owner;
    QString name;
    bool isValid() const { return !owner.isEmpty() && !name.isEmpty(); }
    QString fullName() const { return owner + QLatin1Char('/') + name; }
    static RepoRef parse(const QString& ownerSlashName); // invalid if not "a/b"
};

struct GitHubIssue
{
    qint64 number = 0;
    QString nodeId{}; // GraphQL id (REST node_id), for addProjectV2ItemById
    QString title{};
    QString body{};
    QString state{};      // "open" / "closed"
    QString url{};        // html_url: the page in the browser
    QString repository{}; // "owner/name"
    QStringList labels{};
    QStringList assignees{}; // logins
    QString author{};        // login
    QDateTime createdAt{};   // UTC
    QDateTime updatedAt{};   // UTC
};

// A column of the board: one option of the project's "Status" single-select field.
struct ProjectColumn
{
    QString optionId;
    QString name;
};

struct ProjectInfo
{
    QString id{}; // ProjectV2 node id
    QString title{};
    QString url{};
    QString statusFieldId{};        // the "Status" single-select field
    QList<ProjectColumn> columns{}; // the Status options, in the project's order
    QDateTime updatedAt{};          // ProjectV2.updatedAt: changes when items move
};

struct ProjectItem
{
    QString itemId{}; // ProjectV2Item id
    QString type{};   // ISSUE, PULL_REQUEST, DRAFT_ISSUE, REDACTED
    bool archived = false;
    QString statusOptionId{}; // empty: no status set
    GitHubIssue issue{};      // the content (number 0 for a draft issue)
};

// One entry of the contents API (a file or folder in a repository).
struct RepoFile
{
    QString name{};
    QString path{};
    QString type{}; // "file", "dir"
    QString sha{};
};

} // namespace shiftdesk
