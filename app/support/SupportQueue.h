#pragma once

#include "SupportRequest.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace shiftdesk {

// The support channel as a queue of requests, derived from Slack messages (no network, no
// storage): conversations.history gives the top-level messages, conversations.replies each
// thread, reaction events the :eyes: claims.
//
// A request is a top-level message by someone outside the team. Not requests: messages by a
// team member or a bot, thread broadcasts, and subtypes such as channel_join (only plain
// messages and file shares count). A request is Answered once a team member replied in its
// thread, Ticketed once a team member's reply links a GitHub issue, and Claimed while a team
// member's :eyes: reaction is on it and it is not answered.
//
// The raw messages are kept, so changing the team members re-derives every request.
class SupportQueue
{
public:
    explicit SupportQueue(QString channelId, QSet<QString> teamMembers = {},
                          QUrl gitHubWebBase = QUrl(QStringLiteral("https://github.com/")));

    QString channelId() const { return m_channelId; }
    void setTeamMembers(const QSet<QString>& userIds) { m_team = userIds; }
    bool isTeamMember(const QString& userId) const { return m_team.contains(userId); }
    // Our own app: messages it posted (bot_id) count as written by `userId` (a team member),
    // so a ticket link the app posted in a thread answers the request.
    void setSelfBot(const QString& botId, const QString& userId)
    {
        m_selfBotId = botId;
        m_selfUserId = userId;
    }
    // Issue links on this host count as tickets too (GitHub Enterprise); github.com always does.
    void setGitHubWebBase(const QUrl& webBase) { m_webBase = webBase; }

    // Messages from conversations.history (or live message events): new, changed
    // (message_changed) and deleted (message_deleted) top-level messages. A reply that comes
    // this way (thread_ts other than ts) counts as a reply in its thread.
    void apply(const QJsonArray& messages);
    void applyMessage(const QJsonObject& message);
    // Messages from conversations.replies for the thread `threadTs`; the parent (ts ==
    // threadTs) may be among them. Pages add to what is known of the thread.
    void applyReplies(const QString& threadTs, const QJsonArray& replies);
    // A reaction_added (added) or reaction_removed event on the message `ts` in `channelId`.
    void applyReaction(bool added, const QString& channelId, const QString& ts,
                       const QString& userId, const QString& reaction);
    void clear();

    // All requests, oldest first.
    QList<SupportRequest> requests() const;
    std::optional<SupportRequest> request(const QString& ts) const;
    // Requests not answered yet: New + Claimed.
    int unansweredCount() const;

    // The first GitHub issue URL in `text` (Slack's <url|label> form or bare) on github.com or
    // `webBase`, as https://HOST/OWNER/REPO/issues/N; empty when there is none.
    static QString findIssueUrl(const QString& text, const QUrl& webBase);

private:
    struct Top
    {
        QString ts;
        QString user;
        QString text;
        int replyCount = 0;
        QStringList replyUsers;
    };
    struct Reply
    {
        QString ts;
        QString user;
        QString text;
    };

    void applyTop(const QJsonObject& message);
    void applyReply(const QString& threadTs, const QJsonObject& message);
    void remove(const QString& ts);
    SupportRequest derive(const Top& top) const;

    QString m_channelId;
    QSet<QString> m_team;
    QString m_selfBotId;
    QString m_selfUserId;
    QUrl m_webBase;
    QHash<QString, Top> m_tops;                     // ts -> candidate request
    QHash<QString, QMap<QString, Reply>> m_threads; // thread ts -> reply ts -> reply
    QHash<QString, QStringList> m_eyes;             // ts -> users with :eyes:, in order
};

} // namespace shiftdesk
