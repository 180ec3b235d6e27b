#pragma once

#include "ClaimTimers.h"
#include "SupportModel.h"
#include "SupportQueue.h"
#include "announce/AnnouncePoster.h"
#include "slack/SlackResult.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace shiftdesk {

class Clock;
class Database;
class Settings;
class SlackConnection;
struct SlackContext;

// The support channel, followed live: reads the last days of conversations.history (cursor
// pages) and the threads that changed (conversations.replies), follows Socket Mode message and
// reaction events in between (polling while the socket is down), and keeps the SupportQueue and
// its model current. Claiming adds the :eyes: reaction and starts the 15-minute timer
// (ClaimTimers); when it runs out claimDue() asks whether the request should become a ticket.
// Team members are the settings' list, the members of the settings' Slack user group
// (usergroups.users.list) and the signed-in user.
class SupportFeed : public QObject
{
    Q_OBJECT
public:
    SupportFeed(Database& db, Settings& settings, Clock& clock, SlackConnection* slack,
                QObject* parent = nullptr);
    ~SupportFeed() override;

    // Starts following Slack (now if connected, else when it connects).
    void start();

    SupportModel* model() const { return m_model; }
    const SupportQueue& queue() const { return m_queue; }
    ClaimTimers& timers() { return m_timers; }
    QString channelId() const { return m_channelId; }
    QString channelName() const;
    QString statusText() const;
    bool isLive() const;
    bool isConnected() const;
    // True once the channel's history was read (the queue is complete).
    bool hasLoaded() const { return m_loaded; }
    int unansweredCount() const { return m_lastUnanswered < 0 ? 0 : m_lastUnanswered; }
    QList<SupportRequest> unanswered() const;
    QString selfUserId() const;
    // A user's display name (profile display name, real name, then handle); the id if unknown.
    QString userName(const QString& userId) const;

    void refresh();
    // Adds/removes our :eyes: reaction; the claim timer starts/stops with it.
    void claim(const QString& ts);
    void unclaim(const QString& ts);
    // The request and its thread as one piece of wire text (each reply under its author's name
    // and time), for reading the conversation without leaving the app.
    QString conversationWire(const QString& ts) const;
    // What the ticket form needs from a request; the permalink is asked of Slack.
    void ticketContext(const QString& ts, QObject* context,
                       std::function<void(const SlackContext&, const QString& error)> done);
    // The thread reply offered after a ticket was raised (wire text).
    QString ticketReplyText(const QString& ts, const QString& issueUrl, int number) const;
    // Posts `wireText` in the request's thread, once (AnnouncePoster: never twice).
    void postReply(const QString& ts, const QString& wireText, QObject* context,
                   std::function<void(const PostOutcome&)> done);
    bool isPosting() const { return m_poster && m_poster->isBusy(); }

    // Looks for claims whose time is up (also runs by itself every few seconds).
    void checkClaims();
    // Tests: poll intervals while the socket is down and while it is live.
    void setPollIntervals(int pollMs, int livePollMs);
    AnnouncePoster* poster() const { return m_poster; }

Q_SIGNALS:
    void changed();
    void unansweredChanged(int count);
    void statusChanged();
    // A claimed request's time is up: should it become a ticket? Once per claim, ever.
    void claimDue(const shiftdesk::SupportRequest& request, const shiftdesk::ClaimPrompt& prompt);
    void problem(const QString& message);

private:
    void onSlackState();
    void onEvent(const QJsonObject& event);
    // Folds an event into the history or a thread; false if it is not about this channel.
    bool absorb(const QJsonObject& event);
    void resetChannel();
    void resolveChannel();
    void loadTeamGroup();
    void readHistory(const QString& cursor, int pagesLeft, QJsonArray collected);
    void historyRead(const QJsonArray& messages);
    void fetchNextThread();
    void readThread(const QString& threadTs, const QString& cursor, int pagesLeft,
                    QJsonArray collected);
    void rebuild();
    void publish();
    void syncClaims(const QList<SupportRequest>& requests);
    void askNames(const QList<SupportRequest>& requests);
    void applyOwn(const QJsonObject& event);
    void setClaim(const QString& ts, bool claimed);
    void scheduleRebuild();
    void schedulePoll();
    void setError(const QString& message);
    QSet<QString> team() const;

    Settings& m_settings;
    Clock& m_clock;
    SlackConnection* m_slack;
    ClaimTimers m_timers;
    SupportQueue m_queue;
    SupportModel* m_model;
    AnnouncePoster* m_poster = nullptr;
    QString m_channelId;
    QString m_channelName;
    QJsonArray m_history;                 // the last read of the channel, newest first
    QHash<QString, QJsonArray> m_replies; // thread ts -> its messages (read or live)
    QHash<QString, QString> m_readLatest; // thread ts -> latest_reply when it was read
    QStringList m_threadQueue;            // threads to read, newest first
    QList<QJsonObject> m_pendingEvents;   // events that came while the history was read
    quint64 m_generation = 0;             // bumped when the channel changes
    QSet<QString> m_groupMembers;
    QSet<QString> m_askedNames;
    QTimer m_pollTimer;
    QTimer m_rebuildTimer;
    QTimer m_claimTimer;
    int m_pollMs = 60000;
    int m_livePollMs = 300000;
    bool m_pollOverridden = false;
    bool m_reading = false;
    int m_threadsInFlight = 0;
    bool m_loaded = false;
    bool m_started = false;
    int m_lastUnanswered = -1;
    QString m_error;
};

} // namespace shiftdesk
