#pragma once

// The fake workspace's content: identity, tokens, channels, users and stored messages.
// Plain data plus the thread bookkeeping of §9; no networking.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>

namespace shiftdesk::fake {

// A Slack ts ("1512085950.000216") as one comparable number of microseconds.
using TsKey = qint64;
bool parseTs(const QString& ts, TsKey* key); // also accepts "1512085950" (no fraction)
QString tsString(TsKey key);

struct FakeChannel
{
    QString id;
    QString name;
    bool isPrivate = false;
    bool botIsMember = true;
    bool archived = false;
    qint64 created = 0;
    std::map<TsKey, QJsonObject> messages; // every stored message, thread replies included
};

class FakeSlackState
{
public:
    FakeSlackState();

    QString botToken = QStringLiteral("xoxb-test-token");
    QString appToken = QStringLiteral("xapp-test-token");
    QStringList scopes;
    QString teamId = QStringLiteral("T0FAKETEAM1");
    QString teamName = QStringLiteral("Fake Team");
    QString teamUrl = QStringLiteral("https://fake-team.slack.com/");
    QString botUserId = QStringLiteral("U0FAKEBOT01");
    QString botId = QStringLiteral("B0FAKEBOT01");
    QString botName = QStringLiteral("shiftdesk");
    QString appId = QStringLiteral("A0FAKEAPP01");
    int pageSizeCap = 0;
    int connectionsOpened = 0; // apps.connections.open successes

    QList<FakeChannel> channels; // in creation order (conversations.list order)
    QList<QJsonObject> users;    // in creation order (users.list order)

    FakeChannel* channel(const QString& id);
    const FakeChannel* channel(const QString& id) const;
    // By ID, or by name with or without a leading '#'.
    FakeChannel* channelByIdOrName(const QString& idOrName);
    QJsonObject channelJson(const FakeChannel& channel) const; // conversations.list shape
    QJsonObject user(const QString& id) const;                 // empty if unknown
    QJsonObject botUser() const;                               // users.info shape of the bot

    // A new ts, strictly greater than every ts handed out or stored so far.
    QString nextTs();

    // Stores `message` in `channel` (type "message"; a ts is assigned if missing). With a
    // thread_ts naming another message, it becomes a reply of that thread's parent: the reply
    // gets thread_ts/parent_user_id, the parent thread_ts/reply_count/reply_users/latest_reply,
    // and a thread_broadcast gets root{} (§9). A thread_ts naming no stored message is dropped
    // (the message is stored as a top-level one). Returns the stored message.
    QJsonObject store(FakeChannel& channel, QJsonObject message);
    // Returns the edited message (with edited{user,ts}); `previous` gets the old one.
    bool edit(FakeChannel& channel, const QString& ts, const QString& text, const QString& editor,
              QJsonObject* edited, QJsonObject* previous);
    bool remove(FakeChannel& channel, const QString& ts, QJsonObject* removed);

    // The thread parent's key for a message that is a parent or a reply; -1 if not in a thread
    // or unknown.
    static TsKey threadRoot(const FakeChannel& channel, TsKey key);
    static bool isReply(const QJsonObject& message);
    // What conversations.history shows: top-level messages and thread broadcasts (§9).
    static bool inHistory(const QJsonObject& message);

private:
    void refreshParent(FakeChannel& channel, TsKey parent);
    TsKey m_lastTs = 0;
};

} // namespace shiftdesk::fake
