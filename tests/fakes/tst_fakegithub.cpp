// Proves each documented behaviour and fault of the fake GitHub with a plain
// QNetworkAccessManager (the contract: shared/reference/slack-github-api.md §10-12). The GraphQL
// tests are in tst_fakegithub_graphql.cpp.
#include "tst_fakegithub.h"

#include "FakeHttpServer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

void TestFakeGitHub::init()
{
    m_gh = std::make_unique<FakeGitHub>();
    QVERIFY(m_gh->start());
    setServer(*m_gh);
    resetNetwork();
    token = u"ghp_test"_s;
    authScheme = "Bearer";
    m_gh->addRepository(u"acme"_s, u"ops"_s);
    m_project =
        m_gh->addProject(u"acme"_s, 7, u"Ops board"_s, {u"Todo"_s, u"In Progress"_s, u"Done"_s});
}

void TestFakeGitHub::cleanup()
{
    m_gh.reset();
}

void TestFakeGitHub::userHeadersAndLog()
{
    m_gh->setUser(u"alice"_s, u"Alice A"_s);
    Reply r = get(u"user"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r[u"login"_s].toString(), u"alice"_s);
    QCOMPARE(r[u"name"_s].toString(), u"Alice A"_s);
    QVERIFY(r[u"id"_s].toInteger() > 0);
    QCOMPARE(r.header("x-oauth-scopes"), QByteArray("repo, project"));
    QCOMPARE(r.header("x-ratelimit-resource"), QByteArray("core"));
    QCOMPARE(r.header("x-ratelimit-limit"), QByteArray("5000"));
    QCOMPARE(r.header("x-ratelimit-remaining"), QByteArray("4999"));
    QCOMPARE(r.header("x-ratelimit-used"), QByteArray("1"));
    QVERIFY(r.header("x-ratelimit-reset").toLongLong() > QDateTime::currentSecsSinceEpoch());
    const FakeGitHub::Request logged = m_gh->requests().last();
    QCOMPARE(logged.verb, u"GET"_s);
    QCOMPARE(logged.path, u"/user"_s);
    QCOMPARE(logged.status, 200);
    QCOMPARE(logged.headers.value(u"accept"_s), u"application/vnd.github+json"_s);
    QCOMPARE(logged.headers.value(u"x-github-api-version"_s), u"2022-11-28"_s);
    QCOMPARE(logged.headers.value(u"user-agent"_s), u"ShiftdeskTest/1.0"_s);
    QVERIFY(!logged.headers.contains(u"authorization"_s)); // never logs tokens
    authScheme = "token";                                  // the older scheme works too
    QCOMPARE(get(u"user"_s).status, 200);
    QCOMPARE(m_gh->callCount(u"GET /user"_s), 2);
    QCOMPARE(m_gh->rateLimitRemaining(u"core"_s), 4998);
}

void TestFakeGitHub::authAndUserAgent()
{
    token = u"ghp_wrong"_s;
    Reply r = get(u"user"_s);
    QCOMPARE(r.status, 401);
    QCOMPARE(r[u"message"_s].toString(), u"Bad credentials"_s);
    QVERIFY(r[u"documentation_url"_s].toString().startsWith(u"https://docs.github.com"_s));
    token.clear();
    QCOMPARE(get(u"user"_s).status, 401);
    token = u"ghp_test"_s;
    m_gh->revokeToken();
    QCOMPARE(get(u"repos/acme/ops/issues"_s).status, 401);
    QCOMPARE(graphql(u"{ viewer { login } }"_s).status, 401);
    m_gh->setToken(u"ghp_new"_s, {u"repo"_s});
    QCOMPARE(get(u"user"_s).status, 401);
    token = u"ghp_new"_s;
    QCOMPARE(get(u"user"_s).header("x-oauth-scopes"), QByteArray("repo"));
    // §10: no User-Agent, 403 (Qt always sends one, so a raw socket asks).
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_gh->httpServer()->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /api/v3/user HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ghp_new\r\n"
                 "Connection: close\r\n\r\n");
    QByteArray in;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { in += socket.readAll(); });
    QTRY_VERIFY(socket.state() == QAbstractSocket::UnconnectedState);
    QVERIFY2(in.startsWith("HTTP/1.1 403"), in.constData());
    QVERIFY(in.contains("User-Agent"));
}

