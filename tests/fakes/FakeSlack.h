#pragma once

// A local fake Slack for tests and the demo workspace: the Web API (HTTP, 127.0.0.1) and
// Socket Mode (WebSocket, 127.0.0.1) as documented in shared/reference/slack-github-api.md
// (§ numbers below refer to it), with faults that can be injected per method.
//
// Everything runs on the Qt event loop (no threads), so QSignalSpy / QTRY_* work in tests.
// The fake never logs anything, and never echoes a token back.

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

#include <memory>

namespace shiftdesk::fake {

class FakeHttpServer;
class FakeSlackApi;
class FakeSlackState;
class FakeSocketMode;
class HttpResponder;
struct HttpRequest;

struct FakeFault
{
    enum class Kind {
        None,
        InvalidAuth,  // 200 {"ok":false,"error":"invalid_auth"}
        NotAuthed,    // 200 {"ok":false,"error":"not_authed"}
        TokenRevoked, // 200 {"ok":false,"error":"token_revoked"}
        MissingScope, // 200 {"ok":false,"error":"missing_scope","needed":…,"provided":…}
        NotInChannel, // 200 {"ok":false,"error":"not_in_channel"}
        ChannelNotFound,
        RateLimited,             // 429 + Retry-After + {"ok":false,"error":"ratelimited"} (§5)
        RateLimitedNoRetryAfter, // 429, no Retry-After, empty body (§5, the 2015 recording)
        PostRateLimited,         // 200 {"ok":false,"error":"rate_limited"} (§4, chat.postMessage)
        Http500,                 // 500 {"ok":false,"error":"internal_error"}
        Http503,                 // 503 {"ok":false,"error":"service_unavailable"}
        MalformedJson,           // 200, application/json, a truncated JSON body
        HtmlErrorPage,           // httpStatus (default 502), text/html error page
        Slow,                    // delayMs, then handled normally
        // The Drop kinds close the connection without a single byte of answer. NB: Qt 6.4's
        // QNetworkAccessManager then silently sends the same request again (once, POST too),
        // and each attempt uses one `times`: inject twice to make one drop reach the client.
        DropBeforeProcessing, // connection closed without an answer; no effect
        DropAfterProcessing,  // effect applied (stored, event pushed), then closed unanswered
        // Added: effect applied, then the status line, headers and half of the body, then the
        // connection closes. Qt does not resend this one: "applied once, the reply was lost".
        TruncatedReply
    };
    Kind kind = Kind::None;
    int retryAfterSeconds = 1;
    int delayMs = 0;    // every Kind waits this long before acting (Slow: then answers normally)
    QString needed{};   // for MissingScope, e.g. "chat:write"; empty: the method's first scope
    int httpStatus = 0; // for HtmlErrorPage; 0 means 502
};

class FakeSlack : public QObject
{
    Q_OBJECT
public:
    explicit FakeSlack(QObject* parent = nullptr);
    ~FakeSlack() override;

    bool start();            // listens on 127.0.0.1, random free ports (HTTP + WebSocket)
    QUrl apiBaseUrl() const; // http://127.0.0.1:PORT/api/  (the client appends the method name)

    // tokens (§6)
    void setBotToken(const QString& token);    // default "xoxb-test-token"
    void setAppToken(const QString& token);    // default "xapp-test-token"
    void setScopes(const QStringList& scopes); // the bot token's scopes; default: all of §6
    QStringList scopes() const;
    void setTeam(const QString& teamId, const QString& teamName, const QString& url);
    void setBotIdentity(const QString& userId, const QString& botId, const QString& name);
    void setAppId(const QString& appId); // default "A0FAKEAPP01"

    // workspace content
    void addChannel(const QString& id, const QString& name, bool isPrivate = false,
                    bool botIsMember = true, bool archived = false);
    void setBotMember(const QString& channelId, bool member);
    void addUser(const QJsonObject& user); // users.info shape
    // As if someone posted: assigns a unique increasing ts if missing, stores the message and
    // pushes a Socket Mode events_api envelope (message event). Returns the ts.
    QString postMessage(const QString& channelId, QJsonObject message);
    QString postReply(const QString& channelId, const QString& threadTs, QJsonObject message);
    void editMessage(const QString& channelId, const QString& ts, const QString& newText);
    void deleteMessage(const QString& channelId, const QString& ts);
    QJsonArray messages(const QString& channelId) const; // stored, ascending ts (with replies)

    // faults: the next `times` calls of `method` (e.g. "conversations.history", or "*" for any)
    // get the fault. A method's own faults are used before "*" faults.
    void injectFault(const QString& method, const FakeFault& fault, int times = 1);
    void clearFaults();
    // The server returns at most this many items per page even if limit is larger (§3: limit
    // is a hint). 0 (default): no cap.
    void setPageSizeCap(int cap);

    // Socket Mode (§7)
    void sendDisconnect(const QString& reason = QStringLiteral("refresh_requested"));
    void dropSocketConnections();            // abrupt close, no disconnect message
    void setRedeliverUnackedAfterMs(int ms); // default 3000
    void setMaxRedeliveries(int n);          // default 3: retry_attempt goes up to 3, then gone
    // Default false: events that happen while no Socket Mode connection is open are lost
    // (the client must catch up with conversations.history). true: kept until one connects.
    void setQueueEventsWhileDisconnected(bool queue);
    int activeSocketConnections() const;
    QStringList ackedEnvelopeIds() const;
    QList<QJsonObject> sentEnvelopes() const; // every envelope frame sent, in order
    int connectionsOpened() const;            // apps.connections.open successes

    // request log, for assertions: method, HTTP verb, content type, params (query+form+json
    // merged, token removed), whether the bearer header was used
    struct Request
    {
        QString method;
        QString verb;
        QString contentType;
        QVariantMap params;
        bool bearer = false;
    };
    QList<Request> requests() const;
    int callCount(const QString& method) const;
    void clearRequests();

    FakeHttpServer* httpServer() const; // e.g. for connection counts

Q_SIGNALS:
    void requestHandled(const QString& method);
    void envelopeAcked(const QString& envelopeId);
    void socketConnected();

private:
    friend class FakeSlackApi;
    struct Fault
    {
        FakeFault fault;
        int remaining = 0;
    };
    void onHttpRequest(const HttpRequest& request, const HttpResponder& responder);
    FakeFault takeFault(const QString& method);
    void pushMessageEvent(const QString& channelId, const QJsonObject& event);

    std::unique_ptr<FakeSlackState> m_state;
    std::unique_ptr<FakeSlackApi> m_api;
    FakeHttpServer* m_http = nullptr;
    FakeSocketMode* m_socket = nullptr;
    QHash<QString, QList<Fault>> m_faults;
    QList<Request> m_requests;
    int m_eventCounter = 0;
};

} // namespace shiftdesk::fake
