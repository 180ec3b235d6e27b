#pragma once

#include "BoardModel.h"
#include "github/GitHubClient.h"
#include "github/GitHubConfig.h"
#include "github/IssueTemplate.h"

#include <QObject>
#include <QTimer>

namespace shiftdesk {

class Clock;
class GitHubConnection;
class Settings;

// The Board tab's core: loads the support board (a GitHub project's Status columns, or without
// a project, columns from issue state and labels), keeps it fresh cheaply (one conditional or
// one-point query per idle refresh), moves cards and assigns them optimistically (undone with
// the reason on failure), and raises support tickets from the repository's issue templates.
class BoardService : public QObject
{
    Q_OBJECT
public:
    BoardService(Settings& settings, Clock& clock, GitHubConnection* github,
                 QObject* parent = nullptr);
    ~BoardService() override;

    BoardModel* model() const { return m_model; }
    GitHubConnection* connection() const { return m_github; }
    Clock& clock() const { return m_clock; }
    bool hasProject() const { return !m_project.id.isEmpty(); }
    const ProjectInfo& project() const { return m_project; }
    QString statusText() const;
    QDateTime lastRefreshed() const { return m_lastRefreshed; }
    bool isRefreshing() const { return m_refreshing; }
    int unassignedCount() const; // unassigned cards in the first column
    QStringList knownLabels() const;
    QStringList knownAssignees() const;
    QString configuredTemplate() const { return m_config.issueTemplate; } // file name

    void setPollInterval(int msec);

    // Starts refreshing once GitHub is connected (and on every reconnection).
    void start();
    // Re-reads the board; `full` forgets what is known (project, columns) first.
    void refresh(bool full = false);

    // Optimistic: the card moves at once; on failure it moves back and problem() says why.
    void moveCard(const QString& key, int column);
    void assignToMe(const QString& key);

    // Support tickets.
    void loadTemplates(QObject* context,
                       std::function<void(const QList<IssueTemplate>&, const QString& error)> done);
    struct TicketOutcome
    {
        bool created = false;
        GitHubIssue issue{};
        GitHubResult result{};          // the failing call, if any
        bool foundAfterUnknown = false; // the answer was lost, the issue was found
        bool addedToProject = false;
        QString message{};
    };
    // Creates the issue (labels and assignees from the template), then adds it to the project.
    // If the create's answer is lost, looks for an issue with this title by the signed-in user
    // created since `attemptedAt` before saying anything: never a duplicate.
    void createTicket(const NewIssue& issue, QObject* context,
                      std::function<void(const TicketOutcome&)> done);

Q_SIGNALS:
    void refreshed();
    void statusChanged();
    void unassignedChanged(int count);
    void problem(const QString& message);

private:
    void refreshProject();
    void loadItems(const QDateTime& stamp);
    void refreshIssues();
    void applyItems(const QList<ProjectItem>& items);
    void applyIssues(const QList<GitHubIssue>& open, const QList<GitHubIssue>& closed);
    void finishRefresh(const GitHubResult& r);
    bool wanted(const GitHubIssue& issue) const;
    void moveByLabels(const QString& key, int from, int to);
    void findCreated(const NewIssue& issue, const QDateTime& since, QObject* context,
                     std::function<void(const TicketOutcome&)> done, GitHubResult original,
                     std::function<void()> notFound = {});
    void addCreatedToProject(TicketOutcome outcome, QObject* context,
                             std::function<void(const TicketOutcome&)> done);

    Settings& m_settings;
    Clock& m_clock;
    GitHubConnection* m_github;
    BoardModel* m_model;
    GitHubConfig m_config;
    ProjectInfo m_project;
    QDateTime m_projectUpdatedAt;
    QDateTime m_lastRefreshed;
    QString m_lastError;
    QTimer m_timer;
    bool m_refreshing = false;
    bool m_started = false;
    bool m_pendingRefresh = false;
    bool m_pendingFull = false;
    bool m_reloadProject = false;
    int m_lastUnassigned = -1;
    QDateTime m_unknownTicket; // a create whose outcome could not be found out, and its title
    QString m_unknownTitle;
};

} // namespace shiftdesk