void TestFakeGitHub::paginationChain()
{
    for (int i = 1; i <= 7; ++i)
        m_gh->addIssue(kRepo, QJsonObject{{u"title"_s, u"Issue %1"_s.arg(i)}});
    const qint64 pr = m_gh->addPullRequest(kRepo, QJsonObject{{u"title"_s, u"A PR"_s}});
    Reply r = get(u"repos/acme/ops/issues"_s, "per_page=3&state=open");
    QCOMPARE(r.status, 200);
    QCOMPARE(numbers(array(r)), (QList<qint64>{8, 7, 6})); // newest first
    QVERIFY(array(r).at(0)[u"pull_request"_s].isObject()); // PRs are not filtered out
    QVERIFY(!array(r).at(1).toObject().contains(u"pull_request"_s));
    const QString base = m_gh->apiBaseUrl().toString() + u"repositories/1000/issues"_s;
    QCOMPARE(r.header("link"), (u"<%1?per_page=3&state=open&page=2>; rel=\"next\", "
                                "<%1?per_page=3&state=open&page=3>; rel=\"last\""_s.arg(base))
                                   .toLatin1());
    r = getUrl(QUrl(links(r).value(u"next"_s)));
    QCOMPARE(numbers(array(r)), (QList<qint64>{5, 4, 3}));
    QCOMPARE(links(r).keys(), (QStringList{u"first"_s, u"last"_s, u"next"_s, u"prev"_s}));
    QCOMPARE(r.header("link"), (u"<%1?per_page=3&state=open&page=1>; rel=\"prev\", "
                                "<%1?per_page=3&state=open&page=3>; rel=\"next\", "
                                "<%1?per_page=3&state=open&page=3>; rel=\"last\", "
                                "<%1?per_page=3&state=open&page=1>; rel=\"first\""_s.arg(base))
                                   .toLatin1());
    r = getUrl(QUrl(links(r).value(u"next"_s)));
    QCOMPARE(numbers(array(r)), (QList<qint64>{2, 1}));
    QCOMPARE(links(r).keys(), (QStringList{u"first"_s, u"prev"_s}));
    QCOMPARE(m_gh->requests().last().path, u"/repositories/1000/issues"_s);
    QCOMPARE(m_gh->callCount(u"GET /repos/acme/ops/issues"_s),
             3); // also the /repositories ones
    // Defaults, the cap, one page only: no link.
    m_gh->setPerPageDefault(5);
    QCOMPARE(array(get(u"repos/acme/ops/issues"_s)).size(), 5);
    r = get(u"repos/acme/ops/issues"_s, "per_page=500");
    QCOMPARE(array(r).size(), 8);
    QVERIFY(!r.hasHeader("link"));
    QCOMPARE(m_gh->issue(kRepo, pr)[u"pull_request"_s][u"url"_s].toString(),
             m_gh->apiBaseUrl().toString() + u"repos/acme/ops/pulls/8"_s);
    QCOMPARE(r.header("x-accepted-oauth-scopes"), QByteArray("repo"));
    QCOMPARE(get(u"repos/acme/nope/issues"_s).status, 404);
}

void TestFakeGitHub::etagAnd304()
{
    const qint64 n = m_gh->addIssue(kRepo, QJsonObject{{u"title"_s, u"One"_s}});
    Reply first = get(u"repos/acme/ops/issues"_s);
    const QByteArray etag = first.header("etag");
    QVERIFY(etag.startsWith('"') && etag.endsWith('"') && etag.size() > 10);
    QCOMPARE(first.header("x-ratelimit-remaining"), QByteArray("4999"));
    Reply again = get(u"repos/acme/ops/issues"_s, {}, etag);
    QCOMPARE(again.status, 304);
    QVERIFY(again.body.isEmpty());
    QCOMPARE(again.header("etag"), etag);
    QCOMPARE(again.header("x-ratelimit-remaining"), QByteArray("4999")); // not counted
    QCOMPARE(get(u"repos/acme/ops/issues"_s, {}, "W/" + etag).status, 304);
    QCOMPARE(m_gh->rateLimitRemaining(u"core"_s), 4999);
    QVERIFY(m_gh->requests().last().conditional);
    QCOMPARE(m_gh->requests().last().status, 304);
    // A change gives a new body and ETag; the old one no longer matches.
    m_gh->setIssueFields(kRepo, n, QJsonObject{{u"labels"_s, QJsonArray{u"bug"_s}}});
    Reply changed = get(u"repos/acme/ops/issues"_s, {}, etag);
    QCOMPARE(changed.status, 200);
    QVERIFY(changed.header("etag") != etag);
    QCOMPARE(changed.header("x-ratelimit-remaining"), QByteArray("4998"));
    QCOMPARE(array(changed).at(0)[u"labels"_s][0][u"name"_s].toString(), u"bug"_s);
    QCOMPARE(get(u"repos/acme/ops/issues/1"_s, {}, first.header("etag")).status, 200);
}

