#pragma once

#include "slack/SlackResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

namespace shiftdesk {

class SlackClient;

// One message to post: a new announcement (no threadTs) or a reply in its thread.
struct PostRequest
{
    QString channelId{};
    QString channelName{};  // for messages
    QString text{};         // wire text (ComposeText::toWire)
    QString threadTs{};     // reply in this thread
    bool broadcast = false; // thread reply also sent to the channel
    // Wall-clock time (UTC) just before the first attempt: Slack's timestamps are server time,
    // so the search for a message whose post had an unknown outcome starts a little before it.
    QDateTime attemptedAt{};
    // Messages already recorded as ours (by ts): never taken for the one being looked for.
    QSet<QString> knownTs{};
    QString selfUserId{}; // who posts: the token's user, and its bot id if it is a bot token
    QString selfBotId{};
};

struct PostOutcome
{
    Q_DECLARE_TR_FUNCTIONS(PostOutcome)
public:
    enum class State {
        Posted,    // it is in Slack: ts (and permalink, unless that lookup failed)
        NotPosted, // Slack refused it or it did not arrive: safe to post again
        Unknown,   // it may be in Slack and that could not be checked: do not post again blindly
    };
    State state = State::NotPosted;
    QString ts{};
    QString permalink{};
    bool foundAfterUnknown = false; // the answer was lost, and the message was found in Slack
    SlackResult result{};           // the failing call, if any
    QString message{};              // for the user: what happened and what to do
    bool posted() const { return state == State::Posted; }
};

// Posts announcements without ever posting one twice. chat.postMessage is sent once (the
// client never retries a write). When its outcome is unknown (timeout, connection dropped after
// sending, a 5xx), the poster looks for the message in the channel (or thread) before saying
// anything: found means posted; not found after the last look means not posted and safe to
// send again; if the look itself fails the outcome stays Unknown and the user is told to check
// the channel. A rate limit or refusal is explained and leaves the caller's draft alone.
class AnnouncePoster : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const PostOutcome&)>;

    explicit AnnouncePoster(SlackClient& client, QObject* parent = nullptr);

    // Delays between the looks after an unknown outcome (the first is usually 0): Slack may
    // take a moment to show a message that was just stored.
    void setVerifyDelays(const QList<int>& msec) { m_verifyDelays = msec; }

    void post(const PostRequest& request, QObject* context, Done done);
    // Looks for the message without posting (after a crash in the middle of a post).
    void verify(const PostRequest& request, QObject* context, Done done);

    bool isBusy() const { return m_busy > 0; }

    // Whether a message from Slack is `request`'s text, posted by us.
    static bool matches(const QJsonObject& message, const PostRequest& request);

private:
    struct Job;
    void look(std::shared_ptr<Job> job, int attempt);
    void lookPage(std::shared_ptr<Job> job, int attempt, const QString& cursor, int page);
    void notFound(std::shared_ptr<Job> job, int attempt);
    void fetchPermalink(std::shared_ptr<Job> job, PostOutcome outcome);
    void finish(std::shared_ptr<Job> job, const PostOutcome& outcome);

    SlackClient& m_client;
    QList<int> m_verifyDelays{0, 3000};
    int m_busy = 0;
};

} // namespace shiftdesk
