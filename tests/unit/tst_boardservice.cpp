// The support board against the fake GitHub: columns from the project, cheap idle refreshes,
// optimistic moves that arrive (or move back), assignments, and tickets that are never
// created twice.
#include "GitHubTestEnvironment.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace shiftdesk;
using namespace shiftdesk::test;
using shiftdesk::fake::FakeGitHubFault;

namespace {
const QString kRepo = GitHubTestEnvironment::kRepo;
} // namespace

class TestBoardService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GitHubTestEnvironment> m_env;

    BoardModel* model() const { return m_env->board->model(); }
    int columnOf(qint64 number) const
    {
        for (const BoardCard& c : model()->cards()) {
            if (c.issue.number == number)
                return c.column;
        }
        return -1;
    }
    QString keyOf(qint64 number) const
    {
        for (const BoardCard& c : model()->cards()) {
            if (c.issue.number == number)
                return c.key;
        }
        return {};
    }
    bool refreshAndWait()
    {
        QSignalSpy done(m_env->board.get(), &BoardService::refreshed);
        m_env->board->refresh(false);
        return done.wait(10000);
    }
    BoardService::TicketOutcome create(const NewIssue& issue)
    {
        std::optional<BoardService::TicketOutcome> out;
        m_env->board->createTicket(issue, this,
                                   [&out](const BoardService::TicketOutcome& o) { out = o; });
        if (!QTest::qWaitFor([&out]() { return out.has_value(); }, 20000))
            QTest::qFail("no ticket outcome", __FILE__, __LINE__);
        return out.value_or(BoardService::TicketOutcome());
    }
    int issuesTitled(const QString& title) const
    {
        int n = 0;
        for (const QJsonValue& v : m_env->github->issues(kRepo))
            n += v.toObject().value(QLatin1String("title")).toString() == title ? 1 : 0;
        return n;
    }
    QStringList labelsAtGitHub(qint64 number) const
    {
        QStringList names;
        for (const QJsonValue& l :
             m_env->github->issue(kRepo, number).value(QLatin1String("labels")).toArray())
            names << l.toObject().value(QLatin1String("name")).toString();
        return names;
    }
    static FakeGitHubFault fault(FakeGitHubFault::Kind kind)
    {
        FakeGitHubFault f;
        f.kind = kind;
        return f;
    }

