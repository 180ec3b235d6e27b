#pragma once
// The private part of GitHubClient, shared by its source files (internal to app/github).

#include "GitHubClient.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <vector>

namespace shiftdesk {

namespace github {
constexpr qint64 kMaxResponseBytes = 64 * 1024 * 1024;
constexpr int kCacheEntries = 500;
constexpr qint64 kCacheBytes = 64 * 1024 * 1024;
constexpr int kDefaultPauseSeconds = 60; // §10: "wait for at least one minute"
} // namespace github

struct GitHubClient::Private
{
    struct Call
    {
        QByteArray verb;
        QUrl url;
        QByteArray body;
        bool graphql = false;
        QString what;
        QString resource;
        Access access = Access::Read;
        QPointer<QObject> context;
        Callback done;
        int attempt = 0;
        QNetworkReply* reply = nullptr;
        bool timedOut = false;
        bool tooLarge = false;
        bool completed = false;
        // Conditional GET: what the cache held when the request went out.
        bool conditional = false;
        QJsonDocument cachedJson;
        QByteArray cachedLink;
    };
    using CallPtr = std::shared_ptr<Call>;

    struct CacheEntry
    {
        QByteArray etag;
        QJsonDocument json;
        QByteArray link;
        qint64 bytes = 0;
        quint64 lastUse = 0;
    };
    struct Pause
    {
        QDateTime until;
        bool secondary = false;
    };

    GitHubClient* q;
    QNetworkAccessManager* network;
    QUrl base{QStringLiteral("https://api.github.com/")};
    QUrl graphql{QStringLiteral("https://api.github.com/graphql")};
    QString token;
    QString userAgent = QStringLiteral("Shiftdesk/" SHIFTDESK_VERSION);
    int timeoutMs = 30000;
    int attempts = 3;
    int firstDelayMs = 1000;
    int minWriteIntervalMs = 1000;

    QHash<QString, RateLimit> rates;
    QHash<QString, Pause> paused; // per resource
    QHash<QString, CacheEntry> cache;
    quint64 useCounter = 0;
    qint64 cacheBytes = 0;

    std::vector<CallPtr> active; // sent, waiting to be sent, or waiting for a retry
    std::deque<CallPtr> writeQueue;
    QTimer writeTimer;
    QElapsedTimer lastWriteStart;
    int sent = 0;
    int notModified = 0;
    bool shuttingDown = false;

    Private(GitHubClient* client, QNetworkAccessManager* nam)
        : q(client)
        , network(nam)
    {
        writeTimer.setSingleShot(true);
        QObject::connect(&writeTimer, &QTimer::timeout, q, [this]() { pumpWrites(); });
    }

    void submit(const CallPtr& c);
    void pumpWrites();
    bool dispatch(const CallPtr& c);
    void send(const CallPtr& c);
    void finished(const CallPtr& c, QNetworkReply* reply);
    GitHubResult interpret(QNetworkReply* reply, Call& c);
    void rateLimit(GitHubResult& r, QNetworkReply* reply, bool graphqlLimit);
    void complete(const CallPtr& c, GitHubResult result);
    void completeLater(const CallPtr& c, const GitHubResult& result);
    void cachePut(const QString& key, const QByteArray& etag, const QJsonDocument& json,
                  const QByteArray& link, qint64 bytes);
    QUrl resolve(const QString& path, QString* why) const;
    QString displayPath(const QUrl& url) const;
};

} // namespace shiftdesk
