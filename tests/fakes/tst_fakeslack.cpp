// Proves each documented behaviour and fault of the fake Slack with a plain
// QNetworkAccessManager and QWebSocket (the contract: shared/reference/slack-github-api.md).
#include "FakeHttpServer.h"
#include "FakeSlack.h"
#include "FakeSlackTestClient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace shiftdesk::fake;
using namespace Qt::Literals::StringLiterals;
using Auth = FakeSlackTestClient::Auth;
using Reply = TestReply;

static QStringList ids(const QJsonArray& items, const QString& key = u"id"_s)
{
    return valuesOf(items, key);
}

// The test is its own bare client (FakeSlackTestClient: get, postForm, postJson, ...).
class TestFakeSlack : public QObject, private FakeSlackTestClient
{
    Q_OBJECT

    std::unique_ptr<FakeSlack> m_slack;

    QString post(const QString& channel, const QString& text, const QString& ts = {})
    {
        QJsonObject m{{u"user"_s, u"U0ALICE"_s}, {u"text"_s, text}};
        if (!ts.isEmpty())
            m.insert(u"ts"_s, ts);
        return m_slack->postMessage(channel, m);
    }

private Q_SLOTS:
    void init()
    {
        m_slack = std::make_unique<FakeSlack>();
        QVERIFY(m_slack->start());
        setServer(*m_slack);
        resetNetwork();
        m_slack->addChannel(u"C0ALARMS"_s, u"alarms"_s);
        m_slack->addChannel(u"C0SUPPORT"_s, u"support"_s, false, false);
        m_slack->addChannel(u"G0SECRET"_s, u"secret"_s, true, true);
        m_slack->addChannel(u"G0HIDDEN"_s, u"hidden"_s, true, false);
        m_slack->addChannel(u"C0OLD"_s, u"old"_s, false, true, true);
        m_slack->addUser(QJsonObject{{u"id"_s, u"U0ALICE"_s}, {u"name"_s, u"alice"_s}});
    }
    void cleanup() { m_slack.reset(); }

    void tokensAndEnvelope()
    {
        Reply r = get(u"auth.test"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(r.ok());
        QCOMPARE(r[u"user_id"_s].toString(), u"U0FAKEBOT01"_s);
        QCOMPARE(r[u"bot_id"_s].toString(), u"B0FAKEBOT01"_s);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        QVERIFY(r.header("x-oauth-scopes").contains("chat:write"));
        QCOMPARE(
            get(u"conversations.history"_s, "channel=C0ALARMS").header("x-accepted-oauth-scopes"),
            QByteArray("channels:history,groups:history,im:history,mpim:history"));
        // §1: the token as a form or query parameter works too; the log never holds it.
        QVERIFY(postForm(u"auth.test"_s, "token=xoxb-test-token", Auth::None).ok());
        QVERIFY(get(u"auth.test"_s, "token=xoxb-test-token", Auth::None).ok());
        const FakeSlack::Request last = m_slack->requests().last();
        QCOMPARE(last.verb, u"GET"_s);
        QVERIFY(!last.bearer);
        QVERIFY(!last.params.contains(u"token"_s));
        QVERIFY(m_slack->requests().first().bearer);
        // §4 errors come as HTTP 200.
        r = get(u"auth.test"_s, {}, Auth::None);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.err(), u"not_authed"_s);
        QCOMPARE(get(u"auth.test"_s, {}, Auth::Wrong).err(), u"invalid_auth"_s);
        QCOMPARE(get(u"auth.test"_s, {}, Auth::App).err(), u"not_allowed_token_type"_s);
        // §1: JSON needs the header; a token inside the JSON body is not enough.
        r = postJson(u"auth.test"_s, QJsonObject{{u"token"_s, u"xoxb-test-token"_s}}, Auth::None);
        QCOMPARE(r.err(), u"not_authed"_s);
        r = get(u"no.such.method"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.err(), u"unknown_method"_s);
        QCOMPARE(m_slack->callCount(u"auth.test"_s), 7);
    }

    void jsonOnlyWhereDocumented()
    {
        // users.info is not a JSON method (§1): its JSON arguments are not read.
        Reply r = postJson(u"users.info"_s, QJsonObject{{u"user"_s, u"U0ALICE"_s}});
        QCOMPARE(r.err(), u"user_not_found"_s);
        QCOMPARE(m_slack->requests().last().params.value(u"user"_s).toString(), u"U0ALICE"_s);
        QVERIFY(get(u"users.info"_s, "user=U0ALICE").ok());
        r = postJson(u"chat.postMessage"_s,
                     QJsonObject{{u"channel"_s, u"C0ALARMS"_s}, {u"text"_s, u"hi"_s}});
        QVERIFY(r.ok());
        QVERIFY(!r.json.contains(u"warning"_s));
        r = postJson(u"chat.postMessage"_s,
                     QJsonObject{{u"channel"_s, u"C0ALARMS"_s}, {u"text"_s, u"hi"_s}}, Auth::Bot,
                     "application/json");
        QCOMPARE(r[u"warning"_s].toString(), u"missing_charset"_s);
        QCOMPARE(postJson(u"auth.test"_s, {}, Auth::Bot, "text/csv").err(), u"invalid_post_type"_s);
    }

