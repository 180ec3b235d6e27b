#pragma once

// A minimal HTTP/1.1 server over QTcpServer for fake API servers in tests (and the demo
// workspace). Deliberately not QHttpServer: a fake must be able to misbehave on purpose —
// answer late, close the connection without answering, send a malformed body or an HTML page.
//
// Supported: request line, headers, Content-Length bodies, keep-alive (HTTP/1.1 default) or
// "Connection: close", several requests per connection (also pipelined; answered in order).
// Not supported: chunked request bodies (answered 501), Expect: 100-continue, TLS.
// Everything runs on the Qt event loop of the thread that owns the server; no threads.

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <functional>

class QJsonObject;
class QTcpServer;

namespace shiftdesk::fake {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray verb;    // "GET", "POST", ...
    QByteArray target;  // the raw request target, e.g. "/api/auth.test?x=1"
    QByteArray path;    // target up to '?', still percent-encoded
    QByteArray query;   // after '?', still percent-encoded; empty if none
    QByteArray version; // "HTTP/1.1"
    HttpHeaders headers;
    QByteArray body;

    // Case-insensitive; the first header with that name, or an empty array.
    QByteArray header(const QByteArray& name) const;
    bool hasHeader(const QByteArray& name) const;
};

struct HttpResponse
{
    int status = 200;
    HttpHeaders headers; // Content-Length and Connection are added when sending
    QByteArray body;
    bool closeConnection = false; // answer with "Connection: close" and close after writing

    void setHeader(const QByteArray& name, const QByteArray& value); // replaces, case-insensitive
    QByteArray header(const QByteArray& name) const;

    static HttpResponse json(int status,
                             const QJsonObject& body); // application/json; charset=utf-8
    static HttpResponse raw(int status, const QByteArray& contentType, const QByteArray& body);
    static QByteArray reasonPhrase(int status);
};

// The handle a handler uses to answer one request, now or later. Copyable; only the first
// answer counts, later ones (and answers after the client went away) are ignored.
class HttpResponder
{
public:
    HttpResponder() = default;
    void send(const HttpResponse& response) const;
    void sendAfter(int delayMs, const HttpResponse& response) const;
    // Writes these bytes verbatim (no status line or headers added), then closes if asked.
    void sendRaw(const QByteArray& bytes, bool closeAfter = true) const;
    // Closes the connection without writing a single byte of an answer.
    void drop() const;
    // The connection is still open and this request has not been answered yet.
    bool isPending() const;

private:
    friend class HttpConnection;
    HttpResponder(QObject* connection, quint64 serial);
    QPointer<QObject> m_connection;
    quint64 m_serial = 0;
};

using HttpHandler = std::function<void(const HttpRequest&, const HttpResponder&)>;

class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeHttpServer(QObject* parent = nullptr);
    ~FakeHttpServer() override;

    // Port 0 picks a free port.
    bool listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT/

    // Called once per complete request. Without a handler every request gets 404.
    void setHandler(HttpHandler handler);

    int openConnections() const;
    int connectionsAccepted() const; // since start, for keep-alive assertions
    int requestsReceived() const;
    void closeAllConnections(); // abruptly, without answering anything still pending

private:
    friend class HttpConnection;
    void onNewConnection();
    void dispatch(const HttpRequest& request, const HttpResponder& responder);

    QTcpServer* m_server = nullptr;
    HttpHandler m_handler;
    QList<QPointer<QObject>> m_connections;
    int m_accepted = 0;
    int m_requests = 0;
};

} // namespace shiftdesk::fake
