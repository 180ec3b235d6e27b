// The support queue: which messages are requests, and their states from thread replies,
// :eyes: reactions and ticket links.
#include "support/SupportQueue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace shiftdesk;

namespace {

const QString kChannel = QStringLiteral("C0SUPPORT");
const QString kAlice = QStringLiteral("U0ALICE"); // team
const QString kBob = QStringLiteral("U0BOB");     // team
const QString kAsker = QStringLiteral("U0ASKER");
const QString kOther = QStringLiteral("U0OTHER");

QJsonObject message(const QString& ts, const QString& user, const QString& text)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("message")},
                       {QStringLiteral("ts"), ts},
                       {QStringLiteral("user"), user},
                       {QStringLiteral("text"), text}};
}

QJsonObject reply(const QString& threadTs, const QString& ts, const QString& user,
                  const QString& text)
{
    QJsonObject m = message(ts, user, text);
    m.insert(QStringLiteral("thread_ts"), threadTs);
    return m;
}

QJsonObject withEyes(QJsonObject m, const QStringList& users)
{
    m.insert(QStringLiteral("reactions"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("eyes")},
                                    {QStringLiteral("users"), QJsonArray::fromStringList(users)},
                                    {QStringLiteral("count"), users.size()}}});
    return m;
}

SupportQueue makeQueue()
{
    return SupportQueue(kChannel, {kAlice, kBob});
}

} // namespace

class TestSupportQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultChannel()
    {
        QCOMPARE(defaultSupportChannelName(), QStringLiteral("ask-cloud-platform"));
    }

    void requestFields()
    {
        SupportQueue q = makeQueue();
        QJsonObject m = message(QStringLiteral("1767261600.000100"), kAsker,
                                QStringLiteral("Can I get a bucket &amp; a role?"));
        m.insert(QStringLiteral("reply_count"), 2);
        q.apply({m});
        const QList<SupportRequest> r = q.requests();
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].channelId, kChannel);
        QCOMPARE(r[0].ts, QStringLiteral("1767261600.000100"));
        QCOMPARE(r[0].asker, kAsker);
        QCOMPARE(r[0].text, QStringLiteral("Can I get a bucket &amp; a role?"));
        QCOMPARE(r[0].postedAt, QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(r[0].replyCount, 2);
        QCOMPARE(r[0].state, SupportRequest::State::New);
        QVERIFY(r[0].claimedBy.isEmpty());
        QVERIFY(r[0].answeredBy.isEmpty());
        QVERIFY(r[0].ticketUrl.isEmpty());
        QVERIFY(!r[0].firstTeamReplyAt.isValid());
        QCOMPARE(q.unansweredCount(), 1);
    }

    void exclusions()
    {
        SupportQueue q = makeQueue();
        QJsonObject bot = message(QStringLiteral("100.000002"), QString(), QStringLiteral("b"));
        bot.insert(QStringLiteral("subtype"), QStringLiteral("bot_message"));
        bot.insert(QStringLiteral("bot_id"), QStringLiteral("B1"));
        QJsonObject botWithUser =
            message(QStringLiteral("100.000003"), kOther, QStringLiteral("w"));
        botWithUser.insert(QStringLiteral("bot_id"), QStringLiteral("B2"));
        QJsonObject join = message(QStringLiteral("100.000004"), kOther, QStringLiteral("joined"));
        join.insert(QStringLiteral("subtype"), QStringLiteral("channel_join"));
        QJsonObject broadcast = reply(QStringLiteral("100.000009"), QStringLiteral("100.000005"),
                                      kOther, QStringLiteral("also sent to the channel"));
        broadcast.insert(QStringLiteral("subtype"), QStringLiteral("thread_broadcast"));
        QJsonObject file = message(QStringLiteral("100.000006"), kAsker, QStringLiteral("log"));
        file.insert(QStringLiteral("subtype"), QStringLiteral("file_share"));
        q.apply({message(QStringLiteral("100.000001"), kAlice, QStringLiteral("team post")), bot,
                 botWithUser, join, broadcast, file,
                 message(QStringLiteral("100.000007"), kAsker, QStringLiteral("help"))});
        const QList<SupportRequest> r = q.requests();
        QCOMPARE(r.size(), 2);
        QCOMPARE(r[0].ts, QStringLiteral("100.000006"));
        QCOMPARE(r[1].ts, QStringLiteral("100.000007"));
        QCOMPARE(q.unansweredCount(), 2);
        QVERIFY(!q.request(QStringLiteral("100.000001")));
        QVERIFY(q.request(QStringLiteral("100.000007")));
    }

    void sortedOldestFirst()
    {
        SupportQueue q = makeQueue();
        // History comes newest first; ts of different widths still order by time.
        q.apply({message(QStringLiteral("1000.000001"), kAsker, QStringLiteral("c")),
                 message(QStringLiteral("999.500000"), kOther, QStringLiteral("b")),
                 message(QStringLiteral("999.000100"), kAsker, QStringLiteral("a"))});
        const QList<SupportRequest> r = q.requests();
        QCOMPARE(r.size(), 3);
        QCOMPARE(r[0].text, QStringLiteral("a"));
        QCOMPARE(r[1].text, QStringLiteral("b"));
        QCOMPARE(r[2].text, QStringLiteral("c"));
    }

    void answeredByTeamReply()
    {
        SupportQueue q = makeQueue();
        const QString ts = QStringLiteral("1767261600.000100");
        q.apply({message(ts, kAsker, QStringLiteral("question"))});
        // Replies from the asker, someone else and a bot are no answer.
        QJsonObject botReply =
            reply(ts, QStringLiteral("1767261610.000000"), kAlice, QStringLiteral("automated"));
        botReply.insert(QStringLiteral("bot_id"), QStringLiteral("B1"));
        q.applyReplies(
            ts,
            {message(ts, kAsker, QStringLiteral("question")),
             reply(ts, QStringLiteral("1767261605.000000"), kAsker, QStringLiteral("more detail")),
             reply(ts, QStringLiteral("1767261606.000000"), kOther, QStringLiteral("same here")),
             botReply});
        QCOMPARE(q.request(ts)->state, SupportRequest::State::New);
        QCOMPARE(q.request(ts)->replyCount, 3);

        q.applyReplies(
            ts,
            {reply(ts, QStringLiteral("1767261720.000000"), kBob, QStringLiteral("done")),
             reply(ts, QStringLiteral("1767261660.000000"), kAlice, QStringLiteral("looking"))});
        const SupportRequest r = *q.request(ts);
        QCOMPARE(r.state, SupportRequest::State::Answered);
        QCOMPARE(r.answeredBy, (QStringList{kAlice, kBob}));
        QCOMPARE(r.firstTeamReplyAt, QDateTime(QDate(2026, 1, 1), QTime(10, 1), Qt::UTC));
        QCOMPARE(r.replyCount, 5);
        QCOMPARE(q.unansweredCount(), 0);
    }

    void answeredFromHistoryReplyUsers()
    {
        SupportQueue q = makeQueue();
        QJsonObject m = message(QStringLiteral("200.000001"), kAsker, QStringLiteral("q"));
        m.insert(QStringLiteral("reply_count"), 1);
        m.insert(QStringLiteral("reply_users"), QJsonArray{kBob});
        QJsonObject n = message(QStringLiteral("200.000002"), kAsker, QStringLiteral("q2"));
        n.insert(QStringLiteral("reply_users"), QJsonArray{kOther});
        q.apply({m, n});
        QCOMPARE(q.request(QStringLiteral("200.000001"))->state, SupportRequest::State::Answered);
        QCOMPARE(q.request(QStringLiteral("200.000002"))->state, SupportRequest::State::New);
        QCOMPARE(q.unansweredCount(), 1);
    }

    void liveReplyAnswers()
    {
        SupportQueue q = makeQueue();
        q.apply({message(QStringLiteral("300.000001"), kAsker, QStringLiteral("q"))});
        q.applyMessage(reply(QStringLiteral("300.000001"), QStringLiteral("300.000002"), kAlice,
                             QStringLiteral("on it")));
        QCOMPARE(q.requests().size(), 1);
        QCOMPARE(q.request(QStringLiteral("300.000001"))->state, SupportRequest::State::Answered);
    }

    void claimedByEyes()
    {
        SupportQueue q = makeQueue();
        const QString ts = QStringLiteral("400.000001");
        // The asker's own :eyes: is no claim.
        q.apply({withEyes(message(ts, kAsker, QStringLiteral("q")), {kAsker})});
        QCOMPARE(q.request(ts)->state, SupportRequest::State::New);

        q.applyReaction(true, kChannel, ts, kAlice, QStringLiteral("eyes"));
        q.applyReaction(true, kChannel, ts, kBob, QStringLiteral("thumbsup"));
        q.applyReaction(true, QStringLiteral("C0ELSEWHERE"), ts, kBob, QStringLiteral("eyes"));
        SupportRequest r = *q.request(ts);
        QCOMPARE(r.state, SupportRequest::State::Claimed);
        QCOMPARE(r.claimedBy, QStringList{kAlice});
        QCOMPARE(q.unansweredCount(), 1);

        q.applyReaction(true, kChannel, ts, kBob, QStringLiteral("eyes"));
        QCOMPARE(q.request(ts)->claimedBy, (QStringList{kAlice, kBob}));
        q.applyReaction(false, kChannel, ts, kAlice, QStringLiteral("eyes"));
        q.applyReaction(false, kChannel, ts, kBob, QStringLiteral("eyes"));
        QCOMPARE(q.request(ts)->state, SupportRequest::State::New);

        // From history, and answered wins over claimed.
        q.apply({withEyes(message(ts, kAsker, QStringLiteral("q")), {kBob})});
        QCOMPARE(q.request(ts)->state, SupportRequest::State::Claimed);
        QCOMPARE(q.request(ts)->claimedBy, QStringList{kBob});
        q.applyReplies(ts, {reply(ts, QStringLiteral("400.000009"), kBob, QStringLiteral("a"))});
        r = *q.request(ts);
        QCOMPARE(r.state, SupportRequest::State::Answered);
        QCOMPARE(r.claimedBy, QStringList{kBob});
        QCOMPARE(q.unansweredCount(), 0);
    }

    void ticketed()
    {
        SupportQueue q = makeQueue();
        const QString ts = QStringLiteral("500.000001");
        q.apply({message(ts, kAsker, QStringLiteral("q"))});
        // Someone outside the team linking an issue does not make it a ticket.
        q.applyReplies(ts, {reply(ts, QStringLiteral("500.000002"), kOther,
                                  QStringLiteral("see https://github.com/acme/infra/issues/7"))});
        QCOMPARE(q.request(ts)->state, SupportRequest::State::New);
        q.applyReplies(ts, {reply(ts, QStringLiteral("500.000003"), kAlice,
                                  QStringLiteral("Raised <https://github.com/acme/infra/issues/"
                                                 "42|acme/infra#42> for this"))});
        const SupportRequest r = *q.request(ts);
        QCOMPARE(r.state, SupportRequest::State::Ticketed);
        QCOMPARE(r.ticketUrl, QStringLiteral("https://github.com/acme/infra/issues/42"));
        QCOMPARE(r.answeredBy, QStringList{kAlice});
        QCOMPARE(q.unansweredCount(), 0);
    }

    void ourAppsRepliesCountAsTheTeam()
    {
        SupportQueue q = makeQueue();
        q.setTeamMembers({kAlice, kBob, QStringLiteral("U0APPBOT")});
        q.setSelfBot(QStringLiteral("B0APP"), QStringLiteral("U0APPBOT"));
        const QString ts = QStringLiteral("600.000001");
        q.apply({message(ts, kAsker, QStringLiteral("q"))});
        // Another app's bot message is no answer.
        QJsonObject other = reply(ts, QStringLiteral("600.000002"), QString(),
                                  QStringLiteral("https://github.com/acme/infra/issues/9"));
        other.insert(QStringLiteral("bot_id"), QStringLiteral("B0OTHER"));
        other.insert(QStringLiteral("subtype"), QStringLiteral("bot_message"));
        q.applyReplies(ts, {other});
        QCOMPARE(q.request(ts)->state, SupportRequest::State::New);
        // Ours (posted with the bot token: bot_id, maybe no user) is the team's.
        QJsonObject ours = reply(ts, QStringLiteral("600.000003"), QString(),
                                 QStringLiteral("Raised <https://github.com/acme/infra/issues/"
                                                "10|#10>"));
        ours.remove(QStringLiteral("user"));
        ours.insert(QStringLiteral("bot_id"), QStringLiteral("B0APP"));
        ours.insert(QStringLiteral("subtype"), QStringLiteral("bot_message"));
        q.applyReplies(ts, {ours});
        const SupportRequest r = *q.request(ts);
        QVERIFY(r.state == SupportRequest::State::Ticketed);
        QCOMPARE(r.answeredBy, QStringList{QStringLiteral("U0APPBOT")});
    }

    void issueUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("webBase");
        QTest::addColumn<QString>("expected");
        const QString gh = QStringLiteral("https://github.com/");
        QTest::newRow("bare") << QStringLiteral("https://github.com/o/r/issues/1 done") << gh
                              << QStringLiteral("https://github.com/o/r/issues/1");
        QTest::newRow("slack link") << QStringLiteral("<https://github.com/o-1/r.x/issues/23>")
                                    << gh << QStringLiteral("https://github.com/o-1/r.x/issues/23");
        QTest::newRow("comment anchor")
            << QStringLiteral("https://github.com/o/r/issues/5#issuecomment-1") << gh
            << QStringLiteral("https://github.com/o/r/issues/5");
        QTest::newRow("pull request")
            << QStringLiteral("https://github.com/o/r/pull/5") << gh << QString();
        QTest::newRow("issues list")
            << QStringLiteral("https://github.com/o/r/issues") << gh << QString();
        QTest::newRow("other host")
            << QStringLiteral("https://gitlab.com/o/r/issues/5") << gh << QString();
        QTest::newRow("lookalike host")
            << QStringLiteral("https://github.com.evil.example/o/r/issues/5") << gh << QString();
        QTest::newRow("enterprise")
            << QStringLiteral("<https://ghe.example.com/o/r/issues/9|o/r#9>")
            << QStringLiteral("https://ghe.example.com/")
            << QStringLiteral("https://ghe.example.com/o/r/issues/9");
        QTest::newRow("github.com with enterprise base")
            << QStringLiteral("https://github.com/o/r/issues/3")
            << QStringLiteral("https://ghe.example.com/")
            << QStringLiteral("https://github.com/o/r/issues/3");
        QTest::newRow("enterprise under a path")
            << QStringLiteral("https://code.example.com/github/o/r/issues/4")
            << QStringLiteral("https://code.example.com/github/")
            << QStringLiteral("https://code.example.com/github/o/r/issues/4");
        QTest::newRow("enterprise not configured")
            << QStringLiteral("https://ghe.example.com/o/r/issues/9") << gh << QString();
    }

    void issueUrls()
    {
        QFETCH(QString, text);
        QFETCH(QString, webBase);
        QFETCH(QString, expected);
        QCOMPARE(SupportQueue::findIssueUrl(text, QUrl(webBase)), expected);
    }

    void enterpriseTicketInQueue()
    {
        SupportQueue q(kChannel, {kAlice}, QUrl(QStringLiteral("https://ghe.example.com/")));
        const QString ts = QStringLiteral("600.000001");
        q.apply({message(ts, kAsker, QStringLiteral("q"))});
        q.applyReplies(ts, {reply(ts, QStringLiteral("600.000002"), kAlice,
                                  QStringLiteral("https://ghe.example.com/p/q/issues/3"))});
        QCOMPARE(q.request(ts)->ticketUrl, QStringLiteral("https://ghe.example.com/p/q/issues/3"));
        QCOMPARE(q.request(ts)->state, SupportRequest::State::Ticketed);
    }

    void editsAndDeletes()
    {
        SupportQueue q = makeQueue();
        q.apply({message(QStringLiteral("700.000001"), kAsker, QStringLiteral("old"))});
        q.applyMessage(
            QJsonObject{{QStringLiteral("subtype"), QStringLiteral("message_changed")},
                        {QStringLiteral("message"),
                         message(QStringLiteral("700.000001"), kAsker, QStringLiteral("new"))}});
        QCOMPARE(q.request(QStringLiteral("700.000001"))->text, QStringLiteral("new"));
        QJsonObject tombstone = message(QStringLiteral("700.000001"), kAsker, QString());
        tombstone.insert(QStringLiteral("subtype"), QStringLiteral("tombstone"));
        q.apply({tombstone});
        QVERIFY(q.requests().isEmpty());

        q.apply({message(QStringLiteral("700.000002"), kAsker, QStringLiteral("q"))});
        q.applyMessage(reply(QStringLiteral("700.000002"), QStringLiteral("700.000003"), kAlice,
                             QStringLiteral("answer")));
        QCOMPARE(q.unansweredCount(), 0);
        q.applyMessage(QJsonObject{{QStringLiteral("subtype"), QStringLiteral("message_deleted")},
                                   {QStringLiteral("deleted_ts"), QStringLiteral("700.000003")}});
        QCOMPARE(q.unansweredCount(), 1);
        q.applyMessage(QJsonObject{{QStringLiteral("subtype"), QStringLiteral("message_deleted")},
                                   {QStringLiteral("deleted_ts"), QStringLiteral("700.000002")}});
        QVERIFY(q.requests().isEmpty());
    }

    void teamChangeRederives()
    {
        SupportQueue q(kChannel);
        q.apply({message(QStringLiteral("800.000001"), kAlice, QStringLiteral("q"))});
        q.applyReplies(QStringLiteral("800.000001"),
                       {reply(QStringLiteral("800.000001"), QStringLiteral("800.000002"), kBob,
                              QStringLiteral("a"))});
        QCOMPARE(q.requests().size(), 1);
        QCOMPARE(q.unansweredCount(), 1);
        q.setTeamMembers({kBob});
        QCOMPARE(q.unansweredCount(), 0);
        q.setTeamMembers({kAlice, kBob});
        QVERIFY(q.requests().isEmpty());
        QVERIFY(q.isTeamMember(kAlice));
    }

    void stateNames()
    {
        QCOMPARE(SupportRequest::stateName(SupportRequest::State::Ticketed),
                 QStringLiteral("ticketed"));
        QCOMPARE(SupportRequest::stateLabel(SupportRequest::State::Claimed),
                 QStringLiteral("Claimed"));
    }
};

QTEST_GUILESS_MAIN(TestSupportQueue)
#include "tst_supportqueue.moc"