    void formPlusIsASpace()
    {
        // §14: a literal '+' in a form body is a space; only %2B is a plus.
        Reply r = postForm(u"chat.postMessage"_s, "channel=C0ALARMS&text=C++%20rocks");
        QCOMPARE(r[u"message"_s][u"text"_s].toString(), u"C   rocks"_s);
        r = postForm(u"chat.postMessage"_s,
                     formEncode({{u"channel"_s, u"C0ALARMS"_s}, {u"text"_s, u"C++ & <b>"_s}}));
        QCOMPARE(r[u"message"_s][u"text"_s].toString(), u"C++ & <b>"_s);
        QCOMPARE(m_slack->requests().last().contentType, u"application/x-www-form-urlencoded"_s);
    }

    void conversationsList()
    {
        Reply r = get(u"conversations.list"_s);
        QCOMPARE(ids(r[u"channels"_s].toArray()),
                 QStringList({u"C0ALARMS"_s, u"C0SUPPORT"_s, u"C0OLD"_s}));
        // Private channels only where the bot is a member (§2); exclude_archived.
        r = get(u"conversations.list"_s,
                "types=public_channel,private_channel&exclude_archived=true");
        QCOMPARE(ids(r[u"channels"_s].toArray()),
                 QStringList({u"C0ALARMS"_s, u"C0SUPPORT"_s, u"G0SECRET"_s}));
        const QJsonObject first = r[u"channels"_s].toArray().first().toObject();
        QCOMPARE(first.value(u"name"_s).toString(), u"alarms"_s);
        QVERIFY(first.value(u"is_member"_s).toBool());
        QCOMPARE(r[u"response_metadata"_s][u"next_cursor"_s], QJsonValue(u""_s));
        // §3: follow next_cursor; the cap makes pages shorter than limit.
        m_slack->setPageSizeCap(2);
        QStringList all;
        QString cursor;
        int pages = 0;
        do {
            QByteArray q = "types=public_channel,private_channel&limit=200";
            if (!cursor.isEmpty())
                q += "&cursor=" + QUrl::toPercentEncoding(cursor);
            r = get(u"conversations.list"_s, q);
            QVERIFY(r.ok());
            QVERIFY(r[u"channels"_s].toArray().size() <= 2);
            all += ids(r[u"channels"_s].toArray());
            cursor = r.nextCursor();
        } while (!cursor.isEmpty() && ++pages < 10);
        QCOMPARE(all, QStringList({u"C0ALARMS"_s, u"C0SUPPORT"_s, u"G0SECRET"_s, u"C0OLD"_s}));
        QCOMPARE(get(u"conversations.list"_s, "cursor=bogus").err(), u"invalid_cursor"_s);
        QCOMPARE(get(u"conversations.list"_s, "types=rooms").err(), u"invalid_types"_s);
        QCOMPARE(get(u"conversations.list"_s, "limit=1000").err(), u"invalid_limit"_s);
        m_slack->setScopes({u"channels:read"_s});
        r = get(u"conversations.list"_s, "types=private_channel");
        QCOMPARE(r.err(), u"missing_scope"_s);
        QCOMPARE(r[u"needed"_s].toString(), u"groups:read"_s);
        QCOMPARE(r[u"provided"_s].toString(), u"channels:read"_s);
    }

