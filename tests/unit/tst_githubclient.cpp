// The GitHub REST client against the local fake GitHub: headers, pagination, conditional
// requests, rate limits, errors, retries and write safety.
#include "GitHubClientFixture.h"

class TestGitHubClient : public GitHubClientFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void baseUrlPolicyAndGraphqlUrl()
    {
        GitHubClient client(m_network.get());
        QCOMPARE(client.graphqlUrl(), QUrl(QStringLiteral("https://api.github.com/graphql")));
        QString why;
        QVERIFY(!client.setBaseUrl(QUrl(QStringLiteral("http://ghe.example.com/api/v3/")), &why));
        QVERIFY(why.contains(QStringLiteral("https")));
        QVERIFY(client.setBaseUrl(QUrl(QStringLiteral("https://ghe.example.com/api/v3"))));
        QCOMPARE(client.baseUrl(), QUrl(QStringLiteral("https://ghe.example.com/api/v3/")));
        QCOMPARE(client.graphqlUrl(), QUrl(QStringLiteral("https://ghe.example.com/api/graphql")));
        QVERIFY(client.setBaseUrl(QUrl(QStringLiteral("https://api.github.com/"))));
        QCOMPARE(client.graphqlUrl(), QUrl(QStringLiteral("https://api.github.com/graphql")));
        QCOMPARE(m_client->graphqlUrl(), m_gh->graphqlUrl());
    }

    void everyRequestSendsTheDocumentedHeaders()
    {
        m_client->setUserAgent(QStringLiteral("Shiftdesk-test/1.0"));
        const GitHubResult r = user();
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.json.object().value(QLatin1String("login")).toString(),
                 QStringLiteral("octocat"));
        QVERIFY(r.scopes.contains(QStringLiteral("repo")));
        (void)project(QStringLiteral("nobody"), 1);
        const auto requests = m_gh->requests();
        QCOMPARE(requests.size(), 2);
        for (const auto& req : requests) {
            QCOMPARE(req.headers.value(QStringLiteral("accept")),
                     QStringLiteral("application/vnd.github+json"));
            QCOMPARE(req.headers.value(QStringLiteral("x-github-api-version")),
                     QStringLiteral("2022-11-28"));
            QCOMPARE(req.headers.value(QStringLiteral("user-agent")),
                     QStringLiteral("Shiftdesk-test/1.0"));
            QVERIFY(!req.headers.contains(QStringLiteral("authorization")));
        }
        QCOMPARE(requests.first().path, QStringLiteral("/user"));
        QCOMPARE(requests.last().verb, QStringLiteral("POST"));
        QCOMPARE(requests.last().graphqlField, QStringLiteral("repositoryOwner"));
    }

    void listIssuesFollowsTheLinkHeaderAndDropsPullRequests()
    {
        for (int i = 1; i <= 7; ++i)
            m_gh->addIssue(kRepo, issueFields(QStringLiteral("Issue %1").arg(i)));
        m_gh->addPullRequest(kRepo, issueFields(QStringLiteral("A pull request")));
        m_gh->addPullRequest(kRepo, issueFields(QStringLiteral("Another one")));
        IssueQuery q;
        q.perPage = 3;
        const auto [list, r] = issues(q);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(list.size(), 7);
        for (const GitHubIssue& issue : list) {
            QVERIFY(issue.title.startsWith(QStringLiteral("Issue ")));
            QCOMPARE(issue.repository, kRepo);
            QVERIFY(issue.number > 0);
            QVERIFY(!issue.nodeId.isEmpty());
            QVERIFY(issue.url.startsWith(QStringLiteral("http")));
            QVERIFY(issue.createdAt.isValid());
        }
        QVERIFY(r.nextUrl.isEmpty());
        const auto requests = m_gh->requests();
        QCOMPARE(requests.size(), 3); // 9 entries, 3 a page
        QVERIFY(requests.first().query.contains(QStringLiteral("per_page=3")));
        // The next URLs are followed as given, even when they switch to /repositories/{id}/.
        for (int i = 1; i < requests.size(); ++i)
            QVERIFY(requests.at(i).path.startsWith(QStringLiteral("/repositories/")));
        for (int i = 1; i < requests.size(); ++i)
            QVERIFY2(requests.at(i).query.contains(QStringLiteral("page=%1").arg(i + 1)),
                     qPrintable(requests.at(i).path + QLatin1Char('?') + requests.at(i).query));
    }

    void listIssuesFiltersByLabelsAndState()
    {
        m_gh->addIssue(kRepo, issueFields(QStringLiteral("Both"),
                                          {QStringLiteral("C++"), QStringLiteral("on call")}));
        m_gh->addIssue(kRepo, issueFields(QStringLiteral("Only one"), {QStringLiteral("C++")}));
        const qint64 closed = m_gh->addIssue(
            kRepo, issueFields(QStringLiteral("Closed"), {QStringLiteral("on call")}));
        m_gh->setIssueFields(kRepo, closed, {{QStringLiteral("state"), QStringLiteral("closed")}});
        IssueQuery q;
        q.labels = QStringList{QStringLiteral("C++"), QStringLiteral("on call")};
        auto [list, r] = issues(q);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().title, QStringLiteral("Both"));
        QCOMPARE(list.first().labels.size(), 2);
        q.labels = QStringList{QStringLiteral("on call")};
        q.state = QStringLiteral("all");
        q.perPage = 1; // the filters travel on in the `link` URLs
        m_gh->clearRequests();
        std::tie(list, r) = issues(q);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(list.size(), 2);
        QCOMPARE(m_gh->requests().size(), 2);
        QVERIFY(m_gh->requests().last().query.contains(QStringLiteral("state=all")));
    }

    void unchangedListIsServedFromTheCache()
    {
        for (int i = 1; i <= 5; ++i)
            m_gh->addIssue(kRepo, issueFields(QStringLiteral("Issue %1").arg(i)));
        IssueQuery q;
        q.perPage = 2;
        auto [first, r1] = issues(q);
        QVERIFY(r1.ok());
        QVERIFY(!r1.fromCache);
        const int remaining = m_gh->rateLimitRemaining(QStringLiteral("core"));
        m_client->resetCounters();
        auto [second, r2] = issues(q);
        QVERIFY2(r2.ok(), qPrintable(r2.message));
        QVERIFY(r2.fromCache);
        QCOMPARE(second.size(), first.size());
        QCOMPARE(second.last().title, first.last().title);
        QCOMPARE(m_client->requestsSent(), 3);
        QCOMPARE(m_client->notModifiedCount(), 3);
        QCOMPARE(m_gh->rateLimitRemaining(QStringLiteral("core")), remaining); // 304s are free
        for (const auto& req : m_gh->requests().mid(3))
            QVERIFY(req.conditional);

        // A change is seen at once.
        m_gh->setIssueFields(kRepo, 1, {{QStringLiteral("title"), QStringLiteral("Renamed")}});
        auto [third, r3] = issues(q);
        QVERIFY(r3.ok());
        QVERIFY(!r3.fromCache);
        QCOMPARE(third.size(), 5);
        bool renamed = false;
        for (const GitHubIssue& i : third)
            renamed = renamed || i.title == QLatin1String("Renamed");
        QVERIFY(renamed);
    }

    void rateLimitsAreTrackedPerResource()
    {
        m_gh->setRateLimit(QStringLiteral("core"), 100);
        QVERIFY(user().ok());
        RateLimit core = m_client->rateLimit(QStringLiteral("core"));
        QCOMPARE(core.limit, 100);
        QCOMPARE(core.remaining, m_gh->rateLimitRemaining(QStringLiteral("core")));
        QVERIFY(core.reset.isValid());
        QVERIFY(core.reset > QDateTime::currentDateTimeUtc());
        const int before = core.remaining;
        // Another URL (the same one again would be a free 304).
        QVERIFY(issues().second.ok());
        QCOMPARE(m_client->rateLimit(QStringLiteral("core")).remaining, before - 1);
        QCOMPARE(m_client->rateLimit(QStringLiteral("graphql")).limit, -1);
        (void)project(QStringLiteral("nobody"), 1);
        QCOMPARE(m_client->rateLimit(QStringLiteral("graphql")).limit, 5000);
    }

    void badTokenIsUnauthorizedAndSignalled()
    {
        QSignalSpy authProblem(m_client.get(), &GitHubClient::authProblem);
        m_gh->revokeToken();
        const GitHubResult r = user();
        QCOMPARE(r.kind, Kind::Unauthorized);
        QVERIFY(r.isAuthProblem());
        QCOMPARE(r.httpStatus, 401);
        QVERIFY(r.message.contains(QStringLiteral("Preferences")));
        QVERIFY(!r.message.contains(QStringLiteral("ghp_")));
        QCOMPARE(authProblem.size(), 1);
        QCOMPARE(m_gh->callCount(QStringLiteral("GET /user")), 1); // not retried
    }

    void secondaryLimitPausesTheResource_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::newRow("403") << int(FakeGitHubFault::Kind::SecondaryLimit) << 403;
        QTest::newRow("429") << int(FakeGitHubFault::Kind::SecondaryLimit429) << 429;
    }

    void secondaryLimitPausesTheResource()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QSignalSpy limited(m_client.get(), &GitHubClient::rateLimited);
        FakeGitHubFault f = fault(FakeGitHubFault::Kind(kind));
        f.retryAfterSeconds = 1;
        m_gh->injectFault(QStringLiteral("GET /user"), f);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        GitHubResult r = user();
        QCOMPARE(r.kind, Kind::RateLimited);
        QCOMPARE(r.httpStatus, status);
        QVERIFY(r.secondaryLimit);
        QVERIFY(r.retryAt >= before.addMSecs(500));
        QVERIFY(r.retryAt <= QDateTime::currentDateTimeUtc().addSecs(2));
        QVERIFY(r.message.contains(QStringLiteral("rate limit")));
        QCOMPARE(limited.size(), 1);
        QCOMPARE(limited.first().at(0).toString(), QStringLiteral("core"));

        // Until then, calls to that resource fail at once without reaching GitHub.
        r = wait([this](auto done) {
            m_client->rest("GET", QStringLiteral("repos/acme/ops/issues"), {}, {},
                           GitHubClient::Access::Read, this, done);
        });
        QCOMPARE(r.kind, Kind::RateLimited);
        QCOMPARE(r.attempts, 0);
        QCOMPARE(m_gh->requests().size(), 1);
        // Other resources are not paused.
        QVERIFY(project(QStringLiteral("acme"), 1).second.kind != Kind::RateLimited);

        QTest::qWait(int(QDateTime::currentDateTimeUtc().msecsTo(r.retryAt)) + 50);
        r = user();
        QVERIFY2(r.ok(), qPrintable(r.message));
    }

    void primaryLimitWaitsForTheReset()
    {
        QSignalSpy limited(m_client.get(), &GitHubClient::rateLimited);
        FakeGitHubFault f = fault(FakeGitHubFault::Kind::PrimaryExhausted);
        f.resetInSeconds = 600;
        m_gh->injectFault(QStringLiteral("GET /user"), f);
        GitHubResult r = user();
        QCOMPARE(r.kind, Kind::RateLimited);
        QVERIFY(!r.secondaryLimit);
        QCOMPARE(r.rate.remaining, 0);
        const qint64 wait = QDateTime::currentDateTimeUtc().secsTo(r.retryAt);
        QVERIFY2(wait >= 590 && wait <= 610, qPrintable(QString::number(wait)));
        QVERIFY(r.message.contains(r.retryAt.toLocalTime().toString(QStringLiteral("HH:mm"))));
        QCOMPARE(limited.size(), 1);
        QCOMPARE(limited.first().at(1).toDateTime(), r.retryAt);
        QCOMPARE(m_gh->callCount(QStringLiteral("GET /user")), 1);

        r = create(QStringLiteral("Not now")).second;
        QCOMPARE(r.kind, Kind::RateLimited);
        QCOMPARE(m_gh->requests().size(), 1);
        QVERIFY(m_gh->issues(kRepo).isEmpty());
    }

    void graphqlPrimaryLimitPausesGraphqlOnly()
    {
        QSignalSpy limited(m_client.get(), &GitHubClient::rateLimited);
        FakeGitHubFault f = fault(FakeGitHubFault::Kind::PrimaryExhausted);
        f.resetInSeconds = 300;
        m_gh->injectFault(QStringLiteral("graphql:repositoryOwner"), f);
        GitHubResult r = project(QStringLiteral("acme"), 1).second;
        QCOMPARE(r.kind, Kind::RateLimited);
        QCOMPARE(r.httpStatus, 200); // GraphQL: 200 with errors[type RATE_LIMITED]
        QVERIFY(!r.secondaryLimit);
        const qint64 wait = QDateTime::currentDateTimeUtc().secsTo(r.retryAt);
        QVERIFY2(wait >= 290 && wait <= 310, qPrintable(QString::number(wait)));
        QCOMPARE(limited.size(), 1);
        QCOMPARE(limited.first().at(0).toString(), QStringLiteral("graphql"));
        r = items(QStringLiteral("PVT_x")).second;
        QCOMPARE(r.kind, Kind::RateLimited);
        QCOMPARE(r.attempts, 0);
        QCOMPARE(m_gh->requests().size(), 1);
        QVERIFY(user().ok()); // REST has its own budget
    }

    void notFoundExplainsPrivateRepositories()
    {
        IssueQuery q;
        q.repo = RepoRef{QStringLiteral("acme"), QStringLiteral("secret")};
        const auto [list, r] = issues(q);
        QCOMPARE(r.kind, Kind::NotFound);
        QCOMPARE(r.httpStatus, 404);
        QVERIFY(r.message.contains(QStringLiteral("private")));
        QCOMPARE(m_gh->requests().size(), 1);
    }

    void validationErrorsNameTheField()
    {
        FakeGitHubFault f = fault(FakeGitHubFault::Kind::Validation);
        f.field = QStringLiteral("title");
        f.code = QStringLiteral("missing_field");
        m_gh->injectFault(QStringLiteral("POST /repos/acme/ops/issues"), f);
        const auto [issue, r] = create(QString());
        QCOMPARE(r.kind, Kind::Validation);
        QCOMPARE(r.httpStatus, 422);
        QCOMPARE(r.fieldErrors.size(), 1);
        QCOMPARE(r.fieldErrors.first().field, QStringLiteral("title"));
        QCOMPARE(r.fieldErrors.first().code, QStringLiteral("missing_field"));
        QVERIFY(r.message.contains(QStringLiteral("title: missing")));
        QCOMPARE(issue.number, 0);
    }

    void serverErrorsOnReadsAreRetried()
    {
        m_gh->injectFault(QStringLiteral("GET /user"), fault(FakeGitHubFault::Kind::ServerError),
                          2);
        GitHubResult r = user();
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.attempts, 3);
        QCOMPARE(m_gh->callCount(QStringLiteral("GET /user")), 3);

        FakeGitHubFault bad = fault(FakeGitHubFault::Kind::ServerError);
        bad.httpStatus = 502;
        m_gh->injectFault(QStringLiteral("GET /user"), bad, 5);
        r = user();
        QCOMPARE(r.kind, Kind::HttpError);
        QCOMPARE(r.httpStatus, 502);
        QCOMPARE(r.attempts, 3);
        QVERIFY(!r.outcomeUnknown);
    }

    void droppedReadIsRetried()
    {
        m_gh->injectFault(QStringLiteral("GET /user"),
                          fault(FakeGitHubFault::Kind::DropBeforeProcessing));
        const GitHubResult r = user();
        QVERIFY2(r.ok(), qPrintable(r.message));
        // Sent again (by Qt itself for a GET on a dropped keep-alive connection, or by the client).
        QCOMPARE(m_gh->callCount(QStringLiteral("GET /user")), 2);
    }

    void lostAnswerToAWriteIsNeverRepeated()
    {
        m_gh->injectFault(QStringLiteral("POST /repos/acme/ops/issues"),
                          fault(FakeGitHubFault::Kind::DropAfterProcessing));
        const auto [issue, r] = create(QStringLiteral("Only once"));
        QCOMPARE(r.kind, Kind::NetworkError);
        QVERIFY(r.outcomeUnknown);
        QCOMPARE(r.attempts, 1);
        QVERIFY(r.message.contains(QStringLiteral("may or may not")));
        QTest::qWait(300); // nothing else arrives later either
        QCOMPARE(m_gh->callCount(QStringLiteral("POST /repos/acme/ops/issues")), 1);
        QCOMPARE(m_gh->issues(kRepo).size(), 1);
    }

    void serverErrorToAWriteIsNotRetried()
    {
        m_gh->injectFault(QStringLiteral("POST /repos/acme/ops/issues"),
                          fault(FakeGitHubFault::Kind::ServerError), 3);
        const GitHubResult r = create(QStringLiteral("Maybe")).second;
        QCOMPARE(r.kind, Kind::HttpError);
        QVERIFY(r.outcomeUnknown);
        QCOMPARE(m_gh->callCount(QStringLiteral("POST /repos/acme/ops/issues")), 1);
    }

    void writesAreSpacedAndInOrder()
    {
        m_client->setMinWriteInterval(250);
        QList<qint64> at;
        QElapsedTimer clock;
        clock.start();
        connect(m_gh.get(), &FakeGitHub::requestHandled, this, [&at, &clock](const QString& r) {
            if (r.startsWith(QLatin1String("POST")))
                at << clock.elapsed();
        });
        QList<qint64> numbers;
        for (int i = 1; i <= 3; ++i) {
            m_client->createIssue(kRepoRef, {QStringLiteral("Write %1").arg(i), {}, {}, {}}, this,
                                  [&numbers](const GitHubIssue& issue, const GitHubResult& r) {
                                      QVERIFY2(r.ok(), qPrintable(r.message));
                                      numbers << issue.number;
                                  });
        }
        QTRY_COMPARE_WITH_TIMEOUT(numbers.size(), 3, 10000);
        QCOMPARE(numbers, (QList<qint64>{1, 2, 3}));
        QCOMPARE(at.size(), 3);
        QVERIFY2(at[1] - at[0] >= 200 && at[2] - at[1] >= 200,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(at[0]).arg(at[1]).arg(at[2])));
        const QJsonArray stored = m_gh->issues(kRepo);
        QCOMPARE(stored.at(0).toObject().value(QLatin1String("title")).toString(),
                 QStringLiteral("Write 1"));
    }

    void issueUpdatesReachGitHub()
    {
        const qint64 n = m_gh->addIssue(kRepo, issueFields(QStringLiteral("Fix it")));
        GitHubResult r = wait([this, n](auto done) {
            m_client->updateIssue(
                kRepoRef, n, {{QStringLiteral("state"), QStringLiteral("closed")}}, this, done);
        });
        QVERIFY2(r.ok(), qPrintable(r.message));
        r = wait([this, n](auto done) {
            m_client->addLabels(kRepoRef, n, {QStringLiteral("incident")}, this, done);
        });
        QVERIFY2(r.ok(), qPrintable(r.message));
        r = wait([this, n](auto done) {
            m_client->addAssignees(kRepoRef, n, {QStringLiteral("octocat")}, this, done);
        });
        QVERIFY2(r.ok(), qPrintable(r.message));
        const GitHubIssue issue = GitHubClient::parseIssue(m_gh->issue(kRepo, n));
        QCOMPARE(issue.state, QStringLiteral("closed"));
        QCOMPARE(issue.labels, QStringList{QStringLiteral("incident")});
        QCOMPARE(issue.assignees, QStringList{QStringLiteral("octocat")});
    }

    void contentsApiListsAndDecodes()
    {
        const QByteArray text =
            "---\nname: Incident\nlabels: incident\n---\nWhat happened — ünïcode\n";
        m_gh->addFile(kRepo, QStringLiteral(".github/ISSUE_TEMPLATE/incident.md"), text);
        m_gh->addFile(kRepo, QStringLiteral(".github/ISSUE_TEMPLATE/config.yml"), "blank: true\n");
        std::optional<QList<RepoFile>> files;
        m_client->listFolder(kRepoRef, QStringLiteral(".github/ISSUE_TEMPLATE"), this,
                             [&files](const QList<RepoFile>& list, const GitHubResult& r) {
                                 QVERIFY2(r.ok(), qPrintable(r.message));
                                 files = list;
                             });
        QTRY_VERIFY(files.has_value());
        QCOMPARE(files->size(), 2);
        QStringList names;
        for (const RepoFile& f : *files) {
            names << f.name;
            QCOMPARE(f.type, QStringLiteral("file"));
        }
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("config.yml"), QStringLiteral("incident.md")}));
        std::optional<QString> content;
        m_client->fileText(kRepoRef, QStringLiteral(".github/ISSUE_TEMPLATE/incident.md"), this,
                           [&content](const QString& t, const GitHubResult& r) {
                               QVERIFY2(r.ok(), qPrintable(r.message));
                               content = t;
                           });
        QTRY_VERIFY(content.has_value());
        QCOMPARE(*content, QString::fromUtf8(text));
    }

    void foreignLinksAreRefused()
    {
        const GitHubResult r = wait([this](auto done) {
            m_client->rest("GET", QStringLiteral("https://evil.example.com/api/v3/user"), {}, {},
                           GitHubClient::Access::Read, this, done);
        });
        QVERIFY(!r.ok());
        QCOMPARE(r.attempts, 0);
        QVERIFY(r.message.contains(QStringLiteral("evil.example.com")));
        QVERIFY(m_gh->requests().isEmpty());
    }

    void cancelAllCallsBackCancelled()
    {
        FakeGitHubFault slow = fault(FakeGitHubFault::Kind::Slow);
        slow.delayMs = 2000;
        m_gh->injectFault(QStringLiteral("GET /user"), slow);
        std::optional<GitHubResult> result;
        m_client->currentUser(this, [&result](const GitHubResult& r) { result = r; });
        QTest::qWait(100);
        m_client->cancelAll();
        QVERIFY(result.has_value());
        QCOMPARE(result->kind, Kind::Cancelled);
    }

    void describeIsShortAndActionable()
    {
        GitHubResult r;
        r.kind = Kind::RateLimited;
        r.retryAt = QDateTime(QDate::currentDate(), QTime(14, 5)).toUTC();
        QCOMPARE(GitHubResult::describe(r),
                 QStringLiteral("GitHub's rate limit: waiting until 14:05."));
        r.kind = Kind::Validation;
        r.what = QStringLiteral("POST /repos/acme/ops/issues");
        r.fieldErrors = {
            {QStringLiteral("Issue"), QStringLiteral("title"), QStringLiteral("missing_field"), {}},
            {QStringLiteral("Label"), QStringLiteral("color"), QStringLiteral("invalid"), {}}};
        const QString m = GitHubResult::describe(r);
        QVERIFY2(m.contains(QStringLiteral("title: missing")) &&
                     m.contains(QStringLiteral("color: not valid")),
                 qPrintable(m));
        r.kind = Kind::Unauthorized;
        QVERIFY(GitHubResult::describe(r).contains(QStringLiteral("Preferences → GitHub")));
    }

    void linkHeaderIsParsedByBrackets()
    {
        // Recorded shape (octokit paginate-issues), and a URL with commas in it.
        const QByteArray recorded =
            "<https://api.github.com/repositories/1000/issues?per_page=3&page=2>; rel=\"next\", "
            "<https://api.github.com/repositories/1000/issues?per_page=3&page=5>; rel=\"last\"";
        QCOMPARE(github::nextLink(recorded),
                 QUrl(QStringLiteral(
                     "https://api.github.com/repositories/1000/issues?per_page=3&page=2")));
        const QByteArray commas = "<https://h/x?labels=a,b&page=1>; rel=\"prev\", "
                                  "<https://h/x?labels=a,b&page=3>; rel=\"next\"";
        QCOMPARE(github::nextLink(commas).query(), QStringLiteral("labels=a,b&page=3"));
        QVERIFY(github::nextLink("<https://h/x?page=1>; rel=\"prev\"").isEmpty());
        QVERIFY(github::nextLink(QByteArray()).isEmpty());
    }

    void parseIssueReadsTheRecordedShape()
    {
        // Trimmed from GitHub's OpenAPI example "issue" (shared/corpus/api/github).
        // (No raw string literal here: moc in Qt 6.4 misreads the apostrophe in one.)
        const QByteArray recorded =
            "{\"id\":1,\"node_id\":\"MDU6SXNzdWUx\","
            "\"repository_url\":\"https://api.github.com/repos/octocat/Hello-World\","
            "\"html_url\":\"https://github.com/octocat/Hello-World/issues/1347\","
            "\"number\":1347,\"state\":\"open\",\"title\":\"Found a bug\","
            "\"body\":\"I am having a problem with this.\","
            "\"user\":{\"login\":\"octocat\",\"id\":1},"
            "\"labels\":[{\"id\":208045946,\"name\":\"bug\",\"color\":\"f29513\"}],"
            "\"assignees\":[{\"login\":\"octocat\",\"id\":1}],"
            "\"created_at\":\"2011-04-22T13:33:48Z\","
            "\"updated_at\":\"2011-04-22T13:33:48Z\"}";
        const GitHubIssue i = GitHubClient::parseIssue(QJsonDocument::fromJson(recorded).object());
        QCOMPARE(i.number, 1347);
        QCOMPARE(i.nodeId, QStringLiteral("MDU6SXNzdWUx"));
        QCOMPARE(i.repository, QStringLiteral("octocat/Hello-World"));
        QCOMPARE(i.url, QStringLiteral("https://github.com/octocat/Hello-World/issues/1347"));
        QCOMPARE(i.labels, QStringList{QStringLiteral("bug")});
        QCOMPARE(i.assignees, QStringList{QStringLiteral("octocat")});
        QCOMPARE(i.author, QStringLiteral("octocat"));
        QCOMPARE(i.createdAt, QDateTime(QDate(2011, 4, 22), QTime(13, 33, 48), Qt::UTC));
        QCOMPARE(RepoRef::parse(QStringLiteral(" acme/ops ")).fullName(), kRepo);
        QVERIFY(!RepoRef::parse(QStringLiteral("acme")).isValid());
        QVERIFY(!RepoRef::parse(QStringLiteral("a/b/c")).isValid());
    }

    // ---- Projects v2 (GraphQL) ----
};

QTEST_GUILESS_MAIN(TestGitHubClient)
#include "tst_githubclient.moc"
