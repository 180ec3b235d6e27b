#include "FakeSocketMode.h"

#include <QJsonDocument>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>
#include <QWebSocket>
#include <QWebSocketServer>

namespace shiftdesk::fake {

namespace {

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

FakeSocketMode::FakeSocketMode(QObject* parent)
    : QObject(parent)
    , m_server(new QWebSocketServer(QStringLiteral("FakeSlackSocketMode"),
                                    QWebSocketServer::NonSecureMode, this))
{
    connect(m_server, &QWebSocketServer::newConnection, this, &FakeSocketMode::onNewConnection);
}

FakeSocketMode::~FakeSocketMode()
{
    for (QWebSocket* s : std::as_const(m_sockets))
        s->disconnect(this);
}

bool FakeSocketMode::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 FakeSocketMode::port() const
{
    return m_server->serverPort();
}

void FakeSocketMode::setAppId(const QString& appId)
{
    m_appId = appId;
}

QString FakeSocketMode::issueUrl()
{
    const QString ticket = newId();
    m_tickets.insert(ticket);
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(QStringLiteral("/link/"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("ticket"), ticket);
    query.addQueryItem(QStringLiteral("app_id"), m_appId);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QJsonObject FakeSocketMode::connectionInfo() const
{
    return QJsonObject{{QStringLiteral("app_id"), m_appId}};
}

void FakeSocketMode::onNewConnection()
{
    while (QWebSocket* socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        const QUrl url = socket->requestUrl();
        const QString ticket = QUrlQuery(url).queryItemValue(QStringLiteral("ticket"));
        const bool pathOk =
            url.path() == QLatin1String("/link/") || url.path() == QLatin1String("/link");
        // §7.1: a ticket URL works once. A used or unknown ticket gets no hello; the
        // connection is closed at once (policy violation).
        if (!pathOk || ticket.isEmpty() || !m_tickets.remove(ticket)) {
            connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                          QStringLiteral("invalid or already used ticket"));
            continue;
        }
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString& text) { onText(socket, text); });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            forget(socket);
            socket->deleteLater();
        });
        m_sockets.append(socket);
        // §7.2: the documented hello shape.
        const QJsonObject hello{
            {QStringLiteral("type"), QStringLiteral("hello")},
            {QStringLiteral("num_connections"), int(m_sockets.size())},
            {QStringLiteral("debug_info"),
             QJsonObject{{QStringLiteral("host"), QStringLiteral("applink-fake-1")},
                         {QStringLiteral("build_number"), 10},
                         {QStringLiteral("approximate_connection_time"), 18060}}},
            {QStringLiteral("connection_info"), connectionInfo()}};
        socket->sendTextMessage(compact(hello));
        Q_EMIT connected();
        // Envelopes waiting for a connection (redeliveries, or queued events).
        const QStringList waiting = m_pendingOrder;
        for (const QString& id : waiting) {
            if (m_pending.contains(id) && !m_pending.value(id).sent)
                deliver(id);
        }
    }
}

void FakeSocketMode::forget(QWebSocket* socket)
{
    m_sockets.removeAll(socket);
}

void FakeSocketMode::onText(QWebSocket* /*socket*/, const QString& text)
{
    // §7.4: an ack is {"envelope_id":"…"} (optionally with a payload).
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString id = o.value(QStringLiteral("envelope_id")).toString();
    if (id.isEmpty() || !m_pending.contains(id))
        return; // unknown, or a duplicate ack: ignored
    m_pending.remove(id);
    m_pendingOrder.removeAll(id);
    m_acked.append(id);
    Q_EMIT acked(id);
}

QString FakeSocketMode::pushEventsApi(const QJsonObject& payload)
{
    if (m_sockets.isEmpty() && !m_queueWhileDisconnected)
        return {};
    const QString id = newId();
    Pending p;
    // §7.3: the envelope shape; retry_attempt/retry_reason are set when (re)delivering.
    p.envelope = QJsonObject{{QStringLiteral("envelope_id"), id},
                             {QStringLiteral("payload"), payload},
                             {QStringLiteral("type"), QStringLiteral("events_api")},
                             {QStringLiteral("accepts_response_payload"), false}};
    m_pending.insert(id, p);
    m_pendingOrder.append(id);
    deliver(id);
    return id;
}

void FakeSocketMode::deliver(const QString& envelopeId)
{
    auto it = m_pending.find(envelopeId);
    if (it == m_pending.end())
        return;
    if (m_sockets.isEmpty()) {
        it->sent = false; // sent when the next connection says hello
        return;
    }
    QWebSocket* socket = m_sockets.at(m_roundRobin++ % m_sockets.size());
    QJsonObject envelope = it->envelope;
    envelope.insert(QStringLiteral("retry_attempt"), it->attempt);
    envelope.insert(QStringLiteral("retry_reason"),
                    it->attempt > 0 ? QStringLiteral("timeout") : QString());
    socket->sendTextMessage(compact(envelope));
    m_sent.append(envelope);
    it->sent = true;
    const quint64 generation = ++m_generation;
    it->generation = generation;
    QTimer::singleShot(m_redeliverMs, this,
                       [this, envelopeId, generation] { onAckTimeout(envelopeId, generation); });
}

void FakeSocketMode::onAckTimeout(const QString& envelopeId, quint64 generation)
{
    auto it = m_pending.find(envelopeId);
    if (it == m_pending.end() || it->generation != generation)
        return;
    if (it->attempt >= m_maxRedeliveries) { // given up, as Slack eventually does
        m_pending.erase(it);
        m_pendingOrder.removeAll(envelopeId);
        return;
    }
    ++it->attempt;
    deliver(envelopeId);
}

void FakeSocketMode::sendDisconnect(const QString& reason)
{
    // §7.5: {"type":"disconnect","reason":…,"num_connections":…,"debug_info":…,
    // "connection_info":…}, then the server closes the connection.
    const QList<QWebSocket*> sockets = m_sockets;
    const QJsonObject message{
        {QStringLiteral("type"), QStringLiteral("disconnect")},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("num_connections"), int(sockets.size())},
        {QStringLiteral("debug_info"),
         QJsonObject{{QStringLiteral("host"), QStringLiteral("applink-fake-1")}}},
        {QStringLiteral("connection_info"), connectionInfo()}};
    m_sockets.clear();
    for (QWebSocket* s : sockets) {
        s->sendTextMessage(compact(message));
        s->close(QWebSocketProtocol::CloseCodeNormal, reason);
    }
}

void FakeSocketMode::dropAll()
{
    const QList<QWebSocket*> sockets = m_sockets;
    m_sockets.clear();
    for (QWebSocket* s : sockets)
        s->abort();
}

void FakeSocketMode::setRedeliverAfterMs(int ms)
{
    m_redeliverMs = ms;
}

void FakeSocketMode::setMaxRedeliveries(int n)
{
    m_maxRedeliveries = n;
}

void FakeSocketMode::setQueueWhileDisconnected(bool queue)
{
    m_queueWhileDisconnected = queue;
}

int FakeSocketMode::activeConnections() const
{
    return int(m_sockets.size());
}

QStringList FakeSocketMode::ackedIds() const
{
    return m_acked;
}

QList<QJsonObject> FakeSocketMode::sentEnvelopes() const
{
    return m_sent;
}

} // namespace shiftdesk::fake