void TestFakeGitHub::listFilters()
{
    const QJsonObject bugUi{{u"title"_s, u"a"_s}, {u"labels"_s, QJsonArray{u"bug"_s, u"UI"_s}}};
    m_gh->addIssue(kRepo, bugUi);                                                       // 1
    m_gh->addIssue(kRepo, {{u"title"_s, u"b"_s}, {u"labels"_s, QJsonArray{u"bug"_s}}}); // 2
    m_gh->addIssue(kRepo, {{u"title"_s, u"c"_s},
                           {u"state"_s, u"closed"_s},
                           {u"assignees"_s, QJsonArray{u"bob"_s}}}); // 3
    m_gh->addIssue(kRepo, {{u"title"_s, u"d"_s}, {u"assignees"_s, QJsonArray{u"Alice"_s}}});
    auto list = [&](const QByteArray& q) {
        return numbers(array(get(u"repos/acme/ops/issues"_s, q)));
    };
    QCOMPARE(list({}), (QList<qint64>{4, 2, 1}));
    QCOMPARE(list("state=closed"), QList<qint64>{3});
    QCOMPARE(list("state=all"), (QList<qint64>{4, 3, 2, 1}));
    QCOMPARE(list("labels=bug,ui"), QList<qint64>{1}); // all of them, any case
    QCOMPARE(list("labels=bug"), (QList<qint64>{2, 1}));
    QCOMPARE(list("assignee=alice"), QList<qint64>{4});
    QCOMPARE(list("assignee=none&state=all"), (QList<qint64>{2, 1}));
    QCOMPARE(list("assignee=*&state=all"), (QList<qint64>{4, 3}));
    QCOMPARE(list("direction=asc"), (QList<qint64>{1, 2, 4}));
}

