#include "SocketModeClient.h"

#include "SlackClient.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QWebSocket>

namespace shiftdesk {

namespace {
constexpr size_t kRememberedEvents = 2000;
}

SocketModeClient::SocketModeClient(SlackClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &SocketModeClient::openUrl);
    m_stableTimer.setSingleShot(true);
    connect(&m_stableTimer, &QTimer::timeout, this, [this]() { m_failures = 0; });
    m_helloTimer.setSingleShot(true);
    connect(&m_helloTimer, &QTimer::timeout, this,
            [this]() { scheduleReconnect(tr("Slack did not say hello on the new connection.")); });
    connect(&m_pingTimer, &QTimer::timeout, this, [this]() {
        if (!m_socket || m_state != State::Connected)
            return;
        // Nothing heard for three intervals: the connection is half-open.
        if (m_lastTraffic.msecsTo(QDateTime::currentDateTimeUtc()) > 3 * m_pingIntervalMs) {
            scheduleReconnect(tr("The live connection to Slack stopped answering."));
            return;
        }
        m_socket->ping();
    });
}

SocketModeClient::~SocketModeClient()
{
    stop();
}

void SocketModeClient::setAppToken(const QString& token)
{
    m_appToken = token.trimmed();
}

void SocketModeClient::setBackoff(int firstMs, int maxMs)
{
    m_firstBackoffMs = qMax(1, firstMs);
    m_maxBackoffMs = qMax(m_firstBackoffMs, maxMs);
}

void SocketModeClient::setPingInterval(int msec)
{
    m_pingIntervalMs = qMax(100, msec);
}

void SocketModeClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SocketModeClient::start()
{
    if (m_state != State::Stopped)
        return;
    m_failures = 0;
    openUrl();
}

void SocketModeClient::closeSocket()
{
    ++m_generation; // callbacks of the old connection attempt are ignored from now on
    m_pingTimer.stop();
    m_helloTimer.stop();
    m_stableTimer.stop();
    if (m_socket) {
        QWebSocket* socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void SocketModeClient::stop()
{
    m_reconnectTimer.stop();
    closeSocket();
    setState(State::Stopped);
}

void SocketModeClient::openUrl()
{
    if (m_appToken.isEmpty()) {
        m_lastError = tr("No app-level token (xapp-…) is set, so there is no live connection.");
        Q_EMIT problem(m_lastError);
        setState(State::Stopped);
        return;
    }
    setState(State::Opening);
    const quint64 generation = ++m_generation;
    // Tickets are single-use: ask for a new URL on every (re)connect.
    m_client->openSocketConnection(m_appToken, this, [this, generation](const SlackResult& r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            if (r.kind == SlackResult::Kind::RateLimited)
                m_failures = qMax(m_failures, 5); // wait longer than usual
            scheduleReconnect(r.message);
            return;
        }
        const QUrl url(r.body.value(QLatin1String("url")).toString());
        const QString scheme = url.scheme();
        if (!url.isValid() || (scheme != QLatin1String("wss") && scheme != QLatin1String("ws"))) {
            scheduleReconnect(tr("Slack returned no usable Socket Mode address."));
            return;
        }
        connectTo(url);
    });
}

void SocketModeClient::connectTo(const QUrl& url)
{
    setState(State::Connecting);
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    const quint64 generation = m_generation;
    connect(m_socket, &QWebSocket::connected, this, [this, generation]() {
        if (generation != m_generation)
            return;
        setState(State::WaitingForHello);
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &SocketModeClient::onText);
    connect(m_socket, &QWebSocket::pong, this,
            [this]() { m_lastTraffic = QDateTime::currentDateTimeUtc(); });
    connect(m_socket, &QWebSocket::disconnected, this, &SocketModeClient::onClosed);
    m_lastTraffic = QDateTime::currentDateTimeUtc();
    m_helloTimer.start(15000); // covers a connect that hangs, too
    m_socket->open(url);
}

bool SocketModeClient::remember(const QString& id)
{
    if (id.isEmpty())
        return true;
    if (m_seen.contains(id))
        return false;
    m_seen.insert(id);
    m_seenOrder.push_back(id);
    while (m_seenOrder.size() > kRememberedEvents) {
        m_seen.remove(m_seenOrder.front());
        m_seenOrder.pop_front();
    }
    return true;
}

void SocketModeClient::onText(const QString& text)
{
    m_lastTraffic = QDateTime::currentDateTimeUtc();
    const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString envelopeId = frame.value(QLatin1String("envelope_id")).toString();
    // Acknowledge first, before any work, so Slack does not redeliver (§7.4).
    if (!envelopeId.isEmpty() && m_socket) {
        const QJsonObject ack{{QStringLiteral("envelope_id"), envelopeId}};
        m_socket->sendTextMessage(
            QString::fromUtf8(QJsonDocument(ack).toJson(QJsonDocument::Compact)));
    }
    const QString type = frame.value(QLatin1String("type")).toString();
    if (type == QLatin1String("hello")) {
        m_helloTimer.stop();
        // Backoff is forgiven only once the connection has stayed up a while.
        m_stableTimer.start(30000);
        m_lastError.clear();
        setState(State::Connected);
        m_pingTimer.start(m_pingIntervalMs);
        Q_EMIT connected();
        return;
    }
    if (type == QLatin1String("disconnect")) {
        // Slack is recycling the connection: get a new URL at once.
        const QString reason = frame.value(QLatin1String("reason")).toString();
        if (m_state == State::Connected && !m_stableTimer.isActive())
            m_failures = 0; // a routine refresh of a healthy connection: reconnect at once
        scheduleReconnect(reason.isEmpty() ? tr("Slack asked to reconnect.")
                                           : tr("Slack asked to reconnect (%1).").arg(reason));
        return;
    }
    if (type != QLatin1String("events_api"))
        return; // interactive / slash commands: not used
    const QJsonObject payload = frame.value(QLatin1String("payload")).toObject();
    const QString eventId = payload.value(QLatin1String("event_id")).toString();
    if (!remember(eventId.isEmpty() ? envelopeId : eventId))
        return; // a redelivery of something already handled
    const QJsonObject event = payload.value(QLatin1String("event")).toObject();
    if (!event.isEmpty())
        Q_EMIT eventReceived(event);
}

void SocketModeClient::onClosed()
{
    if (!m_socket || sender() != m_socket)
        return;
    const bool wasConnected = m_state == State::Connected;
    scheduleReconnect(wasConnected ? tr("The live connection to Slack closed.")
                                   : tr("Could not open the live connection to Slack."));
}

void SocketModeClient::scheduleReconnect(const QString& reason)
{
    const bool wasConnected = m_state == State::Connected;
    closeSocket();
    m_lastError = reason;
    if (wasConnected)
        Q_EMIT disconnected(reason);
    else
        Q_EMIT problem(reason);
    // Exponential backoff with jitter; a requested refresh reconnects at once.
    int delay = 0;
    if (m_failures > 0) {
        const int exp = qMin(m_failures - 1, 10);
        delay = qMin(m_maxBackoffMs, m_firstBackoffMs * (1 << exp));
        delay += int(QRandomGenerator::global()->bounded(qMax(1, delay / 4 + 1)));
    }
    ++m_failures;
    setState(State::Backoff);
    m_reconnectTimer.start(delay);
}

} // namespace shiftdesk