private Q_SLOTS:
    void init() { m_env = std::make_unique<GitHubTestEnvironment>(); }
    void cleanup() { m_env.reset(); }

    void loadsTheProjectsColumnsAndOnlySupportRequests()
    {
        m_env->useProject(true);
        const qint64 a = m_env->request(QStringLiteral("Cannot reach RDS"), QStringLiteral("Todo"));
        const qint64 b = m_env->request(QStringLiteral("Namespace quota"), QStringLiteral("Todo"),
                                        {QStringLiteral("priya")});
        const qint64 c =
            m_env->request(QStringLiteral("Cert renewal"), QStringLiteral("In Progress"));
        const qint64 other = m_env->request(QStringLiteral("Upgrade EKS"), QStringLiteral("Todo"),
                                            {}, {QStringLiteral("hammer")});
        QVERIFY(m_env->startBoard());
        QCOMPARE(model()->columns(),
                 (QStringList{QStringLiteral("Todo"), QStringLiteral("In Progress"),
                              QStringLiteral("Review"), QStringLiteral("Blocked"),
                              QStringLiteral("Done")}));
        QCOMPARE(model()->rowCount(), 3);
        QCOMPARE(columnOf(a), 0);
        QCOMPARE(columnOf(b), 0);
        QCOMPARE(columnOf(c), 1);
        QCOMPARE(columnOf(other), -1); // not a support request
        QCOMPARE(m_env->board->unassignedCount(), 1);
        QVERIFY(m_env->board->hasProject());
    }

    // An unchanged board costs one small query: no items are read again.
    void anIdleRefreshCostsOneCheapRequest()
    {
        m_env->useProject(true);
        for (int i = 0; i < 5; ++i)
            m_env->request(QStringLiteral("Request %1").arg(i), QStringLiteral("Todo"));
        QVERIFY(m_env->startBoard());
        m_env->github->clearRequests();
        const int before = m_env->github->rateLimitRemaining(QStringLiteral("graphql"));
        QVERIFY(refreshAndWait());
        const auto requests = m_env->github->requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().graphqlField, QStringLiteral("node"));
        QVERIFY(before - m_env->github->rateLimitRemaining(QStringLiteral("graphql")) <= 1);

        // A change on GitHub (an item moved in a teammate's browser) is picked up by the next
        // refresh.
        const qint64 n = model()->cards().first().issue.number;
        const QString item = m_env->items.value(n);
        QVERIFY(!item.isEmpty());
        m_env->github->setItemStatus(m_env->projectId, item, QStringLiteral("Done"));
        QVERIFY(refreshAndWait());
        QCOMPARE(columnOf(n), 4);
    }

    // A refresh whose item load fails must not make the next one think nothing changed.
    void aFailedItemLoadIsReadAgainNextTime()
    {
        m_env->useProject(true);
        const qint64 n = m_env->request(QStringLiteral("Cannot reach RDS"), QStringLiteral("Todo"));
        QVERIFY(m_env->startBoard());
        m_env->github->setItemStatus(m_env->projectId, m_env->items.value(n),
                                     QStringLiteral("Review"));
        FakeGitHubFault down = fault(FakeGitHubFault::Kind::ServerError);
        down.httpStatus = 502;
        m_env->github->injectFault(QStringLiteral("graphql:items"), down, 10);
        QSignalSpy problem(m_env->board.get(), &BoardService::problem);
        QVERIFY(refreshAndWait());
        QCOMPARE(problem.size(), 1);
        QCOMPARE(columnOf(n), 0); // still as it was
        m_env->github->clearFaults();
        QVERIFY(refreshAndWait());
        QCOMPARE(columnOf(n), 2);
    }

    // A second move of a card whose first move is still on its way is refused, not raced.
    void aCardBeingMovedIsNotMovedAgain()
    {
        m_env->useProject(true);
        const qint64 n = m_env->request(QStringLiteral("Cannot reach RDS"), QStringLiteral("Todo"));
        QVERIFY(m_env->startBoard());
        FakeGitHubFault slow = fault(FakeGitHubFault::Kind::Slow);
        slow.delayMs = 500;
        m_env->github->injectFault(QStringLiteral("graphql:updateProjectV2ItemFieldValue"), slow);
        QSignalSpy problem(m_env->board.get(), &BoardService::problem);
        m_env->board->moveCard(keyOf(n), 1);
        m_env->board->moveCard(keyOf(n), 3);
        QCOMPARE(problem.size(), 1);
        QCOMPARE(columnOf(n), 1);
        // A refresh meanwhile keeps the card where the user put it.
        m_env->board->refresh(false);
        QTRY_COMPARE(m_env->github->itemStatus(m_env->projectId, m_env->items.value(n)),
                     QStringLiteral("In Progress"));
        QTRY_VERIFY(!m_env->board->model()->isPending(keyOf(n)));
        QCOMPARE(columnOf(n), 1);
    }

    void aMoveShowsAtOnceAndArrivesAtGitHub()
    {
        m_env->useProject(true);
        const qint64 n = m_env->request(QStringLiteral("Cannot reach RDS"), QStringLiteral("Todo"));
        QVERIFY(m_env->startBoard());
        m_env->board->moveCard(keyOf(n), 1);
        QCOMPARE(columnOf(n), 1); // at once
        QVERIFY(model()->index(model()->rowOf(keyOf(n))).data(BoardModel::PendingRole).toBool());
        QTRY_COMPARE(m_env->github->itemStatus(m_env->projectId, m_env->items.value(n)),
                     QStringLiteral("In Progress"));
        QTRY_VERIFY(
            !model()->index(model()->rowOf(keyOf(n))).data(BoardModel::PendingRole).toBool());
    }

    void aFailedMoveGoesBackWithTheReason()
    {
        m_env->useProject(true);
        const qint64 n = m_env->request(QStringLiteral("Cannot reach RDS"), QStringLiteral("Todo"));
        QVERIFY(m_env->startBoard());
        m_env->github->injectFault(QStringLiteral("graphql:updateProjectV2ItemFieldValue"),
                                   fault(FakeGitHubFault::Kind::GraphQLNotFound));
        QSignalSpy problem(m_env->board.get(), &BoardService::problem);
        m_env->board->moveCard(keyOf(n), 2);
        QCOMPARE(columnOf(n), 2);
        QTRY_COMPARE(problem.size(), 1);
        QCOMPARE(columnOf(n), 0);
        QVERIFY2(problem.first().first().toString().contains(QStringLiteral("was not moved")),
                 qPrintable(problem.first().first().toString()));
        QCOMPARE(m_env->github->itemStatus(m_env->projectId, m_env->items.value(n)),
                 QStringLiteral("Todo"));
    }

    void assignToMe()
    {
        m_env->useProject(true);
        const qint64 n = m_env->request(QStringLiteral("Cannot reach RDS"), QStringLiteral("Todo"));
        QVERIFY(m_env->startBoard());
        QCOMPARE(m_env->board->unassignedCount(), 1);
        m_env->board->assignToMe(keyOf(n));
        QCOMPARE(m_env->board->unassignedCount(), 0); // at once
        QTRY_COMPARE(m_env->github->issue(kRepo, n)
                         .value(QLatin1String("assignees"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QLatin1String("login"))
                         .toString(),
                     QStringLiteral("octocat"));
    }

    void withoutAProjectColumnsComeFromStateAndLabels()
    {
        m_env->useProject(false);
        const qint64 triage =
            m_env->request(QStringLiteral("New one"), {}, {},
                           {QStringLiteral("support-request"), QStringLiteral("needs-triage")});
        const qint64 open = m_env->request(QStringLiteral("Known one"));
        QVERIFY(m_env->startBoard());
        QVERIFY(!m_env->board->hasProject());
        QCOMPARE(model()->columns().size(), 3);
        QCOMPARE(columnOf(triage), 0);
        QCOMPARE(columnOf(open), 1);
        // Triage → Open removes the needs-triage label on GitHub; Open → Closed closes it.
        m_env->board->moveCard(keyOf(triage), 1);
        QTRY_COMPARE(labelsAtGitHub(triage), QStringList{QStringLiteral("support-request")});
        m_env->board->moveCard(keyOf(open), 2);
        QTRY_COMPARE(m_env->github->issue(kRepo, open).value(QLatin1String("state")).toString(),
                     QStringLiteral("closed"));
        // An unchanged repository is a free 304 on the next refresh.
        QVERIFY(refreshAndWait());
        m_env->github->clearRequests();
        QVERIFY(refreshAndWait());
        for (const auto& r : m_env->github->requests()) {
            QVERIFY(r.conditional);
            QCOMPARE(r.status, 304);
        }
    }

    void loadsTheIssueTemplates()
    {
        m_env->useProject(true);
        m_env->addSupportTemplate();
        m_env->github->addFile(kRepo, QStringLiteral(".github/ISSUE_TEMPLATE/bug.md"),
                               "---\nname: Bug report\nabout: Something broke\nlabels: bug\n---\n"
                               "## What happened\n");
        m_env->github->addFile(kRepo, QStringLiteral(".github/ISSUE_TEMPLATE/config.yml"),
                               "blank_issues_enabled: false\n");
        QVERIFY(m_env->startBoard());
        std::optional<QList<IssueTemplate>> loaded;
        QString error;
        m_env->board->loadTemplates(this, [&](const QList<IssueTemplate>& t, const QString& e) {
            loaded = t;
            error = e;
        });
        QTRY_VERIFY(loaded.has_value());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(loaded->size(), 2);
        QCOMPARE(loaded->at(0).fileName, QStringLiteral("bug.md"));
        QVERIFY(loaded->at(1).isSupportRequest());
    }

    void aTicketIsCreatedWithItsLabelsAndAddedToTheBoard()
    {
        m_env->useProject(true);
        QVERIFY(m_env->startBoard());
        NewIssue issue;
        issue.title = QStringLiteral("Cannot push images to ECR");
        issue.body = QStringLiteral("## Service name\nCLA");
        issue.labels = {QStringLiteral("needs-triage"), QStringLiteral("support-request")};
        const BoardService::TicketOutcome out = create(issue);
        QVERIFY2(out.created, qPrintable(out.message));
        QVERIFY(out.addedToProject);
        QVERIFY(out.issue.number > 0);
        QVERIFY(!out.issue.url.isEmpty());
        QCOMPARE(issuesTitled(issue.title), 1);
        const QJsonArray labels =
            m_env->github->issue(kRepo, out.issue.number).value(QLatin1String("labels")).toArray();
        QCOMPARE(labels.size(), 2);
        QCOMPARE(m_env->github->projectItemIds(m_env->projectId).size(), 1);
        QTRY_COMPARE(model()->rowCount(), 1); // it shows on the board
    }

    void aValidationErrorNamesTheField()
    {
        m_env->useProject(true);
        QVERIFY(m_env->startBoard());
        FakeGitHubFault f = fault(FakeGitHubFault::Kind::Validation);
        f.field = QStringLiteral("title");
        f.code = QStringLiteral("missing_field");
        m_env->github->injectFault(
            QStringLiteral("POST /repos/ministryofjustice/cloud-platform/issues"), f);
        NewIssue issue;
        issue.title = QStringLiteral("x");
        const BoardService::TicketOutcome out = create(issue);
        QVERIFY(!out.created);
        QCOMPARE(out.result.kind, GitHubResult::Kind::Validation);
        QCOMPARE(out.result.fieldErrors.size(), 1);
        QCOMPARE(out.result.fieldErrors.first().field, QStringLiteral("title"));
    }

    // The answer to the create is lost after GitHub made the issue: found, not made again.
    void aLostAnswerNeverMakesADuplicate()
    {
        m_env->useProject(true);
        QVERIFY(m_env->startBoard());
        m_env->github->injectFault(
            QStringLiteral("POST /repos/ministryofjustice/cloud-platform/issues"),
            fault(FakeGitHubFault::Kind::DropAfterProcessing));
        NewIssue issue;
        issue.title = QStringLiteral("Cannot push images to ECR");
        const BoardService::TicketOutcome out = create(issue);
        QVERIFY2(out.created, qPrintable(out.message));
        QVERIFY(out.foundAfterUnknown);
        QVERIFY(out.message.contains(QStringLiteral("created once")));
        QCOMPARE(issuesTitled(issue.title), 1);
    }

    // If even the look fails, the next try looks first instead of creating a second issue.
    void aRetryAfterAnUnknownOutcomeLooksFirst()
    {
        m_env->useProject(true);
        QVERIFY(m_env->startBoard());
        m_env->github->injectFault(
            QStringLiteral("POST /repos/ministryofjustice/cloud-platform/issues"),
            fault(FakeGitHubFault::Kind::DropAfterProcessing));
        FakeGitHubFault down = fault(FakeGitHubFault::Kind::ServerError);
        down.httpStatus = 503;
        m_env->github->injectFault(
            QStringLiteral("GET /repos/ministryofjustice/cloud-platform/issues"), down, 10);
        NewIssue issue;
        issue.title = QStringLiteral("Cannot push images to ECR");
        BoardService::TicketOutcome out = create(issue);
        QVERIFY(!out.created);
        QVERIFY(out.result.outcomeUnknown);
        QVERIFY2(out.message.contains(QStringLiteral("may have been created")),
                 qPrintable(out.message));
        m_env->github->clearFaults();
        out = create(issue);
        QVERIFY2(out.created, qPrintable(out.message));
        QVERIFY(out.foundAfterUnknown);
        QCOMPARE(issuesTitled(issue.title), 1);
    }
};

QTEST_GUILESS_MAIN(TestBoardService)
#include "tst_boardservice.moc"
