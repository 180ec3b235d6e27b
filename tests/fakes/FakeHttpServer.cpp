#include "FakeHttpServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace shiftdesk::fake {

namespace {

constexpr int kMaxHeaderBytes = 64 * 1024;
constexpr qint64 kMaxBodyBytes = 32 * 1024 * 1024;

bool sameName(const QByteArray& a, const QByteArray& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QByteArray findHeader(const HttpHeaders& headers, const QByteArray& name)
{
    for (const auto& h : headers) {
        if (sameName(h.first, name))
            return h.second;
    }
    return {};
}

} // namespace

QByteArray HttpRequest::header(const QByteArray& name) const
{
    return findHeader(headers, name);
}

bool HttpRequest::hasHeader(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (sameName(h.first, name))
            return true;
    }
    return false;
}

void HttpResponse::setHeader(const QByteArray& name, const QByteArray& value)
{
    for (auto& h : headers) {
        if (sameName(h.first, name)) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray& name) const
{
    return findHeader(headers, name);
}

HttpResponse HttpResponse::json(int status, const QJsonObject& body)
{
    return raw(status, QByteArrayLiteral("application/json; charset=utf-8"),
               QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::raw(int status, const QByteArray& contentType, const QByteArray& body)
{
    HttpResponse r;
    r.status = status;
    if (!contentType.isEmpty())
        r.headers.append({QByteArrayLiteral("Content-Type"), contentType});
    r.body = body;
    return r;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Status");
    }
}

// One accepted TCP connection: parses requests one after another and hands each to the
// server's handler; the next request is parsed only once the current one has been answered.
class HttpConnection : public QObject
{
public:
    HttpConnection(QTcpSocket* socket, FakeHttpServer* server)
        : QObject(server)
        , m_socket(socket)
        , m_server(server)
    {
        m_socket->setParent(this);
        connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
        connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    }

    bool isOpen() const { return m_socket->state() == QAbstractSocket::ConnectedState; }

    bool isPending(quint64 serial) const { return m_busy && serial == m_serial && isOpen(); }

    void answer(quint64 serial, const QByteArray& bytes, bool close)
    {
        if (!isPending(serial))
            return;
        m_busy = false;
        m_socket->write(bytes);
        if (close || !m_keepAlive) {
            m_closing = true;
            m_socket->disconnectFromHost(); // after the bytes are written
            return;
        }
        QTimer::singleShot(0, this, &HttpConnection::processBuffered);
    }

    void drop(quint64 serial)
    {
        if (!isPending(serial))
            return;
        m_busy = false;
        abortNow();
    }

    void abortNow()
    {
        m_closing = true;
        m_socket->abort(); // no bytes, no graceful wait
        deleteLater();
    }

    void answerWith(quint64 serial, const HttpResponse& response)
    {
        const bool close = response.closeConnection || !m_keepAlive;
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                         HttpResponse::reasonPhrase(response.status) + "\r\n";
        for (const auto& h : response.headers) {
            if (sameName(h.first, "Content-Length") || sameName(h.first, "Connection"))
                continue;
            out += h.first + ": " + h.second + "\r\n";
        }
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        out += close ? QByteArrayLiteral("Connection: close\r\n")
                     : QByteArrayLiteral("Connection: keep-alive\r\n");
        out += "\r\n";
        out += response.body;
        answer(serial, out, close);
    }

private:
    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
        processBuffered();
    }

    void failAndClose(int status)
    {
        m_busy = true;
        ++m_serial;
        m_keepAlive = false;
        HttpResponse r = HttpResponse::raw(status, "text/plain; charset=utf-8",
                                           HttpResponse::reasonPhrase(status) + '\n');
        r.closeConnection = true;
        answerWith(m_serial, r);
        m_buffer.clear();
    }

    void processBuffered()
    {
        while (!m_busy && !m_closing && isOpen()) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > kMaxHeaderBytes)
                    failAndClose(431);
                return;
            }
            HttpRequest request;
            const QList<QByteArray> lines = m_buffer.left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            if (first.size() != 3 || !first.at(2).startsWith("HTTP/1.")) {
                failAndClose(400);
                return;
            }
            request.verb = first.at(0);
            request.target = first.at(1);
            request.version = first.at(2);
            const qsizetype q = request.target.indexOf('?');
            request.path = q < 0 ? request.target : request.target.left(q);
            request.query = q < 0 ? QByteArray() : request.target.mid(q + 1);
            for (int i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0) {
                    failAndClose(400);
                    return;
                }
                request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            }
            if (request.hasHeader("Transfer-Encoding")) {
                failAndClose(501);
                return;
            }
            qint64 length = 0;
            if (request.hasHeader("Content-Length")) {
                bool ok = false;
                length = request.header("Content-Length").toLongLong(&ok);
                if (!ok || length < 0) {
                    failAndClose(400);
                    return;
                }
                if (length > kMaxBodyBytes) {
                    failAndClose(413);
                    return;
                }
            }
            const qint64 total = end + 4 + length;
            if (m_buffer.size() < total)
                return; // wait for the rest of the body
            request.body = m_buffer.mid(end + 4, length);
            m_buffer.remove(0, total);

            const QByteArray connection = request.header("Connection").toLower();
            m_keepAlive = request.version == "HTTP/1.0" ? connection.contains("keep-alive")
                                                        : !connection.contains("close");
            m_busy = true;
            ++m_serial;
            m_server->dispatch(request, HttpResponder(this, m_serial));
        }
    }

    QTcpSocket* m_socket;
    FakeHttpServer* m_server;
    QByteArray m_buffer;
    quint64 m_serial = 0;
    bool m_busy = false;
    bool m_keepAlive = true;
    bool m_closing = false;
};

