#pragma once

// The Socket Mode side of the fake Slack (§7): a WebSocket server on 127.0.0.1 that accepts
// single-use ticket URLs, greets with hello, delivers events_api envelopes, tracks acks,
// redelivers unacked envelopes and can send disconnect or drop connections.

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

class QWebSocket;
class QWebSocketServer;

namespace shiftdesk::fake {

class FakeSocketMode : public QObject
{
    Q_OBJECT
public:
    explicit FakeSocketMode(QObject* parent = nullptr);
    ~FakeSocketMode() override;

    bool listen(); // 127.0.0.1, a free port
    quint16 port() const;
    void setAppId(const QString& appId);

    // A new single-use URL: ws://127.0.0.1:PORT/link/?ticket=…&app_id=… (§7.1)
    QString issueUrl();

    // Wraps an Events API payload (type "event_callback") in an events_api envelope and
    // delivers it to one open connection (round robin). Returns the envelope_id, or an empty
    // string if nobody is connected and queueing is off (the event is lost).
    QString pushEventsApi(const QJsonObject& payload);

    void sendDisconnect(const QString& reason);
    void dropAll();
    void setRedeliverAfterMs(int ms);
    void setMaxRedeliveries(int n);
    void setQueueWhileDisconnected(bool queue);

    int activeConnections() const;
    QStringList ackedIds() const;
    QList<QJsonObject> sentEnvelopes() const;

Q_SIGNALS:
    void acked(const QString& envelopeId);
    void connected();

private:
    struct Pending
    {
        QJsonObject envelope;
        int attempt = 0;
        bool sent = false;
        quint64 generation = 0;
    };
    void onNewConnection();
    void onText(QWebSocket* socket, const QString& text);
    void deliver(const QString& envelopeId);
    void onAckTimeout(const QString& envelopeId, quint64 generation);
    void forget(QWebSocket* socket);
    QJsonObject connectionInfo() const;

    QWebSocketServer* m_server = nullptr;
    QList<QWebSocket*> m_sockets; // open and greeted
    QSet<QString> m_tickets;      // issued, not used yet
    QHash<QString, Pending> m_pending;
    QStringList m_pendingOrder;
    QStringList m_acked;
    QList<QJsonObject> m_sent;
    QString m_appId;
    int m_redeliverMs = 3000;
    int m_maxRedeliveries = 3;
    bool m_queueWhileDisconnected = false;
    int m_roundRobin = 0;
    quint64 m_generation = 0;
};

} // namespace shiftdesk::fake