    void history()
    {
        for (int i = 1; i <= 5; ++i)
            post(u"C0ALARMS"_s, u"m%1"_s.arg(i), u"1700000000.00000%1"_s.arg(i));
        const QString reply = m_slack->postReply(u"C0ALARMS"_s, u"1700000000.000002"_s,
                                                 QJsonObject{{u"text"_s, u"in thread"_s}});
        const QString broadcast = m_slack->postReply(
            u"C0ALARMS"_s, u"1700000000.000002"_s,
            QJsonObject{{u"text"_s, u"also here"_s}, {u"subtype"_s, u"thread_broadcast"_s}});
        Reply r = get(u"conversations.history"_s, "channel=C0ALARMS");
        // §3 newest first; §9 replies only as thread broadcasts.
        QCOMPARE(ids(r[u"messages"_s].toArray(), u"text"_s),
                 QStringList({u"also here"_s, u"m5"_s, u"m4"_s, u"m3"_s, u"m2"_s, u"m1"_s}));
        QVERIFY(!r[u"has_more"_s].toBool());
        QCOMPARE(m_slack->messages(u"C0ALARMS"_s).size(), 7);
        QVERIFY(!reply.isEmpty() && broadcast > reply);
        // Exclusive bounds unless inclusive (§3); latest is echoed (§2).
        r = get(u"conversations.history"_s,
                "channel=C0ALARMS&oldest=1700000000.000001&latest=1700000000.000004");
        QCOMPARE(ids(r[u"messages"_s].toArray(), u"ts"_s),
                 QStringList({u"1700000000.000003"_s, u"1700000000.000002"_s}));
        QCOMPARE(r[u"latest"_s].toString(), u"1700000000.000004"_s);
        r = get(
            u"conversations.history"_s,
            "channel=C0ALARMS&oldest=1700000000.000001&latest=1700000000.000004&inclusive=true");
        QCOMPARE(r[u"messages"_s].toArray().size(), 4);
        // Pages: has_more + an opaque cursor, "" at the end.
        QStringList texts;
        QString cursor;
        do {
            QByteArray q = "channel=C0ALARMS&limit=2&latest=1700000000.000005&inclusive=1";
            if (!cursor.isEmpty())
                q += "&cursor=" + QUrl::toPercentEncoding(cursor);
            r = get(u"conversations.history"_s, q);
            texts += ids(r[u"messages"_s].toArray(), u"text"_s);
            cursor = r.nextCursor();
            QCOMPARE(r[u"has_more"_s].toBool(), !cursor.isEmpty());
        } while (!cursor.isEmpty() && texts.size() < 20);
        QCOMPARE(texts, QStringList({u"m5"_s, u"m4"_s, u"m3"_s, u"m2"_s, u"m1"_s}));
        QCOMPARE(get(u"conversations.history"_s, "channel=C0SUPPORT").err(), u"not_in_channel"_s);
        QCOMPARE(get(u"conversations.history"_s, "channel=G0HIDDEN").err(), u"channel_not_found"_s);
        QCOMPARE(get(u"conversations.history"_s, "channel=C0NOPE").err(), u"channel_not_found"_s);
        QVERIFY(get(u"conversations.history"_s, "channel=G0SECRET").ok());
        QCOMPARE(get(u"conversations.history"_s, "channel=C0ALARMS&cursor=x").err(),
                 u"invalid_cursor"_s);
    }

    void replies()
    {
        const QString parent = post(u"C0ALARMS"_s, u"parent"_s);
        QStringList replyTs;
        for (int i = 1; i <= 3; ++i)
            replyTs << m_slack->postReply(
                u"C0ALARMS"_s, parent,
                QJsonObject{{u"user"_s, u"U0BOB"_s}, {u"text"_s, u"r%1"_s.arg(i)}});
        // Any message of the thread names it (§2); parent first, then the replies.
        Reply r =
            get(u"conversations.replies"_s, "channel=C0ALARMS&ts=" + replyTs.at(1).toLatin1());
        const QJsonArray messages = r[u"messages"_s].toArray();
        QCOMPARE(ids(messages, u"text"_s), QStringList({u"parent"_s, u"r1"_s, u"r2"_s, u"r3"_s}));
        const QJsonObject p = messages.first().toObject();
        QCOMPARE(p.value(u"thread_ts"_s).toString(), parent);
        QCOMPARE(p.value(u"reply_count"_s).toInt(), 3);
        QCOMPARE(p.value(u"latest_reply"_s).toString(), replyTs.last());
        QCOMPARE(p.value(u"reply_users"_s).toArray(), QJsonArray({u"U0BOB"_s}));
        const QJsonObject child = messages.at(1).toObject();
        QCOMPARE(child.value(u"thread_ts"_s).toString(), parent);
        QCOMPARE(child.value(u"parent_user_id"_s).toString(), u"U0ALICE"_s);
        // Pages of replies each start with the parent.
        r = get(u"conversations.replies"_s, "channel=C0ALARMS&limit=2&ts=" + parent.toLatin1());
        QCOMPARE(ids(r[u"messages"_s].toArray(), u"text"_s), QStringList({u"parent"_s, u"r1"_s}));
        QVERIFY(r[u"has_more"_s].toBool());
        const QString cursor = r.nextCursor();
        r = get(u"conversations.replies"_s, "channel=C0ALARMS&limit=2&ts=" + parent.toLatin1() +
                                                "&cursor=" + QUrl::toPercentEncoding(cursor));
        QCOMPARE(ids(r[u"messages"_s].toArray(), u"text"_s), QStringList({u"parent"_s, u"r2"_s}));
        QCOMPARE(get(u"conversations.replies"_s, "channel=C0ALARMS&ts=1.000001").err(),
                 u"thread_not_found"_s);
    }