namespace {
HttpConnection* connectionOf(const QPointer<QObject>& p)
{
    return static_cast<HttpConnection*>(p.data());
}
} // namespace

HttpResponder::HttpResponder(QObject* connection, quint64 serial)
    : m_connection(connection)
    , m_serial(serial)
{}

void HttpResponder::send(const HttpResponse& response) const
{
    if (HttpConnection* c = connectionOf(m_connection))
        c->answerWith(m_serial, response);
}

void HttpResponder::sendAfter(int delayMs, const HttpResponse& response) const
{
    if (!m_connection)
        return;
    const HttpResponder self = *this;
    QTimer::singleShot(delayMs, m_connection.data(), [self, response] { self.send(response); });
}

void HttpResponder::sendRaw(const QByteArray& bytes, bool closeAfter) const
{
    if (HttpConnection* c = connectionOf(m_connection))
        c->answer(m_serial, bytes, closeAfter);
}

void HttpResponder::drop() const
{
    if (HttpConnection* c = connectionOf(m_connection))
        c->drop(m_serial);
}

bool HttpResponder::isPending() const
{
    const HttpConnection* c = connectionOf(m_connection);
    return c && c->isPending(m_serial);
}

FakeHttpServer::FakeHttpServer(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
}

FakeHttpServer::~FakeHttpServer() = default;

bool FakeHttpServer::listen(const QHostAddress& address, quint16 port)
{
    return m_server->listen(address, port);
}

quint16 FakeHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl FakeHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_server->serverAddress().toString());
    url.setPort(port());
    url.setPath(QStringLiteral("/"));
    return url;
}

void FakeHttpServer::setHandler(HttpHandler handler)
{
    m_handler = std::move(handler);
}

int FakeHttpServer::openConnections() const
{
    int n = 0;
    for (const auto& p : m_connections) {
        if (const HttpConnection* c = connectionOf(p); c && c->isOpen())
            ++n;
    }
    return n;
}

int FakeHttpServer::connectionsAccepted() const
{
    return m_accepted;
}

int FakeHttpServer::requestsReceived() const
{
    return m_requests;
}

void FakeHttpServer::closeAllConnections()
{
    for (const auto& p : std::as_const(m_connections)) {
        if (HttpConnection* c = connectionOf(p))
            c->abortNow();
    }
    m_connections.clear();
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        ++m_accepted;
        m_connections.removeAll(QPointer<QObject>());
        m_connections.append(QPointer<QObject>(new HttpConnection(socket, this)));
    }
}

void FakeHttpServer::dispatch(const HttpRequest& request, const HttpResponder& responder)
{
    ++m_requests;
    if (m_handler) {
        m_handler(request, responder);
        return;
    }
    responder.send(HttpResponse::raw(404, "text/plain; charset=utf-8", "Not Found\n"));
}

} // namespace shiftdesk::fake
