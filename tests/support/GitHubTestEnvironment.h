#pragma once

#include "FakeClock.h"
#include "FakeGitHub.h"
#include "TestProfile.h"
#include "board/BoardService.h"
#include "github/GitHubConnection.h"
#include "secrets/KeychainSecretStore.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

namespace shiftdesk::test {

// A fake GitHub on loopback with the team's repository, support template and project board,
// a throw-away profile pointing at it, a token in an in-memory secret store, and a connected
// GitHubConnection + BoardService.
struct GitHubTestEnvironment
{
    static inline const QString kRepo = QStringLiteral("ministryofjustice/cloud-platform");

    GitHubTestEnvironment()
        : github(std::make_unique<fake::FakeGitHub>())
        , profile(std::make_unique<TestProfile>())
        , network(std::make_unique<QNetworkAccessManager>())
        , secrets(std::make_unique<MemorySecretStore>())
        , clock(std::make_unique<FakeClock>(london(2026, 11, 27, 10, 0)))
    {
        if (!github->start())
            qFatal("the fake GitHub did not start");
        github->setToken(QStringLiteral("ghp_test"),
                         {QStringLiteral("repo"), QStringLiteral("project")});
        github->setUser(QStringLiteral("octocat"));
        github->addRepository(QStringLiteral("ministryofjustice"),
                              QStringLiteral("cloud-platform"));
        GitHubConfig config = profile->settings->gitHubConfig();
        config.apiBase = github->apiBaseUrl();
        config.webBase = github->webBaseUrl();
        profile->settings->setGitHubConfig(config);
    }

    // The board: a project with the team's columns, or none (columns from issue state).
    void useProject(bool on)
    {
        GitHubConfig config = profile->settings->gitHubConfig();
        config.projectNumber = on ? 65 : 0;
        profile->settings->setGitHubConfig(config);
        if (on && projectId.isEmpty())
            projectId = github->addProject(
                QStringLiteral("ministryofjustice"), 65, QStringLiteral("Cloud Platform"),
                {QStringLiteral("Todo"), QStringLiteral("In Progress"), QStringLiteral("Review"),
                 QStringLiteral("Blocked"), QStringLiteral("Done")});
    }

    // A support request (label support-request), optionally on the project in `status`.
    qint64 request(const QString& title, const QString& status = QString(),
                   const QStringList& assignees = {}, QStringList labels = {})
    {
        if (labels.isEmpty())
            labels = {QStringLiteral("support-request")};
        QJsonArray labelArray;
        for (const QString& l : labels)
            labelArray << l;
        QJsonArray who;
        for (const QString& a : assignees)
            who << a;
        const qint64 n = github->addIssue(kRepo, QJsonObject{{QStringLiteral("title"), title},
                                                             {QStringLiteral("labels"), labelArray},
                                                             {QStringLiteral("assignees"), who}});
        if (!projectId.isEmpty() && !status.isNull())
            items.insert(n, github->addProjectItem(projectId, kRepo, n, status));
        return n;
    }

    void addSupportTemplate()
    {
        QFile f(QStringLiteral(SHIFTDESK_TEST_DATA
                               "/issue-templates/cloud-platform-support-request.md"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("support template test data missing");
        github->addFile(kRepo,
                        QStringLiteral(".github/ISSUE_TEMPLATE/cloud-platform-support-request.md"),
                        f.readAll());
    }

    bool storeToken()
    {
        bool done = false;
        secrets->write(GitHubConnection::kTokenKey, QStringLiteral("ghp_test"), secrets.get(),
                       [&done](const SecretStore::Result&) { done = true; });
        return QTest::qWaitFor([&done]() { return done; }, 5000);
    }

    // Connects and starts the board; waits for the first load.
    bool startBoard()
    {
        if (!storeToken())
            return false;
        connection = std::make_unique<GitHubConnection>(profile->settings.get(), secrets.get(),
                                                        network.get());
        connection->client()->setMinWriteInterval(50);
        board = std::make_unique<BoardService>(*profile->settings, *clock, connection.get());
        connection->start();
        if (!QTest::qWaitFor([this]() { return connection->isConnected(); }, 10000))
            return false;
        bool loaded = false;
        const QMetaObject::Connection c = QObject::connect(
            board.get(), &BoardService::refreshed, board.get(), [&loaded]() { loaded = true; });
        board->start();
        const bool ok = QTest::qWaitFor([&loaded]() { return loaded; }, 15000);
        QObject::disconnect(c);
        return ok;
    }

    std::unique_ptr<fake::FakeGitHub> github;
    std::unique_ptr<TestProfile> profile;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<MemorySecretStore> secrets;
    std::unique_ptr<FakeClock> clock;
    std::unique_ptr<GitHubConnection> connection;
    std::unique_ptr<BoardService> board;
    QString projectId;
    QHash<qint64, QString> items; // issue number -> project item id
};

} // namespace shiftdesk::test