    void usersAndReactions()
    {
        Reply r = get(u"users.info"_s, "user=U0ALICE");
        QCOMPARE(r[u"user"_s][u"name"_s].toString(), u"alice"_s);
        QVERIFY(get(u"users.info"_s, "user=U0FAKEBOT01")[u"user"_s][u"is_bot"_s].toBool());
        QCOMPARE(get(u"users.info"_s, "user=U0NOBODY").err(), u"user_not_found"_s);
        QCOMPARE(ids(get(u"users.list"_s)[u"members"_s].toArray()),
                 QStringList({u"U0ALICE"_s, u"U0FAKEBOT01"_s}));

        const QString ts = post(u"C0ALARMS"_s, u"firing"_s);
        auto react = [&](const QString& method, const QString& name, const QString& at) {
            return postForm(method, formEncode({{u"channel"_s, u"C0ALARMS"_s},
                                                {u"name"_s, name},
                                                {u"timestamp"_s, at}}));
        };
        QVERIFY(react(u"reactions.add"_s, u"eyes"_s, ts).ok());
        QCOMPARE(react(u"reactions.add"_s, u"eyes"_s, ts).err(), u"already_reacted"_s);
        const QJsonValue reactions = m_slack->messages(u"C0ALARMS"_s).first()[u"reactions"_s];
        QCOMPARE(reactions[0][u"count"_s].toInt(), 1);
        QVERIFY(react(u"reactions.remove"_s, u"eyes"_s, ts).ok());
        QCOMPARE(react(u"reactions.remove"_s, u"eyes"_s, ts).err(), u"no_reaction"_s);
        QCOMPARE(react(u"reactions.add"_s, u":eyes:"_s, ts).err(), u"invalid_name"_s);
        QCOMPARE(react(u"reactions.add"_s, u"eyes"_s, u"1.000001"_s).err(), u"message_not_found"_s);
        m_slack->setScopes({u"chat:write"_s});
        r = get(u"users.info"_s, "user=U0ALICE");
        QCOMPARE(r.err(), u"missing_scope"_s);
        QCOMPARE(r[u"needed"_s].toString(), u"users:read"_s);
        QCOMPARE(r[u"provided"_s].toString(), u"chat:write"_s);
    }

    void postMessageAndPermalink()
    {
        const QJsonArray attachments{
            QJsonObject{{u"color"_s, u"#FF0000"_s}, {u"title"_s, u"Alert"_s}}};
        Reply r = postForm(u"chat.postMessage"_s,
                           formEncode({{u"channel"_s, u"#alarms"_s},
                                       {u"attachments"_s,
                                        QString::fromUtf8(QJsonDocument(attachments).toJson())}}));
        QVERIFY(r.ok());
        QCOMPARE(r[u"channel"_s].toString(), u"C0ALARMS"_s);
        const QJsonObject m = r[u"message"_s].toObject();
        QCOMPARE(m.value(u"ts"_s), r[u"ts"_s]);
        QCOMPARE(m.value(u"subtype"_s).toString(), u"bot_message"_s);
        QCOMPARE(m.value(u"bot_id"_s).toString(), u"B0FAKEBOT01"_s);
        const QJsonObject a = m.value(u"attachments"_s).toArray().first().toObject();
        QCOMPARE(a.value(u"color"_s).toString(), u"FF0000"_s); // §9
        QCOMPARE(a.value(u"id"_s).toInt(), 1);
        QCOMPARE(m_slack->messages(u"C0ALARMS"_s).first().toObject(), m);
        const QString parent = r[u"ts"_s].toString();

        r = postJson(u"chat.postMessage"_s, QJsonObject{{u"channel"_s, u"alarms"_s},
                                                        {u"text"_s, u"ack"_s},
                                                        {u"thread_ts"_s, parent},
                                                        {u"reply_broadcast"_s, true}});
        QCOMPARE(r[u"message"_s][u"subtype"_s].toString(), u"thread_broadcast"_s);
        const QString replyTs = r[u"ts"_s].toString();
        QCOMPARE(
            get(u"conversations.history"_s, "channel=C0ALARMS")[u"messages"_s].toArray().size(), 2);
        auto postTo = [&](const QString& channel, const QString& text = u"x"_s) {
            return postJson(u"chat.postMessage"_s,
                            QJsonObject{{u"channel"_s, channel}, {u"text"_s, text}});
        };
        QCOMPARE(postTo(u"C0ALARMS"_s, {}).err(), u"no_text"_s);
        QCOMPARE(postTo(u"C0SUPPORT"_s).err(), u"not_in_channel"_s);
        QCOMPARE(postTo(u"C0OLD"_s).err(), u"is_archived"_s);
        QCOMPARE(postTo(u"hidden"_s).err(), u"channel_not_found"_s);
        m_slack->setScopes(m_slack->scopes() << u"chat:write.public"_s);
        QVERIFY(postTo(u"C0SUPPORT"_s).ok());

        // §2 permalinks, with thread_ts and cid for a reply.
        QString digits = parent;
        digits.remove(u'.');
        r = get(u"chat.getPermalink"_s, "channel=C0ALARMS&message_ts=" + parent.toLatin1());
        QCOMPARE(r[u"permalink"_s].toString(),
                 u"https://fake-team.slack.com/archives/C0ALARMS/p"_s + digits);
        r = get(u"chat.getPermalink"_s, "channel=C0ALARMS&message_ts=" + replyTs.toLatin1());
        QVERIFY(
            r[u"permalink"_s].toString().endsWith(u"?thread_ts="_s + parent + u"&cid=C0ALARMS"_s));
        QCOMPARE(get(u"chat.getPermalink"_s, "channel=C0ALARMS&message_ts=1.1").err(),
                 u"message_not_found"_s);
    }