void TestFakeGitHub::createAndPatch()
{
    Reply r = send("POST", u"repos/acme/ops/issues"_s,
                   QJsonObject{{u"title"_s, u"Disk full"_s},
                               {u"body"_s, u"on db1"_s},
                               {u"labels"_s, QJsonArray{u"ops"_s}},
                               {u"assignees"_s, QJsonArray{u"bob"_s}}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r[u"number"_s].toInt(), 1);
    QCOMPARE(r[u"state"_s].toString(), u"open"_s);
    QCOMPARE(r[u"user"_s][u"login"_s].toString(), u"octocat"_s);
    QCOMPARE(r[u"labels"_s][0][u"name"_s].toString(), u"ops"_s);
    QCOMPARE(r[u"assignees"_s][0][u"login"_s].toString(), u"bob"_s);
    QVERIFY(r[u"node_id"_s].toString().startsWith(u"I_"_s));
    QCOMPARE(r.header("Location"), r[u"url"_s].toString().toLatin1());
    QCOMPARE(m_gh->requests().last().body[u"title"_s].toString(), u"Disk full"_s);
    r = send("POST", u"repos/acme/ops/issues"_s, QJsonObject{{u"body"_s, u"no title"_s}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r[u"message"_s].toString(), u"Validation Failed"_s);
    QCOMPARE(r[u"errors"_s][0].toObject(), (QJsonObject{{u"resource"_s, u"Issue"_s},
                                                        {u"field"_s, u"title"_s},
                                                        {u"code"_s, u"missing_field"_s}}));
    QCOMPARE(m_gh->issues(kRepo).size(), 1);
    r = send("PATCH", u"repos/acme/ops/issues/1"_s,
             QJsonObject{{u"state"_s, u"closed"_s},
                         {u"labels"_s, QJsonArray{u"done"_s}},
                         {u"assignees"_s, QJsonArray()}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r[u"state"_s].toString(), u"closed"_s);
    QCOMPARE(r[u"state_reason"_s].toString(), u"completed"_s);
    QVERIFY(r[u"closed_at"_s].isString());
    QCOMPARE(r[u"labels"_s].toArray().size(), 1); // replaced
    QCOMPARE(r[u"assignees"_s].toArray().size(), 0);
    QCOMPARE(
        send("PATCH", u"repos/acme/ops/issues/1"_s, QJsonObject{{u"state"_s, u"gone"_s}}).status,
        422);
    r = send("POST", u"repos/acme/ops/issues/1/labels"_s,
             QJsonObject{{u"labels"_s, QJsonArray{u"Foo"_s, u"bAr"_s}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(valuesOf(array(r), u"name"_s), (QStringList{u"done"_s, u"Foo"_s, u"bAr"_s}));
    QCOMPARE(array(r).at(1)[u"color"_s].toString(), u"ededed"_s);
    r = send("POST", u"repos/acme/ops/issues/1/assignees"_s,
             QJsonObject{{u"assignees"_s, QJsonArray{u"carol"_s, u"dan"_s}}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r[u"assignees"_s].toArray().size(), 2);
    r = get(u"repos/acme/ops/issues/1"_s);
    QCOMPARE(r[u"title"_s].toString(), u"Disk full"_s);
    QCOMPARE(r[u"assignee"_s][u"login"_s].toString(), u"carol"_s);
    QCOMPARE(get(u"repos/acme/ops/issues/99"_s).status, 404);
    QNetworkRequest bad = request(api(u"repos/acme/ops/issues"_s));
    bad.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QCOMPARE(wait(network()->post(bad, "{not json")).status, 400);
}

void TestFakeGitHub::contents()
{
    const QByteArray text =
        QByteArray("---\nname: Incident\nlabels: ops, p1\n---\n") + QByteArray(100, 'x') + "\n";
    m_gh->addFile(kRepo, u".github/ISSUE_TEMPLATE/incident.md"_s, text);
    m_gh->addFile(kRepo, u".github/ISSUE_TEMPLATE/config.yml"_s, "blank_issues_enabled: false\n");
    m_gh->addFile(kRepo, u".github/ISSUE_TEMPLATE/forms/x.yml"_s, "a: b\n");
    Reply r = get(u"repos/acme/ops/contents/.github/ISSUE_TEMPLATE"_s);
    QCOMPARE(r.status, 200);
    const QJsonArray entries = array(r);
    QCOMPARE(valuesOf(entries, u"name"_s),
             (QStringList{u"config.yml"_s, u"forms"_s, u"incident.md"_s}));
    QCOMPARE(valuesOf(entries, u"type"_s), (QStringList{u"file"_s, u"dir"_s, u"file"_s}));
    const QJsonObject md = entries.at(2).toObject();
    QCOMPARE(md[u"path"_s].toString(), u".github/ISSUE_TEMPLATE/incident.md"_s);
    QCOMPARE(md[u"size"_s].toInt(), text.size());
    QCOMPARE(md[u"sha"_s].toString().size(), 40);
    for (const char* key : {"url", "html_url", "download_url"})
        QVERIFY(md[QLatin1String(key)].toString().startsWith(u"http://127.0.0.1:"_s));
    QVERIFY(entries.at(1)[u"download_url"_s].isNull());
    r = getUrl(QUrl(md[u"url"_s].toString()));
    QCOMPARE(r[u"type"_s].toString(), u"file"_s);
    QCOMPARE(r[u"encoding"_s].toString(), u"base64"_s);
    QCOMPARE(r[u"sha"_s].toString(), md[u"sha"_s].toString());
    const QString content = r[u"content"_s].toString();
    const QStringList lines = content.split(u'\n');
    QVERIFY(content.endsWith(u'\n'));
    QCOMPARE(lines.first().size(), 60);
    QCOMPARE(QByteArray::fromBase64(content.toLatin1()), text);
    QCOMPARE(get(u"repos/acme/ops/contents/.github/nothing.md"_s).status, 404);
    QCOMPARE(array(get(u"repos/acme/ops/contents"_s)).size(), 1); // the root: .github
}

void TestFakeGitHub::deviceFlow()
{
    m_gh->setDeviceFlow(u"Iv1.client"_s, u"ABCD-1234"_s, 1, 900);
    Reply r = webPost(u"login/device/code"_s, "client_id=Iv1.client&scope=repo%20project");
    QCOMPARE(r.status, 200);
    QCOMPARE(r[u"user_code"_s].toString(), u"ABCD-1234"_s);
    QCOMPARE(r[u"interval"_s].toInt(), 1);
    QCOMPARE(r[u"expires_in"_s].toInt(), 900);
    QCOMPARE(r[u"verification_uri"_s].toString(), web(u"login/device"_s).toString());
    const QString code = r[u"device_code"_s].toString();
    const QByteArray poll =
        formEncode({{u"client_id"_s, u"Iv1.client"_s},
                    {u"device_code"_s, code},
                    {u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s}});
    auto error = [&](const QByteArray& form) {
        const Reply p = webPost(u"login/oauth/access_token"_s, form);
        return p.status == 200 ? p.err() : u"HTTP %1"_s.arg(p.status);
    };
    QCOMPARE(error(poll), u"authorization_pending"_s);
    m_gh->slowDownNextPolls(1, 6);
    r = webPost(u"login/oauth/access_token"_s, poll);
    QCOMPARE(r.err(), u"slow_down"_s);
    QCOMPARE(r[u"interval"_s].toInt(), 6);
    QCOMPARE(error(poll), u"authorization_pending"_s);
    QCOMPARE(error("grant_type=password&client_id=Iv1.client"), u"unsupported_grant_type"_s);
    QCOMPARE(error(QByteArray(poll).replace("Iv1.client", "other")),
             u"incorrect_client_credentials"_s);
    QCOMPARE(error(QByteArray(poll).replace(code.toLatin1(), "bad")), u"incorrect_device_code"_s);
    m_gh->approveDevice();
    r = webPost(u"login/oauth/access_token"_s, poll);
    QCOMPARE(r[u"token_type"_s].toString(), u"bearer"_s);
    QCOMPARE(r[u"scope"_s].toString(), u"repo,project"_s);
    token = r[u"access_token"_s].toString();
    QVERIFY(token.startsWith(u"gho_"_s));
    QCOMPARE(get(u"user"_s).header("x-oauth-scopes"), QByteArray("repo, project"));
    QCOMPARE(error(poll), u"incorrect_device_code"_s); // used up
    QCOMPARE(m_gh->devicePolls(), 8);
    for (const auto& entry : m_gh->requests()) // the token is never logged
        QVERIFY(!QJsonDocument(entry.body).toJson().contains(token.toLatin1()));
    // Form-encoded without Accept: application/json; denial; expiry.
    r = webPost(u"login/device/code"_s, "client_id=Iv1.client&scope=repo", false);
    QCOMPARE(r.header("Content-Type"),
             QByteArray("application/x-www-form-urlencoded; charset=utf-8"));
    QVERIFY(r.body.contains("user_code=ABCD-1234"));
    QVERIFY(r.body.contains("verification_uri=http%3A%2F%2F127.0.0.1"));
    const QString code2 = QUrlQuery(QString::fromLatin1(r.body)).queryItemValue(u"device_code"_s);
    const QByteArray poll2 = QByteArray(poll).replace(code.toLatin1(), code2.toLatin1());
    m_gh->denyDevice();
    QCOMPARE(error(poll2), u"access_denied"_s);
    m_gh->setDeviceFlow(u"Iv1.client"_s, u"ABCD-1234"_s, 1, 1);
    const QString code3 =
        webPost(u"login/device/code"_s, "client_id=Iv1.client")[u"device_code"_s].toString();
    QTest::qWait(1100); // expires_in is measured in real time
    QCOMPARE(error(QByteArray(poll).replace(code.toLatin1(), code3.toLatin1())),
             u"expired_token"_s);
    // A JSON request body works as well as a form.
    QNetworkRequest jsonRequest(web(u"login/device/code"_s));
    jsonRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    jsonRequest.setRawHeader("Accept", "application/json");
    r = wait(network()->post(jsonRequest, R"({"client_id":"Iv1.client","scope":"repo"})"));
    QCOMPARE(r[u"user_code"_s].toString(), u"ABCD-1234"_s);
    // Unknown client, disabled flow: 400 at the code request.
    r = webPost(u"login/device/code"_s, "client_id=unknown");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.err(), u"unauthorized_client"_s);
    m_gh->disableDeviceFlow();
    r = webPost(u"login/device/code"_s, "client_id=Iv1.client");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.err(), u"device_flow_disabled"_s);
    QCOMPARE(m_gh->callCount(u"POST /login/device/code"_s), 6);
}

void TestFakeGitHub::faultsRest()
{
    m_gh->addIssue(kRepo, {{u"title"_s, u"x"_s}});
    const QString route = u"GET /repos/acme/ops/issues"_s;
    auto fault = [&](K kind) {
        FakeGitHubFault f;
        f.kind = kind;
        return f;
    };
    m_gh->injectFault(route, fault(K::Unauthorized));
    QCOMPARE(get(u"repos/acme/ops/issues"_s).status, 401);
    QCOMPARE(get(u"repos/acme/ops/issues"_s).status, 200); // used up
    FakeGitHubFault secondary = fault(K::SecondaryLimit);
    secondary.retryAfterSeconds = 42;
    m_gh->injectFault(route, secondary);
    Reply r = get(u"repos/acme/ops/issues"_s);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.header("retry-after"), QByteArray("42"));
    QVERIFY(r[u"message"_s].toString().startsWith(u"You have exceeded a secondary rate limit"_s));
    QVERIFY(r.header("x-ratelimit-remaining").toInt() > 0);
    m_gh->injectFault(route, fault(K::SecondaryLimit429));
    r = get(u"repos/acme/ops/issues"_s);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.header("retry-after"), QByteArray("1"));
    FakeGitHubFault primary = fault(K::PrimaryExhausted);
    primary.resetInSeconds = 120;
    m_gh->injectFault(u"*"_s, primary);
    r = get(u"user"_s);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.header("x-ratelimit-remaining"), QByteArray("0"));
    QVERIFY(qAbs(r.header("x-ratelimit-reset").toLongLong() -
                 (QDateTime::currentSecsSinceEpoch() + 120)) <= 2);
    QVERIFY(r[u"message"_s].toString().startsWith(u"API rate limit exceeded"_s));
    m_gh->injectFault(u"GET /repos/acme/ops/issues/*"_s, fault(K::NotFound), 2);
    QCOMPARE(get(u"repos/acme/ops/issues/1"_s).status, 404);
    QCOMPARE(get(u"repos/acme/ops/issues"_s).status, 200); // the wildcard needs a sub-path
    QCOMPARE(get(u"repos/acme/ops/issues/1"_s).status, 404);
    FakeGitHubFault validation = fault(K::Validation);
    validation.field = u"labels"_s;
    validation.code = u"invalid"_s;
    m_gh->injectFault(u"POST /repos/acme/ops/issues"_s, validation);
    r = send("POST", u"repos/acme/ops/issues"_s, QJsonObject{{u"title"_s, u"t"_s}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r[u"errors"_s][0][u"field"_s].toString(), u"labels"_s);
    QCOMPARE(r[u"errors"_s][0][u"code"_s].toString(), u"invalid"_s);
    QCOMPARE(m_gh->issues(kRepo).size(), 1); // not applied
    FakeGitHubFault server = fault(K::ServerError);
    m_gh->injectFault(route, server);
    server.httpStatus = 502;
    m_gh->injectFault(route, server);
    QCOMPARE(get(u"repos/acme/ops/issues"_s).status, 500);
    QCOMPARE(get(u"repos/acme/ops/issues"_s).status, 502);
    // The /repositories/ID form of a `link` URL matches the /repos/o/r route.
    m_gh->injectFault(route, fault(K::NotFound));
    QCOMPARE(getUrl(QUrl(m_gh->apiBaseUrl().toString() + u"repositories/1000/issues"_s)).status,
             404);
    FakeGitHubFault slow = fault(K::Slow);
    slow.delayMs = 300;
    m_gh->injectFault(route, slow);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(get(u"repos/acme/ops/issues"_s).status, 200);
    QVERIFY(timer.elapsed() >= 280);
    QCOMPARE(m_gh->requests().last().status, 200);
}

void TestFakeGitHub::primaryLimitCounts()
{
    m_gh->setRateLimit(u"core"_s, 3);
    Reply r = get(u"user"_s);
    const QByteArray etag = r.header("etag");
    QCOMPARE(get(u"user"_s).header("x-ratelimit-remaining"), QByteArray("1"));
    QCOMPARE(get(u"user"_s, {}, etag).status, 304); // free
    QCOMPARE(get(u"user"_s).header("x-ratelimit-remaining"), QByteArray("0"));
    r = get(u"user"_s);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.header("x-ratelimit-remaining"), QByteArray("0"));
    QCOMPARE(r.header("x-ratelimit-used"), QByteArray("3"));
    QCOMPARE(m_gh->rateLimitRemaining(u"core"_s), 0);
    // GraphQL has its own bucket.
    QCOMPARE(graphql(u"{ viewer { login } }"_s).status, 200);
    QCOMPARE(m_gh->rateLimitRemaining(u"graphql"_s), 4999);
    m_gh->clearRequests();
    QCOMPARE(m_gh->requests().size(), 0);
    QCOMPARE(m_gh->callCount(u"*"_s), 0);
}

QTEST_GUILESS_MAIN(TestFakeGitHub)
