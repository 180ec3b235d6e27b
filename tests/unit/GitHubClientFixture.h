#pragma once
// Shared by the GitHub client tests: a fake GitHub with one repository, a client pointed at it,
// and helpers that run one call and wait for its answer.
#include "FakeGitHub.h"
#include "github/GitHubClient.h"
#include "github/GitHubHttp.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace shiftdesk;
using shiftdesk::fake::FakeGitHub;
using shiftdesk::fake::FakeGitHubFault;
using Kind = shiftdesk::GitHubResult::Kind;

namespace github_test {

inline const QString kRepo = QStringLiteral("acme/ops");
inline const RepoRef kRepoRef{QStringLiteral("acme"), QStringLiteral("ops")};

inline FakeGitHubFault fault(FakeGitHubFault::Kind kind)
{
    FakeGitHubFault f;
    f.kind = kind;
    return f;
}

inline QJsonObject issueFields(const QString& title, const QStringList& labels = {})
{
    QJsonObject o{{QStringLiteral("title"), title}};
    if (!labels.isEmpty())
        o.insert(QStringLiteral("labels"), QJsonArray::fromStringList(labels));
    return o;
}

} // namespace github_test

using namespace github_test;

class GitHubClientFixture : public QObject
{
protected:
    std::unique_ptr<FakeGitHub> m_gh;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<GitHubClient> m_client;

    // Runs one call and waits for its result.
    GitHubResult wait(const std::function<void(GitHubClient::Callback)>& start,
                      int timeoutMs = 15000)
    {
        std::optional<GitHubResult> result;
        start([&result](const GitHubResult& r) { result = r; });
        if (!QTest::qWaitFor([&result]() { return result.has_value(); }, timeoutMs))
            QTest::qFail("no answer from the client in time", __FILE__, __LINE__);
        return result.value_or(GitHubResult());
    }

    GitHubResult user()
    {
        return wait([this](auto done) { m_client->currentUser(this, done); });
    }

    std::pair<QList<GitHubIssue>, GitHubResult> issues(IssueQuery q = {})
    {
        if (!q.repo.isValid())
            q.repo = kRepoRef;
        std::optional<std::pair<QList<GitHubIssue>, GitHubResult>> out;
        m_client->listIssues(q, this,
                             [&out](const QList<GitHubIssue>& list, const GitHubResult& r) {
                                 out.emplace(list, r);
                             });
        if (!QTest::qWaitFor([&out]() { return out.has_value(); }, 15000))
            QTest::qFail("no issue list in time", __FILE__, __LINE__);
        return out.value_or(std::pair<QList<GitHubIssue>, GitHubResult>{});
    }

    std::pair<GitHubIssue, GitHubResult> create(const QString& title)
    {
        std::optional<std::pair<GitHubIssue, GitHubResult>> out;
        m_client->createIssue(
            kRepoRef, {title, QStringLiteral("body"), {}, {}}, this,
            [&out](const GitHubIssue& i, const GitHubResult& r) { out.emplace(i, r); });
        if (!QTest::qWaitFor([&out]() { return out.has_value(); }, 15000))
            QTest::qFail("no answer to createIssue in time", __FILE__, __LINE__);
        return out.value_or(std::pair<GitHubIssue, GitHubResult>{});
    }

    std::pair<ProjectInfo, GitHubResult> project(const QString& owner, int number)
    {
        std::optional<std::pair<ProjectInfo, GitHubResult>> out;
        m_client->findProject(
            owner, number, this,
            [&out](const ProjectInfo& p, const GitHubResult& r) { out.emplace(p, r); });
        if (!QTest::qWaitFor([&out]() { return out.has_value(); }, 15000))
            QTest::qFail("no answer to findProject in time", __FILE__, __LINE__);
        return out.value_or(std::pair<ProjectInfo, GitHubResult>{});
    }

    std::pair<QList<ProjectItem>, GitHubResult> items(const QString& projectId)
    {
        std::optional<std::pair<QList<ProjectItem>, GitHubResult>> out;
        m_client->projectItems(projectId, QStringLiteral("Status"), this,
                               [&out](const QList<ProjectItem>& list, const GitHubResult& r) {
                                   out.emplace(list, r);
                               });
        if (!QTest::qWaitFor([&out]() { return out.has_value(); }, 15000))
            QTest::qFail("no answer to projectItems in time", __FILE__, __LINE__);
        return out.value_or(std::pair<QList<ProjectItem>, GitHubResult>{});
    }

    void setUp()
    {
        m_gh = std::make_unique<FakeGitHub>();
        QVERIFY(m_gh->start());
        m_gh->addRepository(QStringLiteral("acme"), QStringLiteral("ops"));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<GitHubClient>(m_network.get());
        QVERIFY(m_client->setBaseUrl(m_gh->apiBaseUrl()));
        m_client->setToken(QStringLiteral("ghp_test"));
        m_client->setRetryPolicy(3, 50);
        m_client->setTimeout(3000);
        m_client->setMinWriteInterval(0);
    }

    void tearDown()
    {
        m_client.reset();
        m_network.reset();
        m_gh.reset();
    }
};
