// BoardService, part 2: moving and assigning cards, and raising support tickets.
#include "BoardService.h"

#include "core/Clock.h"
#include "github/GitHubConnection.h"

#include <QJsonArray>
#include <QPointer>

namespace shiftdesk {

namespace {

const QString kNeedsTriage = QStringLiteral("needs-triage");

RepoRef repoOf(const BoardCard& card, const GitHubConfig& config)
{
    const RepoRef r = RepoRef::parse(card.issue.repository);
    return r.isValid() ? r : config.repo();
}

} // namespace

void BoardService::moveCard(const QString& key, int column)
{
    const BoardCard* card = m_model->card(key);
    if (!card || card->column == column || column < 0 || column >= m_model->columns().size())
        return;
    if (m_model->isPending(key)) {
        Q_EMIT problem(tr("#%1 is still being updated on GitHub; try again in a moment.")
                           .arg(card->issue.number));
        return;
    }
    if (!m_github || !m_github->isConnected()) {
        Q_EMIT problem(tr("Not moved: GitHub is not connected."));
        return;
    }
    const int from = card->column;
    if (!hasProject()) {
        moveByLabels(key, from, column);
        return;
    }
    const QString target = m_model->columns().at(column);
    QString optionId;
    for (const ProjectColumn& c : m_project.columns) {
        if (c.name == target)
            optionId = c.optionId;
    }
    if (optionId.isEmpty()) {
        Q_EMIT problem(tr("Not moved: a card cannot be moved back to “%1”.").arg(target));
        return;
    }
    m_model->setColumn(key, column); // the move shows at once
    m_model->setPending(key, true);
    const qint64 number = card->issue.number;
    m_github->client()->moveProjectItem(
        m_project.id, card->itemId, m_project.statusFieldId, optionId, this,
        [this, key, from, target, number](const GitHubResult& r) {
            m_model->setPending(key, false);
            if (r.ok())
                return;
            m_model->setColumn(key, from);
            Q_EMIT problem(
                r.outcomeUnknown
                    ? tr("#%1 may not have moved to “%2”: GitHub's answer was lost (%3). "
                         "Refresh to see where it is.")
                          .arg(number)
                          .arg(target, r.message)
                    : tr("#%1 was not moved to “%2”: %3").arg(number).arg(target, r.message));
        });
}

// Without a project the columns are issue state and the needs-triage label.
void BoardService::moveByLabels(const QString& key, int from, int to)
{
    const BoardCard* card = m_model->card(key);
    QStringList labels = card->issue.labels;
    labels.removeAll(kNeedsTriage);
    if (to == 0)
        labels << kNeedsTriage;
    QJsonObject changes{
        {QStringLiteral("state"), to == 2 ? QStringLiteral("closed") : QStringLiteral("open")}};
    if (labels != card->issue.labels)
        changes.insert(QStringLiteral("labels"), QJsonArray::fromStringList(labels));
    m_model->setColumn(key, to);
    m_model->setPending(key, true);
    const qint64 number = card->issue.number;
    const QString target = m_model->columns().value(to);
    m_github->client()->updateIssue(
        repoOf(*card, m_config), number, changes, this,
        [this, key, from, number, target](const GitHubResult& r) {
            m_model->setPending(key, false);
            if (r.ok()) {
                refresh(false); // the labels and state it has now
                return;
            }
            m_model->setColumn(key, from);
            Q_EMIT problem(tr("#%1 was not moved to “%2”: %3").arg(number).arg(target, r.message));
        });
}

void BoardService::assignToMe(const QString& key)
{
    const BoardCard* card = m_model->card(key);
    if (!card || !m_github || !m_github->isConnected())
        return;
    if (m_model->isPending(key))
        return;
    const QString me = m_github->login();
    const QStringList before = card->issue.assignees;
    if (before.contains(me))
        return;
    m_model->setAssignees(key, before + QStringList{me});
    m_model->setPending(key, true);
    const qint64 number = card->issue.number;
    m_github->client()->addAssignees(
        repoOf(*card, m_config), number, {me}, this,
        [this, key, before, number](const GitHubResult& r) {
            m_model->setPending(key, false);
            if (r.ok())
                return;
            m_model->setAssignees(key, before);
            Q_EMIT problem(tr("You were not assigned to #%1: %2").arg(number).arg(r.message));
        });
}

void BoardService::loadTemplates(
    QObject* context, std::function<void(const QList<IssueTemplate>&, const QString&)> done)
{
    if (!m_github || !m_github->isConnected()) {
        done({}, tr("GitHub is not connected."));
        return;
    }
    const RepoRef repo = m_config.repo();
    QPointer<QObject> guard(context);
    GitHubClient* client = m_github->client();
    client->listFolder(
        repo, QStringLiteral(".github/ISSUE_TEMPLATE"), this,
        [this, client, repo, guard, done](const QList<RepoFile>& files, const GitHubResult& r) {
            if (!r.ok()) {
                if (guard)
                    done({}, tr("Cannot read the issue templates of %1: %2")
                                 .arg(repo.fullName(), r.message));
                return;
            }
            struct Gather
            {
                QList<IssueTemplate> templates;
                QStringList errors;
                int pending = 0;
            };
            auto gather = std::make_shared<Gather>();
            for (const RepoFile& f : files) {
                if (f.type == QLatin1String("file") &&
                    f.name.endsWith(QLatin1String(".md"), Qt::CaseInsensitive))
                    ++gather->pending;
            }
            if (gather->pending == 0) {
                if (guard)
                    done({}, tr("%1 has no Markdown issue templates in .github/ISSUE_TEMPLATE.")
                                 .arg(repo.fullName()));
                return;
            }
            for (const RepoFile& f : files) {
                if (f.type != QLatin1String("file") ||
                    !f.name.endsWith(QLatin1String(".md"), Qt::CaseInsensitive))
                    continue;
                client->fileText(repo, f.path, this,
                                 [gather, guard, done, name = f.name](const QString& text,
                                                                      const GitHubResult& fr) {
                                     QString error;
                                     if (!fr.ok())
                                         gather->errors << tr("%1: %2").arg(name, fr.message);
                                     else if (auto t = IssueTemplate::parse(name, text, &error))
                                         gather->templates << *t;
                                     else
                                         gather->errors << tr("%1: %2").arg(name, error);
                                     if (--gather->pending > 0 || !guard)
                                         return;
                                     IssueTemplate::sort(gather->templates);
                                     done(gather->templates,
                                          gather->errors.join(QLatin1Char('\n')));
                                 });
            }
        });
}

void BoardService::createTicket(const NewIssue& issue, QObject* context,
                                std::function<void(const TicketOutcome&)> done)
{
    if (!m_github || !m_github->isConnected()) {
        TicketOutcome out;
        out.message = tr("Not created: GitHub is not connected.");
        done(out);
        return;
    }
    // Once sent, the chain always runs to its end (found, added to the board, unknown outcome
    // remembered), even if the form that asked was closed meanwhile; only the answer is dropped.
    QPointer<QObject> guard(context);
    std::function<void(const TicketOutcome&)> finish = [guard, done](const TicketOutcome& o) {
        if (guard)
            done(o);
    };
    if (m_unknownTicket.isValid() && m_unknownTitle == issue.title) {
        // The last try of this ticket ended not knowing: look for it before creating it again.
        const QDateTime since = m_unknownTicket;
        findCreated(issue, since, this, finish, GitHubResult(), [this, issue, finish]() {
            m_unknownTicket = QDateTime();
            createTicket(issue, this, finish);
        });
        return;
    }
    const QDateTime attemptedAt =
        QDateTime::currentDateTimeUtc(); // GitHub's clock, not the shift's
    m_github->client()->createIssue(
        m_config.repo(), issue, this,
        [this, issue, attemptedAt, finish](const GitHubIssue& created, const GitHubResult& r) {
            if (r.ok()) {
                TicketOutcome out;
                out.created = true;
                out.issue = created;
                out.result = r;
                addCreatedToProject(out, this, finish);
                return;
            }
            if (r.outcomeUnknown) {
                findCreated(issue, attemptedAt, this, finish, r);
                return;
            }
            TicketOutcome out;
            out.result = r;
            out.message = tr("Not created: %1").arg(r.message);
            finish(out);
        });
}

void BoardService::findCreated(const NewIssue& issue, const QDateTime& since, QObject* context,
                               std::function<void(const TicketOutcome&)> done,
                               GitHubResult original, std::function<void()> notFound)
{
    const RepoRef repo = m_config.repo();
    const QVariantMap query{{QStringLiteral("creator"), m_github->login()},
                            {QStringLiteral("state"), QStringLiteral("all")},
                            {QStringLiteral("sort"), QStringLiteral("created")},
                            {QStringLiteral("direction"), QStringLiteral("desc")},
                            {QStringLiteral("since"), since.addSecs(-600).toString(Qt::ISODate)},
                            {QStringLiteral("per_page"), 30}};
    QPointer<QObject> guard(context);
    m_github->client()->rest(
        "GET", QStringLiteral("repos/%1/%2/issues").arg(repo.owner, repo.name), query, {},
        GitHubClient::Access::Read, this,
        [this, issue, since, guard, done, original, notFound](const GitHubResult& r) {
            if (!guard)
                return;
            TicketOutcome out;
            out.result = original;
            if (!r.ok()) {
                m_unknownTicket = since;
                m_unknownTitle = issue.title;
                out.result.outcomeUnknown = true;
                out.message = tr("GitHub's answer was lost, so the ticket may have been created, "
                                 "and looking for it failed too (%1). Check the repository's "
                                 "issues before trying again.")
                                  .arg(r.message);
                done(out);
                return;
            }
            for (const QJsonValue& v : r.json.array()) {
                const QJsonObject o = v.toObject();
                if (o.contains(QLatin1String("pull_request")))
                    continue;
                const GitHubIssue found = GitHubClient::parseIssue(o);
                if (found.title == issue.title && found.createdAt >= since.addSecs(-600)) {
                    m_unknownTicket = QDateTime();
                    out.created = true;
                    out.foundAfterUnknown = true;
                    out.issue = found;
                    addCreatedToProject(out, guard, done);
                    return;
                }
            }
            m_unknownTicket = QDateTime();
            if (notFound) {
                notFound();
                return;
            }
            out.message = tr("GitHub's answer was lost (%1), and no such ticket is in the "
                             "repository: it was not created. You can create it again.")
                              .arg(original.message);
            done(out);
        });
}

void BoardService::addCreatedToProject(TicketOutcome outcome, QObject* context,
                                       std::function<void(const TicketOutcome&)> done)
{
    const QString created = outcome.foundAfterUnknown
                                ? tr("GitHub's answer was lost, but #%1 is in the repository: it "
                                     "was created once.")
                                      .arg(outcome.issue.number)
                                : tr("Created #%1.").arg(outcome.issue.number);
    if (!m_config.hasProject() || m_project.id.isEmpty() || outcome.issue.nodeId.isEmpty()) {
        outcome.message = created;
        done(outcome);
        refresh(false);
        return;
    }
    QPointer<QObject> guard(context);
    m_github->client()->addToProject(
        m_project.id, outcome.issue.nodeId, this,
        [this, outcome, created, guard, done](const QString& itemId,
                                              const GitHubResult& r) mutable {
            outcome.addedToProject = r.ok();
            if (!r.ok()) {
                outcome.message =
                    tr("%1 It could not be added to the board: %2").arg(created, r.message);
                if (guard)
                    done(outcome);
                refresh(false);
                return;
            }
            // A new request starts in the first column (Todo), as the team's process expects,
            // whether or not the project has a workflow that sets it.
            const QString first =
                m_project.columns.isEmpty() ? QString() : m_project.columns.first().optionId;
            if (first.isEmpty() || m_project.statusFieldId.isEmpty()) {
                outcome.message = tr("%1 Added to the board.").arg(created);
                if (guard)
                    done(outcome);
                refresh(false);
                return;
            }
            const QString column = m_project.columns.first().name;
            m_github->client()->moveProjectItem(
                m_project.id, itemId, m_project.statusFieldId, first, this,
                [this, outcome, created, column, guard, done](const GitHubResult& moved) mutable {
                    outcome.message =
                        moved.ok()
                            ? tr("%1 Added to the board in “%2”.").arg(created, column)
                            : tr("%1 Added to the board, but its status could not be set: %2")
                                  .arg(created, moved.message);
                    if (guard)
                        done(outcome);
                    refresh(false);
                });
        });
}

} // namespace shiftdesk
