#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace shiftdesk {

class Database;

struct StoredMessage
{
    QString channelId;
    QString ts;
    QJsonObject message;
    QByteArray summary{}; // AlarmSummary of the message (may be empty)
};

// A cached message as loaded at start-up: its summary only, no JSON.
struct CachedSummary
{
    QString channelId;
    QString ts;
    QByteArray summary;
    double tsNum = 0;
    qint64 rowId = 0;
};

struct Triage
{
    enum class State { None, Acknowledged, Investigating, Resolved, Noise };
    State state = State::None;
    QString by;
    QString note;
    QString ticketUrl;
    QDateTime updatedAt;

    static QString stateKey(State s);
    static State stateFromKey(const QString& key);
    static QString stateName(State s);
};

// The alarm feed's cache in SQLite: the channel messages (so the feed shows offline and starts
// instantly), how far each channel is synced, triage and what has been read. Messages are kept
// for a bounded time (prune()).
class AlarmStore
{
    Q_DECLARE_TR_FUNCTIONS(AlarmStore)

public:
    explicit AlarmStore(Database& db);

    // Inserts or replaces messages in one transaction.
    bool upsertMessages(const QList<StoredMessage>& messages, const QDateTime& now);
    bool removeMessage(const QString& channelId, const QString& ts);
    // Summaries of every cached message, ascending ts. Messages without one (older caches)
    // are parsed once and given one, through `summarise`.
    QList<CachedSummary>
    summaries(const std::function<QByteArray(const QJsonObject&, const QString&)>& summarise);
    // The same, one page at a time: up to `limit` messages after (afterTsNum, afterRowId).
    QList<CachedSummary>
    summariesAfter(double afterTsNum, qint64 afterRowId, int limit,
                   const std::function<QByteArray(const QJsonObject&, const QString&)>& summarise);
    std::optional<QJsonObject> message(const QString& channelId, const QString& ts) const;
    int messageCount() const;
    // Deletes messages older than `olderThan` (and beyond maxMessages, oldest first).
    int prune(const QDateTime& olderThan, int maxMessages);

    QString newestTs(const QString& channelId) const;
    QDateTime syncedAt(const QString& channelId) const;
    bool setSynced(const QString& channelId, const QString& newestTs, const QDateTime& at);

    bool setTriage(const QString& groupKey, const Triage& triage);
    QHash<QString, Triage> triage() const;

    bool markRead(const QHash<QString, QString>& groupLastTs); // group key -> last ts read
    QHash<QString, QString> readMarks() const;

    // Cache of Slack channel name -> id.
    bool rememberChannel(const QString& name, const QString& id, bool isPrivate, bool isMember,
                         const QDateTime& at);
    QHash<QString, QString> channelIds() const;

    QString lastError() const { return m_lastError; }

private:
    bool fail(const QString& what, const QString& detail) const;

    Database& m_db;
    mutable QString m_lastError;
};

} // namespace shiftdesk
