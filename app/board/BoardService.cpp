#include "BoardService.h"

#include "core/Clock.h"
#include "core/Settings.h"
#include "github/GitHubConnection.h"

#include <QJsonArray>
#include <QPointer>
#include <QSet>

namespace shiftdesk {

namespace {

const QString kNeedsTriage = QStringLiteral("needs-triage");
enum PlainColumn { NeedsTriage = 0, Open = 1, Closed = 2 };

} // namespace

BoardService::BoardService(Settings& settings, Clock& clock, GitHubConnection* github,
                           QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(clock)
    , m_github(github)
    , m_model(new BoardModel(this))
    , m_config(settings.gitHubConfig())
{
    m_timer.setInterval(m_config.pollSeconds * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this]() { refresh(false); });
    connect(m_model, &BoardModel::countsChanged, this, [this]() {
        const int n = unassignedCount();
        if (n != m_lastUnassigned) {
            m_lastUnassigned = n;
            Q_EMIT unassignedChanged(n);
        }
    });
    connect(&m_settings, &Settings::changed, this, [this]() {
        const GitHubConfig next = m_settings.gitHubConfig();
        if (next == m_config)
            return;
        m_config = next;
        m_timer.setInterval(m_config.pollSeconds * 1000);
        if (m_started)
            refresh(true);
    });
}

BoardService::~BoardService() = default;

void BoardService::setPollInterval(int msec)
{
    m_timer.setInterval(msec);
}

void BoardService::start()
{
    if (m_started || !m_github)
        return;
    m_started = true;
    connect(m_github, &GitHubConnection::connected, this, [this]() { refresh(true); });
    if (m_github->isConnected())
        refresh(true);
    m_timer.start();
}

QString BoardService::statusText() const
{
    if (!m_github || !m_github->isConnected())
        return m_github ? m_github->statusText() : tr("GitHub is not set up");
    QString s = m_refreshing ? tr("Refreshing…")
                : m_lastRefreshed.isValid()
                    ? tr("Updated %1")
                          .arg(m_lastRefreshed.toTimeZone(m_settings.shiftConfig().timeZone)
                                   .toString(QStringLiteral("HH:mm")))
                    : tr("Not loaded yet");
    if (!m_lastError.isEmpty())
        s += QStringLiteral(" · ") + m_lastError;
    const RateLimit core = m_github->client()->rateLimit(hasProject() ? QStringLiteral("graphql")
                                                                      : QStringLiteral("core"));
    if (core.remaining >= 0)
        s += tr(" · rate limit %1/%2 left").arg(core.remaining).arg(core.limit);
    return s;
}

int BoardService::unassignedCount() const
{
    return m_model->unassignedInColumn(0);
}

QStringList BoardService::knownLabels() const
{
    QSet<QString> all;
    for (const BoardCard& c : m_model->cards())
        for (const QString& l : c.issue.labels)
            all.insert(l);
    QStringList out(all.begin(), all.end());
    out.sort(Qt::CaseInsensitive);
    return out;
}

QStringList BoardService::knownAssignees() const
{
    QSet<QString> all;
    for (const BoardCard& c : m_model->cards())
        for (const QString& a : c.issue.assignees)
            all.insert(a);
    QStringList out(all.begin(), all.end());
    out.sort(Qt::CaseInsensitive);
    return out;
}

bool BoardService::wanted(const GitHubIssue& issue) const
{
    if (!m_config.repository.isEmpty() &&
        issue.repository.compare(m_config.repository, Qt::CaseInsensitive) != 0)
        return false;
    for (const QString& label : m_config.supportLabels) {
        if (!issue.labels.contains(label, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

void BoardService::refresh(bool full)
{
    if (!m_github || !m_github->isConnected())
        return;
    if (m_refreshing) { // run again when this one ends (a settings change needs a full one)
        m_pendingRefresh = true;
        m_pendingFull = m_pendingFull || full;
        return;
    }
    full = full || m_reloadProject;
    m_reloadProject = false;
    if (full) {
        m_project = ProjectInfo();
        m_projectUpdatedAt = QDateTime();
    }
    m_refreshing = true;
    Q_EMIT statusChanged();
    if (m_config.hasProject())
        refreshProject();
    else
        refreshIssues();
}

void BoardService::finishRefresh(const GitHubResult& r)
{
    m_refreshing = false;
    if (r.ok()) {
        m_lastError.clear();
        m_lastRefreshed = m_clock.now();
    } else {
        m_lastError = r.message;
        Q_EMIT problem(r.message);
    }
    Q_EMIT statusChanged();
    Q_EMIT refreshed();
    if (m_pendingRefresh) {
        const bool full = m_pendingFull;
        m_pendingRefresh = false;
        m_pendingFull = false;
        refresh(full);
    }
}

void BoardService::refreshProject()
{
    GitHubClient* client = m_github->client();
    if (m_project.id.isEmpty()) {
        client->findProject(m_config.projectOwner, m_config.projectNumber, this,
                            [this](const ProjectInfo& project, const GitHubResult& r) {
                                if (!r.ok()) {
                                    finishRefresh(r);
                                    return;
                                }
                                m_project = project;
                                loadItems(project.updatedAt);
                            });
        return;
    }
    // Idle refresh: one cheap query; the items are read again only if the project changed.
    client->projectUpdatedAt(m_project.id, this,
                             [this](const QDateTime& updatedAt, const GitHubResult& r) {
                                 if (!r.ok()) {
                                     finishRefresh(r);
                                     return;
                                 }
                                 if (updatedAt.isValid() && updatedAt == m_projectUpdatedAt) {
                                     finishRefresh(r);
                                     return;
                                 }
                                 loadItems(updatedAt); // remembered once the items load
                             });
}

void BoardService::loadItems(const QDateTime& stamp)
{
    m_github->client()->projectItems(
        m_project.id, m_config.statusField, this,
        [this, stamp](const QList<ProjectItem>& items, const GitHubResult& r) {
            if (r.ok()) {
                // Only now: after a failed load the next refresh must read the items again.
                m_projectUpdatedAt = stamp;
                applyItems(items);
            }
            finishRefresh(r);
        });
}

void BoardService::applyItems(const QList<ProjectItem>& items)
{
    QStringList columns;
    QHash<QString, int> byOption;
    bool anyWithoutStatus = false;
    for (const ProjectItem& item : items) {
        if (item.type == QLatin1String("ISSUE") && !item.archived && wanted(item.issue) &&
            item.statusOptionId.isEmpty())
            anyWithoutStatus = true;
    }
    for (const ProjectColumn& c : m_project.columns) {
        byOption.insert(c.optionId, int(columns.size()));
        columns << c.name;
    }
    // Items without a status go last, so the first column stays the project's first (Todo):
    // the one whose unassigned requests are counted.
    const int noStatus = int(columns.size());
    if (anyWithoutStatus)
        columns << tr("No Status");
    bool unknownOption = false;
    QList<BoardCard> cards;
    for (const ProjectItem& item : items) {
        if (item.type != QLatin1String("ISSUE") || item.archived || !wanted(item.issue))
            continue;
        BoardCard card;
        card.key = item.itemId;
        card.itemId = item.itemId;
        card.issue = item.issue;
        if (item.statusOptionId.isEmpty()) {
            card.column = noStatus;
        } else if (byOption.contains(item.statusOptionId)) {
            card.column = byOption.value(item.statusOptionId);
        } else {
            card.column = 0;
            unknownOption = true; // a column added since the project was read
        }
        cards << card;
    }
    if (columns != m_model->columns())
        m_model->setColumns(columns);
    m_model->setCards(cards);
    m_reloadProject = unknownOption; // a new column: read the project again next time
}

void BoardService::refreshIssues()
{
    IssueQuery open;
    open.repo = m_config.repo();
    open.labels = m_config.supportLabels;
    open.state = QStringLiteral("open");
    m_github->client()->listIssues(
        open, this, [this](const QList<GitHubIssue>& openIssues, const GitHubResult& r) {
            if (!r.ok()) {
                finishRefresh(r);
                return;
            }
            // Recently closed: one page, newest first (conditional, so usually a free 304).
            QVariantMap query{{QStringLiteral("state"), QStringLiteral("closed")},
                              {QStringLiteral("sort"), QStringLiteral("updated")},
                              {QStringLiteral("direction"), QStringLiteral("desc")},
                              {QStringLiteral("per_page"), 30}};
            if (!m_config.supportLabels.isEmpty())
                query.insert(QStringLiteral("labels"),
                             m_config.supportLabels.join(QLatin1Char(',')));
            const RepoRef repo = m_config.repo();
            m_github->client()->rest(
                "GET", QStringLiteral("repos/%1/%2/issues").arg(repo.owner, repo.name), query, {},
                GitHubClient::Access::Read, this,
                [this, openIssues](const GitHubResult& closedResult) {
                    if (!closedResult.ok()) { // keep what is shown rather than empty a column
                        finishRefresh(closedResult);
                        return;
                    }
                    QList<GitHubIssue> closed;
                    for (const QJsonValue& v : closedResult.json.array()) {
                        const QJsonObject o = v.toObject();
                        if (!o.contains(QLatin1String("pull_request")))
                            closed << GitHubClient::parseIssue(o);
                    }
                    applyIssues(openIssues, closed);
                    finishRefresh(closedResult);
                });
        });
}

void BoardService::applyIssues(const QList<GitHubIssue>& open, const QList<GitHubIssue>& closed)
{
    const QStringList columns = {tr("Needs triage"), tr("Open"), tr("Closed recently")};
    if (columns != m_model->columns())
        m_model->setColumns(columns);
    QList<BoardCard> cards;
    auto add = [this, &cards](GitHubIssue issue, int column) {
        if (issue.repository.isEmpty())
            issue.repository = m_config.repository;
        BoardCard card;
        card.key = issue.repository + QLatin1Char('#') + QString::number(issue.number);
        card.issue = std::move(issue);
        card.column = column;
        cards << card;
    };
    for (const GitHubIssue& i : open)
        add(i, i.labels.contains(kNeedsTriage) ? NeedsTriage : Open);
    for (const GitHubIssue& i : closed)
        add(i, Closed);
    m_model->setCards(cards);
}

} // namespace shiftdesk
