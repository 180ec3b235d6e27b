#pragma once

#include "AlarmGrouper.h"
#include "AlarmModel.h"
#include "AlarmStore.h"
#include "slack/SlackConfig.h"
#include "slack/SlackResult.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace shiftdesk {

class Clock;
class Database;
class Settings;
class SlackConnection;

// The live alarm feed: follows the configured alarm channels through Socket Mode events, or
// by polling conversations.history incrementally while the socket is down or not configured;
// keeps everything in the local cache (so it shows offline), groups firing/resolved messages,
// and applies triage (acknowledging adds the :eyes: reaction in Slack).
class AlarmFeed : public QObject
{
    Q_OBJECT
public:
    AlarmFeed(Database& db, Settings& settings, Clock& clock, SlackConnection* slack,
              QObject* parent = nullptr);
    ~AlarmFeed() override;

    // Loads the cache and starts following Slack when it connects.
    bool start(QString* error);

    AlarmModel* model() const { return m_model; }
    AlarmStore& store() { return m_store; }
    QString statusText() const;
    QStringList channelProblems() const { return m_channelProblems.values(); }
    QDateTime lastSynced() const { return m_lastSynced; }
    bool isLive() const;
    // The cache loads in slices after start(), so a big cache never freezes the window.
    bool isLoading() const { return m_loading; }
    // Every message of a group, oldest first (read from the cache).
    QList<QJsonObject> messagesOf(const QString& groupKey) const;
    QString channelName(const QString& channelId) const { return m_channelNames.value(channelId); }

    void syncNow();
    void acknowledge(const QString& groupKey);
    void setTriageState(const QString& groupKey, Triage::State state);
    void setNote(const QString& groupKey, const QString& note);
    void setTicketUrl(const QString& groupKey, const QString& url);
    void markRead(const QString& groupKey);
    void markAllRead();

    // Tests: how often to poll while live (reaction refresh) and while not.
    void setPollIntervals(int pollMs, int livePollMs);

Q_SIGNALS:
    void statusChanged();
    void unreadChanged(int highPriorityUnread, int unread);
    void newHighPriorityAlarm(const QString& groupKey, const QString& title, const QString& text);
    void problem(const QString& message);
    void synced();
    void loaded();

private:
    struct Channel
    {
        QString id;
        QString name;
        AlarmChannel::Priority priority = AlarmChannel::Priority::Low;
        bool syncing = false;
        // Paging position when a poll stopped with older messages left to read.
        QString resumeCursor{};
        QString resumeOldest{};
        QString resumeNewest{};
        bool resumeBackfill = false;
    };

    void reloadFromCache();
    void loadSlice();
    void onSlackState();
    void resolveChannels();
    void pollAll(bool refreshRecent);
    void pollChannel(const QString& channelId, const QString& oldest, const QString& cursor,
                     int pagesLeft, QList<StoredMessage> collected, bool backfill);
    void onEvent(const QJsonObject& event);
    void ingest(const QList<StoredMessage>& messages, bool notify, bool markAsRead);
    // The group `key` that holds message (channelId, ts), if it still exists.
    std::optional<AlarmGroup> findGroup(const QString& key, const QString& channelId,
                                        const QString& ts) const;
    void upsertGroup(const AlarmGroup& group, const std::optional<ParsedAlarm>& latestHint);
    // Brings the model in line with the grouper: new and changed groups are (re)built, rows of
    // groups that no longer exist go. Hints: parsed messages by "channel|ts".
    void reconcile(const QHash<QString, ParsedAlarm>& latestHints,
                   const QSet<QString>& changedKeys);
    void refreshRow(const QString& groupKey);
    AlarmRow buildRow(const AlarmGroup& group, const ParsedAlarm& latest) const;
    QStringList lookersOf(const ParsedAlarm& latest) const;
    void updateTriage(const QString& groupKey, const std::function<void(Triage&)>& change);
    void emitUnread();
    void schedulePoll();
    bool isAlarmMessage(const QJsonObject& message) const;

    Settings& m_settings;
    Clock& m_clock;
    SlackConnection* m_slack;
    AlarmStore m_store;
    AlarmGrouper m_grouper;
    AlarmModel* m_model;
    QHash<QString, Channel> m_channels;        // by id
    QHash<QString, QString> m_channelNames;    // id -> name
    QHash<QString, QString> m_channelProblems; // name -> problem
    QHash<QString, Triage> m_triage;
    QHash<QString, QString> m_readMarks;
    QTimer m_pollTimer;
    QTimer m_clockTimer;
    int m_pollMs = 60000;
    int m_livePollMs = 300000;
    QDateTime m_lastSynced;
    QString m_lastError;
    int m_lastHighUnread = -1;
    int m_lastUnread = -1;
    bool m_wasLive = false;
    bool m_pollOverridden = false;
    bool m_loading = false;
    double m_loadTsNum = -1;
    qint64 m_loadRowId = -1;
    QHash<QString, ParsedAlarm> m_loadLatest; // group key -> latest message, while loading
    QList<QJsonObject> m_pendingEvents;       // Socket Mode events that came while loading
    QTimer m_loadTimer;
};

} // namespace shiftdesk
