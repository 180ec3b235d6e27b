#pragma once

#include "SlackResult.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantMap>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace shiftdesk {

struct SlackChannel
{
    QString id;
    QString name;
    bool isPrivate = false;
    bool isMember = false;
    bool isArchived = false;
};

struct HistoryQuery
{
    QString channel;
    QString oldest; // exclusive unless inclusive
    QString latest;
    bool inclusive = false;
    int limit = 200;
    QString cursor;
};

// One client for the Slack Web API over QNetworkAccessManager (docs: shared/reference
// slack-github-api.md §1-6). Reads go as GET, writes as JSON (or form) POSTs with the token in
// the Authorization header. HTTP 429 pauses that method for Retry-After seconds; reads retry
// transient failures with backoff; writes are never retried, and a write whose answer was lost
// says so (outcomeUnknown). Every request has a timeout; destroying the client or cancelAll()
// aborts what is in flight without calling back.
class SlackClient : public QObject
{
    Q_OBJECT
public:
    enum class Access { Read, Write };
    using Callback = std::function<void(const SlackResult&)>;

    explicit SlackClient(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~SlackClient() override;

    // Default https://slack.com/api/. Returns false (and keeps the old one) if not allowed.
    bool setBaseUrl(const QUrl& base, QString* why = nullptr);
    QUrl baseUrl() const { return m_base; }
    void setToken(const QString& token);
    bool hasToken() const { return !m_token.isEmpty(); }
    void setTimeout(int msec) { m_timeoutMs = msec; }
    // Reads: how many attempts in all, and the first backoff delay (doubles each time).
    void setRetryPolicy(int attempts, int firstDelayMs);
    // Used when a 429 carries no Retry-After.
    void setDefaultRetryAfter(int seconds) { m_defaultRetryAfter = seconds; }

    // Any method. `token` overrides the client's token (apps.connections.open uses the app token).
    void call(const QString& method, const QVariantMap& params, Access access, QObject* context,
              Callback done, const QString& token = QString());

    void authTest(QObject* context, Callback done);
    // Pages through every channel of the given types (cursor pagination until next_cursor is "").
    void listChannels(const QString& types, QObject* context,
                      std::function<void(const QList<SlackChannel>&, const SlackResult&)> done);
    void history(const HistoryQuery& query, QObject* context, Callback done);
    void replies(const QString& channel, const QString& ts, const QString& cursor, QObject* context,
                 Callback done);
    // Cached: each user is asked for once; concurrent asks share one request.
    void userInfo(const QString& userId, QObject* context, Callback done);
    QJsonObject cachedUser(const QString& userId) const { return m_users.value(userId); }
    void addReaction(const QString& channel, const QString& ts, const QString& name,
                     QObject* context, Callback done);
    void removeReaction(const QString& channel, const QString& ts, const QString& name,
                        QObject* context, Callback done);
    // Posts text (mrkdwn). threadTs: reply in that thread; broadcast: also to the channel.
    void postMessage(const QString& channel, const QString& text, const QString& threadTs,
                     bool broadcast, QObject* context, Callback done);
    void permalink(const QString& channel, const QString& ts, QObject* context, Callback done);
    void openSocketConnection(const QString& appToken, QObject* context, Callback done);

    void cancelAll();
    int inFlight() const { return int(m_replies.size()); }

    static QList<SlackChannel> parseChannels(const QJsonArray& channels);
    // Whether a request that failed with this QNetworkReply error may still have reached Slack.
    static bool mayHaveBeenSent(int networkError);

Q_SIGNALS:
    // Emitted for every failed call that points at the token (invalid, revoked, expired).
    void authProblem(const shiftdesk::SlackResult& result);
    void rateLimited(const QString& method, int seconds);

private:
    struct Call;
    void send(std::shared_ptr<Call> call);
    void finished(QNetworkReply* reply, std::shared_ptr<Call> call);
    void complete(std::shared_ptr<Call> call, SlackResult result);
    SlackResult interpret(QNetworkReply* reply, const Call& call) const;

    QNetworkAccessManager* m_network;
    QUrl m_base;
    QString m_token;
    int m_timeoutMs = 20000;
    int m_attempts = 3;
    int m_firstDelayMs = 1000;
    int m_defaultRetryAfter = 10;
    QHash<QString, QDeadlineTimer> m_pausedUntil; // per method, after a 429
    QHash<QNetworkReply*, std::shared_ptr<Call>> m_replies;
    QHash<QString, QJsonObject> m_users;
    QHash<QString, QList<std::pair<QPointer<QObject>, Callback>>> m_userWaiters;
    bool m_shuttingDown = false;
};

} // namespace shiftdesk
