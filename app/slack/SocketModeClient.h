#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <deque>

class QWebSocket;

namespace shiftdesk {

class SlackClient;

// Slack Socket Mode over QWebSocket (reference §7): a fresh URL from apps.connections.open for
// every connect, "hello" before anything counts, every envelope acknowledged at once before any
// work, redeliveries de-duplicated, "disconnect" or a dropped socket followed by a reconnect with
// backoff, and a ping watchdog for half-open connections.
class SocketModeClient : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Opening, Connecting, WaitingForHello, Connected, Backoff };
    Q_ENUM(State)

    SocketModeClient(SlackClient* client, QObject* parent = nullptr);
    ~SocketModeClient() override;

    void setAppToken(const QString& token);
    void start();
    void stop();
    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    QString lastError() const { return m_lastError; }

    // Backoff after a failure: first delay, doubling up to the maximum (tests shorten these).
    void setBackoff(int firstMs, int maxMs);
    void setPingInterval(int msec);

Q_SIGNALS:
    void stateChanged(shiftdesk::SocketModeClient::State state);
    void connected();
    void disconnected(const QString& reason);
    // An Events API event (payload.event), once per event even if Slack redelivers it.
    void eventReceived(const QJsonObject& event);
    void problem(const QString& message);

private:
    void setState(State state);
    void openUrl();
    void connectTo(const QUrl& url);
    void onText(const QString& text);
    void onClosed();
    void scheduleReconnect(const QString& reason);
    void closeSocket();
    bool remember(const QString& id);

    SlackClient* m_client;
    QWebSocket* m_socket = nullptr;
    QString m_appToken;
    State m_state = State::Stopped;
    QString m_lastError;
    QTimer m_reconnectTimer;
    QTimer m_pingTimer;
    QTimer m_helloTimer;
    QTimer m_stableTimer;
    QDateTime m_lastTraffic;
    int m_firstBackoffMs = 1000;
    int m_maxBackoffMs = 60000;
    int m_failures = 0;
    int m_pingIntervalMs = 15000;
    quint64 m_generation = 0; // ignores callbacks from a superseded connection attempt
    QSet<QString> m_seen;
    std::deque<QString> m_seenOrder;
};

} // namespace shiftdesk
