#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace shiftdesk {

class Clock;
class Database;

// A claimed request whose time is up: "should this become a ticket?"
struct ClaimPrompt
{
    QString channelId;
    QString ts;          // the request's message id
    QDateTime claimedAt; // UTC
    QDateTime dueAt;     // UTC: claimedAt + the timeout
};

// The 15-minute rule: claiming a request starts a timer; when it runs out, due() reports the
// request once. Claims and whether the prompt was given are kept in the database
// (support_claims), and a prompt is marked given there before it is returned, so a restart in
// between neither loses nor repeats it.
class ClaimTimers
{
    Q_DECLARE_TR_FUNCTIONS(ClaimTimers)

public:
    static constexpr int kDefaultTimeoutMinutes = 15;

    ClaimTimers(Database& db, Clock& clock, int timeoutMinutes = kDefaultTimeoutMinutes);

    int timeoutMinutes() const { return m_timeoutMinutes; }
    // At least one minute. Claims not prompted yet follow the new timeout.
    void setTimeoutMinutes(int minutes);

    // Starts the timer of a request (at `at`, or now when invalid). Claiming a request that is
    // claimed already keeps the first claim's time. False on a database error.
    bool claim(const QString& channelId, const QString& ts, const QDateTime& at = {});
    // Forgets the claim (unclaimed or ticketed): no prompt for it; claiming it again starts a new
    // timer. An answered request keeps its timer: the rule is about the time spent on it, and
    // answering is often where that time goes.
    bool release(const QString& channelId, const QString& ts);
    bool isClaimed(const QString& channelId, const QString& ts) const;
    QDateTime claimedAt(const QString& channelId, const QString& ts) const; // invalid: none
    // Every claimed request in a channel (one query), prompted or not.
    QSet<QString> claimedIn(const QString& channelId) const;

    // The prompts due at `now` (the clock's time when invalid), oldest claim first; each is
    // returned once, ever.
    QList<ClaimPrompt> due(const QDateTime& now = {});
    // When due() next has something to report: `now` if something is due already; invalid
    // when no prompt is pending.
    QDateTime nextCheck(const QDateTime& now = {}) const;

    QString lastError() const { return m_lastError; }

private:
    struct Row
    {
        QString channelId;
        QString ts;
        QDateTime claimedAt;
    };
    QList<Row> pending(bool* ok) const;
    QDateTime nowOr(const QDateTime& at) const;

    Database& m_db;
    Clock& m_clock;
    int m_timeoutMinutes = kDefaultTimeoutMinutes;
    mutable QString m_lastError;
};

} // namespace shiftdesk