    void connectionsOpen()
    {
        Reply r = postJson(u"apps.connections.open"_s, {}, Auth::App);
        QVERIFY(r.ok());
        const QUrl url(r[u"url"_s].toString());
        QCOMPARE(url.scheme(), u"ws"_s);
        QCOMPARE(url.host(), u"127.0.0.1"_s);
        QCOMPARE(url.path(), u"/link/"_s);
        QVERIFY(!QUrlQuery(url).queryItemValue(u"ticket"_s).isEmpty());
        QCOMPARE(m_slack->connectionsOpened(), 1);
        // §1: header only; §6: the bot token is not for this method.
        QCOMPARE(postForm(u"apps.connections.open"_s, "token=xapp-test-token", Auth::None).err(),
                 u"not_authed"_s);
        QCOMPARE(postForm(u"apps.connections.open"_s, {}, Auth::Bot).err(),
                 u"not_allowed_token_type"_s);
        QCOMPARE(m_slack->connectionsOpened(), 1);
    }

    void socketHelloAndSingleUseTicket()
    {
        QSignalSpy connected(m_slack.get(), &FakeSlack::socketConnected);
        const QString url =
            postJson(u"apps.connections.open"_s, {}, Auth::App)[u"url"_s].toString();
        TestSocketClient first;
        first.ws.open(QUrl(url));
        QTRY_COMPARE(first.frames.size(), 1);
        const QJsonObject hello = first.frames.first();
        QCOMPARE(hello.value(u"type"_s).toString(), u"hello"_s);
        QCOMPARE(hello.value(u"num_connections"_s).toInt(), 1);
        QCOMPARE(hello.value(u"connection_info"_s)[u"app_id"_s].toString(), u"A0FAKEAPP01"_s);
        const QJsonObject debug = hello.value(u"debug_info"_s).toObject();
        QVERIFY(debug.contains(u"host"_s) && debug.contains(u"build_number"_s) &&
                debug.contains(u"approximate_connection_time"_s));
        QCOMPARE(connected.size(), 1);
        QCOMPARE(m_slack->activeSocketConnections(), 1);
        // §7.1: the same URL a second time: closed, no hello.
        TestSocketClient second;
        QSignalSpy closed(&second.ws, &QWebSocket::disconnected);
        second.ws.open(QUrl(url));
        QVERIFY(closed.wait(5000));
        QVERIFY(second.frames.isEmpty());
        QCOMPARE(m_slack->activeSocketConnections(), 1);
        // §7.5 ping/pong.
        QSignalSpy pong(&first.ws, &QWebSocket::pong);
        first.ws.ping("are-you-there");
        QVERIFY(pong.wait(5000));
        QCOMPARE(pong.first().at(1).toByteArray(), QByteArray("are-you-there"));
    }

