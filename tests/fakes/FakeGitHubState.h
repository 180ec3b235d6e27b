#pragma once

// The fake GitHub's content: the signed-in user and tokens, rate-limit buckets, repositories
// (issues, pull requests, labels, files), Projects v2 and the device-flow session, plus the
// REST JSON shapes built from them (after the recorded octokit fixtures). No networking.

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <map>

namespace shiftdesk::fake {

struct GhLabel
{
    qint64 id = 0;
    QString name{};
    QString color = QStringLiteral("ededed");
    QString description{};
};

struct GhIssue
{
    qint64 number = 0;
    qint64 id = 0;
    QString nodeId{};
    bool pullRequest = false;
    QString title{};
    QString body{};
    QString state = QStringLiteral("open");
    QString stateReason{};
    QStringList labels{};    // names, as stored in the repository's label list
    QStringList assignees{}; // logins
    QString author{};        // login
    QDateTime createdAt{};
    QDateTime updatedAt{};
    QDateTime closedAt{};
    int comments = 0;
};

struct GhRepo
{
    QString owner{};
    QString name{};
    qint64 id = 0;
    QString nodeId{};
    qint64 nextNumber = 1;
    QList<GhIssue> issues{}; // issues and pull requests, by creation
    QList<GhLabel> labels{};
    std::map<QString, QByteArray> files{}; // path (no leading '/') -> content
    QString fullName() const { return owner + QLatin1Char('/') + name; }
};

struct GhOption
{
    QString id{};
    QString name{};
};

struct GhField
{
    QString id{};
    QString name{};
    QString dataType{}; // TITLE, ASSIGNEES, SINGLE_SELECT, LABELS, ...
    QString typeName{}; // ProjectV2Field, ProjectV2SingleSelectField
    QList<GhOption> options{};
};

struct GhItem
{
    QString id{};
    QString repo{}; // "owner/name"; empty for a draft issue
    qint64 number = 0;
    QString draftTitle{};
    QString draftNodeId{};
    QString statusOptionId{}; // empty: no status
    bool archived = false;
    QDateTime createdAt{};
    QDateTime updatedAt{};
};

struct GhProject
{
    QString id{};
    QString owner{};
    int number = 0;
    qint64 databaseId = 0;
    QString title{};
    QList<GhField> fields{}; // Title, Assignees, Status, Labels
    QList<GhItem> items{};
    QDateTime createdAt{};
    QDateTime updatedAt{};

    const GhField* statusField() const;
    GhItem* item(const QString& itemId);
    const GhItem* item(const QString& itemId) const;
    QString optionName(const QString& optionId) const;
};

struct GhToken
{
    QString token{};
    QStringList scopes{};
};

struct GhRateBucket
{
    int limit = 5000;
    int used = 0;
    qint64 resetAt = 0; // epoch seconds
    int remaining() const { return limit > used ? limit - used : 0; }
};

struct GhDeviceFlow
{
    bool enabled = true;
    QString clientId = QStringLiteral("Ov23liFakeClientId01");
    QString userCode = QStringLiteral("WDJB-MJHT");
    int interval = 5;
    int expiresIn = 900;
    // The current session (after a code request).
    QString deviceCode{};
    QStringList requestedScopes{};
    QElapsedTimer issued{};
    // What the next polls answer.
    bool approved = false;
    QStringList approvedScopes{};
    bool denied = false;
    int slowDownTimes = 0;
    int slowDownInterval = 10;
    int polls = 0;
};

class FakeGitHubState
{
public:
    FakeGitHubState();

    QUrl webBase; // http://127.0.0.1:PORT/
    QString login = QStringLiteral("octocat");
    QString userName = QStringLiteral("The Octocat");
    QList<GhToken> tokens; // the configured one first, then device-flow tokens
    bool revoked = false;
    int perPageDefault = 30;
    QHash<QString, GhRateBucket> rate; // "core", "graphql", ...
    QList<GhRepo> repos;
    QList<GhProject> projects;
    GhDeviceFlow device;

    // Time, seconds precision, UTC.
    static QDateTime now();
    static QString iso(const QDateTime& t); // "2017-10-10T16:00:00Z", or "" if invalid
    // A timestamp strictly after `previous` (and not before now): change detection by time works
    // even for two changes within one second.
    static QDateTime bumped(const QDateTime& previous);

    QString apiUrl(const QString& path) const;  // .../api/v3/<path>
    QString htmlUrl(const QString& path) const; // .../<path>

    const GhToken* tokenFor(const QString& token) const; // null: unknown or revoked
    GhRateBucket& bucket(const QString& resource);       // rolls the hour window over

    GhRepo* repo(const QString& fullName); // "owner/name", case-insensitive
    const GhRepo* repo(const QString& fullName) const;
    GhRepo* repoById(qint64 id);
    GhIssue* issue(GhRepo& repo, qint64 number);
    // By GraphQL node id; `repoOut` gets its repository.
    GhIssue* issueByNodeId(const QString& nodeId, GhRepo** repoOut);
    GhProject* project(const QString& id);
    const GhProject* project(const QString& id) const;
    GhProject* project(const QString& owner, int number);
    bool knownOwner(const QString& login) const;

    GhRepo& addRepo(const QString& owner, const QString& name);
    // title, body, state, state_reason, labels, assignees, user, created_at, updated_at.
    GhIssue& addIssue(GhRepo& repo, const QJsonObject& fields, bool pullRequest);
    // The same members (labels/assignees replace); bumps updated_at when anything changed.
    void applyIssueFields(GhRepo& repo, GhIssue& issue, const QJsonObject& fields);
    QString ensureLabel(GhRepo& repo, const QString& name); // the stored spelling
    QString newItemId();
    GhProject& addProject(const QString& owner, int number, const QString& title,
                          const QStringList& statusOptions);

    // REST shapes.
    QJsonObject userJson(const QString& login) const;
    QJsonObject labelJson(const GhRepo& repo, const QString& name) const;
    QJsonArray labelsJson(const GhRepo& repo, const QStringList& names) const;
    QJsonObject issueJson(const GhRepo& repo, const GhIssue& issue) const;
    QJsonObject repoJson(const GhRepo& repo) const;

    static qint64 userId(const QString& login);
    static QStringList toStringList(const QJsonValue& v); // strings, or objects with "name"

private:
    int m_seq = 0;
};

} // namespace shiftdesk::fake
