// The GitHub client's Projects v2 (GraphQL) calls against the local fake GitHub: the board's
// columns, paged items with their status, moves, adding issues, errors and retries.
#include "GitHubClientFixture.h"

class TestGitHubProjects : public GitHubClientFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void findProjectReadsTheStatusColumns()
    {
        const QString id = m_gh->addProject(
            QStringLiteral("acme"), 3, QStringLiteral("Ops board"),
            {QStringLiteral("Todo"), QStringLiteral("In Progress"), QStringLiteral("Done")});
        const auto [info, r] = project(QStringLiteral("acme"), 3);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(info.id, id);
        QCOMPARE(info.title, QStringLiteral("Ops board"));
        QVERIFY(info.updatedAt.isValid());
        QCOMPARE(info.statusFieldId, m_gh->statusFieldId(id));
        QCOMPARE(info.columns.size(), 3);
        QCOMPARE(info.columns.at(1).name, QStringLiteral("In Progress"));
        QCOMPARE(info.columns.at(1).optionId, m_gh->optionId(id, QStringLiteral("In Progress")));
        const QJsonObject variables =
            m_gh->requests().last().body.value(QLatin1String("variables")).toObject();
        QCOMPARE(variables.value(QLatin1String("owner")).toString(), QStringLiteral("acme"));
        QCOMPARE(variables.value(QLatin1String("number")).toInt(), 3);
    }

    void missingProjectIsNotFound()
    {
        const auto [info, r] = project(QStringLiteral("acme"), 99);
        QVERIFY(!r.ok());
        QVERIFY(r.kind == Kind::GraphQLError || r.kind == Kind::NotFound);
        if (r.kind == Kind::GraphQLError)
            QCOMPARE(r.graphqlErrors.first().type, QStringLiteral("NOT_FOUND"));
        QVERIFY(r.message.startsWith(QStringLiteral("Not found")));
        QVERIFY(info.id.isEmpty());

        m_gh->addProject(QStringLiteral("acme"), 1, QStringLiteral("B"), {QStringLiteral("Todo")});
        m_gh->injectFault(QStringLiteral("graphql:repositoryOwner"),
                          fault(FakeGitHubFault::Kind::GraphQLNotFound));
        const GitHubResult injected = project(QStringLiteral("acme"), 1).second;
        QCOMPARE(injected.kind, Kind::GraphQLError);
        QCOMPARE(injected.httpStatus, 200);
        QCOMPARE(injected.graphqlErrors.first().type, QStringLiteral("NOT_FOUND"));
        QVERIFY(!injected.graphqlErrors.first().path.isEmpty());
    }

    void projectItemsArePagedWithTheirStatus()
    {
        const QString id = m_gh->addProject(QStringLiteral("acme"), 1, QStringLiteral("Board"),
                                            {QStringLiteral("Todo"), QStringLiteral("Done")});
        for (int i = 1; i <= 130; ++i) {
            const qint64 n = m_gh->addIssue(
                kRepo, issueFields(QStringLiteral("Item %1").arg(i), {QStringLiteral("ops")}));
            m_gh->addProjectItem(id, kRepo, n,
                                 i % 2 ? QStringLiteral("Todo")
                                       : (i % 4 ? QStringLiteral("Done") : QString()));
        }
        const auto [list, r] = items(id);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(list.size(), 130);
        QCOMPARE(m_gh->callCount(QStringLiteral("graphql:node")), 2);
        const QString todo = m_gh->optionId(id, QStringLiteral("Todo"));
        const QString done = m_gh->optionId(id, QStringLiteral("Done"));
        for (const ProjectItem& item : list) {
            QCOMPARE(item.type, QStringLiteral("ISSUE"));
            const int i = item.issue.title.mid(5).toInt();
            QCOMPARE(item.statusOptionId, i % 2 ? todo : (i % 4 ? done : QString()));
            QCOMPARE(item.issue.repository, kRepo);
            QCOMPARE(item.issue.state, QStringLiteral("open"));
            QCOMPARE(item.issue.labels, QStringList{QStringLiteral("ops")});
            QVERIFY(!item.issue.nodeId.isEmpty());
        }
        const auto requests = m_gh->requests();
        const QJsonObject second =
            requests.last().body.value(QLatin1String("variables")).toObject();
        QVERIFY(!second.value(QLatin1String("cursor")).toString().isEmpty());
        QCOMPARE(second.value(QLatin1String("status")).toString(), QStringLiteral("Status"));
    }

    void itemsMoveAndChangeTheProjectTime()
    {
        const QString id = m_gh->addProject(QStringLiteral("acme"), 1, QStringLiteral("Board"),
                                            {QStringLiteral("Todo"), QStringLiteral("Done")});
        const qint64 n = m_gh->addIssue(kRepo, issueFields(QStringLiteral("Move me")));
        const QString itemId = m_gh->addProjectItem(id, kRepo, n, QStringLiteral("Todo"));
        std::optional<QDateTime> before;
        m_client->projectUpdatedAt(id, this, [&before](const QDateTime& t, const GitHubResult& r) {
            QVERIFY2(r.ok(), qPrintable(r.message));
            before = t;
        });
        QTRY_VERIFY(before.has_value());
        QVERIFY(before->isValid());

        const GitHubResult r = wait([this, id, itemId](auto doneCb) {
            m_client->moveProjectItem(id, itemId, m_gh->statusFieldId(id),
                                      m_gh->optionId(id, QStringLiteral("Done")), this, doneCb);
        });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(m_gh->itemStatus(id, itemId), QStringLiteral("Done"));

        std::optional<QDateTime> after;
        m_client->projectUpdatedAt(
            id, this, [&after](const QDateTime& t, const GitHubResult&) { after = t; });
        QTRY_VERIFY(after.has_value());
        QVERIFY(*after > *before);
    }

    void addToProjectReturnsTheItem()
    {
        const QString id = m_gh->addProject(QStringLiteral("acme"), 1, QStringLiteral("Board"),
                                            {QStringLiteral("Todo")});
        const qint64 n = m_gh->addIssue(kRepo, issueFields(QStringLiteral("New")));
        const QString nodeId = m_gh->issue(kRepo, n).value(QLatin1String("node_id")).toString();
        auto add = [this, id, nodeId]() {
            std::optional<std::pair<QString, GitHubResult>> out;
            m_client->addToProject(
                id, nodeId, this,
                [&out](const QString& item, const GitHubResult& r) { out.emplace(item, r); });
            (void)QTest::qWaitFor([&out]() { return out.has_value(); }, 15000);
            return out.value_or(std::pair<QString, GitHubResult>{});
        };
        const auto [itemId, r] = add();
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(!itemId.isEmpty());
        QCOMPARE(m_gh->projectItemIds(id), QStringList{itemId});
        QCOMPARE(add().first, itemId); // already there: the same item
        QCOMPARE(m_gh->projectItemIds(id).size(), 1);
    }

    void lostMutationIsNotRepeated()
    {
        const QString id = m_gh->addProject(QStringLiteral("acme"), 1, QStringLiteral("Board"),
                                            {QStringLiteral("Todo"), QStringLiteral("Done")});
        const qint64 n = m_gh->addIssue(kRepo, issueFields(QStringLiteral("Move me")));
        const QString itemId = m_gh->addProjectItem(id, kRepo, n, QStringLiteral("Todo"));
        m_gh->injectFault(QStringLiteral("graphql:updateProjectV2ItemFieldValue"),
                          fault(FakeGitHubFault::Kind::DropAfterProcessing));
        const GitHubResult r = wait([this, id, itemId](auto doneCb) {
            m_client->moveProjectItem(id, itemId, m_gh->statusFieldId(id),
                                      m_gh->optionId(id, QStringLiteral("Done")), this, doneCb);
        });
        QCOMPARE(r.kind, Kind::NetworkError);
        QVERIFY(r.outcomeUnknown);
        QCOMPARE(m_gh->callCount(QStringLiteral("graphql:updateProjectV2ItemFieldValue")), 1);
        QCOMPARE(m_gh->itemStatus(id, itemId), QStringLiteral("Done")); // it was applied
    }

    void graphqlReadsAreRetried()
    {
        const QString id = m_gh->addProject(QStringLiteral("acme"), 1, QStringLiteral("Board"),
                                            {QStringLiteral("Todo")});
        FakeGitHubFault f = fault(FakeGitHubFault::Kind::ServerError);
        f.httpStatus = 502;
        m_gh->injectFault(QStringLiteral("graphql:repositoryOwner"), f);
        const auto [info, r] = project(QStringLiteral("acme"), 1);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(info.id, id);
        QCOMPARE(r.attempts, 2);
    }
};

QTEST_GUILESS_MAIN(TestGitHubProjects)
#include "tst_githubprojects.moc"