    void socketEventsAcksAndRedelivery()
    {
        m_slack->setRedeliverUnackedAfterMs(300);
        m_slack->setMaxRedeliveries(2);
        // Nobody connected: the event is lost by default (catch up with history).
        post(u"C0ALARMS"_s, u"unheard"_s);
        auto client = connectSocket();
        QVERIFY(client);
        QSignalSpy acked(m_slack.get(), &FakeSlack::envelopeAcked);
        const QString ts = post(u"C0ALARMS"_s, u"firing"_s);
        QTRY_COMPARE(client->envelopes().size(), 1);
        const QJsonObject env = client->envelopes().first();
        QCOMPARE(env.value(u"retry_attempt"_s).toInt(), 0);
        QCOMPARE(env.value(u"retry_reason"_s).toString(), u""_s);
        QCOMPARE(env.value(u"accepts_response_payload"_s).toBool(), false);
        QCOMPARE(env[u"payload"_s][u"type"_s].toString(), u"event_callback"_s);
        QVERIFY(env[u"payload"_s][u"event_id"_s].toString().startsWith(u"Ev"_s));
        const QJsonObject event = client->event(0);
        QCOMPARE(event[u"type"_s].toString() + event[u"channel"_s].toString(),
                 u"messageC0ALARMS"_s);
        QCOMPARE(event[u"ts"_s].toString(), ts);
        QCOMPARE(event[u"channel_type"_s].toString(), u"channel"_s);
        client->ack(env);
        QTRY_COMPARE(acked.size(), 1);
        QCOMPARE(m_slack->ackedEnvelopeIds(),
                 QStringList({env.value(u"envelope_id"_s).toString()}));
        // Not acked: redelivered with retry_attempt+1 and "timeout", same ids, up to the max.
        post(u"C0ALARMS"_s, u"ignored"_s);
        QTRY_COMPARE(client->envelopes().size(), 4);
        QTest::qWait(700);
        const QList<QJsonObject> all = client->envelopes();
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.at(3).value(u"envelope_id"_s), all.at(1).value(u"envelope_id"_s));
        QCOMPARE(all.at(3).value(u"payload"_s), all.at(1).value(u"payload"_s));
        QCOMPARE(all.at(2).value(u"retry_attempt"_s).toInt(), 1);
        QCOMPARE(all.at(3).value(u"retry_attempt"_s).toInt(), 2);
        QCOMPARE(all.at(3).value(u"retry_reason"_s).toString(), u"timeout"_s);
        // The bot hears only channels it is in; edits and deletes (§7.6) are events too.
        post(u"C0SUPPORT"_s, u"elsewhere"_s);
        m_slack->editMessage(u"C0ALARMS"_s, ts, u"firing (edited)"_s);
        m_slack->deleteMessage(u"C0ALARMS"_s, ts);
        QTRY_COMPARE(client->envelopes().size(), 6);
        const QJsonObject changed = client->event(4);
        QCOMPARE(changed.value(u"subtype"_s).toString(), u"message_changed"_s);
        QVERIFY(changed.value(u"hidden"_s).toBool());
        QCOMPARE(changed[u"message"_s][u"text"_s].toString(), u"firing (edited)"_s);
        QCOMPARE(changed[u"message"_s][u"edited"_s][u"user"_s].toString(), u"U0ALICE"_s);
        const QJsonObject deleted = client->event(5);
        QCOMPARE(deleted.value(u"subtype"_s).toString(), u"message_deleted"_s);
        QCOMPARE(deleted.value(u"deleted_ts"_s).toString(), ts);
        QVERIFY(!ids(m_slack->messages(u"C0ALARMS"_s), u"ts"_s).contains(ts));
        // A chat.postMessage of the bot itself is pushed like any other message.
        QVERIFY(postForm(u"chat.postMessage"_s, "channel=C0ALARMS&text=mine").ok());
        QTRY_COMPARE(client->envelopes().size(), 7);
        QCOMPARE(client->event(-1)[u"bot_id"_s].toString(), u"B0FAKEBOT01"_s);
    }

    void socketDisconnectDropAndQueue()
    {
        m_slack->setRedeliverUnackedAfterMs(100);
        auto client = connectSocket();
        QVERIFY(client);
        QSignalSpy closed(&client->ws, &QWebSocket::disconnected);
        m_slack->sendDisconnect(u"warning"_s);
        QVERIFY(closed.wait(5000));
        QCOMPARE(client->ofType(u"disconnect"_s).size(), 1);
        QCOMPARE(client->frames.last()[u"reason"_s].toString(), u"warning"_s);
        QCOMPARE(m_slack->activeSocketConnections(), 0);
        // A new ticket connects again; an abrupt drop sends nothing.
        client = connectSocket();
        QVERIFY(client);
        QCOMPARE(client->ofType(u"hello"_s).size(), 1);
        QSignalSpy dropped(&client->ws, &QWebSocket::disconnected);
        m_slack->dropSocketConnections();
        QVERIFY(dropped.wait(5000));
        QVERIFY(client->ofType(u"disconnect"_s).isEmpty());
        QCOMPARE(m_slack->activeSocketConnections(), 0);
        // Queued events reach the next connection; an envelope sent before a drop comes again.
        m_slack->setQueueEventsWhileDisconnected(true);
        post(u"C0ALARMS"_s, u"while away"_s);
        client = connectSocket();
        QVERIFY(client);
        QTRY_COMPARE(client->envelopes().size(), 1);
        QCOMPARE(client->event(0)[u"text"_s].toString(), u"while away"_s);
        m_slack->dropSocketConnections();
        client = connectSocket();
        QVERIFY(client);
        QTRY_COMPARE(client->envelopes().size(), 1);
        QCOMPARE(client->envelopes().first().value(u"retry_attempt"_s).toInt(), 1);
        QCOMPARE(m_slack->connectionsOpened(), 4);
    }

    void faultsAnswers()
    {
        using K = FakeFault::Kind;
        const struct Row
        {
            K kind;
            int status;
            const char* error;
        } table[] = {{K::InvalidAuth, 200, "invalid_auth"},
                     {K::NotAuthed, 200, "not_authed"},
                     {K::TokenRevoked, 200, "token_revoked"},
                     {K::NotInChannel, 200, "not_in_channel"},
                     {K::ChannelNotFound, 200, "channel_not_found"},
                     {K::PostRateLimited, 200, "rate_limited"},
                     {K::Http500, 500, "internal_error"},
                     {K::Http503, 503, "service_unavailable"}};
        for (const auto& row : table) {
            m_slack->injectFault(u"auth.test"_s, FakeFault{row.kind});
            const Reply r = get(u"auth.test"_s);
            QCOMPARE(r.status, row.status);
            QCOMPARE(r.err(), QString::fromLatin1(row.error));
            QVERIFY(get(u"auth.test"_s).ok()); // used up
        }
        m_slack->injectFault(u"chat.postMessage"_s,
                             FakeFault{K::MissingScope, 1, 0, u"chat:write"_s});
        Reply r = postForm(u"chat.postMessage"_s, "channel=C0ALARMS&text=x");
        QCOMPARE(r[u"needed"_s].toString(), u"chat:write"_s);
        QVERIFY(r[u"provided"_s].toString().contains(u"users:read"_s));
        QVERIFY(m_slack->messages(u"C0ALARMS"_s).isEmpty());

        m_slack->injectFault(u"conversations.history"_s, FakeFault{K::RateLimited, 7});
        r = get(u"conversations.history"_s, "channel=C0ALARMS");
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("7"));
        QCOMPARE(r.err(), u"ratelimited"_s);
        m_slack->injectFault(u"conversations.history"_s, FakeFault{K::RateLimitedNoRetryAfter});
        r = get(u"conversations.history"_s, "channel=C0ALARMS");
        QCOMPARE(r.status, 429);
        QVERIFY(!r.hasHeader("Retry-After"));
        QVERIFY(r.body.isEmpty());

        m_slack->injectFault(u"users.info"_s, FakeFault{K::MalformedJson});
        r = get(u"users.info"_s, "user=U0ALICE");
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        QJsonParseError parse;
        QJsonDocument::fromJson(r.body, &parse);
        QVERIFY(parse.error != QJsonParseError::NoError);

        m_slack->injectFault(u"*"_s, FakeFault{K::HtmlErrorPage});
        r = get(u"auth.test"_s);
        QCOMPARE(r.status, 502);
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        QVERIFY(r.body.contains("<html>"));
        m_slack->injectFault(u"auth.test"_s, FakeFault{K::HtmlErrorPage, 1, 0, {}, 200});
        QCOMPARE(get(u"auth.test"_s).status, 200);
        QVERIFY(!get(u"auth.test"_s).body.isEmpty());

        // times, and a method's own faults before "*" ones.
        m_slack->injectFault(u"*"_s, FakeFault{K::TokenRevoked}, 2);
        m_slack->injectFault(u"users.info"_s, FakeFault{K::InvalidAuth});
        QCOMPARE(get(u"users.info"_s, "user=U0ALICE").err(), u"invalid_auth"_s);
        QCOMPARE(get(u"users.info"_s, "user=U0ALICE").err(), u"token_revoked"_s);
        QCOMPARE(get(u"auth.test"_s).err(), u"token_revoked"_s);
        QVERIFY(get(u"auth.test"_s).ok());
    }

    void faultsTiming()
    {
        using K = FakeFault::Kind;
        FakeFault slow{K::Slow, 1, 300};
        m_slack->injectFault(u"auth.test"_s, slow);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(get(u"auth.test"_s).ok());
        QVERIFY(timer.elapsed() >= 290);
        // A client that gives up early: the post is applied anyway when the delay ends.
        m_slack->injectFault(u"chat.postMessage"_s, slow);
        QNetworkRequest req = request(u"chat.postMessage"_s, {}, Auth::Bot);
        req.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArray("application/x-www-form-urlencoded"));
        req.setTransferTimeout(100);
        QSignalSpy handled(m_slack.get(), &FakeSlack::requestHandled);
        const Reply r = wait(network()->post(req, "channel=C0ALARMS&text=late"));
        QVERIFY(r.error != QNetworkReply::NoError);
        QVERIFY(handled.wait(2000));
        QCOMPARE(m_slack->messages(u"C0ALARMS"_s).size(), 1);
    }

    void faultsDrops()
    {
        using K = FakeFault::Kind;
        auto client = connectSocket();
        QVERIFY(client);
        const QByteArray body = "channel=C0ALARMS&text=hello";
        // Qt (6.4) may resend a request - POST too - once when the connection closes before
        // the first byte of an answer (seen on a fresh connection; not again right after such
        // an error). Each scenario below therefore starts with a new access manager.
        m_slack->injectFault(u"auth.test"_s, FakeFault{K::DropBeforeProcessing});
        QVERIFY(get(u"auth.test"_s).ok());
        QCOMPARE(m_slack->callCount(u"auth.test"_s), 2);
        resetNetwork();
        m_slack->injectFault(u"chat.postMessage"_s, FakeFault{K::DropBeforeProcessing}, 2);
        Reply r = postForm(u"chat.postMessage"_s, body);
        QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(m_slack->callCount(u"chat.postMessage"_s), 2);
        QVERIFY(m_slack->messages(u"C0ALARMS"_s).isEmpty());
        // "The POST went through but the reply was lost": applied and pushed, no answer. With
        // Qt's resend, once means a silent duplicate; twice, two copies and an error.
        resetNetwork();
        m_slack->clearRequests();
        m_slack->injectFault(u"chat.postMessage"_s, FakeFault{K::DropAfterProcessing});
        QVERIFY(postForm(u"chat.postMessage"_s, body).ok());
        QCOMPARE(m_slack->callCount(u"chat.postMessage"_s), 2);
        QCOMPARE(m_slack->messages(u"C0ALARMS"_s).size(), 2);
        QTRY_COMPARE(client->envelopes().size(), 2);
        resetNetwork();
        m_slack->injectFault(u"chat.postMessage"_s, FakeFault{K::DropAfterProcessing}, 2);
        QCOMPARE(postForm(u"chat.postMessage"_s, body).error, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(m_slack->messages(u"C0ALARMS"_s).size(), 4);
        // A reply cut mid-body is never resent: applied once, and the client sees the close.
        for (int round = 0; round < 2; ++round) {
            m_slack->clearRequests();
            m_slack->injectFault(u"chat.postMessage"_s, FakeFault{K::TruncatedReply});
            r = postForm(u"chat.postMessage"_s, body);
            QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
            QCOMPARE(m_slack->callCount(u"chat.postMessage"_s), 1);
            QCOMPARE(m_slack->messages(u"C0ALARMS"_s).size(), 5 + round);
        }
        QTRY_COMPARE(client->envelopes().size(), 6);
        QVERIFY(postForm(u"chat.postMessage"_s, body).ok()); // all used up
    }

    void httpServer()
    {
        // Keep-alive: one connection for several requests.
        for (int i = 0; i < 3; ++i)
            QVERIFY(get(u"auth.test"_s).ok());
        QCOMPARE(m_slack->httpServer()->connectionsAccepted(), 1);

        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const HttpRequest& req, const HttpResponder& responder) {
            if (req.path == "/late")
                responder.sendAfter(50, HttpResponse::raw(200, "text/plain", "late " + req.body));
            else if (req.path == "/raw")
                responder.sendRaw("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort", true);
            else
                responder.send(HttpResponse::raw(200, "text/plain", "now " + req.body));
        });
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected(5000));
        QByteArray in;
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { in += socket.readAll(); });
        // Pipelined: answered in order even though the first answer is late.
        socket.write("POST /late HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n\r\nA"
                     "POST /now HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n\r\nB"
                     "GET /raw HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QTRY_VERIFY(socket.state() == QAbstractSocket::UnconnectedState);
        QVERIFY2(in.indexOf("late A") < in.indexOf("now B"), in.constData());
        QVERIFY(in.endsWith("short"));
        QCOMPARE(in.count("HTTP/1.1 200 OK"), 3);
        QCOMPARE(server.connectionsAccepted(), 1);
        QCOMPARE(server.requestsReceived(), 3);
    }
};

QTEST_GUILESS_MAIN(TestFakeSlack)
#include "tst_fakeslack.moc"
